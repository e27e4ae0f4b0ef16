package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Lexicons;
import org.warta.extract.PhraseTable;
import org.warta.extract.ReportingVerbs;
import org.warta.extract.VerbClass;
import org.warta.model.WartaException;
import org.warta.text.Token;
import org.warta.text.Tokenizer;

/**
 * The word lists the entity recognizer reads: titles and the roles they describe, honorifics, words that are
 * never names, name particles, locative words, organization heads and reporting verbs. Loaded once.
 */
public final class EntityLexicon {
    /** A title: its words (normalized), its role key and the role keys it can describe. */
    public record Title(String text, List<String> words, String roleKey, Set<String> describes) {
    }

    /** An organization head ("Kementerian Luar Negeri") and the English label template of the organization. */
    public record OrgHead(String text, List<String> words, String labelTemplate) {
    }

    private final PhraseTable<Title> titles = new PhraseTable<>();
    private final PhraseTable<String> honorifics = new PhraseTable<>();
    private final PhraseTable<OrgHead> orgHeads = new PhraseTable<>();
    private final PhraseTable<String> locatives = new PhraseTable<>();
    private final PhraseTable<String> degrees = new PhraseTable<>();
    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> honorificWords = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> patronymics = new HashSet<>();
    private final Set<String> titleModifiers = new HashSet<>();
    private final ReportingVerbs reportingVerbs;

    public static EntityLexicon fromResources(ReportingVerbs reportingVerbs) {
        return new EntityLexicon(reportingVerbs);
    }

    private EntityLexicon(ReportingVerbs reportingVerbs) {
        this.reportingVerbs = reportingVerbs;
        Tokenizer tokenizer = new Tokenizer();
        Lexicons.readRows(EntityLexicon.class, "titles.tsv", 2, (f, where) -> {
            List<String> words = words(tokenizer, f[0]);
            Set<String> describes = new HashSet<>();
            describes.add(f[1]);
            if (f.length > 2 && !f[2].isEmpty()) {
                describes.addAll(Arrays.asList(f[2].split(",")));
            }
            titles.add(words, new Title(f[0], words, f[1], Set.copyOf(describes)));
        });
        for (String h : Lexicons.readWords(EntityLexicon.class, "honorifics.txt")) {
            List<String> w = words(tokenizer, h);
            honorifics.add(w, h);
            if (w.size() == 1) {
                honorificWords.add(w.get(0));
            }
        }
        Lexicons.readRows(EntityLexicon.class, "org-heads.tsv", 2, (f, where) -> {
            if (f[1].isEmpty()) {
                throw new WartaException(where + ": empty label template");
            }
            List<String> words = words(tokenizer, f[0]);
            orgHeads.add(words, new OrgHead(f[0], words, f[1]));
        });
        for (String l : Lexicons.readWords(EntityLexicon.class, "locatives.txt")) {
            locatives.add(words(tokenizer, l), l);
        }
        for (String d : Lexicons.readWords(EntityLexicon.class, "degrees.txt")) {
            degrees.add(words(tokenizer, d), d);
        }
        Lexicons.readWords(EntityLexicon.class, "name-stopwords.txt").forEach(w -> stopwords.add(Token.normalize(w)));
        Lexicons.readWords(EntityLexicon.class, "name-particles.txt").forEach(w -> particles.add(Token.normalize(w)));
        Lexicons.readWords(EntityLexicon.class, "patronymics.txt").forEach(w -> patronymics.add(Token.normalize(w)));
        Lexicons.readWords(EntityLexicon.class, "title-modifiers.txt").forEach(w -> titleModifiers.add(Token.normalize(w)));
    }

    private static List<String> words(Tokenizer tokenizer, String phrase) {
        return tokenizer.tokenize(phrase, 0, phrase.length()).stream().map(Token::norm).toList();
    }

    /**
     * The longest title at token {@code i}. A period glued to its last word before a capital belongs to it: titles
     * are abbreviated so ("Jenderal Pol. Nama", "Kol. Nama").
     */
    public Optional<PhraseTable.Hit<Title>> titleAt(List<Token> tokens, int i) {
        return titles.longestAt(tokens, i).map(h -> abbreviated(tokens, h.to())
                ? new PhraseTable.Hit<>(h.from(), h.to() + 1, h.value()) : h);
    }

    private static boolean abbreviated(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end).text().equals(".") && !tokens.get(end).spaceBefore()
                && tokens.get(end + 1).isCapitalized();
    }

    /** Whether a normalized word is a one-word honorific ("bapak", "syekh"). */
    public boolean isHonorificWord(String norm) {
        return honorificWords.contains(norm);
    }

    public Optional<PhraseTable.Hit<String>> honorificAt(List<Token> tokens, int i) {
        return honorifics.longestAt(tokens, i);
    }

    public Optional<PhraseTable.Hit<OrgHead>> orgHeadAt(List<Token> tokens, int i) {
        return orgHeads.longestAt(tokens, i);
    }

    /** Whether the tokens just before {@code i} are a locative word (di, ke, mengunjungi …). */
    public boolean locativeBefore(List<Token> tokens, int i) {
        for (int start = Math.max(0, i - 2); start < i; start++) {
            Optional<PhraseTable.Hit<String>> hit = locatives.longestAt(tokens, start);
            if (hit.isPresent() && hit.get().to() == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * An academic degree written at token {@code i} as the lexicon spells it ("M.Si", "BSc"): the case must agree,
     * as the words of a name may be spelled like a degree in other capitals.
     */
    public Optional<PhraseTable.Hit<String>> degreeAt(List<Token> tokens, int i) {
        return degrees.longestAt(tokens, i).filter(h -> written(tokens, h).equals(h.value().replace(" ", "")));
    }

    /** The tokens of a hit as written, without the spaces between them. */
    private static String written(List<Token> tokens, PhraseTable.Hit<String> h) {
        StringBuilder b = new StringBuilder();
        tokens.subList(h.from(), h.to()).forEach(t -> b.append(t.text()));
        return b.toString();
    }

    public boolean isStopword(Token t) {
        return stopwords.contains(t.norm());
    }

    /** A word that continues a title ("Tertinggi", "terpilih"). */
    public boolean isTitleModifier(Token t) {
        return titleModifiers.contains(t.norm());
    }

    public boolean isParticle(Token t) {
        return isParticle(t.norm());
    }

    /** A particle inside a name ("bin", "van", "al"), by its normalized form. */
    public boolean isParticle(String norm) {
        return particles.contains(norm);
    }

    /** A word joining a given name to a father's ("bin", "ibn"), by its normalized form. */
    public boolean isPatronymic(String norm) {
        return patronymics.contains(norm);
    }

    /** The class of a one-word reporting verb; empty otherwise. */
    public Optional<VerbClass> reportingVerb(Token t) {
        return reportingVerbs.of(t);
    }
}
