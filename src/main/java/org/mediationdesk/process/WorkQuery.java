package org.mediationdesk.process;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Which open tasks of the dispute process to list: held by {@code assignee}, or unclaimed in one of
 * {@code queues} (candidate groups); optionally of one stage, of some cases' processes, due before a time.
 * Null or empty criteria do not filter.
 */
public record WorkQuery(String assignee, List<String> queues, Stage stage, Collection<String> processInstanceIds,
                        LocalDateTime dueBefore) {

    public static WorkQuery heldBy(String assignee) {
        return new WorkQuery(assignee, null, null, null, null);
    }

    public static WorkQuery unclaimedIn(List<String> queues) {
        return new WorkQuery(null, queues, null, null, null);
    }

    public static WorkQuery ofProcesses(Collection<String> processInstanceIds) {
        return new WorkQuery(null, null, null, processInstanceIds, null);
    }

    public WorkQuery atStage(Stage stage) {
        return new WorkQuery(assignee, queues, stage, processInstanceIds, dueBefore);
    }

    public WorkQuery ofCases(Collection<String> processInstanceIds) {
        return new WorkQuery(assignee, queues, stage, processInstanceIds, dueBefore);
    }

    public WorkQuery dueBefore(LocalDateTime time) {
        return new WorkQuery(assignee, queues, stage, processInstanceIds, time);
    }
}
