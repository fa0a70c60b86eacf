package org.mediationdesk.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 司法确认 over the API and the case page, on the real working calendar: the agreement's effective day, the
 * 30-day window counted from it, the application and the ruling are stored, shown and checked in order.
 */
@ApplicationTest
class JudicialConfirmationIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String COURT = "湖州市南浔区人民法院";
    private static final String COURT_CASE_NUMBER = "（2026）浙0503民特123号";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    JudicialConfirmation confirmation;
    @Autowired
    WorkingCalendar calendar;

    Workflow workflow;
    final LocalDate today = BusinessTime.today();

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void windowRunsThirtyDaysFromTheDayAfterTheAgreementTookEffectAndEndsOnAWorkingDay() {
        assertThat(confirmation.windowEnds(LocalDate.parse("2026-04-30")))
                .as("through Labour Day and past the month end; day 30 is Saturday 30 May")
                .isEqualTo(LocalDateTime.parse("2026-06-01T23:59:59"));
        assertThat(confirmation.windowEnds(LocalDate.parse("2026-09-01")))
                .as("day 30 is 1 October, in the National Day holiday")
                .isEqualTo(LocalDateTime.parse("2026-10-08T23:59:59"));
        assertThat(confirmation.windowEnds(LocalDate.parse("2026-01-30")))
                .as("across February; day 30 is Sunday 1 March").isEqualTo(LocalDateTime.parse("2026-03-02T23:59:59"));
        assertThat(confirmation.windowEnds(LocalDate.parse("2026-06-15")))
                .as("day 30 is Wednesday 15 July").isEqualTo(LocalDateTime.parse("2026-07-15T23:59:59"));
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void applicationAndRulingAreStoredShownAndWrittenInTheHistory() throws Exception {
        LocalDate effectiveOn = today.minusDays(3);
        LocalDate appliedOn = today.minusDays(1);
        String caseNumber = agreed("WRITTEN", effectiveOn, true);
        LocalDateTime windowEnds = firstWorkingDayFrom(effectiveOn.plusDays(30)).atTime(23, 59, 59);

        JsonNode recorded = workflow.caseAs(MEDIATOR, caseNumber).get("agreement");
        assertThat(recorded.get("effectiveOn").asText()).isEqualTo(effectiveOn.toString());
        assertThat(LocalDateTime.parse(recorded.get("confirmationWindowEnds").asText())).isEqualTo(windowEnds);
        assertThat(workflow.task(caseNumber, "judicialConfirmation").getDueDate()).isEqualTo(engineDate(windowEnds));

        workflow.work(MEDIATOR, caseNumber, "judicialConfirmation",
                "{\"applied\": true, \"appliedOn\": \"" + appliedOn + "\", \"court\": \"" + COURT + "\"}");
        assertThat(statusOf(caseNumber)).isEqualTo("AWAITING_CONFIRMATION");
        LocalDateTime rulingDue = firstWorkingDayFrom(appliedOn.plusDays(18)).atTime(23, 59, 59);
        assertThat(workflow.task(caseNumber, "courtRuling").getDueDate()).isEqualTo(engineDate(rulingDue));

        workflow.work(MEDIATOR, caseNumber, "courtRuling", "{\"decision\": \"CONFIRMED\", \"courtCaseNumber\": \""
                + COURT_CASE_NUMBER + "\", \"decidedOn\": \"" + today + "\"}");

        assertThat(statusOf(caseNumber)).isEqualTo("FOLLOW_UP");
        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        JsonNode agreement = view.get("agreement");
        assertThat(agreement.get("confirmationAppliedOn").asText()).isEqualTo(appliedOn.toString());
        assertThat(agreement.get("confirmationCourt").asText()).isEqualTo(COURT);
        assertThat(agreement.get("confirmationDecision").asText()).isEqualTo("CONFIRMED");
        assertThat(agreement.get("confirmationCaseNumber").asText()).isEqualTo(COURT_CASE_NUMBER);
        assertThat(agreement.get("confirmationDecidedOn").asText()).isEqualTo(today.toString());
        List<Object> stored = jdbc.queryForObject("SELECT effective_on, confirmation_window_ends, confirmation_applied_on,"
                + " confirmation_decided_on FROM case_agreement a JOIN dispute_case c ON c.id = a.case_id"
                + " WHERE c.case_number = ?", (rs, row) -> List.<Object>of(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)), caseNumber);
        assertThat(stored).containsExactly(effectiveOn, windowEnds, appliedOn, today);
        assertThat(eventNotes(view, "CONFIRMATION_APPLIED")).containsExactly("当事人于" + chinese(appliedOn) + "向"
                + COURT + "申请司法确认");
        assertThat(eventNotes(view, "CONFIRMATION_DECIDED")).singleElement().asString()
                .isEqualTo(COURT + COURT_CASE_NUMBER + "：确认有效（" + chinese(today) + "）");

        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agreement-effectiveOn\">" + effectiveOn + "<")))
                .andExpect(content().string(containsString(
                        "id=\"agreement-confirmationWindowEnds\">" + windowEnds.toLocalDate() + "<")))
                .andExpect(content().string(containsString("id=\"agreement-confirmationApplied\">" + appliedOn + " " + COURT)))
                .andExpect(content().string(containsString(
                        "id=\"agreement-confirmationDecision\">确认有效 " + COURT_CASE_NUMBER + " " + today + "<")));
    }

    @Test
    void oralAgreementCannotBeSentForJudicialConfirmation() {
        String caseNumber = inMediationAgreed();

        ResponseEntity<JsonNode> refused = recordAgreement(caseNumber, "ORAL", today, true);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("judicialConfirmation");
        assertThat(messages(refused)).singleElement().asString().contains("口头协议不能申请司法确认");
        assertThat(agreementRows(caseNumber)).isZero();
        assertThat(recordAgreement(caseNumber, "ORAL", today, false).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void agreementTakingEffectTomorrowOrTooLongAgoToApplyIsRefused() {
        String caseNumber = inMediationAgreed();

        ResponseEntity<JsonNode> tomorrow = recordAgreement(caseNumber, "WRITTEN", today.plusDays(1), false);
        ResponseEntity<JsonNode> windowClosed = recordAgreement(caseNumber, "WRITTEN", today.minusDays(45), true);

        assertThat(tomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(tomorrow)).containsExactly("effectiveOn");
        assertThat(windowClosed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(windowClosed)).containsExactly("judicialConfirmation");
        assertThat(messages(windowClosed)).singleElement().asString().contains("届满");
        assertThat(agreementRows(caseNumber)).isZero();
    }

    @Test
    void applicationMustComeAfterTheAgreementTookEffectAndNameTheCourt() {
        String caseNumber = agreed("WRITTEN", today.minusDays(2), true);
        String taskId = claimed(caseNumber, "judicialConfirmation");

        ResponseEntity<JsonNode> beforeEffect = workflow.complete(MEDIATOR, taskId,
                "{\"applied\": true, \"appliedOn\": \"" + today.minusDays(3) + "\", \"court\": \"" + COURT + "\"}");
        ResponseEntity<JsonNode> noDayNoCourt = workflow.complete(MEDIATOR, taskId, "{\"applied\": true}");
        ResponseEntity<JsonNode> tomorrow = workflow.complete(MEDIATOR, taskId,
                "{\"applied\": true, \"appliedOn\": \"" + today.plusDays(1) + "\", \"court\": \"" + COURT + "\"}");

        assertThat(fields(beforeEffect)).containsExactly("appliedOn");
        assertThat(fields(noDayNoCourt)).containsExactly("appliedOn", "court");
        assertThat(fields(tomorrow)).containsExactly("appliedOn");
        assertThat(workflow.task(caseNumber, "judicialConfirmation").getId()).isEqualTo(taskId);
    }

    @Test
    void rulingMustComeAfterTheApplicationAndCarryTheCourtsCaseNumberUnlessWithdrawn() {
        String caseNumber = agreed("WRITTEN", today.minusDays(5), true);
        workflow.work(MEDIATOR, caseNumber, "judicialConfirmation",
                "{\"applied\": true, \"appliedOn\": \"" + today.minusDays(2) + "\", \"court\": \"" + COURT + "\"}");
        String taskId = claimed(caseNumber, "courtRuling");

        ResponseEntity<JsonNode> beforeApplication = workflow.complete(MEDIATOR, taskId, "{\"decision\": \"REJECTED\","
                + " \"courtCaseNumber\": \"" + COURT_CASE_NUMBER + "\", \"decidedOn\": \"" + today.minusDays(3) + "\"}");
        ResponseEntity<JsonNode> noCaseNumber = workflow.complete(MEDIATOR, taskId,
                "{\"decision\": \"CONFIRMED\", \"decidedOn\": \"" + today + "\"}");
        ResponseEntity<JsonNode> shortCaseNumber = workflow.complete(MEDIATOR, taskId,
                "{\"decision\": \"CONFIRMED\", \"courtCaseNumber\": \"123\", \"decidedOn\": \"" + today + "\"}");
        ResponseEntity<JsonNode> withdrawn = workflow.complete(MEDIATOR, taskId,
                "{\"decision\": \"WITHDRAWN\", \"decidedOn\": \"" + today.minusDays(1) + "\"}");

        assertThat(fields(beforeApplication)).containsExactly("decidedOn");
        assertThat(fields(noCaseNumber)).containsExactly("courtCaseNumber");
        assertThat(fields(shortCaseNumber)).containsExactly("courtCaseNumber");
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(view.at("/agreement/confirmationDecision").asText()).isEqualTo("WITHDRAWN");
        assertThat(view.get("agreement").hasNonNull("confirmationCaseNumber")).isFalse();
        assertThat(eventNotes(view, "CONFIRMATION_DECIDED")).containsExactly(COURT + "：当事人撤回申请（"
                + chinese(today.minusDays(1)) + "）");
    }

    @Test
    void closedWindowWithoutApplicationIsWrittenInTheHistoryAndTheCaseGoesOn() {
        LocalDate effectiveOn = today.minusDays(1);
        String caseNumber = agreed("WRITTEN", effectiveOn, true);

        workflow.fireTimer(caseNumber, "confirmationWindowClosed");

        assertThat(statusOf(caseNumber)).isEqualTo("FOLLOW_UP");
        assertThat(workflow.tasks(caseNumber, "judicialConfirmation")).isEmpty();
        LocalDate lastDay = firstWorkingDayFrom(effectiveOn.plusDays(30));
        assertThat(eventNotes(workflow.caseAs(MEDIATOR, caseNumber), "CONFIRMATION_LAPSED")).containsExactly(
                "协议自" + chinese(effectiveOn) + "生效，申请司法确认的期限于" + chinese(lastDay) + "届满，当事人未申请");
    }

    @Test
    void courtsTimeRunningOutRemindsTheMediatorAndTheRulingCanStillBeRecorded() {
        String caseNumber = agreed("WRITTEN", today.minusDays(3), true);
        workflow.work(MEDIATOR, caseNumber, "judicialConfirmation",
                "{\"applied\": true, \"appliedOn\": \"" + today.minusDays(3) + "\", \"court\": \"" + COURT + "\"}");

        workflow.fireTimer(caseNumber, "rulingOverdue");

        assertThat(workflow.tasks(caseNumber, "courtRuling")).hasSize(1);
        assertThat(eventNotes(workflow.caseAs(MEDIATOR, caseNumber), "CONFIRMATION_REMINDER")).singleElement()
                .asString().contains("法院审查期限已过", "请向" + COURT + "了解结果");
        workflow.work(MEDIATOR, caseNumber, "courtRuling", "{\"decision\": \"REJECTED\", \"courtCaseNumber\": \""
                + COURT_CASE_NUMBER + "\", \"decidedOn\": \"" + today + "\"}");
        assertThat(statusOf(caseNumber)).isEqualTo("FOLLOW_UP");
    }

    @Test
    void partiesWhoDoNotApplyAreWrittenInTheHistory() {
        String caseNumber = agreed("WRITTEN", today, true);

        workflow.work(MEDIATOR, caseNumber, "judicialConfirmation", "{\"applied\": false}");

        assertThat(statusOf(caseNumber)).isEqualTo("FOLLOW_UP");
        assertThat(workflow.tasks(caseNumber, "courtRuling")).isEmpty();
        assertThat(eventNotes(workflow.caseAs(MEDIATOR, caseNumber), "CONFIRMATION_NOT_APPLIED"))
                .containsExactly("当事人未申请司法确认");
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void rulingFormOnTheCasePageShowsTheProblemBesideTheDate() throws Exception {
        String caseNumber = agreed("WRITTEN", today.minusDays(4), true);
        workflow.work(MEDIATOR, caseNumber, "judicialConfirmation",
                "{\"applied\": true, \"appliedOn\": \"" + today.minusDays(1) + "\", \"court\": \"" + COURT + "\"}");
        String taskId = claimed(caseNumber, "courtRuling");

        mvc.perform(post("/cases/" + caseNumber + "/tasks/" + taskId + "/complete").param("decision", "CONFIRMED")
                        .param("courtCaseNumber", COURT_CASE_NUMBER).param("decidedOn", today.minusDays(2).toString())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("failedForm", taskId))
                .andExpect(content().string(containsString("data-field=\"decidedOn\"")))
                .andExpect(content().string(containsString("value=\"" + COURT_CASE_NUMBER + "\"")));
        assertThat(workflow.task(caseNumber, "courtRuling").getId()).isEqualTo(taskId);
    }

    private String inMediationAgreed() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        claimed(caseNumber, "recordAgreement");
        return caseNumber;
    }

    private String agreed(String form, LocalDate effectiveOn, boolean judicialConfirmation) {
        String caseNumber = inMediationAgreed();
        assertThat(recordAgreement(caseNumber, form, effectiveOn, judicialConfirmation).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return caseNumber;
    }

    private ResponseEntity<JsonNode> recordAgreement(String caseNumber, String form, LocalDate effectiveOn,
                                                     boolean judicialConfirmation) {
        return workflow.complete(MEDIATOR, workflow.task(caseNumber, "recordAgreement").getId(),
                "{\"terms\": \"钱小明赔偿沈建国鱼苗损失人民币三万元\", \"amount\": 30000, \"performanceDeadline\": \""
                        + today.plusDays(60) + "\", \"form\": \"" + form + "\", \"effectiveOn\": \"" + effectiveOn
                        + "\", \"judicialConfirmation\": " + judicialConfirmation + "}");
    }

    private String claimed(String caseNumber, String stage) {
        String taskId = workflow.task(caseNumber, stage).getId();
        workflow.claim(MEDIATOR, taskId);
        return taskId;
    }

    /** The day a period whose last day is {@code day} ends on: that day, or the next working day after it. */
    private LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate end = day;
        while (!calendar.isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    private int agreementRows(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_agreement a JOIN dispute_case c ON c.id = a.case_id"
                + " WHERE c.case_number = ?", Integer.class, caseNumber);
    }

    private String statusOf(String caseNumber) {
        return jdbc.queryForObject("SELECT status FROM dispute_case WHERE case_number = ?", String.class, caseNumber);
    }

    private static Date engineDate(LocalDateTime businessTime) {
        return Date.from(businessTime.atZone(BusinessTime.ZONE).toInstant());
    }

    private static String chinese(LocalDate day) {
        return JudicialConfirmation.CHINESE_DATE.format(day);
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return response.getBody().get("errors").findValuesAsText("field");
    }

    private static List<String> messages(ResponseEntity<JsonNode> response) {
        return response.getBody().get("errors").findValuesAsText("message");
    }

    private static List<String> eventNotes(JsonNode view, String type) {
        List<String> notes = new ArrayList<>();
        view.get("events").forEach(event -> {
            if (type.equals(event.get("type").asText())) {
                notes.add(event.path("note").asText());
            }
        });
        return notes;
    }
}
