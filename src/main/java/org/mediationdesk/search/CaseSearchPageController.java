package org.mediationdesk.search;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The case search page (查询案件, {@code /cases}) for every signed-in user: the same search as
 * {@code GET /api/cases}; a bad field is shown beside it. Opened without a query it lists the newest cases
 * the user may open, so it is also every role's case list.
 */
@Controller
class CaseSearchPageController {

    static final String VIEW = "search/cases";

    private final CaseQueryReader reader;
    private final CaseSearch search;
    private final CentreScope centreScope;
    private final ReferenceData referenceData;

    CaseSearchPageController(CaseQueryReader reader, CaseSearch search, CentreScope centreScope,
                             ReferenceData referenceData) {
        this.reader = reader;
        this.search = search;
        this.centreScope = centreScope;
        this.referenceData = referenceData;
    }

    @Bean
    static NavLink caseSearchLink() {
        return new NavLink(15, "/cases", "nav.search", "nav.search.description", Set.of());
    }

    @GetMapping("/cases")
    String search(@ModelAttribute("form") CaseSearchForm form, @AuthenticationPrincipal AppUser user, Model model) {
        Set<String> centres = centreScope.visibleCentres(user);
        model.addAttribute("disputeTypes", referenceData.disputeTypes());
        model.addAttribute("centres", referenceData.centres().stream().filter(c -> centres.contains(c.code())).toList());
        model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
        model.addAttribute("mediators", search.mediators(user));
        try {
            FoundCase.Page results = search.search(reader.read(form), user);
            model.addAttribute("results", results);
            model.addAttribute("previousPage", pageLink(results.page() - 1));
            model.addAttribute("nextPage", pageLink(results.page() + 1));
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
        }
        return VIEW;
    }

    /** This search's address with another page number. */
    private static String pageLink(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
                .toUriString();
    }
}
