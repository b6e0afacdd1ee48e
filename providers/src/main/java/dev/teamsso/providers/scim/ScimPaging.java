package dev.teamsso.providers.scim;

import dev.teamsso.providers.contract.ScimContract;

/**
 * {@code startIndex} and {@code count} of a list request (RFC 7644 §3.4.2.4): 1-based,
 * {@code startIndex} below 1 reads as 1, {@code count} below 0 as 0, larger than
 * {@value ScimContract#MAX_PAGE_SIZE} is cut to it, and both default when absent.
 * Non-numbers are {@link ScimError#INVALID_PAGING}.
 */
record ScimPaging(int startIndex, int count) {

    private static final int MAX_DIGITS = 9;

    static ScimPaging parse(String startIndex, String count) {
        int start = Math.max(1, number(startIndex, 1));
        int size = Math.min(ScimContract.MAX_PAGE_SIZE, Math.max(0, number(count, ScimContract.MAX_PAGE_SIZE)));
        return new ScimPaging(start, size);
    }

    /** The 0-based offset of the first resource. */
    int offset() {
        return startIndex - 1;
    }

    private static int number(String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String text = raw.strip();
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ScimException(ScimError.INVALID_PAGING);
        }
        int value = Integer.parseInt(digits);
        return negative ? -value : value;
    }
}
