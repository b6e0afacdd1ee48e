package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.RealmModel;

/**
 * The platform clients whose tokens the team API accepts: the realm attribute
 * {@link TeamApiContract#API_CLIENTS_ATTRIBUTE} (client IDs separated by commas or spaces), or
 * {@link TeamApiContract#DEFAULT_API_CLIENTS} when it is unset or blank. A token counts when the
 * client it was issued to ({@code azp}) is on the list.
 */
final class ApiClients {

    private ApiClients() {
    }

    static boolean accepts(RealmModel realm, String authorizedParty) {
        return authorizedParty != null && parse(realm.getAttribute(TeamApiContract.API_CLIENTS_ATTRIBUTE)).contains(authorizedParty);
    }

    static Set<String> parse(String attribute) {
        Set<String> clients = attribute == null ? Set.of() : Arrays.stream(attribute.split("[,\\s]+"))
                .filter(clientId -> !clientId.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return clients.isEmpty() ? Set.of(TeamApiContract.DEFAULT_API_CLIENTS) : clients;
    }
}
