package dev.teamsso.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person sees comes from a bundle, in every language we ship: the extension's
 * (its templates and its Java, in the providers jar's {@code theme-resources/messages}, so it
 * works under any login theme) and the look's ({@code themes/}: the login page's own templates).
 */
class MessagesTest {

    private static final Path EXTENSION = Path.of("src/main/resources/theme-resources");
    private static final Path EXTENSION_JAVA = Path.of("src/main/java");
    private static final Path LOOK = Path.of("../themes/src/main/resources/theme/team-sso/login");
    private static final List<String> LANGUAGES = List.of("en", "de");

    /** A template names our keys in {@code msg("…")} and in a button's {@code label="…"}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:msg\\(\"|label=\")(teamSso\\w+)\"");
    /** The extension's Java names message keys as string constants: "teamSso" + a capitalised word. */
    private static final Pattern JAVA_CONSTANT_KEY = Pattern.compile("\"(teamSso[A-Z]\\w*)\"");
    /** ...or, whatever its name, as a literal handed straight to a form's error, info or field message. */
    private static final Pattern JAVA_LITERAL_KEY = Pattern.compile(
            "(?:setError|addError|setInfo|setSuccess|setWarning|new FormMessage)\\((?:\\s*\\w+\\s*,)?\\s*\"(\\w+)\"");

    @Test
    void everyLanguageHasTheSameKeys() {
        for (Path bundleRoot : List.of(EXTENSION, LOOK)) {
            assertThat(bundle(bundleRoot, "de").stringPropertyNames()).as("%s", bundleRoot)
                    .containsExactlyInAnyOrderElementsOf(bundle(bundleRoot, "en").stringPropertyNames());
        }
    }

    @Test
    void everyKeyTheExtensionsTemplatesAndJavaUseIsInItsOwnBundleInEveryLanguage() throws IOException {
        Set<String> used = keys(EXTENSION.resolve("templates"), ".ftl", TEMPLATE_KEY);
        assertThat(used).as("keys in the extension's templates").isNotEmpty();
        Set<String> usedInJava = keys(EXTENSION_JAVA, ".java", JAVA_CONSTANT_KEY, JAVA_LITERAL_KEY);
        assertThat(usedInJava).as("keys in the extension's Java").isNotEmpty();
        used.addAll(usedInJava);
        for (String language : LANGUAGES) {
            assertThat(bundle(EXTENSION, language).stringPropertyNames())
                    .as("theme-resources/messages/messages_%s.properties", language).containsAll(used);
        }
    }

    @Test
    void everyKeyTheLooksTemplatesUseIsInTheLooksBundle() throws IOException {
        Set<String> used = keys(LOOK, ".ftl", TEMPLATE_KEY);
        assertThat(used).isNotEmpty();
        for (String language : LANGUAGES) {
            assertThat(bundle(LOOK, language).stringPropertyNames()).as("team-sso messages_%s.properties", language)
                    .containsAll(used);
        }
    }

    /** A template or key in both would let the look silently override the extension's page or text. */
    @Test
    void theLookHoldsNeitherTheExtensionsTemplatesNorItsKeys() throws IOException {
        assertThat(bundle(LOOK, "en").stringPropertyNames()).doesNotContainAnyElementsOf(bundle(EXTENSION, "en").stringPropertyNames());
        assertThat(fileNames(LOOK)).doesNotContainAnyElementsOf(fileNames(EXTENSION.resolve("templates")));
    }

    @Test
    void apostrophesSurviveKeycloaksMessageFormat() {
        for (Path bundleRoot : List.of(EXTENSION, LOOK)) {
            for (String language : LANGUAGES) {
                Properties messages = bundle(bundleRoot, language);
                for (String key : messages.stringPropertyNames()) {
                    String raw = messages.getProperty(key);
                    assertThat(raw.replace("''", "")).as("%s %s: write ' as '' in the bundle", language, key).doesNotContain("'");
                    assertThat(new MessageFormat(raw).format(new Object[0])).as("%s %s", language, key).doesNotContain("''");
                }
            }
        }
    }

    private static Set<String> keys(Path root, String suffix, Pattern... patterns) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : patterns) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Properties bundle(Path root, String language) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve("messages/messages_" + language + ".properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
