package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.routing.compilation.RuleCompilationException;
import org.mediationdesk.routing.compilation.RuleCompiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading the rule set's files from the classpath, as the first version is seeded from them. */
class RuleFilesTest {

    @Test
    void brokenRuleFileFromTheClasspathIsRefusedNamingFileAndLine() {
        var files = RuleFiles.read("classpath*:broken/rules/*.drl");

        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> new RuleCompiler().compile(files));

        assertThat(refused).isNotNull().hasMessageContaining("rules/routing.drl:8");
    }

    @Test
    void theRuleSetIsEveryDrlFileAndEveryScenarioTableUnderRules() {
        var files = RuleFiles.read(RuleFiles.DRL, RuleFiles.SCENARIOS);

        assertThat(files).containsKeys("rules/routing.drl", "rules/triage.drl", "rules/scenarios/routing.csv");
        assertThat(RuleFiles.drl(files)).containsKey("rules/routing.drl").doesNotContainKey("rules/scenarios/routing.csv");
        assertThat(new RuleCompiler().compile(RuleFiles.drl(files)).kieBase().getRule("rules", "纠纷由发生地乡镇（街道）分中心调处"))
                .isNotNull();
    }

    @Test
    void checksumDependsOnContentNotOrder() {
        var files = RuleFiles.read(RuleFiles.DRL);
        var reversed = new LinkedHashMap<String, String>();
        List<String> paths = new ArrayList<>(files.keySet());
        Collections.reverse(paths);
        paths.forEach(path -> reversed.put(path, files.get(path)));

        assertThat(RuleFiles.checksum(reversed)).isEqualTo(RuleFiles.checksum(files)).hasSize(64);
    }
}
