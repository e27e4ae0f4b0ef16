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
import org.warta.text.Tokens;

/**
 * A title, then what it is of (states, organizations), then a name: "Menteri Luar Negeri Rusia Sergei Lavrov",
 * "juru bicara Kementerian Luar Negeri Wang Wenbin", "Duta Besar Rusia untuk PBB Vassily Nebenzya". Without a
 * name it is a role description ("presiden Rusia"); "… yang baru, Qin Gang" names the holder after a comma.
 * Stateless.
 */
final class TitleChains {
    /** Lower-case words allowed between "yang" and the comma before a holder's name. */
    private static final int RELATIVE_REACH = 4;
    /** A bracketed short form or gloss in a title has at most this many words: "(Menko Marinves)". */
    private static final int BRACKET_REACH = 8;
    /** A word after a title is read as a misspelled state from this many letters: "Tingkok", "Indoneska". */
    private static final int MISSPELLED_STATE = 7;

    /** How far the chain reached: tokens [chainEnd) hold title and what it is of; what the title is of. */
    private record Chain(int end, Optional<EntityRef> of) {
    }

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;
    private final WordClasses<EntityWord> words;
    private final OrganizationNames organizations;
    private final GazetteerMentions gazetteerMentions;
    private final NameRuns names;
    private final PersonNames persons;
    private final RegionHeads regions;
    private final MisspelledStates misspellings;

