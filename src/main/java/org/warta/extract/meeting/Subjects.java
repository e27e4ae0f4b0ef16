package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Statement;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * The subject of a trigger: the group right before it, the subject of the sentence's previous meeting
 * (coordinated purposes), a pronoun's antecedent, the sentence's first person, or — after a fronted phrase
 * ("Dalam konferensi pers dengan Lavrov, Wang Yi …") — the first person after the comma. Stateless.
 */
final class Subjects {
    /**
     * Words that show reported words have no subject of their own before the trigger: a clause opener, a word of
     * sequence, or a pronoun ("X berkata, setelah itu …", "X berkata, ia …").
     */
    private static final Set<MeetingWord> NO_OWN_SUBJECT = Set.of(MeetingWord.SUBORDINATE, MeetingWord.EARLIER,
            MeetingWord.FOLLOWS, MeetingWord.THEN, MeetingWord.PRONOUN, MeetingWord.SINGULAR_PRONOUN,
            MeetingWord.FIRST_PERSON);

    private static final int PRONOUN_REACH = 4;
    /** How many sentences back a series' subject may have been named. */
    private static final int STORY_REACH = 2;
    /** Words between "yang" and the trigger of its relative clause: "yang akan segera menyambangi". */
    static final int RELATIVE_REACH = 4;
    /** Words of where people come from between the word for them and "yang": "turis dari Kuching, Sarawak, yang". */
    private static final int ORIGIN_REACH = 8;
    /** A description before a trigger has at most this many words. */
    private static final int DESCRIPTION_REACH = 8;
    /** Words a meeting noun may stand after at the start of a quotation and still open it ("Dalam", "Pada saat"). */
    private static final int FRONTED_WORDS = 3;

    private final MeetingLexicon lexicon;
    private final FrontedSubjects fronted;

    Subjects(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
        this.fronted = new FrontedSubjects(lexicon);
    }

    List<Actor> of(TriggerSite site, List<Actor> before, SentenceState state) {
        return of(site, before, state, List.of());
    }

    /**
     * @param object the meeting's other side when it is named: never the subject too; and when there is one, a
     *               subject the story follows may stand in
     */
    List<Actor> of(TriggerSite site, List<Actor> before, SentenceState state, List<Actor> object) {
        Optional<Actor> possessor = possessorOfNoun(site);
        if (possessor.isPresent()) {
            return List.of(possessor.get()); // "pertemuannya dengan Presiden Putin"
        }
        Optional<Actor> antecedent = relativeAntecedent(site);
        if (antecedent.isPresent()) {
            return List.of(antecedent.get()); // "… kunjungan Presiden X yang akan menyambangi AS"
        }
        if (nationalsBeforeRelative(site)) {
            return List.of(); // "wisatawan dari Kuching, Malaysia yang berkunjung ke Indonesia": people, no side
        }
        Optional<Actor> identified = identifiedAfter(site, object);
        if (identified.isPresent()) {
            return List.of(identified.get()); // "Tamu yang menemui Presiden X kemarin adalah Menlu Y"
        }
        List<Actor> reported = fronted.inReport(site, object); // "X menuturkan, dalam … dengan Z, Y …": Y met Z
        boolean unnamed = unnamedInReport(site); // "X berkata, atasannya itu menyambut …": not X
        List<Actor> own = before.stream().filter(a -> !teller(site, a) && !(unnamed && saidBy(site, a))).toList();
        if (!reported.isEmpty() || !own.isEmpty()) {
            return reported.isEmpty() ? own : reported;
        }
        if (unnamedGroupBefore(site) || unnamed) {
            return List.of(); // "Sore nanti para pelajar akan diterima oleh Menteri Ani"
        }
        Optional<Actor> speaker = speakerOfFirstPerson(site);
        if (speaker.isPresent()) {
            return List.of(speaker.get()); // "“Saya sudah bertelepon dengan Presiden Erdogan …,” kata Jokowi"
        }
        int trigger = site.hit().from();
        if (!state.lastSubject().isEmpty() && state.lastSubject().get(0).to() <= trigger) {
            return state.lastSubject(); // coordinated purposes share their subject
        }
        Optional<List<Actor>> referred = referredTo(site, state, object);
        if (referred.isPresent()) {
            return referred.get();
        }
        Optional<Actor> person = firstPersonBefore(site, state);
        Optional<List<Actor>> pronoun = pronounBeforeAnyPerson(site, person.map(Actor::from).orElse(trigger));
        if (pronoun.isPresent()) {
            return pronoun.get();
        }
        if (person.isPresent()) {
            return List.of(person.get());
        }
        List<Actor> opening = fronted.opening(site, object);
        if (!opening.isEmpty()) {
            return opening;
        }
        return object.isEmpty() ? List.of() : storySubject(site, state);
    }

