package org.mediationdesk.tasks;

import org.mediationdesk.system.NotFoundException;

/** No task ever had this id. */
public class TaskNotFoundException extends NotFoundException {

    TaskNotFoundException(String taskId) {
        super("task.notFound", "No task " + taskId);
    }
}
