package org.mediationdesk.tasks;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.mediationdesk.security.AppUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Refuses to benchmark unless generated open cases look to the task lists like real ones: a
 * generated and a real case in the same list give the same task row (but for number, dates and days left),
 * the same candidate groups, process variables and timer; and the 菱湖 mediator's two lists hold every
 * open case of the centre exactly once.
 */
final class GeneratedCaseCheck {

    private final TaskListing listing;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private final AppUser mediator;
    private final GeneratedOpenCases generated;

    GeneratedCaseCheck(ApplicationContext app, GeneratedOpenCases generated) {
        this.listing = app.getBean(TaskListing.class);
        this.taskService = app.getBean(TaskService.class);
        this.runtimeService = app.getBean(RuntimeService.class);
        this.managementService = app.getBean(ManagementService.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.mediator = (AppUser) app.getBean(UserDetailsService.class).loadUserByUsername("linghu.mediator");
        this.generated = generated;
    }

    void verify() {
        List<String> real = jdbc.queryForList("SELECT case_number FROM dispute_case WHERE status = 'AWAITING_ACCEPTANCE'"
                + " AND centre_code = 'NX-LINGHU-FISHERY' AND case_number NOT LIKE 'BENCH-%' AND case_number NOT LIKE ?"
                + " ORDER BY id DESC", String.class, generated.numberPattern());
        TaskView realRow = null;
        TaskView generatedRow = null;
        for (TaskListing.Scope scope : TaskListing.Scope.values()) {
            realRow = real.stream().map(number -> row(number, scope)).filter(Objects::nonNull).findFirst().orElse(null);
            generatedRow = IntStream.range(1, 2000).filter(i -> !GeneratedOpenCases.yellow(i))
                    .mapToObj(i -> row(generated.number(i), scope)).filter(Objects::nonNull).findFirst().orElse(null);
            if (realRow != null && generatedRow != null) {
                break;
            }
        }
        if (realRow == null || generatedRow == null || !shape(realRow).equals(shape(generatedRow))) {
            throw new IllegalStateException("generated " + generatedRow + " differs from real " + realRow);
        }
        String realProcess = processOf(realRow);
        String generatedProcess = processOf(generatedRow);
        if (!candidateGroups(realRow).equals(candidateGroups(generatedRow))
                || !runtimeService.getVariables(realProcess).keySet().equals(runtimeService.getVariables(generatedProcess).keySet())
                || timers(realProcess) != timers(generatedProcess) || timers(realProcess) != 1) {
            throw new IllegalStateException("generated case " + generatedRow.caseNumber() + "'s process differs from "
                    + realRow.caseNumber() + "'s");
        }
        long open = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE status = 'AWAITING_ACCEPTANCE'"
                + " AND centre_code = 'NX-LINGHU-FISHERY'", Long.class);
        long listed = jdbc.queryForObject("SELECT COUNT(*) FROM task_list WHERE stage = 'acceptCase'"
                + " AND (queued_in = 'NX-LINGHU-FISHERY' OR assignee = ?)", Long.class, mediator.username());
        if (listed != open) {
            throw new IllegalStateException(listed + " tasks listed for " + open + " open cases");
        }
        System.out.printf("generated %s and real %s give the same task row shape %s; the read model's two lists hold all %,d open cases%n",
                generatedRow.caseNumber(), realRow.caseNumber(), shape(realRow), open);
    }

    /** The case's row in one of the mediator's lists, or null. */
    private TaskView row(String caseNumber, TaskListing.Scope scope) {
        List<TaskView> rows = listing.list(mediator, scope, 0, 2, true,
                new TaskFilter(null, null, null, false, caseNumber)).items();
        return rows.size() == 1 ? rows.get(0) : null;
    }

    /** A row without what differs between any two cases: ids, number, dates, days left. */
    private static List<Object> shape(TaskView row) {
        return List.of(row.stage(), row.name(), row.caseStatus(), row.type().code(), row.centre().code(),
                String.valueOf(row.assignee()), row.overdue(), String.valueOf(row.warning()), String.valueOf(row.agency()),
                row.dueAt() != null, row.workingDaysLeft() != null);
    }

    private String processOf(TaskView row) {
        return taskService.createTaskQuery().taskId(row.id()).singleResult().getProcessInstanceId();
    }

    private Set<String> candidateGroups(TaskView row) {
        return taskService.getIdentityLinksForTask(row.id()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    private long timers(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().count();
    }
}
