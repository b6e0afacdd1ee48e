package dev.teamsso.providers.api;

import dev.teamsso.providers.contract.TeamApiContract;
import dev.teamsso.providers.contract.TeamApiError;
import java.util.List;
import java.util.Map;

/**
 * The paging and search parameters of {@code GET members}, parsed from the raw query strings
 * so that every malformed value gets the same fixed error: {@code first} from 0 (default 0),
 * {@code max} from 1 (default {@value TeamApiContract#DEFAULT_MAX}, cut to
 * {@value TeamApiContract#MAX_PAGE_SIZE}), {@code search} trimmed, blank meaning none.
 */
record MemberQuery(int first, int max, String search) {

    private static final int MAX_DIGITS = 9;

    /**
     * From the request's raw query parameters: a paging or search parameter given twice is
     * ambiguous (which one would a proxy or a cache have looked at?) and is refused.
     */
    static MemberQuery parse(Map<String, List<String>> query) {
        for (String name : List.of(TeamApiContract.QUERY_FIRST, TeamApiContract.QUERY_MAX, TeamApiContract.QUERY_SEARCH)) {
            if (query.getOrDefault(name, List.of()).size() > 1) {
                throw new TeamApiException(TeamApiError.INVALID_QUERY);
            }
        }
        return parse(single(query, TeamApiContract.QUERY_FIRST), single(query, TeamApiContract.QUERY_MAX),
                single(query, TeamApiContract.QUERY_SEARCH));
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

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
