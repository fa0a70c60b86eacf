package org.mediationdesk.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader who does not need a party's full ID number or phone sees of it. */
class PersonalDataMaskTest {

    @Test
    void idNumberShowsOnlyItsRegionAndLastFour() {
        // Given a party's resident ID number
        String idNumber = "330503199001011232";

        // When it is masked
        String masked = PersonalDataMask.idNumber(idNumber);

        // Then the region (first six) and last four stay, the birth date and sequence are starred
        assertThat(masked).isEqualTo("330503********1232");
        assertThat(masked).hasSameSizeAs(idNumber).doesNotContain("19900101");
    }

    @Test
    void idNumberEndingInXKeepsTheX() {
        assertThat(PersonalDataMask.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void creditCodeIsMaskedLikeAnIdNumber() {
        assertThat(PersonalDataMask.idNumber("91330503MA2B3C4D5N")).isEqualTo("913305********4D5N");
    }

    @Test
    void mobileNumberShowsOnlyItsFirstThreeAndLastFour() {
        // Given a mobile number
        String phone = "13812345678";

        // When it is masked
        String masked = PersonalDataMask.phone(phone);

        // Then the carrier prefix and last four stay
        assertThat(masked).isEqualTo("138****5678");
    }

    @Test
    void landlineNumberShowsOnlyItsFirstThreeAndLastFour() {
        assertThat(PersonalDataMask.phone("0572-3012345")).isEqualTo("057*****2345");
    }

    @Test
    void missingIdNumberOrPhoneStaysMissing() {
        assertThat(PersonalDataMask.idNumber(null)).isNull();
        assertThat(PersonalDataMask.phone(null)).isNull();
    }

    @ParameterizedTest(name = "ID number \"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | ''
            1           | *
            3305031     | *******
            3305031232  | **********
            """)
    void idNumberTooShortToHideAnythingBehindItsEndsIsStarredCompletely(String value, String masked) {
        // Given a value no longer than the six + four characters that would stay visible
        // When it is masked as an ID number / Then every character is starred
        assertThat(PersonalDataMask.idNumber(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "phone \"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | ''
            110         | ***
            1381234     | *******
            """)
    void phoneTooShortToHideAnythingBehindItsEndsIsStarredCompletely(String value, String masked) {
        assertThat(PersonalDataMask.phone(value)).isEqualTo(masked);
    }

    @Test
    void justLongerThanTheVisibleEndsHidesOneCharacter() {
        assertThat(PersonalDataMask.idNumber("33050312345")).isEqualTo("330503*2345");
        assertThat(PersonalDataMask.phone("13812345")).isEqualTo("138*2345");
    }
}
