package org.mediationdesk.rulesets;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The what-if simulation pages (RULE_AUTHOR, ADMIN): a period to start a simulation job, the job's
 * progress bar (htmx polls it every second, on whichever node answers) with a cancel button, and
 * once done the changed cases and the workbook. They call the same {@link SimulationJobs} as the API.
 */
@Controller
@RequestMapping("/rulesets/{id}")
class SimulationPageController {

    private static final String VIEW = "rulesets/simulation";
    private static final int SAMPLE = 100;

    private final SimulationJobs jobs;
    private final RuleSetVersions versions;
    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final Clock clock;

    SimulationPageController(SimulationJobs jobs, RuleSetVersions versions, ReferenceData referenceData,
                             MessageSource messages, Clock clock) {
        this.jobs = jobs;
        this.versions = versions;
        this.referenceData = referenceData;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/simulation")
    String form(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @AuthenticationPrincipal AppUser user, Model model) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return showForm(id, from != null ? from : end.minusMonths(3), end, user, model);
    }

    @PostMapping("/simulations")
    String start(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @AuthenticationPrincipal AppUser user, Locale locale, Model model) {
        try {
            return "redirect:/rulesets/" + id + "/simulations/" + jobs.start(id, from, to, user, locale).id();
        } catch (InvalidRequestException e) {
            model.addAttribute("periodProblem", e.problems().get(0).message());
        } catch (RuleSetRejectedException e) {
            model.addAttribute("problems", e.problems());
        } catch (DraftRunRefusedException e) {
            model.addAttribute("runRefused", e.message(messages, locale));
        }
        return showForm(id, from, to, user, model);
    }

    @GetMapping("/simulations/{jobId}")
    String job(@PathVariable long id, @PathVariable String jobId, @AuthenticationPrincipal AppUser user,
               Locale locale, Model model) {
        SimulationJob job = jobs.get(id, jobId, user);
        model.addAttribute("version", versions.get(id));
        model.addAttribute("from", job.from());
        model.addAttribute("to", job.to());
        model.addAttribute("job", job);
        model.addAttribute("scope", scope(job.counties(), locale));
        if (job.state() == SimulationJobState.DONE) {
            model.addAttribute("report", jobs.report(id, jobId, user).sample(SAMPLE));
        }
        return VIEW;
    }

    /** The progress bar alone, for htmx; once the job has ended it has the whole page reloaded. */
    @GetMapping("/simulations/{jobId}/progress")
    String progress(@PathVariable long id, @PathVariable String jobId, @AuthenticationPrincipal AppUser user,
                    HttpServletResponse response, Model model) {
        SimulationJob job = jobs.get(id, jobId, user);
        if (!job.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return VIEW + " :: progress";
    }

    @PostMapping("/simulations/{jobId}/cancel")
    String cancel(@PathVariable long id, @PathVariable String jobId, @AuthenticationPrincipal AppUser user,
                  RedirectAttributes redirect) {
        try {
            jobs.cancel(id, jobId, user);
            Flash.success(redirect, "rulesets.simulation.cancelRequested");
        } catch (ConflictException e) {
            Flash.danger(redirect, e.messageKey());
        }
        return "redirect:/rulesets/" + id + "/simulations/" + jobId;
    }

    @GetMapping("/simulations/{jobId}/report.xlsx")
    void workbook(@PathVariable long id, @PathVariable String jobId, @AuthenticationPrincipal AppUser user,
                  HttpServletResponse response) throws IOException {
        SimulationReport report = jobs.report(id, jobId, user);
        SimulationWorkbook.send(report, report.from(), report.to(), response);
    }

    private String showForm(long id, LocalDate from, LocalDate to, AppUser user, Model model) {
        model.addAttribute("version", versions.get(id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        jobs.runningOf(user).ifPresent(running -> model.addAttribute("running", running));
        return VIEW;
    }

    /** 全部中心 or the counties' names, in the reader's language. */
    private String scope(List<String> counties, Locale locale) {
        if (counties == null) {
            return messages.getMessage("rulesets.simulation.scope.all", null, locale);
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String names = String.join(english ? ", " : "、", counties.stream()
                .map(code -> referenceData.county(code).map(county -> english ? county.nameEn() : county.nameZh())
                        .orElse(code))
                .toList());
        return messages.getMessage("rulesets.simulation.scope.counties", new Object[] {names}, locale);
    }
}
