package dev.teamsso.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/** Two calls released at the same moment, as close as two threads allow: for race tests. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs both calls on {@code pool}, both waiting at one gate; returns their results in order. */
    public static <T> List<T> run(ExecutorService pool, Supplier<T> first, Supplier<T> second) {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<T> a = CompletableFuture.supplyAsync(() -> await(ready, go, first), pool);
        CompletableFuture<T> b = CompletableFuture.supplyAsync(() -> await(ready, go, second), pool);
        awaitUninterruptibly(ready);
        go.countDown();
        return List.of(a.join(), b.join());
    }

    private static <T> T await(CountDownLatch ready, CountDownLatch go, Supplier<T> call) {
        ready.countDown();
        awaitUninterruptibly(go);
        return call.get();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
