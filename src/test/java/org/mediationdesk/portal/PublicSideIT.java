package org.mediationdesk.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.notifications.MessageStandIns;
import org.mediationdesk.notifications.SignedSmsRequests;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.portal.PartyBrowser.content;
import static org.mediationdesk.portal.PartyBrowser.lastCodeTo;
import static org.mediationdesk.portal.PartyBrowser.newPhone;

/**
 * The public side over HTTP as a party's phone uses it, against the SMS stand-in that checks signatures: codes, their
 * limits and the picture challenge, an online application through intake, a lookup that tells nothing to a phone
 * not on the case and nothing of the other party, staff pages closed to a public session, the rating after closure.
 * Each test comes from an address and phones of its own, and counts only its own rows.
 */
@ApplicationTest
class PublicSideIT extends MessageStandIns {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String RESPONDENT_ID = "330503198807120038";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UserDetailsService users;
    @Autowired
    PhoneCodes phoneCodes;

    Workflow workflow;

    @BeforeEach
    void smsStandInAnswers() {
        workflow = new Workflow(rest, engine);
        SMS.stubFor(post(urlEqualTo("/sms")).andMatching(new SignedSmsRequests(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
                .willReturn(okJson("{\"Code\": \"OK\", \"Message\": \"OK\", \"BizId\": \"1\"}")));
    }

    @Test
    void verifiedPartyAppliesOnlineAndIntakeRoutesTheCaseInTheOnlineAccountsName() {
        PartyBrowser party = new PartyBrowser(mvc);
        String phone = newPhone();
        assertThat(party.get("/public/apply").getStatus()).isEqualTo(200);
        assertThat(party.verifyPhone(phone, "apply").getRedirectedUrl()).isEqualTo("/public/apply");
        String form = content(party.get("/public/apply"));
        assertThat(form).contains("application-form", phone.substring(0, 3) + "****" + phone.substring(7));
        String key = submissionKey(form);

        MockHttpServletResponse applied = apply(party, key);
        assertThat(applied.getStatus()).isEqualTo(302);
        String caseNumber = applied.getRedirectedUrl().substring("/public/applications/".length());
        MockHttpServletResponse again = apply(party, key);
        assertThat(again.getRedirectedUrl()).as("the same form sent twice").isEqualTo(applied.getRedirectedUrl());

        Map<String, Object> stored = jdbc.queryForMap("SELECT registered_by, source, centre_code FROM dispute_case"
                + " WHERE case_number = ?", caseNumber);
        assertThat(stored).containsEntry("registered_by", "online").containsEntry("source", "ONLINE")
                .containsEntry("centre_code", "NX-LINGHU-FISHERY");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_application a JOIN dispute_case c"
                + " ON c.case_number = a.case_number WHERE a.phone_key = ?", Integer.class, cipher.phoneLookup(phone)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT p.phone_lookup FROM case_party p JOIN dispute_case c ON c.id = p.case_id"
                + " WHERE c.case_number = ? AND p.role = 'APPLICANT'", String.class, caseNumber))
                .isEqualTo(cipher.phoneLookup(phone));
        JsonHistory history = history(caseNumber);
        assertThat(history.actorOf("REGISTERED")).isEqualTo("网上申请");
        assertThat(history.actorOf("PUBLIC_APPLICATION")).isEqualTo("当事人（网上）");

        String page = content(party.get("/public/applications/" + caseNumber));
        assertThat(page).contains(caseNumber, "data:image/png;base64,");
        assertThat(new PartyBrowser(mvc).get("/public/applications/" + caseNumber).getRedirectedUrl())
                .as("another session").isEqualTo("/public");
    }

