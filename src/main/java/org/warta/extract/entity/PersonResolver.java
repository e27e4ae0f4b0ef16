package org.warta.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Keys;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;
import org.warta.model.UnresolvedMention;
import org.warta.text.ArticleText;
import org.warta.text.Spelling;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * Resolves person references in text order: full names first, each an entity of the article (the gazetteer's,
 * or a new person as written); then each short form ("Lavrov", "Bapak Wang") to the article's person with that
 * name part — by the title before it when several fit, else the most recent, else unresolved — or to the one person
 * named before with it as a middle name ("Dubes Agus" after "Antonius Agus Sriyono") or, after an honorific, as the
 * first part of a first name ("Bu Mega"), or to a distinctive gazetteer alias. Records every mention, the roles
 * written with names, and what they say of affiliations.
 * Stateless; one article's knowledge lives in the {@link KnownPersons} passed in.
 */
final class PersonResolver {
    /** A person of the article with a name word, and where the full name is first written. */
    private record NameWord(EntityRef person, int firstWritten) {
    }

    /** The words of the article's full names other than those short forms commonly use, each with its persons. */
    private record OtherWords(Map<String, List<NameWord>> middle, Map<String, List<NameWord>> first) {
        OtherWords {
            middle = Map.copyOf(middle);
            first = Map.copyOf(first);
        }
    }

    /** The persons' mentions and roles, and the short forms left unresolved. */
    record Resolved(List<EntityMention> mentions, List<RoleAssertion> roles, List<UnresolvedMention> unresolved) {
    }

    /** A first name's first part stands for it from this many letters: "Mega", not "Me". */
    private static final int MIN_NAME_PREFIX = 3;
    /** A last name this long or longer may be read as a misspelling of one a letter off. */
    private static final int MISSPELLED_SURNAME = 6;
    /** A last name shared with the title's holder has at least this many letters. */
    private static final int HOLDER_SURNAME = 4;

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;
    private final RoleHolders holders;
    private final FuzzyNames fuzzy;
    private final PatronymicChains chains;
    private final WordClasses<EntityWord> words;

