package org.mediationdesk.process;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mediationdesk.process.ProcessVariables.ACCEPTANCE;
import static org.mediationdesk.process.ProcessVariables.AGENCIES;
import static org.mediationdesk.process.ProcessVariables.AGENCIES_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.CONFIRMATION_APPLIED;
import static org.mediationdesk.process.ProcessVariables.CONFIRMATION_REQUESTED;
import static org.mediationdesk.process.ProcessVariables.CONFIRMATION_RULING_DUE;
import static org.mediationdesk.process.ProcessVariables.CONFIRMATION_WINDOW_ENDS;
import static org.mediationdesk.process.ProcessVariables.EXCLUDED_CENTRES;
import static org.mediationdesk.process.ProcessVariables.FOLLOW_UP_DUE;
import static org.mediationdesk.process.ProcessVariables.MEDIATOR;
import static org.mediationdesk.process.ProcessVariables.NOTE;
import static org.mediationdesk.process.ProcessVariables.OPINIONS_DUE;
import static org.mediationdesk.process.ProcessVariables.OUTCOME;
import static org.mediationdesk.process.ProcessVariables.PERFORMED;
import static org.mediationdesk.process.ProcessVariables.RETURN_COUNT;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_REASON;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_TO;

/**
 * Shared set-up of the process tests: the dispute process ({@code processes/dispute-mediation.bpmn})
 * on the stand-alone in-memory engine of {@code camunda.cfg.xml}, with {@link TriageStandIn} as
 * {@code triageDisputeDelegate} and {@link RecordingCaseStages} as {@code caseStages}. The helpers
 * complete tasks and correlate messages with the variables the application's API sets
 * (StageCompletion, CaseActions), so the process sees what it sees in production.
 *
 * <p>Each test class registers its own {@link #processEngineExtension()}: one extension shared
 * through a static field here would be torn down by the first class's afterAll.
 */
@Deployment(resources = "processes/dispute-mediation.bpmn")
abstract class DisputeProcessTestCase {

    static final long CASE_ID = 42L;
    static final String CASE_NUMBER = "NX-2026-000042";
    static final String FISHERY_CENTRE = "NX-LINGHU-FISHERY";
    static final String LIANSHI_SUB_CENTRE = "NX-LIANSHI";
    static final String GULOU_CENTRE = "NX-GULOU";
    static final String COUNTY_CENTRE = "NX-COUNTY";
    static final String COUNTY_MANAGERS = ProcessVariables.managersOf(COUNTY_CENTRE);
    static final String CITY_MANAGERS = ProcessVariables.managersOf("HZ-CITY");
    static final String MEDIATOR_NAME = "mediator.wang";

    /** Routes to the fishery centre, or to the Lianshi sub-centre once the fishery centre returned the case. */
    TriageStandIn triage;
    RecordingCaseStages caseStages;
    /** The fishery centre's managers supervise first, then the county's, the city's, the administrators. */
    RecordingCaseSupervision supervision;

    /** The engine of camunda.cfg.xml (one per JVM, shared by the test classes), for a static field of each test class. */
    static ProcessEngineExtension processEngineExtension() {
        return ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();
    }

    @BeforeEach
    void standInForTheApplicationsBeans(ProcessEngine engine) {
        init(engine);
        triage = new TriageStandIn(COUNTY_CENTRE, FISHERY_CENTRE, LIANSHI_SUB_CENTRE);
        caseStages = new RecordingCaseStages();
        Mocks.register("triageDisputeDelegate", triage);
        Mocks.register("caseStages", caseStages);
        supervision = new RecordingCaseSupervision(Map.of("CENTRE", ProcessVariables.managersOf(FISHERY_CENTRE),
                "COUNTY", COUNTY_MANAGERS, "CITY", CITY_MANAGERS, "ADMINISTRATION", ProcessVariables.ADMINISTRATORS));
        Mocks.register("caseSupervision", supervision);
    }

    @AfterEach
    void forgetTheStandIns() {
        Mocks.reset();
        reset();
    }

    // ---- starting and reaching a stage ------------------------------------------------------------

    static ProcessInstance startDispute() {
        return runtimeService().startProcessInstanceByKey(Workflow.PROCESS_KEY, CASE_NUMBER,
                Map.of(ProcessVariables.CASE_ID, CASE_ID, ProcessVariables.CASE_NUMBER, CASE_NUMBER));
    }

    /** A dispute accepted by the fishery centre, waiting at mediate. */
    static ProcessInstance disputeInMediation() {
        ProcessInstance dispute = startDispute();
        accept(dispute);
        return dispute;
    }

    /** A dispute whose mediation reached an agreement by {@link #MEDIATOR_NAME}, waiting at recordAgreement. */
    static ProcessInstance disputeWithAgreement() {
        ProcessInstance dispute = disputeInMediation();
        concludeMediation(dispute, "AGREED");
        return dispute;
    }

    // ---- what the API does --------------------------------------------------------------------------

    static void accept(ProcessInstance dispute) {
        complete(task("acceptCase", dispute), withVariables(ACCEPTANCE, "ACCEPT", NOTE, transientNote("已受理")));
    }

    /** As StageCompletion does: the returning centre joins excludedCentres and returnCount goes up by one. */
    @SuppressWarnings("unchecked")
    static void returnCase(ProcessInstance dispute) {
        Map<String, Object> variables = runtimeService().getVariables(dispute.getId());
        List<String> excluded = new ArrayList<>((List<String>) variables.getOrDefault(EXCLUDED_CENTRES, List.of()));
        excluded.add((String) variables.get(CENTRE_CODE));
        int returnCount = (Integer) variables.getOrDefault(RETURN_COUNT, 0) + 1;
        complete(task("acceptCase", dispute),
                withVariables(ACCEPTANCE, "RETURN", EXCLUDED_CENTRES, excluded, RETURN_COUNT, returnCount));
    }

