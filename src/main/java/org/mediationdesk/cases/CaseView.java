package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.routing.WarningColour;

/** A case as the API shows it; personal data is masked unless the case's own staff asked for it whole. */
public record CaseView(String caseNumber, CaseStatus status, Named type, DisputeSource source, Named county,
                       Named township, String village, String description, LocalDate occurredOn,
                       int peopleInvolved, BigDecimal amountInDispute, Named centre, String registeredBy,
                       LocalDateTime registeredAt, Risk risk, Deadlines deadlines, String outcome,
                       ClosureType closureType,
                       LocalDateTime closedAt, List<PartyView> parties, List<EventView> events,
                       List<DecisionView> decisions, List<MediationSession> sessions, List<RequiredAgency> requiredAgencies,
                       List<AgencyOpinion> agencyOpinions,
                       Agreement agreement, List<Referral> referrals, List<SupervisionView> supervision,
                       List<AttachmentView> attachments) {

    /** What intake recorded and what the triage rules concluded. */
    public record Risk(String level, List<String> flags, List<String> indicators, String courtStage) {
    }

    /**
     * When acceptance and mediation are due, since when the case is overdue (督办), and its warning
     * colour; the limits behind the dates as codes ({@code 0D} same day, {@code 1WD}, {@code 1M;10WD},
     * {@code 15D}) and explained in the reader's language; the day the centre signed for a court's file.
     */
    public record Deadlines(LocalDateTime acceptanceDue, LocalDateTime mediationDue, LocalDateTime overdueSince,
                            WarningColour warning, LocalDateTime pausedSince, int pausedWorkingDays,
                            Integer extensionWorkingDays, String acceptanceLimit, String mediationLimit,
                            String courtLimit, LocalDate courtFileReceivedOn, String limitsExplained) {
    }

    /**
     * A round of 督办: who supervised ({@code supervisors} null: the administrators), the centres passed over
     * because nobody manages them, the instruction and its lead official, and the centre's answer or its lapse.
     */
    public record SupervisionView(SupervisionLevel level, SupervisionReason reason, Named supervisors,
                                  List<Named> passedOver, LocalDateTime openedAt, String instruction,
                                  String leadOfficial, String instructedBy, LocalDateTime answerDue, String answer,
                                  String answeredBy, LocalDateTime answeredAt, LocalDateTime lapsedAt) {
    }

    /**
     * A file attached to the case: its type as read from its content, its SHA-256, its category (a code and
     * its name in the reader's language), the generated document it is the signed copy of (a code, and the
     * session's number for a session record), the case's status when it came, and its withdrawal if any.
     */
    public record AttachmentView(long id, String fileName, String mediaType, long size, String sha256,
                                 String category, String categoryName, String signsDocument, Integer signsSession,
                                 CaseStatus caseStatus, String uploadedBy, String uploadedByName,
                                 LocalDateTime uploadedAt, String withdrawnBy, LocalDateTime withdrawnAt,
                                 String withdrawnReason) {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    /** A coded thing with its Chinese and English names. */
    public record Named(String code, String name, String nameEn) {

        /** The English name for an English reader when there is one, else the Chinese name. */
        public String localized(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
        }
    }

    public record PartyView(PartyRole role, PartyKind kind, String name, String idNumber, String phone,
                            List<String> vulnerabilities) {
    }

    /** An event: {@code actor} is the login, {@code actorName} the person's name; {@code note} in the reader's language. */
    public record EventView(LocalDateTime occurredAt, String actor, String actorName, EventType type,
                            CaseStatus fromStatus, CaseStatus toStatus, String note) {
    }

    /**
     * A decision: {@code rules} fired in order ({@code rule} joins them), the facts they saw, the
     * outcome, and {@code explanation} in the reader's language.
     */
    public record DecisionView(String kind, String rule, List<String> rules, String outcome, String facts,
                               String ruleSetVersion, LocalDateTime decidedAt, String error, String explanation) {
    }
}
