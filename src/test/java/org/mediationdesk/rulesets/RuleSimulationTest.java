package org.mediationdesk.rulesets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.RegisteredCaseFacts;
import org.mediationdesk.mediators.MediatorAssignment;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.ActiveRules;
import org.mediationdesk.routing.CompiledRules;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.RuleEvaluationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A simulation run asks between cases whether to go on, and stops there when told to. */
class RuleSimulationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private final RegisteredCaseFacts registered = mock(RegisteredCaseFacts.class);
    private final DisputeRules rules = mock(DisputeRules.class);
    private final DisputeRules onTrial = mock(DisputeRules.class);
    private final RuleSimulation simulation = simulation();

    @Test
    void aRunToldToStopAfterTwoOfFiveCasesDecidesNoFurtherCase() {
        List<Integer> asked = new ArrayList<>();
        RuleSimulation.Prepared prepared = simulation.prepare(1, FROM, TO, CaseScope.EVERY_CENTRE);

        assertThatThrownBy(() -> simulation.run(prepared, Locale.SIMPLIFIED_CHINESE, (done, total) -> {
            asked.add(done);
            return done < 2;
        })).isInstanceOf(CancellationException.class);

        assertThat(asked).containsExactly(0, 1, 2);
        verify(onTrial, times(2 * 2)).triage(any(), anyCollection());
    }

    @Test
    void aRunThatGoesOnDecidesEveryCaseAndReportsTheEnd() {
        List<Integer> asked = new ArrayList<>();
        RuleSimulation.Prepared prepared = simulation.prepare(1, FROM, TO, CaseScope.EVERY_CENTRE);

        SimulationReport report = simulation.run(prepared, Locale.SIMPLIFIED_CHINESE, (done, total) -> {
            asked.add(done);
            return true;
        });

        assertThat(asked).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(report.cases()).isEqualTo(5);
        verify(onTrial, times(5 * 2)).triage(any(), anyCollection());
    }

    private RuleSimulation simulation() {
        List<RegisteredCaseFacts.CaseFacts> cases = IntStream.rangeClosed(1, 5).mapToObj(RuleSimulationTest::pastCase).toList();
        when(registered.count(FROM, TO, null)).thenReturn(cases.size());
        when(registered.between(FROM, TO, null)).thenReturn(cases);
        RuleSetVersions versions = mock(RuleSetVersions.class);
        when(versions.get(1)).thenReturn(new RuleSetVersion(1, RuleSetStatus.DRAFT, null, "-", "author", "-",
                LocalDateTime.now(), null, null, null));
        when(versions.files(1)).thenReturn(new TreeMap<>());
        RuleSetChecks checks = mock(RuleSetChecks.class);
        when(checks.compile(1, new TreeMap<>())).thenReturn(new CompiledRules(null, "v1"));
        when(rules.on(any())).thenReturn(onTrial);
        when(onTrial.triage(any(), anyCollection())).thenThrow(new RuleEvaluationException("TRIAGE", "描述", null));
        return new RuleSimulation(registered, versions, checks, new ActiveRules(new CompiledRules(null, "v0")), rules,
                mock(MediatorAssignment.class), mock(ReferenceData.class), SimulationErrorsTest.messages());
    }

    private static RegisteredCaseFacts.CaseFacts pastCase(int number) {
        DisputeFact dispute = new DisputeFact("FISHERY", DisputeSource.WALK_IN, "330503", "330503105", 2, null,
                "鱼塘纠纷", Set.of(), null, 0, 0, null);
        return new RegisteredCaseFacts.CaseFacts("NX-2026-00000" + number, LocalDateTime.of(2026, 11, number, 9, 0),
                "NX-LINGHU-FISHERY", null, null, dispute, List.of(), List.of());
    }
}
