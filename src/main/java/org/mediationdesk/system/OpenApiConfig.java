package org.mediationdesk.system;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs: the API uses HTTP Basic authentication, and its date-times are
 * local times of the business's zone, without an offset.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String BASIC = "basicAuth";

    @Bean
    OpenAPI mediationDeskApi(Clock clock) {
        return new OpenAPI()
                .info(new Info().title("MediationDesk API").version("v1")
                        .description("矛盾纠纷调处化解：登记、分流、查询 — register, route and read disputes. "
                                + "时间均为 " + clock.getZone() + " 当地时间，不带时区偏移 — date-times are local times in "
                                + clock.getZone() + ", without an offset."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
