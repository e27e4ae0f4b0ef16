package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.Span;
import org.warta.model.Statement;
import org.warta.model.StatementKind;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * The subject of a trigger set in a phrase fronted before a comma: the first person after the comma, who is the
 * subject of the clause the phrase opens, not a person before it. Stateless.
 */
final class FrontedSubjects {
    /** A trigger this close to the start of the sentence, or of the reported words, may sit in a fronted phrase. */
    private static final int FRONTED_REACH = 3;

    private final MeetingLexicon lexicon;

    FrontedSubjects(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A noun trigger opening the sentence in a fronted phrase ("Dalam konferensi pers dengan Lavrov, Wang Yi …"),
     * or a verb trigger in a subordinate clause opening it ("Saat bertemu Lavrov, Wang Yi …"): the first person
     * after the comma, when it is not the meeting's other side.
     */
    List<Actor> opening(TriggerSite site, List<Actor> object) {
        boolean noun = site.trigger().pattern() == MeetingLexicon.Pattern.NOUN;
        // "Usai bertemu Ani, Budi …": a verb in a subordinate clause opening the sentence
        // (or past a few words: "Seperti saat menjamu Ani, Budi …")
        boolean subordinate = site.hit().from() > 0 && (lexicon.is(site.token(0), MeetingWord.SUBORDINATE)
                || lexicon.is(site.token(site.clause().from()), MeetingWord.SUBORDINATE));
        // the clause may open past a few words of time ("Tak lama setelah pertemuan dengan X berakhir, Budi …")
        boolean opening = site.clause().from() == 0 || site.clause().from() <= FRONTED_REACH
                && site.actors().stream().noneMatch(a -> a.from() < site.clause().from())
                && IntStream.range(0, site.clause().from()).allMatch(i -> site.token(i).isWord());
        if (!noun && !subordinate || !opening || site.hit().from() > FRONTED_REACH) {
            return List.of();
        }
        Optional<Actor> pronoun = pronounAfterComma(site);
        return pronoun.isPresent() ? List.of(pronoun.get()) : personAfterComma(site, object);
    }

    /**
     * The object of a noun trigger in a phrase fronted before a comma at the start of what a source reports ends at
     * that comma: "Ani menuturkan, dalam pertemuan dengan para pengurus pada Jumat, Budi berjanji …" names no one met;
     * Budi is the subject of the clause the phrase opens. (At the start of a sentence the comma may be an
     * apposition's: "Ada pula pertemuan dengan Menlu X, Nama Orang.")
     */
    List<Actor> objectInPhrase(TriggerSite site, List<Actor> object) {
        if (site.trigger().pattern() != MeetingLexicon.Pattern.NOUN) {
            return object;
        }
        if (frontedReportStart(site).isEmpty()) {
            return object;
        }
        int comma = site.commaAfterHit();
        return object.stream().filter(a -> a.to() <= comma).toList();
    }

    /** "Selain bertemu A, dia pun …": a pronoun opening the clause after the comma stands for its referent. */
    private Optional<Actor> pronounAfterComma(TriggerSite site) {
        int comma = site.commaAfterHit();
        if (comma + 1 >= site.tokens().size() || !lexicon.is(site.token(comma + 1), MeetingWord.SINGULAR_PRONOUN)) {
            return Optional.empty();
        }
        int at = site.token(0).start(); // the persons of the fronted phrase are what it tells of, not the pronoun
        ArticleEntities entities = site.sentence().entities();
        return entities.pronounAntecedent(at).flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                .map(Actor::outside);
    }

    /**
     * A noun trigger opening what a source reports, in a phrase fronted before the comma ("Ani menuturkan, dalam
     * pertemuan dengan Citra pada Jumat sore, Budi berjanji …"): the first person after the comma, not the source.
     */
    List<Actor> inReport(TriggerSite site, List<Actor> object) {
        OptionalInt fronted = frontedReportStart(site);
        if (fronted.isEmpty()) {
            return List.of();
        }
        int start = fronted.getAsInt();
        Span words = site.saidIn().get().quoteSpan();
        // "X mengatakan sebelum bertemu Z, Y …": a verb trigger in a subordinate clause opening the reported words
        boolean subordinate = site.hit().from() == start + 1 && opensSubordinate(site.token(start));
        if (site.trigger().pattern() != MeetingLexicon.Pattern.NOUN && !subordinate) {
            return List.of();
        }
        return personAfterComma(site, object).stream().filter(a -> site.token(a.from()).start() < words.end())
                .toList();
    }

    /**
     * Where the reported words that hold the trigger start, when a source reports them ("X menuturkan, …") and the
     * trigger stands among their first few words; empty otherwise.
     */
    private static OptionalInt frontedReportStart(TriggerSite site) {
        Optional<Statement> reported = site.saidIn().filter(st -> st.kind() == StatementKind.INDIRECT);
        if (reported.isEmpty()) {
            return OptionalInt.empty();
        }
        int start = Tokens.indexAt(site.tokens(), reported.get().quoteSpan().start());
        int trigger = site.hit().from();
        return start <= 0 || trigger < start || trigger - start > FRONTED_REACH ? OptionalInt.empty()
                : OptionalInt.of(start);
    }

    private boolean opensSubordinate(Token t) {
        return lexicon.is(t, MeetingWord.SUBORDINATE) || lexicon.is(t, MeetingWord.FRONTED)
                || lexicon.is(t, MeetingWord.FOLLOWS);
    }

    /** The first person after the comma that closes the trigger's phrase, when it is not the meeting's object. */
    private static List<Actor> personAfterComma(TriggerSite site, List<Actor> object) {
        int after = site.commaAfterHit();
        return site.actors().stream().filter(a -> a.from() > after && a.person()
                && object.stream().noneMatch(o -> o.entity().equals(a.entity()))).limit(1).toList();
    }
}
