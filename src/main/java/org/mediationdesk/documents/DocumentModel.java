package org.mediationdesk.documents;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mediationdesk.cases.Agreement;
import org.mediationdesk.cases.AgreementParties.SigningParty;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.MediationSession;
import org.mediationdesk.cases.PartyDetails;
import org.mediationdesk.cases.PartyRole;

/**
 * The values a document template's placeholders take, from a case as its reader may see it: every key
 * is listed in docs/process.md ("Templates and placeholders"). Texts are Chinese and dates written
 * 2026年12月6日; a value the case does not have is an empty text. Multi-line texts are lists of
 * {@code {text: …}}, one paragraph each.
 */
final class DocumentModel {

    /** 人民调解法 第二十九条: when a written agreement takes effect. */
    static final String EFFECT_NOTE = "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H时mm分");
    private static final DateTimeFormatter ID_BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] CHINESE_NUMBERS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Map<String, Object> values = new HashMap<>();

    private DocumentModel() {
    }

    /** What every document of the case may show. */
    static DocumentModel of(CaseFacts facts, LocalDate today) {
        DocumentModel model = new DocumentModel();
        CaseView view = facts.view();
        List<SigningParty> parties = facts.parties();
        model.put("committee", facts.committee());
        model.put("centre", view.centre() == null ? "" : view.centre().name());
        model.put("caseNumber", view.caseNumber());
        model.put("type", view.type().name());
        model.put("source", facts.sourceName());
        model.put("place", Stream.of(view.county() == null ? null : view.county().name(),
                view.township() == null ? null : view.township().name(), view.village())
                .filter(Objects::nonNull).collect(Collectors.joining()));
        model.put("description", view.description());
        model.put("descriptionLines", lines(view.description()));
        model.put("occurredOn", date(view.occurredOn()));
        model.put("peopleInvolved", Integer.toString(view.peopleInvolved()));
        model.put("registeredOn", date(view.registeredAt()));
        model.put("registeredBy", facts.nameOf(view.registeredBy()));
        model.put("acceptedOn", date(facts.acceptedAt()));
        model.put("mediator", facts.nameOf(facts.mediator()));
        model.put("printedOn", date(today));
        model.put("partyNames", names(parties.stream()));
        model.put("applicantNames", names(parties.stream().filter(p -> p.role() == PartyRole.APPLICANT)));
        model.put("respondentNames", names(parties.stream().filter(p -> p.role() != PartyRole.APPLICANT)));
        model.put("parties", parties.stream().map(p -> party(p, today)).toList());
        model.put("partySummaries", parties.stream().map(p -> role(p.role()) + "：" + summary(p, today))
                .collect(Collectors.joining("\n")));
        model.put("signers", parties.stream().map(p -> Map.of("role", role(p.role()), "name", p.name())).toList());
        model.put("applicants", parties.stream().filter(p -> p.role() == PartyRole.APPLICANT)
                .map(p -> Map.of("role", role(p.role()), "name", p.name())).toList());
        model.put("copiesNote", copiesNote(parties.size()));
        model.put("effectNote", EFFECT_NOTE);
        model.put("declineReason", facts.declineReason());
        model.put("declinedOn", date(facts.declinedAt()));
        model.put("terminationReason", facts.terminationReason());
        model.put("terminatedOn", date(facts.terminatedAt()));
        if (view.agreement() != null) {
            model.agreement(view.agreement(), facts);
        }
        return model;
    }

    /** Adds the session's values ({@code sessionNo} counts from 1 in the order they were held). */
    DocumentModel session(int sessionNo, MediationSession session, CaseFacts facts) {
        put("sessionNo", Integer.toString(sessionNo));
        put("heldAt", dateTime(session.heldAt()));
        put("sessionPlace", session.place());
        put("attendees", session.attendees());
        put("summary", lines(session.summary()));
        put("nextSteps", lines(session.nextStep()));
        put("sessionMediator", facts.nameOf(session.recordedBy()));
        put("recorder", facts.nameOf(session.recordedBy()));
        return this;
    }

    Map<String, Object> values() {
        return values;
    }

    private void agreement(Agreement agreement, CaseFacts facts) {
        List<Map<String, String>> terms = lines(agreement.terms());
        put("terms", terms);
        put("earlierTerms", terms.isEmpty() ? terms : terms.subList(0, terms.size() - 1));
        put("lastTerm", terms.isEmpty() ? terms : terms.subList(terms.size() - 1, terms.size()));
        put("amount", agreement.amount() == null ? "" : "人民币" + yuan(agreement.amount()) + "元");
        put("amountLines", agreement.amount() == null ? List.of()
                : List.of(Map.of("text", "涉及金额：人民币" + yuan(agreement.amount()) + "元。")));
        put("performanceMethod", orEmpty(agreement.performanceMethod()));
        put("performanceDeadline", date(agreement.performanceDeadline()));
        List<Map<String, String>> performance = new ArrayList<>();
        if (agreement.performanceMethod() != null) {
            performance.add(Map.of("text", "履行方式：" + agreement.performanceMethod()));
        }
        if (agreement.performanceDeadline() != null) {
            performance.add(Map.of("text", "履行期限：于" + date(agreement.performanceDeadline()) + "前履行完毕。"));
        }
        put("performance", performance);
        put("agreementForm", "ORAL".equals(agreement.agreementForm()) ? "口头协议" : "书面协议");
        put("effectiveOn", date(agreement.effectiveOn()));
        put("followedUpOn", date(agreement.followedUpAt()));
        put("followedUpBy", facts.nameOf(agreement.followedUpBy()));
        put("performed", agreement.performed() == null ? "" : agreement.performed() ? "已履行" : "未履行");
        put("applicantSatisfaction", satisfaction(agreement.applicantSatisfaction()));
        put("respondentSatisfaction", satisfaction(agreement.respondentSatisfaction()));
        put("followUpNotes", lines(agreement.followUpNote()));
    }

    private static Map<String, String> party(SigningParty party, LocalDate today) {
        PartyDetails details = party.details();
        LocalDate birthDate = birthDate(party);
        Map<String, String> row = new HashMap<>();
        row.put("role", role(party.role()));
        row.put("name", party.name());
        row.put("roleAndName", joined("\n", role(party.role()), party.name(),
                details.refusedReason() == null ? null : "（拒绝提供其他信息：" + details.refusedReason() + "）"));
        row.put("sex", details.sex() == null ? "" : details.sex().chinese());
        row.put("ethnicity", orEmpty(details.ethnicity()));
        row.put("sexAndEthnicity", joined("\n", details.sex() == null ? null : details.sex().chinese(),
                details.ethnicity()));
        row.put("birthDate", date(birthDate));
        row.put("age", birthDate == null ? "" : age(birthDate, today));
        row.put("birth", birthDate == null ? "" : date(birthDate) + "\n（" + age(birthDate, today) + "）");
        row.put("occupation", orEmpty(details.occupation()));
        row.put("address", orEmpty(details.address()));
        row.put("idNumber", orEmpty(party.idNumber()));
        row.put("phone", orEmpty(party.phone()));
        row.put("idAndPhone", joined("\n", party.idNumber(), party.phone()));
        row.put("agentName", orEmpty(details.agentName()));
        row.put("agentCapacity", orEmpty(details.agentCapacity()));
        row.put("agentPhone", orEmpty(details.agentPhone()));
        row.put("agent", details.agentName() == null ? "" : joined("\n", details.agentName()
                + (details.agentCapacity() == null ? "" : "（" + details.agentCapacity() + "）"), details.agentPhone()));
        row.put("refused", details.refusedReason() == null ? "" : "拒绝提供：" + details.refusedReason());
        row.put("summary", summary(party, today));
        return row;
    }

    /** {@code 沈建国，男，汉族，1972年3月15日出生（54岁），渔民，住…，身份证号码…，联系电话…}: what is known, in form order. */
    private static String summary(SigningParty party, LocalDate today) {
        PartyDetails details = party.details();
        LocalDate birthDate = birthDate(party);
        return joined("，", party.name(), details.sex() == null ? null : details.sex().chinese(), details.ethnicity(),
                birthDate == null ? null : date(birthDate) + "出生（" + age(birthDate, today) + "）",
                details.occupation(), details.address() == null ? null : "住" + details.address(),
                party.idNumber() == null ? null : "身份证号码" + party.idNumber(),
                party.phone() == null ? null : "联系电话" + party.phone(),
                details.agentName() == null ? null : (details.agentCapacity() == null ? "代理人" : details.agentCapacity())
                        + details.agentName() + (details.agentPhone() == null ? "" : "（" + details.agentPhone() + "）"),
                details.refusedReason() == null ? null : "拒绝提供其他信息：" + details.refusedReason());
    }

    /** The date of birth given, else the one an 18-digit resident ID number holds (digits 7 to 14). */
    private static LocalDate birthDate(SigningParty party) {
        if (party.details().birthDate() != null) {
            return party.details().birthDate();
        }
        String id = party.idNumber();
        if (id == null || id.length() != 18 || !id.substring(6, 14).chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return LocalDate.parse(id.substring(6, 14), ID_BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears() + "岁";
    }

    /** {@code 本协议一式三份…} for two parties: one copy per party and one for the committee. */
    static String copiesNote(int parties) {
        int copies = parties + 1;
        String number = copies < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[copies] : Integer.toString(copies);
        return "本协议一式" + number + "份，当事人各执一份，人民调解委员会留存一份。";
    }

    private static List<Map<String, String>> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> Map.of("text", line)).toList();
    }

    private static String names(Stream<SigningParty> parties) {
        return parties.map(SigningParty::name).collect(Collectors.joining("、"));
    }

    static String role(PartyRole role) {
        return switch (role) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            case THIRD_PARTY -> "第三人";
        };
    }

    private static String satisfaction(Integer score) {
        return score == null ? "" : score + "分（满分5分）";
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private static String joined(String separator, String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(separator));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String date(LocalDateTime at) {
        return at == null ? "" : DATE.format(at);
    }

    private static String dateTime(LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private void put(String key, Object value) {
        values.put(key, value == null ? "" : value);
    }
}
