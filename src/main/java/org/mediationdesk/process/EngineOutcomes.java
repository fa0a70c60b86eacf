package org.mediationdesk.process;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.mediationdesk.system.ConflictException;

/**
 * What the engine throws when someone else got there first, as our 409s: a task claimed or completed
 * meanwhile, a process no longer waiting for a message, a row changed under the engine's optimistic lock or
 * a database deadlock. A {@link ConflictException} thrown by a process hook comes out as itself, unwrapped.
 */
final class EngineOutcomes {

    private EngineOutcomes() {
    }

    /** A task action: the task may be done or claimed by the time the engine acts. */
    static <T> T onTask(Supplier<T> call) {
        return mapped(call, "task.done");
    }

    static <T> T onClaim(Supplier<T> call) {
        return mapped(call, "task.claimed");
    }

    /** A message the process waits for only while mediating. */
    static <T> T onMessage(Supplier<T> call) {
        return mapped(call, "case.changed");
    }

    /** Anything else the engine does in a transaction, when another one changed the same rows. */
    static <T> T onChange(Supplier<T> call) {
        return mapped(call, "case.changed");
    }

    private static <T> T mapped(Supplier<T> call, String lostRaceKey) {
        try {
            return call.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("task.claimed");
        } catch (OptimisticLockingException e) {
            throw new ConflictException(lostRaceKey);
        } catch (NullValueException | NotFoundException e) {
            throw new ConflictException("task.done");
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("case.notInMediation");
        } catch (ProcessEngineException e) {
            throw unwrapped(e, lostRaceKey);
        }
    }

    private static RuntimeException unwrapped(ProcessEngineException e, String lostRaceKey) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictException conflict) {
                return conflict;
            }
            if (isDeadlock(cause)) {
                return new ConflictException(lostRaceKey);
            }
        }
        return e;
    }

    /** SQL state 40001 (serialization failure, MySQL's deadlock) or 40P01: the database chose this one to undo. */
    private static boolean isDeadlock(Throwable cause) {
        return cause instanceof SQLTransactionRollbackException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40");
    }
}
