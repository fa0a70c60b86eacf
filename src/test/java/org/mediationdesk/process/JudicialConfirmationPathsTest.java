package org.mediationdesk.process;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * 司法确认 on a fixed clock over the 2026 calendar, with the dates the application computes
 * (JudicialConfirmation, checked against the real calendar in JudicialConfirmationPeriodsIT): an agreement that
 * took effect on Thursday 30 April gives the parties 30 days from 1 May, through the Labour Day holiday and past
 * the month end; the 30th day, Saturday 30 May, moves to Monday 1 June. Parties who apply on that last day wait
 * for the court; 18 days later is 19 June, the Dragon Boat Festival, so the mediator is reminded after Monday 22 June.
 */
class JudicialConfirmationPathsTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Date WINDOW_ENDS = at("2026-06-01T23:59:59");
    private static final Date RULING_DUE = at("2026-06-22T23:59:59");
    private static final Date FOLLOW_UP_DUE = at("2026-07-31T00:00:00");

    @AfterEach
    void realClockAgain() {
        ClockUtil.reset();
    }

    @Test
    void agreementToBeConfirmedAsksWhetherThePartiesAppliedByTheWindowsLastDay() {
        // Given a written agreement that took effect on Thursday 30 April, recorded that afternoon
        ProcessInstance dispute = disputeWithAgreement();
        clockAt("2026-04-30T16:00:00");

        // When it is recorded with the parties meaning to apply for judicial confirmation
        recordAgreement(dispute, true, new AgreementDates(WINDOW_ENDS, FOLLOW_UP_DUE));

        // Then the mediator is asked whether they applied, due at the end of Monday 1 June
        assertThat(dispute).isWaitingAtExactly("judicialConfirmation").hasNotPassed("awaitFollowUp");
        assertThat(task("judicialConfirmation", dispute)).isAssignedTo(MEDIATOR_NAME);
        assertThat(task("judicialConfirmation", dispute).getDueDate()).isEqualTo(WINDOW_ENDS);
        assertThat(timers(dispute, "confirmationWindowClosed")).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).isEqualTo(WINDOW_ENDS));
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_CONFIRMATION");
    }

    @Test
    void windowStaysOpenOverItsLastWeekendAndClosesAfterTheNextWorkingDay() {
        // Given an agreement waiting for the parties' application
        ProcessInstance dispute = disputeWithAgreement();
        clockAt("2026-04-30T16:00:00");
        recordAgreement(dispute, true, new AgreementDates(WINDOW_ENDS, FOLLOW_UP_DUE));

        // Then on Saturday 30 May, the 30th day, and all through Monday 1 June the window is open
        clockAt("2026-05-30T23:00:00");
        assertThat(windowClosingDue(dispute)).isZero();
        clockAt("2026-06-01T23:59:00");
        assertThat(windowClosingDue(dispute)).isZero();

        // And from Tuesday 2 June it closes
        clockAt("2026-06-02T00:00:00");
        assertThat(windowClosingDue(dispute)).isEqualTo(1);
    }

    @Test
    void closedWindowWithoutAnApplicationIsRecordedAndTheCaseGoesOnToFollowUp() {
        // Given an agreement whose parties never applied
        ProcessInstance dispute = disputeWithAgreement();
        clockAt("2026-04-30T16:00:00");
        recordAgreement(dispute, true, new AgreementDates(WINDOW_ENDS, FOLLOW_UP_DUE));

        // When the window closes on Tuesday 2 June
        clockAt("2026-06-02T00:00:05");
        execute(job("confirmationWindowClosed", dispute));

        // Then the history says nobody applied, and the case waits for the follow-up date
        assertThat(dispute).hasPassedInOrder("confirmationWindowClosed", "recordConfirmationLapsed")
                .hasNotPassed("courtRuling")
                .isWaitingAtExactly("awaitFollowUp");
        assertThat(caseStages.confirmationLapses).isEqualTo(1);
        assertThat(tasks(dispute, "judicialConfirmation")).isEmpty();
        assertThat(caseStages.statuses).endsWith("AWAITING_CONFIRMATION", "FOLLOW_UP");
    }

    @Test
    void partiesWhoApplyOnTheLastDayWaitForTheCourtAfterTheWindowHasClosed() {
        // Given an agreement waiting for the parties' application
        ProcessInstance dispute = disputeWithAgreement();
        clockAt("2026-04-30T16:00:00");
        recordAgreement(dispute, true, new AgreementDates(WINDOW_ENDS, FOLLOW_UP_DUE));

        // When on Monday 1 June, the last day, the mediator records that the parties applied
        clockAt("2026-06-01T17:30:00");
        applyForConfirmation(dispute, RULING_DUE);

        // Then the window's timer is gone and the mediator waits for the ruling, however long the court takes
        assertThat(dispute).hasPassedInOrder("judicialConfirmation", "partiesApplied").isWaitingAtExactly("courtRuling");
        assertThat(timers(dispute, "confirmationWindowClosed")).isEmpty();
        assertThat(task("courtRuling", dispute)).isAssignedTo(MEDIATOR_NAME);
        assertThat(task("courtRuling", dispute).getDueDate()).isEqualTo(RULING_DUE);
        clockAt("2026-06-02T09:00:00");
        assertThat(jobQuery().processInstanceId(dispute.getId()).executable().count()).isZero();
        assertThat(caseStages.confirmationLapses).isZero();
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_CONFIRMATION");
    }

    @Test
    void rulingNotRecordedWhenTheCourtsTimeIsUpRemindsTheMediatorAndCancelsNothing() {
        // Given parties who applied on Monday 1 June
        ProcessInstance dispute = disputeWithAgreement();
        clockAt("2026-04-30T16:00:00");
        recordAgreement(dispute, true, new AgreementDates(WINDOW_ENDS, FOLLOW_UP_DUE));
        clockAt("2026-06-01T17:30:00");
        applyForConfirmation(dispute, RULING_DUE);

        // Then over the Dragon Boat Festival (19 to 21 June) the court still has time
        clockAt("2026-06-21T12:00:00");
        assertThat(jobQuery().processInstanceId(dispute.getId()).executable().count()).isZero();

        // When Monday 22 June has passed without a ruling
        clockAt("2026-06-23T08:00:00");
        assertThat(jobQuery().processInstanceId(dispute.getId()).activityId("rulingOverdue").executable().count())
                .isEqualTo(1);
        execute(job("rulingOverdue", dispute));

        // Then the mediator is reminded and the ruling is still awaited
        assertThat(caseStages.rulingReminders).isEqualTo(1);
        assertThat(dispute).hasPassed("remindOfRuling", "rulingReminded").isWaitingAtExactly("courtRuling");

        // And a ruling recorded in July moves the case on to the follow-up
        clockAt("2026-07-03T10:00:00");
        recordRuling(dispute);
        assertThat(dispute).hasPassed("courtRuling").isWaitingAtExactly("awaitFollowUp");
        assertThat(caseStages.statuses).endsWith("AWAITING_CONFIRMATION", "FOLLOW_UP");
    }

    @Test
    void rulingRecordedInTimeLeavesNoReminderBehind() {
        // Given parties who applied
        ProcessInstance dispute = disputeWithAgreement();
        clockAt("2026-04-30T16:00:00");
        recordAgreement(dispute, true, new AgreementDates(WINDOW_ENDS, FOLLOW_UP_DUE));
        clockAt("2026-05-06T10:00:00");
        applyForConfirmation(dispute, at("2026-05-25T23:59:59"));

        // When the court's ruling is recorded
        clockAt("2026-05-15T10:00:00");
        recordRuling(dispute);

        // Then the reminder's timer is gone and the case waits for the follow-up date
        assertThat(dispute).hasNotPassed("rulingOverdue").isWaitingAtExactly("awaitFollowUp");
        assertThat(timers(dispute, "rulingOverdue")).isEmpty();
        assertThat(timers(dispute, "awaitFollowUp")).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).isEqualTo(FOLLOW_UP_DUE));
        assertThat(caseStages.rulingReminders).isZero();
    }

    @Test
    void partiesWhoDecideNotToApplyGoOnToFollowUpWithoutWaitingForTheWindow() {
        // Given an agreement waiting for the parties' application
        ProcessInstance dispute = disputeWithAgreement();
        clockAt("2026-04-30T16:00:00");
        recordAgreement(dispute, true, new AgreementDates(WINDOW_ENDS, FOLLOW_UP_DUE));

        // When the mediator records on 8 May that they will not apply
        clockAt("2026-05-08T10:00:00");
        declineToApplyForConfirmation(dispute);

        // Then the case waits for the follow-up date; no court, no window
        assertThat(dispute).hasPassed("partiesApplied").hasNotPassed("courtRuling", "recordConfirmationLapsed")
                .isWaitingAtExactly("awaitFollowUp");
        assertThat(timers(dispute, "confirmationWindowClosed")).isEmpty();
        assertThat(caseStages.statuses).endsWith("AWAITING_CONFIRMATION", "FOLLOW_UP");
    }

    private static long windowClosingDue(ProcessInstance dispute) {
        return jobQuery().processInstanceId(dispute.getId()).activityId("confirmationWindowClosed").executable().count();
    }

    private static void clockAt(String beijingTime) {
        ClockUtil.setCurrentTime(at(beijingTime));
    }

    private static Date at(String beijingTime) {
        return Date.from(LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant());
    }
}
