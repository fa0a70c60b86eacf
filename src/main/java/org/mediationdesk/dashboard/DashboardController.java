package org.mediationdesk.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mediationdesk.mediators.MediatorRoster;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.DisputeType;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reports.CentreFigures;
import org.mediationdesk.reports.PeriodKind;
import org.mediationdesk.reports.ReportSubmissions;
import org.mediationdesk.reports.StatisticsReport;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.mediationdesk.tasks.TaskReassignment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's dashboard for all their centres or one of them (another centre answers 403), and
 * the open tasks of one mediator, to move them when the mediator is away.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    static final String VIEW = "dashboard/dashboard";
    static final String MEDIATOR_VIEW = "dashboard/mediator";
    static final int WEEKS = 8;

    private final StatisticsReport report;
    private final ReportSubmissions submissions;
    private final CentreFigures figures;
    private final MediatorRoster roster;
    private final TaskReassignment reassignment;
    private final CentreScope centreScope;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final ObjectMapper json;

    DashboardController(StatisticsReport report, ReportSubmissions submissions, CentreFigures figures,
                        MediatorRoster roster, TaskReassignment reassignment, CentreScope centreScope,
                        ReferenceData referenceData, Clock clock, ObjectMapper json) {
        this.report = report;
        this.submissions = submissions;
        this.figures = figures;
        this.roster = roster;
        this.reassignment = reassignment;
        this.centreScope = centreScope;
        this.referenceData = referenceData;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String centre, @AuthenticationPrincipal AppUser user,
                     Model model) throws JsonProcessingException {
        String chosen = centre == null || centre.isBlank() ? null : centre;
        StatisticsReport.Scope scope = report.scopeOf(user, chosen);
        LocalDate today = LocalDate.now(clock);
        List<CentreFigures.SupervisedCase> supervised = figures.supervision(scope);
        Map<String, List<TaskReassignment.OpenTask>> tasks = reassignment
                .ofProcesses(supervised.stream().map(CentreFigures.SupervisedCase::processInstanceId).toList(), user)
                .stream().collect(Collectors.groupingBy(TaskReassignment.OpenTask::processInstanceId));
        model.addAttribute("selectedCentre", chosen);
        model.addAttribute("counts", figures.counts(scope, PeriodKind.MONTH.period(today, null, null)));
        model.addAttribute("weeks", WEEKS);
        // In an attribute, not an inline script: the pages' Content-Security-Policy runs no inline script.
        model.addAttribute("chartJson", json.writeValueAsString(
                WeeklyChart.of(figures.receivedByWeek(scope, WEEKS), this::typeName)));
        model.addAttribute("supervision", supervised.stream()
                .map(c -> new SupervisionRow(c, tasks.getOrDefault(c.processInstanceId(), List.of()),
                        c.passedOver().stream().map(this::centreName).toList()))
                .toList());
        model.addAttribute("mediators", roster.of(scope.centres()));
        addReferences(user, model);
        model.addAttribute("today", today);
        model.addAttribute("periodKinds", PeriodKind.values());
        model.addAttribute("maySubmit", user.has(Role.MANAGER) && user.centreCode() != null);
        model.addAttribute("submissions", submissions.recent(user));
        return VIEW;
    }

    @GetMapping("/mediators/{username}")
    String mediatorTasks(@PathVariable String username, @AuthenticationPrincipal AppUser user, Model model) {
        var visible = centreScope.visibleCentres(user);
        var mediators = roster.of(visible);
        var mediator = mediators.stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new AccessDeniedException(
                        "Mediator " + username + " is not at the manager's centres"));
        model.addAttribute("mediator", mediator);
        model.addAttribute("tasks", reassignment.assignedTo(username, user));
        model.addAttribute("colleagues", mediators.stream().filter(m -> !m.username().equals(username)).toList());
        model.addAttribute("leave", roster.currentAndComingLeave(username));
        addReferences(user, model);
        return MEDIATOR_VIEW;
    }

    private void addReferences(AppUser user, Model model) {
        // Reassigning is a manager's act (TaskWork checks it too): administrators see the page without the controls.
        model.addAttribute("mayReassign", user.has(Role.MANAGER));
        var visible = centreScope.visibleCentres(user);
        model.addAttribute("centres", referenceData.centres().stream().collect(
                Collectors.toMap(Centre::code, Function.identity())));
        model.addAttribute("visibleCentres", referenceData.centres().stream()
                .filter(c -> visible.contains(c.code())).toList());
        model.addAttribute("types", referenceData.disputeTypes().stream().collect(
                Collectors.toMap(DisputeType::code, Function.identity())));
    }

    private String centreName(String code) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return referenceData.centre(code).map(c -> english ? c.nameEn() : c.nameZh()).orElse(code);
    }

    private String typeName(String code) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return referenceData.disputeType(code).map(t -> english ? t.nameEn() : t.nameZh()).orElse(code);
    }
}
