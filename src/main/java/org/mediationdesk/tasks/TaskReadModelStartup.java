package org.mediationdesk.tasks;

import org.mediationdesk.process.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, fills the task lists' read model from the engine when it is empty but tasks are open (the
 * first start of a version with the read model), or rebuilds it anyway with
 * {@code --mediationdesk.tasks.read-model.rebuild-on-start=ALWAYS} (NEVER: leave it).
 */
@Component
class TaskReadModelStartup implements ApplicationRunner {

    enum When { IF_EMPTY, ALWAYS, NEVER }

    private static final Logger log = LoggerFactory.getLogger(TaskReadModelStartup.class);

    private final TaskReadModel readModel;
    private final Workflow workflow;
    private final When when;

    TaskReadModelStartup(TaskReadModel readModel, Workflow workflow,
                         @Value("${mediationdesk.tasks.read-model.rebuild-on-start:IF_EMPTY}") When when) {
        this.readModel = readModel;
        this.workflow = workflow;
        this.when = when;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean due = switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case IF_EMPTY -> readModel.isEmpty() && !workflow.openTaskIds("", 1).isEmpty();
        };
        if (due) {
            log.info("Task read model rebuilt from the engine at start-up: {}", readModel.rebuild());
        }
    }
}
