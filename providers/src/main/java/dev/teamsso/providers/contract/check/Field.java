package dev.teamsso.providers.contract.check;

/**
 * The five values a customer sends, as the {@code add} flag and the {@code import} file key
 * that carry them. Every problem names one of them.
 */
public enum Field {
    TEAM("--team", "teamId"),
    ISSUER("--issuer", "issuer"),
    CLIENT_ID("--client-id", "clientId"),
    CLIENT_SECRET("--client-secret", "clientSecret"),
    ADMIN_EMAIL("--admin-email", "adminEmail");

    private final String flag;
    private final String jsonKey;

    Field(String flag, String jsonKey) {
        this.flag = flag;
        this.jsonKey = jsonKey;
    }

    public String flag() {
        return flag;
    }

    public String jsonKey() {
        return jsonKey;
    }
}
