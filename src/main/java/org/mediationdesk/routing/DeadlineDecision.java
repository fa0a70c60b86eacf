package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result fact of the deadline rules. Acceptance runs from when the centre gets the case, mediation
 * from acceptance: its period (one rule sets it) and any shorter ceilings (each applies; the earliest
 * end wins). A court's limit runs in calendar days from the day the centre signed for the court's file;
 * it too is a ceiling, and the shorter of two court limits applies.
 */
public class DeadlineDecision {

    private TimeLimit acceptance;
    private TimeLimit mediation;
    private final List<TimeLimit> mediationCeilings = new ArrayList<>();
    private TimeLimit courtLimit;

    /** By the end of the calendar day the centre gets the case, weekend or not (duty staff). */
    public void acceptSameDay() {
        acceptance = new TimeLimit(0, TimeLimit.Unit.CALENDAR_DAYS);
    }

    public void acceptWithinHours(int hours) {
        acceptance = new TimeLimit(hours, TimeLimit.Unit.HOURS);
    }

    public void acceptWithinWorkingDays(int workingDays) {
        acceptance = new TimeLimit(workingDays, TimeLimit.Unit.WORKING_DAYS);
    }

    public void mediateWithinMonths(int months) {
        mediation = new TimeLimit(months, TimeLimit.Unit.MONTHS);
    }

    public void mediateWithinDays(int calendarDays) {
        mediation = new TimeLimit(calendarDays, TimeLimit.Unit.CALENDAR_DAYS);
    }

    public void mediateWithinWorkingDays(int workingDays) {
        mediation = new TimeLimit(workingDays, TimeLimit.Unit.WORKING_DAYS);
    }

    /** A shorter limit for this kind of case, also counted from acceptance: the earlier end applies. */
    public void capMediationAtWorkingDays(int workingDays) {
        mediationCeilings.add(new TimeLimit(workingDays, TimeLimit.Unit.WORKING_DAYS));
    }

    public void capMediationAtDays(int calendarDays) {
        mediationCeilings.add(new TimeLimit(calendarDays, TimeLimit.Unit.CALENDAR_DAYS));
    }

    /** The court's limit in calendar days from the day the centre signed for its file. */
    public void courtLimitDays(int calendarDays) {
        if (courtLimit == null || calendarDays < courtLimit.amount()) {
            courtLimit = new TimeLimit(calendarDays, TimeLimit.Unit.CALENDAR_DAYS);
        }
    }

    public TimeLimit acceptance() {
        return acceptance;
    }

    public TimeLimit mediation() {
        return mediation;
    }

    public List<TimeLimit> mediationCeilings() {
        return List.copyOf(mediationCeilings);
    }

    public TimeLimit courtLimit() {
        return courtLimit;
    }

    /** The mediation period and its ceilings as stored and as scenario tables write them: {@code 1M;10WD}. */
    public String mediationCode() {
        if (mediation == null) {
            return null;
        }
        List<TimeLimit> all = new ArrayList<>(List.of(mediation));
        all.addAll(mediationCeilings);
        return all.stream().map(TimeLimit::code).collect(Collectors.joining(";"));
    }

    /** As stored with the decision: {@code acceptance=0D, mediation=1M;10WD, court=15D}. */
    @Override
    public String toString() {
        return "acceptance=" + (acceptance == null ? "-" : acceptance.code()) + ", mediation="
                + (mediation == null ? "-" : mediationCode()) + (courtLimit == null ? "" : ", court=" + courtLimit.code());
    }

    /** For people: 受理当日；调结1个月，至多10个工作日；法院期限15日（自签收法院移交材料次日起算）. */
    public String describeZh() {
        StringBuilder text = new StringBuilder("受理" + describe(acceptance) + "；调结" + describe(mediation));
        mediationCeilings.forEach(ceiling -> text.append("，至多").append(ceiling.describeZh()));
        if (courtLimit != null) {
            text.append("；法院期限").append(courtLimit.describeZh()).append("（自签收法院移交材料次日起算）");
        }
        return text.toString();
    }

    private static String describe(TimeLimit limit) {
        return limit == null ? "未定" : limit.describeZh();
    }
}
