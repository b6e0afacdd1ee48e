package dev.teamsso.cli.tool;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code invite --expires}: how long a set-up link works, like {@code 30m}, {@code 72h} or {@code 7d}; more than 0, at most 7 days. */
final class SetupLinkLifetime {

    static final String FLAG = "--expires";
    static final Duration DEFAULT = Duration.ofHours(72);
    static final Duration MAX = Duration.ofDays(7);

    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,6})([mhd])$");

    private SetupLinkLifetime() {
    }

    /** The lifetime given ({@link #DEFAULT} when null), or a {@link ToolFailure} with exit code {@link ExitCode#INVALID}. */
    static Duration parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        Matcher matcher = FORMAT.matcher(value.strip());
        if (!matcher.matches()) {
            throw invalid("'" + value + "' is not a duration");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration lifetime = switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (lifetime.isZero()) {
            throw invalid("'" + value + "' is no time at all");
        }
        if (lifetime.compareTo(MAX) > 0) {
            throw invalid("'" + value + "' is longer than 7 days, the most a set-up link may live");
        }
        return lifetime;
    }

    /** {@code 72h}, {@code 30m}, {@code 7d}: as an operator would write it. */
    static String describe(Duration lifetime) {
        if (lifetime.toMinutesPart() != 0 || lifetime.toHours() == 0) {
            return lifetime.toMinutes() + "m";
        }
        return lifetime.toHours() % 24 == 0 ? lifetime.toDays() + "d" : lifetime.toHours() + "h";
    }

    private static ToolFailure invalid(String found) {
        return new ToolFailure(ExitCode.INVALID, "nothing was saved; fix this and run the command again:" + System.lineSeparator()
                + "  " + FLAG + ": " + found + ". Fix: give minutes, hours or days with their unit, more than 0 and at most 7 days,"
                + " like 30m, 72h (the default) or 7d");
    }
}
