package org.mediationdesk.rulesets;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mediationdesk.routing.scenarios.ScenarioResult;
import org.mediationdesk.security.AppUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rule set versions for rule authors and administrators: drafts, checks, diff, publish, roll back. */
@RestController
@RequestMapping("/api/rulesets")
@Tag(name = "规则集 Rule sets", description = "RULE_AUTHOR and ADMIN only; everyone else gets 403")
class RuleSetController {

    private final RuleSetVersions versions;
    private final RuleSetChecks checks;
    private final RuleSetPublishing publishing;
    private final RuleSetActivation activation;
    private final RuleSimulation simulation;
    private final SimulationAccessRecords accessRecords;
    private final SimulationScope scope;
    private final DraftRuns draftRuns;

    RuleSetController(RuleSetVersions versions, RuleSetChecks checks, RuleSetPublishing publishing,
                      RuleSetActivation activation, RuleSimulation simulation, SimulationScope scope,
                      DraftRuns draftRuns, SimulationAccessRecords accessRecords) {
        this.accessRecords = accessRecords;
        this.simulation = simulation;
        this.scope = scope;
        this.draftRuns = draftRuns;
        this.versions = versions;
        this.checks = checks;
        this.publishing = publishing;
        this.activation = activation;
    }

    @GetMapping("/versions")
    @Operation(summary = "All versions, newest first")
    List<RuleSetVersion> list() {
        return versions.list();
    }

    @GetMapping("/active")
    @Operation(summary = "The version this node decides with now")
    RuleSetActivation.Running active() {
        return activation.running();
    }

    @PostMapping("/versions")
    @Operation(summary = "Create a draft copied from a version (the published one by default)")
    @ApiResponse(responseCode = "201", description = "the draft, with a Location header")
    ResponseEntity<RuleSetViews.VersionDetail> create(@Valid @RequestBody RuleSetRequests.NewDraft request,
                                                      @AuthenticationPrincipal AppUser user) {
        RuleSetVersion draft = versions.createDraft(request.basedOn(), user.username(), request.comment().strip());
        return ResponseEntity.created(URI.create("/api/rulesets/versions/" + draft.id())).body(detail(draft));
    }

    @GetMapping("/versions/{id}")
    @Operation(summary = "A version with its files and audit trail")
    @ApiResponse(responseCode = "404", description = "no such version")
    RuleSetViews.VersionDetail get(@PathVariable long id) {
        return detail(versions.get(id));
    }

    @PutMapping("/versions/{id}/files")
    @Operation(summary = "Create or replace a file of a draft (withdraws its submission)")
    @ApiResponse(responseCode = "409", description = "the version is not a draft")
    RuleSetViews.VersionDetail saveFile(@PathVariable long id, @Valid @RequestBody RuleSetRequests.FileContent request,
                                        @AuthenticationPrincipal AppUser user) {
        return detail(versions.saveFile(id, request.path(), request.content(), user.username()));
    }

    @DeleteMapping("/versions/{id}/files")
    @Operation(summary = "Remove a file from a draft")
    RuleSetViews.VersionDetail deleteFile(@PathVariable long id, @RequestParam String path,
                                          @AuthenticationPrincipal AppUser user) {
        return detail(versions.deleteFile(id, path, user.username()));
    }

    @GetMapping("/diff")
    @Operation(summary = "What changed from one version to another: a unified diff per changed file")
    RuleSetViews.Diff diff(@RequestParam long from, @RequestParam long to) {
        RuleSetVersion before = versions.get(from);
        RuleSetVersion after = versions.get(to);
        return new RuleSetViews.Diff(before.label(), after.label(),
                RuleSetDiff.between(before.label(), versions.files(from), after.label(), versions.files(to)));
    }

    @PostMapping("/versions/{id}/validation")
    @Operation(summary = "Compile the version: each error with file and line (unknown fact fields included)")
    RuleSetViews.Validation validate(@PathVariable long id) {
        List<RuleProblem> problems = checks.compileProblems(id, versions.files(versions.get(id).id()));
        return new RuleSetViews.Validation(id, problems.isEmpty(), problems);
    }

