package org.mediationdesk.routing.compilation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.mediationdesk.routing.CompiledRules;
import org.mediationdesk.routing.RuleFiles;

/**
 * Compiles DRL sources into a {@link CompiledRules}, holding them to the rule policy: each file is
 * parsed and its descriptors checked, Drools compiles those same descriptors, and the bytecode they
 * became is checked before anything can run it.
 */
public class RuleCompiler {

    /**
     * @param sources DRL text by path relative to the classpath root, e.g. {@code rules/routing.drl}
     * @throws RuleCompilationException naming each problem's file and line
     */
    public CompiledRules compile(Map<String, String> sources) {
        SortedMap<String, String> sorted = new TreeMap<>(sources);
        Map<String, PackageDescr> parsed = parse(sorted);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<Resource, String> files = new IdentityHashMap<>();
        parsed.forEach((path, descr) -> {
            Resource resource = ResourceFactory.newDescrResource(descr);
            files.put(resource, path);
            builder.add(resource, ResourceType.DESCR);
        });
        if (builder.hasErrors()) {
            throw new RuleCompilationException(builder.getErrors().stream()
                    .map(error -> toProblem(error, files, parsed)).toList());
        }
        List<RuleCompilationException.Problem> refused = BytecodeCheck.of(builder.getKnowledgePackages(), parsed, sorted);
        if (!refused.isEmpty()) {
            throw new RuleCompilationException(refused);
        }
        KieBase kieBase = builder.newKieBase();
        return new CompiledRules(kieBase, "files-" + RuleFiles.checksum(sorted).substring(0, 12));
    }

    private static Map<String, PackageDescr> parse(SortedMap<String, String> sources) {
        Map<String, PackageDescr> parsed = new LinkedHashMap<>();
        List<RuleCompilationException.Problem> problems = new ArrayList<>();
        sources.forEach((path, text) -> {
            DrlParser parser = new DrlParser();
            try {
                Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(path);
                PackageDescr descr = parser.parse(resource, text);
                if (parser.hasErrors() || descr == null) {
                    parser.getErrors().forEach(error -> problems.add(toProblem(path, error)));
                } else {
                    problems.addAll(DescriptorCheck.of(path, descr));
                    parsed.put(path, descr);
                }
            } catch (DroolsParserException e) {
                problems.add(new RuleCompilationException.Problem(path, e.getLineNumber(), e.getMessage()));
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return parsed;
    }

    private static RuleCompilationException.Problem toProblem(String path, DroolsError error) {
        int[] lines = error.getLines();
        return new RuleCompilationException.Problem(path, lines.length > 0 ? lines[0] : 0, error.getMessage());
    }

    private static RuleCompilationException.Problem toProblem(KnowledgeBuilderError error, Map<Resource, String> files,
                                                              Map<String, PackageDescr> parsed) {
        String path = files.get(error.getResource());
        if (path == null) {
            path = parsed.size() == 1 ? parsed.keySet().iterator().next() : String.valueOf(error.getResource());
        }
        int[] lines = error.getLines();
        return new RuleCompilationException.Problem(path, lines.length > 0 ? lines[0] : 0, error.getMessage());
    }
}
