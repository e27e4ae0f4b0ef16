package org.warta.extract.statement;

/** The classes of {@code statement-words.tsv}. */
public enum StatementWord {
    NEGATOR, INFINITIVE, COMPLEMENTIZER, PRONOUN, COORDINATOR, RELATIVE, DEMONSTRATIVE, ACT_OBJECT, PARTICLE,
    AGENT_MARKER, PREPOSITION
}
