package io.datasage.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datasage.contracts.events.Topics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, the Kubernetes manifests and each service's application.properties name the same images,
 * ports, environment variables, topics and collections: a service renamed, a port moved or a setting added in
 * one place fails here until the others follow.
 */
class ConsistencyTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{(DATASAGE_[A-Z0-9_]+)(:([^}]*))?}");
    private static final Pattern K8S_EXPANSION = Pattern.compile("\\$\\(([A-Z0-9_]+)\\)");
    private static final Pattern MONGO_ENTITY = Pattern.compile("@MongoEntity\\(collection = \"([a-z_]+)\"\\)");

    private static JsonNode compose;
    private static Map<String, Workloads> overlays;

    @BeforeAll
    static void load() throws IOException {
        compose = Manifests.compose();
        overlays = new LinkedHashMap<>();
        for (var dir : Repo.overlays()) {
            overlays.put(dir.getFileName().toString(), new Workloads(Manifests.renderAndParse(dir)));
        }
    }

    @Test
    void composeAndKubernetesRunTheSameImages() {
        for (String name : Repo.SERVICES) {
            String composeImage = repository(composeService(name).path("image").asText());
            assertThat(composeImage).as("docker-compose.yml image of " + name).isEqualTo("datasage/" + name);
            overlays.forEach(
                    (overlay, w) -> assertThat(repository(w.container(name).getImage()))
                            .as(overlay + " image of " + name)
                            .isEqualTo(composeImage));
        }
    }

    @Test
    void everyServiceListensWhereComposeAndKubernetesExpectIt() {
        for (String name : Repo.SERVICES) {
            int port = Integer.parseInt(Repo.properties(name).getProperty("quarkus.http.port"));
            assertThat(composeService(name).path("expose").toString())
                    .as("compose expose of " + name)
                    .contains("\"" + port + "\"");
            overlays.forEach((overlay, w) -> {
                assertThat(w.container(name).getPorts().get(0).getContainerPort())
                        .as(overlay + " " + name)
                        .isEqualTo(port);
                Service svc = w.find(Service.class, name).orElseThrow();
                assertThat(svc.getSpec().getPorts().get(0).getPort())
                        .as(overlay + " Service " + name)
                        .isEqualTo(port);
            });
        }
        // The URLs services use to find each other name those ports.
        Map<String, String> urls = Map.of(
                "DATASAGE_DATASET_URL", "http://dataset-service:8081",
                "DATASAGE_CHAT_URL", "http://chat-service:8083",
                "DATASAGE_DASHBOARD_URL", "http://dashboard-service:8084",
                "DATASAGE_VECTOR_URL", "http://vector-service:8085");
        urls.forEach((env, url) -> {
            String service = url.substring("http://".length(), url.lastIndexOf(':'));
            String port = Repo.properties(service).getProperty("quarkus.http.port");
            assertThat(url).endsWith(":" + port);
            assertThat(compose.path("x-service").path("environment").path(env).asText())
                    .as("compose " + env)
                    .isEqualTo(url);
            overlays.forEach((overlay, w) ->
                    assertThat(sharedConfig(w).get(env)).as(overlay + " " + env).isEqualTo(url));
        });
    }

    @Test
    void composeAndKubernetesSetTheSameVariablesAndEachIsReadByItsService() {
        for (String name : Repo.SERVICES) {
            Set<String> composeEnv = new TreeSet<>();
            composeService(name).path("environment").fieldNames().forEachRemaining(composeEnv::add);
            Set<String> referenced = referencedVariables(name).keySet();
            overlays.forEach((overlay, w) -> {
                Set<String> k8sEnv = kubernetesEnv(w, name);
                assertThat(k8sEnv)
                        .as(overlay + " env of " + name + " against docker-compose.yml")
                        .isEqualTo(composeEnv);
                Set<String> own = new TreeSet<>(k8sEnv);
                own.removeAll(sharedConfig(w).keySet());
                assertThat(referenced)
                        .as("variables set only for " + name + " are read by its application.properties")
                        .containsAll(own);
            });
            // A setting whose default is this machine would be wrong in a container: both deployments must set it.
            referencedVariables(name).forEach((variable, fallback) -> {
                if (fallback.contains("localhost")) {
                    assertThat(composeEnv)
                            .as(name + " must get " + variable + " in docker-compose.yml")
                            .contains(variable);
                }
            });
        }
        overlays.forEach((overlay, w) -> {
            Set<String> readBySomeone = new TreeSet<>();
            Repo.SERVICES.forEach(
                    s -> readBySomeone.addAll(referencedVariables(s).keySet()));
            assertThat(readBySomeone)
                    .as(overlay + " datasage-config keys are read by some service")
                    .containsAll(sharedConfig(w).keySet());
        });
    }

    @Test
    void everyDeploymentCreatesExactlyTheTopicsTheServicesUse() {
        Set<String> used = new TreeSet<>();
        for (String name : Repo.SERVICES) {
            Properties p = Repo.properties(name);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                    for (String topic : p.getProperty(key).split(",")) {
                        used.add(topic.trim());
                    }
                }
            }
        }
        assertThat(used).as("topics in application.properties").containsExactlyInAnyOrderElementsOf(Topics.ALL);
        Map<String, Integer> composeTopics = TopicPlan.compose(compose);
        assertThat(composeTopics.keySet()).as("docker-compose.yml topics").isEqualTo(used);
        overlays.forEach((overlay, w) ->
                assertThat(TopicPlan.kubernetes(w)).as(overlay + " topics").isEqualTo(composeTopics));
    }

    @Test
    void eachServiceStoreAccountMayUseExactlyTheCollectionsItsCodeDeclares() throws IOException {
        for (Workloads w : overlays.values()) {
            JsonNode owned = Manifests.YAML.readTree(w.find(ConfigMap.class, "mongo-init")
                    .orElseThrow()
                    .getData()
                    .get("collections.json"));
            Map<String, Set<String>> declared = new TreeMap<>();
            for (String name : Repo.SERVICES) {
                Set<String> collections = collectionsIn(name);
                if (!collections.isEmpty()) {
                    declared.put(name.substring(0, name.indexOf('-')), collections);
                }
            }
            Map<String, Set<String>> granted = new TreeMap<>();
            for (Iterator<String> it = owned.fieldNames(); it.hasNext(); ) {
                String account = it.next();
                Set<String> collections = new TreeSet<>();
                owned.get(account).forEach(c -> collections.add(c.asText()));
                granted.put(account, collections);
            }
            assertThat(granted).isEqualTo(declared);
        }
    }

    private static Set<String> collectionsIn(String service) throws IOException {
        Set<String> collections = new TreeSet<>();
        try (var files = Files.walk(Repo.path(service + "/src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = MONGO_ENTITY.matcher(Files.readString(file));
                while (m.find()) {
                    collections.add(m.group(1));
                }
            }
        }
        return collections;
    }

    /** {@code DATASAGE_*} variables a service's properties read, with their fallback values. */
    private static final String PLATFORM_DEFAULTS =
            "libs/platform/src/main/resources/META-INF/microprofile-config.properties";

    private static Map<String, String> referencedVariables(String service) {
        Map<String, String> vars = new TreeMap<>();
        readVariables(Repo.read(service + "/src/main/resources/application.properties"), vars);
        // The LLM provider and role settings are defaults in libs/platform, read by the services that ask a model.
        if (usesLlmSettings(service)) {
            readVariables(Repo.read(PLATFORM_DEFAULTS), vars);
        }
        return vars;
    }

    private static void readVariables(String properties, Map<String, String> into) {
        Matcher m = ENV_REFERENCE.matcher(properties);
        while (m.find()) {
            into.put(m.group(1), m.group(3) == null ? "" : m.group(3));
        }
    }

    private static String readString(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the service's code reads the shared LLM settings ({@code io.datasage.platform.llm}). */
    private static boolean usesLlmSettings(String service) {
        try (var files = Files.walk(Repo.path(service + "/src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .anyMatch(f -> readString(f).contains("io.datasage.platform.llm"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names a container gets from its ConfigMaps and its own env, less helpers only used inside other values. */
    private static Set<String> kubernetesEnv(Workloads w, String name) {
        Container c = w.container(name);
        Set<String> names = new TreeSet<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            ConfigMap map =
                    w.find(ConfigMap.class, from.getConfigMapRef().getName()).orElseThrow();
            names.addAll(map.getData().keySet());
        }
        Set<String> helpers = new TreeSet<>();
        for (EnvVar e : Workloads.nullSafe(c.getEnv())) {
            names.add(e.getName());
            if (e.getValue() != null) {
                Matcher m = K8S_EXPANSION.matcher(e.getValue());
                while (m.find()) {
                    helpers.add(m.group(1));
                }
            }
        }
        names.removeAll(helpers);
        return names;
    }

    private static Map<String, String> sharedConfig(Workloads w) {
        return w.find(ConfigMap.class, "datasage-config").orElseThrow().getData();
    }

    private static JsonNode composeService(String name) {
        JsonNode service = compose.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    private static String repository(String image) {
        int tag = image.indexOf(':', image.lastIndexOf('/') + 1);
        return tag < 0 ? image : image.substring(0, tag);
    }
}
