package org.mediationdesk.process;

import java.time.LocalDateTime;

/** An open user task of the dispute process, as the rest of the application sees it. */
public record WorkItem(String id, Stage stage, String name, String processInstanceId, String assignee,
                       LocalDateTime createdAt, LocalDateTime dueAt) {

    public boolean heldBy(String username) {
        return username.equals(assignee);
    }
}