    @PostMapping("/versions/{id}/scenario-runs")
    @Operation(summary = "Run every scenario table of the version (rules/scenarios/*.csv) on its rules")
    @ApiResponse(responseCode = "400", description = "the version does not compile; errors name file and line")
    @ApiResponse(responseCode = "409", description = "the caller runs a draft already (scenarios or a simulation)")
    @ApiResponse(responseCode = "429", description = "this node runs as many drafts as it may at once")
    RuleSetViews.ScenarioRun runScenarios(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        SortedMap<String, String> files = versions.files(versions.get(id).id());
        List<ScenarioResult> results;
        try (var run = draftRuns.start(user.username())) {
            results = checks.scenarios(checks.compile(id, files), files);
        }
        int failed = (int) results.stream().filter(result -> !result.passed()).count();
        return new RuleSetViews.ScenarioRun(id, results.size() - failed, failed,
                results.stream().map(RuleSetViews.ScenarioRow::of).toList());
    }

    @GetMapping("/versions/{id}/simulation")
    @Operation(summary = "What-if: how the version would decide the cases registered in a period (at the centres "
            + "the caller may simulate on), against the published rules; changes nothing")
    @ApiResponse(responseCode = "400", description = "bad period (at most 366 days, 20,000 cases), or the version does not compile")
    @ApiResponse(responseCode = "409", description = "the caller runs a draft already (scenarios or a simulation)")
    @ApiResponse(responseCode = "429", description = "this node runs as many drafts as it may at once")
    SimulationReport simulate(@PathVariable long id,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(defaultValue = "50") @Min(0) @Max(1000) int sample,
                              @AuthenticationPrincipal AppUser user) {
        try (var run = draftRuns.start(user.username())) {
            return recorded(simulation.simulate(id, from, to, scope.of(user)), id, user).sample(sample);
        }
    }

    @GetMapping("/versions/{id}/simulation.xlsx")
    @Operation(summary = "The full what-if simulation as an Excel workbook: a summary and every changed case")
    void simulationWorkbook(@PathVariable long id,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @AuthenticationPrincipal AppUser user, HttpServletResponse response) throws IOException {
        SimulationReport report;
        try (var run = draftRuns.start(user.username())) {
            report = recorded(simulation.simulate(id, from, to, scope.of(user)), id, user);
        }
        SimulationWorkbook.send(report, from, to, response);
    }

    @PostMapping("/versions/{id}/submission")
    @Operation(summary = "Submit a draft for approval")
    @ApiResponse(responseCode = "400", description = "it does not compile or breaks the rule policy; errors name file and line")
    RuleSetViews.VersionDetail submit(@PathVariable long id, @Valid @RequestBody RuleSetRequests.Comment request,
                                      @AuthenticationPrincipal AppUser user) {
        return detail(publishing.submit(id, user.username(), request.comment().strip()));
    }

    @PostMapping("/versions/{id}/approval")
    @Operation(summary = "Approve and publish a submitted draft (four eyes: not by anyone who prepared it)")
    @ApiResponse(responseCode = "400", description = "it does not compile or a scenario fails; errors name file and line")
    @ApiResponse(responseCode = "403", description = "the approver created, edited or submitted it")
    @ApiResponse(responseCode = "409", description = "not a submitted draft, or changed while being checked")
    RuleSetViews.VersionDetail approve(@PathVariable long id, @Valid @RequestBody RuleSetRequests.Comment request,
                                       @AuthenticationPrincipal AppUser user) {
        return detail(publishing.approve(id, user.username(), request.comment().strip()));
    }

    @PostMapping("/versions/{id}/rollback")
    @Operation(summary = "Publish again a version that was published before, in one step")
    @ApiResponse(responseCode = "409", description = "it was never published, or is the published one")
    RuleSetViews.VersionDetail rollBack(@PathVariable long id, @Valid @RequestBody RuleSetRequests.Comment request,
                                        @AuthenticationPrincipal AppUser user) {
        return detail(publishing.rollBack(id, user.username(), request.comment().strip()));
    }

    @PostMapping("/versions/{id}/discard")
    @Operation(summary = "Retire a draft nobody will publish")
    RuleSetViews.VersionDetail discard(@PathVariable long id, @Valid @RequestBody RuleSetRequests.Comment request,
                                       @AuthenticationPrincipal AppUser user) {
        return detail(versions.discard(id, user.username(), request.comment().strip()));
    }

    private RuleSetViews.VersionDetail detail(RuleSetVersion version) {
        List<RuleSetFile> files = versions.files(version.id()).entrySet().stream()
                .map(file -> new RuleSetFile(file.getKey(), file.getValue())).toList();
        return new RuleSetViews.VersionDetail(version, version.label(), files, versions.audit(version.id()));
    }

    private SimulationReport recorded(SimulationReport report, long versionId, AppUser user) {
        accessRecords.ran(user, versionId, report.from(), report.to(), scope.of(user), report.cases());
        return report;
    }
}
