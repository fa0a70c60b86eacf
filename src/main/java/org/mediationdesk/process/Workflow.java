package org.mediationdesk.process;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import static org.mediationdesk.process.ProcessVariables.AGENCIES;
import static org.mediationdesk.process.ProcessVariables.AGENCIES_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.AGENCY;
import static org.mediationdesk.process.ProcessVariables.CASE_ID;
import static org.mediationdesk.process.ProcessVariables.CASE_NUMBER;
import static org.mediationdesk.process.ProcessVariables.ESCALATION_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.MEDIATION_DUE;
import static org.mediationdesk.process.ProcessVariables.MEDIATOR;
import static org.mediationdesk.process.ProcessVariables.OPINIONS_DUE;
import static org.mediationdesk.process.ProcessVariables.POLICE_ALERT_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.POLICE_DESK;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_LEVEL;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_REASON;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_REASON;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_TO;

/**
 * The application's one door to the process engine: start a dispute's process, read its open tasks as
 * {@link WorkItem}s, act on them, send it the messages and move the deadline of processes/dispute-mediation.bpmn.
 * Runs in the caller's transaction; the engine's concurrency outcomes come out as
 * {@link org.mediationdesk.system.ConflictException}s ({@link EngineOutcomes}).
 */
@Component
public class Workflow {

    public static final String PROCESS_KEY = "disputeMediation";
    private static final String MEDIATION_TIMER = "mediationDeadlinePassed";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final Clock clock;

