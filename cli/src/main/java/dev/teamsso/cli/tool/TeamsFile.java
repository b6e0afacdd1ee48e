package dev.teamsso.cli.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.teamsso.cli.TeamListing;
import dev.teamsso.providers.contract.check.Field;
import dev.teamsso.providers.contract.check.TeamValues;
import dev.teamsso.providers.contract.TeamSetting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON of {@code import} and {@code export}: an array of objects with the five values
 * ({@code teamId}, {@code issuer}, {@code clientId}, {@code clientSecret}, {@code adminEmail})
 * and optionally {@code enabled}. A {@code clientSecret} written {@code ${env:TEAMS_SECRET_NAME}}
 * is read from that environment variable, so that a file can name its secrets without holding
 * them. Only {@code clientSecret} may, and only variables named {@value #SECRET_PREFIX}...: a
 * file (perhaps from a customer) must not make the tool send its own credentials
 * ({@code TEAMS_PASSWORD}, ...) or anything else of the environment to the file's issuer.
 * Export never writes a secret.
 */
final class TeamsFile {

    static final String ENABLED = "enabled";
    static final String SECRET_PREFIX = "TEAMS_SECRET_";
    private static final Pattern ENV_REFERENCE = Pattern.compile("^\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}$");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TeamsFile() {
    }

    /** One object of the file: its values, and what is wrong with it as written. */
    record Entry(String label, TeamValues values, Boolean enabled, List<String> problems) {
    }

    static List<Entry> read(Path file, Map<String, String> environment) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ToolFailure(ExitCode.INVALID, "FILE: cannot read " + file + " as JSON (" + e.getClass().getSimpleName()
                    + "). Fix: give a JSON array of teams, like [{\"teamId\": \"acme\", \"issuer\": ..., \"clientId\": ...,"
                    + " \"clientSecret\": \"${env:TEAMS_SECRET_ACME}\", \"adminEmail\": ...}]");
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new ToolFailure(ExitCode.INVALID, "FILE: " + file + " is not a non-empty JSON array. Fix: put the teams"
                    + " in [ ... ], one object each");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            entries.add(entry(i + 1, root.get(i), environment));
        }
        return entries;
    }

    static String write(List<TeamListing> teams) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TeamListing team : teams) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put(Field.TEAM.jsonKey(), team.teamId());
            object.put(Field.ISSUER.jsonKey(), team.issuer());
            object.put(Field.CLIENT_ID.jsonKey(), team.clientId());
            for (TeamSetting setting : TeamSetting.values()) {
                setting.fileKey().ifPresent(key -> object.put(key, team.settings().value(setting).orElse(null)));
            }
            object.put(ENABLED, team.enabled());
            out.add(object);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("teams cannot be written as JSON", e);
        }
    }

    private static Entry entry(int number, JsonNode node, Map<String, String> environment) {
        String label = "entry " + number;
        List<String> problems = new ArrayList<>();
        if (!node.isObject()) {
            problems.add(label + ": not a JSON object. Fix: write each team as {\"teamId\": ..., ...}");
            return new Entry(label, new TeamValues(null, null, null, null, null), null, problems);
        }
        JsonNode teamId = node.get(Field.TEAM.jsonKey());
        if (teamId != null && teamId.isTextual()) {
            label += " (teamId '" + teamId.asText() + "')";
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ENABLED.equals(name) && List.of(Field.values()).stream().noneMatch(f -> f.jsonKey().equals(name))) {
                problems.add(label + ": unknown key '" + name + "'. Fix: use only teamId, issuer, clientId, clientSecret,"
                        + " adminEmail and enabled");
            }
        }
        Map<Field, String> values = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            values.put(field, text(label, field, node.get(field.jsonKey()), environment, problems));
        }
        JsonNode enabled = node.get(ENABLED);
        if (enabled != null && !enabled.isBoolean()) {
            problems.add(label + ", enabled: not true or false. Fix: write true or false without quotes");
        }
        return new Entry(label, new TeamValues(values.get(Field.TEAM), values.get(Field.ISSUER), values.get(Field.CLIENT_ID),
                values.get(Field.CLIENT_SECRET), values.get(Field.ADMIN_EMAIL)),
                enabled != null && enabled.isBoolean() ? enabled.asBoolean() : null, problems);
    }

    private static String text(String label, Field field, JsonNode node, Map<String, String> environment, List<String> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(label + ", " + field.jsonKey() + ": not a string. Fix: put the value in double quotes");
            return null;
        }
        Matcher reference = ENV_REFERENCE.matcher(node.asText());
        if (!reference.matches()) {
            return node.asText();
        }
        if (field != Field.CLIENT_SECRET) {
            problems.add(label + ", " + field.jsonKey() + ": refers to an environment variable, which only clientSecret may."
                    + " Fix: write the value itself");
            return null;
        }
        if (!reference.group(1).startsWith(SECRET_PREFIX) || reference.group(1).length() == SECRET_PREFIX.length()) {
            problems.add(label + ", " + field.jsonKey() + ": refers to the environment variable " + reference.group(1)
                    + ", but an import file may read only variables named " + SECRET_PREFIX + "..., so that it cannot send"
                    + " the tool's own credentials or other values to its issuer; nothing was read. Fix: export "
                    + SECRET_PREFIX + "<NAME> with the team's secret and write \"${env:" + SECRET_PREFIX + "<NAME>}\"");
            return null;
        }
        String value = environment.get(reference.group(1));
        if (value == null || value.isEmpty()) {
            problems.add(label + ", " + field.jsonKey() + ": refers to the environment variable " + reference.group(1)
                    + ", which is not set. Fix: export " + reference.group(1) + " before running the command");
        }
        return value;
    }
}
