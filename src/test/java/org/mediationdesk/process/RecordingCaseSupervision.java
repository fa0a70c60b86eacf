package org.mediationdesk.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import static org.mediationdesk.process.ProcessVariables.ANSWER_DUE;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_ID;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_LEVEL;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_REASON;
import static org.mediationdesk.process.ProcessVariables.SUPERVISORS;

/**
 * Stands in for the {@code caseSupervision} bean (org.mediationdesk.cases.CaseSupervision) in the process
 * tests: no database; each level's supervisors are the group {@link #groupAt} names, and it sets the same
 * variables of the round's scope the real bean sets. Public with public methods, for the expression language.
 */
public class RecordingCaseSupervision {

    static final List<String> LEVELS = List.of("CENTRE", "COUNTY", "CITY", "ADMINISTRATION");

    /** The candidate group of each level's supervisors. */
    final Map<String, String> groupAt;
    /** One entry per round opened: "level/reason". */
    public final List<String> opened = new ArrayList<>();
    /** The ids of the rounds whose answer came too late. */
    public final List<Long> lapsed = new ArrayList<>();
    private long nextId = 1;

    RecordingCaseSupervision(Map<String, String> groupAt) {
        this.groupAt = groupAt;
    }

    /** As the real bean does: the round starts in its own scope through the process's message. */
    public void request(DelegateExecution execution, String reason) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(SUPERVISION_MESSAGE)
                .processInstanceId(execution.getProcessInstanceId())
                .setVariablesToTriggeredScope(Map.of(SUPERVISION_LEVEL, "CENTRE", SUPERVISION_REASON, reason))
                .correlate();
    }

    public void open(DelegateExecution execution) {
        String level = (String) execution.getVariableLocal(SUPERVISION_LEVEL);
        opened.add(level + "/" + execution.getVariableLocal(SUPERVISION_REASON));
        execution.setVariableLocal(SUPERVISION_ID, nextId++);
        execution.setVariableLocal(SUPERVISORS, groupAt.get(level));
        execution.setVariableLocal(ANSWER_DUE, null);
    }

    public void answerOverdue(DelegateExecution execution) {
        lapsed.add((Long) execution.getVariableLocal(SUPERVISION_ID));
        int next = LEVELS.indexOf((String) execution.getVariableLocal(SUPERVISION_LEVEL)) + 1;
        execution.setVariableLocal(SUPERVISION_LEVEL, next < LEVELS.size() ? LEVELS.get(next) : null);
        execution.setVariableLocal(SUPERVISION_REASON, "ANSWER_OVERDUE");
    }
}