    /**
     * A trigger in a relative clause ("yang …") right after a person: that person is its subject, not the subject
     * of the sentence's main clause.
     */
    private Optional<Actor> relativeAntecedent(TriggerSite site) {
        int relative = relativeBefore(site);
        return relative < 0 ? Optional.empty()
                : site.actors().stream().filter(a -> a.to() == relative && a.person()).findFirst();
    }

    /**
     * "Tamu yang menemui Presiden X kemarin adalah Menlu Y": a trigger in a relative clause after a common noun, the
     * person named past a word that reveals who it was ("adalah", "ialah"), after the object, with only title words
     * between, is the subject.
     */
    private Optional<Actor> identifiedAfter(TriggerSite site, List<Actor> object) {
        int relative = relativeBefore(site);
        if (relative < 1 || !site.token(relative - 1).isWord()
                || site.token(relative - 1).isCapitalized() && relative - 1 > site.clause().from()
                || site.actors().stream().anyMatch(a -> a.to() == relative)) {
            return Optional.empty();
        }
        int from = object.isEmpty() || Actor.last(object).outside() ? site.hit().to() : Actor.last(object).to();
        for (int i = from; i + 1 < site.tokens().size(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.LIST_REVEAL)) {
                int reveal = i;
                return site.actors().stream().filter(a -> a.person() && a.from() > reveal
                        && site.capitalizedOnly(reveal + 1, a.from())).findFirst();
            }
            if (!site.token(i).isWord() && !site.token(i).text().equals(",")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The "yang" opening the relative clause of the trigger, a few lower-case words before it ("yang akan segera
     * menyambangi"); -1 when there is none.
     */
    private int relativeBefore(TriggerSite site) {
        return lexicon.relativeBefore(site.tokens(), site.hit().from(), RELATIVE_REACH);
    }

    /** The object of a noun trigger in a fronted phrase, up to the phrase's comma ({@link FrontedSubjects}). */
    List<Actor> objectInPhrase(TriggerSite site, List<Actor> object) {
        return fronted.objectInPhrase(site, object);
    }

    /**
     * A trigger in a relative clause ("yang …") after a word of a state's people and where they come from
     * ("wisatawan Indonesia yang akan ke Australia", "turis dari Kuching, Sarawak, yang berkunjung …"): its subject
     * is those people, whom no one names.
     */
    boolean nationalsBeforeRelative(TriggerSite site) {
        int relative = relativeBefore(site);
        if (relative < 0) {
            return false;
        }
        for (int i = relative - 1; i >= Math.max(0, relative - ORIGIN_REACH); i--) {
            Token t = site.token(i);
            int at = i;
            if (site.actors().stream().anyMatch(a -> a.person() && a.from() <= at && at < a.to())) {
                return false;
            }
            if (lexicon.is(t, MeetingWord.NATIONALS)) {
                return true;
            }
            boolean origin = t.isCapitalized() || t.text().equals(",") || lexicon.is(t, MeetingWord.LOCATIVE);
            if (!origin) {
                return false;
            }
        }
        return false;
    }

    /**
     * A plural group word before the trigger in its clause, or a number and a word of persons ("sembilan pemimpin
     * negara yang bertemu …"), with no actor between: a subject no one names. One right before a noun trigger counts
     * the meetings ("mengadakan beberapa pertemuan"), not who held them.
     */
    private boolean unnamedGroupBefore(TriggerSite site) {
        int trigger = site.hit().from();
        int last = site.trigger().noun() ? trigger - 1 : trigger;
        for (int i = site.clause().from(); i < last; i++) {
            int at = i;
            Token t = site.token(i);
            boolean counted = (lexicon.is(t, MeetingWord.NUMBER_WORD) || t.kind() == Token.Kind.NUMBER)
                    && i + 1 < last && lexicon.is(site.token(i + 1), MeetingWord.COLLECTIVE_NOUN);
            if ((lexicon.is(t, MeetingWord.PLURAL_SUBJECT) || counted)
                    && site.actors().stream().noneMatch(a -> a.from() > at && a.to() <= trigger)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the actor is the speaker of the statement the trigger is told in. */
    private static boolean saidBy(TriggerSite site, Actor a) {
        return site.saidIn().filter(st -> st.speaker().equals(a.entity())).isPresent();
    }

    /**
     * "Budi berkata, atasannya itu menyambut Ani": the reported words open with a subject of their own
     * before a verb trigger — lower-case words that name no one, are no pronoun, and hold a possessed noun or a
     * demonstrative ("ketua umumnya", "pejabat itu"); its teller is not it.
     */
    private boolean unnamedInReport(TriggerSite site) {
        Optional<Statement> said = site.saidIn();
        int trigger = site.hit().from();
        if (said.isEmpty() || site.trigger().noun() || site.token(trigger).start() < said.get().quoteSpan().start()) {
            return false;
        }
        int start = said.get().quoteSpan().start();
        boolean nounPhrase = false;
        for (int i = site.clause().from(); i < trigger; i++) {
            Token t = site.token(i);
            if (t.start() < start || !t.isWord()) {
                continue;
            }
            int at = i;
            if (t.isCapitalized() || NO_OWN_SUBJECT.stream().anyMatch(w -> lexicon.is(t, w))
                    || site.actors().stream().anyMatch(a -> a.from() <= at && at < a.to())) {
                return false;
            }
            nounPhrase |= t.endsWithNya() || lexicon.is(t, MeetingWord.DEMONSTRATIVE);
        }
        return nounPhrase;
    }

    /** "pertemuannya dengan Presiden Putin": the possessor of a noun trigger is the subject carried over. */
    private static Optional<Actor> possessorOfNoun(TriggerSite site) {
        if (!site.noun() || !site.token(site.hit().to() - 1).endsWithNya()
                || site.hit().to() - site.hit().from() != 1) {
            return Optional.empty(); // "meneleponnya": a verb's "-nya" is its object ({@link TriggerReader})
        }
        int at = site.token(site.hit().from()).start();
        ArticleEntities entities = site.sentence().entities();
        return entities.pronounAntecedent(at).flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                .map(Actor::outside);
    }

    /**
     * A subject told by reference near the trigger: a pronoun ("ia", "mereka"), a description of the story's
     * subject ("Pria yang dijuluki Si Pendiam itu hendak bertemu …"), or the agent before a subordinate
     * clause ("… disampaikan oleh X saat menemui Y").
     */
    private Optional<List<Actor>> referredTo(TriggerSite site, SentenceState state, List<Actor> object) {
        int trigger = site.hit().from();
        for (int i = Math.max(site.clause().from(), trigger - PRONOUN_REACH); i < trigger; i++) {
            if (lexicon.is(site.token(i), MeetingWord.PRONOUN)) {
                return Optional.of(antecedent(site, site.token(i)));
            }
        }
        if (describedBefore(site)) {
            Optional<Actor> carried = carriedOver(site);
            if (carried.isPresent() && object.stream().noneMatch(o -> o.entity().equals(carried.get().entity()))) {
                return Optional.of(List.of(carried.get()));
            }
        }
        return agentBeforeSubordinate(site, state).map(List::of);
    }

    /** The sentence's first person before the trigger that is not already an object, nor the mere teller. */
    private Optional<Actor> firstPersonBefore(TriggerSite site, SentenceState state) {
        int trigger = site.hit().from();
        return site.actors().stream().filter(a -> a.to() <= trigger && a.person() && !state.isObject(a)
                && !teller(site, a)).findFirst();
    }

    /**
     * Whether the actor only tells of the meeting: the speaker of the statement the trigger is reported in, named
     * outside it, where the reported words open with a subject of their own ("X mengatakan, Presiden akan menerima
     * …"), a capitalized word; "X mengatakan telah bertemu Y" opens with the verb, and X met Y. A source
     * cited by "menurut" only tells, whatever follows ("Menurut X, pertemuan dengan Y …").
     */
    private boolean teller(TriggerSite site, Actor a) {
        Optional<Statement> said = site.saidIn();
        if (said.isEmpty() || !said.get().speaker().equals(a.entity())
                || said.get().quoteSpan().contains(a.mention().span())) {
            return false;
        }
        if (lexicon.inPhrase(said.get().verb(), MeetingWord.ACCORDING_TO)) {
            return true;
        }
        int start = said.get().quoteSpan().start();
        for (int i = 0; i < site.hit().from(); i++) {
            Token t = site.token(i);
            if (t.start() >= start && t.isWord()) {
                return t.isCapitalized(); // the reported words' first: their own subject, or the speaker's verb
            }
        }
        return false;
    }

    /** A singular pronoun before the sentence's first person ("Ia, bersama Menlu X, bertemu …"): its referent. */
    private Optional<List<Actor>> pronounBeforeAnyPerson(TriggerSite site, int firstPerson) {
        for (int i = 0; i < firstPerson; i++) {
            if (lexicon.is(site.token(i), MeetingWord.SINGULAR_PRONOUN)) {
                return Optional.of(antecedent(site, site.token(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * A meeting told in a series without its subject ("Pertemuan pertama pagi itu adalah dengan Menlu
     * Ani …", "Ada juga pertemuan dengan …"): the person the story is following — the first person
     * of one of the two sentences before, when it is not among the sentence's own actors; the one the sentence
     * before took from the story when it named only the other side ("Pertemuan kedua dengan …").
     */
    private static List<Actor> storySubject(TriggerSite site, SentenceState state) {
        if (site.actors().stream().noneMatch(Actor::person)) {
            return List.of();
        }
        Optional<Actor> carried = state.carried()
                .filter(c -> site.actors().stream().noneMatch(a -> a.entity().equals(c.entity())));
        if (carried.isPresent()) {
            return List.of(carried.get());
        }
        ArticleEntities entities = site.sentence().entities();
        int s = site.sentence().index();
        // inside a quotation, the speaker tells of the one the story follows; without "saya" it is not the speaker
        Optional<EntityRef> speaker = site.quotedIn().map(Statement::speaker);
        for (int back = s - 1; back >= Math.max(0, s - STORY_REACH); back--) {
            Optional<Actor> first = entities.actors(back).stream()
                    .filter(m -> m.entity().type() == EntityType.PERSON)
                    .filter(m -> speaker.map(sp -> !sp.equals(m.entity())).orElse(true)).findFirst()
                    .map(Actor::outside);
            if (first.isPresent()) {
                boolean here = site.actors().stream().anyMatch(a -> a.entity().equals(first.get().entity()));
                return here ? List.of() : List.of(first.get());
            }
        }
        return List.of();
    }

    /**
     * A trigger opening a subordinate clause without its own subject ("saat menemui …", "ketika bertemu …"): the
     * person named last before the clause in the sentence is its subject.
     */
    private Optional<Actor> agentBeforeSubordinate(TriggerSite site, SentenceState state) {
        int from = site.clause().from();
        if (from == 0 || site.hit().from() - from > 1 || !lexicon.is(site.token(from), MeetingWord.SUBORDINATE)) {
            return Optional.empty();
        }
        Actor last = null;
        for (Actor a : site.actors()) {
            if (a.to() <= from && a.person() && !state.isObject(a)) {
                last = a;
            }
        }
        return Optional.ofNullable(last);
    }

    /** A definite description ("… itu", "… tersebut") with no actor in it, right before the trigger in its clause. */
    private boolean describedBefore(TriggerSite site) {
        int trigger = site.hit().from();
        boolean demonstrative = false;
        for (int i = Math.max(site.clause().from(), trigger - DESCRIPTION_REACH); i < trigger; i++) {
            // "Hari ini bertemu …": a demonstrative of a time ("hari ini", "saat itu") describes no one, nor one
            // after a word of sequence ("setelah itu", "usai itu": after that)
            demonstrative |= lexicon.is(site.token(i), MeetingWord.DEMONSTRATIVE) && !inTime(site, site.token(i))
                    && !(i > 0 && (lexicon.is(site.token(i - 1), MeetingWord.SUBORDINATE)
                    || lexicon.is(site.token(i - 1), MeetingWord.EARLIER)));
        }
        int from = site.clause().from();
        return demonstrative && site.actors().stream().noneMatch(a -> a.from() >= from && a.to() <= trigger);
    }

    private static boolean inTime(TriggerSite site, Token token) {
        return site.times().found().stream()
                .anyMatch(e -> e.span().start() <= token.start() && token.end() <= e.span().end());
    }

    /** The subject the story carries over to the trigger, as "ia" there would refer to it. */
    Optional<Actor> carriedOver(TriggerSite site) {
        int at = site.token(site.hit().from()).start();
        ArticleEntities entities = site.sentence().entities();
        return entities.pronounAntecedent(at).flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                .map(Actor::outside);
    }

    /**
     * "saya", "kami" before the trigger inside a quotation, or a quotation opening with the verb and no subject, as a
     * post the speaker wrote reads ("“Menelepon Menlu X pagi ini …,” tulis Y"): its speaker, as one of the speaker's
     * mentions.
     */
    private Optional<Actor> speakerOfFirstPerson(TriggerSite site) {
        if (site.quotedIn().isEmpty()) {
            return Optional.empty();
        }
        int trigger = site.hit().from();
        boolean opensQuote = !site.trigger().noun()
                && site.token(trigger).start() == site.quotedIn().get().quoteSpan().start();
        boolean firstPerson = false;
        for (int i = Math.max(site.clause().from(), trigger - PRONOUN_REACH); i < trigger; i++) {
            firstPerson |= lexicon.is(site.token(i), MeetingWord.FIRST_PERSON);
        }
        // "“Dalam pertemuan dengan X, saya …”": a meeting noun fronted at the quotation's start, "saya" after its
        // comma
        int quoteStart = Tokens.indexAt(site.tokens(), site.quotedIn().get().quoteSpan().start());
        int comma = site.commaAfterHit();
        boolean frontedForFirst = site.trigger().pattern() == MeetingLexicon.Pattern.NOUN
                && trigger - quoteStart <= FRONTED_WORDS && comma + 1 < site.tokens().size()
                && lexicon.is(site.token(comma + 1), MeetingWord.FIRST_PERSON);
        if (!opensQuote && !firstPerson && !frontedForFirst) {
            return Optional.empty();
        }
        EntityRef speaker = site.quotedIn().get().speaker();
        return site.sentence().entities().mentions().stream().filter(m -> m.entity().equals(speaker)).findFirst()
                .map(Actor::outside);
    }

    /** The pronoun's referent, as its latest mention before the pronoun. */
    private static List<Actor> antecedent(TriggerSite site, Token pronoun) {
        ArticleEntities entities = site.sentence().entities();
        int at = pronoun.start();
        return entities.pronounAntecedent(at)
                .flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                .map(m -> reportedInstead(site, entities, at, m))
                .map(m -> List.of(Actor.outside(m))).orElse(List.of());
    }

    /**
     * "Juru bicara X mengatakan, Menlu Y akan bertemu A. Setelah itu, ia akan …": a pronoun of a meeting after a
     * sentence in which a source reports another's doings refers to the one reported on, not the source.
     */
    private static EntityMention reportedInstead(TriggerSite site, ArticleEntities entities, int at,
                                                 EntityMention antecedent) {
        int sentence = antecedent.sentenceIndex();
        if (sentence >= site.sentence().index() || site.saidIn().isPresent()) {
            return antecedent; // "Ia menyebutkan, kunjungan …": the pronoun tells, it is the source
        }
        return site.reportedSubject(sentence, antecedent.entity())
                .flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e))).orElse(antecedent);
    }
}
