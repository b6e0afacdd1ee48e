package dev.teamsso.testing.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a node's cluster views from its log: Infinispan logs each new view as
 * {@code ISPN000094: Received new cluster view for channel ISPN: [node1-123|1] (2) [node1-123, node2-456]}.
 */
final class ClusterView {

    static final String MESSAGE_ID = "ISPN000094";
    private static final Pattern SIZE = Pattern.compile("\\|\\d+] \\((\\d+)\\)");

    private ClusterView() {
    }

    /** The member count of the last view in {@code log}, 0 if there is none yet. */
    static int lastSize(Path log) {
        try {
            return lastSize(Files.readAllLines(log, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return 0;
        }
    }

    static int lastSize(List<String> lines) {
        int size = 0;
        for (String line : lines) {
            if (line.contains(MESSAGE_ID)) {
                Matcher matcher = SIZE.matcher(line);
                if (matcher.find()) {
                    size = Integer.parseInt(matcher.group(1));
                }
            }
        }
        return size;
    }
}
