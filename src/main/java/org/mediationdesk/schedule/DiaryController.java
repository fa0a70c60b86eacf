package org.mediationdesk.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mediationdesk.cases.PlannedSession;
import org.mediationdesk.cases.UpcomingSession;
import org.mediationdesk.cases.UpcomingSessions;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 我的调解日程: the reader's planned sessions of the coming weeks by day, those past but not yet
 * recorded (待记录), and their calendar subscription (make, replace or revoke its secret address).
 */
@Controller
@RequestMapping("/schedule")
class DiaryController {

    static final String VIEW = "schedule/diary";
    /** How far back a planned session still waits for its record on this page. */
    private static final int AWAITING_DAYS = 60;

    private final UpcomingSessions sessions;
    private final FeedTokens tokens;

    DiaryController(UpcomingSessions sessions, FeedTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @GetMapping
    String diary(@RequestParam(defaultValue = "4") int weeks, @AuthenticationPrincipal AppUser user, Model model) {
        int shownWeeks = Math.max(1, Math.min(weeks, 12));
        LocalDateTime now = sessions.now();
        LocalDate today = now.toLocalDate();
        List<UpcomingSession> coming = sessions.of(user, now, today.plusWeeks(shownWeeks).atStartOfDay(),
                List.of(PlannedSession.Status.PLANNED));
        Map<LocalDate, List<UpcomingSession>> byDay = coming.stream().collect(Collectors.groupingBy(
                session -> session.startsAt().toLocalDate(), TreeMap::new, Collectors.toList()));
        model.addAttribute("weeks", shownWeeks);
        model.addAttribute("days", byDay);
        model.addAttribute("awaitingRecord", sessions.of(user, today.minusDays(AWAITING_DAYS).atStartOfDay(), now,
                List.of(PlannedSession.Status.PLANNED)));
        model.addAttribute("feedCreatedAt", tokens.createdAt(user).orElse(null));
        return VIEW;
    }

    @PostMapping("/feed")
    String renewFeed(@AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        String token = tokens.renew(user);
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/feeds/sessions/{token}.ics").buildAndExpand(token).toUriString());
        Flash.success(redirect, "schedule.feed.renewed");
        return "redirect:/schedule";
    }

    @PostMapping("/feed/revoke")
    String revokeFeed(@AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        tokens.revoke(user);
        Flash.success(redirect, "schedule.feed.revoked");
        return "redirect:/schedule";
    }
}
