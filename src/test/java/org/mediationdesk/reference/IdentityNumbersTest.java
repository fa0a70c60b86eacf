package org.mediationdesk.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which party ID numbers registration accepts: resident ID numbers (GB 11643: 17 digits with a birth
 * date at 7–14, then a check character) and unified social credit codes (GB 32100: pattern and check character).
 */
class IdentityNumbersTest {

    // Resident ID numbers

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "330503199001011232",   // Nanxun, born 1990-01-01
            "330503197203150012",   // Nanxun, born 1972-03-15
            "330502198506120038",   // Wuxing, born 1985-06-12
            "330521200002290016",   // Deqing, born on the leap day of 2000
            "11010519491231002X",   // check character X
            "44030119751010101X",   // check character X
            "330503190001010036"    // born on the first day of 1900
    })
    void residentIdWithCorrectCheckCharacterIsAccepted(String number) {
        // Given an ID number whose check character matches its first 17 digits
        assertThat(checkCharacterOf(number.substring(0, 17))).isEqualTo(number.charAt(17));

        // When it is checked / Then it is accepted
        assertThat(IdentityNumbers.isResidentId(number, LocalDate.now())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "330503199001011233",   // due: 2
            "330503199001011230",   // due: 2
            "33050319900101123X",   // due: 2, not X
            "110105194912310020",   // due: X, not 0
            "330503197203150013"    // due: 2
    })
    void residentIdWithWrongCheckCharacterIsRefused(String number) {
        assertThat(IdentityNumbers.isResidentId(number, LocalDate.now())).isFalse();
    }

    @Test
    void swappedDigitsInResidentIdAreCaughtByTheCheckCharacter() {
        // Given a valid number, and the same with two adjacent digits swapped (1990 → 1909 is also a real date)
        String valid = "330503199001011232";
        String swapped = "330503190901011232";

        // When both are checked / Then only the valid one is accepted
        assertThat(IdentityNumbers.isResidentId(valid, LocalDate.now())).isTrue();
        assertThat(IdentityNumbers.isResidentId(swapped, LocalDate.now())).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "",
            "33050319900101123",     // 17 characters
            "3305031990010112320",   // 19 characters
            "330503900101123",       // old 15-digit number
            "3305031990010112 2",
            "X30503199001011232",    // X only as the last character
            "３３０５０３１９９００１０１１２３２" // full-width digits
    })
    void residentIdOfWrongShapeIsRefused(String number) {
        assertThat(IdentityNumbers.isResidentId(number, LocalDate.now())).isFalse();
    }

    @ParameterizedTest(name = "birth date {0}")
    @ValueSource(strings = {
            "19901301",   // month 13
            "19900001",   // month 0
            "19900132",   // 32 January
            "19900100",   // day 0
            "19900229",   // 29 February in a common year
            "19000229",   // 1900 was not a leap year
            "18991231"    // before 1900
    })
    void residentIdWithImpossibleBirthDateIsRefusedEvenWithCorrectCheckCharacter(String birthDate) {
        // Given an ID number with an impossible birth date but a check character matching its digits
        String number = withCheckCharacter("330503" + birthDate + "123");

        // When it is checked / Then it is refused
        assertThat(IdentityNumbers.isResidentId(number, LocalDate.now())).isFalse();
    }

    @Test
    void residentIdWithBirthDateInTheFutureIsRefusedEvenWithCorrectCheckCharacter() {
        // Given an ID number of someone born the day after tomorrow, with a matching check character
        String birthDate = LocalDate.now().plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE);
        String number = withCheckCharacter("330503" + birthDate + "123");

        // When it is checked / Then it is refused
        assertThat(IdentityNumbers.isResidentId(number, LocalDate.now())).isFalse();
    }

    @Test
    void residentIdOfSomeoneBornLastYearIsAccepted() {
        // Given an ID number of a child born a year ago, with a matching check character
        String birthDate = LocalDate.now().minusYears(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        String number = withCheckCharacter("330503" + birthDate + "123");

        // When it is checked / Then it is accepted
        assertThat(IdentityNumbers.isResidentId(number, LocalDate.now())).isTrue();
    }

    // Unified social credit codes

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "91330503MA2B3C4D5N",   // company (9-1), Nanxun
            "12330500002888777G",   // public institution (1-2), Huzhou
            "51330503MJ00000014",   // social organisation (5-1)
            "91110000100006485K"
    })
    void wellFormedCreditCodeIsAccepted(String code) {
        assertThat(IdentityNumbers.isCreditCode(code)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "",
            "91330503MA2B3C4D5",     // 17 characters
            "91330503MA2B3C4D5N0",   // 19 characters
            "91330503ma2b3c4d5n",    // lower case
            "9133050AMA2B3C4D5N",    // letter in the region code
            "91330503MA2B3C4D5I",    // I is never used
            "91330503MA2B3C4D5O",    // O is never used
            "91330503MA2B3C4D5Z",    // Z is never used
            "91330503MA2B3C4D5S",    // S is never used
            "91330503MA2B3C4D5V",    // V is never used
            "I1330503MA2B3C4D5N",
            "91330503MA2B3C-D5N",
            "91330503MA2B3C4D50"    // wrong check character
    })
    void malformedCreditCodeIsRefused(String code) {
        assertThat(IdentityNumbers.isCreditCode(code)).isFalse();
    }

    /** GB 11643 check character, computed independently of the class under test: weights 2^(17-i) mod 11. */
    private static char checkCharacterOf(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += Character.digit(first17Digits.charAt(i), 10) * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : Character.forDigit(check, 10);
    }

    private static String withCheckCharacter(String first17Digits) {
        return first17Digits + checkCharacterOf(first17Digits);
    }
}
