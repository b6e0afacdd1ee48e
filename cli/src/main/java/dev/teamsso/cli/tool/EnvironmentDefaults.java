package dev.teamsso.cli.tool;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Connection flags (and {@code --allow-loopback-issuer}) left off the command line come from the environment
 * ({@code --server} from {@code TEAMS_SERVER}, ...), else from the flag's own default.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    static final Map<String, String> VARIABLES = Map.of(
            ConnectionOptions.SERVER, "TEAMS_SERVER",
            ConnectionOptions.REALM, "TEAMS_REALM",
            ConnectionOptions.USER, "TEAMS_USER",
            ConnectionOptions.PASSWORD, "TEAMS_PASSWORD",
            ConnectionOptions.AUTH_CLIENT_ID, "TEAMS_CLIENT_ID",
            ConnectionOptions.AUTH_CLIENT_SECRET, "TEAMS_CLIENT_SECRET",
            SavingOptions.ALLOW_LOOPBACK, "TEAMS_ALLOW_LOOPBACK_ISSUER");

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        String variable = VARIABLES.get(option.longestName());
        String value = variable == null ? null : environment.get(variable);
        return value == null || value.isEmpty() ? option.defaultValue() : value;
    }
}
