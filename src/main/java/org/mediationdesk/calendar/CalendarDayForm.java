package org.mediationdesk.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The calendar page's form: the day, what it becomes, and its name. */
public class CalendarDayForm {

    @NotNull(message = "{calendar.form.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{calendar.form.kind.required}")
    private DayKind kind = DayKind.HOLIDAY;

    @NotBlank(message = "{calendar.form.nameZh.required}")
    @Size(max = 32, message = "{calendar.form.nameZh.size}")
    private String nameZh;

    @Size(max = 64, message = "{calendar.form.nameEn.size}")
    private String nameEn;

    CalendarDayRequest toRequest() {
        return new CalendarDayRequest(kind, nameZh, nameEn);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
