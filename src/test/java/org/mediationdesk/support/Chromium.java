package org.mediationdesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, one fresh profile per instance, for
 * {@link BrowserTest}s. {@link #screenshot} saves the page under {@code target/screenshots/} for review.
 * Close it (try-with-resources or {@code @AfterEach}) so the browser and its profile go away.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(String baseUrl, Dimension window, boolean phone) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("mediationdesk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BINARY).addArguments(
                // The machine's network is closed: without the background-networking flags Chromium keeps
                // trying Google's hosts. --no-sandbox because tests run as root.
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile,
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        if (phone) {
            // A headless window is at least 500 px wide; a phone's viewport needs device emulation.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", window.getWidth(), "height", window.getHeight(), "pixelRatio", 1)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A laptop-sized window. */
    public static Chromium at(int port) {
        return new Chromium("http://localhost:" + port, new Dimension(1280, 900), false);
    }

    /** A phone-width window (390 × 844), as grid workers use. */
    public static Chromium phoneAt(int port) {
        return new Chromium("http://localhost:" + port, new Dimension(390, 844), true);
    }

    public WebDriver driver() {
        return driver;
    }

    public Chromium open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the login page with the demo password and waits for the home page. */
    public Chromium signIn(String username) {
        open("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        click(By.cssSelector("#login-form button[type=submit]"));
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(d -> d.findElement(by));
    }

    /**
     * Scrolls the element to the middle of the window first, where no other element lies over it;
     * instantly, because Bootstrap makes scrolling smooth and a click during the scroll misses.
     */
    public void click(By by) {
        WebElement element = find(by);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Runs JavaScript in the page and returns what it returns. */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /**
     * Polls until the condition gives a non-null, non-false value, or fails after 15 seconds. An element
     * found on the page being left goes stale when the next one loads: the next poll finds it again.
     */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(WAIT, condition);
    }

    public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Waits until the page's flash message (after a form was sent) contains {@code text}. */
    public void waitForFlash(String text) {
        waitUntil(d -> d.findElement(By.id("flash")).getText().contains(text));
    }

    /** Saves the whole visible page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
