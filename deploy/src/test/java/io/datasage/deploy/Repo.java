package io.datasage.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** Paths and files of the repository that the deploy checks compare. */
final class Repo {

    /** The six services, by module folder. */
    static final List<String> SERVICES = List.of(
            "gateway-service",
            "dataset-service",
            "analysis-worker",
            "chat-service",
            "dashboard-service",
            "vector-service");

    private Repo() {}

    /** The repository root. */
    static Path root() {
        return Path.of(System.getProperty("datasage.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** A file under the root. */
    static Path path(String relative) {
        return root().resolve(relative);
    }

    /** A file's text. */
    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's {@code application.properties} as written (expressions unresolved). */
    static Properties properties(String service) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(path(service + "/src/main/resources/application.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The Kustomize overlays under {@code deploy/k8s/overlays}. */
    static List<Path> overlays() {
        try (var dirs = Files.list(path("deploy/k8s/overlays"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
