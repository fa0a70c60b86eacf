package org.mediationdesk.rulesets;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads simulation jobs run on: as many as draft runs may run at once on this node. The
 * queue stays empty because {@link DraftRuns} refuses a run before a job is given to it; daemon
 * threads, so a job never holds a stopping node up.
 */
@Configuration(proxyBeanMethods = false)
class DraftRunConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService draftRunExecutor(DraftRunSettings settings) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.draftRuns(), work -> {
            Thread thread = new Thread(work, "draft-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
