package dev.teamsso.testing.docs;

import dev.teamsso.testing.HarnessSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One guide under {@code docs/}, read so that a test can compare its tables with the code. */
final class MarkdownDoc {

    private final String name;
    private final List<String> lines;

    private MarkdownDoc(String name, List<String> lines) {
        this.name = name;
        this.lines = lines;
    }

    static MarkdownDoc read(String fileName) throws IOException {
        return new MarkdownDoc(fileName, Files.readAllLines(HarnessSettings.load().projectDir().resolve("docs").resolve(fileName)));
    }

    /** The lines of the section under {@code heading} (exact heading line), up to the next heading of its level or above. */
    List<String> section(String heading) {
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new AssertionError(name + " has no heading '" + heading + "'");
        }
        int level = level(heading);
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#") && level(line) <= level) {
                break;
            }
            section.add(line);
        }
        return section;
    }

    /** The cells of each body row of the first table in the section (header and rule skipped). */
    List<List<String>> tableRows(String heading) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : section(heading)) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            if (inTable && !line.startsWith("| ---")) {
                rows.add(cells(line));
            }
            inTable = true;
        }
        return rows;
    }

    /** The text of the first fenced block of {@code language} in the section. */
    String fencedBlock(String heading, String language) {
        List<String> section = section(heading);
        int open = section.indexOf("```" + language);
        int close = section.subList(open + 1, section.size()).indexOf("```") + open + 1;
        if (open < 0 || close <= open) {
            throw new AssertionError(name + ", section '" + heading + "', has no ```" + language + " block");
        }
        return String.join("\n", section.subList(open + 1, close));
    }

    private static List<String> cells(String row) {
        // A cell may hold "\|" (an escaped bar inside code): split only on unescaped bars.
        String[] parts = row.substring(1, row.length() - (row.endsWith("|") ? 1 : 0)).split("(?<!\\\\)\\|");
        return Arrays.stream(parts).map(String::strip).toList();
    }

    private static int level(String heading) {
        int level = 0;
        while (level < heading.length() && heading.charAt(level) == '#') {
            level++;
        }
        return level;
    }
}
