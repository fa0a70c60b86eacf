package org.mediationdesk.routing;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.routing.RealRules.dispute;
import static org.mediationdesk.routing.RealRules.repeat;

/** The real {@code rules/triage.drl}: one test per rule, each naming the rule that fired. */
class TriageRulesTest {

    private final DisputeRules rules = RealRules.withoutCentres();

    @Test
    void ordinaryDisputeIsLowRiskWithNoFlags() {
        var result = rules.triage(dispute(2, "邻居种树遮挡阳光", Set.of()), List.of());

        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(result.result().flags()).isEmpty();
        assertThat(result.firedRules()).isEmpty();
    }

    @Test
    void tenPeopleMakeAGroupDispute() {
        var result = rules.triage(dispute(10, "工资拖欠", Set.of()), List.of());

        assertThat(result.result().flags()).containsExactly(RiskFlag.GROUP);
        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.firedRules()).containsExactly("十人以上的纠纷为群体性纠纷");
    }

    @Test
    void ninePeopleAreNotAGroupDispute() {
        assertThat(rules.triage(dispute(9, "工资拖欠", Set.of()), List.of()).result().flags()).isEmpty();
    }

    @Test
    void threateningWordsInTheDescriptionMeanRiskOfTurningCriminal() {
        var result = rules.triage(dispute(2, "对方扬言要报复，拿刀堵门", Set.of()), List.of());

        assertThat(result.result().flags()).containsExactly(RiskFlag.CRIMINAL_RISK);
        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.firedRules()).containsExactly("描述中有威胁、暴力或凶器字眼的纠纷有民转刑风险");
    }

    @Test
    void threatOnASecondLineOfTheDescriptionIsStillSeen() {
        var result = rules.triage(dispute(2, "邻里纠纷\n对方扬言报复", Set.of()), List.of());

        assertThat(result.result().flags()).containsExactly(RiskFlag.CRIMINAL_RISK);
    }

    @Test
    void ordinaryWordsContainingAWeaponCharacterAreNotThreats() {
        for (String description : List.of("砍伐毛竹", "刀鱼苗死亡", "喷洒杀虫剂", "炸鸡店油烟扰民", "动手术后感染")) {
            assertThat(rules.triage(dispute(2, description, Set.of()), List.of()).result().flags())
                    .as(description).isEmpty();
        }
    }

    @Test
    void groupDisputeWithThreatsInTheDescriptionIsCritical() {
        var result = rules.triage(dispute(20, "工人扬言要堵路，威胁厂方", Set.of()), List.of());

        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(result.firedRules()).contains("描述中有威胁或暴力字眼的群体性纠纷为重大风险");
    }

    @Test
    void tickedThreatsMeanRiskOfTurningCriminal() {
        var result = rules.triage(dispute(2, "", Set.of(RiskIndicator.THREATS)), List.of());

        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.firedRules()).containsExactly("受理时勾选威胁或暴力的纠纷有民转刑风险");
    }

    @Test
    void weaponsMakeADisputeCritical() {
        var result = rules.triage(dispute(2, "", Set.of(RiskIndicator.WEAPONS)), List.of());

        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(result.firedRules()).containsExactly("涉及凶器的纠纷为重大风险");
    }

    @Test
    void groupDisputeWithViolenceIsCritical() {
        var result = rules.triage(dispute(30, "", Set.of(RiskIndicator.VIOLENCE)), List.of());

        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(result.result().flags()).containsExactlyInAnyOrder(RiskFlag.GROUP, RiskFlag.CRIMINAL_RISK);
        assertThat(result.firedRules()).contains("有暴力或威胁迹象的群体性纠纷为重大风险");
    }

    @Test
    void aPartyWithAnEarlierDisputeMakesARepeatDispute() {
        var result = rules.triage(repeat(1, 0), List.of());

        assertThat(result.result().flags()).containsExactly(RiskFlag.REPEAT);
        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.firedRules()).containsExactly("当事人十二个月内再次发生纠纷为重复纠纷");
    }

    @Test
    void theSamePartiesComingBackMeansRiskOfTurningCriminal() {
        var result = rules.triage(repeat(1, 1), List.of());

        assertThat(result.result().flags()).containsExactlyInAnyOrder(RiskFlag.REPEAT, RiskFlag.CRIMINAL_RISK);
        assertThat(result.result().riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.firedRules()).contains("同一双方当事人十二个月内反复纠纷有民转刑风险");
    }

    @Test
    void tickedDisabilityMakesItAVulnerableDispute() {
        var result = rules.triage(dispute(2, "", Set.of()),
                List.of(new PartyFact(Set.of(Vulnerability.DISABLED), 40), new PartyFact(Set.of(), 35)));

        assertThat(result.result().flags()).containsExactly(RiskFlag.VULNERABLE);
        assertThat(result.firedRules()).containsExactly("当事人中有老人、未成年人或残疾人的纠纷涉及弱势群体");
    }

    @Test
    void partyOfSixtyByIdNumberMakesItAVulnerableDispute() {
        var result = rules.triage(dispute(2, "", Set.of()), List.of(new PartyFact(Set.of(), 60)));

        assertThat(result.result().flags()).containsExactly(RiskFlag.VULNERABLE);
    }

    @Test
    void minorPartyMakesItAVulnerableDispute() {
        assertThat(rules.triage(dispute(2, "", Set.of()), List.of(new PartyFact(Set.of(), 17))).result().flags())
                .containsExactly(RiskFlag.VULNERABLE);
    }

    @Test
    void adultsOfUnknownOrMiddleAgeAreNotVulnerable() {
        var result = rules.triage(dispute(2, "", Set.of()),
                List.of(new PartyFact(Set.of(), 18), new PartyFact(Set.of(), 59), new PartyFact(Set.of(), null)));

        assertThat(result.result().flags()).isEmpty();
    }

    @Test
    void everyDecisionNamesTheRuleSetVersion() {
        assertThat(rules.triage(dispute(2, "", Set.of()), List.of()).ruleSetVersion()).matches("files-[0-9a-f]{12}");
    }
}
