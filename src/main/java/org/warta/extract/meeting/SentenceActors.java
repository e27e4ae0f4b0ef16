package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.SentenceContext;
import org.warta.model.EntityMention;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * The actors of a sentence that can take part in a meeting: persons, states and organizations; not those inside
 * a title or a longer name, not places after a locative ("ke Tiongkok", "ke Kyiv dan Moskow", "di Lima, Peru"),
 * not the medium something was said in ("akun Twitter"), not the person whose ceremony is attended ("menghadiri
 * pelantikan Presiden Ani").
 * Stateless.
 */
final class SentenceActors {
    /** Lower-case words that may describe companions before they are named ("didampingi oleh istrinya …"). */
    private static final int COMPANION_WORDS = 3;
    /** Capitalized words a place no mention names may have: "Istana Akasaka", "Gedung Nusantara Tiga". */
    private static final int UNNAMED_PLACE_WORDS = 4;
    private final MeetingLexicon lexicon;

    SentenceActors(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Actor> of(SentenceContext s) {
        List<Actor> out = new ArrayList<>();
        int lastPlaceEnd = -1;
        List<EntityMention> actorMentions = s.actors();
        boolean[] accompanying = accompanying(s);
        for (EntityMention m : s.mentions()) {
            int from = s.tokenAt(m.span().start());
            int to = s.tokenAt(m.span().end() - 1) + 1;
            if (from < 0 || to <= from || accompanying[from]) {
                continue;
            }
            // "mitra-mitranya di Jepang": the counterparts in a state are that state's side, not a place
            boolean counterparts = lexicon.counterpartsBefore(s.tokens(), from);
            // "isu G20 dan ASEAN", "wisatawan Indonesia": what is talked of, or a state's people, not a side
            boolean notASide = from > 0 && (lexicon.is(s.token(from - 1), MeetingWord.TOPIC)
                    || lexicon.is(s.token(from - 1), MeetingWord.NATIONALS));
            // a body after a place's comma is no more of the place ("sebuah lembaga di Osaka, ASEAN"), and people
            // "dari" a body are of it, not from a place ("para ulama dari ormas A")
            boolean body = m.entity().type() == EntityType.ORGANIZATION;
            boolean ofBody = body && from > 0 && lexicon.is(s.token(from - 1), MeetingWord.ORIGIN);
            boolean locative = from > 0 && (lexicon.is(s.token(from - 1), MeetingWord.LOCATIVE) && !counterparts
                    && !ofBody || notASide || placeContinues(s.tokens(), from, lastPlaceEnd)
                    && !(body && s.token(from - 1).text().equals(","))
                    || afterUnnamedPlace(s, from));
            if (m.entity().type() == EntityType.PLACE) {
                lastPlaceEnd = locative ? to : lastPlaceEnd;
                continue;
            }
            if (!actorMentions.contains(m)) {
                continue;
            }
            if (m.entity().type() != EntityType.PERSON && locative) {
                lastPlaceEnd = to; // a place, not an actor
                continue;
            }
            if (m.entity().type() == EntityType.PERSON && lexicon.ceremonyBefore(s.tokens(), from)) {
                continue; // "menghadiri pelantikan Paus Leo": whose ceremony it is, not whom it met
            }
            if (m.entity().type() == EntityType.ORGANIZATION && from > 0
                    && lexicon.is(s.token(from - 1), MeetingWord.MEDIUM)) {
                continue; // "dalam akun Twitter-nya": where it was said, not who met
            }
            out.add(new Actor(m, from, to));
        }
        return out;
    }

    /**
     * The tokens naming who accompanies a side ("Budi, didampingi istrinya Ani dan Menteri Citra, menyambut …"):
     * from the word to the first lower-case word after a companion that joins no list, or past a few lower-case
     * words that name no one ("didampingi oleh para menteri"). Companions are no side.
     */
    private boolean[] accompanying(SentenceContext s) {
        boolean[] out = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (!lexicon.is(s.token(i), MeetingWord.ACCOMPANIED)) {
                continue;
            }
            boolean named = false;
            int unnamed = 0;
            for (int k = i + 1; k < s.size(); k++) {
                Token t = s.token(k);
                boolean lower = t.isWord() && !t.isCapitalized() && !lexicon.is(t, MeetingWord.CONNECTOR);
                if (lower && (named || ++unnamed > COMPANION_WORDS)) {
                    break;
                }
                named |= t.isCapitalized();
                out[k] = true;
            }
        }
        return out;
    }

    /** Right after a place, joined by "dan" or a comma: another place of the same list, or its country. */
    private boolean placeContinues(List<Token> tokens, int from, int lastPlaceEnd) {
        return lastPlaceEnd >= 0 && from == lastPlaceEnd + 1 && (tokens.get(lastPlaceEnd).text().equals(",")
                || lexicon.is(tokens.get(lastPlaceEnd), MeetingWord.PLACE_LIST));
    }

    /**
     * Right after a comma that closes a place no mention names, opened by a locative: "di Istana Akasaka, Tokyo" —
     * the city says where that place is.
     */
    private boolean afterUnnamedPlace(SentenceContext s, int from) {
        List<Token> tokens = s.tokens();
        if (from < 3 || !tokens.get(from - 1).text().equals(",")) {
            return false;
        }
        int i = from - 2;
        while (i >= 0 && from - 2 - i < UNNAMED_PLACE_WORDS && tokens.get(i).isWord()
                && tokens.get(i).isCapitalized()) {
            int at = tokens.get(i).start();
            if (s.mentions().stream().anyMatch(m -> m.span().contains(at))) {
                return false; // a named place, state or side: its own rules read it
            }
            i--;
        }
        return i >= 0 && i < from - 2 && lexicon.is(tokens.get(i), MeetingWord.LOCATIVE);
    }

    /**
     * An organization named right after an event word, or past the event's own capitalized words: "KTT APEC",
     * "Forum …", "Pertemuan Tingkat Tinggi ASEAN": the event, not an actor. A word in lower case between them makes
     * the organization a side of the event ("pertemuan dengan MPR").
     */
    boolean isEventName(List<Token> tokens, Actor a) {
        if (a.entity().type() != EntityType.ORGANIZATION) {
            return false;
        }
        for (int i = a.from() - 1; i >= Math.max(0, a.from() - 3); i--) {
            if (lexicon.is(tokens.get(i), MeetingWord.EVENT)) {
                return true;
            }
            if (tokens.get(i).isWord() && !tokens.get(i).isCapitalized()) {
                return false;
            }
        }
        return false;
    }
}
