package org.mediationdesk.support;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profile {@code oidc} added to those the run sets ({@code -Dspring.profiles.active=mysql}), so the single
 * sign-on tests run on MariaDB as well as on H2: {@code @ActiveProfiles(resolver = WithOidcProfile.class)}.
 */
public final class WithOidcProfile implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String active = System.getProperty("spring.profiles.active", "");
        return Stream.concat(Arrays.stream(active.split(",")).map(String::trim).filter(p -> !p.isEmpty()), Stream.of("oidc"))
                .distinct().toArray(String[]::new);
    }
}
