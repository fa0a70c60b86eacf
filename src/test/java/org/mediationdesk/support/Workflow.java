package org.mediationdesk.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives a dispute through its stages over the HTTP API as the demo users would; reads the engine to find tasks. */
public final class Workflow {

    private final TestRestTemplate rest;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    public Workflow(TestRestTemplate rest, ProcessEngine engine) {
        this.rest = rest;
        this.taskService = engine.getTaskService();
        this.managementService = engine.getManagementService();
        this.runtimeService = engine.getRuntimeService();
    }

    public String registerFisheryDispute() {
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    public Task task(String caseNumber, String stage) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(stage).list();
        assertThat(tasks).as("open %s tasks of %s", stage, caseNumber).hasSize(1);
        return tasks.get(0);
    }

    public List<Task> tasks(String caseNumber, String stage) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(stage).list();
    }

    public List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    public boolean isEnded(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() == 0;
    }

    public ResponseEntity<JsonNode> claim(String user, String taskId) {
        return ApiClient.as(rest, user).postJson("/api/tasks/" + taskId + "/claim", "");
    }

    public ResponseEntity<JsonNode> complete(String user, String taskId, String json) {
        return ApiClient.as(rest, user).postJson("/api/tasks/" + taskId + "/complete", json);
    }

    /** Claims the stage's task and completes it with {@code json}, expecting both to succeed. */
    public void work(String user, String caseNumber, String stage, String json) {
        String taskId = task(caseNumber, stage).getId();
        assertThat(claim(user, taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var completed = complete(user, taskId, json);
        assertThat(completed.getStatusCode()).as("completing %s: %s", stage, completed.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /**
     * Asks the agencies the routing rules require of the case that were not asked yet, answers for each
     * (联合调解), then concludes mediation with {@code json}: an agreed or failed mediation needs them heard.
     */
    public void concludeMediation(String user, String caseNumber, String json) {
        List<String> notAsked = new ArrayList<>();
        caseAs(user, caseNumber).get("requiredAgencies").forEach(required -> {
            if ("NOT_ASKED".equals(required.get("state").asText())) {
                notAsked.add("\"" + required.at("/agency/code").asText() + "\"");
            }
        });
        if (!notAsked.isEmpty()) {
            var asked = ApiClient.as(rest, user).postJson("/api/cases/" + caseNumber + "/agencies",
                    "{\"agencies\": [" + String.join(", ", notAsked) + "]}");
            assertThat(asked.getStatusCode()).as("asking the agencies: %s", asked.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        }
        for (Task opinion : tasks(caseNumber, "agencyOpinion")) {
            assertThat(claim(user, opinion.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(complete(user, opinion.getId(), "{\"opinion\": \"同意调解方案\"}").getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        work(user, caseNumber, "mediate", json);
    }

    /** Fires a timer now, as the job executor would when it falls due. */
    public void fireTimer(String caseNumber, String activityId) {
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .singleResult();
        assertThat(job).as("timer %s of %s", activityId, caseNumber).isNotNull();
        managementService.executeJob(job.getId());
    }

    public JsonNode caseAs(String user, String caseNumber) {
        return ApiClient.as(rest, user).get("/api/cases/" + caseNumber).getBody();
    }
}
