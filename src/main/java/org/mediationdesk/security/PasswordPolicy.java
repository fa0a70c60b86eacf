package org.mediationdesk.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;

/**
 * Local passwords (等保2.0 三级 口令复杂度): at least 8 characters, three of upper case, lower case, digits and
 * symbols, not containing the user name; at most 72 bytes in UTF-8, because BCrypt reads no further (a
 * 40-character Chinese password is 120 bytes). Each problem comes back as a message key of this product.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    private static final PasswordValidator VALIDATOR = new PasswordValidator(
            new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
            new CharacterCharacteristicsRule(3,
                    new CharacterRule(EnglishCharacterData.UpperCase, 1),
                    new CharacterRule(EnglishCharacterData.LowerCase, 1),
                    new CharacterRule(EnglishCharacterData.Digit, 1),
                    new CharacterRule(EnglishCharacterData.Special, 1)),
            new UsernameRule(false, true));

    private PasswordPolicy() {
    }

    /** The message keys ({@code user.password.*}) of what the password lacks; empty when it is good. */
    public static List<String> problems(String username, String password) {
        if (password == null || password.isBlank()) {
            return List.of("user.password.short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return List.of("user.password.tooLong");
        }
        return VALIDATOR.validate(new PasswordData(username == null ? "" : username, password)).getDetails().stream()
                .map(RuleResultDetail::getErrorCode)
                .map(PasswordPolicy::messageKey)
                .distinct()
                .toList();
    }

    private static String messageKey(String passayCode) {
        return switch (passayCode) {
            case "TOO_SHORT" -> "user.password.short";
            case "ILLEGAL_USERNAME", "ILLEGAL_USERNAME_REVERSED" -> "user.password.containsUsername";
            default -> "user.password.weak";
        };
    }
}
