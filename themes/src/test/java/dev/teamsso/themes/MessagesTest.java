package dev.teamsso.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text our templates show comes from the bundles, in every language we ship. */
class MessagesTest {

    private static final Path LOGIN = Path.of("src/main/resources/theme/team-sso/login");
    private static final Pattern OWN_KEY = Pattern.compile("(?:msg\\(\"|label=\")(teamSso\\w+)\"");
    /** The extension's Java names message keys as string constants: "teamSso" + a capitalised word. */
    private static final Path PROVIDERS_JAVA = Path.of("../providers/src/main/java");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(teamSso[A-Z]\\w*)\"");

    @Test
    void germanHasEveryEnglishKey() {
        assertThat(bundle("de").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
    }

    @Test
    void everyKeyOurTemplatesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(LOGIN)) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".ftl")).toList()) {
                Matcher matcher = OWN_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyKeyTheExtensionsJavaUsesExistsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(PROVIDERS_JAVA)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (String language : new String[] {"en", "de"}) {
            assertThat(bundle(language).stringPropertyNames()).as("messages_%s.properties", language).containsAll(used);
        }
    }

    @Test
    void apostrophesSurviveKeycloaksMessageFormat() {
        for (String language : new String[] {"en", "de"}) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                String raw = messages.getProperty(key);
                assertThat(raw.replace("''", "")).as("%s %s: write ' as '' in the bundle", language, key).doesNotContain("'");
                assertThat(new MessageFormat(raw).format(new Object[0])).as("%s %s", language, key).doesNotContain("''");
            }
        }
    }

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(LOGIN.resolve("messages/messages_" + language + ".properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
