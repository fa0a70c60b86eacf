package org.mediationdesk.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Local passwords: 8 characters, three kinds of character, not the user name, at most 72 bytes. */
class PasswordPolicyTest {

    @Test
    void aPasswordWithThreeKindsOfCharacterAndEightOfThemPasses() {
        assertThat(PasswordPolicy.problems("clerk", "Tiaojie-2026")).isEmpty();
        assertThat(PasswordPolicy.problems("clerk", "tiaojie-2026")).isEmpty();
    }

    @Test
    void commonWeakPasswordsAreRefused() {
        assertThat(PasswordPolicy.problems("clerk", "12345678")).containsExactly("user.password.weak");
        assertThat(PasswordPolicy.problems("clerk", "aaaaaaaa")).containsExactly("user.password.weak");
        assertThat(PasswordPolicy.problems("clerk", "Ab1-")).contains("user.password.short");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedWhateverItsCase() {
        assertThat(PasswordPolicy.problems("linghu.mediator", "LINGHU.MEDIATOR-1")).contains("user.password.containsUsername");
    }

    @Test
    void aPasswordBeyondBcryptsSeventyTwoBytesIsRefusedThoughItHasFewerCharacters() {
        String fortyChinese = "调解".repeat(20);

        assertThat(fortyChinese).hasSize(40);
        assertThat(PasswordPolicy.problems("clerk", fortyChinese)).containsExactly("user.password.tooLong");
        assertThat(PasswordPolicy.problems("clerk", "Aa1-" + "x".repeat(68))).isEmpty();
    }
}
