package dev.teamsso.testing;

import java.util.List;
import java.util.Map;

/**
 * The stand-in's sign-in page: one button per known person, and a free form. Each form
 * posts back to the authorization URL it was served from ({@code action} left empty).
 */
final class OktaLoginPage {

    private OktaLoginPage() {
    }

    static String render(List<OktaPerson> people) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Okta stand-in: sign in</title>
                <style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}
                form{margin:.4rem 0}button{padding:.4rem .8rem}textarea{width:100%}</style></head>
                <body><h1>Okta stand-in</h1>
                <p>This stands in for your company's Okta. Choose who you are:</p>
                """);
        for (OktaPerson person : people) {
            Map<String, String> form = OktaStandIn.signInForm(person);
            html.append("<form method=\"post\">")
                    .append(hidden("username", form.get("username")))
                    .append(hidden("claims", form.get("claims")))
                    .append("<button type=\"submit\">Sign in as ")
                    .append(Html.escape(person.name())).append(" &lt;").append(Html.escape(person.email())).append("&gt;")
                    .append("</button></form>\n");
        }
        html.append("""
                <h2>Someone else</h2>
                <form method="post">
                <label>Okta user ID (sub) <input name="username" required value="00u"></label>
                <label>ID token claims (JSON)
                <textarea name="claims" rows="6">{"email":"someone@example.com","email_verified":true,"given_name":"Some","family_name":"One"}</textarea></label>
                <button type="submit">Sign in</button></form>
                </body></html>
                """);
        return html.toString();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">";
    }

}
