package dev.teamsso.bench;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** The sign-in paths the benchmark drives, each ending with the code exchanged for checked tokens. */
enum Scenario {
    PASSWORD("a", "password", "local password sign-in (Keycloak's baseline)"),
    CORPORATE_SSO("b", "corporate-sso", "Corporate SSO via the Team ID form, returning person"),
    IDP_HINT("c", "idp-hint", "kc_idp_hint deep link, returning person (stock brokering in our realm)"),
    FIRST_SIGN_IN("d", "first-sign-in", "first sign-in, just-in-time account"),
    OKTA_INITIATED("e", "okta-initiated", "Okta tile (initiate endpoint) + the platform's silent sign-in"),
    STOCK_REALM("s", "stock-realm", "kc_idp_hint in a stock realm: stock flows and IdP settings, no Organizations, "
            + "events not stored, returning person"),
    IDENTITY_FIRST("f", "identity-first", "Keycloak Organizations' identity-first login: email page, domain-matched "
            + "organization, redirect to its IdP (stock realm with Organizations), returning person"),
    IDP_BUTTON("g", "idp-button", "stock login page with a visible IdP button, clicked (stock realm), returning person"),
    NO_STORED_EVENTS("b1", "corporate-sso/events-off", "(b) with the realm's stored events off", RealmSetting.EVENTS_NOT_STORED),
    NO_BRUTE_FORCE("b2", "corporate-sso/brute-force-off", "(b) with brute-force protection off", RealmSetting.BRUTE_FORCE_OFF),
    SYNC_IMPORT("b3", "corporate-sso/sync-import", "(b) with the team IdP's sync mode IMPORT", RealmSetting.SYNC_IMPORT),
    NO_IDENTITY_CHECK("b4", "corporate-sso/no-identity-check", "(b) without the team IdP's post-login flow (the issuer and "
            + "subject check, its two redirects and its event): the price of that check, never shipped", RealmSetting.NO_IDENTITY_CHECK);

    private final String letter;
    private final String key;
    private final String description;
    private final RealmSetting setting;

    Scenario(String letter, String key, String description) {
        this(letter, key, description, RealmSetting.AS_SHIPPED);
    }

    Scenario(String letter, String key, String description, RealmSetting setting) {
        this.letter = letter;
        this.key = key;
        this.description = description;
        this.setting = setting;
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

    /** The realm setting changed for this path's cells ({@link RealmSetting#AS_SHIPPED} for the paths themselves). */
    RealmSetting setting() {
        return setting;
    }

    /** A cell pricing a realm setting: run at one concurrency only. */
    boolean isSettingVariant() {
        return setting != RealmSetting.AS_SHIPPED;
    }

    /** Brokered paths go through the Okta stand-in; its own failures are counted apart. */
    boolean isBrokered() {
        return this != PASSWORD;
    }

    /** Every path and variant, the default of {@code --scenarios} and of {@code --full}. */
    static List<String> allLetters() {
        return Arrays.stream(values()).map(Scenario::letter).toList();
    }

    /** The letters for picocli's {@code ${COMPLETION-CANDIDATES}} in the help of {@code --scenarios}. */
    static final class Letters implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return allLetters().iterator();
        }
    }

    static Scenario byLetterOrKey(String name) {
        for (Scenario scenario : values()) {
            if (scenario.letter.equalsIgnoreCase(name) || scenario.key.equalsIgnoreCase(name)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "': use one of " + allLetters() + " or "
                + Arrays.stream(values()).map(Scenario::key).toList());
    }
}
