package org.warta.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.PhraseTable;
import org.warta.extract.VerbClass;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.Affiliation;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Keys;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;
import org.warta.model.UnresolvedMention;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * Recognizes persons, states, organizations and places, and resolves every mention inside the article.
 *
 * <p>Recognition: names from the gazetteer; names after titles and roles ("Menteri Luar Negeri Rusia Sergei
 * Lavrov"), honorifics ("Bapak Wang"), reporting verbs ("kata Yu Jie", "menurut X"), appositions ("Nikolai
 * Patrushev, sekretaris …"), bylines; organizations built from a head and a state ("Kementerian Luar Negeri
 * China"); misspelled state names within one edit of exactly one state.
 *
 * <p>Resolution: a short form ("Lavrov", "Xi", "Bapak Wang") goes to the article's person with that name part;
 * when several fit, a title before it decides, else the one mentioned most recently, and when both were last
 * mentioned in the same sentence it stays unresolved. A role description without a name ("presiden Rusia",
 * "pemimpin Kremlin") goes to the article's person holding that role. A capital or seat of government used as
 * an actor ("Beijing menolak") stands for its state; after a locative word ("di Beijing") it is a place.
 *
 * <p>Stateless and thread-safe; the lexicons and gazetteer are shared.
 */
public final class EntityExtractor {
    private static final int MAX_NAME_TOKENS = 5;

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;

    public EntityExtractor(Gazetteer gazetteer, EntityLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    public ArticleEntities extract(ArticleText text) {
        return new Run(text).run();
    }

    /** How a person name was found, which decides how it may be resolved. */
    private enum Cue { GAZETTEER, TITLE, HONORIFIC, REPORTING, APPOSITION, BYLINE, MEETING, BARE }

    /** A person reference found in pass 1: a full name, or a single word to resolve later. */
    private record PersonRef(int sentence, int from, int to, Span span, String name, Cue cue,
                             Optional<GazetteerEntry> gazetteerEntry, Optional<EntityLexicon.Title> title,
                             Optional<EntityRef> titleOf, Optional<Span> roleSpan) {
        boolean single() {
            return to - from == 1;
        }
    }

    /** A role description without a name: "presiden Rusia", "pemimpin Kremlin tersebut". */
    private record RoleDescription(int sentence, Span span, String text, EntityLexicon.Title title, EntityRef of) {
    }

    /** The state of one article's extraction; lives for one call. */
    private final class Run {
        private final ArticleText text;
        private final Optional<LocalDate> date;
        private final List<EntityMention> mentions = new ArrayList<>();
        private final List<UnresolvedMention> unresolved = new ArrayList<>();
        private final List<PersonRef> personRefs = new ArrayList<>();
        private final List<RoleDescription> roleDescriptions = new ArrayList<>();
        private final List<RoleAssertion> roles = new ArrayList<>();
        private final Map<EntityRef, EntityRef> affiliations = new LinkedHashMap<>();
        private final Map<EntityRef, Set<String>> roleKeysInText = new HashMap<>();
        private final List<int[]> looseCandidates = new ArrayList<>();

        Run(ArticleText text) {
            this.text = text;
            this.date = text.article().metadata().published();
        }

        ArticleEntities run() {
            for (int s = 0; s < text.sentences().size(); s++) {
                scanSentence(s);
            }
            resolvePersons();
            resolveRoleDescriptions();
            resolveMisspelledStates();
            List<Affiliation> affs = new ArrayList<>();
            affiliations.forEach((e, st) -> affs.add(new Affiliation(e, st, "gazetteer-or-role")));
            List<EntityMention> deduped = dedupe(mentions);
            return new ArticleEntities(deduped, unresolved, roles, affs);
        }

        // ---------------------------------------------------------------- pass 1: recognition

        private void scanSentence(int s) {
            List<Token> tokens = text.tokens(s);
            int n = tokens.size();
            boolean[] used = new boolean[n];
            Cue pendingCue = null;
            int i = 0;
            while (i < n) {
                Token t = tokens.get(i);
                int next = i + 1;
                Optional<PhraseTable.Hit<EntityLexicon.Title>> title = lexicon.titleAt(tokens, i);
                Optional<Gazetteer.Match> gaz = gazetteer.longestAt(tokens, i);
                if (title.isPresent() && (gaz.isEmpty() || gaz.get().to() <= title.get().to()
                        || gaz.get().entries().stream().allMatch(e -> e.type() == EntityType.ORGANIZATION))
                        && titleFits(tokens, title.get())) {
                    next = titleChain(s, tokens, title.get(), used);
                } else if (gaz.isPresent()) {
                    next = gazetteerMatch(s, tokens, gaz.get(), used, pendingCue);
                } else if (lexicon.orgHeadAt(tokens, i).isPresent() && t.isCapitalized()) {
                    next = orgHead(s, tokens, lexicon.orgHeadAt(tokens, i).get(), used).to;
                } else if (lexicon.honorificAt(tokens, i).isPresent() && t.isCapitalized()) {
                    int h = lexicon.honorificAt(tokens, i).get().to();
                    int end = nameRun(tokens, h);
                    if (end > h) {
                        addPersonName(s, tokens, h, end, Cue.HONORIFIC, Optional.empty(), Optional.empty(),
                                Optional.empty(), used);
                        next = end;
                    }
                } else if (lexicon.reportingVerb(t).filter(c -> c == VerbClass.POST || c == VerbClass.SOURCE).isPresent()
                        && !t.norm().endsWith("nya")) {
                    pendingCue = Cue.REPORTING;
                    i = next;
                    continue;
                } else if (isMeetingCue(t)) {
                    pendingCue = Cue.MEETING;
                    i = next;
                    continue;
                } else if (startsName(tokens, i)) {
                    next = bareName(s, tokens, i, used, pendingCue);
                }
                pendingCue = null;
                i = Math.max(next, i + 1);
            }
            byline(s, tokens, used);
        }

        /** A title word counts only where it reads as a title: capitalized, or lower case before a name/state. */
        private boolean titleFits(List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> hit) {
            int after = hit.to();
            if (after >= tokens.size()) {
                return false;
            }
            Token next = tokens.get(after);
            return next.isCapitalized() || lexicon.isTitleModifier(next) || next.is("dari") || next.is("untuk")
                    || next.is("kepresidenan")
                    || next.is("yang") || next.kind() == Token.Kind.PUNCT && next.text().equals(",");
        }

        /**
         * Title, then what it is of (states, organizations), then a name: "Menteri Luar Negeri Rusia Sergei
         * Lavrov", "juru bicara Kementerian Luar Negeri Wang Wenbin", "Duta Besar Rusia untuk PBB Vassily
         * Nebenzya". Without a name it is a role description; "…yang baru, Qin Gang" names the holder after a comma.
         */
        private int titleChain(int s, List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> first,
                               boolean[] used) {
            EntityLexicon.Title title = first.value();
            int k = first.to();
            Optional<EntityRef> of = Optional.empty();
            int n = tokens.size();
            while (k < n) {
                Token t = tokens.get(k);
                Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k);
                if (g.isPresent() && g.get().entries().stream().noneMatch(e -> e.type() == EntityType.PERSON)) {
                    Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, k);
                    if (head.isPresent() && head.get().to() > g.get().to()) {
                        OrgResult org = orgHead(s, tokens, head.get(), used);
                        of = of.or(() -> org.entity);
                        k = org.to;
                        continue;
                    }
                    EntityRef e = addGazetteerMention(s, tokens, g.get(), used, true);
                    if (of.isEmpty() || of.get().type() != EntityType.STATE && e.type() == EntityType.STATE) {
                        of = Optional.of(e);
                    }
                    k = g.get().to();
                    continue;
                }
                Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, k);
                if (head.isPresent() && t.isCapitalized()) {
                    OrgResult org = orgHead(s, tokens, head.get(), used);
                    of = of.or(() -> org.entity);
                    k = org.to;
                    continue;
                }
                if ((t.is("untuk") || t.is("dari")) && k + 1 < n
                        && gazetteer.longestAt(tokens, k + 1).isPresent()) {
                    k++;
                    continue;
                }
                if (t.is("kepresidenan") || t.is("kerajaan") || lexicon.isTitleModifier(t)
                        && !(k + 1 < n && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalized())) {
                    k++;
                    continue;
                }
                Optional<PhraseTable.Hit<EntityLexicon.Title>> more = lexicon.titleAt(tokens, k);
                if (more.isPresent() && t.isCapitalized() && more.get().to() < n
                        && tokens.get(more.get().to()).isCapitalized()) {
                    k = more.get().to();
                    continue;
                }
                Optional<PhraseTable.Hit<String>> hon = lexicon.honorificAt(tokens, k);
                if (hon.isPresent() && t.isCapitalized()) {
                    k = hon.get().to();
                    continue;
                }
                break;
            }
            Span titleSpan = new Span(tokens.get(first.from()).start(), tokens.get(first.to() - 1).end());
            int nameEnd = k < n ? nameRun(tokens, k) : k;
            if (nameEnd > k) {
                Span roleSpan = new Span(titleSpan.start(), tokens.get(nameEnd - 1).end());
                addPersonName(s, tokens, k, nameEnd, Cue.TITLE, Optional.of(title), of, Optional.of(roleSpan), used);
                return nameEnd;
            }
            // "menteri luar negeri China yang baru, Qin Gang": the holder named after a comma
            int c = k;
            if (c < n && tokens.get(c).is("yang")) {
                c++;
                while (c < n && c < k + 4 && tokens.get(c).isWord() && !tokens.get(c).isCapitalized()) {
                    c++;
                }
            }
            if (c < n && tokens.get(c).text().equals(",") && c + 1 < n) {
                int end = nameRun(tokens, c + 1);
                if (end - (c + 1) >= 2 && (end == n || !tokens.get(end).isCapitalized())) {
                    Span roleSpan = new Span(titleSpan.start(), tokens.get(end - 1).end());
                    addPersonName(s, tokens, c + 1, end, Cue.TITLE, Optional.of(title), of, Optional.of(roleSpan),
                            used);
                    return end;
                }
            }
            if (of.isPresent()) {
                Span span = new Span(titleSpan.start(), tokens.get(k - 1).end());
                roleDescriptions.add(new RoleDescription(s, span, text.of(span), title, of.get()));
            }
            return Math.max(k, first.to());
        }

        private int gazetteerMatch(int s, List<Token> tokens, Gazetteer.Match g, boolean[] used, Cue cue) {
            List<GazetteerEntry> persons = g.entries().stream().filter(e -> e.type() == EntityType.PERSON).toList();
            if (!persons.isEmpty() && persons.size() == g.entries().size()) {
                boolean single = g.to() - g.from() == 1;
                if (single && persons.size() > 1) {
                    addPersonRef(s, tokens, g.from(), g.to(), cue == null ? Cue.BARE : cue, Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), used);
                } else {
                    addPersonRef(s, tokens, g.from(), g.to(), Cue.GAZETTEER, Optional.of(persons.get(0)),
                            Optional.empty(), Optional.empty(), Optional.empty(), used);
                }
                return apposition(s, tokens, g.to(), used);
            }
            Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, g.from());
            if (head.isPresent() && head.get().to() > g.to()) {
                return orgHead(s, tokens, head.get(), used).to;
            }
            addGazetteerMention(s, tokens, g, used, false);
            return g.to();
        }

        /** "Nikolai Patrushev, sekretaris Dewan Keamanan Rusia," gives the person just named a role. */
        private int apposition(int s, List<Token> tokens, int after, boolean[] used) {
            int n = tokens.size();
            if (after >= n || !tokens.get(after).text().equals(",") || personRefs.isEmpty()) {
                return after;
            }
            PersonRef person = personRefs.get(personRefs.size() - 1);
            int k = after + 1;
            while (k < n && (tokens.get(k).is("seorang") || tokens.get(k).is("salah") || tokens.get(k).is("satu")
                    || tokens.get(k).is("sang") || tokens.get(k).is("yang") || tokens.get(k).is("merupakan")
                    || tokens.get(k).is("adalah"))) {
                k++;
            }
            Optional<PhraseTable.Hit<EntityLexicon.Title>> title = lexicon.titleAt(tokens, k);
            if (title.isEmpty()) {
                return after;
            }
            // what the role is of: the first state or organization up to the end of the clause, an
            // organization after "di"/"dari" preferred ("peneliti senior … di Chatham House")
            Optional<EntityRef> of = Optional.empty();
            Optional<EntityRef> org = Optional.empty();
            int end = title.get().to();
            int j = end;
            while (j < n && !tokens.get(j).text().equals(",") && !tokens.get(j).text().equals(".")
                    && tokens.get(j).kind() != Token.Kind.QUOTE && j < end + 16) {
                Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, j);
                Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, j);
                if (head.isPresent() && tokens.get(j).isCapitalized()
                        && (g.isEmpty() || head.get().to() > g.get().to())) {
                    OrgResult r = orgHead(s, tokens, head.get(), used);
                    if (r.entity.isPresent()) {
                        org = org.or(() -> r.entity);
                    }
                    j = r.to;
                    continue;
                }
                if (g.isPresent() && g.get().entries().stream().noneMatch(e -> e.type() == EntityType.PERSON)) {
                    boolean afterDi = j > 0 && (tokens.get(j - 1).is("di") || tokens.get(j - 1).is("dari"));
                    EntityRef e = addGazetteerMention(s, tokens, g.get(), used, true);
                    if (e.type() == EntityType.ORGANIZATION && (afterDi || org.isEmpty())) {
                        org = afterDi ? Optional.of(e) : org.or(() -> Optional.of(e));
                    } else if (e.type() == EntityType.STATE && of.isEmpty()) {
                        of = Optional.of(e);
                    }
                    j = g.get().to();
                    continue;
                }
                j++;
            }
            Optional<EntityRef> target = org.isPresent() ? org : of;
            Span span = new Span(person.span().start(), tokens.get(Math.max(title.get().to(), j) - 1).end());
            personRefs.set(personRefs.size() - 1, new PersonRef(person.sentence(), person.from(), person.to(),
                    person.span(), person.name(), person.cue() == Cue.BARE ? Cue.APPOSITION : person.cue(),
                    person.gazetteerEntry(), Optional.of(title.get().value()), target, Optional.of(span)));
            return j;
        }

        private record OrgResult(int to, Optional<EntityRef> entity) {
        }

        /** "Kementerian Luar Negeri China": the head, a state after it, and the organization they name. */
        private OrgResult orgHead(int s, List<Token> tokens, PhraseTable.Hit<EntityLexicon.OrgHead> head,
                                  boolean[] used) {
            int k = head.to();
            Optional<EntityRef> state = Optional.empty();
            Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k);
            if (g.isPresent()) {
                Optional<GazetteerEntry> st = g.get().entries().stream()
                        .filter(e -> e.type() == EntityType.STATE).findFirst()
                        .or(() -> g.get().entries().stream().filter(e -> e.has("seat"))
                                .flatMap(e -> e.country().flatMap(gazetteer::get).stream()).findFirst());
                if (st.isPresent()) {
                    state = Optional.of(st.get().ref());
                    mark(used, g.get().from(), g.get().to());
                    k = g.get().to();
                }
            }
            if (state.isEmpty()) {
                // the state of the person named right after ("juru bicara Kementerian Luar Negeri Wang Wenbin")
                Optional<Gazetteer.Match> p = k < tokens.size() ? gazetteer.longestAt(tokens, k) : Optional.empty();
                state = p.flatMap(m -> m.entries().stream().filter(e -> e.type() == EntityType.PERSON).findFirst())
                        .flatMap(GazetteerEntry::country).flatMap(gazetteer::get).map(GazetteerEntry::ref);
            }
            String template = head.value().labelTemplate();
            String label = state.map(st -> template.replace("{state}", st.name()))
                    .orElse(template.replace(" of {state}", "").replace("{state}", "").strip());
            EntityRef org = gazetteer.byLabel(EntityType.ORGANIZATION, label).map(GazetteerEntry::ref)
                    .orElse(new EntityRef(Keys.organization(label), EntityType.ORGANIZATION, label,
                            Optional.empty()));
            Span span = new Span(tokens.get(head.from()).start(), tokens.get(k - 1).end());
            // a state written inside the name is also a mention of that state
            final int end = k;
            g.filter(m -> m.to() <= end && m.from() >= head.to()).ifPresent(m -> m.entries().stream().filter(e -> e.type() == EntityType.STATE)
                    .findFirst().ifPresent(e -> mentions.add(mention(s, tokens, m.from(), m.to(), e.ref(), "gazetteer"))));
            mentions.add(new EntityMention(span, text.of(span), org, "organization-pattern", s));
            state.ifPresent(st -> affiliations.putIfAbsent(org, st));
            mark(used, head.from(), k);
            return new OrgResult(k, Optional.of(org));
        }

        /** Adds the mention of a state, organization or place; a seat of government may stand for its state. */
        private EntityRef addGazetteerMention(int s, List<Token> tokens, Gazetteer.Match g, boolean[] used,
                                              boolean inTitle) {
            GazetteerEntry e = choose(g.entries());
            mark(used, g.from(), g.to());
            if (e.has("ambiguous") && !lexicon.locativeBefore(tokens, g.from())) {
                return e.ref();
            }
            if (e.type() == EntityType.PLACE && e.has("seat") && e.country().isPresent()) {
                boolean locative = lexicon.locativeBefore(tokens, g.from());
                boolean dateline = g.from() == 0 && text.startsParagraph(s) && tokens.get(0).isAllCaps();
                Optional<GazetteerEntry> state = e.country().flatMap(gazetteer::get);
                if (!locative && !dateline && state.isPresent()) {
                    affiliations.putIfAbsent(e.ref(), state.get().ref());
                    mentions.add(mention(s, tokens, g.from(), g.to(), state.get().ref(), "metonym"));
                    return state.get().ref();
                }
            }
            e.country().flatMap(gazetteer::get).filter(c -> c.type() == EntityType.STATE)
                    .ifPresent(c -> affiliations.putIfAbsent(e.ref(), c.ref()));
            mentions.add(mention(s, tokens, g.from(), g.to(), e.ref(), "gazetteer"));
            return e.ref();
        }

        private GazetteerEntry choose(List<GazetteerEntry> entries) {
            return entries.stream().min(Comparator.comparingInt(e -> switch (e.type()) {
                case STATE -> 0;
                case ORGANIZATION -> 1;
                case PLACE -> 2;
                case PERSON -> 3;
            })).orElseThrow();
        }

        /** A capitalized run that no other rule took: a person only with a cue around it. */
        private int bareName(int s, List<Token> tokens, int i, boolean[] used, Cue cue) {
            int end = nameRun(tokens, i);
            if (end <= i) {
                return i + 1;
            }
            int n = tokens.size();
            boolean verbAfter = end < n && lexicon.reportingVerb(tokens.get(end)).filter(c -> c == VerbClass.VERB).isPresent();
            boolean commaTitle = end + 1 < n && tokens.get(end).text().equals(",")
                    && (lexicon.titleAt(tokens, end + 1).isPresent()
                    || lexicon.titleAt(tokens, end + 2).isPresent() && tokens.get(end + 1).is("seorang"));
            boolean full = end - i >= 2;
            if (cue == Cue.REPORTING || cue == Cue.MEETING) {
                addPersonName(s, tokens, i, end, cue, Optional.empty(), Optional.empty(), Optional.empty(), used);
            } else if (commaTitle && full) {
                addPersonName(s, tokens, i, end, Cue.APPOSITION, Optional.empty(), Optional.empty(), Optional.empty(),
                        used);
                return apposition(s, tokens, end, used);
            } else if (verbAfter && full) {
                addPersonName(s, tokens, i, end, Cue.REPORTING, Optional.empty(), Optional.empty(), Optional.empty(),
                        used);
            } else if (!full) {
                looseCandidates.add(new int[] {s, i, end});
                // a lone capitalized word: kept for the short-form pass, resolved only if it fits a known person
                addPersonRef(s, tokens, i, end, Cue.BARE, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), used);
            } else {
                return i + 1; // no cue: read on, a known name may start inside this run
            }
            return end;
        }

        private void byline(int s, List<Token> tokens, boolean[] used) {
            if (!text.startsParagraph(s) || tokens.size() > 12) {
                return;
            }
            int i = 0;
            if (tokens.size() > 2 && (tokens.get(0).is("laporan") || tokens.get(0).is("editor")
                    || tokens.get(0).is("penulis") || tokens.get(0).is("reporter") || tokens.get(0).is("oleh")
                    || tokens.get(0).is("foto") || tokens.get(0).is("pewarta"))) {
                i = tokens.get(1).text().equals(":") ? 2 : 1;
            }
            int end = nameRun(tokens, i);
            if (end - i < 2 || used[i]) {
                return;
            }
            boolean contributor = end + 1 < tokens.size() && tokens.get(end).is("dari")
                    && tokens.subList(end, tokens.size()).stream().anyMatch(t -> t.norm().startsWith("berkontribusi")
                    || t.is("melaporkan") || t.is("menulis"));
            boolean bracket = end < tokens.size() && tokens.get(end).text().equals("(");
            boolean alone = end == tokens.size();
            if (i > 0 || contributor || bracket || alone) {
                addPersonName(s, tokens, i, end, Cue.BYLINE, Optional.empty(), Optional.empty(), Optional.empty(),
                        used);
            }
        }

        private boolean isMeetingCue(Token t) {
            return t.is("bertemu") || t.is("menjamu") || t.is("menemui") || t.is("menelepon") || t.is("mendampingi")
                    || t.is("didampingi") || t.is("bersama");
        }

        private boolean startsName(List<Token> tokens, int i) {
            Token t = tokens.get(i);
            return t.isCapitalized() && !lexicon.isStopword(t) && !t.isAllCaps();
        }

        /** The end of a run of name words from {@code i}: capitalized words, particles inside, hyphen joins. */
        private int nameRun(List<Token> tokens, int i) {
            int n = tokens.size();
            int k = i;
            int words = 0;
            while (k < n && words < MAX_NAME_TOKENS) {
                Token t = tokens.get(k);
                if (t.isWord() && t.isCapitalized() && !lexicon.isStopword(t) && (k == i || !isEntityStart(tokens, k))) {
                    k++;
                    words++;
                } else if (t.isWord() && lexicon.isParticle(t) && k > i && k + 1 < n && tokens.get(k + 1).isCapitalized()) {
                    k++;
                } else if (t.text().equals("-") && !t.spaceBefore() && k > i && k + 1 < n
                        && !tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).isWord()) {
                    k += 2;
                    words++;
                } else if (t.text().equals(".") && !t.spaceBefore() && k > i && tokens.get(k - 1).text().length() == 1
                        && k + 1 < n && tokens.get(k + 1).isCapitalized()) {
                    k++; // an initial: "Charles Q. Brown"
                } else {
                    break;
                }
            }
            return k;
        }

        /** Whether a state, organization or place starts here (a name stops before it). */
        private boolean isEntityStart(List<Token> tokens, int k) {
            Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k);
            return g.isPresent() && g.get().entries().stream().noneMatch(e -> e.type() == EntityType.PERSON);
        }

        private void addPersonName(int s, List<Token> tokens, int from, int to, Cue cue,
                                   Optional<EntityLexicon.Title> title, Optional<EntityRef> of, Optional<Span> roleSpan,
                                   boolean[] used) {
            Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, from);
            Optional<GazetteerEntry> entry = g.filter(m -> m.to() == to && m.entries().size() == 1
                            && m.entries().get(0).type() == EntityType.PERSON && to - from >= 2)
                    .map(m -> m.entries().get(0));
            addPersonRef(s, tokens, from, to, entry.isPresent() ? Cue.GAZETTEER : cue, entry, title, of, roleSpan, used);
            if (entry.isEmpty() && cue != Cue.GAZETTEER) {
                // keep the cue for resolution, but remember the title too
                PersonRef last = personRefs.get(personRefs.size() - 1);
                personRefs.set(personRefs.size() - 1, new PersonRef(last.sentence(), last.from(), last.to(),
                        last.span(), last.name(), cue, last.gazetteerEntry(), title, of, roleSpan));
            }
        }

        private void addPersonRef(int s, List<Token> tokens, int from, int to, Cue cue, Optional<GazetteerEntry> entry,
                                  Optional<EntityLexicon.Title> title, Optional<EntityRef> of, Optional<Span> roleSpan,
                                  boolean[] used) {
            Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
            personRefs.add(new PersonRef(s, from, to, span, name(tokens, from, to), cue, entry, title, of, roleSpan));
            mark(used, from, to);
        }

        // ---------------------------------------------------------------- pass 2: persons and short forms

        private void resolvePersons() {
            // full names first: each becomes an entity of the article
            Map<String, EntityRef> byName = new LinkedHashMap<>();
            Map<String, Set<EntityRef>> byPart = new HashMap<>();
            List<PersonRef> refs = new ArrayList<>(personRefs);
            refs.sort(Comparator.comparing(PersonRef::span));
            Map<PersonRef, EntityRef> resolved = new LinkedHashMap<>();
            for (PersonRef r : refs) {
                Optional<EntityRef> e = fullName(r);
                if (e.isEmpty()) {
                    continue;
                }
                EntityRef ref = byName.computeIfAbsent(e.get().key(), k -> e.get());
                resolved.put(r, ref);
                for (String part : nameParts(ref, r.name())) {
                    byPart.computeIfAbsent(part, k -> new LinkedHashSet<>()).add(ref);
                }
            }
            // then single words, in text order, so that recency sees what came before
            Map<EntityRef, Integer> lastSentence = new HashMap<>();
            for (PersonRef r : refs) {
                EntityRef full = resolved.get(r);
                if (full != null) {
                    record(r, full, r.cue() == Cue.GAZETTEER ? "gazetteer" : rule(r.cue()));
                    lastSentence.put(full, r.sentence());
                    continue;
                }
                Optional<EntityRef> e = shortForm(r, byPart, lastSentence);
                e.ifPresent(ref -> lastSentence.put(ref, r.sentence()));
            }
        }

        /** The entity of a full name: the gazetteer's, or a new person with the name as written. */
        private Optional<EntityRef> fullName(PersonRef r) {
            if (r.gazetteerEntry().isPresent()) {
                return Optional.of(r.gazetteerEntry().get().ref());
            }
            if (r.single()) {
                return Optional.empty();
            }
            if (r.cue() == Cue.BARE) {
                return Optional.empty();
            }
            return Optional.of(new EntityRef(Keys.person(r.name()), EntityType.PERSON, r.name(),
                    Optional.empty()));
        }

        private Set<String> nameParts(EntityRef ref, String written) {
            Set<String> parts = new LinkedHashSet<>();
            for (String name : List.of(written, ref.name())) {
                String[] words = name.split("\\s+");
                List<String> real = new ArrayList<>();
                for (String w : words) {
                    String nw = Token.normalize(w);
                    if (!nw.isEmpty() && !lexiconParticle(nw)) {
                        real.add(nw);
                    }
                }
                if (real.size() >= 2) {
                    parts.add(real.get(0));
                    parts.add(real.get(real.size() - 1));
                    String last = real.get(real.size() - 1);
                    if (last.contains("-")) {
                        parts.add(last.substring(last.lastIndexOf('-') + 1));
                    }
                }
            }
            gazetteer.get(ref.key()).ifPresent(g -> g.names().stream()
                    .filter(n -> !n.contains(" ") && n.length() >= 2)
                    .forEach(n -> parts.add(Token.normalize(n))));
            return parts;
        }

        private boolean lexiconParticle(String norm) {
            return norm.equals("bin") || norm.equals("binti") || norm.equals("al") || norm.equals("van")
                    || norm.equals("von") || norm.equals("der") || norm.equals("de") || norm.equals("jr.")
                    || norm.equals("jr");
        }

        /**
         * Resolves a one-word reference: to the one article person with that name part; with several, by the
         * title before it, then by recency; unresolved when the latest two were last seen in the same sentence.
         */
        private Optional<EntityRef> shortForm(PersonRef r, Map<String, Set<EntityRef>> byPart,
                                              Map<EntityRef, Integer> lastSentence) {
            String word = Token.normalize(r.name());
            List<EntityRef> candidates = new ArrayList<>(byPart.getOrDefault(word, Set.of()));
            if (candidates.size() == 1) {
                record(r, candidates.get(0), "short-form");
                return Optional.of(candidates.get(0));
            }
            if (candidates.size() > 1) {
                if (r.title().isPresent()) {
                    List<EntityRef> byRole = candidates.stream().filter(c -> holds(c, r.title().get(), r.titleOf()))
                            .toList();
                    if (byRole.size() == 1) {
                        record(r, byRole.get(0), "short-form-role");
                        return Optional.of(byRole.get(0));
                    }
                }
                List<EntityRef> seen = candidates.stream().filter(lastSentence::containsKey)
                        .sorted(Comparator.comparing((EntityRef c) -> -lastSentence.get(c))).toList();
                if (seen.size() == 1 || seen.size() > 1
                        && lastSentence.get(seen.get(0)) > lastSentence.get(seen.get(1))) {
                    record(r, seen.get(0), "short-form-recency");
                    return Optional.of(seen.get(0));
                }
                unresolved.add(new UnresolvedMention(r.span(), text.of(r.span()), candidates.stream().sorted().toList(),
                        "several persons of this article fit, none by role or recency", r.sentence()));
                return Optional.empty();
            }
            // no full name in the article: a distinctive gazetteer alias, or a title that narrows the gazetteer
            Optional<Gazetteer.Match> g = gazetteer.longestAt(text.tokens(r.sentence()), r.from());
            List<GazetteerEntry> aliases = g.filter(m -> m.to() == r.to()).map(Gazetteer.Match::entries)
                    .orElse(List.of()).stream().filter(e -> e.type() == EntityType.PERSON).toList();
            if (aliases.size() == 1) {
                record(r, aliases.get(0).ref(), "gazetteer-alias");
                return Optional.of(aliases.get(0).ref());
            }
            if (r.title().isPresent()) {
                List<GazetteerEntry> byRole = gazetteer.personsByNamePart(r.name()).stream()
                        .filter(e -> holds(e.ref(), r.title().get(), r.titleOf())).toList();
                if (byRole.size() == 1) {
                    record(r, byRole.get(0).ref(), "title-gazetteer");
                    return Optional.of(byRole.get(0).ref());
                }
            }
            if (r.cue() == Cue.TITLE || r.cue() == Cue.HONORIFIC) {
                // a person named only by one word after a title: kept as written rather than lost
                EntityRef e = new EntityRef(Keys.person(r.name()), EntityType.PERSON, r.name(),
                        Optional.empty());
                record(r, e, "title-pattern");
                byPart.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(e);
                return Optional.of(e);
            }
            return Optional.empty();
        }

        /** Whether the person holds (in this text, or per the gazetteer at the article's date) a title's role. */
        private boolean holds(EntityRef person, EntityLexicon.Title title, Optional<EntityRef> of) {
            Optional<String> state = of.flatMap(o -> o.type() == EntityType.STATE ? Optional.of(o.key())
                    : Optional.ofNullable(affiliations.get(o)).map(EntityRef::key));
            Set<String> inText = roleKeysInText.getOrDefault(person, Set.of());
            Optional<String> home = Optional.ofNullable(affiliations.get(person)).map(EntityRef::key);
            for (String key : inText) {
                String[] p = key.split("@", 2);
                // a title written without its state ("Presiden Vladimir Putin") is of the person's own state
                Optional<String> roleState = p.length < 2 || p[1].isEmpty() ? home : Optional.of(p[1]);
                if (title.describes().contains(p[0]) && (state.isEmpty() || roleState.equals(state))) {
                    return true;
                }
            }
            Optional<GazetteerEntry> g = gazetteer.get(person.key());
            if (g.isEmpty()) {
                return false;
            }
            for (GazetteerEntry.HeldRole role : g.get().roles()) {
                if (!title.describes().contains(role.key())) {
                    continue;
                }
                if (state.isPresent() && role.country().isPresent() && !role.country().get().equals(state.get())) {
                    continue;
                }
                if (state.isPresent() && role.country().isEmpty() && !g.get().country().equals(state)) {
                    continue;
                }
                if (heldOn(role, date)) {
                    return true;
                }
            }
            return false;
        }

        private boolean heldOn(GazetteerEntry.HeldRole role, Optional<LocalDate> on) {
            if (on.isEmpty()) {
                return true;
            }
            int year = on.get().getYear();
            int start = year(role.start()).orElse(Integer.MIN_VALUE);
            int end = year(role.end()).orElse(Integer.MAX_VALUE);
            return start <= year && year <= end;
        }

        private Optional<Integer> year(String s) {
            if (s == null || s.length() < 4) {
                return Optional.empty();
            }
            try {
                return Optional.of(Integer.parseInt(s.substring(0, 4)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private void record(PersonRef r, EntityRef person, String rule) {
            mentions.add(new EntityMention(r.span(), text.of(r.span()), person, rule, r.sentence()));
            gazetteer.get(person.key()).flatMap(GazetteerEntry::country).flatMap(gazetteer::get)
                    .filter(c -> c.type() == EntityType.STATE)
                    .ifPresent(c -> affiliations.putIfAbsent(person, c.ref()));
            if (r.title().isPresent() && r.roleSpan().isPresent()) {
                EntityLexicon.Title t = r.title().get();
                Optional<EntityRef> of = r.titleOf();
                roles.add(new RoleAssertion(person, text.of(new Span(r.roleSpan().get().start(),
                        r.roleSpan().get().start() + titleLength(r))), of, r.roleSpan().get(), r.sentence()));
                Optional<EntityRef> state = of.flatMap(o -> o.type() == EntityType.STATE ? Optional.of(o)
                        : Optional.ofNullable(affiliations.get(o)));
                roleKeysInText.computeIfAbsent(person, k -> new LinkedHashSet<>())
                        .add(t.roleKey() + "@" + state.map(EntityRef::key).orElse(""));
                if (state.isPresent() && !affiliations.containsKey(person) && t.roleKey().length() > 0) {
                    affiliations.put(person, state.get());
                }
            }
        }

        /** The length of the title words at the start of a role span, for the role's position text. */
        private int titleLength(PersonRef r) {
            String roleText = text.of(r.roleSpan().get());
            String title = r.title().get().text();
            // the title as written may differ in case; its word count decides the length
            List<Token> tokens = text.tokens(r.sentence());
            int start = r.roleSpan().get().start();
            int words = title.split("\\s+").length;
            int idx = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == start) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0 || idx + words > tokens.size()) {
                return Math.min(roleText.length(), title.length());
            }
            return tokens.get(idx + words - 1).end() - start;
        }

        // ---------------------------------------------------------------- pass 3: role descriptions, misspellings

        private void resolveRoleDescriptions() {
            Set<EntityRef> persons = new LinkedHashSet<>();
            mentions.stream().filter(m -> m.entity().type() == EntityType.PERSON).forEach(m -> persons.add(m.entity()));
            for (RoleDescription d : roleDescriptions) {
                Optional<EntityRef> of = Optional.of(d.of());
                List<EntityRef> holders = persons.stream().filter(p -> holds(p, d.title(), of)).toList();
                if (holders.size() == 1) {
                    mentions.add(new EntityMention(d.span(), d.text(), holders.get(0), "role-description", d.sentence()));
                } else if (holders.size() > 1) {
                    unresolved.add(new UnresolvedMention(d.span(), d.text(), holders,
                            "several persons of this article hold this role", d.sentence()));
                }
            }
        }

        /** "Kaakhstan", "Brail": a capitalized word within one edit of exactly one state's name. */
        private void resolveMisspelledStates() {
            Set<Span> taken = new java.util.HashSet<>();
            mentions.forEach(m -> taken.add(m.span()));
            for (int[] c : looseCandidates) {
                List<Token> tokens = text.tokens(c[0]);
                if (c[2] - c[1] != 1) {
                    continue;
                }
                Token t = tokens.get(c[1]);
                if (t.text().length() < 5 || taken.contains(t.span()) || c[1] == 0 && text.startsParagraph(c[0])) {
                    continue;
                }
                Set<GazetteerEntry> near = new LinkedHashSet<>();
                String word = t.norm();
                for (int len = word.length() - 1; len <= word.length() + 1; len++) {
                    for (Map.Entry<String, GazetteerEntry> e : gazetteer.stateWordsOfLength(len)) {
                        if (withinOneEdit(word, e.getKey())) {
                            near.add(e.getValue());
                        }
                    }
                }
                if (near.size() == 1) {
                    mentions.removeIf(m -> m.span().equals(t.span()));
                    mentions.add(mention(c[0], tokens, c[1], c[2], near.iterator().next().ref(), "edit-distance"));
                }
            }
        }

        // ---------------------------------------------------------------- helpers

        private EntityMention mention(int s, List<Token> tokens, int from, int to, EntityRef e, String rule) {
            Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
            return new EntityMention(span, text.of(span), e, rule, s);
        }

        private String rule(Cue cue) {
            return switch (cue) {
                case GAZETTEER -> "gazetteer";
                case TITLE -> "title-pattern";
                case HONORIFIC -> "honorific";
                case REPORTING -> "reporting-verb";
                case APPOSITION -> "apposition";
                case BYLINE -> "byline";
                case MEETING -> "meeting-verb";
                case BARE -> "capitalized";
            };
        }

        private String name(List<Token> tokens, int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (i > from && t.spaceBefore()) {
                    b.append(' ');
                }
                for (int k = 0; k < t.text().length(); k++) {
                    char c = t.text().charAt(k);
                    if (!(c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF')) {
                        b.append(c); // zero-width characters are not part of the name
                    }
                }
            }
            return b.toString();
        }

        private void mark(boolean[] used, int from, int to) {
            for (int i = from; i < to && i < used.length; i++) {
                used[i] = true;
            }
        }
    }

    /** One mention per span: overlapping mentions keep the longest, then the first found. */
    private static List<EntityMention> dedupe(List<EntityMention> all) {
        List<EntityMention> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((EntityMention m) -> m.span().start())
                .thenComparing(m -> -m.span().length()));
        List<EntityMention> out = new ArrayList<>();
        // sorted by start: only kept mentions that end after this one starts can clash; keep them in a window
        java.util.ArrayDeque<EntityMention> open = new java.util.ArrayDeque<>();
        for (EntityMention m : sorted) {
            open.removeIf(o -> o.span().end() <= m.span().start());
            boolean clash = open.stream().anyMatch(o -> o.span().equals(m.span())
                    || o.span().overlaps(m.span()) && o.entity().type() == m.entity().type());
            if (!clash) {
                out.add(m);
                open.add(m);
            }
        }
        return out;
    }

    /** Levenshtein distance at most one, without building the matrix. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (la > lb) {
                i++;
            } else if (lb > la) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return true;
    }
}
