package org.warta.extract.entity;

import java.util.List;
import java.util.Optional;
import org.warta.extract.PhraseTable;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.model.EntityType;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * The title of a region's head ("Bupati", "Wali Kota") and the region after it, which the gazetteer seldom knows: the
 * regions of Indonesia are many. What the article and the way the holder is written tell of it: a comma or an
 * honorific between region and holder ("Bupati Sukamaju, dr. Nama"), a word the article names a place elsewhere
 * ("di Sukamaju"). For {@link TitleChains}; stateless.
 */
final class RegionHeads {
    /** A region the gazetteer does not know, after the title of its head, has at most this many words. */
    private static final int MAX_REGION_WORDS = 2;

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;
    private final WordClasses<EntityWord> words;
    private final NameRuns names;

    RegionHeads(Gazetteer gazetteer, EntityLexicon lexicon, WordClasses<EntityWord> words, NameRuns names) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.words = words;
        this.names = names;
    }

    /**
     * "Bupati Sukamaju, Nama Orang", "Wali Kota Sukamaju H. Nama": after the title of a region's head, a region the
     * gazetteer does not know — a capitalized word or two, then a comma or an honorific — and the holder's name,
     * not a title, ending the run. Where the holder's name starts; {@code k} when the chain at {@code k} is not so.
     */
    int holderStart(List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> title, int k) {
        int n = tokens.size();
        if (k >= n) {
            return k;
        }
        if (!regional(tokens, title)) {
            return placeThenHonorific(tokens, k);
        }
        int afterCompass = afterCompass(tokens, k);
        if (afterCompass > k) {
            return afterCompass;
        }
        if (gazetteer.longestAt(tokens, k).isPresent()) {
            return k;
        }
        int region = k;
        int regionWords = 0;
        while (region < n && regionWords < MAX_REGION_WORDS && tokens.get(region).isWord()
                && tokens.get(region).isCapitalized() && lexicon.honorificAt(tokens, region).isEmpty()) {
            regionWords += words.is(tokens.get(region), EntityWord.REGION_KIND) ? 0 : 1; // "Provinsi X"
            region = NameRuns.gluedByHyphen(tokens, region) ? region + 3 : region + 1; // "Gyeonggi-Do"
        }
        boolean comma = region < n && tokens.get(region).text().equals(",");
        boolean honorific = region < n && lexicon.honorificAt(tokens, region).isPresent()
                && !initialAfter(tokens, lexicon.honorificAt(tokens, region).get().to());
        if (region == k || !comma && !honorific) {
            return k;
        }
        int h = pastHonorifics(tokens, comma ? region + 1 : region);
        if (h >= n || lexicon.titleAt(tokens, h).isPresent() || gazetteer.longestAt(tokens, h).filter(g -> g
                .entries().stream().noneMatch(e -> e.type() == EntityType.PERSON)).isPresent()) {
            return k;
        }
        int end = names.end(tokens, h);
        return end > h && (end == n || !tokens.get(end).isCapitalized()) ? h : k;
    }

    /**
     * "Bupati Bandung Barat Nama Orang", "Bupati Timor Tengah Utara Nama Orang": a region's name ending with compass
     * words, then the holder's name ending the run. Where the holder's name starts; {@code k} when it is not so.
     * The region's name may start before {@code k}, where the chain read a place it knows.
     */
    private int afterCompass(List<Token> tokens, int k) {
        int n = tokens.size();
        // the chain may have read the region's first words as a place it knows ("Bandung" of "Bandung Barat")
        int j = words.is(tokens.get(k), EntityWord.COMPASS) ? k : k + 1;
        while (j < n && j <= k + MAX_REGION_WORDS && !words.is(tokens.get(j), EntityWord.COMPASS)
                && tokens.get(j).isWord() && tokens.get(j).isCapitalized()) {
            j++;
        }
        if (j >= n || !words.is(tokens.get(j), EntityWord.COMPASS) || !tokens.get(j).isCapitalized()) {
            return k;
        }
        while (j < n && words.is(tokens.get(j), EntityWord.COMPASS) && tokens.get(j).isCapitalized()) {
            j++; // "Nusa Tenggara Timur", "Barat Daya"
        }
        j = pastHonorifics(tokens, pastShortForm(tokens, j)); // "Timor Tengah Utara (TTU) Drs. Nama"
        if (j >= n || lexicon.titleAt(tokens, j).isPresent() || gazetteer.longestAt(tokens, j).isPresent()) {
            return k;
        }
        int end = names.end(tokens, j);
        return end > j && (end == n || !tokens.get(end).isCapitalized()) ? j : k;
    }

    /** Past a short form in brackets at token {@code k} ("(TTU)"); {@code k} when none starts there. */
    private static int pastShortForm(List<Token> tokens, int k) {
        if (k + 2 < tokens.size() && tokens.get(k).text().equals("(") && tokens.get(k + 1).isAllCaps()
                && tokens.get(k + 2).text().equals(")")) {
            return k + 3;
        }
        return k;
    }

    /**
     * "Konjen RI Kuching Dr. Nama": after a title and its state, a city the gazetteer does not know — one capitalized
     * word — then an honorific and the holder's name; where the name starts, {@code k} when it is not so.
     */
    private int placeThenHonorific(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k + 2 >= n || !tokens.get(k).isWord() || !tokens.get(k).isCapitalized()
                || gazetteer.longestAt(tokens, k).isPresent() || lexicon.honorificAt(tokens, k).isPresent()
                || lexicon.titleAt(tokens, k).isPresent() || lexicon.honorificAt(tokens, k + 1).isEmpty()
                || !tokens.get(k + 1).isCapitalized()) {
            return k;
        }
        int h = pastHonorifics(tokens, k + 1);
        int end = h < n ? names.end(tokens, h) : h;
        return end - h >= 2 && (end == n || !tokens.get(end).isCapitalized()) ? h : k;
    }

    /** Past the honorifics starting at token {@code k}: "dr. Nama", "H. Nama", "Drs H Nama". */
    private int pastHonorifics(List<Token> tokens, int k) {
        int h = k;
        for (Optional<PhraseTable.Hit<String>> hon = lexicon.honorificAt(tokens, h); hon.isPresent();
                hon = lexicon.honorificAt(tokens, h)) {
            h = hon.get().to();
        }
        return h;
    }

    /**
     * "Wali Kota Sukamaju Nama H.N.": a letter and its period right after what reads as an honorific ("H.") make
     * both initials ending the holder's name, not an honorific before it.
     */
    private static boolean initialAfter(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).isWord() && tokens.get(k).text().length() == 1
                && tokens.get(k).isCapitalized() && !tokens.get(k).spaceBefore()
                && tokens.get(k + 1).text().equals(".") && !tokens.get(k + 1).spaceBefore();
    }

    /** Whether the title is of a region's head: "Bupati", "Wali Kota". */
    boolean regional(List<Token> tokens, PhraseTable.Hit<EntityLexicon.Title> title) {
        return tokens.subList(title.from(), title.to()).stream().anyMatch(t -> words.is(t, EntityWord.REGION_TITLE));
    }

    /** Whether the article names the word a place anywhere: after a locative ("di Sukamaju") or a region's kind. */
    boolean namedAsPlace(ArticleText text, Token word) {
        for (int s = 0; s < text.sentences().size(); s++) {
            List<Token> tokens = text.tokens(s);
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).norm().equals(word.norm()) && (lexicon.locativeBefore(tokens, i)
                        || words.is(tokens.get(i - 1), EntityWord.REGION_KIND))) {
                    return true;
                }
            }
        }
        return false;
    }
}
