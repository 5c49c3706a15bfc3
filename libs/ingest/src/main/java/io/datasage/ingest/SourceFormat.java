package io.datasage.ingest;

/** The file formats DataSage ingests; {@link FormatSniffer} decides which one a file really is. */
public enum SourceFormat {
    CSV,
    TSV,
    XLSX,
    XLS
}
