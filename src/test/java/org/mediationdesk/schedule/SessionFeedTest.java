package org.mediationdesk.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.cases.PlannedSession;
import org.mediationdesk.cases.UpcomingSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionFeedTest {

    private static final Map<String, String> ROLES = Map.of("APPLICANT", "申请人", "RESPONDENT", "被申请人");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant STAMP = Instant.parse("2026-12-05T02:00:00Z");

    private static UpcomingSession session(long id, int revision, LocalDateTime start, LocalDateTime end, String place) {
        return new UpcomingSession(id, revision, "NX-2026-000042",
                new CaseView.Named("NX-LINGHU-FISHERY", "菱湖渔业纠纷调处化解中心", "Linghu Fishery Centre"),
                new CaseView.Named("FISHERY", "渔业", "Fishery"), start, end, place,
                List.of(PartyRole.APPLICANT, PartyRole.RESPONDENT),
                List.of(new CaseView.Named("FISHERY_ASSOCIATION", "渔业协会", "Fishery association")),
                PlannedSession.Status.PLANNED, false);
    }

    private static ICalendar written(UpcomingSession... sessions) {
        String text = SessionFeed.write(List.of(sessions), "调解日程", ROLES::get,
                caseNumber -> "https://md.example/cases/" + caseNumber, SHANGHAI, STAMP);
        return Biweekly.parse(text).first();
    }

    @Test
    void eventTimesAreShanghaiBusinessTimeAsInstants() {
        ICalendar calendar = written(session(7, 0, LocalDateTime.of(2026, 12, 10, 9, 30),
                LocalDateTime.of(2026, 12, 10, 11, 0), "菱湖镇调解室"));

        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-10T01:30:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-10T03:00:00Z"));
    }

    @Test
    void planWithoutEndIsShownAsAnHour() {
        VEvent event = written(session(7, 0, LocalDateTime.of(2026, 12, 10, 9, 30), null, "调解室")).getEvents().get(0);

        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-10T02:30:00Z"));
    }

    @Test
    void eventSaysCaseTypePlaceInviteesByRoleAndLinksTheCase() {
        VEvent event = written(session(7, 0, LocalDateTime.of(2026, 12, 10, 9, 30), null, "菱湖镇调解室")).getEvents().get(0);

        assertThat(event.getSummary().getValue()).isEqualTo("调解：NX-2026-000042 渔业");
        assertThat(event.getLocation().getValue()).isEqualTo("菱湖镇调解室");
        assertThat(event.getDescription().getValue()).isEqualTo(
                "中心：菱湖渔业纠纷调处化解中心\n邀请：申请人、被申请人、渔业协会\n案卷：https://md.example/cases/NX-2026-000042");
        assertThat(event.getUrl().getValue()).isEqualTo("https://md.example/cases/NX-2026-000042");
    }

    @Test
    void rescheduledPlanKeepsItsUidWithAHigherSequence() {
        VEvent first = written(session(7, 0, LocalDateTime.of(2026, 12, 10, 9, 30), null, "调解室")).getEvents().get(0);
        VEvent moved = written(session(7, 1, LocalDateTime.of(2026, 12, 11, 14, 0), null, "调解室")).getEvents().get(0);

        assertThat(moved.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(moved.getSequence().getValue()).isEqualTo(first.getSequence().getValue() + 1);
    }

    @Test
    void textWithCommasSemicolonsAndLongLinesSurvivesEscapingAndFolding() {
        String place = "菱湖镇人民调解委员会，第二调解室; 陈邑村村委会旁边的渔业协会办公楼三楼东侧会议室（请从北门进入）";
        String text = SessionFeed.write(List.of(session(7, 0, LocalDateTime.of(2026, 12, 10, 9, 30), null, place)),
                "调解日程", ROLES::get, caseNumber -> "https://md.example/cases/" + caseNumber, SHANGHAI, STAMP);

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(Biweekly.parse(text).first().getEvents().get(0).getLocation().getValue()).isEqualTo(place);
    }

    @Test
    void calendarIsNamedAndEmptyWithoutSessions() {
        ICalendar calendar = written();

        assertThat(calendar.getEvents()).isEmpty();
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("调解日程");
    }
}
