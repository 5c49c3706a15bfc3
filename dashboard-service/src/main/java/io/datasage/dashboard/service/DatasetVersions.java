package io.datasage.dashboard.service;

import io.datasage.platform.datasets.DatasetInfo;

/** A dataset version known only by id and number (no owner token at hand: share links, cleanup). */
public final class DatasetVersions {

    private DatasetVersions() {}

    /** The READY version {@code version} of dataset {@code id}, enough to find and render its Arrow file. */
    public static DatasetInfo of(String id, Integer version) {
        return new DatasetInfo(
                id, null, null, "READY", version == null ? 1 : version, null, null, null, null, null, null, null, null);
    }
}
