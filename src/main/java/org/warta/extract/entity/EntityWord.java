package org.warta.extract.entity;

/** The classes of {@code entity-words.tsv}. */
public enum EntityWord {
    TITLE_FOLLOWER, TITLE_OF, TITLE_FILLER, RELATIVE, APPOSITION_LEAD, INDEFINITE, ORG_LOCATIVE, BYLINE_LABEL, ORIGIN,
    CONTRIBUTOR_VERB, CONTRIBUTOR_PREFIX, MEETING_CUE
}
