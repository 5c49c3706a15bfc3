package io.datasage.dataset.service;

import io.datasage.dataset.repository.DatasetEntity;

/** The stored dataset, and whether the same bytes had been uploaded before (then nothing new was stored). */
public record UploadOutcome(DatasetEntity dataset, boolean duplicate) {}
