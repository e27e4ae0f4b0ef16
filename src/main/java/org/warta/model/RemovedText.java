package org.warta.model;

/** A stretch of the original text left out of extraction as site boilerplate, and the rule that removed it. */
public record RemovedText(Span span, String reason) {
}
