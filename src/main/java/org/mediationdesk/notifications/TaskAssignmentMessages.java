package org.mediationdesk.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.cases.CaseMessaging;
import org.mediationdesk.process.EngineTask;
import org.mediationdesk.process.UserTaskObserver;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a member of staff that a task of a case is now theirs, in the engine's transaction that gave it to them:
 * given by the assignment rules, a manager, a stand-in during leave or the engine. Taking a task oneself says
 * nothing; tasks waiting in a centre's queue are seen on the task list, not sent to everyone who could take them.
 */
@Component
class TaskAssignmentMessages implements UserTaskObserver {

    private final CaseMessaging cases;
    private final Outbox outbox;
    private final MessageSource messages;

    TaskAssignmentMessages(CaseMessaging cases, Outbox outbox, MessageSource messages) {
        this.cases = cases;
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public void taskChanged(EngineTask task) {
    }

    @Override
    public void taskAssigned(EngineTask task, String actor) {
        if (task.caseId() == null || task.assignee().equals(actor)) {
            return;
        }
        cases.messageCase(task.caseId()).ifPresent(c -> {
            Map<String, String> params = new HashMap<>(Map.of("caseNumber", c.caseNumber(), "centre", c.centreName()));
            params.put("stage", messages.getMessage("stage." + task.stage(), null, task.name(), Locale.SIMPLIFIED_CHINESE));
            outbox.toStaff(c, task.assignee(), MessageKind.TASK_ASSIGNED, params);
        });
    }

    @Override
    public void taskEnded(String taskId) {
    }
}
