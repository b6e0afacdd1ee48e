package dev.teamsso.providers.userprofile;

import dev.teamsso.providers.team.TeamAccount;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.SimpleValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * User-profile validation {@value #ID}: an attribute that comes from the team's Okta (names and
 * email) cannot be changed by the person of a team account themselves (account console, account
 * REST API, update-profile and update-email actions); Okta's next sign-in would bring it back,
 * and teammates would see the edited value in between. Operators (admin API) and local accounts
 * are not affected. Attach it to an attribute in the realm's user-profile configuration.
 */
public final class OktaManagedValidator implements SimpleValidator {

    public static final String ID = "team-sso-okta-managed";
    static final String MESSAGE = "teamSsoManagedByOkta";

    private static final Set<UserProfileContext> SELF_SERVICE =
            EnumSet.of(UserProfileContext.ACCOUNT, UserProfileContext.UPDATE_PROFILE, UserProfileContext.UPDATE_EMAIL);

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public ValidationContext validate(Object input, String inputHint, ValidationContext context, ValidatorConfig config) {
        AttributeContext attribute = UserProfileAttributeValidationContext.from(context).getAttributeContext();
        UserModel user = attribute.getUser();
        if (user == null || !SELF_SERVICE.contains(attribute.getContext())) {
            return context;
        }
        String name = attribute.getAttribute().getKey();
        if (!Objects.equals(blankAsNull(user.getFirstAttribute(name)), blankAsNull(first(input)))
                && TeamAccount.isTeamAccount(attribute.getSession(), attribute.getSession().getContext().getRealm(), user)) {
            context.addError(new ValidationError(ID, inputHint, MESSAGE));
        }
        return context;
    }

    private static String first(Object input) {
        if (input instanceof List<?> values) {
            return values.isEmpty() || values.get(0) == null ? null : values.get(0).toString();
        }
        return input == null ? null : input.toString();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
