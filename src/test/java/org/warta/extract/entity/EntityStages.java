package org.warta.extract.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.ReportingVerbs;
import org.warta.extract.Texts;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityRef;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Token;
import org.warta.text.Tokens;

/** The shipped entity lexicons, loaded once, and the entity stages built over a test's own small gazetteer. */
final class EntityStages {
    static final EntityLexicon LEXICON = EntityLexicon.fromResources(ReportingVerbs.fromResources());
    static final WordClasses<EntityWord> WORDS =
            WordClasses.load(EntityExtractor.class, "entity-words.tsv", EntityWord.class);

    private EntityStages() {
    }

    static Gazetteer gazetteer(GazetteerEntry... entries) {
        return Gazetteer.of(Arrays.asList(entries));
    }

    static NameScanner scanner(GazetteerEntry... entries) {
        return new NameScanner(gazetteer(entries), LEXICON, WORDS);
    }

    static Recognition scan(ArticleText text, GazetteerEntry... entries) {
        return scanner(entries).scan(text);
    }

    static PersonResolver resolver(Gazetteer gazetteer) {
        return new PersonResolver(gazetteer, LEXICON, new RoleHolders(gazetteer), WORDS);
    }

    /** The person references found, as "name/cue". */
    static List<String> persons(Recognition r) {
        return r.persons().stream().map(p -> p.name() + "/" + p.cue()).toList();
    }

    /** A title as the lexicon gives one, made here so that resolution tests do not depend on titles.tsv. */
    static EntityLexicon.Title title(String text, String roleKey, String... describes) {
        List<String> words = Texts.tokens(text).stream().map(Token::norm).toList();
        Set<String> all = new HashSet<>(Arrays.asList(describes));
        all.add(roleKey);
        return new EntityLexicon.Title(text, words, roleKey, Set.copyOf(all));
    }

    /** A person reference at the first occurrence of {@code name} at or after character {@code from}. */
    static PersonRef ref(ArticleText text, String name, int from, NameCue cue) {
        return ref(text, name, from, cue, Optional.empty(), Optional.empty(), Optional.empty(), null);
    }

    static PersonRef ref(ArticleText text, String name, NameCue cue) {
        return ref(text, name, 0, cue);
    }

    /**
     * A person reference with what recognition found around it.
     *
     * @param roleWritten the title and name as written ({@code name} must end it), or null for none
     */
    static PersonRef ref(ArticleText text, String name, int from, NameCue cue, Optional<GazetteerEntry> entry,
                         Optional<EntityLexicon.Title> title, Optional<EntityRef> of, String roleWritten) {
        Optional<Span> role = Optional.empty();
        Span span = Texts.span(text, name, from);
        if (roleWritten != null) {
            Span r = Texts.span(text, roleWritten, from);
            role = Optional.of(r);
            span = Texts.span(text, name, r.start());
        }
        int s = text.sentenceAt(span.start());
        List<Token> tokens = text.tokens(s);
        int first = Tokens.indexAt(tokens, span.start());
        int last = Tokens.indexAt(tokens, span.end() - 1) + 1;
        return PersonNames.ref(s, tokens, first, last, cue, entry, title, of, role);
    }
}
