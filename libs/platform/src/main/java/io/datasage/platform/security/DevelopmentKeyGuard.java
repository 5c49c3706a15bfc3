package io.datasage.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Stops a production start (not dev mode, not tests) whose JWT keys are the published development pair. */
@ApplicationScoped
public class DevelopmentKeyGuard {

    private static final List<String> KEY_PROPERTIES =
            List.of("mp.jwt.verify.publickey.location", "smallrye.jwt.sign.key.location");

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        for (String property : KEY_PROPERTIES) {
            config.getOptionalValue(property, String.class)
                    .ifPresent(location -> refuseDevelopmentKey(property, location));
        }
    }

    /** Throws when the key at {@code location} is the development key; unreadable keys are left to smallrye-jwt. */
    static void refuseDevelopmentKey(String property, String location) {
        read(location).filter(DevelopmentKeys::isDevelopmentKey).ifPresent(pem -> {
            throw new IllegalStateException("Refusing to start: " + property + " (" + location + ") is the development"
                    + " key pair from the repository, with which anyone can sign tokens. Create your own pair (see"
                    + " deploy/README.md) or let ./datasage up create one.");
        });
    }

    private static Optional<String> read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread()
                        .getContextClassLoader()
                        .getResourceAsStream(
                                location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    return in == null
                            ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                }
            }
            Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.isRegularFile(path)
                    ? Optional.of(Files.readString(path, StandardCharsets.US_ASCII))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
