package dev.teamsso.bench;

import java.util.Arrays;

/** The sign-in paths the benchmark drives, each ending with the code exchanged for checked tokens. */
enum Scenario {
    PASSWORD("a", "password", "local password sign-in (Keycloak's baseline)"),
    CORPORATE_SSO("b", "corporate-sso", "Corporate SSO via the Team ID form, returning person"),
    IDP_HINT("c", "idp-hint", "kc_idp_hint deep link, returning person (stock brokering)"),
    FIRST_SIGN_IN("d", "first-sign-in", "first sign-in, just-in-time account"),
    OKTA_INITIATED("e", "okta-initiated", "Okta tile (initiate endpoint) + the platform's silent sign-in");

    private final String letter;
    private final String key;
    private final String description;

    Scenario(String letter, String key, String description) {
        this.letter = letter;
        this.key = key;
        this.description = description;
    }

    String letter() {
        return letter;
    }

    String key() {
        return key;
    }

    String description() {
        return description;
    }

    /** Brokered paths go through the Okta stand-in; its own failures are counted apart. */
    boolean isBrokered() {
        return this != PASSWORD;
    }

    static Scenario byLetterOrKey(String name) {
        for (Scenario scenario : values()) {
            if (scenario.letter.equalsIgnoreCase(name) || scenario.key.equalsIgnoreCase(name)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "': use a-e or " + Arrays.toString(values()));
    }
}
