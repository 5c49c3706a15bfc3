package io.datasage.ingest;

/** The file is not something DataSage can read (an image, a PDF, binary data, an empty file...). */
public class UnsupportedContentException extends IngestException {

    public UnsupportedContentException(String reason) {
        super("sniffing", reason);
    }

    public UnsupportedContentException(String reason, Throwable cause) {
        super("sniffing", reason, cause);
    }
}
