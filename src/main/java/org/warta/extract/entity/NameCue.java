package org.warta.extract.entity;

/** How a person's name was found, which decides how it may be resolved and the rule recorded with it. */
enum NameCue {
    GAZETTEER("gazetteer"), TITLE("title-pattern"), HONORIFIC("honorific"), REPORTING("reporting-verb"),
    APPOSITION("apposition"), BYLINE("byline"), MEETING("meeting-verb"), KIN("kin"),
    /** The full name of a person the article has named before with a cue ("Ketua Umum X Ani Lestari … dengan Ani Lestari"). */
    REPEATED("repeated-name"), BARE("capitalized");

    private final String rule;

    NameCue(String rule) {
        this.rule = rule;
    }

    /** The rule name recorded with a mention resolved by this cue. */
    String rule() {
        return rule;
    }
}
