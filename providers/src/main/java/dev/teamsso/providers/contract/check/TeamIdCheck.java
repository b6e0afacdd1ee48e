package dev.teamsso.providers.contract.check;

import dev.teamsso.providers.contract.TeamId;
import java.util.Optional;

/** The Team ID's format, with the ID someone probably meant. */
final class TeamIdCheck {

    static final String RULE = "lower-case letters, digits and single dashes, starting with a letter, at most "
            + TeamId.MAX_LENGTH + " characters, like acme or acme-eng";

    private TeamIdCheck() {
    }

    static Optional<Problem> check(String teamId) {
        if (teamId == null || teamId.isEmpty()) {
            return Optional.of(new Problem(Field.TEAM, "missing", "give the Team ID the customer sent (" + RULE + ")"));
        }
        if (TeamId.isValid(teamId)) {
            return Optional.empty();
        }
        if (TeamId.isReserved(teamId)) {
            return Optional.of(new Problem(Field.TEAM, "'" + teamId + "' is reserved (a path of ours uses it)",
                    "ask the customer for another Team ID, for example " + teamId + "-team"));
        }
        String fix = TeamId.suggestFor(teamId)
                .map(suggestion -> "use " + suggestion + " (" + RULE + ")")
                .orElse("ask the customer for a Team ID of " + RULE);
        return Optional.of(new Problem(Field.TEAM, "'" + teamId + "' is not a valid Team ID", fix));
    }
}
