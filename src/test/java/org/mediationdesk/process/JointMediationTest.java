package org.mediationdesk.process;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mediationdesk.process.ProcessVariables.AGENCY;

/** 联合调解: agencies asked to join give their opinions while the mediation goes on. */
class JointMediationTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    private static final String POLICE = "PUBLIC_SECURITY";
    private static final String LAND = "NATURAL_RESOURCES";

    @Test
    void askingTwoAgenciesOpensAnOpinionTaskForEachWhileMediationGoesOn() {
        // Given a dispute in mediation at the fishery centre
        ProcessInstance dispute = disputeInMediation();
        Date opinionsDue = inDays(10);

        // When the mediator asks the police and the land bureau to join
        requestAgencies(dispute, List.of(POLICE, LAND), opinionsDue);

        // Then there is one opinion task per agency, offered to the centre and due with the opinions
        assertThat(dispute).hasPassed("agenciesRequested").isWaitingAt("mediate", "agencyOpinion");
        List<Task> opinions = tasks(dispute, "agencyOpinion");
        assertThat(opinions).hasSize(2);
        assertThat(opinions).extracting(opinion -> taskService().getVariable(opinion.getId(), AGENCY))
                .containsExactlyInAnyOrder(POLICE, LAND);
        assertThat(opinions).allSatisfy(opinion -> {
            assertThat(opinion).hasCandidateGroup(FISHERY_CENTRE);
            assertThat(opinion.getDueDate()).hasSameTimeAs(opinionsDue);
        });
        // And mediation is still open, with one deadline on the opinions
        assertThat(task("mediate", dispute)).isNotNull();
        assertThat(timers(dispute, "opinionDeadlinePassed")).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).hasSameTimeAs(opinionsDue));
    }

    @Test
    void allOpinionsInEndsTheOpinionBranchAndMediationGoesOn() {
        // Given two agencies asked to join a mediation
        ProcessInstance dispute = disputeInMediation();
        requestAgencies(dispute, List.of(POLICE, LAND), inDays(10));

        // When both give their opinion
        tasks(dispute, "agencyOpinion").forEach(opinion -> complete(opinion));

        // Then the opinion branch ends with all opinions in, and only mediation is left
        assertThat(dispute).hasPassed("agencyOpinion", "opinionsCollected")
                .hasNotPassed("recordMissingOpinions", "opinionsClosed")
                .isWaitingAtExactly("mediate");
        assertThat(timers(dispute, "opinionDeadlinePassed")).isEmpty();
        assertThat(caseStages.missingOpinionsRecorded).isZero();
    }

    @Test
    void opinionDeadlineRecordsTheMissingOpinionsAndClosesTheOpenOpinionTasks() {
        // Given two agencies asked to join a mediation, of which the police has answered
        ProcessInstance dispute = disputeInMediation();
        requestAgencies(dispute, List.of(POLICE, LAND), inDays(10));
        complete(tasks(dispute, "agencyOpinion").stream()
                .filter(opinion -> POLICE.equals(taskService().getVariable(opinion.getId(), AGENCY)))
                .findFirst().orElseThrow());

        // When the opinion deadline passes
        execute(job("opinionDeadlinePassed", dispute));

        // Then the missing opinion is recorded, the land bureau's task is gone, and mediation goes on
        assertThat(caseStages.missingOpinionsRecorded).isEqualTo(1);
        assertThat(tasks(dispute, "agencyOpinion")).isEmpty();
        assertThat(dispute).hasPassed("opinionDeadlinePassed", "recordMissingOpinions", "opinionsClosed")
                .hasNotPassed("opinionsCollected")
                .isWaitingAtExactly("mediate")
                .isNotEnded();
        assertThat(task("mediate", dispute)).hasCandidateGroup(FISHERY_CENTRE);
    }
}
