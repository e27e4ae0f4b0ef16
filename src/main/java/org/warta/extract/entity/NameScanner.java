package org.warta.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.warta.extract.PhraseTable;
import org.warta.extract.VerbClass;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityType;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * Recognition, left to right through each sentence: at each token the first rule that applies — a title chain
 * ({@link TitleChains}), a gazetteer name (persons with their {@link Appositions}), an organization head
 * ({@link OrganizationNames}), an honorific before a name, a reporting or meeting verb that makes the next name a
 * person, or a bare capitalized run; then the paragraph's {@link Bylines}. Stateless.
 */
final class NameScanner {
    /** A sentence of at least this many words, 70% capitalized, is written in Title Case. */
    private static final int TITLE_CASE_WORDS = 6;
    /** A name that is a person's one name has at least this many letters. */
    private static final int MIN_ONE_NAME = 3;

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;
    private final WordClasses<EntityWord> words;
    private final NameRuns names;
    private final PersonNames persons;
    private final GazetteerMentions gazetteerMentions;
    private final FuzzyNames fuzzy;
    private final OrganizationNames organizations;
    private final Appositions appositions;
    private final TitleChains titleChains;
    private final Bylines bylines;
    private final PlaceHeads placeHeads;

    NameScanner(Gazetteer gazetteer, EntityLexicon lexicon, WordClasses<EntityWord> words) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.words = words;
        this.names = new NameRuns(gazetteer, lexicon, words);
        this.persons = new PersonNames(gazetteer);
        this.gazetteerMentions = new GazetteerMentions(gazetteer, lexicon);
        this.fuzzy = new FuzzyNames(gazetteer, lexicon);
        this.organizations = new OrganizationNames(gazetteer);
        this.appositions = new Appositions(gazetteer, lexicon, words, organizations, gazetteerMentions);
        this.titleChains = new TitleChains(gazetteer, lexicon, words, organizations, gazetteerMentions, names, persons);
        this.bylines = new Bylines(words, names, persons, lexicon, gazetteer);
        this.placeHeads = new PlaceHeads(gazetteer, lexicon, words, names);
    }

    Recognition scan(ArticleText text) {
        FindingsSink sink = new FindingsSink();
        for (int s = 0; s < text.sentences().size(); s++) {
            sink.nextSentence();
            List<Token> tokens = text.tokens(s);
            switch (text.part(s)) {
                case BODY, CAPTION -> {
                    if (titleCase(tokens)) {
                        knownNames(text, s, tokens, sink);
                    } else {
                        sentence(text, s, tokens, sink);
                        Optional<PersonRef> byline = bylines.read(text, s, tokens, sink);
                        (byline.isPresent() ? byline : bylines.credit(s, tokens, sink)).ifPresent(sink::person);
                    }
                }
                case HEADLINE -> knownNames(text, s, tokens, sink);
                case BYLINE -> bylines.names(s, tokens).forEach(sink::person);
                case SUBHEADING -> {
                    // a subheading or a related article's title: what it names is told in the body, or elsewhere
                }
            }
        }
        return sink.result();
    }

    /**
     * Text written in Title Case ("… Berbicara Kepada Wartawan Seusai Menemui Presiden …"): mostly capitalized, and
     * function words that prose writes in lower case ("Di", "Dengan", "Usai") capitalized inside it. Its capitals
     * say nothing about names.
     */
    private boolean titleCase(List<Token> tokens) {
        long all = tokens.stream().filter(Token::isWord).count();
        long capitalized = tokens.stream().filter(t -> t.isWord() && t.isCapitalized()).count();
        long functionWords = tokens.stream().skip(1).filter(t -> t.isWord() && t.isCapitalized() && !t.isAllCaps()
                && words.is(t, EntityWord.FUNCTION_WORD)).count();
        return all >= TITLE_CASE_WORDS && capitalized * 10 >= all * 7 && functionWords >= 2;
    }

    /**
     * A headline, written in Title Case, is read for names the gazetteer knows only: its capitalized
     * verbs and nouns ("Menlu Bahas Kerja Sama Maritim") are no persons.
     */
    private void knownNames(ArticleText text, int s, List<Token> tokens, FindingsSink sink) {
        int i = 0;
        while (i < tokens.size()) {
            Optional<Gazetteer.Match> gaz = gazetteer.longestAt(tokens, i);
            if (gaz.isEmpty()) {
                i++;
                continue;
            }
            Gazetteer.Match g = gaz.get();
            List<GazetteerEntry> people = g.entries().stream().filter(e -> e.type() == EntityType.PERSON).toList();
            if (people.size() == g.entries().size()) {
                if (people.size() == 1 || g.to() - g.from() > 1) {
                    sink.person(PersonNames.ref(s, tokens, g.from(), g.to(), NameCue.GAZETTEER,
                            Optional.of(people.get(0)), Optional.empty(), Optional.empty(), Optional.empty()));
                }
            } else {
                gazetteerMentions.add(text, s, tokens, g, sink);
            }
            i = g.to();
        }
    }

    private void sentence(ArticleText text, int s, List<Token> tokens, FindingsSink sink) {
        NameCue pendingCue = null;
        int i = 0;
        while (i < tokens.size()) {
            if (placeHeads.before(tokens, i)) {
                i = placeHeads.nameEnd(tokens, i); // "bandara Sultan Nama": a place named after someone
                pendingCue = null;
                continue;
            }
            Optional<PhraseTable.Hit<String>> degree = lexicon.degreeAt(tokens, i);
            if (degree.isPresent() && i > 0 && tokens.get(i - 1).text().equals(",")) {
                i = degree.get().to(); // "Nama Orang, S.H., M.Si": the name's degrees, their letters no names
                pendingCue = null;
                continue;
            }
            OptionalInt entity = entityAt(text, s, tokens, i, pendingCue, sink);
            NameCue cue = entity.isEmpty() ? cueAt(tokens, i) : null;
            boolean kinComma = pendingCue == NameCue.KIN && tokens.get(i).text().equals(","); // "putranya, Nama"
            // "bertemu dengan Nama": a lead word keeps the meeting verb's cue for the name after it
            boolean leadOn = entity.isEmpty() && pendingCue == NameCue.MEETING && words.is(tokens.get(i),
                    EntityWord.CUE_LEAD);
            if (cue != null || kinComma || leadOn) {
                // the verb makes the capitalized run after it a person
                pendingCue = kinComma || leadOn ? pendingCue : cue;
                i++;
                continue;
            }
            int next = entity.isPresent() ? entity.getAsInt()
                    : names.startsName(tokens, i) ? bareName(text, s, tokens, i, pendingCue, sink) : i + 1;
            // "anak Nama Ibu Nama Anak": a known parent after the kin word, then the kin's own name
            boolean parent = pendingCue == NameCue.KIN && entity.isPresent() && knownPersonAt(tokens, i);
            pendingCue = parent ? NameCue.KIN : null;
            i = Math.max(next, i + 1);
        }
    }

    /**
     * ", 42," at token {@code k}: a person's age set off by commas after the name, as the news gives the age of
     * someone it quotes ("kata seorang warga, Nama Orang, 42."); not a date ("Jakarta, 12 Mei").
     */
    private static boolean ageAfter(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k + 1 >= n || !tokens.get(k).text().equals(",") || tokens.get(k + 1).kind() != Token.Kind.NUMBER
                || tokens.get(k + 1).text().length() > 2) {
            return false;
        }
        return k + 2 == n || tokens.get(k + 2).kind() == Token.Kind.PUNCT && !tokens.get(k + 2).text().equals("/");
    }

    /**
     * "… kemudian Nama Orang menemui …": a run after a word of prose (no particle of a longer name, "bin") and
     * right before a meeting verb is the one who meets. At the start of a sentence its first word may be any word
     * ("Rencananya Nama bertemu …"), so there it is no cue.
     */
    private boolean meetsAfterWord(List<Token> tokens, int i, int end) {
        return i > 0 && end < tokens.size() && tokens.get(i - 1).isWord() && !tokens.get(i - 1).isCapitalized()
                && !lexicon.isParticle(tokens.get(i - 1)) && words.is(tokens.get(end), EntityWord.MEETING_CUE)
                && !tokens.get(end).isCapitalized();
    }

    /**
     * One name word at token {@code i} before a full reporting verb at {@code k} ("Nama mengatakan …"): many
     * Indonesians have one name. A word of a few letters or one glued to a period before it is the end of an
     * abbreviation ("Ph.D menyampaikan"), no name.
     */
    private boolean speaker(List<Token> tokens, int i, int k) {
        boolean abbreviation = tokens.get(i).text().length() < MIN_ONE_NAME
                || i > 0 && tokens.get(i - 1).text().equals(".") && !tokens.get(i).spaceBefore();
        return k == i + 1 && !abbreviation
                && lexicon.reportingVerb(tokens.get(k)).filter(c -> c == VerbClass.VERB).isPresent();
    }

    /** "selaku Konsul", "sebagai Duta Besar" at token {@code k}: the role a name before it holds. */
    private boolean roleAfter(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && words.is(tokens.get(k), EntityWord.ROLE_AFTER)
                && lexicon.titleAt(tokens, k + 1).isPresent();
    }

    /**
     * Whether the run at {@code i} opens the sentence or follows a word of prose, not a capitalized word of a longer
     * phrase ("Delegasi Courtesy Call …") nor a locative ("di Rumah Jabatan Gubernur …": a place).
     */
    private boolean afterProse(List<Token> tokens, int i) {
        return i == 0 || !tokens.get(i - 1).isCapitalized() && !lexicon.locativeBefore(tokens, i);
    }

    /**
     * Where a title starts inside the run from {@code i} to {@code end}, past a name of two words or more ("Nama
     * Orang Menlu"); -1 when none does.
     */
    private int titleInside(List<Token> tokens, int i, int end) {
        for (int k = i + 2; k < end; k++) {
            if (lexicon.titleAt(tokens, k).isPresent()) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a person the gazetteer knows, and nothing else, is named at token {@code i}. */
    private boolean knownPersonAt(List<Token> tokens, int i) {
        return gazetteer.longestAt(tokens, i)
                .filter(Gazetteer.Match::onlyPersons).isPresent();
    }

    /**
     * A reporting verb ("kata", "menurut") or meeting verb ("bertemu") at token {@code i}, before a name; not a
     * reporting verb used as a noun ("menggunakan kata …": the word, not "said").
     */
    private NameCue cueAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean noun = i > 0 && words.is(tokens.get(i - 1), EntityWord.WORD_NOUN_LEAD);
        if (lexicon.reportingVerb(t).filter(c -> c == VerbClass.POST || c == VerbClass.SOURCE).isPresent()
                && !t.endsWithNya() && !noun) {
            return NameCue.REPORTING;
        }
        if (words.is(t, EntityWord.KIN) && !t.isCapitalized()) { // "istri Nama", not the given name "Putri"
            return NameCue.KIN;
        }
        return words.is(t, EntityWord.MEETING_CUE) ? NameCue.MEETING : null;
    }

    /**
     * A sentence-initial capital says nothing, but a title there followed by a lower-case word stands alone as the
     * subject: "Presiden mengatakan …", "Menlu juga …".
     */
    private static boolean subjectAtStart(List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> title) {
        int k = title.to();
        return k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalized();
    }

    /**
     * The first of the rules for a title chain, a gazetteer name, an organization head or an honorific that
     * applies at token {@code i}: the token after what it read; empty when none applies.
     */
    private OptionalInt entityAt(ArticleText text, int s, List<Token> tokens, int i, NameCue pendingCue,
                                 FindingsSink sink) {
        Token t = tokens.get(i);
        Optional<PhraseTable.Hit<EntityLexicon.Title>> title = lexicon.titleAt(tokens, i);
        Optional<Gazetteer.Match> gaz = gazetteer.longestAt(tokens, i);
        if (title.isPresent() && (gaz.isEmpty() || gaz.get().to() <= title.get().to()
                || gaz.get().entries().stream().allMatch(e -> e.type() == EntityType.ORGANIZATION))
                && titleChains.fits(tokens, title.get())) {
            return OptionalInt.of(titleChains.read(text, s, tokens, title.get(), sink));
        }
        boolean many = i > 0 && words.is(tokens.get(i - 1), EntityWord.PLURAL); // "sejumlah Menteri …" are many
        if (title.isPresent() && gaz.isEmpty() && t.isCapitalized() && !many
                && (i > 0 || subjectAtStart(tokens, title.get()))) {
            titleChains.bare(text, s, tokens, title.get(), sink); // "Presiden juga meminta …", "kata Presiden."
            return OptionalInt.of(title.get().to());
        }
        if (gaz.isPresent()) {
            return OptionalInt.of(gazetteerName(text, s, tokens, gaz.get(), pendingCue, sink));
        }
        Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, i);
        if (head.isPresent() && t.isCapitalized()) {
            return OptionalInt.of(organizations.read(text, s, tokens, head.get(), sink).to());
        }
        Optional<PhraseTable.Hit<String>> honorific = lexicon.honorificAt(tokens, i);
        if (honorific.isPresent() && t.isCapitalized() && initialAfterName(tokens, i)) {
            // "…, James H. Anderson, …": one letter after a first name is its middle initial, no "H." (Haji)
            int end = names.end(tokens, i - 1);
            sink.person(persons.name(s, tokens, i - 1, end, NameCue.HONORIFIC, Optional.empty(), Optional.empty(),
                    Optional.empty()));
            return OptionalInt.of(end);
        }
        if (honorific.isPresent() && t.isCapitalized()) {
            return OptionalInt.of(afterHonorific(s, tokens, i, honorific.get().to(), sink));
        }
        return OptionalInt.empty();
    }

    /**
     * A one-letter honorific ("H.") right after a word that may start a name, with the name running on past it: an
     * initial inside the name ("James H. Anderson"), not the honorific before one.
     */
    private boolean initialAfterName(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).text().length() == 1 && tokens.get(i - 1).isWord()
                && lexicon.honorificAt(tokens, i).map(h -> h.to() <= i + 2).orElse(false) // not "H.E."
                && names.startsName(tokens, i - 1) && lexicon.titleAt(tokens, i - 1).isEmpty()
                && lexicon.honorificAt(tokens, i - 1).isEmpty() && gazetteer.longestAt(tokens, i - 1).isEmpty()
                && names.end(tokens, i - 1) > i + 2;
    }

    /** The name after an honorific ending before token {@code h}; returns the token after what it read. */
    private int afterHonorific(int s, List<Token> tokens, int i, int h, FindingsSink sink) {
        for (Optional<PhraseTable.Hit<String>> more = lexicon.honorificAt(tokens, h); more.isPresent()
                && tokens.get(h).isCapitalized(); more = lexicon.honorificAt(tokens, h)) {
            h = more.get().to(); // "Yang Mulia Sri Baginda …"
        }
        if (h < tokens.size() && lexicon.titleAt(tokens, h).isPresent() && tokens.get(h).isCapitalized()) {
            return h; // "Yang Mulia Raja Salman …": the title chain reads the rest
        }
        int end = names.end(tokens, h);
        if (end > h) {
            sink.person(persons.name(s, tokens, h, end, NameCue.HONORIFIC, Optional.empty(), Optional.empty(),
                    Optional.empty()));
            return end;
        }
        return i + 1;
    }

    private int gazetteerName(ArticleText text, int s, List<Token> tokens, Gazetteer.Match g, NameCue cue,
                              FindingsSink sink) {
        List<GazetteerEntry> people = g.entries().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        if (!people.isEmpty() && people.size() == g.entries().size()) {
            int to = people.size() == 1 ? spelledOut(tokens, g, people.get(0)) : g.to();
            PersonRef ref = g.to() - g.from() == 1 && people.size() > 1
                    ? PersonNames.plain(s, tokens, g.from(), g.to(), cue == null ? NameCue.BARE : cue)
                    : PersonNames.ref(s, tokens, g.from(), to, NameCue.GAZETTEER, Optional.of(people.get(0)),
                    Optional.empty(), Optional.empty(), Optional.empty());
            return withApposition(text, s, tokens, to, ref, sink);
        }
        Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, g.from());
        if (head.isPresent() && head.get().to() > g.to()) {
            return organizations.read(text, s, tokens, head.get(), sink).to();
        }
        gazetteerMentions.add(text, s, tokens, g, sink);
        return g.to();
    }

    /**
     * The end of the person's name as written: past the gazetteer's short form when the name goes on in a spelling
     * of the person's full name ("Luhut Binsar Panjaitan" for "Luhut Binsar Pandjaitan"), else the match's end.
     */
    private int spelledOut(List<Token> tokens, Gazetteer.Match g, GazetteerEntry person) {
        int end = names.end(tokens, g.from());
        if (end <= g.to()) {
            return g.to();
        }
        String written = NameRuns.name(tokens, g.from(), end);
        return fuzzy.match(written, Optional.empty()).filter(person::equals).isPresent() ? end : g.to();
    }

    private int withApposition(ArticleText text, int s, List<Token> tokens, int after, PersonRef ref,
                               FindingsSink sink) {
        sink.claim(ref.from(), ref.to());
        Appositions.Read read = appositions.read(text, s, tokens, after, ref, sink);
        sink.person(read.person());
        return read.next();
    }

    /**
     * "bertemu Nama Satu, Nama Dua dan Nama Tiga": the full names listed after a cued name, each of two words or
     * more and no title, are persons by the same cue. Returns the token after the last one.
     */
    private int listed(int s, List<Token> tokens, int end, NameCue cue, FindingsSink sink) {
        int n = tokens.size();
        int last = end;
        int j = end;
        while (j < n && NameRuns.joinsList(tokens.get(j))) {
            j++;
            if (j < n && NameRuns.joinsList(tokens.get(j))) {
                continue; // ", dan"
            }
            if (j >= n || !names.startsName(tokens, j) || lexicon.titleAt(tokens, j).isPresent()
                    || gazetteer.longestAt(tokens, j).isPresent()) {
                break;
            }
            int next = names.end(tokens, j);
            if (next - j < 2) {
                break;
            }
            sink.person(persons.name(s, tokens, j, next, cue, Optional.empty(), Optional.empty(), Optional.empty()));
            last = next;
            j = next;
        }
        return last;
    }

    /**
     * A capitalized run no other rule took: a person only with a cue around it. After "Partai" the run's first word
     * names the party ("Partai Demokrat Nama Orang"): the person is the rest.
     */
    private int bareName(ArticleText text, int s, List<Token> tokens, int start, NameCue cue, FindingsSink sink) {
        int end = names.end(tokens, start);
        if (end <= start) {
            return start + 1;
        }
        int i = start > 0 && words.is(tokens.get(start - 1), EntityWord.PARTY) && end - start >= 3 ? start + 1 : start;
        int n = tokens.size();
        if (end < n && words.is(tokens.get(end), EntityWord.INSTITUTION_TAIL) && tokens.get(end).isCapitalized()) {
            return end + 1; // "High Peace Council": an institution's name, no person
        }
        // what only a person's name has after it: a verb ("Nama Orang menegaskan"), a role ("Nama Orang selaku
        // Konsul"), an age ("Nama Orang, 42,")
        boolean personAfter = end < n && lexicon.reportingVerb(tokens.get(end))
                .filter(c -> c == VerbClass.VERB).isPresent() || roleAfter(tokens, end) || ageAfter(tokens, end)
                || meetsAfterWord(tokens, i, end);
        boolean commaTitle = end + 1 < n && tokens.get(end).text().equals(",")
                && (lexicon.titleAt(tokens, end + 1).isPresent() || lexicon.titleAt(tokens, end + 2).isPresent()
                && words.is(tokens.get(end + 1), EntityWord.INDEFINITE));
        boolean full = end - i >= 2;
        // "dengan Nama Orang Menlu Peru": the office written right after the name, no comma between; the run read on
        // into the title
        int title = afterProse(tokens, i) ? titleInside(tokens, i, end) : -1;
        Optional<Appositions.Read> postposed = title < 0 ? Optional.empty() : appositions.readPostposed(text, s,
                tokens, title, persons.name(s, tokens, i, title, cue == null ? NameCue.BARE : cue, Optional.empty(),
                Optional.empty(), Optional.empty()), sink);
        if (postposed.isPresent()) {
            sink.person(postposed.get().person());
            return postposed.get().next();
        }
        if (cue == NameCue.REPORTING || cue == NameCue.MEETING || cue == NameCue.KIN) {
            sink.person(persons.name(s, tokens, i, end, cue, Optional.empty(), Optional.empty(), Optional.empty()));
            return listed(s, tokens, end, cue, sink);
        } else if (commaTitle && full) {
            PersonRef ref = persons.name(s, tokens, i, end, NameCue.APPOSITION, Optional.empty(), Optional.empty(),
                    Optional.empty());
            return withApposition(text, s, tokens, end, ref, sink);
        } else if (personAfter && (full || speaker(tokens, i, end))) {
            sink.person(persons.name(s, tokens, i, end, NameCue.REPORTING, Optional.empty(), Optional.empty(),
                    Optional.empty()));
        } else if (full && sink.namedBefore(NameRuns.name(tokens, i, end))) {
            // the full name of a person named before: the whole name, not its last word as a short form
            sink.person(persons.name(s, tokens, i, end, NameCue.REPEATED, Optional.empty(), Optional.empty(),
                    Optional.empty()));
        } else if (!full) {
            // a lone capitalized word: kept for the short-form pass, resolved only if it fits a known person
            sink.looseName(s, i, end);
            sink.person(PersonNames.plain(s, tokens, i, end, NameCue.BARE));
        } else {
            return start + 1; // no cue: read on, a known name may start inside this run
        }
        return end;
    }
}
