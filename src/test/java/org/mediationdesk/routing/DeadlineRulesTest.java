package org.mediationdesk.routing;

import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.CourtStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.routing.RealRules.courtReferral;
import static org.mediationdesk.routing.RealRules.withRisk;

/** The real {@code rules/deadlines.drl}: working days to accept and to conclude, one test per rule. */
class DeadlineRulesTest {

    private final DisputeRules rules = RealRules.withoutCentres();

    @Test
    void ordinaryDisputeIsAcceptedInOneWorkingDayAndMediatedInThirty() {
        var result = rules.deadlines(withRisk(RiskLevel.LOW));

        assertThat(result.result().acceptanceWorkingDays()).isEqualTo(1);
        assertThat(result.result().mediationWorkingDays()).isEqualTo(30);
        assertThat(result.firedRules()).containsExactly("纠纷一个工作日内受理", "纠纷一般三十个工作日内调结");
    }

    @Test
    void highRiskDisputeIsMediatedInTwentyWorkingDays() {
        var result = rules.deadlines(withRisk(RiskLevel.HIGH));

        assertThat(result.result().mediationWorkingDays()).isEqualTo(20);
        assertThat(result.firedRules()).contains("高风险纠纷二十个工作日内调结");
    }

    @Test
    void criticalDisputeIsAcceptedTheSameDayAndMediatedInTen() {
        var result = rules.deadlines(withRisk(RiskLevel.CRITICAL));

        assertThat(result.result().acceptanceWorkingDays()).isZero();
        assertThat(result.result().mediationWorkingDays()).isEqualTo(10);
        assertThat(result.firedRules()).containsExactly("重大风险纠纷当日受理", "重大风险纠纷十个工作日内调结");
    }

    @Test
    void preFilingCourtReferralHasThirtyWorkingDays() {
        var result = rules.deadlines(courtReferral(CourtStage.PRE_FILING, RiskLevel.LOW));

        assertThat(result.result().mediationWorkingDays()).isEqualTo(30);
        assertThat(result.firedRules()).contains("法院诉前委派调解三十个工作日内调结");
    }

    @Test
    void postFilingOrdinaryProcedureReferralHasFifteen() {
        var result = rules.deadlines(courtReferral(CourtStage.POST_FILING_ORDINARY, RiskLevel.HIGH));

        assertThat(result.result().mediationWorkingDays()).isEqualTo(15);
        assertThat(result.firedRules()).contains("法院立案后委托调解（普通程序）十五个工作日内调结");
    }

    @Test
    void postFilingSimpleProcedureReferralHasSeven() {
        var result = rules.deadlines(courtReferral(CourtStage.POST_FILING_SIMPLE, RiskLevel.LOW));

        assertThat(result.result().mediationWorkingDays()).isEqualTo(7);
        assertThat(result.firedRules()).contains("法院立案后委托调解（简易程序）七个工作日内调结");
    }

    @Test
    void shorterOfTheCourtLimitAndTheRiskLimitApplies() {
        var critical = rules.deadlines(courtReferral(CourtStage.POST_FILING_ORDINARY, RiskLevel.CRITICAL));
        var highPreFiling = rules.deadlines(courtReferral(CourtStage.PRE_FILING, RiskLevel.HIGH));

        assertThat(critical.result().mediationWorkingDays()).isEqualTo(10);
        assertThat(critical.result().acceptanceWorkingDays()).isZero();
        assertThat(highPreFiling.result().mediationWorkingDays()).isEqualTo(20);
    }
}