    @Test
    void applicationWithABadIdNumberComesBackWithTheProblemBesideItsField() {
        PartyBrowser party = new PartyBrowser(mvc);
        party.verifyPhone(newPhone(), "apply");
        String key = submissionKey(content(party.get("/public/apply")));

        MockHttpServletResponse refused = party.post("/public/apply", "type", "FISHERY", "countyCode", "330503",
                "township", "菱湖镇", "description", "鱼塘排水纠纷", "occurredOn", BusinessTime.today().toString(),
                "applicantName", "沈建国", "applicantIdNumber", "330503197203150013", "respondentName", "",
                "submissionKey", key);

        assertThat(refused.getStatus()).isEqualTo(200);
        String page = content(refused);
        assertThat(page).contains("data-field=\"applicantIdNumber\"", "data-field=\"respondentName\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_application WHERE submission_key = ?", Integer.class,
                key)).isZero();
    }

    @Test
    void onlyAVerifiedPhoneMayApply() {
        PartyBrowser party = new PartyBrowser(mvc);
        MockHttpServletResponse refused = party.post("/public/apply", "type", "FISHERY", "submissionKey", "k-1");

        assertThat(refused.getRedirectedUrl()).isEqualTo("/public/apply");
        assertThat(content(party.get("/public/apply"))).contains("code-request").doesNotContain("application-form");
    }

    @Test
    void wrongCodeIsRefusedAndTheFifthWrongOneSpendsTheCode() {
        PartyBrowser party = new PartyBrowser(mvc);
        String phone = newPhone();
        party.askCode(phone, "apply");
        String code = lastCodeTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 4; i++) {
            MockHttpServletResponse refused = party.verify(wrong, "apply");
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(content(refused)).contains("验证码不正确");
        }
        assertThat(content(party.verify(wrong, "apply"))).contains("验证码错误次数过多");
        assertThat(content(party.verify(code, "apply"))).as("the right code, too late").contains("验证码已失效");
        assertThat(content(party.get("/public/apply"))).doesNotContain("application-form");
    }

    @Test
    void expiredCodeIsRefused() {
        PartyBrowser party = new PartyBrowser(mvc);
        String phone = newPhone();
        party.askCode(phone, "apply");
        String code = lastCodeTo(phone);
        // Five minutes pass.
        jdbc.update("UPDATE public_phone_code SET expires_at = ? WHERE phone_key = ?",
                BusinessTime.now().minusSeconds(1), cipher.phoneLookup(phone));

        MockHttpServletResponse refused = party.verify(code, "apply");

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(content(refused)).contains("验证码已过期");
        assertThat(content(party.get("/public/apply"))).doesNotContain("application-form");
    }

    @Test
    void newCodeInvalidatesTheEarlierOneAndOnlyItsKeyedHashIsKept() {
        PartyBrowser party = new PartyBrowser(mvc);
        String phone = newPhone();
        party.askCode(phone, "apply");
        String first = lastCodeTo(phone);
        // A minute passes, so the second code is allowed.
        jdbc.update("UPDATE public_attempt SET at = ? WHERE subject_key = ?", BusinessTime.now().minusMinutes(2),
                cipher.phoneLookup(phone));
        assertThat(party.askCode(phone, "apply").getStatus()).isEqualTo(302);
        String second = PartyBrowser.codeTextTo(phone, 2);

        List<String> hashes = jdbc.queryForList("SELECT code_hash FROM public_phone_code WHERE phone_key = ?",
                String.class, cipher.phoneLookup(phone));
        assertThat(hashes).hasSize(2).doesNotContain(first, second);
        assertThat(jdbc.queryForList("SELECT params FROM message_outbox WHERE kind = 'VERIFICATION_CODE'"
                + " AND sealed_address IS NULL AND status = 'SENT'", String.class)).allMatch("{}"::equals);
        if (!first.equals(second)) {
            assertThat(party.verify(first, "apply").getStatus()).as("the superseded code").isEqualTo(400);
        }
        assertThat(party.verify(second, "apply").getRedirectedUrl()).isEqualTo("/public/apply");
    }

    @Test
    void secondCodeWithinAMinuteIsRefusedWith429AndRetryAfter() {
        PartyBrowser party = new PartyBrowser(mvc);
        String phone = newPhone();
        assertThat(party.askCode(phone, "apply").getStatus()).isEqualTo(302);

        MockHttpServletResponse refused = new PartyBrowser(mvc).askCode(phone, "apply");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(content(refused)).contains("获取验证码过于频繁");
        assertThat(PartyBrowser.codeTextsTo(phone)).hasSize(1);
    }

    @Test
    void twoCodeRequestsForOnePhoneAtTheSameMomentPassTheMinuteLimitOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String phone = newPhone();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<PhoneCodes.Result>> requests = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String address = "10.9." + round + "." + i;
                    requests.add(threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return phoneCodes.request(phone, address, null, null).result();
                    }));
                }
                List<PhoneCodes.Result> results = new ArrayList<>();
                for (Future<PhoneCodes.Result> request : requests) {
                    results.add(request.get(30, TimeUnit.SECONDS));
                }

                assertThat(results).as("round %d", round)
                        .containsExactlyInAnyOrder(PhoneCodes.Result.SENT, PhoneCodes.Result.PHONE_MINUTE_LIMIT);
                assertThat(PartyBrowser.codeTextsTo(phone)).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void sixthCodeToAPhoneWithinAnHourIsRefusedWith429() {
        String phone = newPhone();
        for (int i = 0; i < 5; i++) {
            assertThat(new PartyBrowser(mvc).askCode(phone, "apply").getStatus()).as("code %d", i + 1).isEqualTo(302);
            PartyBrowser.codeTextTo(phone, i + 1);
            // A minute passes between the codes (the hour's count keeps them).
            jdbc.update("UPDATE public_attempt SET at = ? WHERE subject_key = ? AND at > ?",
                    BusinessTime.now().minusMinutes(2 + i), cipher.phoneLookup(phone), BusinessTime.now().minusMinutes(1));
        }

        MockHttpServletResponse refused = new PartyBrowser(mvc).askCode(phone, "apply");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isGreaterThan(60);
        assertThat(content(refused)).contains("该手机号一小时内获取验证码次数已达上限");
        assertThat(PartyBrowser.codeTextsTo(phone)).hasSize(5);
    }

    @Test
    void challengeAppearsAfterThreeCodeRequestsFromAnAddressAndAWrongAnswerIsRefused() throws IOException {
        PartyBrowser party = new PartyBrowser(mvc);
        for (int i = 0; i < 3; i++) {
            assertThat(party.askCode(newPhone(), "apply").getStatus()).isEqualTo(302);
        }
        String phone = newPhone();

        MockHttpServletResponse asked = party.askCode(phone, "apply");
        String page = content(asked);
        assertThat(page).contains("id=\"challenge-image\"", "data:image/png;base64,", "请输入图中的数字");
        keepPicture(page, "public-challenge");
        String answer = ChallengeAnswers.solve(jdbc, cipher, PartyBrowser.challengeToken(page));
        String wrong = answer.equals("0000") ? "1111" : "0000";
        MockHttpServletResponse refused = party.askCode(phone, "apply", page, wrong);
        assertThat(refused.getStatus()).isEqualTo(400);
        String second = content(refused);
        assertThat(second).contains("图中数字输入有误");
        assertThat(PartyBrowser.codeTextsTo(phone)).isEmpty();

        String token = PartyBrowser.challengeToken(second);
        assertThat(party.askCode(phone, "apply", second, ChallengeAnswers.solve(jdbc, cipher, token)).getStatus())
                .isEqualTo(302);
        assertThat(PartyBrowser.codeTextsTo(phone)).hasSize(1);
        assertThat(party.askCode(newPhone(), "apply", second, "0000").getStatus()).as("a challenge is answered once")
                .isEqualTo(400);
    }

    @Test
    void challengeAppearsForAPhoneAfterThreeWrongCodes() {
        PartyBrowser party = new PartyBrowser(mvc);
        String phone = newPhone();
        party.askCode(phone, "apply");
        String code = lastCodeTo(phone);
        for (int i = 0; i < 3; i++) {
            party.verify(code.equals("000000") ? "111111" : "000000", "apply");
        }
        jdbc.update("UPDATE public_attempt SET at = ? WHERE subject_key = ? AND kind = 'CODE_TO_PHONE'",
                BusinessTime.now().minusMinutes(2), cipher.phoneLookup(phone));

        MockHttpServletResponse asked = new PartyBrowser(mvc).askCode(phone, "apply");

        assertThat(content(asked)).contains("id=\"challenge-image\"");
        assertThat(PartyBrowser.codeTextsTo(phone)).hasSize(1);
    }

    @Test
    void twentyFirstCodeFromOneAddressWithinAnHourIsRefusedWith429() {
        PartyBrowser party = new PartyBrowser(mvc);
        String page = null;
        for (int i = 0; i < 20; i++) {
            MockHttpServletResponse asked = page == null ? party.askCode(newPhone(), "apply")
                    : party.askCode(newPhone(), "apply", page,
                    ChallengeAnswers.solve(jdbc, cipher, PartyBrowser.challengeToken(page)));
            if (asked.getStatus() == 200) {
                page = content(asked);
                i--;
                continue;
            }
            assertThat(asked.getStatus()).as("request %d: %s", i + 1, content(asked)).isEqualTo(302);
            page = null;
        }

        MockHttpServletResponse refused = party.askCode(newPhone(), "apply");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(content(refused)).contains("您所在网络一小时内获取验证码次数已达上限");
    }

    @Test
    void phoneNotOnTheCaseCannotLookItUpAndTheAnswerIsTheSameAsForNoCase() {
        String applicantPhone = newPhone();
        String caseNumber = registerWithPhones(applicantPhone, newPhone());
        String stranger = newPhone();

        PartyBrowser strangerPhone = new PartyBrowser(mvc);
        MockHttpServletResponse onCase = strangerPhone.verifyPhone(stranger, caseNumber);
        jdbc.update("UPDATE public_attempt SET at = ? WHERE subject_key = ?", BusinessTime.now().minusMinutes(2),
                cipher.phoneLookup(stranger));
        PartyBrowser other = new PartyBrowser(mvc);
        MockHttpServletResponse noCase = other.verifyPhone(stranger, "NX-1999-999999");

        assertThat(onCase.getStatus()).isEqualTo(404);
        assertThat(noCase.getStatus()).isEqualTo(404);
        assertThat(content(onCase)).contains("案件编号与手机号不符")
                .isEqualTo(content(noCase).replace(csrfToken(content(noCase)), csrfToken(content(onCase))));
        assertThat(content(strangerPhone.get("/public/cases/" + caseNumber))).doesNotContain("public-case");
        assertThat(history(caseNumber).types()).doesNotContain("PUBLIC_LOOKUP");
    }

    @Test
    void statusPageShowsTheStageAndSessionsButNothingOfTheOtherParty() {
        String applicantPhone = newPhone();
        String respondentPhone = newPhone();
        String caseNumber = registerWithPhones(applicantPhone, respondentPhone);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        String startsAt = BusinessTime.now().plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0).toString();
        assertThat(ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/planned-sessions",
                "{\"startsAt\": \"" + startsAt + "\", \"place\": \"菱湖镇调解室\"}").getStatusCode().is2xxSuccessful()).isTrue();

        PartyBrowser applicant = new PartyBrowser(mvc);
        assertThat(applicant.verifyPhone(applicantPhone, caseNumber).getRedirectedUrl())
                .isEqualTo("/public/cases/" + caseNumber);
        String page = content(applicant.get("/public/cases/" + caseNumber));

        assertThat(page).contains("调解中", "菱湖渔业纠纷调处化解中心", "菱湖镇调解室", startsAt.substring(0, 10));
        assertThat(page).doesNotContain("钱小明", RESPONDENT_ID, respondentPhone, applicantPhone, "鱼塘排水纠纷：上游");
        assertThat(history(caseNumber).actorOf("PUBLIC_LOOKUP")).isEqualTo("当事人（网上）");
    }

    @Test
    void staffPagesAndApiAnswerAPublicSessionAsNoSignIn() {
        PartyBrowser party = new PartyBrowser(mvc);
        party.verifyPhone(newPhone(), "apply");
        assertThat(content(party.get("/public/apply"))).contains("application-form");

        assertThat(party.get("/cases").getRedirectedUrl()).endsWith("/login");
        assertThat(party.get("/tasks").getRedirectedUrl()).endsWith("/login");
        assertThat(party.get("/api/cases").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
        assertThat(party.get("/api/messages/failed").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
        MockHttpServletResponse publicPage = party.get("/public");
        assertThat(publicPage.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void publicPagesAreChineseFirstAndEnglishWhenChosen() {
        PartyBrowser party = new PartyBrowser(mvc);
        assertThat(content(party.get("/public"))).contains("网上申请调解", "查询案件进度");

        assertThat(content(party.get("/public?lang=en"))).contains("Apply for mediation", "Follow a case")
                .doesNotContain("网上申请调解");
        assertThat(content(party.get("/public/lookup"))).as("the choice kept").contains("Case number", "Send me a code");
    }

    @Test
    void formWithoutItsCsrfTokenIsRefused() {
        PartyBrowser party = new PartyBrowser(mvc);
        String phone = newPhone();

        assertThat(party.postWithoutCsrf("/public/codes", "phone", phone, "next", "apply").getStatus()).isEqualTo(403);
        assertThat(PartyBrowser.codeTextsTo(phone)).isEmpty();
    }

    @Test
    void partyDownloadsTheAgreementWithTheOtherPartyMaskedWhileTheCentresOwnDocumentsStayClosed() throws Exception {
        String applicantPhone = newPhone();
        String caseNumber = registerWithPhones(applicantPhone, newPhone());
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"钱小明赔偿沈建国鱼苗损失人民币两万元\","
                + " \"amount\": 20000, \"performanceDeadline\": \"" + BusinessTime.today().plusDays(10)
                + "\", \"form\": \"WRITTEN\", \"effectiveOn\": \"" + BusinessTime.today()
                + "\", \"judicialConfirmation\": false}");
        String agreementLink = "/public/cases/" + caseNumber + "/documents/agreement.docx";
        assertThat(new PartyBrowser(mvc).get(agreementLink).getRedirectedUrl()).as("no verified phone")
                .isEqualTo("/public/cases/" + caseNumber);
        PartyBrowser applicant = new PartyBrowser(mvc);
        applicant.verifyPhone(applicantPhone, caseNumber);

        String page = content(applicant.get("/public/cases/" + caseNumber));
        MockHttpServletResponse agreement = applicant.get(agreementLink);
        MockHttpServletResponse centresForm = applicant.get("/public/cases/" + caseNumber + "/documents/acceptance-form.docx");

        assertThat(page).contains(agreementLink, "人民调解协议书").doesNotContain("acceptance-form.docx");
        assertThat(agreement.getStatus()).isEqualTo(200);
        assertThat(agreement.getHeader("Content-Disposition")).contains("attachment");
        try (var document = new XWPFDocument(new ByteArrayInputStream(agreement.getContentAsByteArray()));
             var text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("钱小明赔偿沈建国鱼苗损失人民币两万元", "钱小明", "330503********0038")
                    .doesNotContain(RESPONDENT_ID);
        }
        assertThat(centresForm.getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_record WHERE case_number = ? AND username = 'public'"
                + " AND action = 'DOCUMENT_DOWNLOAD'", Integer.class, caseNumber)).isEqualTo(1);
    }

    @Test
    void ratingIsRefusedBeforeClosureThenGivenOnceAndBecomesTheFollowUpSatisfaction() throws Exception {
        String applicantPhone = newPhone();
        String caseNumber = registerWithPhones(applicantPhone, newPhone());
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        PartyBrowser applicant = new PartyBrowser(mvc);
        applicant.verifyPhone(applicantPhone, caseNumber);

        MockHttpServletResponse early = applicant.post("/public/cases/" + caseNumber + "/rating", "score", "5");
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(content(early)).contains("案件结案后才能评价");

        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"钱小明赔偿沈建国鱼苗损失人民币三万元\","
                + " \"amount\": 30000, \"performanceDeadline\": \"" + BusinessTime.today().plusDays(10)
                + "\", \"form\": \"WRITTEN\", \"effectiveOn\": \"" + BusinessTime.today()
                + "\", \"judicialConfirmation\": false}");
        workflow.fireTimer(caseNumber, "awaitFollowUp");
        workflow.work(MEDIATOR, caseNumber, "followUp",
                "{\"performed\": true, \"applicantSatisfaction\": 3, \"respondentSatisfaction\": 4}");
        String closed = content(applicant.get("/public/cases/" + caseNumber));
        assertThat(closed).contains("已结案", "rating-form", "钱小明赔偿沈建国鱼苗损失人民币三万元");

        MockHttpServletResponse rated = applicant.post("/public/cases/" + caseNumber + "/rating", "score", "5",
                "comment", "调解员很耐心");
        assertThat(rated.getRedirectedUrl()).isEqualTo("/public/cases/" + caseNumber);
        MockHttpServletResponse twice = applicant.post("/public/cases/" + caseNumber + "/rating", "score", "1");
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(content(twice)).contains("您已评价过本案");

        var agreement = workflow.caseAs(MEDIATOR, caseNumber).get("agreement");
        assertThat(agreement.get("applicantSatisfaction").asInt()).as("from the party's rating").isEqualTo(5);
        assertThat(agreement.get("respondentSatisfaction").asInt()).as("the mediator's, not rated").isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT r.score FROM case_party_rating r JOIN dispute_case c ON c.id = r.case_id"
                + " WHERE c.case_number = ?", Integer.class, caseNumber)).isEqualTo(5);
        assertThat(history(caseNumber).noteOf("PARTY_RATING")).contains("申请人", "5分", "调解员很耐心");
        String casePage = mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseNumber)
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(MEDIATOR))))
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).as("the mediator's case page").contains("id=\"party-ratings\"", "申请人：5/5 调解员很耐心");
    }

    private MockHttpServletResponse apply(PartyBrowser party, String key) {
        return party.post("/public/apply", "type", "FISHERY", "countyCode", "330503", "township", "菱湖镇",
                "description", "鱼塘排水纠纷：上游养殖户排水致下游鱼苗死亡", "occurredOn", BusinessTime.today().toString(),
                "applicantName", "沈建国", "applicantIdNumber", "330503197203150012", "respondentName", "钱小明",
                "respondentPhone", "", "submissionKey", key);
    }

    private String registerWithPhones(String applicantPhone, String respondentPhone) {
        var body = Disputes.fisheryDisputeInLinghu();
        Disputes.party(body, 0).put("phone", applicantPhone);
        Disputes.party(body, 1).put("phone", respondentPhone).put("idNumber", RESPONDENT_ID);
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as("registering: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    /** The challenge's picture beside the browser tests' screenshots, for a person to judge its legibility. */
    private static void keepPicture(String page, String name) throws IOException {
        var image = java.util.regex.Pattern.compile("id=\"challenge-image\" src=\"data:image/png;base64,([^\"]+)\"")
                .matcher(page);
        assertThat(image.find()).isTrue();
        Files.createDirectories(Chromium.SCREENSHOTS);
        Files.write(Chromium.SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode(image.group(1)));
    }

    private static String submissionKey(String form) {
        var key = java.util.regex.Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).as("a submission key in the form").isTrue();
        return key.group(1);
    }

    private static String csrfToken(String page) {
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        return token.find() ? token.group(1) : "";
    }

    private JsonHistory history(String caseNumber) {
        return new JsonHistory(workflow.caseAs(MEDIATOR, caseNumber).get("events"));
    }

    /** A case's history as the staff API shows it. */
    record JsonHistory(com.fasterxml.jackson.databind.JsonNode events) {

        List<String> types() {
            List<String> types = new java.util.ArrayList<>();
            events.forEach(event -> types.add(event.get("type").asText()));
            return types;
        }

        String actorOf(String type) {
            for (var event : events) {
                if (type.equals(event.get("type").asText())) {
                    return event.has("actorName") ? event.get("actorName").asText() : event.get("actor").asText();
                }
            }
            throw new AssertionError("no " + type + " in " + events);
        }

        String noteOf(String type) {
            for (var event : events) {
                if (type.equals(event.get("type").asText())) {
                    return event.get("note").asText();
                }
            }
            throw new AssertionError("no " + type + " in " + events);
        }
    }

    /** The picture challenge's answer, found as the server checks it: the keyed hash of each of the 10,000 answers. */
    static final class ChallengeAnswers {

        private ChallengeAnswers() {
        }

        static String solve(JdbcTemplate jdbc, PersonalDataCipher cipher, String token) {
            String stored = jdbc.queryForObject("SELECT answer_hash FROM public_challenge WHERE token = ?", String.class,
                    token);
            for (int n = 0; n < 10_000; n++) {
                String answer = String.format("%04d", n);
                if (cipher.keyedHash("public-challenge", (token + ":" + answer).getBytes(StandardCharsets.UTF_8))
                        .equals(stored)) {
                    return answer;
                }
            }
            throw new AssertionError("no answer of four digits fits challenge " + token);
        }
    }
}
