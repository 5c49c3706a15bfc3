package io.datasage.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory with {@code kubectl kustomize} and parses every object strictly into the fabric8
 * Kubernetes model: an unknown field anywhere (a typo, a field of another API version) is an error, not an
 * "additional property" that the model would otherwise silently keep.
 */
final class Manifests {

    /** The kinds DataSage ships, by {@code apiVersion/kind}; anything else fails. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class));

    /** Plain YAML trees, for reading files that are no Kubernetes objects (compose, kustomization). */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Fails on unknown properties and ignores the model's catch-all setters. */
    static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }
            });

    private Manifests() {}

    /** Runs {@code kubectl kustomize dir} and returns its output; fails with a clear message without kubectl. */
    static String render(Path dir) {
        Path out;
        try {
            out = Files.createTempFile("kustomize-", ".yaml");
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.PIPE)
                        .start();
            } catch (IOException e) {
                throw new AssertionError(
                        "kubectl is not installed: the manifests are rendered with `kubectl kustomize`. Install it "
                                + "(Debian: apt-get install -y kubernetes-client; .ci/run does this when it is missing)",
                        e);
            }
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + errors);
            }
            String yaml = Files.readString(out);
            Files.delete(out);
            return yaml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        }
    }

    /** Every document of a multi-document YAML text as a tree. */
    static List<JsonNode> documents(String yaml) {
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            List<JsonNode> docs = new ArrayList<>();
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one object strictly into its model class; the message names the object and the bad field. */
    static HasMetadata parse(JsonNode doc) {
        String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        String name = key + " " + doc.path("metadata").path("name").asText();
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) {
            throw new AssertionError(name + ": no model for this kind; known kinds are " + KINDS.keySet());
        }
        try {
            return STRICT.treeToValue(doc, type);
        } catch (IOException e) {
            throw new AssertionError(name + " does not match the Kubernetes model: " + e.getMessage(), e);
        }
    }

    /** docker-compose.yml as Compose reads it: anchors, aliases and {@code <<} merge keys resolved. */
    static JsonNode compose() {
        Object tree = new org.yaml.snakeyaml.Yaml().load(Repo.read("docker-compose.yml"));
        return YAML.valueToTree(tree);
    }

    /** Renders and strictly parses a directory, once per test JVM. */
    static List<HasMetadata> renderAndParse(Path dir) {
        return RENDERED.computeIfAbsent(
                dir, d -> documents(render(d)).stream().map(Manifests::parse).toList());
    }

    private static final Map<Path, List<HasMetadata>> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();
}
