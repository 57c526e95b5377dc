package org.patientaccess.keycloak.it.support.cluster;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the run's one {@link TwoNodeCluster} before the first class that uses it, and stops it when the run ends. */
public final class ClusterExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes what it holds (an AutoCloseable) when the whole run ends.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(TwoNodeCluster.class, key -> {
            try {
                return TwoNodeCluster.startOnce();
            } catch (Exception e) {
                throw new IllegalStateException("the cluster did not start", e);
            }
        }, TwoNodeCluster.class);
    }
}
