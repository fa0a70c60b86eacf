package org.mediationdesk.routing.compilation;

import java.util.HashMap;
import java.util.Map;

import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * Type names as a DRL file writes them: simple names through its imports or {@code java.lang},
 * qualified names as they are. Only allowed types resolve; {@link #exists} tells a refused type from
 * a misspelt one, without initialising it.
 */
final class TypeNames {

    private final Map<String, String> imported = new HashMap<>();

    TypeNames(PackageDescr pkg) {
        for (ImportDescr descr : pkg.getImports()) {
            String target = descr.getTarget();
            if (!target.endsWith(".*")) {
                imported.put(target.substring(target.lastIndexOf('.') + 1), target);
            }
        }
    }

    /** The allowed type of this name, or null when it is not allowed or not a type. */
    Class<?> resolve(String name) {
        return AllowedNames.bySourceName(qualified(name));
    }

    /** The qualified name this name stands for: imported, or from {@code java.lang}, or as written. */
    String qualified(String name) {
        if (name.contains(".")) {
            return name;
        }
        String target = imported.get(name);
        if (target != null) {
            return target;
        }
        return exists("java.lang." + name) ? "java.lang." + name : name;
    }

    /** Whether the name is a class at all (allowed or not). */
    boolean exists(String name) {
        String qualified = name.contains(".") ? name : imported.getOrDefault(name, "java.lang." + name);
        try {
            Class.forName(qualified, false, TypeNames.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
