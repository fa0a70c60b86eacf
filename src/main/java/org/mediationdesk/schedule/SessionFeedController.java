package org.mediationdesk.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.cases.PlannedSession;
import org.mediationdesk.cases.UpcomingSessions;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The iCalendar feed a phone's calendar subscribes to. The secret token in the address stands for the
 * user (calendar apps cannot sign in); an unknown, replaced or revoked token, or a disabled user, is 404.
 * It holds the sessions of the last 30 days and the next 180 that the user's diary holds.
 */
@RestController
class SessionFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedTokens tokens;
    private final UpcomingSessions sessions;
    private final MessageSource messages;
    private final Clock clock;

    SessionFeedController(FeedTokens tokens, UpcomingSessions sessions, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/feeds/sessions/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        var user = tokens.owner(token).orElseThrow(() -> new NotFoundException("schedule.feed.notFound", "No such feed"));
        LocalDateTime now = sessions.now();
        var shown = sessions.of(user, now.minusDays(30), now.plusDays(180),
                List.of(PlannedSession.Status.PLANNED, PlannedSession.Status.HELD));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String body = SessionFeed.write(shown, messages.getMessage("schedule.feed.name", null, Locale.SIMPLIFIED_CHINESE),
                role -> messages.getMessage("enum.PartyRole." + role, null, role, Locale.SIMPLIFIED_CHINESE),
                caseNumber -> base + "/cases/" + caseNumber, clock.getZone(), clock.instant());
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).header("Cache-Control", "private, no-store").body(body);
    }
}
