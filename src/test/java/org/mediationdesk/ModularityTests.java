package org.mediationdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages are application modules: a module uses another only through its top package
 * or a named interface, and no two modules depend on each other, however indirectly. The package map
 * in docs/modules is the one these modules draw.
 */
class ModularityTests {

    private static final Path COMMITTED_MAP = Path.of("docs/modules/components.puml");

    private final ApplicationModules modules = ApplicationModules.of(MediationDeskApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirInterfacesAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void committedPackageMapDrawsTheModulesAsTheyAre() throws IOException {
        Path generated = Path.of("target/spring-modulith-docs");
        new Documenter(modules, generated.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(Files.readAllLines(generated.resolve("components.puml")))
                .as("docs/modules is out of date: copy target/spring-modulith-docs/* to docs/modules/")
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(COMMITTED_MAP));
    }
}
