package org.mediationdesk.routing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mediationdesk.routing.compilation.RuleCompilationException;
import org.mediationdesk.routing.compilation.RuleCompiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Compiling rule authors' DRL files: broken files are refused naming file and line, and the rule set
 * version that decisions record depends only on the files' content.
 */
class RuleCompilerTest {

    private static final String FILE = "rules/x.drl";

    /** A rule that compiles; line numbers below count from 1 at "package". */
    private static final String VALID = """
            package rules.test;

            import org.mediationdesk.routing.DisputeFact;

            rule "Disputes of many people are noted"
            when
                DisputeFact(peopleInvolved >= 10)
            then
            end
            """;

    /** Line 13 has a constraint with no right-hand side. */
    private static final String SYNTAX_ERROR_ON_LINE_13 = """
            package rules.test;

            import org.mediationdesk.routing.DisputeFact;

            rule "Disputes of many people are noted"
            when
                DisputeFact(peopleInvolved >= 10)
            then
            end

            rule "A rule whose author stopped typing"
            when
                DisputeFact(peopleInvolved >= )
            then
            end
            """;

    private static final String UNKNOWN_FIELD = """
            package rules.test;

            import org.mediationdesk.routing.DisputeFact;

            rule "Disputes about many goats"
            when
                DisputeFact(numberOfGoats > 3)
            then
            end
            """;

    private final RuleCompiler compiler = new RuleCompiler();

    @Test
    void ruleFileWithSyntaxErrorIsRefusedNamingFileAndLine() {
        // Given a rule file whose second rule has a syntax error on line 13
        Map<String, String> sources = Map.of(FILE, SYNTAX_ERROR_ON_LINE_13);

        // When it is compiled
        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> compiler.compile(sources));

        // Then it is refused, and the problems point at that file and line
        assertThat(refused).as("compilation of a broken file").isNotNull();
        assertThat(refused.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo(FILE));
        assertThat(refused.problems()).extracting(RuleCompilationException.Problem::line).contains(13);
        assertThat(refused).hasMessageContaining(FILE + ":13:");
    }

    @Test
    void onlyTheBrokenFileIsNamedWhenOneOfSeveralFilesFails() {
        // Given a valid file and a broken one
        Map<String, String> sources = Map.of(
                "rules/a-valid.drl", VALID.replace("package rules.test;", "package rules.valid;"),
                FILE, SYNTAX_ERROR_ON_LINE_13);

        // When they are compiled together
        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> compiler.compile(sources));

        // Then every problem names the broken file, and the syntax error is placed on its line
        assertThat(refused).as("compilation with a broken file").isNotNull();
        assertThat(refused.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo(FILE))
                .anySatisfy(problem -> assertThat(problem.line()).isEqualTo(13));
    }

    @Test
    void ruleOnAFieldDisputesDoNotHaveIsRefused() {
        // Given a rule that tests a field DisputeFact does not have
        Map<String, String> sources = Map.of(FILE, UNKNOWN_FIELD);

        // When it is compiled
        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> compiler.compile(sources));

        // Then it is refused, naming the file and the unknown field
        assertThat(refused).as("compilation of a rule on an unknown field").isNotNull();
        assertThat(refused.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo(FILE));
        assertThat(refused).hasMessageContaining("numberOfGoats");
    }

    @Test
    void validRuleFileCompilesIntoAKnowledgeBaseHoldingItsRule() {
        // Given a valid rule file
        Map<String, String> sources = Map.of(FILE, VALID);

        // When it is compiled
        CompiledRules compiled = compiler.compile(sources);

        // Then its rule is in the knowledge base, under its package and name
        assertThat(compiled.kieBase().getRule("rules.test", "Disputes of many people are noted")).isNotNull();
        assertThat(compiled.kieBase().getKiePackage("rules.test").getRules()).hasSize(1);
        assertThat(compiled.version()).isNotBlank();
    }

    @Test
    void sameFilesAlwaysGiveTheSameVersionWhateverTheirOrder() {
        // Given the same two files, handed over in two different orders
        Map<String, String> oneOrder = new LinkedHashMap<>();
        oneOrder.put("rules/a.drl", VALID.replace("package rules.test;", "package rules.a;"));
        oneOrder.put("rules/b.drl", VALID.replace("package rules.test;", "package rules.b;"));
        Map<String, String> otherOrder = new LinkedHashMap<>();
        otherOrder.put("rules/b.drl", oneOrder.get("rules/b.drl"));
        otherOrder.put("rules/a.drl", oneOrder.get("rules/a.drl"));

        // When each is compiled, the first one twice
        String first = compiler.compile(oneOrder).version();
        String again = compiler.compile(oneOrder).version();
        String reordered = compiler.compile(otherOrder).version();

        // Then all three builds record the same version
        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Test
    void changedRuleTextGivesADifferentVersion() {
        // Given a rule file and the same file with a changed threshold
        String changed = VALID.replace("peopleInvolved >= 10", "peopleInvolved >= 12");

        // When both are compiled
        String before = compiler.compile(Map.of(FILE, VALID)).version();
        String after = compiler.compile(Map.of(FILE, changed)).version();

        // Then the versions differ
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void sameRuleTextUnderAnotherFileNameGivesADifferentVersion() {
        // Given one rule text stored under two different file names
        // When each is compiled
        String asX = compiler.compile(Map.of(FILE, VALID)).version();
        String asY = compiler.compile(Map.of("rules/y.drl", VALID)).version();

        // Then the versions differ: the version identifies the files, not just their text
        assertThat(asY).isNotEqualTo(asX);
    }
}
