package org.mediationdesk.tasks;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators rebuild the task lists' read model from the engine: {@code POST /api/admin/task-read-model/rebuild}
 * (the security configuration admits administrators only to {@code /api/admin/**}). Answers when done, with
 * what it wrote; the application keeps working meanwhile.
 */
@RestController
class TaskReadModelController {

    private final TaskReadModel readModel;

    TaskReadModelController(TaskReadModel readModel) {
        this.readModel = readModel;
    }

    @PostMapping("/api/admin/task-read-model/rebuild")
    TaskReadModel.Rebuilt rebuild() {
        return readModel.rebuild();
    }
}
