package org.warta.ingest;

/** A problem with one input: an error (the input is skipped) or a warning (it is used as read). */
public record Problem(Severity severity, String origin, String reason) {
    public enum Severity { ERROR, WARNING }

    public static Problem error(String origin, String reason) {
        return new Problem(Severity.ERROR, origin, reason);
    }

    public static Problem warning(String origin, String reason) {
        return new Problem(Severity.WARNING, origin, reason);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (isError() ? "error: " : "warning: ") + origin + ": " + reason;
    }
}
