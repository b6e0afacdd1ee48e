package dev.teamsso.testing;

/** HTML escaping for the stand-ins' pages. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
