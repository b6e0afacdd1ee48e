package dev.teamsso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The modules around the extension ({@code cli}, {@code testing}, {@code bench}) use only its
 * contract, {@code dev.teamsso.providers.contract} and its subpackages; the rest of the
 * extension is the server's own and free to change. The contract in turn uses nothing of the
 * server: no other package of the extension, no Keycloak server API (only its plain
 * representations), no JAX-RS. Reads the sources, imports and fully qualified names alike.
 */
class ContractImportsTest {

    private static final Path PROJECT = HarnessSettings.load().projectDir();
    /** Written in two halves here (and below) so that this file itself passes the scan. */
    private static final String EXTENSION_PACKAGE = "dev.teamsso" + ".providers";
    private static final Pattern EXTENSION = Pattern.compile("\\b" + Pattern.quote(EXTENSION_PACKAGE) + "\\.([A-Za-z_$*][\\w$]*)");
    private static final Pattern SERVER = Pattern.compile("\\b(org\\.keycloak\\.(?!representations\\.)[\\w.]+|jakarta\\.[\\w.]+)");
    private static final String CONTRACT = "contract";

    @ParameterizedTest
    @ValueSource(strings = {"cli", "testing", "bench"})
    void aModuleUsesOnlyTheExtensionsContract(String module) {
        List<Path> sources = javaFiles(PROJECT.resolve(module).resolve("src"));
        List<String> outside = new ArrayList<>();
        sources.forEach(file -> outsideContract(read(file)).forEach(name -> outside.add(PROJECT.relativize(file) + ": " + name)));

        assertThat(sources).as("Java sources of " + module).isNotEmpty();
        assertThat(outside).as("uses of the extension outside dev.teamsso.providers.contract (move what they need there)").isEmpty();
    }

    @Test
    void theContractUsesNothingOfTheServer() {
        List<Path> sources = javaFiles(PROJECT.resolve("providers/src/main/java/dev/teamsso/providers/contract"));
        List<String> found = new ArrayList<>();
        for (Path file : sources) {
            String source = read(file);
            outsideContract(source).forEach(name -> found.add(file.getFileName() + ": " + name));
            serverApi(source).forEach(name -> found.add(file.getFileName() + ": " + name));
        }

        assertThat(sources).as("the contract package's sources").isNotEmpty();
        assertThat(found).as("what the contract package uses of the server").isEmpty();
    }

    @Test
    void theCheckFindsEveryKindOfUseOutsideTheContract() {
        String source = """
                import EXT.team.TeamDirectory;
                import static EXT.api.TeamApiError.LAST_ADMIN;
                import EXT.*;
                import EXT.contract.TeamId;
                import EXT.contract.check.TeamChecks;
                /** See {@link EXT.TeamsResource}. */
                import org.keycloak.models.UserModel;
                import org.keycloak.representations.idm.IdentityProviderRepresentation;
                import jakarta.ws.rs.core.Response;
                """.replace("EXT", EXTENSION_PACKAGE);

        assertThat(outsideContract(source)).containsExactly(EXTENSION_PACKAGE + ".team", EXTENSION_PACKAGE + ".api",
                EXTENSION_PACKAGE + ".*", EXTENSION_PACKAGE + ".TeamsResource");
        assertThat(serverApi(source)).containsExactly("org.keycloak.models.UserModel", "jakarta.ws.rs.core.Response");
    }

    private static List<String> outsideContract(String source) {
        List<String> found = new ArrayList<>();
        Matcher matcher = EXTENSION.matcher(source);
        while (matcher.find()) {
            if (!matcher.group(1).equals(CONTRACT)) {
                found.add(EXTENSION_PACKAGE + "." + matcher.group(1));
            }
        }
        return found;
    }

    private static List<String> serverApi(String source) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SERVER.matcher(source);
        while (matcher.find()) {
            found.add(matcher.group(1).replaceAll("\\.$", ""));
        }
        return found;
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
