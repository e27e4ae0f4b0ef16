package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Lexicons;
import org.warta.extract.PhraseTable;
import org.warta.extract.WordClasses;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.WartaException;
import org.warta.text.Spelling;
import org.warta.text.Token;

/** The meeting triggers, the cues that change a meeting's status or cancel it, and photo-caption markers. */
public final class MeetingLexicon {
    /** Title words that may stand between a ceremony word and the name: "pelantikan Bapa Suci Paus …". */
    private static final int CEREMONY_TITLE_WORDS = 3;
    /** The shortest trigger looked for with a letter left out ({@link #misspelled}). */
    private static final int MISSPELLABLE = 9;
    /** The prefix of an active transitive verb ("menemui", "menelepon", "menjamu"). */
    private static final String ACTIVE_PREFIX = "me";
    public enum Pattern { SYMMETRIC, HOST, GUEST, VISIT, NOUN, GATHER, ATTEND }

    public enum Cue {
        PLANNED, REQUEST, UNCERTAIN, REPORTED, NEGATION, CANCELLED, CANCELS_NEXT, PLANS_NEXT, SERIES_NEXT, VENUE_NEXT,
        DISCUSSED_NEXT,
        HYPOTHETICAL, AGGREGATE, VIRTUAL, DEPARTS, ADDITIVE, DONE, OF_AKAN
    }

    /**
     * A trigger phrase: how to find its participants, whether it is a call, whether it needs support, and whether
     * it is a noun (a visit noun may name its visitor after it: "kunjungan Budi ke Jepang"), and whether it is a
     * verb of going, by which only persons come ("rudal itu menuju Osaka" is no visit).
     */
    public record Trigger(String phrase, Pattern pattern, boolean virtual, boolean weak, boolean noun, boolean moves) {
        public Trigger(String phrase, Pattern pattern, boolean virtual, boolean weak) {
            this(phrase, pattern, virtual, weak, pattern == Pattern.NOUN, false);
        }
    }

    private final PhraseTable<Trigger> triggers = new PhraseTable<>();
    /** The triggers of one word, as {@link Token#norm} writes them. */
    private final Map<String, Trigger> oneWordTriggers = new HashMap<>();
    /** The one-word triggers of {@link #MISSPELLABLE} letters or more by their length ({@link #misspelled}). */
    private final Map<Integer, Map<String, Trigger>> longTriggersByLength = new HashMap<>();
    private final PhraseTable<Cue> cues = new PhraseTable<>();
    private final List<String> captionMarkers = new ArrayList<>();
    private final WordClasses<MeetingWord> words;

    public static MeetingLexicon fromResources() {
        return new MeetingLexicon();
    }

