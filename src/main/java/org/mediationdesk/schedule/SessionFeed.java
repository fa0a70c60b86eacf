package org.mediationdesk.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Status;
import org.mediationdesk.cases.UpcomingSession;

/**
 * A user's sessions as an iCalendar (RFC 5545) document, written by biweekly (folding, escaping).
 * Times are business time (the clock's zone, Asia/Shanghai) written as UTC, which every calendar shows in
 * its own zone.
 * An event holds the case number, dispute type, centre, place, invitees by role or agency and a link
 * to the case page: never a party's name, ID number or phone, nor the planner's note.
 */
final class SessionFeed {

    /** A plan without an end is shown as an hour long. */
    private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    private static final int FOLD_AFTER_CHARACTERS = 24;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private SessionFeed() {
    }

    /**
     * @param roleNames  the Chinese name of each party role ({@code enum.PartyRole.*})
     * @param caseLink   the case page's address for a case number
     * @param zone       the zone of the sessions' business times
     */
    static String write(List<UpcomingSession> sessions, String calendarName, Function<String, String> roleNames,
                        Function<String, String> caseLink, ZoneId zone, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//MediationDesk//调解日程//ZH");
        calendar.setName(calendarName);
        calendar.setExperimentalProperty("X-WR-CALNAME", calendarName);
        calendar.setRefreshInterval(new biweekly.util.Duration.Builder().hours(1).build());
        for (UpcomingSession session : sessions) {
            calendar.addEvent(event(session, roleNames, caseLink, zone, stamp));
        }
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            // biweekly folds after 75 characters, RFC 5545 after 75 octets: a Chinese character is 3 octets in UTF-8.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(FOLD_AFTER_CHARACTERS);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(UpcomingSession session, Function<String, String> roleNames,
                                Function<String, String> caseLink, ZoneId zone, Instant stamp) {
        VEvent event = new VEvent();
        event.setUid("planned-session-" + session.id() + "@mediationdesk");
        event.setSequence(session.revision());
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(instant(session.startsAt(), zone), true);
        LocalDateTime end = session.endsAt() != null ? session.endsAt() : session.startsAt().plus(DEFAULT_LENGTH);
        event.setDateEnd(instant(end, zone), true);
        event.setSummary("调解：" + session.caseNumber() + " " + session.type().localized(CHINESE));
        event.setLocation(session.place());
        String link = caseLink.apply(session.caseNumber());
        String invitees = Stream.concat(session.invitedRoles().stream().map(role -> roleNames.apply(role.name())),
                session.invitedAgencies().stream().map(agency -> agency.localized(CHINESE))).collect(Collectors.joining("、"));
        event.setDescription("中心：" + session.centre().localized(CHINESE)
                + (invitees.isEmpty() ? "" : "\n邀请：" + invitees)
                + "\n案卷：" + link);
        event.setUrl(link);
        event.setStatus(Status.confirmed());
        return event;
    }

    private static Date instant(LocalDateTime businessTime, ZoneId zone) {
        return Date.from(businessTime.atZone(zone).toInstant());
    }
}
