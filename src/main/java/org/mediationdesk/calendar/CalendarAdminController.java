package org.mediationdesk.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.BindingProblems;
import org.mediationdesk.web.Flash;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The holiday calendar page (ADMIN): a year's holidays and make-up working days, add or replace one, remove one. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    static final String VIEW = "admin/calendar";

    private final WorkingCalendar calendar;
    private final CalendarEdits edits;
    private final Clock clock;

    CalendarAdminController(WorkingCalendar calendar, CalendarEdits edits, Clock clock) {
        this.calendar = calendar;
        this.edits = edits;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("calendarDayForm", new CalendarDayForm());
        return page(year, model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("calendarDayForm") CalendarDayForm form, BindingResult result,
                @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        Integer year = form.getDate() == null ? null : form.getDate().getYear();
        if (result.hasErrors()) {
            return page(year, model);
        }
        try {
            edits.save(form.getDate(), form.toRequest(), user.username());
        } catch (InvalidRequestException e) {
            BindingProblems.addTo(result, e.problems());
            return page(year, model);
        }
        Flash.success(redirect, "admin.calendar.saved", form.getDate().toString());
        return "redirect:/admin/calendar?year=" + year;
    }

    @PostMapping("/{date}/delete")
    String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  RedirectAttributes redirect) {
        calendar.delete(date);
        Flash.success(redirect, "admin.calendar.deleted", date.toString());
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    private String page(Integer year, Model model) {
        int shown = year == null || year < CalendarEdits.FIRST_YEAR || year > CalendarEdits.LAST_YEAR
                ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("dayKinds", DayKind.values());
        model.addAttribute("days", calendar.specialDays(shown));
        return VIEW;
    }
}
