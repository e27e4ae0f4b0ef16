package org.warta.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.model.WartaException;
import org.warta.text.Token;

/**
 * The reporting verbs of {@code reporting-verbs.tsv} and their {@link VerbClass}: matched as phrases at a token
 * (statements) or as one word (the entity recognizer's cue before a name). Loaded once, shared.
 */
public final class ReportingVerbs {
    private final PhraseTable<VerbClass> phrases = new PhraseTable<>();
    private final Map<String, VerbClass> words = new HashMap<>();

    public static ReportingVerbs fromResources() {
        return new ReportingVerbs();
    }

    private ReportingVerbs() {
        Lexicons.readRows(ReportingVerbs.class, "reporting-verbs.tsv", 2, (f, where) -> {
            VerbClass cls = WordClasses.parse(VerbClass.class, f[1], where);
            if (words.put(Token.normalize(f[0]), cls) != null) {
                throw new WartaException(where + ": '" + f[0] + "' is listed twice");
            }
            phrases.add(f[0], cls);
        });
    }

    /** The longest reporting-verb phrase starting at token {@code i}. */
    public Optional<PhraseTable.Hit<VerbClass>> at(List<Token> tokens, int i) {
        return phrases.longestAt(tokens, i);
    }

    /** The class of a one-word reporting verb. */
    public Optional<VerbClass> of(Token t) {
        return Optional.ofNullable(words.get(t.norm()));
    }
}
