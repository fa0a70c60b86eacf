package org.mediationdesk.routing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.scenarios.ScenarioResult;
import org.mediationdesk.routing.scenarios.ScenarioRunner;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario runner itself: a row the rules do not meet fails naming file, row, scenario and why;
 * empty expected cells are not checked; a misspelt column or an unknown place fails instead of being
 * ignored. The expectations here hold whatever the rules say (a 吴兴区 dispute never goes to 安吉县).
 */
@MybatisTest(properties = {"spring.main.banner-mode=off", "logging.level.root=WARN"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ReferenceData.class, DisputeRules.class, DecisionEngine.class, RulesFromFiles.class})
@EnableConfigurationProperties({RoutingSettings.class, RuleLimits.class})
class ScenarioRunnerTest {

    private static final String HEADER = "场景 scenario,纠纷类型 type,来源 source,县区 countyCode,乡镇街道 township,人数 people,"
            + "预期调处中心 centre,预期联合调处部门 agencies\n";

    @Autowired
    DisputeRules rules;

    @Autowired
    ReferenceData referenceData;

    private ScenarioRunner runner() {
        return new ScenarioRunner(rules, referenceData);
    }

    @Test
    void rowTheRulesDoNotMeetFailsNamingFileRowScenarioAndReason() {
        List<ScenarioResult> results = runner().run("rules/scenarios/x.csv", HEADER
                + "吴兴区的纠纷交给安吉县,NEIGHBOUR,WALK_IN,330502,月河街道,2,AJ-COUNTY,\n");

        assertThat(results).hasSize(1);
        ScenarioResult result = results.get(0);
        assertThat(result.passed()).isFalse();
        assertThat(result.describe())
                .startsWith("rules/scenarios/x.csv row 2 «吴兴区的纠纷交给安吉县»: expected centre AJ-COUNTY but got WX-")
                .contains("rules fired: triage ", "; routing [", "; agencies ", "; deadlines [");
    }

    @Test
    void emptyExpectedCellsAreNotCheckedAndNamesWorkLikeCodes() {
        List<ScenarioResult> results = runner().run("x.csv", HEADER
                + "只给事实,渔业,WALK_IN,南浔区,菱湖,2,,\n"
                + "只给事实（代码）,FISHERY,walk_in,330503,330503105,2,,\n");

        assertThat(results).allSatisfy(result -> assertThat(result.passed()).as(result.describe()).isTrue());
        assertThat(results.get(0).firedRules()).isEqualTo(results.get(1).firedRules());
    }

    @Test
    void expectedCentreAndAgencyMayBeGivenByChineseName() {
        ScenarioResult result = runner().run("x.csv", HEADER
                + "中文名称,NEIGHBOUR,WALK_IN,吴兴区,月河街道,2,安吉县社会矛盾纠纷调处化解中心,妇女联合会\n").get(0);

        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).startsWith("expected centre AJ-COUNTY but got"))
                .anySatisfy(problem -> assertThat(problem).startsWith("expected agencies WOMENS_FEDERATION but got"));
    }

    @Test
    void unknownColumnFailsTheWholeTableSoNoCheckIsSilentlyLost() {
        List<ScenarioResult> results = runner().run("x.csv", "场景 scenario,type,mediationDay\n一行,NEIGHBOUR,10\n");

        assertThat(results).hasSize(1);
        assertThat(results.get(0).describe()).startsWith("x.csv row 1 «(表头 header)»: column 3 «mediationDay» is not a scenario column");
    }

    @Test
    void unreadableCellsFailTheRowWithoutRunningTheRules() {
        ScenarioResult result = runner().run("x.csv", HEADER + "火星,NEIGHBOUR,WALK_IN,吴兴区,火星镇,两,,\n").get(0);

        assertThat(result.problems()).containsExactly("township «火星镇» is no township or street of 吴兴区",
                "people «两» is not a whole number");
        assertThat(result.firedRules()).isEmpty();
    }

    @Test
    void rowNumbersAreTheSpreadsheetsEvenWithByteOrderMarkBlankLinesAndLineBreaksInCells() {
        String table = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "第一行,NEIGHBOUR,WALK_IN,吴兴区,月河街道,2,,\r\n"
                + "\r\n"
                + "\"第三行，\r\n描述两行\",NEIGHBOUR,WALK_IN,吴兴区,月河街道,2,,\r\n"
                + ",,,,,,,\r\n"
                + "最后一行,NEIGHBOUR,WALK_IN,吴兴区,月河街道,2,,";

        List<ScenarioResult> results = runner().run("x.csv", table);

        assertThat(results).extracting(result -> result.scenario().row()).containsExactly(2, 4, 7);
        assertThat(results).allSatisfy(result -> assertThat(result.passed()).as(result.describe()).isTrue());
    }
}
