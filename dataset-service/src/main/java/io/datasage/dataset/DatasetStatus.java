package io.datasage.dataset;

/** Where a dataset is in its life: accepted, being analysed, usable, or not analysable. */
public enum DatasetStatus {
    UPLOADED,
    PROCESSING,
    READY,
    FAILED
}
