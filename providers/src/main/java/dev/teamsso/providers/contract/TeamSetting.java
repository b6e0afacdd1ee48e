package dev.teamsso.providers.contract;

import java.util.Optional;

/**
 * The table of a team's settings: each one an attribute of the team's Organization, with its
 * type, default, and where the {@code teams} tool sets, shows and exports it. The server reads
 * them through {@link TeamSettings}; the tool writes them through the same class; the options
 * table of {@code docs/operators.md} is this table ({@code OperatorDocsTest}). A new per-team
 * setting is one entry here plus its use. Keys are a public contract: never rename one.
 */
public enum TeamSetting {

    ADMIN_EMAIL(TeamContract.ADMIN_EMAIL_ATTRIBUTE, "email", null, "none", "add --admin-email", "admin email", "adminEmail",
            "who becomes team admin on first sign-in"),
    ACCOUNT_SCOPE(TeamContract.ACCOUNT_SCOPE_ATTRIBUTE, "`team` or `user`", TeamContract.ACCOUNT_SCOPE_TEAM, null, null,
            "account scope", null, "what `account_id` names"),
    LANDING_CLIENT(TeamContract.LANDING_CLIENT_ATTRIBUTE, "client ID", null, "the realm's", null, "landing client", null,
            "per-team override of the realm's landing client"),
    ADMIN_GROUP(TeamSettings.ADMIN_GROUP_ATTRIBUTE, "group name", null, "none", "add --admin-group", "admin group", null,
            "pushed Okta group (SCIM) whose members are admins ([scim.md](scim.md))"),
    SCIM_TOKEN_HASH(TeamSettings.SCIM_TOKEN_HASH_ATTRIBUTE, "`sha256:…`", null, "none (SCIM answers 401)", "scim-token", null, null,
            "hash of the team's SCIM token; never the token"),
    SETUP_TOKEN_HASH(TeamSettings.SETUP_TOKEN_HASH_ATTRIBUTE, "`sha256:…`", null, "only while pending", "invite", null, null,
            "hash of the set-up link's token; never the token ([self-service-setup.md](self-service-setup.md))"),
    SETUP_EXPIRES(TeamSettings.SETUP_EXPIRES_ATTRIBUTE, "ISO-8601 UTC instant", null, "now + 72h", "invite --expires", null, null,
            "when the set-up link stops working"),
    SETUP_STATE(TeamSettings.SETUP_STATE_ATTRIBUTE, "`" + TeamSettings.SETUP_STATE_INVITED + "` or `"
            + TeamSettings.SETUP_STATE_VALUES_ACCEPTED + "`", null, "only while pending", "invite", null, null,
            "a pending team's set-up step; removed with the two above when the test sign-in enables the team");

    private final String key;
    private final String type;
    private final String defaultValue;
    private final String defaultText;
    private final String toolCommand;
    private final String label;
    private final String fileKey;
    private final String meaning;

    TeamSetting(String key, String type, String defaultValue, String defaultText, String toolCommand, String label,
                String fileKey, String meaning) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.toolCommand = toolCommand;
        this.label = label;
        this.fileKey = fileKey;
        this.meaning = meaning;
    }

    /** The Organization attribute that holds it. */
    public String key() {
        return key;
    }

    /** Its values, in words (Markdown), as the options table shows them. */
    public String type() {
        return type;
    }

    /** The value meant when it is not set, if that is a value (else not set means "none"). */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The default, in words (Markdown). */
    public String defaultText() {
        return defaultValue == null ? defaultText : "`" + defaultValue + "`";
    }

    /** The {@code teams} command (and flag) that sets it, like {@code add --admin-group}; empty when the tool does not. */
    public Optional<String> toolCommand() {
        return Optional.ofNullable(toolCommand);
    }

    /** The flag of {@code teams add} that sets it; empty when {@code add} does not. */
    public Optional<String> addFlag() {
        return toolCommand().filter(command -> command.startsWith("add --")).map(command -> command.substring("add ".length()));
    }

    /** Its row name in {@code teams show}; empty when {@code show} leaves it out (hashes, set-up state). */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** Its key in the {@code import}/{@code export} file; empty when files do not carry it. */
    public Optional<String> fileKey() {
        return Optional.ofNullable(fileKey);
    }

    /** What it does (Markdown). */
    public String meaning() {
        return meaning;
    }
}
