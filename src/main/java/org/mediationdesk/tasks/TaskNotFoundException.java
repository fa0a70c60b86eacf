package org.mediationdesk.tasks;

/** No task ever had this id. */
public class TaskNotFoundException extends RuntimeException {

    TaskNotFoundException(String taskId) {
        super("No task " + taskId);
    }
}
