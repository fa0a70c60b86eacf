package org.mediationdesk.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts a dispute's process; the case number is the business key. */
@Component
public class DisputeProcess {

    public static final String PROCESS_KEY = "disputeMediation";

    private final RuntimeService runtimeService;

    DisputeProcess(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Runs in the caller's transaction: triage happens before this returns. */
    public String start(long caseId, String caseNumber) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber,
                        Map.of(ProcessVariables.CASE_ID, caseId, ProcessVariables.CASE_NUMBER, caseNumber))
                .getId();
    }
}
