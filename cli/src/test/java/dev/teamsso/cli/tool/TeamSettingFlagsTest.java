package dev.teamsso.cli.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamsso.providers.contract.check.Field;
import dev.teamsso.providers.contract.TeamSetting;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The settings table's tool columns name what the {@code teams} tool really has. */
class TeamSettingFlagsTest {

    private final CommandLine tool = TeamsTool.commandLine(Map.of());

    @Test
    void everySettingsCommandAndFlagExists() {
        for (TeamSetting setting : TeamSetting.values()) {
            setting.toolCommand().ifPresent(command -> {
                String[] words = command.split(" ");
                CommandLine sub = tool.getSubcommands().get(words[0]);
                assertThat(sub).as(setting + ": teams " + words[0]).isNotNull();
                if (words.length > 1) {
                    assertThat(sub.getCommandSpec().findOption(words[1])).as(setting + ": teams " + command).isNotNull();
                }
            });
        }
    }

    @Test
    void theAdminEmailIsTheFieldOfTheFiveValues() {
        assertThat(TeamSetting.ADMIN_EMAIL.addFlag()).contains(Field.ADMIN_EMAIL.flag());
        assertThat(TeamSetting.ADMIN_EMAIL.fileKey()).contains(Field.ADMIN_EMAIL.jsonKey());
    }
}
