package dev.teamsso.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The balancer's configuration: the project's {@code haproxy/haproxy.cfg} (the file
 * docker-compose.yml mounts too) with its server lines replaced by one line per node of this
 * cluster, on loopback.
 */
final class HaproxyConfig {

    static final String BEGIN = "# nodes:begin";
    static final String END = "# nodes:end";

    private HaproxyConfig() {
    }

    /** The template with a {@code server} line for each node, HTTP port and health-check (management) port. */
    static String render(String template, List<ClusterNode> nodes) {
        int begin = template.indexOf(BEGIN);
        int end = template.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("haproxy.cfg lacks the '" + BEGIN + "' ... '" + END + "' block");
        }
        int lineStart = template.lastIndexOf('\n', begin) + 1;
        String indent = template.substring(lineStart, begin);
        StringBuilder servers = new StringBuilder(BEGIN).append('\n');
        for (ClusterNode node : nodes) {
            servers.append(indent).append("server ").append(node.name()).append(" 127.0.0.1:").append(node.httpPort())
                    .append(" check port ").append(node.managementPort()).append('\n');
        }
        return template.substring(0, begin) + servers + indent + template.substring(end);
    }

    /** Renders {@code template} into {@code target}. */
    static Path write(Path template, List<ClusterNode> nodes, Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.writeString(target, render(Files.readString(template), nodes));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HAProxy configuration " + target, e);
        }
    }
}
