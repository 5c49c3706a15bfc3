package io.datasage.contracts.storage;

/**
 * Where a dataset's files live under the storage root, agreed by the services that write them (dataset-service:
 * raw uploads; analysis-worker: analysis outputs) and those that read them. Version 1 lives in
 * {@code <datasetId>/}; every later version (a replaced file) in {@code <datasetId>/v<N>/}, so the previous
 * version is still served, untouched, while the new one is analysed.
 */
public final class StorageLayout {

    /** The Arrow IPC file of a version. */
    public static final String ARROW = "data.arrow";
    /** The profile of a version. */
    public static final String PROFILE = "profile.json";
    /** The preview rows of a version. */
    public static final String PREVIEW = "preview.json";

    private StorageLayout() {}

    /** The folder of everything stored for a dataset, relative to the storage root. */
    public static String datasetDir(String datasetId) {
        check(datasetId);
        return datasetId;
    }

    /** The folder of one version's files, relative to the storage root. */
    public static String versionDir(String datasetId, int version) {
        check(datasetId);
        return version <= 1 ? datasetId : datasetId + "/v" + version;
    }

    /** The Arrow file of one version, relative to the storage root. */
    public static String arrow(String datasetId, int version) {
        return versionDir(datasetId, version) + "/" + ARROW;
    }

    /** The profile of one version, relative to the storage root. */
    public static String profile(String datasetId, int version) {
        return versionDir(datasetId, version) + "/" + PROFILE;
    }

    /** The preview of one version, relative to the storage root. */
    public static String preview(String datasetId, int version) {
        return versionDir(datasetId, version) + "/" + PREVIEW;
    }

    /** The raw upload of one version ({@code csv}, {@code tsv}, {@code xlsx}, {@code xls}), relative to the storage root. */
    public static String raw(String datasetId, int version, String extension) {
        return versionDir(datasetId, version) + "/raw." + extension;
    }

    private static void check(String datasetId) {
        if (datasetId == null || datasetId.isEmpty() || !datasetId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not a dataset id: '" + datasetId + "'");
        }
    }
}
