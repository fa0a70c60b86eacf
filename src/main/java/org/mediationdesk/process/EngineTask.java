package org.mediationdesk.process;

import java.time.LocalDateTime;

/**
 * An open user task as the engine holds it, with what a task list needs beside it: its case's id (the
 * process variable), its one candidate group and, for an agency opinion, the agency asked.
 */
public record EngineTask(String id, String stage, String name, String processInstanceId, Long caseId,
                         String assignee, String candidateGroup, LocalDateTime createdAt, LocalDateTime dueAt,
                         String agency) {
}
