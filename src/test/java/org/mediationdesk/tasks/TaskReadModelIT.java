package org.mediationdesk.tasks;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseChanged;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.EventType;
import org.mediationdesk.process.Stage;
import org.mediationdesk.routing.WarningColour;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The task lists read from the read model give what the engine-based lists gave (content and order, every
 * filter, both sorts, later pages), stay in step through claim, hand-back, reassignment, completion, due
 * dates and case changes, roll back with the engine, and a rebuild from the engine gives the same rows.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskReadModelIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskListing listing;
    @Autowired
    TaskReadModel readModel;
    @Autowired
    TaskWork taskWork;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    org.mediationdesk.process.Workflow workflow;
    @Autowired
    CaseAccess caseAccess;
    @Autowired
    CentreScope centreScope;
    @Autowired
    Clock clock;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    PeopleNames people;

    private Workflow process;
    private EngineTaskLists engineLists;
    private final List<String> cases = new ArrayList<>();

    @BeforeAll
    void registerCasesInEveryColour() {
        process = new Workflow(rest, engine);
        engineLists = new EngineTaskLists(workflow, caseAccess, centreScope, clock, caseQueries, calendar, people);
        for (int i = 0; i < 6; i++) {
            cases.add(process.registerFisheryDispute());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        changeCase(cases.get(1), "clock_started_at = ?, acceptance_due = ?", now.minusHours(72), now.plusHours(8));
        changeCase(cases.get(2), "clock_started_at = ?, acceptance_due = ?", now.minusHours(72), now.minusHours(1));
        markOverdue(cases.get(3), now.minusMinutes(5));
        TaskService tasks = engine.getTaskService();
        tasks.setDueDate(process.task(cases.get(4), Stage.ACCEPT_CASE.id()).getId(),
                Date.from(now.minusDays(1).atZone(clock.getZone()).toInstant()));
        process.claim("linghu.mediator", process.task(cases.get(5), Stage.ACCEPT_CASE.id()).getId());
    }

    @Test
    void everyListFilterAndOrderGivesWhatTheEngineBasedListGave() {
        AppUser mediator = user("linghu.mediator");
        AppUser countyManager = user("nanxun.manager");
        List<TaskFilter> filters = List.of(TaskFilter.NONE,
                new TaskFilter(Stage.ACCEPT_CASE.id(), null, null, false, null),
                new TaskFilter("mediate", null, null, false, null),
                new TaskFilter("noSuchStage", null, null, false, null),
                new TaskFilter(null, "FISHERY", null, false, null),
                new TaskFilter(null, "NEIGHBOUR", null, false, null),
                new TaskFilter(null, null, WarningColour.GREEN, false, null),
                new TaskFilter(null, null, WarningColour.YELLOW, false, null),
                new TaskFilter(null, null, WarningColour.RED, false, null),
                new TaskFilter(null, null, null, true, null),
                new TaskFilter(null, null, WarningColour.RED, true, null),
                new TaskFilter(null, null, null, false, cases.get(2)),
                new TaskFilter(null, null, null, false, cases.get(2).substring(3, 9)),
                new TaskFilter(null, null, null, false, "沈建国"),
                new TaskFilter(null, null, null, false, "钱"),
                new TaskFilter(null, null, null, false, "建国"),
                new TaskFilter(null, null, null, false, "张无忌"),
                new TaskFilter(Stage.ACCEPT_CASE.id(), "FISHERY", WarningColour.GREEN, false, "沈建国"));
        int compared = 0;
        for (AppUser user : List.of(mediator, countyManager)) {
            for (TaskListing.Scope scope : TaskListing.Scope.values()) {
                for (TaskFilter filter : filters) {
                    for (boolean dueFirst : List.of(true, false)) {
                        assertThat(listing.list(user, scope, 0, 100, dueFirst, filter).items())
                                .as("whole list of %s %s %s due first %s", user.username(), scope, filter, dueFirst)
                                .containsExactlyElementsOf(engineLists.list(user, scope, 0, 100, dueFirst, filter).items());
                        for (int page = 0; page < 2; page++) {
                            TaskPage expected = engineLists.list(user, scope, page, 4, dueFirst, filter);
                            TaskPage actual = listing.list(user, scope, page, 4, dueFirst, filter);
                            assertThat(actual.items()).as("%s %s %s due first %s page %d", user.username(), scope,
                                    filter, dueFirst, page).containsExactlyElementsOf(expected.items());
                            assertThat(actual.total()).as("total of %s %s %s", user.username(), scope, filter)
                                    .isEqualTo(expected.total());
                            compared += expected.items().size();
                        }
                    }
                }
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(100);
        var queue = listing.list(mediator, TaskListing.Scope.CENTRE, 0, 100, true, TaskFilter.NONE).items();
        assertThat(queue).extracting(TaskView::warning).contains(WarningColour.GREEN, WarningColour.YELLOW,
                WarningColour.RED);
        assertThat(queue).filteredOn(TaskView::overdue).extracting(TaskView::caseNumber)
                .contains(cases.get(3), cases.get(4));
    }

    @Test
    void claimHandBackReassignAndCompleteKeepTheReadModelInStep() {
        String caseNumber = process.registerFisheryDispute();
        String taskId = process.task(caseNumber, Stage.ACCEPT_CASE.id()).getId();
        assertThat(row(taskId)).containsEntry("ASSIGNEE", null).containsEntry("QUEUED_IN", "NX-LINGHU-FISHERY")
                .containsEntry("CASE_NUMBER", caseNumber);

        process.claim("linghu.mediator", taskId);
        assertThat(row(taskId)).containsEntry("ASSIGNEE", "linghu.mediator").containsEntry("QUEUED_IN", null);

        assertThat(ApiClient.as(rest, "linghu.manager").putJson("/api/tasks/" + taskId + "/assignee",
                "{\"assignee\":\"linghu.mediator2\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(row(taskId)).containsEntry("ASSIGNEE", "linghu.mediator2");

        assertThat(ApiClient.as(rest, "linghu.mediator2").postJson("/api/tasks/" + taskId + "/unclaim", "")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(row(taskId)).containsEntry("ASSIGNEE", null).containsEntry("QUEUED_IN", "NX-LINGHU-FISHERY");

        process.claim("linghu.mediator", taskId);
        process.complete("linghu.mediator", taskId, "{\"decision\":\"ACCEPT\"}");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_list WHERE task_id = ?", Integer.class, taskId))
                .isZero();
        String mediate = process.task(caseNumber, Stage.MEDIATE.id()).getId();
        assertThat(row(mediate)).containsEntry("STAGE", "mediate").containsEntry("CASE_STATUS", "IN_MEDIATION");
        assertThat(liveRows()).isEqualTo(rebuiltRows());
    }

    @Test
    void aFailureAfterTheEngineWorkInTheSameTransactionLeavesNeitherChanged() throws Exception {
        String caseNumber = process.registerFisheryDispute();
        String taskId = process.task(caseNumber, Stage.ACCEPT_CASE.id()).getId();
        Map<String, Object> queued = row(taskId);
        TaskService tasks = engine.getTaskService();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            taskWork.claim(taskId, user("linghu.mediator"));
            throw new IllegalStateException("the node fails after the engine's work");
        })).hasMessageContaining("node fails");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(row(taskId)).isEqualTo(queued);

        process.claim("linghu.mediator", taskId);
        Map<String, Object> claimed = row(taskId);
        var accept = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"decision\": \"ACCEPT\"}");
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            taskWork.complete(taskId, accept, user("linghu.mediator"));
            throw new IllegalStateException("the node fails after the engine's work");
        })).hasMessageContaining("node fails");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(process.tasks(caseNumber, Stage.MEDIATE.id())).isEmpty();
        assertThat(row(taskId)).isEqualTo(claimed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_list WHERE case_number = ?", Integer.class, caseNumber))
                .isOne();
    }

    @Test
    void aRebuiltReadModelEqualsTheLiveOne() {
        List<Map<String, Object>> live = liveRows();
        assertThat(live).hasSizeGreaterThanOrEqualTo(6);

        jdbc.update("DELETE FROM task_list");
        jdbc.update("INSERT INTO task_list (task_id, process_instance_id, stage, created_at) VALUES (?, ?, ?, ?)",
                "no-such-task", "no-such-process", "acceptCase", LocalDateTime.now(clock));
        TaskReadModel.Rebuilt rebuilt = readModel.rebuild();

        assertThat(rebuilt.removed()).isEqualTo(1);
        assertThat(liveRows()).isEqualTo(live);
    }

    @Test
    void aMediatorNeverSeesAnotherCentresTasks() {
        AppUser elsewhere = user("feiying.mediator");
        for (TaskFilter filter : List.of(TaskFilter.NONE, new TaskFilter(null, null, null, false, cases.get(0)),
                new TaskFilter(null, null, null, false, "沈建国"))) {
            assertThat(listing.list(elsewhere, TaskListing.Scope.CENTRE, 0, 100, true, filter).items())
                    .extracting(TaskView::caseNumber).doesNotContainAnyElementsOf(cases);
            assertThat(listing.list(elsewhere, TaskListing.Scope.CENTRE, 0, 100, true, filter).items())
                    .extracting(task -> task.centre().code()).doesNotContain("NX-LINGHU-FISHERY");
        }
    }

    @Test
    void theAdministratorsRebuildOverTheApiAndNoOneElseMay() {
        assertThat(ApiClient.as(rest, "linghu.manager").postJson("/api/admin/task-read-model/rebuild", "")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var answer = ApiClient.as(rest, "admin").postJson("/api/admin/task-read-model/rebuild", "");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("tasks").asInt()).isGreaterThanOrEqualTo(6);
    }

    private List<Map<String, Object>> rebuiltRows() {
        readModel.rebuild();
        return liveRows();
    }

    private List<Map<String, Object>> liveRows() {
        return jdbc.queryForList("SELECT * FROM task_list ORDER BY task_id");
    }

    private Map<String, Object> row(String taskId) {
        return new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER) {{
            putAll(jdbc.queryForMap("SELECT * FROM task_list WHERE task_id = ?", taskId));
        }};
    }

    /** A change to a case as the application makes one: its row and an event in its history, in one transaction. */
    private void changeCase(String caseNumber, String assignments, Object... values) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long id = jdbc.queryForObject("SELECT id FROM dispute_case WHERE case_number = ?", Long.class, caseNumber);
            Object[] arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(values), java.util.stream.Stream.of(id))
                    .toArray();
            jdbc.update("UPDATE dispute_case SET " + assignments + " WHERE id = ?", arguments);
            events.publishEvent(new CaseChanged(id, EventType.PARTY_DETAILS_UPDATED, null));
        });
    }

    /**
     * Marked overdue as the deadline timer marks a case, with the OVERDUE event the reports count (a flag without
     * its event would be a case no real run produces, and other tests count overdue cases).
     */
    private void markOverdue(String caseNumber, LocalDateTime since) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long id = jdbc.queryForObject("SELECT id FROM dispute_case WHERE case_number = ?", Long.class, caseNumber);
            jdbc.update("UPDATE dispute_case SET overdue_since = ? WHERE id = ?", since, id);
            jdbc.update("INSERT INTO case_event (case_id, occurred_at, actor, event_type, note) VALUES (?, ?, 'system',"
                    + " 'OVERDUE', '受理期限已过')", id, since);
            events.publishEvent(new CaseChanged(id, EventType.OVERDUE, null));
        });
    }

    private AppUser user(String username) {
        return (AppUser) users.loadUserByUsername(username);
    }
}
