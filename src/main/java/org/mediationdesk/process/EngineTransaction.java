package org.mediationdesk.process;

import org.camunda.bpm.engine.IdentityService;
import org.mediationdesk.system.ConflictException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in one transaction with the user signed into the process engine, so that what the
 * process does in that transaction (status moves, history) records who acted. Work that lost a race
 * (the engine's optimistic lock, a lock wait or deadlock in the database) ends in a
 * {@link ConflictException}, never a 500.
 */
@Component
public class EngineTransaction {

    private final IdentityService identityService;
    private final TransactionTemplate transaction;

    EngineTransaction(IdentityService identityService, PlatformTransactionManager transactions) {
        this.identityService = identityService;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void runAs(String userId, Runnable work) {
        try {
            EngineOutcomes.onChange(() -> transaction.execute(status -> {
                identityService.setAuthenticatedUserId(userId);
                try {
                    work.run();
                } finally {
                    identityService.clearAuthentication();
                }
                return null;
            }));
        } catch (ConcurrencyFailureException e) {
            throw new ConflictException("case.changed");
        }
    }
}
