package org.warta.ingest;

import org.warta.model.WartaException;

/** An input that cannot become an article: the message names the input and the reason. */
public class IngestException extends WartaException {
    private final String origin;
    private final String reason;

    public IngestException(String origin, String reason) {
        super(origin + ": " + reason);
        this.origin = origin;
        this.reason = reason;
    }

    public String origin() {
        return origin;
    }

    public String reason() {
        return reason;
    }
}