    Workflow(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
             ManagementService managementService, Clock clock) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.clock = clock;
    }

    /** Starts the case's process, its case number the business key; triage happens before this returns. */
    public String start(long caseId, String caseNumber) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber,
                Map.of(CASE_ID, caseId, CASE_NUMBER, caseNumber)).getId();
    }

    public Optional<WorkItem> openTask(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult()).map(this::item);
    }

    /** Whether a task of this id was ever open (it is done now if {@link #openTask} finds none). */
    public boolean existed(String taskId) {
        return historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    }

    /** A case's open tasks, oldest first. */
    public List<WorkItem> openTasksOf(String processInstanceId) {
        return items(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().list());
    }

    public boolean isAt(String processInstanceId, Stage stage) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(stage.id())
                .count() > 0;
    }

    /** All the tasks {@code query} selects, soonest due first. */
    public List<WorkItem> find(WorkQuery query) {
        return find(query, true, 0, Integer.MAX_VALUE);
    }

    /** The tasks {@code query} selects, soonest (or latest) due first, then oldest first, then by id; a page of them. */
    public List<WorkItem> find(WorkQuery query, boolean dueFirst, int first, int max) {
        TaskQuery tasks = taskQuery(query).orderByDueDate();
        (dueFirst ? tasks.asc() : tasks.desc()).orderByTaskCreateTime().asc().orderByTaskId().asc();
        return items(tasks.listPage(first, max));
    }

    /** The ids of open user tasks after {@code afterId} ("" for the first), in id order, at most {@code max}. */
    public List<String> openTaskIds(String afterId, int max) {
        return taskService.createNativeTaskQuery()
                .sql("SELECT * FROM " + managementService.getTableName(Task.class) + " WHERE ID_ > #{after} ORDER BY ID_")
                .parameter("after", afterId).listPage(0, max).stream().map(Task::getId).toList();
    }

    /** An open user task with its case, candidate group and agency, as the task lists keep it; empty once it is done. */
    public Optional<EngineTask> engineTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        String group = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().findFirst().orElse(null);
        Object caseId = runtimeService.getVariable(task.getProcessInstanceId(), CASE_ID);
        String agency = Stage.AGENCY_OPINION.id().equals(task.getTaskDefinitionKey())
                ? (String) taskService.getVariable(taskId, AGENCY) : null;
        return Optional.of(new EngineTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getProcessInstanceId(), caseId == null ? null : ((Number) caseId).longValue(), task.getAssignee(),
                group, toLocal(task.getCreateTime()), toLocal(task.getDueDate()), agency));
    }

    public long count(WorkQuery query) {
        return taskQuery(query).count();
    }

    /** The agency asked for an opinion by an {@link Stage#AGENCY_OPINION} task; null for other tasks. */
    public String agencyOf(WorkItem task) {
        return task.stage() == Stage.AGENCY_OPINION ? (String) taskService.getVariable(task.id(), AGENCY) : null;
    }

    /** The variables a task sees: its own and its process's. */
    public Map<String, Object> variablesOf(String taskId) {
        return EngineOutcomes.onTask(() -> taskService.getVariables(taskId));
    }

    public void claim(String taskId, String username) {
        EngineOutcomes.onClaim(run(() -> taskService.claim(taskId, username)));
    }

    /** Gives the task to {@code username}, or back to its queue when null. */
    public void assign(String taskId, String username) {
        EngineOutcomes.onTask(run(() -> taskService.setAssignee(taskId, username)));
    }

    public void complete(String taskId, Map<String, Object> variables) {
        EngineOutcomes.onTask(run(() -> taskService.complete(taskId, variables)));
    }

    /** The mediator of the case's later stages (a colleague covering for an absent one). */
    public void setMediator(String processInstanceId, String mediator) {
        runtimeService.setVariable(processInstanceId, MEDIATOR, mediator);
    }

    /** As {@link #setMediator}, only once mediation has named one: an earlier stage has none to replace. */
    public void replaceMediator(String processInstanceId, String mediator) {
        if (runtimeService.getVariable(processInstanceId, MEDIATOR) != null) {
            setMediator(processInstanceId, mediator);
        }
    }

    /** Mediation waits for these agencies' opinions until {@code due}. */
    public void requestAgencies(String processInstanceId, List<String> agencies, LocalDateTime due) {
        EngineOutcomes.onMessage(run(() -> runtimeService.createMessageCorrelation(AGENCIES_MESSAGE)
                .processInstanceId(processInstanceId)
                .setVariable(AGENCIES, new ArrayList<>(agencies))
                .setVariable(OPINIONS_DUE, toDate(due))
                .correlate()));
    }

    /** Mediation stops and the case goes to the other centre's acceptance. */
    public void requestTransfer(String processInstanceId, String centreCode, String reason) {
        EngineOutcomes.onMessage(run(() -> runtimeService.createMessageCorrelation(TRANSFER_MESSAGE)
                .processInstanceId(processInstanceId)
                .setVariable(TRANSFER_TO, centreCode)
                .setVariable(TRANSFER_REASON, reason)
                .correlate()));
    }

    /**
     * A round of 督办 starts at {@code level} (or the first level up that has a manager). A process started
     * before supervision had an answer gives its county centre's managers the one-shot task it knows.
     */
    public void requestSupervision(String processInstanceId, String level, String reason) {
        boolean answerable = runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventName(SUPERVISION_MESSAGE).count() > 0;
        EngineOutcomes.onMessage(run(() -> {
            if (!answerable) {
                runtimeService.createMessageCorrelation(ESCALATION_MESSAGE).processInstanceId(processInstanceId)
                        .correlate();
                return;
            }
            runtimeService.createMessageCorrelation(SUPERVISION_MESSAGE)
                    .processInstanceId(processInstanceId)
                    .setVariablesToTriggeredScope(Map.of(SUPERVISION_LEVEL, level, SUPERVISION_REASON, reason))
                    .correlate();
        }));
    }

    /** The police at {@code policeDesk} (a centre code) get a task to confirm they know of the case. */
    public void alertPolice(String processInstanceId, String policeDesk) {
        EngineOutcomes.onMessage(run(() -> runtimeService.createMessageCorrelation(POLICE_ALERT_MESSAGE)
                .processInstanceId(processInstanceId)
                .setVariable(POLICE_DESK, policeDesk)
                .correlate()));
    }

    /** The mediation deadline's timer stops: it fires no more until resumed. */
    public void pauseMediationDeadline(String processInstanceId) {
        mediationTimer(processInstanceId).ifPresent(job -> managementService.suspendJobById(job.getId()));
    }

    public void resumeMediationDeadline(String processInstanceId) {
        mediationTimer(processInstanceId).ifPresent(job -> managementService.activateJobById(job.getId()));
    }

    /** The timer, the mediation task's due date and the process variable all follow the new deadline. */
    public void moveMediationDeadline(String processInstanceId, LocalDateTime due) {
        Date date = toDate(due);
        mediationTimer(processInstanceId).ifPresent(job -> managementService.setJobDuedate(job.getId(), date));
        Task mediate = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(Stage.MEDIATE.id()).singleResult();
        if (mediate != null) {
            mediate.setDueDate(date);
            taskService.saveTask(mediate);
        }
        runtimeService.setVariable(processInstanceId, MEDIATION_DUE, date);
    }

    private Optional<Job> mediationTimer(String processInstanceId) {
        return Optional.ofNullable(managementService.createJobQuery()
                .processInstanceId(processInstanceId).activityId(MEDIATION_TIMER).singleResult());
    }

    private TaskQuery taskQuery(WorkQuery query) {
        TaskQuery tasks = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY);
        if (query.assignee() != null) {
            tasks.taskAssignee(query.assignee());
        }
        if (query.queues() != null) {
            tasks.taskCandidateGroupIn(query.queues()).taskUnassigned();
        }
        if (query.stage() != null) {
            tasks.taskDefinitionKey(query.stage().id());
        }
        if (query.processInstanceIds() != null) {
            tasks.processInstanceIdIn(query.processInstanceIds().toArray(String[]::new));
        }
        if (query.dueBefore() != null) {
            tasks.dueBefore(toDate(query.dueBefore()));
        }
        return tasks;
    }

    private List<WorkItem> items(List<Task> tasks) {
        return tasks.stream().map(this::item).toList();
    }

    private WorkItem item(Task task) {
        return new WorkItem(task.getId(), Stage.of(task.getTaskDefinitionKey()), task.getName(),
                task.getProcessInstanceId(), task.getAssignee(), toLocal(task.getCreateTime()), toLocal(task.getDueDate()));
    }

    private static Supplier<Void> run(Runnable call) {
        return () -> {
            call.run();
            return null;
        };
    }

    /** The engine's dates are instants; a business time is one in the business's zone (the clock's). */
    private Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    private LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
    }
}
