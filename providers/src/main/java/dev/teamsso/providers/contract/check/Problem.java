package dev.teamsso.providers.contract.check;

/**
 * One reason a team cannot be saved: the field, what was found (never a secret), and the fix.
 */
public record Problem(Field field, String found, String fix) {

    /** {@code --issuer: <found>. Fix: <fix>} */
    public String describe() {
        return field.flag() + ": " + found + ". Fix: " + fix;
    }

    /** {@code entry 3 (teamId "acme"), issuer: <found>. Fix: <fix>} — for import files. */
    public String describeIn(String entry) {
        return entry + ", " + field.jsonKey() + ": " + found + ". Fix: " + fix;
    }
}
