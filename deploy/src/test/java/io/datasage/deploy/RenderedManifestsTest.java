package io.datasage.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay renders, parses strictly, and does what deploy/README.md says it does. */
class RenderedManifestsTest {

    private static final Map<String, Workloads> RENDERED = new LinkedHashMap<>();

    @BeforeAll
    static void render() {
        for (Path overlay : Repo.overlays()) {
            RENDERED.put(overlay.getFileName().toString(), new Workloads(Manifests.renderAndParse(overlay)));
        }
    }

    static Stream<String> overlays() {
        return Repo.overlays().stream().map(p -> p.getFileName().toString());
    }

    @Test
    void thereAreDevAndProdOverlays() {
        assertThat(RENDERED).containsKeys("dev", "prod");
    }

    @Test
    void theStrictParserRejectsAFieldTheModelDoesNotKnow() {
        String typo = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: x }
                spec:
                  replicaz: 2
                  selector: { matchLabels: { app: x } }
                """;
        assertThatThrownBy(() -> Manifests.parse(Manifests.documents(typo).get(0)))
                .hasMessageContaining("replicaz");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectLivesInTheOverlaysNamespace(String overlay) {
        Workloads w = RENDERED.get(overlay);
        List<Namespace> namespaces = w.all(Namespace.class);
        assertThat(namespaces).hasSize(1);
        String ns = namespaces.get(0).getMetadata().getName();
        for (HasMetadata o : w.all(HasMetadata.class)) {
            if (!(o instanceof Namespace)) {
                assertThat(o.getMetadata().getNamespace())
                        .as("%s %s", o.getKind(), o.getMetadata().getName())
                        .isEqualTo(ns);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasHealthProbesResourcesAndAMatchingService(String overlay) {
        Workloads w = RENDERED.get(overlay);
        for (String name : Repo.SERVICES) {
            Container c = w.container(name);
            assertProbe(name, "startup", c.getStartupProbe(), "/q/health/started");
            assertProbe(name, "readiness", c.getReadinessProbe(), "/q/health/ready");
            assertProbe(name, "liveness", c.getLivenessProbe(), "/q/health/live");
            assertThat(c.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(name + " limits").containsKey("memory");

            Service svc = w.find(Service.class, name).orElseThrow(() -> new AssertionError("no Service " + name));
            Map<String, String> podLabels = w.template(name).getMetadata().getLabels();
            assertThat(podLabels)
                    .as(name + " pod labels")
                    .containsAllEntriesOf(svc.getSpec().getSelector());
            String target = svc.getSpec().getPorts().get(0).getTargetPort().getStrVal();
            assertThat(c.getPorts()).as(name + " ports").anyMatch(p -> p.getName()
                    .equals(target));
        }
    }

    private static void assertProbe(String service, String kind, Probe probe, String path) {
        assertThat(probe).as("%s %s probe", service, kind).isNotNull();
        assertThat(probe.getHttpGet().getPath())
                .as("%s %s probe", service, kind)
                .isEqualTo(path);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayCanReadTheTokenSigningKey(String overlay) {
        Workloads w = RENDERED.get(overlay);
        for (String name : w.workloadNames()) {
            if (name.equals("gateway-service")) {
                assertThat(w.secretsOf(name)).contains("datasage-jwt-private", "datasage-jwt-public");
            } else {
                assertThat(w.secretsOf(name)).as(name).doesNotContain("datasage-jwt-private");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theStorageRootIsSharedReadWriteManyAndWrittenOnlyByItsWriters(String overlay) {
        Workloads w = RENDERED.get(overlay);
        PersistentVolumeClaim pvc =
                w.find(PersistentVolumeClaim.class, "datasage-storage").orElseThrow();
        assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
        Map<String, Boolean> readOnlyByService = new LinkedHashMap<>();
        for (String name : Repo.SERVICES) {
            storageMount(w.container(name))
                    .ifPresent(m -> readOnlyByService.put(name, Boolean.TRUE.equals(m.getReadOnly())));
        }
        assertThat(readOnlyByService)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "dataset-service", false,
                        "analysis-worker", false,
                        "chat-service", true,
                        "dashboard-service", true));
    }

    private static Optional<VolumeMount> storageMount(Container c) {
        return c.getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/data/storage"))
                .findFirst();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachVectorReplicaKeepsItsOwnIndexAndReadsEveryEvent(String overlay) {
        Workloads w = RENDERED.get(overlay);
        StatefulSet vector = w.find(StatefulSet.class, "vector-service")
                .orElseThrow(() ->
                        new AssertionError("vector-service must be a StatefulSet (one index volume per replica)"));
        String claim =
                vector.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        assertThat(w.container("vector-service").getVolumeMounts())
                .anyMatch(m -> m.getName().equals(claim) && m.getMountPath().equals("/data/vector-index"));
        assertThat(Repo.properties("vector-service").getProperty("datasage.vector.index-dir"))
                .isEqualTo("${datasage.data-dir}/vector-index");
        EnvVar group = env(w.container("vector-service"), "DATASAGE_VECTOR_CONSUMER_GROUP");
        assertThat(group.getValue()).contains("$(POD_NAME)");
        assertThat(env(w.container("vector-service"), "POD_NAME")
                        .getValueFrom()
                        .getFieldRef()
                        .getFieldPath())
                .isEqualTo("metadata.name");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void workersScaleAtMostToThePartitionsOfTheirTopic(String overlay) {
        Workloads w = RENDERED.get(overlay);
        HorizontalPodAutoscaler worker =
                w.find(HorizontalPodAutoscaler.class, "analysis-worker").orElseThrow();
        assertThat(worker.getSpec().getScaleTargetRef().getName()).isEqualTo("analysis-worker");
        assertThat(worker.getSpec().getMaxReplicas())
                .isLessThanOrEqualTo(TopicPlan.kubernetes(w).get("datasage.dataset.uploaded"));
        assertThat(w.find(HorizontalPodAutoscaler.class, "chat-service")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aJobInitiatesTheReplicaSetTheServicesConnectTo(String overlay) {
        Workloads w = RENDERED.get(overlay);
        Container mongo = w.container("mongo");
        assertThat(String.join(" ", mongo.getArgs())).contains("--replSet rs0");
        ConfigMap init = w.find(ConfigMap.class, "mongo-init").orElseThrow();
        assertThat(init.getData().get("init-replica-set.js"))
                .contains("rs.initiate(")
                .contains("_id: \"rs0\"")
                .contains("mongo-0.mongo:27017");
        assertThat(w.template("mongo-init").getSpec().getContainers().get(0).getVolumeMounts())
                .anyMatch(m -> m.getMountPath().equals("/scripts"));
        for (String name : Repo.SERVICES) {
            w.container(name).getEnv().stream()
                    .filter(e -> e.getName().equals("DATASAGE_MONGO_URI"))
                    .forEach(e -> assertThat(e.getValue())
                            .as(name)
                            .contains("mongo-0.mongo:27017")
                            .contains("replicaSet=rs0"));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesDenyByDefaultAndLetOnlyClientsReachKafkaAndMongo(String overlay) {
        Workloads w = RENDERED.get(overlay);
        NetworkPolicy deny = w.find(NetworkPolicy.class, "default-deny-ingress").orElseThrow();
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        for (String name : Repo.SERVICES) {
            assertThat(w.find(NetworkPolicy.class, name))
                    .as("NetworkPolicy for " + name)
                    .isPresent();
            Map<String, String> labels = w.template(name).getMetadata().getLabels();
            boolean usesMongo = w.container(name).getEnv().stream()
                    .anyMatch(e -> e.getName().equals("DATASAGE_MONGO_URI"));
            assertThat("true".equals(labels.get("datasage.io/mongo-client")))
                    .as(name + " is a store client")
                    .isEqualTo(usesMongo);
            boolean usesKafka = Repo.properties(name).getProperty("kafka.bootstrap.servers") != null;
            assertThat("true".equals(labels.get("datasage.io/kafka-client")))
                    .as(name + " is a Kafka client")
                    .isEqualTo(usesKafka);
        }
        assertThat(firstAdmittedLabels(w, "kafka")).containsEntry("datasage.io/kafka-client", "true");
        assertThat(firstAdmittedLabels(w, "mongo")).containsEntry("datasage.io/mongo-client", "true");
    }

    /** The pod labels the first ingress rule of a NetworkPolicy admits. */
    private static Map<String, String> firstAdmittedLabels(Workloads w, String policy) {
        return w.find(NetworkPolicy.class, policy)
                .orElseThrow()
                .getSpec()
                .getIngress()
                .get(0)
                .getFrom()
                .get(0)
                .getPodSelector()
                .getMatchLabels();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressLeadsToTheGatewayOnly(String overlay) {
        Ingress ingress = RENDERED.get(overlay).all(Ingress.class).get(0);
        assertThat(ingress.getSpec().getRules())
                .flatMap(r -> r.getHttp().getPaths())
                .allMatch(p -> p.getBackend().getService().getName().equals("gateway-service"));
    }

    @Test
    void theDeployReadmeNamesEveryOverlayAndEverySecretToCreate() {
        String readme = Repo.read("deploy/README.md");
        for (Map.Entry<String, Workloads> e : RENDERED.entrySet()) {
            assertThat(readme).contains("deploy/k8s/overlays/" + e.getKey());
            for (String workload : e.getValue().workloadNames()) {
                for (String secret : e.getValue().secretsOf(workload)) {
                    assertThat(readme)
                            .as("deploy/README.md explains the Secret " + secret)
                            .contains(secret);
                }
            }
        }
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no env " + name));
    }
}
