package org.mediationdesk.partners;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.process.Stage;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.tasks.OpenTasks;
import org.mediationdesk.tasks.TaskWork;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A police contact acknowledges an alert to their desk (确认知悉): the case's acknowledgeAlert task is claimed
 * and completed in their name, so the history shows who and when. Another desk's alert answers 403, an alert
 * already acknowledged 409.
 */
@Service
class PoliceNotices {

    private final CaseAccess access;
    private final OpenTasks openTasks;
    private final TaskWork taskWork;
    private final ObjectMapper json;

    PoliceNotices(CaseAccess access, OpenTasks openTasks, TaskWork taskWork, ObjectMapper json) {
        this.access = access;
        this.openTasks = openTasks;
        this.taskWork = taskWork;
        this.json = json;
    }

    void acknowledge(String caseNumber, String note, AppUser user) {
        CaseRef ref = access.visibleCase(caseNumber, user);
        OpenTasks.OpenTask task = openTasks.ofCase(ref, user).stream()
                .filter(open -> Stage.ACKNOWLEDGE_ALERT.id().equals(open.stage())).findFirst()
                .orElseThrow(() -> new ConflictException("police.notice.notOpen", caseNumber));
        if (!task.mayWork()) {
            throw new AccessDeniedException("Case " + caseNumber + " was not reported to the user's police desk");
        }
        ObjectNode data = json.createObjectNode();
        if (note != null && !note.isBlank()) {
            data.put("note", note.strip());
        }
        if (!task.heldBy(user)) {
            taskWork.claim(task.id(), user);
        }
        taskWork.complete(task.id(), data, user);
    }
}
