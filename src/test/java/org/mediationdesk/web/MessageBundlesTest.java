package org.mediationdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles speak for this product: no text reads like a validation library's default
 * (「不能为null」, 「个数必须在0和2000之间」, "must not be null"), and every field rule the forms use has
 * a text of ours in both languages.
 */
class MessageBundlesTest {

    private static final Set<String> FIELD_RULES = Set.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min", "Max",
            "PastOrPresent", "DecimalMin", "Digits", "Pattern");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void noMessageReadsLikeALibraryDefault(String bundle) throws IOException {
        load(bundle).forEach((key, text) -> assertThat(text.toString().toLowerCase(Locale.ROOT))
                .as("%s in %s", key, bundle)
                .doesNotContain("null", "must", "个数必须"));
    }

    @Test
    void everyFieldRuleHasOurTextInBothLanguages() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        for (String rule : FIELD_RULES) {
            String key = "jakarta.validation.constraints." + rule + ".message";
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void historyDecisionAndTaskListTextsExistInBothLanguages() throws IOException {
        Set<String> chinese = keys(load("messages.properties"));
        Set<String> english = keys(load("messages_en.properties"));
        assertThat(english).as("English keys").containsAll(chinese);
        assertThat(chinese).as("Chinese keys").containsAll(english);
    }

    private static Set<String> keys(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("history.") || key.startsWith("decision.") || key.startsWith("tasks.")
                        || key.startsWith("enum.ClosureType.") || key.startsWith("jakarta.validation."))
                .collect(Collectors.toSet());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
