package org.mediationdesk.rulesets;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which centres' past cases rule authors and administrators simulate on, by configuration. */
class SimulationScopeTest {

    private final ReferenceData referenceData = mock(ReferenceData.class);

    @BeforeEach
    void nanxunAndWuxing() {
        when(referenceData.county("330503")).thenReturn(Optional.of(county("330503", "南浔区")));
        when(referenceData.county("330502")).thenReturn(Optional.of(county("330502", "吴兴区")));
        when(referenceData.centres()).thenReturn(List.of(centre("NX-COUNTY", "330503"), centre("NX-LINGHU-FISHERY", "330503"),
                centre("WX-COUNTY", "330502"), centre("WX-ZHILI", "330502")));
    }

    @Test
    void byDefaultEveryRuleAuthorSimulatesOnEveryCentre() {
        SimulationScope scope = scope(SimulationScope.Mode.ALL, Map.of());

        assertThat(scope.of(user("author", Role.RULE_AUTHOR)).everyCentre()).isTrue();
    }

    @Test
    void withCountiesARuleAuthorSimulatesOnTheCentresOfTheCountiesListingThem() {
        SimulationScope scope = scope(SimulationScope.Mode.COUNTIES,
                Map.of("330503", List.of("nanxun.author", "city.author"), "330502", List.of("city.author")));

        CaseScope nanxun = scope.of(user("nanxun.author", Role.RULE_AUTHOR));
        CaseScope city = scope.of(user("city.author", Role.RULE_AUTHOR));

        assertThat(nanxun.counties()).containsExactly("330503");
        assertThat(nanxun.centres()).containsExactlyInAnyOrder("NX-COUNTY", "NX-LINGHU-FISHERY");
        assertThat(city.counties()).containsExactly("330502", "330503");
        assertThat(city.centres()).hasSize(4);
    }

    @Test
    void withCountiesARuleAuthorListedUnderNoCountySimulatesOnNoCentre() {
        SimulationScope scope = scope(SimulationScope.Mode.COUNTIES, Map.of("330503", List.of("nanxun.author")));

        CaseScope other = scope.of(user("wuxing.author", Role.RULE_AUTHOR));

        assertThat(other.everyCentre()).isFalse();
        assertThat(other.centres()).isEmpty();
    }

    @Test
    void anAdministratorSimulatesOnEveryCentreWhateverTheScope() {
        SimulationScope scope = scope(SimulationScope.Mode.COUNTIES, Map.of("330503", List.of("nanxun.author")));

        assertThat(scope.of(user("admin", Role.ADMIN)).everyCentre()).isTrue();
    }

    @Test
    void aCountyCodeThatIsNoCountyStopsTheStart() {
        assertThatThrownBy(() -> scope(SimulationScope.Mode.COUNTIES, Map.of("330599", List.of("author"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("330599");
    }

    private SimulationScope scope(SimulationScope.Mode mode, Map<String, List<String>> counties) {
        return new SimulationScope(new DraftRunSettings(mode, counties, 2, Duration.ofDays(1), Duration.ofMinutes(5)),
                referenceData);
    }

    private static AppUser user(String username, Role role) {
        return new AppUser(1, username, "-", username, null, true, EnumSet.of(role));
    }

    private static Region county(String code, String name) {
        return new Region(code, "330500", "COUNTY", name, name, "X");
    }

    private static Centre centre(String code, String county) {
        return new Centre(code, CentreKind.COUNTY, code, code, county, county, null, null, Set.of());
    }
}
