package org.mediationdesk.tasks;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.process.Stage;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.WarningColour;
import org.mediationdesk.search.SearchTerms;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.LikePatterns;
import org.springframework.stereotype.Service;

/**
 * The caller's tasks and the claimable tasks of the caller's centres, filtered ({@link TaskFilter}),
 * paged and sorted by due date, each with the working days left until it is due; read from the task
 * read model ({@link TaskReadModel}). A list counts its tasks only as far as the next
 * {@value #COUNTED} from the page's start: beyond that it says "more than".
 */
@Service
class TaskListing {

    enum Scope { MINE, CENTRE }

    static final int COUNTED = 1000;
    private static final Pattern CASE_NUMBER_CHARACTERS = Pattern.compile("[A-Za-z0-9-]+");

    private final TaskListMapper rows;
    private final CentreScope centreScope;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final PeopleNames people;
    private final ReferenceData referenceData;

    TaskListing(TaskListMapper rows, CentreScope centreScope, Clock clock, WorkingCalendar calendar, PeopleNames people,
                ReferenceData referenceData) {
        this.rows = rows;
        this.centreScope = centreScope;
        this.clock = clock;
        this.calendar = calendar;
        this.people = people;
        this.referenceData = referenceData;
    }

    TaskPage list(AppUser user, Scope scope, int page, int size, boolean dueFirst) {
        return list(user, scope, page, size, dueFirst, TaskFilter.NONE);
    }

    TaskPage list(AppUser user, Scope scope, int page, int size, boolean dueFirst, TaskFilter filter) {
        List<String> queues = scope == Scope.MINE ? null : candidateGroups(user);
        Set<String> centres = filter.type() != null || filter.text() != null ? centreScope.visibleCentres(user) : null;
        if (queues != null && queues.isEmpty() || centres != null && centres.isEmpty()
                || filter.stage() != null && Stage.byId(filter.stage()).isEmpty()) {
            return new TaskPage(List.of(), page, size, 0, false);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int offset = page * size;
        int bound = offset + COUNTED;
        var query = new TaskListQuery(scope == Scope.MINE ? user.username() : null, queues, filter.stage(), filter.type(),
                centres, filter.colour() == null ? null : filter.colour().name(), filter.overdueOnly(),
                filter.text() == null ? null : LikePatterns.containing(filter.text()),
                couldBeInACaseNumber(filter.text()) ? LikePatterns.containing(filter.text()) : null,
                filter.text() == null ? List.of() : List.copyOf(SearchTerms.ofSearchWord(filter.text())), now, dueFirst,
                bound + 1);
        // One walk gives the page and the count: a filter the indexes cannot answer (part of a case number) reads
        // the queue once, not twice.
        List<String> listed = rows.findListed(query);
        List<String> onPage = listed.subList(Math.min(offset, listed.size()), Math.min(offset + size, listed.size()));
        List<TaskView> items = inOrder(onPage).stream().map(row -> view(row, now)).toList();
        int counted = listed.size();
        return new TaskPage(items, page, size, Math.min(counted, bound), counted > bound);
    }

    /** How many tasks the user holds, how many of those are past their due date, and how many wait in their queues. */
    WorkCounts counts(AppUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        long held = rows.countHeld(user.username(), null);
        long overdue = held == 0 ? 0 : rows.countHeld(user.username(), now);
        List<String> groups = candidateGroups(user);
        if (groups.isEmpty()) {
            return new WorkCounts(held, overdue, 0, false);
        }
        var queued = new TaskListQuery(null, groups, null, null, null, null, false, null, null, List.of(), now, true,
                COUNTED + 1);
        long waiting = rows.countUpTo(queued);
        return new WorkCounts(held, overdue, Math.min(waiting, COUNTED), waiting > COUNTED);
    }

    /** {@code moreQueued}: more than {@code queued} wait. */
    record WorkCounts(long mine, long overdue, long queued, boolean moreQueued) {
    }

    private TaskView view(TaskRow row, LocalDateTime now) {
        var type = referenceData.disputeType(row.disputeType()).orElseThrow();
        var centre = referenceData.centre(row.centreCode()).orElseThrow();
        LocalDateTime due = row.dueAt();
        return new TaskView(row.taskId(), row.stage(), row.name(), row.caseNumber(), row.caseStatus(),
                new CaseView.Named(type.code(), type.nameZh(), type.nameEn()),
                new CaseView.Named(centre.code(), centre.nameZh(), centre.nameEn()), row.assignee(), row.createdAt(), due,
                row.overdueAt() != null && row.overdueAt().isBefore(now), colour(row, now), row.agency(),
                due == null ? null : calendar.workingDaysBetween(now.toLocalDate(), due.toLocalDate()),
                people.of(row.assignee()), TaskRows.names(row.applicants()), TaskRows.names(row.respondents()),
                row.riskLevel(), TaskRows.split(row.riskFlags(), ","), row.registeredAt());
    }

    private List<TaskRow> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, TaskRow> byId = rows.findRows(ids).stream().collect(Collectors.toMap(TaskRow::taskId, row -> row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Case numbers are a county's Latin-letter prefix, the year and a serial joined by hyphens
     * ({@code CaseNumberAllocator}): a text with any other character, a name in Chinese say, is no part of one.
     * Leaving the case numbers out of such a search lets the database start from the party names' search terms
     * instead of reading the whole queue.
     */
    private static boolean couldBeInACaseNumber(String text) {
        return text != null && CASE_NUMBER_CHARACTERS.matcher(text).matches();
    }

    private static WarningColour colour(TaskRow row, LocalDateTime now) {
        if (!row.clockRunning()) {
            return null;
        }
        if (row.redAt() != null && !now.isBefore(row.redAt())) {
            return WarningColour.RED;
        }
        return row.yellowAt() != null && !now.isBefore(row.yellowAt()) ? WarningColour.YELLOW : WarningColour.GREEN;
    }

    /** A user's centres' queues, and their managers' queues for managers (督办, manual triage). */
    private List<String> candidateGroups(AppUser user) {
        List<String> groups = new ArrayList<>();
        if (user.has(Role.ADMIN)) {
            groups.add(ProcessVariables.ADMINISTRATORS);
        }
        for (String centre : centreScope.queueCentres(user)) {
            if (user.has(Role.MEDIATOR) || user.has(Role.MANAGER)) {
                groups.add(centre);
            }
            if (user.has(Role.MANAGER)) {
                groups.add(ProcessVariables.managersOf(centre));
            }
        }
        return groups;
    }
}
