package org.mediationdesk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report's figures for a period, counted here in Java from raw rows (not with the report's SQL), as
 * docs/reports.md defines them; "as of the period's end" figures from the cases' dates, OVERDUE events
 * and clock pauses.
 */
final class ExpectedFigures {

    /** The cases of 南浔区's centres. */
    static final String NANXUN = "c.centre_code IN (SELECT ce.code FROM centre ce JOIN region r ON r.code = ce.region_code"
            + " WHERE r.code = '330503' OR r.parent_code = '330503')";
    /** The cases of the Linghu fishery centre. */
    static final String LINGHU = "c.centre_code = 'NX-LINGHU-FISHERY'";

    long received;
    long concluded;
    long resolved;
    long onTime;
    long inProgress;
    long overdue;
    long groupDisputes;
    long criminalPrevented;
    long criminalPreventedPeople;
    long agreements;
    long agreementsFollowedUp;
    long followUps;
    long performed;
    long confirmationsApplied;
    long confirmationsConfirmed;
    BigDecimal agreedAmount = BigDecimal.ZERO;
    final Map<String, Long> receivedByType = new HashMap<>();
    final List<Double> satisfactions = new ArrayList<>();
    final List<Double> acceptanceDays = new ArrayList<>();
    final List<Double> outcomeDays = new ArrayList<>();

    /** The summary sheet's figures by the start of their label, as the sheet shows them (null: an empty cell). */
    static final Map<String, Function<ExpectedFigures, Double>> SUMMARY = new LinkedHashMap<>();

    static {
        SUMMARY.put("受理纠纷", e -> (double) e.received);
        SUMMARY.put("办结", e -> (double) e.concluded);
        SUMMARY.put("调解成功 ", e -> (double) e.resolved);
        SUMMARY.put("调解成功率", e -> rate(e.resolved, e.concluded));
        SUMMARY.put("按期办结 ", e -> (double) e.onTime);
        SUMMARY.put("按期办结率", e -> rate(e.onTime, e.concluded));
        SUMMARY.put("协议涉及金额", e -> e.agreedAmount.doubleValue());
        SUMMARY.put("期末在办", e -> (double) e.inProgress);
        SUMMARY.put("期末超期", e -> (double) e.overdue);
        SUMMARY.put("群体性纠纷", e -> (double) e.groupDisputes);
        SUMMARY.put("防止民转刑（件）", e -> (double) e.criminalPrevented);
        SUMMARY.put("防止民转刑（人）", e -> (double) e.criminalPreventedPeople);
        SUMMARY.put("达成协议", e -> (double) e.agreements);
        SUMMARY.put("回访率", e -> rate(e.agreementsFollowedUp, e.agreements));
        SUMMARY.put("回访 ", e -> (double) e.followUps);
        SUMMARY.put("履行率", e -> rate(e.performed, e.followUps));
        SUMMARY.put("申请司法确认", e -> (double) e.confirmationsApplied);
        SUMMARY.put("司法确认 ", e -> (double) e.confirmationsConfirmed);
        SUMMARY.put("回访满意度", e -> mean(e.satisfactions));
        SUMMARY.put("平均受理天数", e -> mean(e.acceptanceDays));
        SUMMARY.put("平均办结天数", e -> mean(e.outcomeDays));
    }

    /** Figures whose 同比 and 环比 the sheet gives (counts and amounts). */
    static boolean compared(String label) {
        return !label.endsWith("率") && !label.equals("回访满意度") && !label.startsWith("平均");
    }

