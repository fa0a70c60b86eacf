package org.mediationdesk.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.CompiledRules;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.compilation.RuleCompilationException;
import org.mediationdesk.routing.scenarios.ScenarioResult;
import org.mediationdesk.routing.scenarios.ScenarioRunner;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What must hold before a version runs anywhere: its DRL files compile (Drools also refuses a rule
 * on a fact field that does not exist), and every row of its scenario tables passes.
 */
@Component
class RuleSetChecks {

    private final RuleSetCompiler compiler;
    private final DisputeRules rules;
    private final ReferenceData referenceData;

    RuleSetChecks(RuleSetCompiler compiler, DisputeRules rules, ReferenceData referenceData) {
        this.compiler = compiler;
        this.rules = rules;
        this.referenceData = referenceData;
    }

    /** The compile errors, each with its file and line; empty when the version compiles. */
    List<RuleProblem> compileProblems(long versionId, Map<String, String> files) {
        try {
            compiler.compile(versionId, files);
            return List.of();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(RuleSetChecks::toRuleProblem).toList();
        }
    }

    /** @throws RuleSetRejectedException listing the compile errors */
    CompiledRules compile(long versionId, Map<String, String> files) {
        try {
            return compiler.compile(versionId, files);
        } catch (RuleCompilationException e) {
            throw new RuleSetRejectedException("ruleset.doesNotCompile",
                    e.problems().stream().map(RuleSetChecks::toRuleProblem).toList());
        }
    }

    /** A compile problem in the reader's language: the rule policy's refusals come in Chinese and English. */
    private static RuleProblem toRuleProblem(RuleCompilationException.Problem problem) {
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        return new RuleProblem(problem.file(), problem.line(), problem.message(english));
    }

    /** Every row of every scenario table of the version, run on its own compiled rules. */
    List<ScenarioResult> scenarios(CompiledRules compiled, Map<String, String> files) {
        ScenarioRunner runner = new ScenarioRunner(rules.on(compiled), referenceData);
        List<ScenarioResult> results = new ArrayList<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".csv")) {
                results.addAll(runner.run(path, text));
            }
        });
        return results;
    }

    /** @throws RuleSetRejectedException when the version does not compile or a scenario row fails */
    CompiledRules passing(long versionId, Map<String, String> files) {
        CompiledRules compiled = compile(versionId, files);
        List<RuleProblem> failed = scenarios(compiled, files).stream().filter(result -> !result.passed())
                .map(result -> new RuleProblem(result.scenario().file(), result.scenario().row(),
                        "«" + result.scenario().sentence() + "»: " + result.reason()))
                .toList();
        if (!failed.isEmpty()) {
            throw new RuleSetRejectedException("ruleset.scenariosFail", failed);
        }
        return compiled;
    }
}
