package org.mediationdesk.rulesets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mediationdesk.routing.CompiledRules;
import org.mediationdesk.routing.RuleFiles;
import org.mediationdesk.routing.compilation.RuleCompiler;
import org.springframework.stereotype.Component;

/**
 * Compiles versions' DRL files, keeping the last few compilations by content: validating, trying
 * and publishing one draft compile it once, and nodes that load a version compile it once.
 */
@Component
class RuleSetCompiler {

    private static final int KEPT = 4;

    private final RuleCompiler compiler = new RuleCompiler();
    private final Map<String, CompiledRules> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledRules> eldest) {
            return size() > KEPT;
        }
    };

    /** @throws org.mediationdesk.routing.compilation.RuleCompilationException naming each problem's file and line */
    CompiledRules compile(long versionId, Map<String, String> files) {
        Map<String, String> drl = RuleFiles.drl(files);
        String key = RuleFiles.checksum(drl);
        CompiledRules compiled;
        synchronized (recent) {
            compiled = recent.get(key);
        }
        if (compiled == null) {
            compiled = compiler.compile(drl);
            synchronized (recent) {
                recent.put(key, compiled);
            }
        }
        return compiled.as(RuleSetVersion.label(versionId));
    }
}
