package org.patientaccess.keycloak.it.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium for a test class, from Debian's {@code chromium} and {@code chromium-driver}
 * packages: both binaries are named explicitly, so Selenium Manager never looks for (or downloads) a
 * browser or a driver. Register it as a static extension; it starts on first use, forgets every
 * cookie before each test (each test is a new visitor, signed in nowhere) and quits after the class:
 *
 * <pre>{@code @RegisterExtension static final Chromium chromium = Chromium.inEnglish();}</pre>
 */
public final class Chromium implements BeforeEachCallback, AfterAllCallback {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Debian's Chromium is newer than the DevTools bindings Selenium ships, and Selenium warns so at
     * every start; the tests never use those bindings (WebDriver, and chromedriver's own command
     * endpoint once per test). Held here so that the levels stay set.
     */
    private static final List<Logger> CDP_VERSION_WARNINGS = List.of(
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"),
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"));

    static {
        CDP_VERSION_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final String language;
    private ChromeDriver driver;
    private Path profile;
    private Duration startTime;

    private Chromium(String language) {
        this.language = language;
    }

    /** A browser whose person reads English (interface and Accept-Language). */
    public static Chromium inEnglish() {
        return new Chromium("en");
    }

    /** A browser whose person reads French: Keycloak's pages answer in French where the realm offers it. */
    public static Chromium inFrench() {
        return new Chromium("fr");
    }

    /** The running browser, started on the first call. */
    public ChromeDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    /** What the person sees in this browser, for finding things as they would. */
    public Screen screen() {
        return new Screen(driver());
    }

    /**
     * Lets the pages of an origin write and read the clipboard without asking, as a person who once
     * allowed it (headless Chromium has no prompt to click). Chromium's own command, as for the cookies.
     */
    public void allowClipboard(String origin) {
        driver().executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** What the clipboard holds now, as a paste would give it (after {@link #allowClipboard}). */
    public String clipboardText() {
        Object text = driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, error => done({ refused: String(error) }));");
        if (!(text instanceof String)) {
            throw new AssertionError("the page could not read the clipboard: " + text);
        }
        return (String) text;
    }

    /**
     * The errors the pages wrote to the browser's console since the test began or the last call: an
     * uncaught exception of a script, a resource that failed to load. Chromium's browser log, through
     * chromedriver.
     */
    public List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** How long the browser took to start (driver and browser process up, first blank page): null before. */
    public Duration startTime() {
        return startTime;
    }

    private void start() {
        requireExecutable(BINARY, "chromium");
        requireExecutable(DRIVER, "chromium-driver");
        long started = System.nanoTime();
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1366,900",
                "--lang=" + language);
        // --lang sets the interface language; the Accept-Language header comes from this preference.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // The pages' console errors, kept by chromedriver for consoleErrors().
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        startTime = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Chromium (%s) started in %d ms%n", language, startTime.toMillis());
    }

    static void requireExecutable(Path binary, String debianPackage) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("The browser tests drive Debian's Chromium and " + binary + " (package " + debianPackage
                    + ") is missing: `apt-get install -y chromium chromium-driver` installs both (.ci/run does). No test downloads a browser.");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (driver != null) {
            // Keycloak's sessions live in cookies (the consoles keep their tokens in memory): without
            // them the next page is a stranger's. A blank page first, which stops what the previous
            // test left loading (a redirect setting cookies), then Chromium's own command, which drops
            // the cookies of every site and path at once.
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            // The previous test's console errors are not this test's: reading the log empties it.
            driver.manage().logs().get(LogType.BROWSER);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            deleteQuietly(profile);
            profile = null;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile harms no later test: each browser makes a new one.
        }
    }
}
