package org.mediationdesk.cases;

/** Hides most of an ID number or phone where the reader does not need it. */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** {@code 330503199001011234} → {@code 330503********1234}: region and last four stay. */
    public static String idNumber(String number) {
        return keepEnds(number, 6, 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
