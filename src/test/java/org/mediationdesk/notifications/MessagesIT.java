package org.mediationdesk.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.CaseEscalation;
import org.mediationdesk.cases.CaseMessaging;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Messages end to end against a real SMTP server and a cloud SMS stand-in that checks signatures: the case's events
 * write them, the sender delivers them (called here, as the schedule would), the case history shows each.
 */
@ApplicationTest
class MessagesIT extends MessageStandIns {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String MANAGER = "linghu.manager";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSender sender;
    @Autowired
    OutboxMapper outbox;
    @Autowired
    MessageChannels.ChannelDirectory channels;
    @Autowired
    CaseMessaging cases;
    @Autowired
    MessageTemplates templates;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    MessageSettings settings;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SessionReminders reminders;
    @Autowired
    CaseEscalation escalation;

    Workflow workflow;

    @BeforeEach
    void standInsAnswer() {
        workflow = new Workflow(rest, engine);
        sender.sendDue();
        SMS.resetAll();
        SMS.stubFor(post(urlEqualTo("/sms")).andMatching(new SignedSmsRequests(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
                .willReturn(okJson("{\"Code\": \"OK\", \"Message\": \"OK\", \"BizId\": \"900619746936498440\"}")));
    }

    @Test
    void acceptanceReachesTheApplicantBySignedTextWithTheCaseNumberAndShowsInTheHistory() throws Exception {
        String phone = newPhone();
        String caseNumber = registerWithApplicantPhone(phone);

        accept(caseNumber);
        assertThat(statuses(caseNumber)).as("written with the acceptance, before any sending").containsExactly("PENDING");
        sender.sendDue();

        List<LoggedRequest> texts = textsTo(phone);
        assertThat(texts).hasSize(1);
        JsonNode body = body(texts.get(0));
        assertThat(body.get("SignName").asText()).isEqualTo(SIGN_NAME);
        assertThat(body.get("TemplateCode").asText()).isEqualTo("SMS_CASE_ACCEPTED");
        assertThat(JSON.readTree(body.get("TemplateParam").asText()).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(statuses(caseNumber)).containsExactly("SENT");
        assertThat(textHistory(caseNumber, "MESSAGE_SENT")).containsExactly("已通过短信向申请人发送“受理通知”");
        assertThat(jdbc.queryForList("SELECT params FROM message_outbox m JOIN dispute_case c ON c.id = m.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).noneMatch(params -> params.contains(phone));
    }

    @Test
    void failingSmsServiceIsRetriedThenTheMessageFailsWhileTheCaseMovesOn() {
        String phone = newPhone();
        String caseNumber = registerWithApplicantPhone(phone);
        SMS.stubFor(post(urlEqualTo("/sms")).withRequestBody(matchingJsonPath("$.PhoneNumbers", equalTo(phone)))
                .willReturn(aResponse().withStatus(503).withBody("{\"Code\": \"isv.BUSINESS_LIMIT_CONTROL\"}")));

        accept(caseNumber);
        sender.sendDue();

        assertThat(textsTo(phone)).hasSize(MAX_ATTEMPTS);
        assertThat(statuses(caseNumber)).containsExactly("FAILED");
        assertThat(textHistory(caseNumber, "MESSAGE_FAILED")).singleElement().asString().contains("受理通知", "多次重试仍未送达");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"FAILED\", \"note\": \"双方分歧过大\"}");
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("status").asText()).isEqualTo("AWAITING_REFERRAL");

        JsonNode failed = ApiClient.as(rest, MANAGER).get("/api/messages/failed").getBody();
        long id = failedMessageOf(failed, caseNumber);
        assertThat(ApiClient.as(rest, "feiying.mediator").postJson("/api/messages/" + id + "/retry", "").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        SMS.resetAll();
        SMS.stubFor(post(urlEqualTo("/sms")).andMatching(new SignedSmsRequests(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
                .willReturn(okJson("{\"Code\": \"OK\"}")));
        assertThat(ApiClient.as(rest, MANAGER).postJson("/api/messages/" + id + "/retry", "").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        sender.sendDue();
        assertThat(textsTo(phone)).hasSizeGreaterThanOrEqualTo(1);
        assertThat(history(caseNumber, "MESSAGE_SENT")).contains("已通过短信向申请人发送“受理通知”");
    }

    @Test
    void partyThatDeclinedTextMessagesGetsNoneAndTheHistorySaysWhy() {
        String phone = newPhone();
        String caseNumber = registerWithApplicantPhone(phone);
        assertThat(ApiClient.as(rest, MEDIATOR).putJson("/api/cases/" + caseNumber + "/parties/1/messages",
                "{\"sms\": false}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        accept(caseNumber);
        sender.sendDue();

        assertThat(textsTo(phone)).isEmpty();
        assertThat(statuses(caseNumber)).containsExactly("WITHHELD");
        assertThat(textHistory(caseNumber, "MESSAGE_WITHHELD")).singleElement().asString().contains("当事人已拒收短信");
    }

    @Test
    void consentOfAnotherCentresCaseIsRefused() {
        String caseNumber = registerWithApplicantPhone(newPhone());

        assertThat(ApiClient.as(rest, "feiying.mediator").putJson("/api/cases/" + caseNumber + "/parties/1/messages",
                "{\"sms\": false}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, MEDIATOR).putJson("/api/cases/" + caseNumber + "/parties/1/messages",
                "{\"sms\": \"no\"}").getBody().get("errors").findValuesAsText("field")).containsExactly("sms");
    }

    @Test
    void textDueInQuietHoursWaitsUntilEightInTheMorning() {
        String phone = newPhone();
        String caseNumber = registerWithApplicantPhone(phone);
        accept(caseNumber);
        LocalDate tomorrow = BusinessTime.today().plusDays(1);

        senderAt(tomorrow.atTime(22, 30)).sendDue();

        assertThat(textsTo(phone)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT next_attempt_at FROM message_outbox m JOIN dispute_case c ON c.id = m.case_id"
                + " WHERE m.party_id IS NOT NULL AND c.case_number = ?", LocalDateTime.class, caseNumber)).isEqualTo(tomorrow.plusDays(1).atTime(8, 0));
        senderAt(tomorrow.plusDays(1).atTime(7, 59)).sendDue();
        assertThat(textsTo(phone)).isEmpty();
        senderAt(tomorrow.plusDays(1).atTime(8, 0)).sendDue();
        assertThat(textsTo(phone)).hasSize(1);
    }

    @Test
    void twoSendersRacingOnOneDatabaseSendEachMessageOnce() throws Exception {
        List<String> phones = new ArrayList<>();
        List<String> caseNumbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            phones.add(newPhone());
            caseNumbers.add(registerWithApplicantPhone(phones.get(i)));
            accept(caseNumbers.get(i));
        }
        MessageSender otherNode = new MessageSender(outbox, channels, cases, templates, cipher, settings,
                Clock.system(BusinessTime.ZONE), transactions, "node-b");

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(sender::sendDue, otherNode::sendDue);
            int handled = 0;
            for (var result : nodes.invokeAll(both)) {
                handled += result.get();
            }
            assertThat(handled).isGreaterThanOrEqualTo(phones.size());
        } finally {
            nodes.shutdown();
        }

        for (int i = 0; i < phones.size(); i++) {
            assertThat(textsTo(phones.get(i))).as("texts to %s", phones.get(i)).hasSize(1);
            assertThat(textHistory(caseNumbers.get(i), "MESSAGE_SENT")).hasSize(1);
        }
    }

    @Test
    void overdueCaseIsMailedToItsMediatorAtTheAddressTheyGave() throws Exception {
        assertThat(ApiClient.as(rest, MEDIATOR).putJson("/api/account/message-address",
                "{\"email\": \"xu.hailin@linghu.example.cn\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String caseNumber = registerWithApplicantPhone(newPhone());
        accept(caseNumber);
        // The assignment rules leave a case without a mediator once the centre's caps are full (the suite's shared
        // MariaDB fills them); this case is the mediator's.
        jdbc.update("UPDATE dispute_case SET mediator = ? WHERE case_number = ?", MEDIATOR, caseNumber);
        SMTP.purgeEmailFromAllMailboxes();

        workflow.fireTimer(caseNumber, "mediationDeadlinePassed");
        sender.sendDue();

        List<MimeMessage> overdue = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getSubject().equals("案件已超期：" + caseNumber)) {
                overdue.add(mail);
            }
        }
        assertThat(overdue).singleElement().satisfies(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("xu.hailin@linghu.example.cn");
            assertThat(((String) mail.getContent()).strip()).isEqualTo("您办理的案件" + caseNumber
                    + "（菱湖渔业纠纷调处化解中心）已超过办理期限，请尽快处理。");
        });
        assertThat(history(caseNumber, "MESSAGE_SENT")).contains("已通过电子邮件向徐海林（渔业调解员）发送“超期提醒”");
    }

    @Test
    void taskAManagerGivesIsMailedToItsNewHolderAndTakingItBackOneselfSaysNothing() throws Exception {
        String caseNumber = registerWithApplicantPhone(newPhone());
        Task task = workflow.task(caseNumber, "acceptCase");
        String holder = MEDIATOR.equals(task.getAssignee()) ? "linghu.mediator2" : MEDIATOR;
        String address = holder.replace('.', '-') + "@linghu.example.cn";
        assertThat(ApiClient.as(rest, holder).putJson("/api/account/message-address",
                "{\"email\": \"" + address + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(ApiClient.as(rest, MANAGER).putJson("/api/tasks/" + task.getId() + "/assignee",
                "{\"assignee\": \"" + holder + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ApiClient.as(rest, holder).postJson("/api/tasks/" + task.getId() + "/unclaim", "").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.claim(holder, task.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        sender.sendDue();

        assertThat(mailsTo(address, "新的待办：" + caseNumber)).singleElement().satisfies(mail ->
                assertThat(((String) mail.getContent()).strip()).isEqualTo("案件" + caseNumber
                        + "（菱湖渔业纠纷调处化解中心）的“受理”已交给您办理，请在待办事项中查看。"));
    }

    @Test
    void deadlineTurningYellowIsMailedToTheCaseMediatorOnceHoweverOftenTheSweepRuns() throws Exception {
        assertThat(ApiClient.as(rest, MEDIATOR).putJson("/api/account/message-address",
                "{\"email\": \"xu.hailin@linghu.example.cn\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String caseNumber = registerWithApplicantPhone(newPhone());
        LocalDateTime now = BusinessTime.now();
        jdbc.update("UPDATE dispute_case SET mediator = ?, clock_started_at = ?, acceptance_due = ? WHERE case_number = ?",
                MEDIATOR, now.minusMinutes(80), now.plusMinutes(20), caseNumber);

        escalation.sweepOnce();
        escalation.sweepOnce();
        sender.sendDue();

        assertThat(mailsTo("xu.hailin@linghu.example.cn", "期限预警：" + caseNumber)).singleElement().satisfies(mail ->
                assertThat(((String) mail.getContent()).strip()).isEqualTo("您办理的案件" + caseNumber
                        + "（菱湖渔业纠纷调处化解中心）临近办理期限（黄色预警），请抓紧办理。"));
        assertThat(history(caseNumber, "DEADLINE_WARNED")).containsExactly("黄色预警：提醒调解员徐海林（渔业调解员）按期办理");
    }

    @Test
    void badStaffAddressIsRefusedNamingTheField() {
        var response = ApiClient.as(rest, MEDIATOR).putJson("/api/account/message-address", "{\"email\": \"不是邮箱\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("email");
    }

    @Test
    void sessionInvitationGoesOnlyToTheInvitedParties() throws Exception {
        String phone = newPhone();
        String caseNumber = registerWithApplicantPhone(phone);
        accept(caseNumber);
        sender.sendDue();
        LocalDateTime inThreeDays = BusinessTime.now().plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);

        ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/planned-sessions", "{\"startsAt\": \""
                + inThreeDays.format(ISO) + "\", \"place\": \"菱湖镇调解室\", \"invitedRoles\": [\"APPLICANT\"]}");
        sender.sendDue();

        List<JsonNode> invitations = textsTo(phone).stream().map(MessagesIT::body)
                .filter(text -> text.get("TemplateCode").asText().equals("SMS_SESSION_INVITATION")).toList();
        assertThat(invitations).hasSize(1);
        JsonNode invitation = JSON.readTree(invitations.get(0).get("TemplateParam").asText());
        assertThat(invitation.get("place").asText()).isEqualTo("菱湖镇调解室");
        assertThat(invitation.get("time").asText()).isEqualTo(inThreeDays.format(DateTimeFormatter.ofPattern("M月d日 HH:mm")));
        assertThat(history(caseNumber, "MESSAGE_SENT")).contains("已通过短信向申请人发送“调解通知”");
    }

    @Test
    void sessionStartingWithinADayIsRemindedOnceHoweverOftenRemindersRun() {
        String phone = newPhone();
        String caseNumber = registerWithApplicantPhone(phone);
        accept(caseNumber);
        LocalDateTime soon = BusinessTime.now().plusHours(20).withSecond(0).withNano(0);
        ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/planned-sessions", "{\"startsAt\": \""
                + soon.format(ISO) + "\", \"place\": \"菱湖镇调解室\"}");

        reminders.remind();
        reminders.remind();
        sender.sendDue();

        assertThat(textsTo(phone).stream().map(MessagesIT::body)
                .filter(text -> text.get("TemplateCode").asText().equals("SMS_SESSION_REMINDER"))).hasSize(1);
        assertThat(history(caseNumber, "MESSAGE_SENT")).contains("已通过短信向申请人发送“调解提醒”");
    }

    @Test
    void smsServiceRefusesARequestSignedWithAnotherSecret() {
        var wrongSecret = new MessageSettings.Sms(MessageSettings.Sms.Provider.CLOUD, URI.create(SMS.baseUrl() + "/sms"),
                ACCESS_KEY_ID, "another-secret", SIGN_NAME, Map.of("CASE_ACCEPTED", "SMS_1"), Duration.ofSeconds(5));
        var channel = new CloudSmsChannel(wrongSecret, HttpClient.newHttpClient(), JSON);

        assertThatThrownBy(() -> channel.send("13900000000",
                        new OutgoingMessage("CASE_ACCEPTED", "", "", Map.of("caseNumber", "X"))))
                .isInstanceOf(MessageNotDelivered.class).hasMessageContaining("HTTP 404");
    }

    private MessageSender senderAt(LocalDateTime businessTime) {
        MessageSettings quiet = new MessageSettings(settings.sendEvery(), settings.batch(), settings.lease(),
                settings.maxAttempts(), settings.backoff(), settings.maxBackoff(), LocalTime.of(21, 0),
                LocalTime.of(8, 0), settings.perNumberLimit(), settings.perNumberWindow(), settings.staffChannel(),
                settings.reminderAhead(), settings.sms(), settings.mail());
        Clock at = Clock.fixed(businessTime.atZone(BusinessTime.ZONE).toInstant(), BusinessTime.ZONE);
        return new MessageSender(outbox, channels, cases, templates, cipher, quiet, at, transactions, "node-quiet");
    }

    private String registerWithApplicantPhone(String phone) {
        var body = Disputes.fisheryDisputeInLinghu();
        Disputes.party(body, 0).put("phone", phone);
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as("registering: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private void accept(String caseNumber) {
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
    }

    private static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static List<MimeMessage> mailsTo(String address, String subject) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getSubject().equals(subject) && mail.getAllRecipients()[0].toString().equals(address)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static List<LoggedRequest> textsTo(String phone) {
        return SMS.findAll(postRequestedFor(urlEqualTo("/sms")).withRequestBody(matchingJsonPath("$.PhoneNumbers", equalTo(phone))));
    }

    private static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> statuses(String caseNumber) {
        return jdbc.queryForList("SELECT m.status FROM message_outbox m JOIN dispute_case c ON c.id = m.case_id"
                + " WHERE m.party_id IS NOT NULL AND c.case_number = ? ORDER BY m.id", String.class, caseNumber);
    }

    /** The history lines of text messages to parties (staff hear of tasks given to them too, by e-mail). */
    private List<String> textHistory(String caseNumber, String type) {
        return history(caseNumber, type).stream().filter(note -> note.contains("短信")).toList();
    }

    private List<String> history(String caseNumber, String type) {
        List<String> notes = new ArrayList<>();
        workflow.caseAs(MEDIATOR, caseNumber).get("events").forEach(event -> {
            if (type.equals(event.get("type").asText())) {
                notes.add(event.get("note").asText());
            }
        });
        return notes;
    }

    private static long failedMessageOf(JsonNode failed, String caseNumber) {
        for (JsonNode message : failed) {
            if (caseNumber.equals(message.get("caseNumber").asText())) {
                return message.get("id").asLong();
            }
        }
        throw new AssertionError("no failed message of " + caseNumber + " in " + failed);
    }
}