    static void decline(ProcessInstance dispute) {
        complete(task("acceptCase", dispute), withVariables(ACCEPTANCE, "DECLINE"));
    }

    static void triageManuallyTo(ProcessInstance dispute, String centreCode) {
        complete(task("triageManually", dispute), withVariables(CENTRE_CODE, centreCode, RETURN_COUNT, 0,
                EXCLUDED_CENTRES, List.of(), NOTE, transientNote("人工分流")));
    }

    /** outcome: AGREED, FAILED or WITHDRAWN; the completing mediator is {@link #MEDIATOR_NAME}. */
    static void concludeMediation(ProcessInstance dispute, String outcome) {
        complete(task("mediate", dispute), withVariables(OUTCOME, outcome, MEDIATOR, MEDIATOR_NAME,
                NOTE, transientNote(outcome)));
    }

    /** The confirmation window and follow-up date the agreement was recorded with. */
    record AgreementDates(Date confirmationWindowEnds, Date followUpDue) {
    }

    static AgreementDates recordAgreement(ProcessInstance dispute, boolean judicialConfirmation) {
        return recordAgreement(dispute, judicialConfirmation, new AgreementDates(inDays(30), inDays(60)));
    }

    static AgreementDates recordAgreement(ProcessInstance dispute, boolean judicialConfirmation, AgreementDates dates) {
        complete(task("recordAgreement", dispute), withVariables(CONFIRMATION_REQUESTED, judicialConfirmation,
                CONFIRMATION_WINDOW_ENDS, dates.confirmationWindowEnds(), FOLLOW_UP_DUE, dates.followUpDue()));
        return dates;
    }

    /** As JudicialConfirmation.application does when the parties applied: the mediator is reminded at rulingDue. */
    static void applyForConfirmation(ProcessInstance dispute, Date rulingDue) {
        complete(task("judicialConfirmation", dispute),
                withVariables(CONFIRMATION_APPLIED, true, CONFIRMATION_RULING_DUE, rulingDue));
    }

    /** As JudicialConfirmation.application does when the parties decided not to apply. */
    static void declineToApplyForConfirmation(ProcessInstance dispute) {
        complete(task("judicialConfirmation", dispute),
                withVariables(CONFIRMATION_APPLIED, false, NOTE, transientNote("当事人未申请司法确认")));
    }

    static void recordRuling(ProcessInstance dispute) {
        complete(task("courtRuling", dispute), withVariables(NOTE, transientNote("确认有效")));
    }

    static void followUp(ProcessInstance dispute, boolean performed) {
        complete(task("followUp", dispute), withVariables(PERFORMED, performed));
    }

    static void refer(ProcessInstance dispute) {
        complete(task("referral", dispute));
    }

    /** As CaseActions.requestAgencies does, while mediate is active. */
    static void requestAgencies(ProcessInstance dispute, List<String> agencies, Date opinionsDue) {
        runtimeService().createMessageCorrelation(AGENCIES_MESSAGE)
                .processInstanceId(dispute.getId())
                .setVariable(AGENCIES, new ArrayList<>(agencies))
                .setVariable(OPINIONS_DUE, opinionsDue)
                .correlate();
    }

    /** As CaseActions.transfer does, while mediate is active. */
    static void requestTransfer(ProcessInstance dispute, String centreCode, String reason) {
        runtimeService().createMessageCorrelation(TRANSFER_MESSAGE)
                .processInstanceId(dispute.getId())
                .setVariable(TRANSFER_TO, centreCode)
                .setVariable(TRANSFER_REASON, reason)
                .correlate();
    }

    /** As the escalation sweep does (Workflow.requestSupervision): a round at the county centre. */
    static void escalateToCounty(ProcessInstance dispute, String reason) {
        runtimeService().createMessageCorrelation(ProcessVariables.SUPERVISION_MESSAGE)
                .processInstanceId(dispute.getId())
                .setVariablesToTriggeredScope(Map.of(ProcessVariables.SUPERVISION_LEVEL, "COUNTY",
                        ProcessVariables.SUPERVISION_REASON, reason))
                .correlate();
    }

    /** As CaseSupervision.instruct does: the centre's answer is due at {@code answerDue}. */
    static void instruct(Task supervise, Date answerDue) {
        complete(supervise, withVariables(ProcessVariables.ANSWER_DUE, answerDue));
    }

    // ---- looking at the instance ------------------------------------------------------------------

    static Object variable(ProcessInstance dispute, String name) {
        return runtimeService().getVariable(dispute.getId(), name);
    }

    static List<Task> tasks(ProcessInstance dispute, String taskDefinitionKey) {
        return taskQuery().processInstanceId(dispute.getId()).taskDefinitionKey(taskDefinitionKey).list();
    }

    static List<Job> timers(ProcessInstance dispute, String activityId) {
        return jobQuery().processInstanceId(dispute.getId()).activityId(activityId).list();
    }

    static String endActivityOf(ProcessInstance dispute) {
        return historyService().createHistoricProcessInstanceQuery().processInstanceId(dispute.getId())
                .singleResult().getEndActivityId();
    }

    /** Whole seconds, so a date compares equal after a round trip through any database. */
    static Date inDays(int days) {
        return Date.from(Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS));
    }

    private static Object transientNote(String note) {
        return Variables.stringValue(note, true);
    }
}
