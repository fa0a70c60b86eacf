package org.mediationdesk.process;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import static org.mediationdesk.process.ProcessVariables.ACCEPTANCE_DUE;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.EXCLUDED_CENTRES;
import static org.mediationdesk.process.ProcessVariables.MEDIATION_DUE;
import static org.mediationdesk.process.ProcessVariables.RETURN_COUNT;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_REASON;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_TO;

/**
 * Stands in for the {@code caseStages} bean (org.mediationdesk.cases.CaseStages) in the process tests:
 * no database, it records what the process asked of it and sets the same process variables the real
 * bean sets. Public with public methods, so the expression language can call it.
 */
public class RecordingCaseStages {

    /** How far ahead the stand-in puts its deadlines; the tests fire the timers themselves. */
    static final Duration ACCEPTANCE_PERIOD = Duration.ofDays(3);
    static final Duration MEDIATION_PERIOD = Duration.ofDays(30);

    /** Every status the case was moved to, in order (as CaseStatus names). */
    public final List<String> statuses = new ArrayList<>();
    /** The centre each acceptance clock was started for, in order. */
    public final List<String> acceptanceCentres = new ArrayList<>();
    /** One entry per overdue mark: which deadline passed (ACCEPTANCE or MEDIATION), as the BPMN says. */
    public final List<String> overdueMarks = new ArrayList<>();
    /** Each transfer, as "from->to". */
    public final List<String> transfers = new ArrayList<>();
    /** The closure type of each close. */
    public final List<String> closures = new ArrayList<>();
    public int missingOpinionsRecorded;
    /** How often the history was told that nobody applied for judicial confirmation in time. */
    public int confirmationLapses;
    /** How often the mediator was reminded to ask the court for its ruling. */
    public int rulingReminders;

    /** Tasks after mediation are due a day on, so the tests can see each has a due date. */
    public Date taskDue(String taskId) {
        return Date.from(Instant.now().plus(Duration.ofDays(1)));
    }

    public void awaitAcceptance(DelegateExecution execution) {
        String centreCode = (String) execution.getVariable(CENTRE_CODE);
        acceptanceCentres.add(centreCode);
        execution.setVariable(ACCEPTANCE_DUE, fromNow(ACCEPTANCE_PERIOD));
        statuses.add("AWAITING_ACCEPTANCE");
    }

    public void awaitManualTriage(DelegateExecution execution) {
        enter(execution, "AWAITING_MANUAL_TRIAGE");
    }

    public void startMediation(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.ASSIGNED_MEDIATOR, null);
        execution.setVariable(MEDIATION_DUE, fromNow(MEDIATION_PERIOD));
        execution.setVariable(RETURN_COUNT, 0);
        execution.removeVariable(EXCLUDED_CENTRES);
        statuses.add("IN_MEDIATION");
    }

    public void enter(DelegateExecution execution, String status) {
        statuses.add(status);
    }

    public void transfer(DelegateExecution execution) {
        String to = (String) execution.getVariable(TRANSFER_TO);
        transfers.add(execution.getVariable(CENTRE_CODE) + "->" + to);
        execution.setVariable(CENTRE_CODE, to);
        execution.removeVariable(TRANSFER_TO);
        execution.removeVariable(TRANSFER_REASON);
    }

    public void markOverdue(DelegateExecution execution, String deadline) {
        overdueMarks.add(deadline);
    }

    public void recordMissingOpinions(DelegateExecution execution) {
        missingOpinionsRecorded++;
    }

    public void confirmationLapsed(DelegateExecution execution) {
        confirmationLapses++;
    }

    public void remindOfRuling(DelegateExecution execution) {
        rulingReminders++;
    }

    public void close(DelegateExecution execution, String closureType) {
        closures.add(closureType);
        statuses.add("CLOSED");
    }

    public String lastStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    private static Date fromNow(Duration period) {
        return Date.from(Instant.now().plus(period).truncatedTo(ChronoUnit.SECONDS));
    }
}
