package org.mediationdesk.tasks;

import java.time.LocalDateTime;

import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.routing.WarningColour;

/** A row of a task list; {@code workingDaysLeft} until it is due, negative when past it, null without a due date. */
public record TaskView(String id, String stage, String name, String caseNumber, CaseStatus caseStatus,
                       CaseView.Named type, CaseView.Named centre, String assignee, LocalDateTime createdAt,
                       LocalDateTime dueAt, boolean overdue, WarningColour warning, String agency,
                       Integer workingDaysLeft) {
}
