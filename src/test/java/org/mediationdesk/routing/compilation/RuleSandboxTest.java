package org.mediationdesk.routing.compilation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mediationdesk.routing.RuleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile drafts a rule author could write: each is refused before anything of it runs, at the file
 * and line of the offending code, naming what is not allowed, and its side effect does not happen.
 * Every draft puts its offence on line {@value #LINE}.
 */
class RuleSandboxTest {

    private static final String FILE = "rules/draft.drl";
    private static final int LINE = 10;
    private static final Path SENTINEL = Path.of(System.getProperty("java.io.tmpdir"), "mediationdesk-sandbox-escape");

    /** Lines 1–6; each template below puts the offence on line 10. */
    private static final String HEADER = """
            package rules;

            import org.mediationdesk.routing.DisputeFact;
            import org.mediationdesk.routing.TriageDecision;
            import org.mediationdesk.routing.RiskFlag;
            import org.mediationdesk.routing.RiskLevel;
            """;

    record Hostile(String technique, String drl, String refusedName) {

        @Override
        public String toString() {
            return technique;
        }
    }

    static Hostile inFunction(String technique, String statement, String refusedName) {
        return new Hostile(technique, HEADER + """

                function boolean evil(String s) {
                    boolean ok = true;
                    %s
                    return ok;
                }

                rule "调用函数"
                when
                    $d : DisputeFact()
                    eval(evil($d.getDescription()))
                then
                end
                """.formatted(statement), refusedName);
    }

    static Hostile inConsequence(String technique, String statement, String refusedName) {
        return new Hostile(technique, HEADER + """
                rule "恶意结果"
                when $d : DisputeFact() $t : TriageDecision()
                then
                    %s
                end
                """.formatted(statement), refusedName);
    }

    static Hostile inCondition(String technique, String condition, String refusedName) {
        return new Hostile(technique, HEADER + """
                rule "恶意条件"
                when
                    $t : TriageDecision()
                    DisputeFact(%s)
                then
                end
                """.formatted(condition), refusedName);
    }

    static Hostile atLineTen(String technique, String line, String refusedName) {
        return new Hostile(technique, HEADER + "\n\n\n" + line + "\n", refusedName);
    }

    static Hostile inPattern(String technique, String pattern, String refusedName) {
        return new Hostile(technique, HEADER + "\nrule \"恶意模式\"\nwhen\n    " + pattern + "\nthen\nend\n", refusedName);
    }

    static Stream<Hostile> hostileDrafts() {
        String sentinel = SENTINEL.toString();
        return Stream.of(
                inFunction("writes a file through a qualified name",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + sentinel + "\"), s);",
                        "java.nio.file"),
                inFunction("reads /etc/passwd", "new java.io.FileReader(\"/etc/passwd\").read();", "java.io.FileReader"),
                inFunction("opens a socket", "new java.net.Socket(\"127.0.0.1\", 3306).close();", "java.net.Socket"),
                inFunction("exits the JVM", "System.exit(3);", "java.lang.System"),
                inFunction("hides System behind a unicode escape", "\\u0053ystem.exit(3);", "java.lang.System"),
                inFunction("runs a program", "Runtime.getRuntime().exec(\"touch " + sentinel + "\");",
                        "java.lang.Runtime"),
                inFunction("builds a process", "new ProcessBuilder(\"touch\", \"" + sentinel + "\").start();",
                        "java.lang.ProcessBuilder"),
                inFunction("spawns a thread", "new Thread(new StringBuilder()::reverse).start();", "java.lang.Thread"),
                inFunction("loads a class from a concatenated name",
                        "Class.forName(\"java.lang.\" + \"Sys\" + \"tem\");", "java.lang.Class"),
                inFunction("climbs from an allowed object to its class", "s.getClass().getClassLoader();",
                        "getClass"),
                inFunction("loops for ever", "while (s != null) { s = s + s; }", "while / for / do"),
                inFunction("recurses without end", "evil(s);", "evil"),
                inFunction("takes a lock", "synchronized (s) { s.length(); }", "synchronized"),
                inFunction("swallows every error, the thread stop included", "try { s.length(); } catch (Throwable t) { }",
                        "java.lang.Throwable"),
                inFunction("asks for a huge string in one step", "s.repeat(1 << 30);", "java.lang.String.repeat"),
                inFunction("allocates an array as large as it likes", "int[] big = new int[s.length() << 28];",
                        "new[n]"),
                inFunction("looks a name up in JNDI", "new javax.naming.InitialContext().lookup(s);",
                        "javax.naming.InitialContext"),
                inFunction("runs a script engine",
                        "new javax.script.ScriptEngineManager().getEngineByName(\"js\");",
                        "javax.script.ScriptEngineManager"),
                inFunction("reaches the process engine",
                        "org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine();",
                        "org.camunda.bpm.engine.ProcessEngines"),
                inFunction("reaches Drools internals", "org.kie.api.KieServices.Factory.get();",
                        "org.kie.api.KieServices"),
                inFunction("uses reflection", "java.lang.reflect.Array.newInstance(String.class, 1);",
                        "java.lang.reflect.Array"),
                inConsequence("grows a list in a loop",
                        "java.util.List<String> all = new java.util.ArrayList<>(); for (;;) { all.add(\"x\"); }",
                        "while / for / do"),
                inConsequence("takes the session from the drools helper", "drools.getKieRuntime().halt();",
                        "drools.getKieRuntime"),
                inConsequence("makes a lambda", "Runnable task = () -> $t.flag(RiskFlag.GROUP, RiskLevel.HIGH);",
                        "lambda"),
                inConsequence("reads an environment variable", "$t.flag(RiskFlag.GROUP, System.getenv(\"HOME\") == null ? RiskLevel.LOW : RiskLevel.HIGH);",
                        "java.lang.System"),
                inCondition("calls System in a condition", "System.getenv(\"HOME\") != null", "java.lang.System"),
                inCondition("names Runtime by its full name in a condition",
                        "java.lang.Runtime.getRuntime().availableProcessors() > 0", "java.lang.Runtime"),
                inCondition("climbs to the class in a condition", "description.getClass().getName() == \"x\"",
                        "getClass"),
                inCondition("writes MVEL's new in a condition", "new java.io.File(\"" + sentinel + "\").createNewFile()",
                        "new java.io.File"),
                inCondition("hides a name behind a unicode escape in a condition", "\\u0053ystem.getenv(\"HOME\") != null",
                        "'\\'"),
                inCondition("navigates with MVEL's null-safe operator", "description!.length > 0", "description"),
                atLineTen("imports a file class", "import java.io.File;", "java.io.File"),
                atLineTen("imports a whole package", "import java.nio.file.*;", "java.nio.file.*"),
                atLineTen("imports a function from a class", "import function java.lang.System.exit;",
                        "import function"),
                atLineTen("imports an application service", "import org.mediationdesk.routing.ActiveRules;",
                        "org.mediationdesk.routing.ActiveRules"),
                atLineTen("declares a global", "global java.util.List leaks;", "global leaks"),
                atLineTen("declares a type", "declare Stolen\n    text : String\nend", "declare Stolen"),
                atLineTen("declares a window", "declare window Recent\n    DisputeFact() over window:length(10)\nend",
                        "declare window Recent"),
                atLineTen("switches the package to MVEL", "dialect \"mvel\"", "dialect mvel"),
                atLineTen("writes a query", "query \"all disputes\"\n    DisputeFact()\nend", "query"),
                atLineTen("fires on a timer", "rule \"定时\" timer (int: 1s)\nwhen\n    DisputeFact()\nthen\nend",
                        "timer"),
                atLineTen("computes its salience", "rule \"优先级\" salience ($d.getPeopleInvolved())\nwhen\n"
                        + "    $d : DisputeFact()\nthen\nend", "salience"),
                inPattern("reads facts from an expression", "$s : String() from System.getenv().values()", "from"),
                inPattern("accumulates with a function",
                        "$n : Number() from accumulate(DisputeFact($p : peopleInvolved), sum($p))", "accumulate"),
                inPattern("matches any object", "Object()", "java.lang.Object"),
                new Hostile("compiles into the application's own package", "// 草稿\n".repeat(LINE - 1)
                        + HEADER.replace("package rules;", "package org.mediationdesk.routing;"), "package"));
    }

    private final RuleCompiler compiler = new RuleCompiler();

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDrafts")
    void hostileDraftIsRefusedAtItsLineAndNothingOfItRuns(Hostile hostile) throws Exception {
        Files.deleteIfExists(SENTINEL);
        int threadsBefore = Thread.activeCount();

        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> compiler.compile(Map.of(FILE, hostile.drl())));

        assertThat(refused).as("%s is refused; the draft was:%n%s", hostile, hostile.drl()).isNotNull();
        assertThat(refused.problems()).as(hostile.drl())
                .anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(FILE);
                    assertThat(problem.line()).isEqualTo(LINE);
                    assertThat(problem.message()).contains(hostile.refusedName());
                });
        assertThat(SENTINEL).as("nothing of the draft ran").doesNotExist();
        assertThat(Thread.activeCount()).as("no thread was started").isLessThanOrEqualTo(threadsBefore);
    }

    @Test
    void hostileDraftsCoverAtLeastThirtyTechniques() {
        assertThat(hostileDrafts().map(Hostile::technique).distinct().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void theRulesUnderRulesFolderPassThePolicyUnchanged() {
        assertThat(compiler.compile(RuleFiles.read(RuleFiles.DRL)).kieBase().getKiePackage("rules").getRules())
                .hasSizeGreaterThan(40);
    }

    @Test
    void everyIdiomOfTodaysRulesStillCompiles() {
        String idioms = HEADER + """
                import org.mediationdesk.routing.PartyFact;
                import org.mediationdesk.reference.RiskIndicator;

                function boolean worrying(String text) {
                    return text != null && text.matches("(?s).*(威胁|恐吓).*") && text.length() > 2;
                }

                rule "习惯写法"
                    salience -10
                    activation-group "样例"
                    no-loop true
                when
                    $d : DisputeFact(peopleInvolved >= 10 || amountInDispute != null,
                                     riskIndicators contains RiskIndicator.THREATS, riskLevel != RiskLevel.LOW,
                                     typeCode == "FISHERY", typeCode in ("FISHERY", "LABOUR"), $county : countyCode)
                    exists PartyFact(vulnerabilities.size() > 0 || (age != null && (age >= 60 || age < 18)))
                    not DisputeFact(countyCode != $county, description matches ".*打人.*")
                    eval(worrying($d.getDescription()) || $d.getPeopleInvolved() > 1)
                    $t : TriageDecision()
                then
                    String note = "人数 " + $d.getPeopleInvolved() + "，县 " + $county;
                    if (note.length() > 0 && $d.getAmountInDispute() != null) {
                        $t.flag(RiskFlag.GROUP, RiskLevel.MEDIUM);
                    }
                    java.util.List<String> parts = java.util.List.of(note, $county);
                    insert(new org.mediationdesk.routing.MediatorExcluded(parts.get(0), note));
                    update($t);
                    modify($t) { flag(RiskFlag.REPEAT, RiskLevel.LOW) }
                    delete($t);
                end
                """;

        assertThat(compiler.compile(Map.of(FILE, idioms)).kieBase().getKiePackage("rules").getRules()).hasSize(1);
    }
}
