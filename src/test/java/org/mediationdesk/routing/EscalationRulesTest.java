package org.mediationdesk.routing;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real {@code rules/escalation.drl}: warning colours, and each action once. */
class EscalationRulesTest {

    private final DisputeRules rules = RealRules.withoutCentres();

    @Test
    void caseOnTrackIsGreenWithNothingToDo() {
        var result = rules.escalate(clock(0.5, 0, RiskLevel.LOW, Set.of(), Set.of()));

        assertThat(result.result().colour()).isEqualTo(WarningColour.GREEN);
        assertThat(result.result().actions()).isEmpty();
        assertThat(result.firedRules()).containsExactly("按期办理的案件亮绿灯");
    }

    @Test
    void seventyPercentOfTheTimeUsedTurnsYellowAndRemindsTheMediator() {
        var result = rules.escalate(clock(0.7, 0, RiskLevel.LOW, Set.of(), Set.of()));

        assertThat(result.result().colour()).isEqualTo(WarningColour.YELLOW);
        assertThat(result.result().actions()).containsExactly(EscalationAction.REMIND_MEDIATOR);
        assertThat(result.firedRules()).contains("用时超过七成的案件亮黄灯", "黄灯或红灯时提醒调解员");
    }

    @Test
    void mediatorIsRemindedOnlyOnce() {
        var result = rules.escalate(clock(0.9, 0, RiskLevel.LOW, Set.of(), Set.of(EscalationAction.REMIND_MEDIATOR)));

        assertThat(result.result().colour()).isEqualTo(WarningColour.YELLOW);
        assertThat(result.result().actions()).isEmpty();
    }

    @Test
    void pastTheDeadlineIsRed() {
        var result = rules.escalate(clock(1.0, 0, RiskLevel.LOW, Set.of(), Set.of(EscalationAction.REMIND_MEDIATOR)));

        assertThat(result.result().colour()).isEqualTo(WarningColour.RED);
        assertThat(result.firedRules()).contains("超过期限的案件亮红灯");
    }

    @Test
    void subCentreCaseThreeWorkingDaysOverdueGoesUpToTheCounty() {
        var result = rules.escalate(clock(1.4, 3, RiskLevel.LOW, Set.of(), Set.of(EscalationAction.REMIND_MEDIATOR)));

        assertThat(result.result().actions()).containsExactly(EscalationAction.ESCALATE_TO_COUNTY);
        assertThat(result.firedRules()).contains("分中心案件超期三个工作日报县级中心督办");
    }

    @Test
    void twoWorkingDaysOverdueStaysWithTheCentre() {
        var result = rules.escalate(clock(1.2, 2, RiskLevel.LOW, Set.of(), Set.of(EscalationAction.REMIND_MEDIATOR)));

        assertThat(result.result().actions()).isEmpty();
    }

    @Test
    void countyCentresOwnCaseIsNotEscalatedToItself() {
        var clock = new DeadlineClock("IN_MEDIATION", 2.0, 10, RiskLevel.LOW, Set.of(), false,
                Set.of(EscalationAction.REMIND_MEDIATOR));

        assertThat(rules.escalate(clock).result().actions()).isEmpty();
    }

    @Test
    void criticalDisputeIsReportedToTheCountyAndPoliceAtOnce() {
        var result = rules.escalate(clock(0.0, 0, RiskLevel.CRITICAL, Set.of(), Set.of()));

        assertThat(result.result().colour()).isEqualTo(WarningColour.GREEN);
        assertThat(result.result().actions()).containsExactly(EscalationAction.ALERT_COUNTY_AND_POLICE);
        assertThat(result.firedRules()).contains("重大风险和群体性纠纷立即报告县级中心和公安");
    }

    @Test
    void groupDisputeIsReportedOnlyOnce() {
        var first = rules.escalate(clock(0.1, 0, RiskLevel.MEDIUM, Set.of(RiskFlag.GROUP), Set.of()));
        var later = rules.escalate(clock(0.2, 0, RiskLevel.MEDIUM, Set.of(RiskFlag.GROUP),
                Set.of(EscalationAction.ALERT_COUNTY_AND_POLICE)));

        assertThat(first.result().actions()).containsExactly(EscalationAction.ALERT_COUNTY_AND_POLICE);
        assertThat(later.result().actions()).isEmpty();
    }

    private static DeadlineClock clock(double share, int overdueWorkingDays, RiskLevel risk, Set<RiskFlag> flags,
                                       Set<EscalationAction> taken) {
        return new DeadlineClock("IN_MEDIATION", share, overdueWorkingDays, risk, flags, true, taken);
    }
}
