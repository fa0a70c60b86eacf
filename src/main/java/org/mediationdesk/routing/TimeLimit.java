package org.mediationdesk.routing;

/**
 * A time limit as the deadline rules set it: an amount of hours, working days, calendar days or
 * months. Zero calendar days means by the end of the day it starts, whatever the weekday. Stored and
 * written in scenario tables by {@link #code()}, e.g. {@code 1WD}, {@code 30D}, {@code 1M}, {@code 0D}.
 */
public record TimeLimit(int amount, Unit unit) {

    /** Far beyond any limit in force; a rule that sets more is wrong. */
    private static final int MOST = 366;

    public enum Unit {
        HOURS("H", "小时"), WORKING_DAYS("WD", "个工作日"), CALENDAR_DAYS("D", "日"), MONTHS("M", "个月");

        private final String code;
        private final String nameZh;

        Unit(String code, String nameZh) {
            this.code = code;
            this.nameZh = nameZh;
        }
    }

    public TimeLimit {
        if (unit == null || amount < 0 || amount > MOST || (unit == Unit.HOURS && amount == 0)) {
            throw new IllegalArgumentException("Not a time limit: " + amount + " " + unit);
        }
    }

    /** Reads a {@link #code()}; throws IllegalArgumentException for anything else. */
    public static TimeLimit parse(String code) {
        for (Unit unit : Unit.values()) {
            if (code.endsWith(unit.code) && code.length() > unit.code.length()) {
                String amount = code.substring(0, code.length() - unit.code.length());
                if (amount.chars().allMatch(Character::isDigit) && amount.length() <= 3) {
                    return new TimeLimit(Integer.parseInt(amount), unit);
                }
            }
        }
        throw new IllegalArgumentException("Not a time limit: " + code);
    }

    public String code() {
        return amount + unit.code;
    }

    public boolean sameDay() {
        return unit == Unit.CALENDAR_DAYS && amount == 0;
    }

    /** As a history line or a decision record says it: 当日, 1个工作日, 30日, 1个月. */
    public String describeZh() {
        return sameDay() ? "当日" : amount + unit.nameZh;
    }

    @Override
    public String toString() {
        return code();
    }
}