    TitleChains(Gazetteer gazetteer, EntityLexicon lexicon, WordClasses<EntityWord> words,
                OrganizationNames organizations, GazetteerMentions gazetteerMentions, NameRuns names,
                PersonNames persons) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.words = words;
        this.organizations = organizations;
        this.gazetteerMentions = gazetteerMentions;
        this.names = names;
        this.persons = persons;
        this.regions = new RegionHeads(gazetteer, lexicon, words, names);
        this.misspellings = new MisspelledStates(gazetteer);
    }

    /** A title word counts only where it reads as a title: capitalized, or lower case before a name or state. */
    boolean fits(List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> hit) {
        if (hit.to() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(hit.to());
        return next.isCapitalized() || lexicon.isTitleModifier(next) || words.is(next, EntityWord.TITLE_FOLLOWER)
                || ordinalEnd(tokens, hit.to()) > hit.to()
                || next.kind() == Token.Kind.PUNCT && (next.text().equals(",") || next.text().equals("("))
                || next.is("dan") && officeWords(tokens, hit.to()) > hit.to(); // "Menteri Luar Negeri dan Kerja Sama"
    }

    /** Reads the chain from a title; returns the token after it. */
    int read(ArticleText text, int s, List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> first,
             FindingsSink sink) {
        EntityLexicon.Title title = first.value();
        Chain chain = chain(text, s, tokens, first.to(), sink);
        int k = chain.end();
        int n = tokens.size();
        Span titleSpan = new Span(tokens.get(first.from()).start(), tokens.get(first.to() - 1).end());
        int held = regions.holderStart(tokens, first, k);
        if (held > k) {
            int end = names.end(tokens, held);
            holder(s, tokens, titleSpan, held, end, title, chain.of(), sink);
            return end;
        }
        int runEnd = k < n ? names.end(tokens, k) : k;
        // "Sekretaris Wakil Presiden": a run that is only the start of another title names the office the first one
        // serves; no holder, and no holder of the second is meant either
        Optional<PhraseTable.Hit<EntityLexicon.Title>> office = k < runEnd ? lexicon.titleAt(tokens, k)
                .filter(t -> t.to() >= runEnd) : Optional.empty();
        if (office.isPresent()) {
            return office.get().to();
        }
        int nameEnd = yearAfter(tokens, runEnd) ? k : runEnd;
        if (nameEnd - k >= 3 && regions.regional(tokens, first) && gazetteer.longestAt(tokens, k).isEmpty()
                && regions.namedAsPlace(text, tokens.get(k))) {
            // "Bupati Sukamaju Nama Orang" where the article tells of "di Sukamaju": the region, then the holder
            holder(s, tokens, titleSpan, k + 1, nameEnd, title, chain.of(), sink);
            return nameEnd;
        }
        int rank = rankInRun(tokens, k, nameEnd);
        if (rank > k) {
            // "Kapolres Sukamaju AKBP Nama Orang": the place the office is of, then the holder's rank and name
            holder(s, tokens, titleSpan, rank, nameEnd, title, chain.of(), sink);
            return nameEnd;
        }
        if (nameEnd == k + 1 && regions.regional(tokens, first) && regions.namedAsPlace(text, tokens.get(k))) {
            // "… dengan Bupati Sukamaju." where the article tells of "Kabupaten Sukamaju": the region, no holder
            Span span = new Span(titleSpan.start(), tokens.get(k).end());
            sink.roleDescription(new RoleDescription(s, span, text.of(span), title, Optional.empty()));
            return nameEnd;
        }
        if (nameEnd == k + 1 && k == first.to() && bodyAfter(tokens, first, nameEnd)) {
            return nameEnd;
        }
        if (nameEnd == k + 1 && misspelledState(tokens.get(k))) {
            sink.looseName(s, k, nameEnd); // "Presiden Indoneska": the state the title is of, misspelled
            return nameEnd;
        }
        if (nameEnd > k) {
            holder(s, tokens, titleSpan, k, nameEnd, title, chain.of(), sink);
            return nameEnd;
        }
        int c = afterRelativeClause(tokens, k);
        // "Presiden Rusia, Presiden Budi menerima …": a name with the same title of its own after the comma is
        // another person ("Juru bicara Kepala Staf Gabungan, Kapten Nama" gives the spokesman's rank)
        boolean sameTitleAfter = c + 1 < n && lexicon.titleAt(tokens, c + 1)
                .filter(t -> t.value().roleKey().equals(title.roleKey())).isPresent();
        if (c < n && tokens.get(c).text().equals(",") && c + 1 < n && !sameTitleAfter) {
            int from = names.start(tokens, c + 1);
            int end = names.end(tokens, from);
            // the name may end in honours or degrees ("…, Nama Orang AC CVO")
            if (end - from >= 2 && (end == n || !tokens.get(end).isCapitalized()
                    || lexicon.degreeAt(tokens, end).isPresent())) {
                holder(s, tokens, titleSpan, from, end, title, chain.of(), sink);
                return end;
            }
        }
        boolean plural = first.from() > 0 && words.is(tokens.get(first.from() - 1), EntityWord.PLURAL);
        if (plural) {
            int listEnd = holders(s, tokens, titleSpan, k, title, chain.of(), sink);
            if (listEnd > k) {
                return listEnd;
            }
        }
        // "pemimpin kedua Rusia yang …": a holder of the past counted, not the one in office; no role description
        boolean numbered = false;
        for (int i = first.to(); i < k; i++) {
            numbered |= ordinalEnd(tokens, i) > i;
        }
        // "Presiden Peru ke-60 tersebut": a counted holder pointed back to is the one told of before
        boolean toldBefore = k < tokens.size() && words.is(tokens.get(k), EntityWord.DEMONSTRATIVE);
        if ((!numbered || toldBefore) && chain.of().isPresent() && !plural) {
            // "para menteri luar negeri ASEAN" are many: no one holder is meant
            Span span = new Span(titleSpan.start(), tokens.get(k - 1).end());
            sink.roleDescription(new RoleDescription(s, span, text.of(span), title, chain.of().get()));
        } else if (!numbered && k == first.to() && tokens.get(first.from()).isCapitalized()
                && !nextIsName(tokens, k)) {
            // "…,” kata Presiden.", "Presiden juga meminta bertemu …": the story's holder of the title
            sink.roleDescription(new RoleDescription(s, titleSpan, text.of(titleSpan), title, Optional.empty()));
        }
        return Math.max(k, first.to());
    }

    /**
     * One capitalized word right after a lower-case title (or one opening the sentence), ending at {@code end}, that
     * names what the title is of rather than its holder: after a title of membership with no more name after it
     * ("anggota Paspampres dan …"), or before a demonstrative pointing back to someone told of before ("jenderal
     * Kopassus tersebut") — a name does not take "tersebut", a description does.
     */
    private boolean bodyAfter(List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> title, int end) {
        Token first = tokens.get(title.from());
        if (first.isCapitalized() && title.from() > 0) {
            return false; // a capital opening the sentence says nothing
        }
        boolean alone = end == tokens.size() || !tokens.get(end).isCapitalized();
        return words.is(first, EntityWord.MEMBERSHIP) && alone
                || end < tokens.size() && words.is(tokens.get(end), EntityWord.DEMONSTRATIVE);
    }

    /**
     * A word one edit from exactly one state's name, long enough that a name is not taken for one: after a title a
     * person's one name is likelier than a misspelled state, and short names are near short states ("Malik", "Mali").
     */
    private boolean misspelledState(Token t) {
        return t.text().length() >= MISSPELLED_STATE && misspellings.nearStates(t.norm()).size() == 1;
    }

    /**
     * Where the holder's name starts past a capitalized title inside the name run [k, end) that follows the chain
     * ("Kapolda Sukamaju Irjen Nama": the rank's end), with a word no gazetteer knows before that title and a name
     * after it; {@code k} when there is none.
     */
    private int rankInRun(List<Token> tokens, int k, int end) {
        for (int j = k + 1; j < end; j++) {
            if (gazetteer.longestAt(tokens, j - 1).isPresent()) {
                return k;
            }
            Optional<PhraseTable.Hit<EntityLexicon.Title>> rank = lexicon.titleAt(tokens, j);
            if (rank.isPresent() && tokens.get(j).isCapitalized() && rank.get().to() < end) {
                return rank.get().to();
            }
        }
        return k;
    }

    /** A year right after a name run ("… Mitra Nama Pameran 2021"): the run names an event, no holder. */
    private static boolean yearAfter(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).kind() == Token.Kind.NUMBER && tokens.get(k).text().length() == 4
                && (tokens.get(k).text().startsWith("19") || tokens.get(k).text().startsWith("20"));
    }

    /** A capitalized title standing alone, for the person of the story who holds it. */
    void bare(ArticleText text, int s, List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> title,
              FindingsSink sink) {
        Span span = new Span(tokens.get(title.from()).start(), tokens.get(title.to() - 1).end());
        sink.roleDescription(new RoleDescription(s, span, text.of(span), title.value(), Optional.empty()));
    }

    /** Whether a capitalized word follows, that a name could start with. */
    private static boolean nextIsName(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isCapitalized();
    }

    /**
     * "para menteri Jepang, yaitu Nama Satu, Nama Dua, dan Nama Tiga": the holders a plural title lists after a
     * list word, each with the title; returns the token after the list, {@code k} when there is none.
     */
    private int holders(int s, List<Token> tokens, Span titleSpan, int k, EntityLexicon.Title title,
                        Optional<EntityRef> of, FindingsSink sink) {
        int n = tokens.size();
        int j = k < n && tokens.get(k).text().equals(",") ? k + 1 : k;
        if (j >= n || !words.is(tokens.get(j), EntityWord.LIST_INTRO)) {
            return k;
        }
        j++;
        int last = k;
        while (j < n) {
            if (lexicon.titleAt(tokens, j).isPresent() || gazetteer.longestAt(tokens, j).isPresent()) {
                break; // "sejumlah menteri, yakni Menlu Nama, …": each holder with a title of its own, read alone
            }
            int end = names.end(tokens, j);
            if (end - j < 2) {
                break;
            }
            holder(s, tokens, titleSpan, j, end, title, of, sink);
            last = end;
            j = end;
            while (j < n && NameRuns.joinsList(tokens.get(j))) {
                j++;
            }
        }
        return last;
    }

    private void holder(int s, List<Token> tokens, Span titleSpan, int from, int to, EntityLexicon.Title title,
                        Optional<EntityRef> of, FindingsSink sink) {
        Span roleSpan = new Span(titleSpan.start(), tokens.get(to - 1).end());
        sink.person(persons.name(s, tokens, from, to, NameCue.TITLE, Optional.of(title), of, Optional.of(roleSpan)));
    }

    /**
     * Past words that name the office, not the holder: "Koordinator Bidang Perekonomian", "Kelautan dan
     * Perikanan", an acronym ("Kepala BKPM", "Ketua Umum DPP"), a bracketed short form ("(Menko Marinves)"), a
     * party ("Partai Nasdem"). Returns {@code k} when none starts there.
     */
    private int officeWords(List<Token> tokens, int k) {
        int n = tokens.size();
        Token t = tokens.get(k);
        boolean nextCapitalized = k + 1 < n && tokens.get(k + 1).isCapitalized();
        if (t.isCapitalized() && (words.is(t, EntityWord.PORTFOLIO) || names.letterLeftOut(t))
                || names.numbersOffice(tokens, k)) {
            return k + 1;
        }
        if (t.is("dan") || t.text().equals(",") || t.text().equals("/")) {
            int j = k + 1;
            while (j < n && (tokens.get(j).is("dan") || tokens.get(j).text().equals(","))) {
                j++; // "Pendidikan Tinggi, Sains, dan Teknologi"
            }
            boolean office = portfolioWord(tokens, j);
            boolean title = t.text().equals("/") && lexicon.titleAt(tokens, j).isPresent();
            if (office || title) {
                return j; // "Menteri Investasi dan Hilirisasi/Kepala BKPM …"
            }
        }
        if (t.is("di") && k + 1 < n && gazetteer.longestAt(tokens, k + 1).filter(g -> g.entries().stream()
                .noneMatch(e -> e.type() == EntityType.PERSON)).isPresent()) {
            return k + 1; // "Duta Besar RI di Washington …", "Konsul Jenderal RI di Guangzhou, …"
        }
        if (t.isCapitalized() && words.is(t, EntityWord.PARTY) && nextCapitalized) {
            return k + 2;
        }
        if (t.isAllCaps() && t.text().length() >= 2 && nextCapitalized && gazetteer.longestAt(tokens, k).isEmpty()) {
            return k + 1;
        }
        boolean personInside = k + 1 < n && gazetteer.longestAt(tokens, k + 1)
                .filter(Gazetteer.Match::onlyPersons).isPresent();
        if (t.text().equals("(") && !personInside) { // "Bapak Presiden (Nama Orang)" names the holder
            for (int c = k + 1; c < n && c <= k + BRACKET_REACH; c++) {
                if (tokens.get(c).text().equals(")")) {
                    return c + 1;
                }
                if (!tokens.get(c).isWord()) {
                    break;
                }
            }
        }
        return k;
    }

    /** A capitalized word at {@code k} that names an office ("Urusan", "Politik"). */
    private boolean portfolioWord(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isCapitalized() && words.is(tokens.get(k), EntityWord.PORTFOLIO);
    }

    /** "menteri luar negeri China yang baru, …": the comma after a short relative clause. */
    private int afterRelativeClause(List<Token> tokens, int k) {
        int c = k;
        int n = tokens.size();
        if (c < n && words.is(tokens.get(c), EntityWord.FORMER)) {
            return c + 1; // "presiden Indonesia sebelumnya, Joko Widodo"
        }
        if (c < n && words.is(tokens.get(c), EntityWord.RELATIVE)) {
            c++;
            while (c < n && c < k + RELATIVE_REACH && tokens.get(c).isWord() && !tokens.get(c).isCapitalized()) {
                c++;
            }
        }
        return c;
    }

    /** What follows the title: states, organizations, "untuk"/"dari" before them, more title words, honorifics. */
    private Chain chain(ArticleText text, int s, List<Token> tokens, int from, FindingsSink sink) {
        Optional<EntityRef> of = Optional.empty();
        int k = from;
        int n = tokens.size();
        while (k < n) {
            Token t = tokens.get(k);
            Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k);
            Optional<PhraseTable.Hit<EntityLexicon.OrgHead>> head = lexicon.orgHeadAt(tokens, k);
            boolean entity = g.isPresent() && g.get().entries().stream().noneMatch(e -> e.type() == EntityType.PERSON);
            if (entity && !(head.isPresent() && head.get().to() > g.get().to())) {
                EntityRef e = gazetteerMentions.add(text, s, tokens, g.get(), sink);
                if (of.isEmpty() || of.get().type() != EntityType.STATE && e.type() == EntityType.STATE) {
                    of = Optional.of(e);
                }
                k = g.get().to();
            } else if (head.isPresent() && (entity || t.isCapitalized())) {
                OrganizationNames.Found org = organizations.read(text, s, tokens, head.get(), sink);
                of = of.or(() -> Optional.of(org.organization()));
                k = org.to();
            } else if (of.isEmpty() && sendingStateBefore(tokens, k)) {
                // "Duta Besar Guetamala untuk Indonesia Nama": the state sending, however it is spelled; the one after
                // "untuk" is the post, not what the title is of
                Gazetteer.Match post = gazetteer.longestAt(tokens, k + 2).orElseThrow();
                gazetteerMentions.add(text, s, tokens, post, sink);
                k = post.to();
            } else if (of.isPresent() && of.get().type() != EntityType.STATE && stateInCommas(tokens, k) > k) {
                // "Menteri Besar Johor, Malaysia, Nama": the region's state between commas, then the holder
                Gazetteer.Match state = gazetteer.longestAt(tokens, k + 1).orElseThrow();
                of = Optional.of(gazetteerMentions.add(text, s, tokens, state, sink));
                k = stateInCommas(tokens, k);
            } else {
                int skip = skip(tokens, k);
                if (skip == k) {
                    break;
                }
                k = skip;
            }
        }
        return new Chain(k, of);
    }

    /**
     * One capitalized word at {@code k} the gazetteer does not know, then a word joining a title to what it is of and
     * a state ("… Guetamala untuk Indonesia"): the word names the state the title is of, not its holder.
     */
    private boolean sendingStateBefore(List<Token> tokens, int k) {
        int n = tokens.size();
        return k + 2 < n && tokens.get(k).isWord() && tokens.get(k).isCapitalized()
                && gazetteer.longestAt(tokens, k).isEmpty() && words.is(tokens.get(k + 1), EntityWord.TITLE_OF)
                && gazetteer.longestAt(tokens, k + 2).filter(g -> g.entries().stream()
                .anyMatch(e -> e.type() == EntityType.STATE)).isPresent();
    }

    /** A comma at {@code k}, then a name of two words or more that no title opens. */
    private boolean holderAfterComma(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).text().equals(",") || lexicon.titleAt(tokens, k + 1).isPresent()) {
            return false;
        }
        int from = names.start(tokens, k + 1);
        return names.end(tokens, from) - from >= 2;
    }

    /** After a region: ", Amerika Serikat, " before a capitalized word gives the token after it; else {@code k}. */
    private int stateInCommas(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).text().equals(",")) {
            return k;
        }
        Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k + 1);
        if (g.isEmpty() || g.get().entries().stream().noneMatch(e -> e.type() == EntityType.STATE)) {
            return k;
        }
        int c = g.get().to() + 1;
        return c < tokens.size() && tokens.get(c - 1).text().equals(",") && tokens.get(c).isCapitalized() ? c : k;
    }

    /** The token after an ordinal at {@code k} ("kelima", "ke-6"); {@code k} when none starts there. */
    private int ordinalEnd(List<Token> tokens, int k) {
        return words.is(tokens.get(k), EntityWord.ORDINAL) ? k + 1 : Tokens.writtenOrdinalEnd(tokens, k);
    }

    /** Past words that continue a chain without naming anything: "untuk", "Kepresidenan", "Tertinggi", titles. */
    private int skip(List<Token> tokens, int k) {
        int n = tokens.size();
        Token t = tokens.get(k);
        Optional<PhraseTable.Hit<EntityLexicon.Title>> more = lexicon.titleAt(tokens, k);
        // "Juru Bicara Menteri Pertahanan, Nama": the office the first title serves, then its holder after a comma
        boolean titleFits = more.isPresent() && t.isCapitalized() && more.get().to() < n
                && (tokens.get(more.get().to()).isCapitalized() || holderAfterComma(tokens, more.get().to()));
        if (titleFits && more.get().to() > k + 1) {
            return more.get().to(); // "Jenderal Pol. Nama": a title of two words, not the office word "Jenderal"
        }
        int office = officeWords(tokens, k);
        if (office > k) {
            return office;
        }
        if (words.is(t, EntityWord.TITLE_OF)) {
            int j = k + 1;
            while (j < n && (words.is(tokens.get(j), EntityWord.TITLE_FILLER)
                    || words.is(tokens.get(j), EntityWord.REGION_KIND))) {
                j++; // "Konsul Jepang untuk wilayah Jawa", "Konsul Jenderal X untuk Kota Medan"
            }
            if (j < n && gazetteer.longestAt(tokens, j).isPresent()) {
                return j;
            }
            if (j == k + 1 && portfolioWord(tokens, j) && portfolioWord(tokens, j + 1)) {
                return j; // "Utusan Khusus X untuk Urusan Politik dan Pertahanan Nama": a portfolio
            }
        }
        int ordinal = ordinalEnd(tokens, k);
        if (ordinal > k) {
            return ordinal; // "Presiden kelima RI Nama", "Presiden ke-6 RI Nama": the holder's place in the line
        }
        if (words.is(t, EntityWord.REGION_KIND) && k + 1 < n && gazetteer.longestAt(tokens, k + 1).isPresent()) {
            return k + 1; // "Gubernur Provinsi Jawa Tengah Nama": a region the gazetteer knows, named with its kind
        }
        if (words.is(t, EntityWord.TITLE_FILLER) || lexicon.isTitleModifier(t)
                && !(k + 1 < n && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalized())) {
            return k + 1;
        }
        if (titleFits) {
            return more.get().to();
        }
        Optional<PhraseTable.Hit<String>> hon = lexicon.honorificAt(tokens, k);
        if (hon.isPresent() && t.isCapitalized()) {
            return hon.get().to();
        }
        return k;
    }
}