    private MeetingLexicon() {
        Lexicons.readRows(MeetingLexicon.class, "triggers.tsv", 2, (f, where) -> {
            Pattern p = parse(Pattern.class, f[1], where);
            Set<String> flags = f.length > 2 ? Set.of(f[2].split(",")) : Set.of();
            for (String flag : flags) {
                if (!flag.isBlank() && !Set.of("virtual", "weak", "side", "noun", "moves").contains(flag.strip())) {
                    throw new WartaException(where + ": unknown flag '" + flag + "'");
                }
            }
            Trigger trigger = new Trigger(f[0], p, flags.contains("virtual"), flags.contains("weak"),
                    p == Pattern.NOUN || flags.contains("noun"), flags.contains("moves"));
            triggers.add(f[0], trigger);
            if (!f[0].contains(" ")) {
                String w = Token.normalize(f[0]);
                oneWordTriggers.put(w, trigger);
                if (w.length() >= MISSPELLABLE) {
                    longTriggersByLength.computeIfAbsent(w.length(), n -> new HashMap<>()).put(w, trigger);
                }
            }
            if (p == Pattern.NOUN && !f[0].contains(" ")) {
                triggers.add(f[0] + Token.NYA, trigger); // "pertemuannya dengan …": its possessor's
            } else if (clitic(p, f[0])) {
                triggers.add(f[0] + Token.NYA, trigger); // "Biden meneleponnya": its object, told before
            }
        });
        Lexicons.readRows(MeetingLexicon.class, "cues.tsv", 2, (f, where) -> cues.add(f[0], parse(Cue.class, f[1], where)));
        captionMarkers.addAll(Lexicons.readWords(MeetingLexicon.class, "captions.txt").stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).toList());
        words = WordClasses.load(MeetingLexicon.class, "meeting-words.tsv", MeetingWord.class);
    }

    /**
     * Whether a one-word trigger takes its object as "-nya": an active verb of the meeting's two sides or of a host
     * ("menemuinya", "menjamunya"), its prefix "me-"; "bertemunya" names the meeting, it has no object.
     */
    private static boolean clitic(Pattern p, String phrase) {
        return (p == Pattern.SYMMETRIC || p == Pattern.HOST) && !phrase.contains(" ")
                && Token.normalize(phrase).startsWith(ACTIVE_PREFIX);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new WartaException(where + ": unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + value + "'");
        }
    }

    /**
     * The "yang" opening the relative clause of a trigger at token {@code trigger}, within {@code reach} tokens before
     * it with only lower-case words between ("yang akan segera menyambangi"); -1 when there is none.
     */
    int relativeBefore(List<Token> tokens, int trigger, int reach) {
        for (int i = trigger - 1; i >= Math.max(0, trigger - reach); i--) {
            if (is(tokens.get(i), MeetingWord.RELATIVE)) {
                return i;
            }
            if (!tokens.get(i).isWord() || tokens.get(i).isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the word names a meeting by itself, or with a possessive "-nya" ("lawatannya"). */
    boolean namesMeeting(Token t) {
        return oneWordTriggers.containsKey(t.norm()) || t.endsWithNya() && oneWordTriggers.containsKey(t.withoutNya());
    }

    /**
     * "kujungan", "mengujungi": a one-word trigger written with one letter left out, as real pages have them. Only
     * triggers of {@value #MISSPELLABLE} letters or more: a shorter word loses a letter into another word.
     */
    Optional<Trigger> misspelled(Token t) {
        String w = t.norm();
        if (!t.isWord() || w.length() + 1 < MISSPELLABLE) {
            return Optional.empty();
        }
        List<Trigger> fit = longTriggersByLength.getOrDefault(w.length() + 1, Map.of()).entrySet().stream()
                .filter(e -> Spelling.letterLeftOut(w, e.getKey())).map(Map.Entry::getValue).toList();
        return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty(); // a word near two triggers is neither
    }

    public PhraseTable<Trigger> triggers() {
        return triggers;
    }

    public PhraseTable<Cue> cues() {
        return cues;
    }

    /** Whether a cue of the class lies in tokens [from, to). */
    public boolean hasCue(List<Token> tokens, int from, int to, Cue cue) {
        return cues.findAll(tokens, from, to).stream().anyMatch(h -> h.value() == cue);
    }

    /** "39 kali", "puluhan kali", "berulang kali" in tokens [from, to): a count of meetings, not one. */
    public boolean countsMeetings(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (is(tokens.get(i), MeetingWord.COUNT_NOUN) && (tokens.get(i - 1).kind() == Token.Kind.NUMBER
                    || is(tokens.get(i - 1), MeetingWord.QUANTITY))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence speaks of something planned: a time in it points forward. */
    public boolean speaksOfPlan(List<Token> tokens) {
        return hasCue(tokens, 0, tokens.size(), Cue.PLANNED);
    }

    public WordClasses<MeetingWord> words() {
        return words;
    }

    /** Whether the token is a word of the class. */
    public boolean is(Token t, MeetingWord cls) {
        return words.is(t, cls);
    }

    /** Whether the article titles the person with a word of the class ("Duta Besar" is an envoy's). */
    boolean titled(ArticleEntities entities, EntityRef person, MeetingWord cls) {
        return entities.roles().stream().anyMatch(r -> r.holder().equals(person) && inPhrase(r.position(), cls));
    }

    /** Whether a word of the phrase (a role's position, a reporting verb as written) is of the class. */
    public boolean inPhrase(String phrase, MeetingWord cls) {
        return Arrays.stream(phrase.trim().split("\\s+")).anyMatch(w -> words.has(Token.normalize(w), cls));
    }

    /** "mitra-mitranya di Jepang": a counterpart word and a locative right before token {@code at}. */
    public boolean counterpartsBefore(List<Token> tokens, int at) {
        return at > 1 && words.is(tokens.get(at - 2), MeetingWord.COUNTERPART)
                && words.is(tokens.get(at - 1), MeetingWord.LOCATIVE);
    }

    /**
     * "menghadiri pelantikan Presiden Ani": a ceremony word right before token {@code at}, or before the
     * capitalized title words that open the name there.
     */
    public boolean ceremonyBefore(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 0 && at - i <= CEREMONY_TITLE_WORDS + 1; i--) {
            Token t = tokens.get(i);
            if (words.is(t, MeetingWord.CEREMONY)) {
                return true;
            }
            if (!t.isWord() || !t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word of the class lies in tokens [from, to). */
    public boolean hasWord(List<Token> tokens, int from, int to, MeetingWord cls) {
        return firstWord(tokens, from, to, cls) >= 0;
    }

    /** The first token of the class in tokens [from, to); -1 when there is none. */
    int firstWord(List<Token> tokens, int from, int to, MeetingWord cls) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (words.is(tokens.get(i), cls)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a paragraph's text marks it as a photo caption. */
    public boolean isCaption(String paragraph) {
        String p = paragraph.toLowerCase(Locale.ROOT);
        return captionMarkers.stream().anyMatch(p::contains);
    }
}
