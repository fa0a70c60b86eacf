package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.routing.WarningColour;

/**
 * A row of a task list; {@code workingDaysLeft} until it is due (the working calendar's days), negative when
 * past it, null without a due date. {@code assignee} is the login, {@code assigneeName} the person's name;
 * the case's parties by name, its risk level and flags as codes, and when it was registered.
 */
public record TaskView(String id, String stage, String name, String caseNumber, CaseStatus caseStatus,
                       CaseView.Named type, CaseView.Named centre, String assignee, LocalDateTime createdAt,
                       LocalDateTime dueAt, boolean overdue, WarningColour warning, String agency,
                       Integer workingDaysLeft, String assigneeName, List<String> applicants,
                       List<String> respondents, String riskLevel, List<String> riskFlags,
                       LocalDateTime registeredAt) {
}
