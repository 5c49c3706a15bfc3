package io.datasage.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Lookups over a rendered set of objects: pod templates, containers, and what they reference. */
final class Workloads {

    private final List<HasMetadata> objects;

    Workloads(List<HasMetadata> objects) {
        this.objects = objects;
    }

    /** All objects of one type. */
    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The object of one type and name. */
    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst();
    }

    /** The pod template of a Deployment, StatefulSet or Job of that name. */
    PodTemplateSpec template(String name) {
        return find(Deployment.class, name)
                .map(d -> d.getSpec().getTemplate())
                .or(() -> find(StatefulSet.class, name).map(s -> s.getSpec().getTemplate()))
                .or(() -> find(Job.class, name).map(j -> j.getSpec().getTemplate()))
                .orElseThrow(() -> new AssertionError("no Deployment, StatefulSet or Job named " + name));
    }

    /** Names of every workload with a pod template. */
    List<String> workloadNames() {
        return objects.stream()
                .filter(o -> o instanceof Deployment || o instanceof StatefulSet || o instanceof Job)
                .map(o -> o.getMetadata().getName())
                .toList();
    }

    /** The container named like its workload (each DataSage pod has one main container). */
    Container container(String name) {
        return template(name).getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no container named " + name));
    }

    /** Secret names a workload's pods can read: volumes, projected volumes, env and envFrom. */
    Set<String> secretsOf(String name) {
        PodTemplateSpec template = template(name);
        Set<String> secrets = new TreeSet<>();
        for (Volume v : nullSafe(template.getSpec().getVolumes())) {
            if (v.getSecret() != null) {
                secrets.add(v.getSecret().getSecretName());
            }
            if (v.getProjected() != null) {
                for (VolumeProjection p : v.getProjected().getSources()) {
                    if (p.getSecret() != null) {
                        secrets.add(p.getSecret().getName());
                    }
                }
            }
        }
        List<Container> containers =
                new java.util.ArrayList<>(template.getSpec().getContainers());
        containers.addAll(nullSafe(template.getSpec().getInitContainers()));
        for (Container c : containers) {
            for (EnvVar e : nullSafe(c.getEnv())) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    secrets.add(e.getValueFrom().getSecretKeyRef().getName());
                }
            }
            for (EnvFromSource e : nullSafe(c.getEnvFrom())) {
                if (e.getSecretRef() != null) {
                    secrets.add(e.getSecretRef().getName());
                }
            }
        }
        return secrets;
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
