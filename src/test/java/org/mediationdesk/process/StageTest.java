package org.mediationdesk.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Stage enum and the BPMN files name the same user tasks. */
class StageTest {

    @Test
    void everyUserTaskOfTheProcessesHasAStageAndEveryCurrentStageIsAUserTask() throws IOException {
        List<String> userTasks = userTaskIds();

        assertThat(userTasks).isNotEmpty().doesNotHaveDuplicates();
        assertThat(Arrays.stream(Stage.values()).filter(stage -> !stage.retired()).map(Stage::id))
                .containsExactlyInAnyOrderElementsOf(userTasks);
    }

    @Test
    void stageIsFoundByItsTaskIdAndAnUnknownIdIsRefused() {
        assertThat(Stage.of("mediate")).isEqualTo(Stage.MEDIATE);
        assertThat(Stage.byId("task_1")).isEmpty();
    }

    private static List<String> userTaskIds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn"))
                    .flatMap(file -> Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)
                            .stream().map(UserTask::getId))
                    .toList();
        }
    }
}
