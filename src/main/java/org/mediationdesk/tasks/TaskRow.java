package org.mediationdesk.tasks;

import java.time.LocalDateTime;

import org.mediationdesk.cases.CaseStatus;

/** A row of {@code task_list}, as a list page reads it. */
record TaskRow(String taskId, String stage, String name, String assignee, LocalDateTime createdAt,
               LocalDateTime dueAt, String agency, String caseNumber, CaseStatus caseStatus, String disputeType,
               String centreCode, LocalDateTime overdueAt, boolean clockRunning, LocalDateTime yellowAt,
               LocalDateTime redAt, String applicants, String respondents, String riskLevel, String riskFlags,
               LocalDateTime registeredAt) {
}
