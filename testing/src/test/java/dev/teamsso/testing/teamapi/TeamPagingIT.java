package dev.teamsso.testing.teamapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamsso.testing.OktaPerson;
import dev.teamsso.testing.TeamApiClient;
import dev.teamsso.testing.TeamApiClient.Answer;
import dev.teamsso.testing.TeamSsoExtension;
import dev.teamsso.testing.TeamSsoStack;
import dev.teamsso.testing.teamapi.TeamFixture.Person;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation.Policy;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Paging through a team of 1,000: one admin signed in through Okta, 999 accounts made by the
 * admin API (one partial import, then organization membership four at a time).
 */
@ExtendWith(TeamSsoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamPagingIT {

    private static final String TEAM = "dunder";
    private static final int BULK = 999;
    private static final int THREADS = 4;

    private final TeamSsoStack stack;
    private final TeamApiClient api;
    private TeamFixture team;
    private Person michael;
    private List<String> bulkIds;

    TeamPagingIT(TeamSsoStack stack) {
        this.stack = stack;
        this.api = new TeamApiClient(stack.keycloak().realmUrl(TeamSsoStack.REALM));
    }

    @BeforeAll
    void createATeamOfAThousand() {
        Instant start = Instant.now();
        team = new TeamFixture(stack, TEAM, "michael@dunder.example");
        michael = team.signIn(OktaPerson.named("Michael", "Scott", "michael@dunder.example"));
        bulkIds = importAccounts();
        inParallel(bulkIds, id -> team.organization().members().addMember(id).close());
        System.out.printf("TeamPagingIT: a team of %d made in %d ms%n", BULK + 1, Duration.between(start, Instant.now()).toMillis());
    }

    @AfterAll
    void removeTeam() {
        inParallel(bulkIds, id -> stack.realm().users().delete(id).close());
        team.remove();
    }

    @Test
    void pagingVisitsEveryMemberExactlyOnce() {
        assertThat(api.team(michael.token(), TEAM).json().get("memberCount").asLong()).isEqualTo(BULK + 1);

        Instant start = Instant.now();
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (int first = 0; ; first += 100) {
            List<JsonNode> page = members(api.members(michael.token(), TEAM, Map.of("first", "" + first, "max", "100")));
            pages++;
            page.forEach(member -> seen.add(member.get("id").asText()));
            if (page.size() < 100) {
                break;
            }
        }
        System.out.printf("TeamPagingIT: %d pages of up to 100 in %d ms%n", pages, Duration.between(start, Instant.now()).toMillis());

        assertThat(pages).isEqualTo(11);
        assertThat(seen).hasSize(BULK + 1).doesNotHaveDuplicates();
        Set<String> expected = new HashSet<>(bulkIds);
        expected.add(michael.id());
        assertThat(new HashSet<>(seen)).isEqualTo(expected);
    }

    @Test
    void pagesAreCappedAndTheTailIsShort() {
        Answer capped = api.members(michael.token(), TEAM, Map.of("max", "1000"));
        assertThat(capped.json().get("max").asInt()).isEqualTo(100);
        assertThat(members(capped)).hasSize(100);

        assertThat(members(api.members(michael.token(), TEAM, Map.of("first", "995", "max", "10")))).hasSize(5);
        assertThat(members(api.members(michael.token(), TEAM, Map.of("first", "5000")))).isEmpty();
        assertThat(members(api.members(michael.token(), TEAM, Map.of()))).hasSize(20);
    }

    @Test
    void searchFindsOneInAThousand() {
        List<JsonNode> found = members(api.members(michael.token(), TEAM, Map.of("search", "bulk0777@dunder.example")));

        assertThat(found).singleElement().satisfies(member -> {
            assertThat(member.get("email").asText()).isEqualTo("bulk0777@dunder.example");
            assertThat(member.get("role").asText()).isEqualTo("member");
        });
        assertThat(members(api.members(michael.token(), TEAM, Map.of("search", "scott"))))
                .singleElement().satisfies(member -> assertThat(member.get("role").asText()).isEqualTo("admin"));
    }

    private List<String> importAccounts() {
        PartialImportRepresentation accounts = new PartialImportRepresentation();
        accounts.setIfResourceExists(Policy.FAIL.name());
        accounts.setUsers(IntStream.rangeClosed(1, BULK).mapToObj(this::account).toList());
        try (Response imported = stack.realm().partialImport(accounts)) {
            assertThat(imported.getStatus()).isEqualTo(200);
            JsonNode results = new ObjectMapper().readTree(imported.readEntity(String.class)).get("results");
            return StreamSupport.stream(results.spliterator(), false).map(result -> result.get("id").asText()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserRepresentation account(int number) {
        String name = String.format("bulk%04d", number);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(team.team().username(name));
        user.setEmail(name + "@dunder.example");
        user.setEmailVerified(true);
        user.setFirstName("Bulk");
        user.setLastName(name);
        user.setEnabled(true);
        return user;
    }

    private static void inParallel(List<String> ids, Consumer<String> work) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = ids.stream().<Future<?>>map(id -> pool.submit(() -> work.accept(id))).toList();
            for (Future<?> each : done) {
                each.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<JsonNode> members(Answer page) {
        assertThat(page.status()).isEqualTo(200);
        return StreamSupport.stream(page.json().get("members").spliterator(), false).toList();
    }
}
