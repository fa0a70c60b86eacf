package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.security.AppUser;
import org.springframework.stereotype.Service;

/** The open tasks of one case, and whether a user may work each (their role and centre); for the case page. */
@Service
public class OpenTasks {

    private final Workflow workflow;
    private final CaseAccess caseAccess;

    OpenTasks(Workflow workflow, CaseAccess caseAccess) {
        this.workflow = workflow;
        this.caseAccess = caseAccess;
    }

    public List<OpenTask> ofCase(CaseRef ref, AppUser user) {
        if (ref.processInstanceId() == null) {
            return List.of();
        }
        return workflow.openTasksOf(ref.processInstanceId()).stream().map(task -> {
            String agency = workflow.agencyOf(task);
            return new OpenTask(task.id(), task.stage().id(), task.name(), task.assignee(), task.dueAt(), agency,
                    caseAccess.mayWork(ref, task.stage(), agency, user) && task.stage().mayBeDoneBy(user));
        }).toList();
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
