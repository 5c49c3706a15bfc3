package io.datasage.dataset.service;

import java.nio.file.Path;

/** An upload as the resource received it: a temporary file on disk and the form fields. */
public record UploadRequest(
        Path file, String originalFilename, long size, String name, String description, String sheet) {}
