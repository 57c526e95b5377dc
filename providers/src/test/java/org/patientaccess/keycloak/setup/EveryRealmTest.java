package org.patientaccess.keycloak.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderEventListener;

class EveryRealmTest {

    /**
     * A factory's postInit may run before the JPA factory's: the CI start that failed with "emf is
     * null" opened a session there. Applying a setup step must only listen, and read realms when told the
     * database is ready.
     */
    @Test
    void applyingOnlyListensAndOpensNoSessionBeforeTheDatabaseIsReady() {
        List<ProviderEventListener> listeners = new ArrayList<>();
        List<String> otherCalls = new ArrayList<>();
        KeycloakSessionFactory notReady = (KeycloakSessionFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KeycloakSessionFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("register")) {
                        listeners.add((ProviderEventListener) args[0]);
                    } else {
                        otherCalls.add(method.getName());
                    }
                    return null;
                });

        EveryRealm.apply(notReady, (session, realm) -> {
            throw new AssertionError("no realm may be read yet");
        });

        assertThat(listeners).hasSize(1);
        assertThat(otherCalls).isEmpty();
    }
}
