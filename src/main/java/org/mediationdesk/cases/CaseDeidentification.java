package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.system.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * De-identifies a closed case's personal data (docs/privacy.md, "Retention and erasure"): each party's
 * name becomes its role label (申请人1, 被申请人1, 第三人1), its ID number and phone NULL; the parties'
 * names in the case's free text become the same labels, and whatever there looks like an ID number or a
 * mobile number is removed. The case row, its dates, type, centre, status and outcome stay, so the
 * statistics count it as before. Runs in the caller's transaction, once per case whichever node asks first.
 */
@Component
class CaseDeidentification {

    static final String REMOVED = "[已删除]";
    /** Every free-text column of a case that people type and that may name a party or hold their numbers. */
    static final List<DeidentificationMapper.FreeText> FREE_TEXT = List.of(
            text("dispute_case", "description", "id"),
            text("case_event", "note", "case_id"), text("case_event", "detail", "case_id"),
            text("case_session", "place", "case_id"), text("case_session", "attendees", "case_id"),
            text("case_session", "summary", "case_id"), text("case_session", "next_step", "case_id"),
            text("case_agency_opinion", "opinion", "case_id"),
            text("case_agreement", "terms", "case_id"), text("case_agreement", "follow_up_note", "case_id"),
            text("case_referral", "note", "case_id"),
            text("case_planned_session", "place", "case_id"), text("case_planned_session", "invited_others", "case_id"),
            text("case_planned_session", "note", "case_id"),
            text("case_supervision", "instruction", "case_id"), text("case_supervision", "answer", "case_id"),
            text("case_clock_pause", "note", "case_id"), text("case_required_agency", "waiver_reason", "case_id"),
            text("decision_record", "facts_summary", "case_id"), text("case_party_rating", "comment", "case_id"));
    private static final Map<PartyRole, String> LABELS = new EnumMap<>(Map.of(
            PartyRole.APPLICANT, "申请人", PartyRole.RESPONDENT, "被申请人", PartyRole.THIRD_PARTY, "第三人"));

    private final DeidentificationMapper mapper;
    private final ApplicationEventPublisher events;

    CaseDeidentification(DeidentificationMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    /**
     * @return the parties' names by the labels that replaced them, longest name first, for callers that must
     *         keep them out of what they write next (a reason typed for an erasure)
     * @throws ConflictException when the case is not closed or another request de-identified it first
     */
    Map<String, String> deidentify(long caseId, String caseNumber, LocalDateTime now) {
        if (mapper.markDeidentified(caseId, now) != 1) {
            throw new ConflictException("case.erasure.notPossible", caseNumber);
        }
        Map<String, String> labels = labels(mapper.findParties(caseId));
        labels.forEach((name, label) -> FREE_TEXT.forEach(text -> mapper.replaceInText(text, caseId, name, label)));
        FREE_TEXT.forEach(text -> mapper.removeNumbersInText(text, caseId, REMOVED));
        events.publishEvent(new CaseDeidentified(caseId, caseNumber));
        return labels;
    }

    /** Replaces each party and says which name became which label, longest name first (so 沈建国 goes before 沈建). */
    private Map<String, String> labels(List<DeidentificationMapper.Party> parties) {
        Map<PartyRole, Integer> counts = new EnumMap<>(PartyRole.class);
        Map<String, String> labels = new LinkedHashMap<>();
        for (DeidentificationMapper.Party party : parties) {
            String label = LABELS.get(party.role()) + counts.merge(party.role(), 1, Integer::sum);
            mapper.replaceParty(party.id(), label);
            if (party.name() != null && !party.name().isBlank()) {
                labels.putIfAbsent(party.name(), label);
            }
        }
        Map<String, String> longestFirst = new LinkedHashMap<>();
        labels.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()).forEach(e -> longestFirst.put(e.getKey(), e.getValue()));
        return longestFirst;
    }

    /** {@code text} with the parties' names replaced by their labels. */
    static String withoutNames(String text, Map<String, String> labels) {
        String result = text;
        for (Map.Entry<String, String> name : labels.entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }

    private static DeidentificationMapper.FreeText text(String table, String column, String caseColumn) {
        return new DeidentificationMapper.FreeText(table, column, caseColumn);
    }
}
