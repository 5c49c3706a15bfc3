package io.datasage.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The web UI in the machine's real Chromium, driven by playwright-core from {@code src/test/browser} against the
 * topology the other system tests use. Without Chromium the test is skipped and says so, unless
 * {@code DATASAGE_REQUIRE_BROWSER_TESTS=1} (set by CI) makes that a failure.
 */
class BrowserIT {

    private static final Path BROWSER_TESTS = Path.of(System.getProperty("datasage.browser.dir", "target/browser"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("datasage.screenshots", "target/screenshots"))
            .toAbsolutePath();

    @Test
    void theWebUiWorksInChromiumAtDesktopAndPhoneWidths() throws IOException, InterruptedException {
        Path chromium = Path.of(System.getProperty("datasage.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String why = "Browser tests SKIPPED: no Chromium at " + chromium
                    + ". Install it (Debian: apt-get install chromium) to run them.";
            System.err.println(why);
            if ("1".equals(System.getenv("DATASAGE_REQUIRE_BROWSER_TESTS"))) {
                fail(why + " DATASAGE_REQUIRE_BROWSER_TESTS=1 requires them.");
            }
            Assumptions.abort(why);
        }
        assertThat(BROWSER_TESTS.resolve("node_modules/playwright-core"))
                .as("playwright-core installed by the build (tools/npm-ci.sh)")
                .isDirectory();
        String gateway = Topology.get().gatewayUrl();
        clear(SCREENSHOTS);

        ProcessBuilder builder = new ProcessBuilder(
                        List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "ui.test.mjs"))
                .directory(BROWSER_TESTS.toFile())
                .redirectErrorStream(true);
        builder.environment().put("DATASAGE_GATEWAY_URL", gateway);
        builder.environment().put("DATASAGE_CHROMIUM", chromium.toString());
        builder.environment().put("DATASAGE_SCREENSHOTS", SCREENSHOTS.toString());
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println("[browser] " + line);
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertThat(process.exitValue())
                .as("browser tests (screenshots in %s):%n%s", SCREENSHOTS, output)
                .isZero();
    }

    /** Screenshots of an earlier run would be mistaken for this one's. */
    private static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
        }
    }
}
