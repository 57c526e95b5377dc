package org.patientaccess.keycloak.it.support.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ChromiumTest {

    @Test
    void aMissingBrowserStopsTheTestAtOnceSayingWhichPackageInstallsIt() {
        assertThatThrownBy(() -> Chromium.requireExecutable(Path.of("/nonexistent/chromedriver"), "chromium-driver"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/chromedriver (package chromium-driver) is missing")
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("No test downloads a browser");
    }
}
