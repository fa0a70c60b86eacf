package org.mediationdesk.process;

/**
 * Told of every change to a user task, by the engine's task listener ({@link UserTaskEvents}), inside the
 * engine's command and so in its transaction: whatever the observer writes commits or rolls back with it.
 */
public interface UserTaskObserver {

    /** A task was created, claimed, handed on, or its due date or name changed. */
    void taskChanged(EngineTask task);

    /** A task was given to {@code task.assignee()} by {@code actor} (null: the engine itself, e.g. a timer). */
    default void taskAssigned(EngineTask task, String actor) {
    }

    /** A task was completed or deleted (its process ended, moved on, or was cancelled). */
    void taskEnded(String taskId);
}
