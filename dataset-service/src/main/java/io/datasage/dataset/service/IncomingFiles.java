package io.datasage.dataset.service;

import io.datasage.dataset.config.DatasetConfig;
import io.datasage.ingest.FormatSniffer;
import io.datasage.ingest.SourceFormat;
import io.datasage.ingest.UnsupportedContentException;
import io.datasage.platform.problem.ProblemException;

/** The checks every received file passes, new upload or replacement: not empty, not too large, CSV/TSV/Excel inside. */
final class IncomingFiles {

    private IncomingFiles() {}

    /** The file's format, sniffed from its content; 400, 413 or 415 with what to do otherwise. */
    static SourceFormat check(UploadRequest request, DatasetConfig config) {
        if (request.size() == 0) {
            throw ProblemException.badRequest("The file is empty: there is nothing to analyse.");
        }
        if (request.size() > config.maxUploadBytes()) {
            throw ProblemException.payloadTooLarge(Sizes.tooLarge(request.size(), config.maxUploadBytes()));
        }
        try {
            return FormatSniffer.sniff(request.file(), request.originalFilename());
        } catch (UnsupportedContentException e) {
            throw ProblemException.unsupportedMediaType(
                    e.getMessage() + " DataSage reads CSV, TSV and Excel (.xlsx, .xls) files.");
        }
    }
}
