package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every task of a case says when it is due: the agreement is written up within 3 working days of the
 * mediation's success, and the follow-up visit made within 5 working days of its date, on the working calendar.
 */
@ApplicationTest
class TaskDueDatesIT {

    private static final String MEDIATOR = "linghu.mediator";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void agreementAndFollowUpTasksAreDueInWorkingDaysFromWhenTheyOpen() {
        var workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");

        assertThat(due(workflow.task(caseNumber, "recordAgreement")))
                .isEqualTo(calendar.deadline(BusinessTime.now(), 3));

        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"赔偿鱼苗损失三万元\", \"amount\": 30000,"
                + " \"performanceDeadline\": \"" + BusinessTime.today().plusDays(10) + "\", \"form\": \"WRITTEN\", \"effectiveOn\": \""
                + BusinessTime.today() + "\", \"judicialConfirmation\": false}");
        workflow.fireTimer(caseNumber, "awaitFollowUp");

        assertThat(due(workflow.task(caseNumber, "followUp"))).isEqualTo(calendar.deadline(BusinessTime.now(), 5));
    }

    private static LocalDateTime due(Task task) {
        assertThat(task.getDueDate()).as("%s has a due date", task.getTaskDefinitionKey()).isNotNull();
        return LocalDateTime.ofInstant(task.getDueDate().toInstant(), ZoneId.of("Asia/Shanghai")).withNano(0);
    }
}
