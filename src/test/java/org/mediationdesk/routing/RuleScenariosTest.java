package org.mediationdesk.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.scenarios.ScenarioResult;
import org.mediationdesk.routing.scenarios.ScenarioRunner;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule authors' scenario tables, {@code rules/scenarios/*.csv}: every row is a test named by its
 * scenario sentence, run against the real rules and the real reference data from the migrations.
 * Run with {@code mvn -q test -Dtest=RuleScenariosTest} (add {@code -Dscenarios=routing.csv} for one
 * table); the rules each DRL file has that no scenario fired, the failed rows and the counts are
 * printed at the end.
 */
@MybatisTest(properties = {"spring.main.banner-mode=off", "logging.level.root=WARN"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ReferenceData.class, DisputeRules.class, DecisionEngine.class, RulesFromFiles.class})
@EnableConfigurationProperties({RoutingSettings.class, RuleLimits.class})
class RuleScenariosTest {

    /** The DRL files the scenarios are about; other rule files are left to their own tests. */
    private static final Set<String> COVERED_FILES = Set.of("rules/triage.drl", "rules/routing.drl", "rules/deadlines.drl");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final List<ScenarioResult> RESULTS = new ArrayList<>();

    @Autowired
    DisputeRules rules;

    @Autowired
    ReferenceData referenceData;

    @TestFactory
    Stream<DynamicNode> ruleScenarios() {
        List<ScenarioResult> results = new ScenarioRunner(rules, referenceData).runAll(location());
        RESULTS.addAll(results);
        assertThat(results).as("scenario rows in " + location()).isNotEmpty();

        Map<String, List<ScenarioResult>> byFile = results.stream().collect(Collectors.groupingBy(
                result -> result.scenario().file(), LinkedHashMap::new, Collectors.toList()));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(RuleScenariosTest::test)));
    }

    private static DynamicTest test(ScenarioResult result) {
        String name = result.scenario().sentence() + " (row " + result.scenario().row() + ")";
        return DynamicTest.dynamicTest(name, () -> {
            if (!result.passed()) {
                // The reason says it all; a stack trace through this class would only bury it.
                AssertionFailedError failure = new AssertionFailedError(result.describe());
                failure.setStackTrace(new StackTraceElement[0]);
                throw failure;
            }
        });
    }

    /**
     * Every table, or the ones {@code -Dscenarios=...} names: a file name under {@code rules/scenarios/}
     * ({@code routing.csv}, {@code *.csv}) or a Spring resource location ({@code file:/tmp/mine/*.csv}).
     * The tables are read from the working copy when the test runs in the project (as Maven runs it),
     * so a table renamed or deleted there is not still run from an old copy under {@code target/}.
     */
    private static String location() {
        String chosen = System.getProperty("scenarios", "").strip();
        if (chosen.contains(":")) {
            return chosen;
        }
        String base = Files.isDirectory(Path.of("rules", "scenarios")) ? "file:rules/scenarios/"
                : "classpath*:rules/scenarios/";
        return base + (chosen.isEmpty() ? "*.csv" : chosen);
    }

    @AfterAll
    static void printReport() {
        if (RESULTS.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Rule scenarios " + location());
        System.out.println(coverage());
        System.out.println(ScenarioRunner.report(RESULTS));
    }

    /** Per DRL file, the rules that fired in at least one scenario, and those that never did. */
    private static String coverage() {
        Set<String> fired = RESULTS.stream().flatMap(result -> result.firedRules().values().stream())
                .flatMap(List::stream).collect(Collectors.toSet());
        StringBuilder text = new StringBuilder();
        RuleFiles.read(RuleFiles.DRL).forEach((file, drl) -> {
            if (!COVERED_FILES.contains(file)) {
                return;
            }
            List<String> names = new ArrayList<>();
            Matcher matcher = RULE_NAME.matcher(drl);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            List<String> never = names.stream().filter(name -> !fired.contains(name)).toList();
            text.append(file).append(": ").append(names.size() - never.size()).append(" of ").append(names.size())
                    .append(" rules fired in some scenario").append(never.isEmpty() ? "" : "; never: " + never)
                    .append('\n');
        });
        return text.toString().stripTrailing();
    }
}
