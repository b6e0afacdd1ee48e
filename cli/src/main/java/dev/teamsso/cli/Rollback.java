package dev.teamsso.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The undo steps of a change made of several admin calls, run newest first when a later call
 * fails, so that a team is changed all or nothing. Undo failures are attached to the original
 * failure, never thrown instead of it.
 */
final class Rollback {

    private final Deque<Runnable> undos = new ArrayDeque<>();

    /** Registers how to undo the step that just succeeded. */
    void done(Runnable undo) {
        undos.push(undo);
    }

    /** Undoes every registered step, newest first, and returns {@code failure} to rethrow. */
    RuntimeException undo(RuntimeException failure) {
        while (!undos.isEmpty()) {
            try {
                undos.pop().run();
            } catch (RuntimeException undoFailure) {
                failure.addSuppressed(undoFailure);
            }
        }
        return failure;
    }
}
