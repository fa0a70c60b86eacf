package org.mediationdesk.routing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.routing.compilation.RuleCompiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.routing.RealRules.courtReferral;
import static org.mediationdesk.routing.RealRules.withRisk;

/** The real {@code rules/deadlines.drl}: what each limit counts, one test per rule. */
class DeadlineRulesTest {

    private static final Centre COUNTY_CENTRE = centre("NX-COUNTY", CentreKind.COUNTY);

    private final DisputeRules rules = RealRules.withoutCentres();

    @Test
    void ordinaryDisputeIsAcceptedInOneWorkingDayAndMediatedWithinOneMonth() {
        var result = rules.deadlines(withRisk(RiskLevel.LOW), COUNTY_CENTRE);

        assertThat(result.result().acceptance()).isEqualTo(new TimeLimit(1, TimeLimit.Unit.WORKING_DAYS));
        assertThat(result.result().mediation()).isEqualTo(new TimeLimit(1, TimeLimit.Unit.MONTHS));
        assertThat(result.result().mediationCeilings()).isEmpty();
        assertThat(result.result().courtLimit()).isNull();
        assertThat(result.firedRules()).containsExactly("纠纷一个工作日内受理", "纠纷一般在一个月内调结");
    }

    @Test
    void highRiskDisputeKeepsTheMonthAndIsCappedAtTwentyWorkingDays() {
        var result = rules.deadlines(withRisk(RiskLevel.HIGH), COUNTY_CENTRE);

        assertThat(result.result().mediationCode()).isEqualTo("1M;20WD");
        assertThat(result.firedRules()).contains("高风险纠纷二十个工作日内调结");
    }

    @Test
    void criticalDisputeIsAcceptedTheSameCalendarDayAndCappedAtTenWorkingDays() {
        var result = rules.deadlines(withRisk(RiskLevel.CRITICAL), COUNTY_CENTRE);

        assertThat(result.result().acceptance().sameDay()).isTrue();
        assertThat(result.result().acceptance().code()).isEqualTo("0D");
        assertThat(result.result().mediationCode()).isEqualTo("1M;10WD");
        assertThat(result.firedRules()).containsExactly("重大风险纠纷当日受理（含双休日、节假日值班）", "纠纷一般在一个月内调结",
                "重大风险纠纷十个工作日内调结");
    }

    @Test
    void preFilingCourtReferralHasThirtyCalendarDaysFromTheCourtsFile() {
        var result = rules.deadlines(courtReferral(CourtStage.PRE_FILING, RiskLevel.LOW), COUNTY_CENTRE);

        assertThat(result.result().courtLimit()).isEqualTo(new TimeLimit(30, TimeLimit.Unit.CALENDAR_DAYS));
        assertThat(result.result().mediationCode()).isEqualTo("1M");
        assertThat(result.firedRules()).contains("法院诉前委派调解三十日内调结");
    }

    @Test
    void postFilingOrdinaryProcedureReferralHasFifteenCalendarDays() {
        var result = rules.deadlines(courtReferral(CourtStage.POST_FILING_ORDINARY, RiskLevel.HIGH), COUNTY_CENTRE);

        assertThat(result.result().courtLimit().code()).isEqualTo("15D");
        assertThat(result.result().mediationCode()).isEqualTo("1M;20WD");
        assertThat(result.firedRules()).contains("法院立案后委托调解（普通程序）十五日内调结");
    }

    @Test
    void postFilingSimpleProcedureReferralHasSevenCalendarDays() {
        var result = rules.deadlines(courtReferral(CourtStage.POST_FILING_SIMPLE, RiskLevel.LOW), COUNTY_CENTRE);

        assertThat(result.result().courtLimit().code()).isEqualTo("7D");
        assertThat(result.firedRules()).contains("法院立案后委托调解（简易程序）七日内调结");
    }

    @Test
    void decisionIsStoredAsCodesAndSaidInChineseForPeople() {
        var result = rules.deadlines(courtReferral(CourtStage.POST_FILING_ORDINARY, RiskLevel.CRITICAL), COUNTY_CENTRE);

        assertThat(result.result().describeZh()).isEqualTo("受理当日；调结1个月，至多10个工作日；法院期限15日（自签收法院移交材料次日起算）");
        assertThat(result.result()).hasToString("acceptance=0D, mediation=1M;10WD, court=15D");
    }

    @Test
    void ruleAuthorsCanSetAnotherPeriodForTheKindOfCentreTheCaseWasRoutedTo() {
        Map<String, String> files = new TreeMap<>(RuleFiles.read(RuleFiles.DRL));
        files.put("rules/village-deadlines.drl", """
                package rules;
                import org.mediationdesk.reference.CentreKind;
                import org.mediationdesk.routing.CentreFact;
                import org.mediationdesk.routing.DeadlineDecision;
                rule "村调解点纠纷十五日内调结"
                    activation-group "mediation"
                    salience 10
                when
                    CentreFact(kind == CentreKind.VILLAGE)
                    $deadlines : DeadlineDecision()
                then
                    $deadlines.mediateWithinDays(15);
                end
                """);
        DisputeRules withVillageRule = new DisputeRules(
                new DecisionEngine(new ActiveRules(new RuleCompiler().compile(files))), null, RealRules.SETTINGS);

        var atVillage = withVillageRule.deadlines(withRisk(RiskLevel.LOW), centre("DQ-WUSI-VILLAGE", CentreKind.VILLAGE));
        var atCounty = withVillageRule.deadlines(withRisk(RiskLevel.LOW), COUNTY_CENTRE);

        assertThat(atVillage.result().mediationCode()).isEqualTo("15D");
        assertThat(atCounty.result().mediationCode()).isEqualTo("1M");
    }

    private static Centre centre(String code, CentreKind kind) {
        return new Centre(code, kind, code, code, "330503", "330503", null, null, Set.of());
    }
}
