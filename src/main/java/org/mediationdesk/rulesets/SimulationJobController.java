package org.mediationdesk.rulesets;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mediationdesk.security.AppUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What-if simulations of a version as jobs: start, follow, read the report or its workbook, cancel. */
@RestController
@RequestMapping("/api/rulesets/versions/{id}/simulations")
@Tag(name = "规则集 Rule sets", description = "RULE_AUTHOR and ADMIN only; everyone else gets 403")
class SimulationJobController {

    private final SimulationJobs jobs;

    SimulationJobController(SimulationJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    @Operation(summary = "Start a what-if simulation on the cases registered in a period (at the centres the caller "
            + "may simulate on); it runs as a job on this node")
    @ApiResponse(responseCode = "202", description = "the job, RUNNING, with a Location header to poll")
    @ApiResponse(responseCode = "400", description = "bad period (at most 366 days, 20,000 cases), or the version does not compile")
    @ApiResponse(responseCode = "409", description = "the caller runs a draft already; `running` says where, if a simulation")
    @ApiResponse(responseCode = "429", description = "this node runs as many drafts as it may at once")
    ResponseEntity<SimulationJob> start(@PathVariable long id, @Valid @RequestBody RuleSetRequests.Period period,
                                        @AuthenticationPrincipal AppUser user) {
        SimulationJob job = jobs.start(id, period.from(), period.to(), user, LocaleContextHolder.getLocale());
        return ResponseEntity.accepted().location(URI.create(SimulationJob.location(id, job.id()))).body(job);
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "A simulation job: RUNNING, DONE, CANCELLED or FAILED, and the cases done of the total")
    @ApiResponse(responseCode = "403", description = "someone else started it")
    @ApiResponse(responseCode = "404", description = "no such job of this version (finished jobs are kept for a day)")
    SimulationJob get(@PathVariable long id, @PathVariable String jobId, @AuthenticationPrincipal AppUser user) {
        return jobs.get(id, jobId, user);
    }

    @GetMapping("/{jobId}/report")
    @Operation(summary = "The report of a DONE job: the same as GET …/simulation answers")
    @ApiResponse(responseCode = "409", description = "the job is not DONE")
    SimulationReport report(@PathVariable long id, @PathVariable String jobId,
                            @RequestParam(defaultValue = "50") @Min(0) @Max(1000) int sample,
                            @AuthenticationPrincipal AppUser user) {
        return jobs.report(id, jobId, user).sample(sample);
    }

    @GetMapping("/{jobId}/report.xlsx")
    @Operation(summary = "The report of a DONE job as an Excel workbook: a summary and every changed case")
    @ApiResponse(responseCode = "409", description = "the job is not DONE")
    void workbook(@PathVariable long id, @PathVariable String jobId, @AuthenticationPrincipal AppUser user,
                  HttpServletResponse response) throws IOException {
        SimulationReport report = jobs.report(id, jobId, user);
        SimulationWorkbook.send(report, report.from(), report.to(), response);
    }

    @DeleteMapping("/{jobId}")
    @Operation(summary = "Cancel a running job: it stops before its next case and ends CANCELLED")
    @ApiResponse(responseCode = "202", description = "the job, with cancelRequested")
    @ApiResponse(responseCode = "409", description = "the job has ended already")
    ResponseEntity<SimulationJob> cancel(@PathVariable long id, @PathVariable String jobId,
                                         @AuthenticationPrincipal AppUser user) {
        return ResponseEntity.accepted().body(jobs.cancel(id, jobId, user));
    }
}
