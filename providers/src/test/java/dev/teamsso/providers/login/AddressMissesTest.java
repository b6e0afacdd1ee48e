package dev.teamsso.providers.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

class AddressMissesTest {

    @Test
    void theAddressCoolsDownAtTheLimitAndNotBefore() {
        InMemoryStore store = new InMemoryStore();
        AddressMisses misses = new AddressMisses(store, "192.0.2.1", 3, 60);

        misses.record();
        misses.record();
        assertThat(misses.blocks()).isFalse();
        misses.record();
        assertThat(misses.blocks()).isTrue();
        misses.record();
        assertThat(store.entries).hasSize(3);
        assertThat(store.lifespans.values()).containsOnly(60L);
    }

    @Test
    void anotherAddressIsCountedApart() {
        InMemoryStore store = new InMemoryStore();
        for (int i = 0; i < 3; i++) {
            new AddressMisses(store, "192.0.2.1", 3, 60).record();
        }

        assertThat(new AddressMisses(store, "192.0.2.1", 3, 60).blocks()).isTrue();
        assertThat(new AddressMisses(store, "192.0.2.2", 3, 60).blocks()).isFalse();
    }

    /** Misses at the same moment (as on two nodes) are each counted: none overwrites another. */
    @Test
    void simultaneousMissesAreAllCounted() throws InterruptedException {
        InMemoryStore store = new InMemoryStore();
        int threads = 8;
        int missesEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                go.await();
                AddressMisses misses = new AddressMisses(store, "192.0.2.9", 1_000, 60);
                for (int i = 0; i < missesEach; i++) {
                    misses.record();
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(store.entries).hasSize(threads * missesEach);
        assertThat(new AddressMisses(store, "192.0.2.9", threads * missesEach, 60).blocks()).isTrue();
    }

    /** The single-use store's contract as far as AddressMisses uses it: an atomic putIfAbsent, and contains. */
    private static final class InMemoryStore implements SingleUseObjectProvider {

        final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();
        final Map<String, Long> lifespans = new ConcurrentHashMap<>();

        @Override
        public boolean putIfAbsent(String key, long lifespanSeconds) {
            boolean added = entries.putIfAbsent(key, Map.of()) == null;
            if (added) {
                lifespans.put(key, lifespanSeconds);
            }
            return added;
        }

        @Override
        public boolean contains(String key) {
            return entries.containsKey(key);
        }

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            entries.put(key, notes);
        }

        @Override
        public Map<String, String> get(String key) {
            return entries.get(key);
        }

        @Override
        public Map<String, String> remove(String key) {
            return entries.remove(key);
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            return entries.replace(key, notes) != null;
        }

        @Override
        public void close() {
        }
    }
}
