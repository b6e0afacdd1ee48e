package dev.teamsso.testing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.cli.tool.ConnectionOptions;
import dev.teamsso.cli.tool.ExitCode;
import dev.teamsso.cli.tool.TeamsTool;
import dev.teamsso.providers.contract.TeamSetting;
import dev.teamsso.testing.HarnessSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Keeps docs/operators.md true: its exit codes, commands, flags, team settings and realm-JSON example are the code's. */
class OperatorDocsTest {

    private static final Pattern FLAG = Pattern.compile("--[a-z][a-z-]*");
    private static final String ORGANIZATION_ATTRIBUTE = "Organization attribute";

    @Test
    void theExitCodeTableIsExitCodeAndTheToolsHelp() throws Exception {
        Set<Integer> documented = MarkdownDoc.read("operators.md").tableRows("### Exit codes").stream()
                .map(row -> Integer.valueOf(row.get(0))).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> inCode = new TreeSet<>();
        for (Field field : ExitCode.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                inCode.add(field.getInt(null));
            }
        }
        Set<Integer> inHelp = Arrays.stream(TeamsTool.class.getAnnotation(Command.class).exitCodeList())
                .map(line -> Integer.valueOf(line.substring(0, line.indexOf(':')).strip()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("docs/operators.md exit codes vs ExitCode").isEqualTo(inCode);
        assertThat(inHelp).as("teams --help exit codes vs ExitCode").isEqualTo(inCode);
    }

    @Test
    void theCommandTableNamesEveryCommandWithExactlyItsOwnFlags() throws Exception {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (var row : MarkdownDoc.read("operators.md").tableRows("### Commands")) {
            String usage = row.get(0).replace("`", "");
            // A row may describe several commands ("add/import ... --update") and a command several rows.
            for (String command : usage.split(" ")[0].split("/")) {
                if (!command.equals("help")) {
                    documented.computeIfAbsent(command, name -> new TreeSet<>()).addAll(flags(usage));
                }
            }
        }
        Map<String, Set<String>> inCode = new TreeMap<>();
        tool().getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                inCode.put(name, ownFlags(sub.getCommandSpec()));
            }
        });
        assertThat(documented).as("docs/operators.md commands and their flags vs the tool").isEqualTo(inCode);
    }

    @Test
    void theConnectionFlagTableIsEveryConnectionFlag() throws Exception {
        Set<String> documented = MarkdownDoc.read("operators.md").tableRows("### Connection flags and environment variables")
                .stream().map(row -> flags(row.get(0)).iterator().next()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inCode = new TreeSet<>();
        tool().getSubcommands().values().forEach(sub -> connectionOptions(sub.getCommandSpec())
                .forEach(option -> inCode.add(option.longestName())));
        assertThat(documented).as("docs/operators.md connection flags vs ConnectionOptions").isEqualTo(inCode);
    }

    @Test
    void theOptionsTablesTeamSettingsAreTheSettingsTable() throws Exception {
        List<List<String>> documented = MarkdownDoc.read("operators.md").tableRows("## Options").stream()
                .filter(row -> row.get(1).startsWith(ORGANIZATION_ATTRIBUTE)).toList();
        List<List<String>> inCode = Arrays.stream(TeamSetting.values())
                .map(setting -> List.of("`" + setting.key() + "`",
                        ORGANIZATION_ATTRIBUTE + setting.toolCommand().map(command -> " (`teams " + command + "`)").orElse(""),
                        setting.type(), setting.defaultText(), setting.meaning()))
                .toList();
        assertThat(documented).as("docs/operators.md Organization attributes vs TeamSetting").isEqualTo(inCode);
    }

    @Test
    void theRealmJsonExampleIsTheTestedFile() throws Exception {
        String documented = MarkdownDoc.read("operators.md").fencedBlock("## Declaring teams in realm JSON", "json");
        String tested = Files.readString(HarnessSettings.load().projectDir().resolve("realm-config/examples/team-acme.json"));
        assertThat(documented.strip()).as("docs/operators.md example vs realm-config/examples/team-acme.json (RealmJsonTeamIT)")
                .isEqualTo(tested.strip());
    }

    private static CommandLine tool() {
        return TeamsTool.commandLine(Map.of());
    }

    private static java.util.stream.Stream<OptionSpec> connectionOptions(CommandSpec spec) {
        return spec.mixins().values().stream().filter(mixin -> mixin.userObject() instanceof ConnectionOptions)
                .flatMap(mixin -> mixin.options().stream());
    }

    /** A subcommand's flags, without the shared connection flags and the standard help flags. */
    private static Set<String> ownFlags(CommandSpec spec) {
        Set<String> shared = connectionOptions(spec).map(OptionSpec::longestName).collect(Collectors.toSet());
        return spec.options().stream().filter(option -> !option.usageHelp() && !option.versionHelp())
                .map(OptionSpec::longestName).filter(name -> !shared.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> flags(String text) {
        Set<String> flags = new TreeSet<>();
        Matcher matcher = FLAG.matcher(text);
        while (matcher.find()) {
            flags.add(matcher.group());
        }
        return flags;
    }
}
