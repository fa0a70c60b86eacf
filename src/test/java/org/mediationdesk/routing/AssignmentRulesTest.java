package org.mediationdesk.routing;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real {@code rules/assignment.drl}: who may take a case, and who gets it. */
class AssignmentRulesTest {

    private static final String FISHERY = "FISHERY";

    private final DisputeRules rules = RealRules.withoutCentres();

    @Test
    void mediatorWithFewestOpenCasesGetsTheCase() {
        var result = rules.assign(FISHERY, List.of(mediator("xu", 5, 100), mediator("zhu", 2, 300)));

        assertThat(result.result().mediator()).isEqualTo("zhu");
        assertThat(result.firedRules()).contains("由在办案件最少的调解员调解，相同时由最久未分派者调解");
    }

    @Test
    void onATieWhoeverWaitedLongestGetsTheCase() {
        var result = rules.assign(FISHERY, List.of(mediator("xu", 2, 500), mediator("zhu", 2, 100)));

        assertThat(result.result().mediator()).isEqualTo("zhu");
    }

    @Test
    void mediatorWithoutTheSpecialtyIsNotAssigned() {
        var result = rules.assign(FISHERY, List.of(
                new MediatorFact("xu", Set.of("LABOUR"), true, false, 0, 10, false, false, false, 0),
                mediator("zhu", 8, 0)));

        assertThat(result.result().mediator()).isEqualTo("zhu");
        assertThat(result.result().exclusions()).containsExactly("xu：无该类纠纷专长");
        assertThat(result.firedRules()).contains("无该类纠纷专长的调解员不予分派");
    }

    @Test
    void mediatorOnLeaveIsNotAssigned() {
        var result = rules.assign(FISHERY, List.of(
                new MediatorFact("xu", Set.of(FISHERY), true, true, 0, 10, false, false, false, 0),
                mediator("zhu", 8, 0)));

        assertThat(result.result().mediator()).isEqualTo("zhu");
        assertThat(result.firedRules()).contains("休假中的调解员不予分派");
    }

    @Test
    void mediatorAtTheirCapIsNotAssigned() {
        var result = rules.assign(FISHERY, List.of(mediator("xu", 10, 0), mediator("zhu", 9, 0)));

        assertThat(result.result().mediator()).isEqualTo("zhu");
        assertThat(result.firedRules()).contains("在办案件已达上限的调解员不予分派");
    }

    @Test
    void inactiveMediatorIsNotAssigned() {
        var result = rules.assign(FISHERY, List.of(
                new MediatorFact("xu", Set.of(FISHERY), false, false, 0, 10, false, false, false, 0)));

        assertThat(result.result().mediator()).isNull();
        assertThat(result.firedRules()).contains("停用的调解员不予分派");
    }

    @Test
    void mediatorWithAConflictOfInterestStepsAside() {
        var result = rules.assign(FISHERY, List.of(
                new MediatorFact("xu", Set.of(FISHERY), true, false, 0, 10, true, false, false, 0),
                mediator("zhu", 9, 0)));

        assertThat(result.result().mediator()).isEqualTo("zhu");
        assertThat(result.result().exclusions()).containsExactly("xu：与当事人有利害关系，应当回避");
    }

    @Test
    void mediatorThePartiesChoseWinsEvenWithMoreCases() {
        var result = rules.assign(FISHERY, List.of(
                new MediatorFact("xu", Set.of(FISHERY), true, false, 7, 10, false, true, false, 0),
                mediator("zhu", 0, 0)));

        assertThat(result.result().mediator()).isEqualTo("xu");
        assertThat(result.firedRules()).contains("当事人共同选定的调解员符合条件的由其调解");
    }

    @Test
    void mediatorThePartiesChoseButWhoMustStepAsideDoesNotGetIt() {
        var result = rules.assign(FISHERY, List.of(
                new MediatorFact("xu", Set.of(FISHERY), true, false, 0, 10, true, true, false, 0),
                mediator("zhu", 5, 0)));

        assertThat(result.result().mediator()).isEqualTo("zhu");
    }

    @Test
    void standInNamedByAnAbsentColleagueComesFirst() {
        var result = rules.assign(FISHERY, List.of(
                new MediatorFact("xu", Set.of(FISHERY), true, false, 6, 10, false, false, true, 0),
                mediator("zhu", 1, 0)));

        assertThat(result.result().mediator()).isEqualTo("xu");
        assertThat(result.firedRules()).contains("休假调解员指定的代理人符合条件的优先接办");
    }

    @Test
    void nobodyEligibleLeavesTheCaseInTheQueueSayingWhy() {
        var result = rules.assign(FISHERY, List.of(mediator("xu", 10, 0),
                new MediatorFact("zhu", Set.of(FISHERY), true, true, 0, 10, false, false, false, 0)));

        assertThat(result.result().mediator()).isNull();
        assertThat(result.result().exclusions()).containsExactlyInAnyOrder("xu：在办案件已达上限 10", "zhu：休假中");
        assertThat(result.result().toString()).startsWith("QUEUE");
    }

    private static MediatorFact mediator(String name, int openCases, long lastAssignedAt) {
        return new MediatorFact(name, Set.of(FISHERY), true, false, openCases, 10, false, false, false, lastAssignedAt);
    }
}
