package org.warta.extract;

/** How a reporting verb attributes speech; the classes of {@code reporting-verbs.tsv}. */
public enum VerbClass {
    /** Written after a quotation, before the speaker: "“…,” kata Wang"; with -nya: "katanya". */
    POST,
    /** A full verb after the speaker: "Lavrov mengatakan (bahwa) …". */
    VERB,
    /** A speech act whose object is the content, which starts at the verb: "mengecam", "memuji". */
    ACT,
    /** Names the source before the content: "menurut X, …". */
    SOURCE,
    /** The content is the subject: "dikutip dari", "dilansir". */
    PASSIVE,
    /**
     * A passive speech verb with its agent after it, with or without "oleh": what was said is told before it ("Hal
     * itu disampaikan oleh X"); the agent is the one speaking.
     */
    AGENT
}
