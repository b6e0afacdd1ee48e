package dev.teamsso.providers.api;

/**
 * The paging and search parameters of {@code GET members}, parsed from the raw query strings
 * so that every malformed value gets the same fixed error: {@code first} from 0 (default 0),
 * {@code max} from 1 (default {@value TeamApiContract#DEFAULT_MAX}, cut to
 * {@value TeamApiContract#MAX_PAGE_SIZE}), {@code search} trimmed, blank meaning none.
 */
record MemberQuery(int first, int max, String search) {

    private static final int MAX_DIGITS = 9;

    static MemberQuery parse(String first, String max, String search) {
        int parsedFirst = number(first, 0);
        int parsedMax = number(max, TeamApiContract.DEFAULT_MAX);
        if (parsedMax < 1) {
            throw new TeamApiException(TeamApiError.INVALID_QUERY);
        }
        return new MemberQuery(parsedFirst, Math.min(parsedMax, TeamApiContract.MAX_PAGE_SIZE), searchText(search));
    }

    boolean hasSearch() {
        return search != null;
    }

    private static int number(String raw, int fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        if (raw.length() > MAX_DIGITS || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TeamApiException(TeamApiError.INVALID_QUERY);
        }
        return Integer.parseInt(raw);
    }

    private static String searchText(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > TeamApiContract.MAX_SEARCH_LENGTH) {
            throw new TeamApiException(TeamApiError.INVALID_QUERY);
        }
        return text;
    }
}
