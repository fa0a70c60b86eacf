package org.mediationdesk.support;

import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.MediationDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node started in this JVM on a free port, with the database the test run uses
 * (the {@code mysql} profile's MEDIATIONDESK_DB_URL): several of them make a cluster on one database.
 */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private AppNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static AppNode start(String name, String... properties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.application.name=" + name));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        return new AppNode(new SpringApplicationBuilder(MediationDeskApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    public int port() {
        return port;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ApiClient as(String username) {
        return ApiClient.as(new TestRestTemplate(HttpClients.to("http://localhost:" + port)),
                username);
    }

    @Override
    public void close() {
        context.close();
    }
}
