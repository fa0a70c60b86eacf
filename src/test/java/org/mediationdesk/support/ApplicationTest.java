package org.mediationdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, with MockMvc, as most integration tests need it.
 * Tests that carry only this annotation share one application context (Spring's test context cache), so
 * it starts once per test JVM; a test that adds properties or mocks gets a context of its own, so add
 * them only when the test is about them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface ApplicationTest {
}
