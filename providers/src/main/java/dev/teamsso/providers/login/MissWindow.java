package dev.teamsso.providers.login;

import java.util.Map;
import java.util.function.Function;

/**
 * Misses (Team IDs that led to no team) counted in a fixed window that opens at the first
 * miss. Once {@code limit} misses are in the window, lookups are refused until it closes: a
 * cool-down that stops enumeration at speed while a correct ID after a typo or two goes through.
 */
public record MissWindow(int misses, long openedAtMillis) {

    public static final MissWindow NONE = new MissWindow(0, 0);

    private static final String MISSES = "misses";
    private static final String OPENED_AT = "opened-at";

    public boolean isOpen(long nowMillis, long windowMillis) {
        return misses > 0 && nowMillis < openedAtMillis + windowMillis;
    }

    public boolean blocks(long nowMillis, long windowMillis, int limit) {
        return isOpen(nowMillis, windowMillis) && misses >= limit;
    }

    public MissWindow afterMiss(long nowMillis, long windowMillis) {
        return isOpen(nowMillis, windowMillis) ? new MissWindow(misses + 1, openedAtMillis) : new MissWindow(1, nowMillis);
    }

    Map<String, String> toNotes() {
        return Map.of(MISSES, Integer.toString(misses), OPENED_AT, Long.toString(openedAtMillis));
    }

    /** Reads a window written by {@link #toNotes()}; anything missing or garbled reads as no misses. */
    public static MissWindow fromNotes(Function<String, String> note) {
        String missesNote = note.apply(MISSES);
        String openedAtNote = note.apply(OPENED_AT);
        if (missesNote == null || openedAtNote == null) {
            return NONE;
        }
        try {
            return new MissWindow(Integer.parseInt(missesNote), Long.parseLong(openedAtNote));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
