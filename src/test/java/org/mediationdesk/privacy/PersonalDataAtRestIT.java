package org.mediationdesk.privacy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.AgreementParties;
import org.mediationdesk.cases.PersonalDataMask;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.PageForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Parties' ID numbers and phones as the database holds them (read with plain JDBC, on H2 and on
 * MariaDB): sealed, never in plain text, while the API and pages show them as before and exact
 * lookups (repeat disputes, search by ID number) work through the blind indexes.
 */
@ApplicationTest
class PersonalDataAtRestIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    KeyRotation keyRotation;
    @Autowired
    AgreementParties agreementParties;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    @WithUserDetails("linghu.mediator")
    void idNumbersAndPhonesAreStoredSealedWhileTheApiAndCasePageShowThemAsBefore() throws Exception {
        String idNumber = TestParties.idNumber();
        String phone = TestParties.phone();
        String caseNumber = register("沈建国", idNumber, phone);

        Map<String, Object> stored = jdbc.queryForMap("SELECT p.id_number, p.phone, p.id_number_lookup, p.phone_lookup, "
                + "p.pii_key_version FROM case_party p JOIN dispute_case c ON c.id = p.case_id "
                + "WHERE c.case_number = ? AND p.seq = 0", caseNumber);
        assertThat((String) stored.get("id_number")).matches("k\\d+:.+").doesNotContain(idNumber).doesNotContain(idNumber.substring(14));
        assertThat((String) stored.get("phone")).matches("k\\d+:.+").doesNotContain(phone).doesNotContain(phone.substring(7));
        assertThat((String) stored.get("id_number_lookup")).matches("[0-9a-f]{64}");
        assertThat((String) stored.get("phone_lookup")).matches("[0-9a-f]{64}");
        assertThat(stored.get("pii_key_version")).isNotNull();
        assertThat(rowsContaining(idNumber, phone)).isZero();

        JsonNode applicant = ApiClient.as(rest, "linghu.mediator").get("/api/cases/" + caseNumber).getBody().at("/parties/0");
        assertThat(applicant.get("idNumber").asText()).isEqualTo(PersonalDataMask.idNumber(idNumber)).contains("****");
        assertThat(applicant.get("phone").asText()).isEqualTo(PersonalDataMask.phone(phone));
        // The case page shows the case's own mediator the parties masked, and whole once asked (recorded).
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("party-id\">" + PersonalDataMask.idNumber(idNumber) + "<")))
                .andExpect(content().string(not(containsString(phone))));
        mvc.perform(post("/cases/" + caseNumber + "/parties/shown").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("party-id\">" + idNumber + "<")))
                .andExpect(content().string(containsString(phone)));
    }

    @Test
    void theCasesOwnMediatorStillReadsTheWholeIdNumberForTheAgreement() {
        String idNumber = TestParties.idNumber();
        String caseNumber = register("沈建国", idNumber, TestParties.phone());

        var parties = agreementParties.forSigning(caseNumber, (AppUser) users.loadUserByUsername("linghu.mediator"));

        assertThat(parties.get(0).idNumber()).isEqualTo(idNumber);
    }

    @Test
    void searchByAWholeIdNumberFindsTheCaseThroughTheBlindIndex() {
        String idNumber = TestParties.idNumber();
        String caseNumber = register("沈建国", idNumber, TestParties.phone());

        JsonNode found = ApiClient.as(rest, "clerk").get("/api/cases?idNumber=" + idNumber).getBody();

        assertThat(found.findValuesAsText("caseNumber")).containsExactly(caseNumber);
    }

    @Test
    @WithUserDetails("clerk")
    void aDisputeOfAPartyWithTheSameIdNumberIsWarnedOfAsARepeat() throws Exception {
        String idNumber = TestParties.idNumber();
        String earlier = register("陆阿四", idNumber, TestParties.phone());
        MultiValueMap<String, String> again = PageForms.fisheryDisputeInLinghu();
        again.set("parties[0].name", "陆四");
        again.set("parties[0].idNumber", idNumber);
        again.set("parties[0].phone", TestParties.phone());

        mvc.perform(post("/cases/new").params(again).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("可能是重复纠纷")))
                .andExpect(content().string(containsString(earlier)));
    }

    @Test
    @WithUserDetails("clerk")
    void aDisputeOfAPartyWithTheSameNameAndPhoneIsWarnedOfAsARepeat() throws Exception {
        String phone = TestParties.phone();
        String earlier = register("陆阿五", TestParties.idNumber(), phone);
        MultiValueMap<String, String> again = PageForms.fisheryDisputeInLinghu();
        again.set("parties[0].name", "陆阿五");
        again.remove("parties[0].idNumber");
        again.set("parties[0].phone", phone);

        mvc.perform(post("/cases/new").params(again).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("可能是重复纠纷")))
                .andExpect(content().string(containsString(earlier)));
    }

    @Test
    void aDeclaredConflictOfInterestKeepsTheIdNumberSealed() {
        String idNumber = TestParties.idNumber();

        var declared = ApiClient.as(rest, "linghu.manager").postJson("/api/mediators/linghu.mediator2/conflicts",
                "{\"partyName\": \"钱一\", \"partyIdNumber\": \"" + idNumber + "\", \"relation\": \"RELATIVE\"}");

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("SELECT party_id_number FROM mediator_conflict WHERE party_name = '钱一' "
                + "ORDER BY id DESC LIMIT 1", String.class)).matches("k\\d+:.+");
        assertThat(rowsContaining(idNumber, idNumber)).isZero();
    }

    @Test
    void plainRowsFromBeforeEncryptionAreSealedByTheResealingJobAndFoundAgain() {
        String idNumber = TestParties.idNumber();
        String phone = TestParties.phone();
        String caseNumber = register("沈建国", idNumber, phone);
        jdbc.update("UPDATE case_party SET id_number = ?, phone = ?, id_number_lookup = NULL, phone_lookup = NULL, "
                + "pii_key_version = NULL WHERE seq = 0 AND case_id = (SELECT id FROM dispute_case WHERE case_number = ?)",
                idNumber, phone, caseNumber);
        assertThat(ApiClient.as(rest, "clerk").get("/api/cases?idNumber=" + idNumber).getBody().findValuesAsText("caseNumber"))
                .isEmpty();

        keyRotation.resealNow();

        assertThat(rowsContaining(idNumber, phone)).isZero();
        assertThat(ApiClient.as(rest, "clerk").get("/api/cases?idNumber=" + idNumber).getBody().findValuesAsText("caseNumber"))
                .containsExactly(caseNumber);
        assertThat(ApiClient.as(rest, "linghu.mediator").get("/api/cases/" + caseNumber).getBody().at("/parties/0/phone").asText())
                .isEqualTo(PersonalDataMask.phone(phone));
    }

    @Test
    void theIdempotencyKeysRequestHashIsKeyedNotAPlainDigestOfTheBody() throws Exception {
        String body = TestParties.disputeOf("沈建国", TestParties.idNumber(), TestParties.phone()).toString();
        String key = UUID.randomUUID().toString();
        var first = ApiClient.as(rest, "clerk").postJson("/api/cases", body, Map.of("Idempotency-Key", key));
        var again = ApiClient.as(rest, "clerk").postJson("/api/cases", body, Map.of("Idempotency-Key", key));

        byte[] json = objectMapper.writeValueAsBytes(objectMapper.readValue(body, RegisterCaseRequest.class));
        String stored = jdbc.queryForObject("SELECT request_hash FROM registration_key WHERE owner = 'clerk' "
                + "AND idempotency_key = ?", String.class, key);
        assertThat(stored).isEqualTo(cipher.keyedHash("registration", json))
                .isNotEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)));
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
    }

    private String register(String name, String idNumber, String phone) {
        var created = ApiClient.as(rest, "clerk").postJson("/api/cases", TestParties.disputeOf(name, idNumber, phone).toString());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("caseNumber").asText();
    }

    /** Rows of any personal-data column holding either value in plain text, anywhere in it. */
    private int rowsContaining(String idNumber, String phone) {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM case_party WHERE id_number LIKE ? OR phone LIKE ? "
                + "OR id_number_lookup LIKE ? OR phone_lookup LIKE ?) "
                + "+ (SELECT COUNT(*) FROM mediator_conflict WHERE party_id_number LIKE ?)", Integer.class,
                "%" + idNumber + "%", "%" + phone + "%", "%" + idNumber + "%", "%" + phone + "%", "%" + idNumber + "%");
    }
}
