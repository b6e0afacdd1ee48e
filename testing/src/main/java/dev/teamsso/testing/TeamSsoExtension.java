package dev.teamsso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * The test server's file vault ({@code --vault=file}): a file {@code <realm>_<key>} here is
     * what {@code ${vault.<key>}} resolves to in that realm.
     */
    public static Path vaultDir() {
        return HarnessSettings.load().workDir().resolve("it-vault");
    }

    private static TeamSsoStack startStack() {
        Path vault = vaultDir();
        try {
            Files.createDirectories(vault);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the vault folder " + vault, e);
        }
        TeamSsoStack stack = TeamSsoStack.start(KeycloakServerOptions.forTests("it")
                .withExtraArguments(List.of("--vault=file", "--vault-dir=" + vault)), 0);
        System.out.printf("Team SSO test stack: Keycloak %s ready in %d ms, Okta stand-in %s%n",
                stack.keycloak().baseUrl(), stack.keycloak().startTime().toMillis(), stack.okta().baseUrl());
        return stack;
    }
}
