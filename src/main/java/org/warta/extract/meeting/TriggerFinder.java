package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warta.extract.PhraseTable;
import org.warta.extract.SentenceContext;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * The meeting triggers of a sentence (bertemu, menjamu, kunjungan, telepon …; the longest phrase wins), none in a
 * photo caption or in the headline. Stateless.
 */
final class TriggerFinder {
    /** How many sentences around a sentence are read for a caption marker, within its paragraph. */
    private static final int CAPTION_REACH = 3;

    private final MeetingLexicon lexicon;

    TriggerFinder(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<PhraseTable.Hit<MeetingLexicon.Trigger>> find(SentenceContext s) {
        if (!s.text().isBody(s.index())) {
            return List.of();
        }
        List<PhraseTable.Hit<MeetingLexicon.Trigger>> hits = withMisspelled(s,
                lexicon.triggers().findAll(s.tokens(), 0, s.size())).stream()
                .filter(h -> !inTitle(s, h) && !titleWord(s, h) && !reduplicated(s.tokens(), h) && !eventName(s, h))
                .toList();
        // the caption test reads the sentences around: only where there is a trigger to rule out
        return hits.isEmpty() || isCaption(s.text(), s.index()) || isHeadline(s) ? List.of() : hits;
    }

    /** The hits, with a trigger written with a letter left out ("kujungan") where no hit covers the word. */
    private List<PhraseTable.Hit<MeetingLexicon.Trigger>> withMisspelled(SentenceContext s,
            List<PhraseTable.Hit<MeetingLexicon.Trigger>> hits) {
        List<PhraseTable.Hit<MeetingLexicon.Trigger>> out = new ArrayList<>(hits);
        for (int i = 0; i < s.size(); i++) {
            int at = i;
            if (hits.stream().noneMatch(h -> h.from() <= at && at < h.to())) {
                lexicon.misspelled(s.token(i)).ifPresent(t -> out.add(new PhraseTable.Hit<>(at, at + 1, t)));
            }
        }
        out.sort(Comparator.comparingInt(PhraseTable.Hit::from));
        return out;
    }

    /**
     * "secara tiba-tiba": a word said twice with a hyphen is another word ("suddenly"), not the trigger it repeats.
     */
    private static boolean reduplicated(List<Token> tokens, PhraseTable.Hit<MeetingLexicon.Trigger> hit) {
        if (hit.to() - hit.from() != 1) {
            return false;
        }
        int i = hit.from();
        String w = tokens.get(i).norm();
        boolean before = i >= 2 && isHyphen(tokens.get(i - 1)) && tokens.get(i - 2).norm().equals(w);
        boolean after = i + 2 < tokens.size() && isHyphen(tokens.get(i + 1)) && tokens.get(i + 2).norm().equals(w);
        return before || after;
    }

    /**
     * "di sela-sela Pertemuan Tingkat Tinggi Samudra …": a meeting noun written with a capital inside the sentence and
     * followed by a capitalized word that names no one is the name of an event, not a meeting told.
     */
    private static boolean eventName(SentenceContext s, PhraseTable.Hit<MeetingLexicon.Trigger> hit) {
        int i = hit.from();
        int next = hit.to();
        if (hit.value().pattern() != MeetingLexicon.Pattern.NOUN || i == 0 || !s.tokens().get(i - 1).isWord()
                || !s.token(i).isCapitalized() || next >= s.size() || !s.token(next).isCapitalized()) {
            return false;
        }
        return s.entities().startingAt(s.token(next).start()).isEmpty();
    }

    private static boolean isHyphen(Token t) {
        return t.text().equals("-") && !t.spaceBefore();
    }

    /** "Menteri Komunikasi dan Digital Ani": a word of an office's title names the office, not a meeting. */
    private static boolean inTitle(SentenceContext s, PhraseTable.Hit<MeetingLexicon.Trigger> hit) {
        Span words = s.span(hit.from(), hit.to());
        return s.entities().roles().stream().anyMatch(r -> r.sentenceIndex() == s.index() && r.span().contains(words));
    }

    /**
     * "Juru Bicara Menteri …": a trigger word right after a word that opens a title with it names the office, even
     * where the entity stage read a longer title after it.
     */
    private boolean titleWord(SentenceContext s, PhraseTable.Hit<MeetingLexicon.Trigger> hit) {
        return hit.from() > 0 && lexicon.is(s.token(hit.from() - 1), MeetingWord.TITLE_LEAD);
    }

    /** "kunjungan itu …", "pertemuan yang dimaksud …": a trigger noun pointing back to a meeting told before. */
    boolean pointsBack(List<Token> tokens, PhraseTable.Hit<?> hit) {
        int at = hit.to();
        return at < tokens.size() && (lexicon.is(tokens.get(at), MeetingWord.DEMONSTRATIVE)
                || at + 1 < tokens.size() && lexicon.is(tokens.get(at), MeetingWord.RELATIVE)
                && lexicon.is(tokens.get(at + 1), MeetingWord.REFERRED));
    }

    private boolean isCaption(ArticleText text, int s) {
        int p = text.paragraph(s);
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, s - CAPTION_REACH); i < Math.min(text.sentences().size(), s + CAPTION_REACH + 1); i++) {
            if (text.paragraph(i) == p) {
                b.append(text.sentenceText(i)).append(' ');
            }
        }
        return lexicon.isCaption(b.toString());
    }

    /** The title line: first paragraph, no final punctuation, most words capitalized. */
    private static boolean isHeadline(SentenceContext s) {
        List<Token> tokens = s.tokens();
        if (s.paragraph() != 0 || tokens.isEmpty()) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).text();
        if (last.equals(".") || last.equals("?") || last.equals("!") || last.equals("”") || last.equals("\"")) {
            return false;
        }
        long words = tokens.stream().filter(Token::isWord).count();
        long capitalized = tokens.stream().filter(Token::isCapitalized).count();
        return words >= 3 && capitalized * 2 >= words;
    }
}