    PersonResolver(Gazetteer gazetteer, EntityLexicon lexicon, RoleHolders holders, WordClasses<EntityWord> words) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.holders = holders;
        this.words = words;
        this.fuzzy = new FuzzyNames(gazetteer, lexicon);
        this.chains = new PatronymicChains(lexicon);
    }

    Resolved resolve(ArticleText text, List<PersonRef> found, KnownPersons known) {
        List<PersonRef> refs = new ArrayList<>(found);
        refs.sort(Comparator.comparing(PersonRef::span));
        Map<String, Set<EntityRef>> byPart = new HashMap<>();
        Map<PersonRef, EntityRef> full = fullNames(refs, byPart, text.article().metadata().published(), known);
        OtherWords other = otherWords(full);
        Resolved out = new Resolved(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<EntityRef, Integer> lastSentence = new HashMap<>();
        for (PersonRef r : refs) {
            Optional<EntityRef> e = full.containsKey(r) ? Optional.of(record(text, r, full.get(r), r.cue().rule(), known,
                    out)) : shortForm(text, r, byPart, other, lastSentence, known, out);
            e.ifPresent(ref -> lastSentence.put(ref, r.sentence()));
        }
        return out;
    }

    /** Every full name's entity, one per key, and the name parts short forms may use for it. */
    private Map<PersonRef, EntityRef> fullNames(List<PersonRef> refs, Map<String, Set<EntityRef>> byPart,
                                                Optional<LocalDate> date, KnownPersons known) {
        Map<PersonRef, EntityRef> found = new LinkedHashMap<>();
        Map<String, EntityRef> fullest = new HashMap<>();
        for (PersonRef r : refs) {
            fullName(r, date, known).ifPresent(e -> {
                found.put(r, e);
                firstAndLast(e).ifPresent(k -> fullest.merge(k, e, (a, b) -> words(b) > words(a) ? b : a));
            });
        }
        Map<String, EntityRef> byName = new LinkedHashMap<>();
        Map<PersonRef, EntityRef> out = new LinkedHashMap<>();
        found.forEach((r, e) -> {
            // "James Mattis" after "James Norman Mattis", where no gazetteer knows him: one person, the fuller name
            EntityRef first = firstAndLast(e).map(fullest::get).orElse(e);
            EntityRef named = fullerEnding(first, byName.values())
                    .or(() -> fullerBeginning(first, byName.values()))
                    .or(() -> reversed(first, byName.values()))
                    .or(() -> misspelled(first, byName.values())).orElse(first);
            EntityRef ref = byName.computeIfAbsent(named.key(), k -> named);
            out.put(r, ref);
            nameParts(ref, r.name()).forEach(part -> byPart.computeIfAbsent(part, k -> new LinkedHashSet<>()).add(ref));
        });
        return out;
    }

    /**
     * "Zahid Hamidi" after "Ahmad Zahid bin Hamidi", where no gazetteer knows him: a name of two words or more that
     * ends a fuller name told before it (particles aside) is that person's; a fuller name told after ("Budi Santoso
     * … Ibu Ani Budi Santoso") is someone else's, named after him.
     */
    private Optional<EntityRef> fullerEnding(EntityRef e, Collection<EntityRef> all) {
        return fuller(e, all, (fw, words) -> fw.subList(fw.size() - words.size(), fw.size()).equals(words));
    }

    /**
     * "Andi Sudirman" after "Andi Sudirman Sulaiman", where no gazetteer knows him: a name of two words or more that
     * begins a fuller name told before it (particles aside) is that person's, the last name left off.
     */
    private Optional<EntityRef> fullerBeginning(EntityRef e, Collection<EntityRef> all) {
        return fuller(e, all, (fw, words) -> fw.subList(0, words.size()).equals(words));
    }

    /**
     * "Kanasugi Kenji" after "Kenji Kanasugi", where no gazetteer knows him: a name of two words told before in the
     * other order is that person's, as East Asian names are written both ways.
     */
    private Optional<EntityRef> reversed(EntityRef e, Collection<EntityRef> all) {
        List<String> words = realWords(e.name());
        if (words.size() != 2 || e.qid().isPresent() || gazetteer.get(e.key()).isPresent()) {
            return Optional.empty();
        }
        List<String> other = List.of(words.get(1), words.get(0));
        return all.stream().filter(f -> f.qid().isEmpty() && gazetteer.get(f.key()).isEmpty()
                && realWords(f.name()).equals(other)).findFirst();
    }

    /**
     * "Hiroshi Yamamato" after "Hiroshi Kenta Yamamoto", where no gazetteer knows the first: a name of two words or
     * more with the first name of one person told before and a last name one letter off that person's is a
     * misspelling of it (a last name of {@value #MISSPELLED_SURNAME} letters or more, and only one such person).
     */
    private Optional<EntityRef> misspelled(EntityRef e, Collection<EntityRef> all) {
        List<String> words = realWords(e.name());
        if (words.size() < 2 || e.qid().isPresent() || gazetteer.get(e.key()).isPresent()
                || words.get(words.size() - 1).length() < MISSPELLED_SURNAME) {
            return Optional.empty();
        }
        List<EntityRef> near = all.stream().filter(f -> {
            List<String> fw = realWords(f.name());
            return fw.size() >= 2 && fw.get(0).equals(words.get(0))
                    && Spelling.withinOneEdit(fw.get(fw.size() - 1), words.get(words.size() - 1));
        }).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** The fullest name no gazetteer knows whose words hold the name's words where {@code holds} looks. */
    private Optional<EntityRef> fuller(EntityRef e, Collection<EntityRef> all,
                                       BiPredicate<List<String>, List<String>> holds) {
        List<String> words = realWords(e.name());
        if (words.size() < 2 || e.qid().isPresent() || gazetteer.get(e.key()).isPresent()) {
            return Optional.empty();
        }
        return all.stream().filter(f -> f.qid().isEmpty() && gazetteer.get(f.key()).isEmpty())
                .filter(f -> {
                    List<String> fw = realWords(f.name());
                    return fw.size() > words.size() && holds.test(fw, words);
                }).max(Comparator.comparingInt(this::words));
    }

    /** The first and last name word (particles aside) of a person no gazetteer knows. */
    private Optional<String> firstAndLast(EntityRef e) {
        if (e.qid().isPresent() || gazetteer.get(e.key()).isPresent()) {
            return Optional.empty();
        }
        List<String> real = realWords(e.name());
        return real.size() >= 2 ? Optional.of(real.get(0) + "|" + real.get(real.size() - 1)) : Optional.empty();
    }

    private int words(EntityRef e) {
        return realWords(e.name()).size();
    }

    private List<String> realWords(String name) {
        List<String> real = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            String nw = Token.normalize(w);
            if (!nw.isEmpty() && !lexicon.isParticle(nw)) {
                real.add(nw);
            }
        }
        return real;
    }

    /**
     * The entity of a full name: the gazetteer's, the gazetteer's for a variant spelling of it, or a new person
     * with the name as written.
     */
    private Optional<EntityRef> fullName(PersonRef r, Optional<LocalDate> date, KnownPersons known) {
        if (r.gazetteerEntry().isPresent()) {
            return Optional.of(r.gazetteerEntry().get().ref());
        }
        if (r.single() || r.cue() == NameCue.BARE) {
            return Optional.empty();
        }
        String label = chains.shortened(r.name());
        return Optional.of(fuzzy.match(r.name(), date).map(GazetteerEntry::ref)
                .or(() -> holderOfTheTitle(r, date, known))
                .orElseGet(() -> new EntityRef(Keys.person(label), EntityType.PERSON, label, Optional.empty())));
    }

    /**
     * "Menteri Pertahanan AS, Mike Esper": a full name the gazetteer does not know, written with a title whose one
     * holder at the publication date bears its last name, is that holder's, a given name written wrong.
     */
    private Optional<EntityRef> holderOfTheTitle(PersonRef r, Optional<LocalDate> date, KnownPersons known) {
        List<String> words = realWords(r.name());
        if (r.title().isEmpty() || words.size() < 2 || words.get(words.size() - 1).length() < HOLDER_SURNAME) {
            return Optional.empty();
        }
        String last = words.get(words.size() - 1);
        return theOneHolder(r, last, known, date, e -> {
            List<String> ew = realWords(e.ref().name());
            return ew.get(ew.size() - 1).equals(last);
        });
    }

    /**
     * The one gazetteer person with the name part who holds the reference's title at the date and passes the test;
     * empty when none or several do.
     */
    private Optional<EntityRef> theOneHolder(PersonRef r, String part, KnownPersons known, Optional<LocalDate> date,
                                             Predicate<GazetteerEntry> fits) {
        List<GazetteerEntry> byRole = gazetteer.personsByNamePart(part).stream()
                .filter(e -> fits.test(e) && holders.holds(e.ref(), r.title().get(), r.titleOf(), known, date))
                .toList();
        return byRole.size() == 1 ? Optional.of(byRole.get(0).ref()) : Optional.empty();
    }

    /**
     * The words between the first and the last of each full name as written ("Agus" of "Antonius Agus Sriyono"), and
     * the first words, each with the person and where the name is first written: Indonesians are called by any one of
     * their names, and by the first part of a first name ("Bu Mega" for "Megawati").
     */
    private OtherWords otherWords(Map<PersonRef, EntityRef> full) {
        Map<EntityRef, Integer> firstAt = new HashMap<>();
        Map<String, Set<EntityRef>> middle = new LinkedHashMap<>();
        Map<String, Set<EntityRef>> first = new LinkedHashMap<>();
        full.forEach((r, e) -> {
            firstAt.merge(e, r.span().start(), Math::min);
            List<String> real = realWords(r.name());
            if (real.size() >= 2) {
                first.computeIfAbsent(real.get(0), k -> new LinkedHashSet<>()).add(e);
            }
            middleWords(r.name()).forEach(w -> middle.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(e));
        });
        return new OtherWords(withFirstWritten(middle, firstAt), withFirstWritten(first, firstAt));
    }

    /**
     * The name words between the first and the last, particles aside; not a word after a particle: "bin Zayed" names
     * the father, and "Zayed" alone is he, or what is named after him.
     */
    private List<String> middleWords(String name) {
        String[] written = name.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < written.length - 1; i++) {
            String w = Token.normalize(written[i]);
            if (!w.isEmpty() && !lexicon.isParticle(w) && !lexicon.isParticle(Token.normalize(written[i - 1]))) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, List<NameWord>> withFirstWritten(Map<String, Set<EntityRef>> byWord,
                                                               Map<EntityRef, Integer> firstAt) {
        Map<String, List<NameWord>> out = new HashMap<>();
        byWord.forEach((w, persons) -> out.put(w, persons.stream().map(p -> new NameWord(p, firstAt.get(p))).toList()));
        return out;
    }

    /**
     * First and last name word (particles aside), a hyphenated surname's last part, the one name word beside
     * particles, one-word gazetteer names.
     */
    private Set<String> nameParts(EntityRef ref, String written) {
        Set<String> parts = new LinkedHashSet<>();
        for (String name : List.of(written, ref.name())) {
            List<String> real = realWords(name);
            if (real.size() >= 2) {
                String last = real.get(real.size() - 1);
                parts.add(real.get(0));
                parts.add(last);
                if (last.contains("-")) {
                    parts.add(last.substring(last.lastIndexOf('-') + 1));
                }
            } else if (real.size() == 1 && name.trim().split("\\s+").length > 1) {
                parts.add(real.get(0)); // "Al Tanaka": one name word after a particle, and "Tanaka" is he
            }
        }
        gazetteer.get(ref.key()).ifPresent(g -> g.names().stream()
                .filter(n -> !n.contains(" ") && n.length() >= 2)
                .forEach(n -> parts.add(Token.normalize(n))));
        return parts;
    }

    /**
     * A one-word reference: the one article person with that name part; with several, the one the title before it
     * fits, then the most recent; unresolved when the latest two were last seen in the same sentence.
     */
    private Optional<EntityRef> shortForm(ArticleText text, PersonRef r, Map<String, Set<EntityRef>> byPart,
                                          OtherWords other, Map<EntityRef, Integer> lastSentence,
                                          KnownPersons known, Resolved out) {
        String word = Token.normalize(r.name());
        List<EntityRef> candidates = new ArrayList<>(byPart.getOrDefault(word, Set.of()));
        if (candidates.size() == 1) {
            return Optional.of(record(text, r, candidates.get(0), "short-form", known, out));
        }
        if (candidates.size() > 1) {
            return among(text, r, candidates, lastSentence, known, out);
        }
        // "Dubes Agus" after "Antonius Agus Sriyono": the one person named before with that middle name
        List<EntityRef> middle = other.middle().getOrDefault(word, List.of()).stream()
                .filter(m -> m.firstWritten() < r.span().start()).map(NameWord::person).toList();
        if (middle.size() == 1) {
            return Optional.of(record(text, r, middle.get(0), "short-form-middle", known, out));
        }
        // "Bu Mega" after "Megawati Soekarnoputri": after an honorific, the first part of one person's first name
        List<EntityRef> begun = r.cue() != NameCue.HONORIFIC || word.length() < MIN_NAME_PREFIX ? List.of()
                : other.first().entrySet().stream()
                .filter(f -> f.getKey().length() > word.length() && f.getKey().startsWith(word))
                .flatMap(f -> f.getValue().stream()).filter(m -> m.firstWritten() < r.span().start())
                .map(NameWord::person).distinct().toList();
        if (begun.size() == 1) {
            return Optional.of(record(text, r, begun.get(0), "short-form-prefix", known, out));
        }
        Optional<EntityRef> alias = distinctiveAlias(text, r);
        if (alias.isPresent()) {
            return Optional.of(record(text, r, alias.get(), "gazetteer-alias", known, out));
        }
        Optional<EntityRef> byTitle = byTitleInGazetteer(text, r, known);
        if (byTitle.isPresent()) {
            return Optional.of(record(text, r, byTitle.get(), "title-gazetteer", known, out));
        }
        if ((r.cue() == NameCue.TITLE || r.cue() == NameCue.HONORIFIC || r.cue() == NameCue.REPORTING
                && !nameGoesOn(text, r)) && !acronym(r.name())) {
            // a person named only by one word after a title or a reporting verb ("kata Moeldoko": many Indonesians
            // have one name): kept as written rather than lost; an acronym there names a body ("Sekjen PKV")
            EntityRef e = new EntityRef(Keys.person(r.name()), EntityType.PERSON, r.name(), Optional.empty());
            byPart.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(e);
            return Optional.of(record(text, r, e, "title-pattern", known, out));
        }
        return Optional.empty();
    }

    /** A word in capitals only ("PKV", "KPK"): a body's initials, not one person's name. */
    private static boolean acronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * "mengutip Daily Sabah", "ujar Politikus PKS …": a capitalized word right after the one word, so that word
     * begins the name of something else or a description, not a person's one name.
     */
    private static boolean nameGoesOn(ArticleText text, PersonRef r) {
        List<Token> tokens = text.tokens(r.sentence());
        return r.to() < tokens.size() && tokens.get(r.to()).isWord() && tokens.get(r.to()).isCapitalized();
    }

    private Optional<EntityRef> among(ArticleText text, PersonRef r, List<EntityRef> candidates,
                                      Map<EntityRef, Integer> lastSentence, KnownPersons known, Resolved out) {
        Optional<LocalDate> date = text.article().metadata().published();
        if (r.title().isPresent()) {
            List<EntityRef> byRole = candidates.stream()
                    .filter(c -> holders.holds(c, r.title().get(), r.titleOf(), known, date)).toList();
            if (byRole.size() == 1) {
                return Optional.of(record(text, r, byRole.get(0), "short-form-role", known, out));
            }
        }
        List<EntityRef> seen = candidates.stream().filter(lastSentence::containsKey)
                .sorted(Comparator.comparing((EntityRef c) -> -lastSentence.get(c))).toList();
        if (seen.size() == 1 || seen.size() > 1 && lastSentence.get(seen.get(0)) > lastSentence.get(seen.get(1))) {
            return Optional.of(record(text, r, seen.get(0), "short-form-recency", known, out));
        }
        out.unresolved().add(new UnresolvedMention(r.span(), text.of(r.span()), candidates.stream().sorted().toList(),
                "several persons of this article fit, none by role or recency", r.sentence()));
        return Optional.empty();
    }

    /** No full name in the article: the one gazetteer person with the name part whom the title before it fits. */
    private Optional<EntityRef> byTitleInGazetteer(ArticleText text, PersonRef r, KnownPersons known) {
        if (r.title().isEmpty()) {
            return Optional.empty();
        }
        return theOneHolder(r, r.name(), known, text.article().metadata().published(), e -> true);
    }

    /** The one gazetteer person whose alias is exactly this word. */
    private Optional<EntityRef> distinctiveAlias(ArticleText text, PersonRef r) {
        // a name alone links only to someone plausible at the publication date: not a namesake out of office
        Optional<LocalDate> date = text.article().metadata().published();
        List<GazetteerEntry> aliases = gazetteer.longestAt(text.tokens(r.sentence()), r.from())
                .filter(m -> m.to() == r.to()).map(Gazetteer.Match::entries).orElse(List.of())
                .stream().filter(e -> e.type() == EntityType.PERSON && FuzzyNames.plausibleOn(e, date)).toList();
        return aliases.size() == 1 ? Optional.of(aliases.get(0).ref()) : Optional.empty();
    }

    /** Records the mention; a role written with the name; what the gazetteer and the role say of affiliation. */
    private EntityRef record(ArticleText text, PersonRef r, EntityRef person, String rule, KnownPersons known,
                             Resolved out) {
        out.mentions().add(new EntityMention(r.span(), text.of(r.span()), person, rule, r.sentence()));
        gazetteer.get(person.key()).flatMap(GazetteerEntry::country).flatMap(gazetteer::get)
                .filter(c -> c.type() == EntityType.STATE)
                .ifPresent(c -> known.affiliate(person, c.ref()));
        if (r.title().isPresent() && r.roleSpan().isPresent()) {
            EntityLexicon.Title t = r.title().get();
            Span role = r.roleSpan().get();
            Span position = positionSpan(text, r);
            Optional<Token> before = tokenBefore(text, r.sentence(), position);
            boolean former = before.filter(w -> words.is(w, EntityWord.FORMER_TITLE)).isPresent();
            // "Mantan Presiden Nama": the role as written, with the word that makes it a past one
            Span written = former ? new Span(before.get().start(), position.end()) : position;
            Span span = former ? new Span(Math.min(role.start(), written.start()), role.end()) : role;
            out.roles().add(new RoleAssertion(person, text.of(written), r.titleOf(), span, r.sentence()));
            Optional<EntityRef> state = r.titleOf().flatMap(o -> o.type() == EntityType.STATE ? Optional.of(o)
                    : known.stateOf(o));
            if (!former) {
                known.roleInText(person, t.roleKey(), state); // a past holder is no holder "Presiden" can mean
            }
            if (state.isPresent() && !known.hasState(person) && t.roleKey().length() > 0) {
                known.affiliate(person, state.get());
            }
        }
        return person;
    }

    /** The token right before the span's first token in its sentence, if any. */
    private static Optional<Token> tokenBefore(ArticleText text, int sentence, Span span) {
        List<Token> tokens = text.tokens(sentence);
        int at = Tokens.indexAt(tokens, span.start());
        return at > 0 ? Optional.of(tokens.get(at - 1)) : Optional.empty();
    }

    /**
     * Where the title is written in the role span, for the role's position text: at its start ("Menteri Luar Negeri
     * Rusia Sergei Lavrov"), or after the name in an apposition ("Nikolai Patrushev, sekretaris Dewan Keamanan
     * Rusia"), so that the position is never the holder's own name.
     */
    private static Span positionSpan(ArticleText text, PersonRef r) {
        Span role = r.roleSpan().get();
        String[] title = r.title().get().text().split("\\s+");
        List<Token> tokens = text.tokens(r.sentence());
        for (int i = 0; i + title.length <= tokens.size(); i++) {
            Token first = tokens.get(i);
            if (first.start() < role.start() || tokens.get(i + title.length - 1).end() > role.end()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < title.length && match; k++) {
                match = tokens.get(i + k).norm().equals(Token.normalize(title[k]));
            }
            if (match) {
                return new Span(first.start(), tokens.get(i + title.length - 1).end());
            }
        }
        return new Span(role.start(), role.start() + Math.min(text.of(role).length(), r.title().get().text().length()));
    }
}
