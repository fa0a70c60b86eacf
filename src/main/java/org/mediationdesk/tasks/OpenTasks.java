package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.springframework.stereotype.Service;

/** The open tasks of one case, and whether a user may work each (their role and centre); for the case page. */
@Service
public class OpenTasks {

    private final TaskService taskService;
    private final CentreScope centreScope;

    OpenTasks(TaskService taskService, CentreScope centreScope) {
        this.taskService = taskService;
        this.centreScope = centreScope;
    }

    public List<OpenTask> ofCase(CaseRef ref, AppUser user) {
        if (ref.processInstanceId() == null) {
            return List.of();
        }
        boolean ofUsersCentres = centreScope.canSee(user, ref.centreCode());
        return taskService.createTaskQuery().processInstanceId(ref.processInstanceId())
                .orderByTaskCreateTime().asc().list().stream()
                .map(task -> new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                        toLocal(task.getDueDate()),
                        "agencyOpinion".equals(task.getTaskDefinitionKey())
                                ? (String) taskService.getVariable(task.getId(), ProcessVariables.AGENCY) : null,
                        ofUsersCentres && StageRoles.mayWork(user, task.getTaskDefinitionKey())))
                .toList();
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    /**
     * A task of the case; {@code mayWork}: the user's role and centre allow them to claim and
     * complete it (the service checks again when they do).
     */
    public record OpenTask(String id, String stage, String name, String assignee, LocalDateTime dueAt, String agency,
                           boolean mayWork) {

        public boolean heldBy(AppUser user) {
            return user.username().equals(assignee);
        }
    }
}
