package org.mediationdesk.routing;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL sources into a {@link CompiledRules}. Each build gets its own release id: Drools
 * shares one per helper otherwise, which breaks concurrent builds.
 */
public class RuleCompiler {

    private static final String SOURCE_ROOT = "src/main/resources/";

    /**
     * @param sources DRL text by path relative to the classpath root, e.g. {@code rules/routing.drl}
     * @throws RuleCompilationException naming each problem's file and line
     */
    public CompiledRules compile(Map<String, String> sources) {
        KieServices kieServices = KieServices.Factory.get();
        ReleaseId releaseId = kieServices.newReleaseId("org.mediationdesk", "rules", "build-" + UUID.randomUUID());
        KieFileSystem files = kieServices.newKieFileSystem().generateAndWritePomXML(releaseId);
        SortedMap<String, String> sorted = new TreeMap<>(sources);
        sorted.forEach((path, text) -> files.write(SOURCE_ROOT + path, text));
        KieBuilder builder = kieServices.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors.stream().map(RuleCompiler::toProblem).toList());
        }
        var container = kieServices.newKieContainer(releaseId);
        var kieBase = container.getKieBase();
        kieServices.getRepository().removeKieModule(releaseId);
        return new CompiledRules(kieBase, "files-" + RuleFiles.checksum(sorted).substring(0, 12));
    }

    private static RuleCompilationException.Problem toProblem(Message message) {
        return new RuleCompilationException.Problem(message.getPath(), message.getLine(), message.getText());
    }
}