    static ExpectedFigures of(JdbcTemplate jdbc, String scope, LocalDate from, LocalDate to, LocalDateTime now) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        LocalDateTime asOf = new ReportPeriod(from, to).asOf(now);
        Map<Long, LocalDateTime> overdueEvents = new HashMap<>();
        jdbc.query("SELECT case_id, occurred_at FROM case_event WHERE event_type = 'OVERDUE'",
                rs -> {
                    overdueEvents.merge(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                            (a, b) -> a.isBefore(b) ? a : b);
                });
        Map<Long, List<LocalDateTime[]>> pauses = new HashMap<>();
        jdbc.query("SELECT case_id, paused_at, resumed_at FROM case_clock_pause", rs -> {
            pauses.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new LocalDateTime[] {
                    rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class)});
        });
        ExpectedFigures e = new ExpectedFigures();
        jdbc.query("SELECT c.id, c.dispute_type_code, c.registered_at, c.closed_at, c.closure_type, c.risk_flags,"
                + " c.people_involved, c.accepted_at, c.minutes_to_acceptance, c.outcome_at, c.minutes_to_outcome,"
                + " c.acceptance_due, c.mediation_due FROM dispute_case c WHERE " + scope, rs -> {
            long id = rs.getLong("id");
            LocalDateTime registered = rs.getObject("registered_at", LocalDateTime.class);
            LocalDateTime closed = rs.getObject("closed_at", LocalDateTime.class);
            LocalDateTime accepted = rs.getObject("accepted_at", LocalDateTime.class);
            LocalDateTime outcome = rs.getObject("outcome_at", LocalDateTime.class);
            LocalDateTime mediationDue = rs.getObject("mediation_due", LocalDateTime.class);
            LocalDateTime acceptanceDue = rs.getObject("acceptance_due", LocalDateTime.class);
            String closure = rs.getString("closure_type");
            String flags = rs.getString("risk_flags") == null ? "" : rs.getString("risk_flags");
            boolean receivedIn = within(registered, start, end);
            if (receivedIn) {
                e.received++;
                e.receivedByType.merge(rs.getString("dispute_type_code"), 1L, Long::sum);
                if (flags.contains("GROUP")) {
                    e.groupDisputes++;
                }
            }
            boolean closedIn = within(closed, start, end);
            if (closedIn && List.of("RESOLVED", "REFERRED", "TERMINATED").contains(closure)) {
                e.concluded++;
                boolean late = overdueEvents.containsKey(id)
                        || (outcome != null && mediationDue != null && outcome.isAfter(mediationDue));
                if (!late) {
                    e.onTime++;
                }
            }
            if (closedIn && "RESOLVED".equals(closure)) {
                e.resolved++;
                if (flags.contains("CRIMINAL_RISK")) {
                    e.criminalPrevented++;
                    e.criminalPreventedPeople += rs.getInt("people_involved");
                }
            }
            boolean openAtEnd = registered.isBefore(asOf) && (closed == null || !closed.isBefore(asOf));
            if (openAtEnd) {
                e.inProgress++;
                boolean acceptedBy = accepted != null && accepted.isBefore(asOf);
                boolean outcomeBy = outcome != null && outcome.isBefore(asOf);
                boolean paused = pauses.getOrDefault(id, List.of()).stream()
                        .anyMatch(p -> p[0].isBefore(asOf) && (p[1] == null || !p[1].isBefore(asOf)));
                boolean recorded = overdueEvents.containsKey(id) && overdueEvents.get(id).isBefore(asOf);
                boolean acceptanceLate = acceptanceDue != null && acceptanceDue.isBefore(asOf) && !acceptedBy && !outcomeBy;
                boolean mediationLate = acceptedBy && mediationDue != null && mediationDue.isBefore(asOf) && !outcomeBy
                        && !paused;
                if (recorded || acceptanceLate || mediationLate) {
                    e.overdue++;
                }
            }
            if (within(accepted, start, end)) {
                e.acceptanceDays.add(rs.getInt("minutes_to_acceptance") / 1440.0);
            }
            if (within(outcome, start, end)) {
                e.outcomeDays.add(rs.getInt("minutes_to_outcome") / 1440.0);
            }
        });
        jdbc.query("SELECT a.amount, a.recorded_at, a.confirmation_applied_on, a.confirmation_decision,"
                + " a.confirmation_decided_on, a.applicant_satisfaction, a.respondent_satisfaction, a.followed_up_at,"
                + " a.performed FROM case_agreement a JOIN dispute_case c ON c.id = a.case_id WHERE " + scope, rs -> {
            LocalDateTime recorded = rs.getObject("recorded_at", LocalDateTime.class);
            LocalDateTime followedUp = rs.getObject("followed_up_at", LocalDateTime.class);
            boolean recordedIn = within(recorded, start, end);
            if (recordedIn) {
                e.agreements++;
                if (rs.getBigDecimal("amount") != null) {
                    e.agreedAmount = e.agreedAmount.add(rs.getBigDecimal("amount"));
                }
                if (followedUp != null && followedUp.isBefore(end)) {
                    e.agreementsFollowedUp++;
                }
                if (rs.getObject("confirmation_applied_on") != null || rs.getString("confirmation_decision") != null) {
                    e.confirmationsApplied++;
                }
            }
            LocalDate decided = rs.getObject("confirmation_decided_on", LocalDate.class);
            if (decided != null && !decided.isBefore(from) && !decided.isAfter(to)
                    && "CONFIRMED".equals(rs.getString("confirmation_decision"))) {
                e.confirmationsConfirmed++;
            }
            if (within(followedUp, start, end)) {
                e.followUps++;
                if (rs.getBoolean("performed")) {
                    e.performed++;
                }
                if (rs.getObject("applicant_satisfaction") != null && rs.getObject("respondent_satisfaction") != null) {
                    e.satisfactions.add((rs.getInt("applicant_satisfaction") + rs.getInt("respondent_satisfaction")) / 2.0);
                }
            }
        });
        return e;
    }

    private static boolean within(LocalDateTime at, LocalDateTime start, LocalDateTime end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
