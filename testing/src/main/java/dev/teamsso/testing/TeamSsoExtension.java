package dev.teamsso.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that hands tests the one {@link TeamSsoStack} of this JVM: started by the
 * first test that asks for it, shared by every suite after it, stopped when the run ends. Its
 * server log is {@code testing/target/keycloak/it-keycloak.log}.
 */
public final class TeamSsoExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TeamSsoExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TeamSsoStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    static TeamSsoStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TeamSsoStack.class, key -> startStack(), TeamSsoStack.class);
    }

    private static TeamSsoStack startStack() {
        TeamSsoStack stack = TeamSsoStack.start(KeycloakServerOptions.forTests("it"), 0);
        System.out.printf("Team SSO test stack: Keycloak %s ready in %d ms, Okta stand-in %s%n",
                stack.keycloak().baseUrl(), stack.keycloak().startTime().toMillis(), stack.okta().baseUrl());
        return stack;
    }
}
