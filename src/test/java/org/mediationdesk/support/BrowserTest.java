package org.mediationdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test in real headless Chromium against the application on a random port. Tagged
 * {@value #TAG}: only {@code mvn verify -Pbrowser} runs it (it needs Debian's {@code chromium} and
 * {@code chromium-driver}); plain {@code mvn verify} leaves it out. Drive the browser with {@link Chromium}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserTest.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface BrowserTest {

    String TAG = "browser";
}
