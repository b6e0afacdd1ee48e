package dev.teamsso.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A SCIM import as Okta runs one when a team assigns its people to the app: for each person
 * "does this userName exist?" ({@code GET /Users?filter=userName eq}), then {@code POST /Users},
 * at a given concurrency. Used by the benchmark and its test.
 *
 * @param users    how many people were created
 * @param failures calls that did not answer as expected
 * @param elapsed  wall-clock time of the whole import
 */
public record ScimImport(int users, int failures, Duration elapsed) {

    public double usersPerSecond() {
        return users / Math.max(0.001, elapsed.toNanos() / 1e9);
    }

    public static ScimImport run(ScimClient scim, String emailDomain, int count, int concurrency) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Boolean>> results = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                String userName = "import" + i + "@" + emailDomain;
                results.add(pool.submit(() -> importOne(scim, userName)));
            }
            int created = 0;
            int failures = 0;
            for (Future<Boolean> result : results) {
                try {
                    if (result.get()) {
                        created++;
                    } else {
                        failures++;
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failures++;
                }
            }
            return new ScimImport(created, failures, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static boolean importOne(ScimClient scim, String userName) {
        ScimClient.Answer found = scim.findUser(userName);
        if (found.status() != 200 || found.json().get("totalResults").asInt() != 0) {
            return false;
        }
        return scim.post("/Users", ScimClient.oktaUser(userName, OktaPerson.newOktaUserId(), "Imported", "Person", true))
                .status() == 201;
    }
}
