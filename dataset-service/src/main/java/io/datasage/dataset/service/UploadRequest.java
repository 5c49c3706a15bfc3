package io.datasage.dataset.service;

import java.nio.file.Path;

/**
 * An upload as the resource received it: the file on disk with its size and hex SHA-256 (computed while it was
 * received), and the form fields.
 */
public record UploadRequest(
        Path file, String originalFilename, long size, String sha256, String name, String description, String sheet) {}
