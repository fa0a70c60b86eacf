package org.mediationdesk.reference;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks Chinese resident ID numbers (GB 11643) and unified social credit codes (GB 32100). */
public final class IdentityNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdentityNumbers() {
    }

    public static boolean isResidentId(String number, LocalDate today) {
        if (!RESIDENT_ID.matcher(number).matches() || !hasValidBirthDate(number, today)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11) == number.charAt(17);
    }

    /** The age of a resident ID number's holder today, if it is a valid resident ID number. */
    public static Optional<Integer> ageOf(String number, LocalDate today) {
        if (number == null || !isResidentId(number, today)) {
            return Optional.empty();
        }
        LocalDate birth = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
        return Optional.of(Period.between(birth, today).getYears());
    }

    public static boolean isCreditCode(String code) {
        if (!CREDIT_CODE.matcher(code).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < CREDIT_CODE_WEIGHTS.length; i++) {
            sum += CREDIT_CODE_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_CODE_CHARACTERS.charAt(check) == code.charAt(17);
    }

    private static boolean hasValidBirthDate(String number, LocalDate today) {
        try {
            LocalDate birth = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
            return birth.getYear() >= 1900 && !birth.isAfter(today);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
