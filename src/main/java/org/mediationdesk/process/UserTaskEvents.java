package org.mediationdesk.process;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task listener on every user task of every deployed process (added while the BPMN is parsed), for
 * creation, assignment, updates, completion and deletion, that tells the {@link UserTaskObserver}s.
 * The observers are looked up when a task changes, not when the engine is built, as they need the engine.
 */
@Component
class UserTaskEvents extends AbstractProcessEnginePlugin {

    private static final List<String> CHANGES = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE);
    private static final List<String> ENDS = List.of(TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<UserTaskObserver> observers;
    private final Clock clock;

    UserTaskEvents(ObjectProvider<UserTaskObserver> observers, Clock clock) {
        this.observers = observers;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                TaskListener listener = UserTaskEvents.this::notify;
                CHANGES.forEach(event -> definition.addBuiltInTaskListener(event, listener));
                ENDS.forEach(event -> definition.addBuiltInTaskListener(event, listener));
            }
        });
    }

    private void notify(DelegateTask task) {
        if (ENDS.contains(task.getEventName())) {
            observers.orderedStream().forEach(observer -> observer.taskEnded(task.getId()));
        } else {
            EngineTask changed = of(task);
            observers.orderedStream().forEach(observer -> observer.taskChanged(changed));
            if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && changed.assignee() != null) {
                String actor = Context.getCommandContext().getAuthenticatedUserId();
                observers.orderedStream().forEach(observer -> observer.taskAssigned(changed, actor));
            }
        }
    }

    private EngineTask of(DelegateTask task) {
        String group = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).sorted().findFirst().orElse(null);
        Object caseId = task.getVariable(ProcessVariables.CASE_ID);
        String agency = Stage.AGENCY_OPINION.id().equals(task.getTaskDefinitionKey())
                ? (String) task.getVariable(ProcessVariables.AGENCY) : null;
        return new EngineTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
                caseId == null ? null : ((Number) caseId).longValue(), task.getAssignee(), group,
                local(task.getCreateTime()), local(task.getDueDate()), agency);
    }

    private LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
    }
}
