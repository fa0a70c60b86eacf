package org.mediationdesk.rulesets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;

import org.mediationdesk.routing.scenarios.ScenarioResult;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.mediationdesk.web.NavLink;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
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
 * The rule authors' pages (RULE_AUTHOR, ADMIN): versions, a version's files in a DRL editor with
 * compile errors by file and line, scenarios, diff, and the publishing steps (the what-if simulation
 * pages are {@link SimulationPageController}'s). They call the same services as {@code /api/rulesets}.
 */
@Controller
@RequestMapping("/rulesets")
class RuleSetPageController {

    private final RuleSetVersions versions;
    private final RuleSetChecks checks;
    private final RuleSetPublishing publishing;
    private final DraftRuns draftRuns;
    private final RuleSetActivation activation;
    private final MessageSource messages;
    private final Clock clock;

    RuleSetPageController(RuleSetVersions versions, RuleSetChecks checks, RuleSetPublishing publishing,
                          DraftRuns draftRuns, RuleSetActivation activation, MessageSource messages, Clock clock) {
        this.versions = versions;
        this.checks = checks;
        this.publishing = publishing;
        this.draftRuns = draftRuns;
        this.activation = activation;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavLink ruleSetsLink() {
        return new NavLink(50, "/rulesets", "nav.rulesets", "nav.rulesets.description", Set.of(Role.RULE_AUTHOR, Role.ADMIN));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("versions", versions.list());
        model.addAttribute("running", activation.running());
        return "rulesets/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) Long basedOn, @RequestParam String comment,
                  @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        String note = comment.isBlank() ? "草稿 draft" : comment.strip();
        RuleSetVersion draft = versions.createDraft(basedOn, user.username(), note);
        Flash.success(redirect, "rulesets.created", draft.label());
        return "redirect:/rulesets/" + draft.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String file,
                @RequestParam(defaultValue = "false") boolean validate, Model model) {
        return page(id, file, validate ? checks.compileProblems(id, versions.files(id)) : null, model);
    }

    @PostMapping("/{id}/files")
    String save(@PathVariable long id, @RequestParam String path, @RequestParam String content,
                @RequestParam(defaultValue = "false") boolean validate, @AuthenticationPrincipal AppUser user,
                Model model, RedirectAttributes redirect) {
        try {
            versions.saveFile(id, path.strip(), content.replace("\r\n", "\n"), user.username());
        } catch (InvalidRequestException | ConflictException e) {
            Flash.danger(redirect, "rulesets.notSaved", path);
            return "redirect:/rulesets/" + id;
        }
        Flash.success(redirect, "rulesets.saved", path);
        redirect.addAttribute("file", path.strip());
        redirect.addAttribute("validate", validate);
        return "redirect:/rulesets/" + id;
    }

    @GetMapping("/{id}/scenarios")
    String scenarios(@PathVariable long id, @AuthenticationPrincipal AppUser user, Locale locale, Model model) {
        SortedMap<String, String> files = versions.files(versions.get(id).id());
        try (var run = draftRuns.start(user.username())) {
            List<ScenarioResult> results = checks.scenarios(checks.compile(id, files), files);
            model.addAttribute("results", results);
            model.addAttribute("failed", results.stream().filter(result -> !result.passed()).count());
        } catch (RuleSetRejectedException e) {
            model.addAttribute("problems", e.problems());
        } catch (DraftRunRefusedException e) {
            model.addAttribute("runRefused", e.message(messages, locale));
        }
        model.addAttribute("version", versions.get(id));
        return "rulesets/scenarios";
    }

    @GetMapping("/diff")
    String diff(@RequestParam long from, @RequestParam long to, Model model) {
        RuleSetVersion before = versions.get(from);
        RuleSetVersion after = versions.get(to);
        model.addAttribute("from", before);
        model.addAttribute("to", after);
        model.addAttribute("files", RuleSetDiff.between(before.label(), versions.files(from), after.label(), versions.files(to)));
        return "rulesets/diff";
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam String comment, @AuthenticationPrincipal AppUser user,
                  RedirectAttributes redirect) {
        return act(id, redirect, "rulesets.submitted", () -> publishing.submit(id, user.username(), note(comment)));
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam String comment, @AuthenticationPrincipal AppUser user,
                   Model model, RedirectAttributes redirect) {
        try {
            return act(id, redirect, "rulesets.published", () -> publishing.approve(id, user.username(), note(comment)));
        } catch (RuleSetRejectedException e) {
            model.addAttribute("refused", e.messageKey());
            return page(id, null, e.problems(), model);
        } catch (FourEyesException e) {
            Flash.danger(redirect, "ruleset.fourEyes");
            return "redirect:/rulesets/" + id;
        }
    }

    @PostMapping("/{id}/rollback")
    String rollBack(@PathVariable long id, @RequestParam String comment, @AuthenticationPrincipal AppUser user,
                    RedirectAttributes redirect) {
        return act(id, redirect, "rulesets.rolledBack", () -> publishing.rollBack(id, user.username(), note(comment)));
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, @RequestParam String comment, @AuthenticationPrincipal AppUser user,
                   RedirectAttributes redirect) {
        return act(id, redirect, "rulesets.discarded", () -> versions.discard(id, user.username(), note(comment)));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Supplier<RuleSetVersion> action) {
        try {
            RuleSetVersion version = action.get();
            Flash.success(redirect, doneKey, version.label());
        } catch (ConflictException e) {
            Flash.danger(redirect, e.messageKey());
        }
        return "redirect:/rulesets/" + id;
    }

    private String page(long id, String file, List<RuleProblem> problems, Model model) {
        RuleSetVersion version = versions.get(id);
        SortedMap<String, String> files = versions.files(id);
        String shown = file != null && files.containsKey(file) ? file
                : files.containsKey("rules/routing.drl") ? "rules/routing.drl" : files.firstKey();
        model.addAttribute("version", version);
        model.addAttribute("files", files.keySet());
        model.addAttribute("file", shown);
        model.addAttribute("content", files.get(shown));
        model.addAttribute("problems", problems);
        model.addAttribute("audit", versions.audit(id));
        model.addAttribute("others", versions.list().stream().filter(other -> other.id() != id).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "rulesets/version";
    }

    private static String note(String comment) {
        return comment == null || comment.isBlank() ? "-" : comment.strip();
    }
}
