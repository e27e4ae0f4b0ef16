package org.warta.extract.entity;

import java.util.List;
import java.util.Optional;
import org.warta.extract.PhraseTable;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * "Nikolai Patrushev, sekretaris Dewan Keamanan Rusia," gives the person just named a role: the title after the
 * comma, and what it is of — the first organization (one after "di"/"dari" preferred: "peneliti senior … di
 * Chatham House"), else the first state, up to the end of the clause. Stateless.
 */
final class Appositions {
    /** How far after the title the apposition may name what the role is of. */
    private static final int REACH = 16;

    /** The person with the role the apposition gives (or as it was), and the token after the apposition. */
    record Read(PersonRef person, int next) {
    }

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;
    private final WordClasses<EntityWord> words;
    private final OrganizationNames organizations;
    private final GazetteerMentions gazetteerMentions;

    Appositions(Gazetteer gazetteer, EntityLexicon lexicon, WordClasses<EntityWord> words,
                OrganizationNames organizations, GazetteerMentions gazetteerMentions) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.words = words;
        this.organizations = organizations;
        this.gazetteerMentions = gazetteerMentions;
    }

    /** The title of an apposition: after a comma at {@code after} and its lead words ("yang juga", "selaku"). */
    private Optional<PhraseTable.Hit<EntityLexicon.Title>> titleAfterComma(List<Token> tokens, int after) {
        if (after >= tokens.size() || !tokens.get(after).text().equals(",")) {
            return Optional.empty();
        }
        int k = after + 1;
        while (k < tokens.size() && words.is(tokens.get(k), EntityWord.APPOSITION_LEAD)) {
            k++;
        }
        return lexicon.titleAt(tokens, k);
    }

    Read read(ArticleText text, int s, List<Token> tokens, int after, PersonRef person, FindingsSink sink) {
        int n = tokens.size();
        Optional<PhraseTable.Hit<EntityLexicon.Title>> title = titleAfterComma(tokens, after);
        if (title.isEmpty()) {
            return new Read(person, after);
        }
        Optional<EntityRef> state = Optional.empty();
        Optional<EntityRef> org = Optional.empty();
        int end = title.get().to();
        int j = end;
        while (j < n && !endsClause(tokens.get(j)) && j < end + REACH) {
            if (ownClauseAt(tokens, end, j)) {
                return new Read(person, after);
            }
            Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, j);
            Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, j);
            if (head.isPresent() && tokens.get(j).isCapitalized() && (g.isEmpty() || head.get().to() > g.get().to())) {
                OrganizationNames.Found r = organizations.read(text, s, tokens, head.get(), sink);
                org = org.or(() -> Optional.of(r.organization()));
                j = r.to();
            } else if (g.isPresent() && g.get().entries().stream().noneMatch(e -> e.type() == EntityType.PERSON)) {
                boolean afterDi = j > 0 && words.is(tokens.get(j - 1), EntityWord.ORG_LOCATIVE);
                EntityRef e = gazetteerMentions.add(text, s, tokens, g.get(), sink);
                if (e.type() == EntityType.ORGANIZATION && (afterDi || org.isEmpty())) {
                    org = Optional.of(e);
                } else if (e.type() == EntityType.STATE && state.isEmpty()) {
                    state = Optional.of(e);
                }
                j = g.get().to();
            } else {
                j++;
            }
        }
        if (j < n && tokens.get(j).text().equals(",") && namedAfter(tokens, j + 1)) {
            return new Read(person, after); // "Menanggapi kunjungan X, Ketua Komisi DPR, Nama, …": the next name's
        }
        Span span = new Span(person.span().start(), tokens.get(Math.max(title.get().to(), j) - 1).end());
        NameCue cue = person.cue() == NameCue.BARE ? NameCue.APPOSITION : person.cue();
        return new Read(person.withRole(cue, Optional.of(title.get().value()), org.isPresent() ? org : state,
                Optional.of(span)), j);
    }

    /**
     * "dengan Nama Orang Menlu Peru": a title right after a full name with no comma between, and right after the
     * title the state or body it is of, with no name of its own after that, as some agencies write a guest's office
     * after the name. The person with that role and the token after the state or body; empty when it is not so.
     */
    Optional<Read> readPostposed(ArticleText text, int s, List<Token> tokens, int after, PersonRef person,
                                 FindingsSink sink) {
        Optional<PhraseTable.Hit<EntityLexicon.Title>> title = lexicon.titleAt(tokens, after);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        int end = title.get().to();
        Optional<Gazetteer.Match> g = end < tokens.size() ? gazetteer.longestAt(tokens, end) : Optional.empty();
        if (g.isEmpty() || g.get().entries().stream().anyMatch(e -> e.type() == EntityType.PERSON)
                || namedAfter(tokens, g.get().to()) || knownPersonAt(tokens, g.get().to())) {
            return Optional.empty();
        }
        sink.claim(person.from(), person.to());
        EntityRef of = gazetteerMentions.add(text, s, tokens, g.get(), sink);
        Span span = new Span(person.span().start(), tokens.get(g.get().to() - 1).end());
        NameCue cue = person.cue() == NameCue.BARE ? NameCue.APPOSITION : person.cue();
        return Optional.of(new Read(person.withRole(cue, Optional.of(title.get().value()),
                Optional.of(of), Optional.of(span)), g.get().to()));
    }

    /**
     * Whether the title ending at {@code end} opens a clause or a person of its own at {@code j}, not X's role:
     * "Usai bertemu X, Menhan Jepang lalu menemui Menteri Y …" (another title before any comma), "Selain X, Perdana
     * Menteri Australia Nama Orang …", "X, Menteri Luar Negeri Nama Orang, …" (a name of its own).
     */
    private boolean ownClauseAt(List<Token> tokens, int end, int j) {
        return j > end && tokens.get(j).isCapitalized() && lexicon.titleAt(tokens, j).isPresent()
                || j == end && (namedAfterState(tokens, j) || namedAfter(tokens, j) || knownPersonAt(tokens, j)
                || listGoesOn(tokens, j));
    }

    /**
     * "X, Ibu Negara dan rombongan tiba …": a conjunction and a word in lower case right after the title make the
     * title one more of a list of those who act, not X's role.
     */
    private boolean listGoesOn(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && words.is(tokens.get(j), EntityWord.CONJUNCTION)
                && tokens.get(j + 1).isWord() && !tokens.get(j + 1).isCapitalized();
    }

    /** "A, Menteri Luar Negeri Retno Marsudi, …": a person the gazetteer knows right after the title. */
    private boolean knownPersonAt(List<Token> tokens, int j) {
        return gazetteer.longestAt(tokens, j).filter(g -> g.entries().stream()
                .anyMatch(e -> e.type() == EntityType.PERSON)).isPresent();
    }

    /** Whether a state or body the gazetteer knows stands at {@code j}, with a name right after it. */
    private boolean namedAfterState(List<Token> tokens, int j) {
        return gazetteer.longestAt(tokens, j).filter(g -> g.entries().stream()
                .noneMatch(e -> e.type() == EntityType.PERSON)).map(g -> namedAfter(tokens, g.to())).orElse(false);
    }

    /**
     * Whether a name of two words or more starts at {@code k}: capitalized words the gazetteer and the lexicons do
     * not know as anything else.
     */
    private boolean namedAfter(List<Token> tokens, int k) {
        int words = 0;
        for (int j = k; j < tokens.size() && j < k + 2; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || lexicon.isStopword(t)
                    || lexicon.titleAt(tokens, j).isPresent() || lexicon.orgHeadAt(tokens, j).isPresent()
                    || gazetteer.longestAt(tokens, j).filter(g -> g.entries().stream()
                            .noneMatch(e -> e.type() == EntityType.PERSON)).isPresent()) {
                return false;
            }
            words++;
        }
        return words == 2;
    }

    private static boolean endsClause(Token t) {
        return t.text().equals(",") || t.text().equals(".") || t.kind() == Token.Kind.QUOTE;
    }
}
