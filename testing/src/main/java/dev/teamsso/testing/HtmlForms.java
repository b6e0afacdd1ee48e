package dev.teamsso.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Submits an HTML form the way a browser without JavaScript would. */
public final class HtmlForms {

    private HtmlForms() {
    }

    /**
     * Posts the form matched by {@code selector} on {@code page}: its own fields (hidden ones
     * included) overridden by {@code values}, to its resolved {@code action}.
     */
    public static HttpResponse<String> submit(BrowserlessClient browser, HttpResponse<String> page, String selector,
                                              Map<String, String> values) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.selectFirst(selector);
        if (form == null) {
            throw new IllegalStateException("no form '" + selector + "' on " + page.uri() + " (HTTP " + page.statusCode() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("checkbox") && !type.equals("radio") || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        fields.putAll(values);
        URI action = URI.create(form.absUrl("action").isEmpty() ? page.uri().toString() : form.absUrl("action"));
        return browser.postForm(action, fields);
    }

    /** The page as a document, for assertions on its structure. */
    public static Document parse(HttpResponse<String> page) {
        return Jsoup.parse(page.body(), page.uri().toString());
    }
}
