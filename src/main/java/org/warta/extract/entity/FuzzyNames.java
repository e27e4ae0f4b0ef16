package org.warta.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.text.Spelling;
import org.warta.text.Token;

/**
 * A full name written a little differently from the gazetteer's: with middle initials ("Retno LP Marsudi"), a
 * typo in one word ("Reccep Tayyip Erdogan", "Sameh Soukry"), family name first ("Nakatani Gen"), an honorific in
 * front ("Shaikh …"). It links to the one gazetteer person whose first and last name words match, each word equal
 * or within one edit when both are five letters or longer — and who was not out of office at the publication date
 * in every role the gazetteer knows. Stateless.
 */
final class FuzzyNames {
    /** Words this long or longer may differ by one edit. */
    private static final int EDITABLE = 5;
    /** Years before taking office that news speaks of a person by name. */
    private static final int BEFORE_OFFICE = 2;
    /** Years after leaving office that news still speaks of a person by name. */
    private static final int AFTER_OFFICE = 5;

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;

    FuzzyNames(Gazetteer gazetteer, EntityLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    Optional<GazetteerEntry> match(String written, Optional<LocalDate> date) {
        List<String> words = core(written);
        if (words.size() < 2) {
            return Optional.empty();
        }
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        Set<GazetteerEntry> candidates = new LinkedHashSet<>();
        candidates.addAll(gazetteer.personsByNamePart(first));
        candidates.addAll(gazetteer.personsByNamePart(last));
        List<GazetteerEntry> fit = new ArrayList<>();
        for (GazetteerEntry e : candidates) {
            if (e.names().stream().map(this::core).anyMatch(n -> n.size() >= 2 && fits(first, last, n))
                    && plausibleOn(e, date)) {
                fit.add(e);
            }
        }
        return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty();
    }

    private static boolean fits(String first, String last, List<String> name) {
        String f = name.get(0);
        String l = name.get(name.size() - 1);
        return near(first, f) && near(last, l) || near(first, l) && near(last, f) && !first.equals(last);
    }

    private static boolean near(String a, String b) {
        return a.equals(b) || a.length() >= EDITABLE && b.length() >= EDITABLE && Spelling.withinOneEdit(a, b);
    }

    /** The name's words, normalized, without initials, particles and honorifics. */
    private List<String> core(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) { // "Al-Tsani" is "Al Tsani"
            String n = Token.normalize(w).replaceAll("[.,]", "");
            // "LP", "H.", "Jr." are initials or suffixes; a short name word in mixed case ("Xi", "Li") is a name
            boolean initials = n.length() <= 1 || n.length() <= 2 && w.endsWith(".")
                    || w.length() <= 3 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (!n.isEmpty() && !initials && !lexicon.isParticle(n) && !lexicon.isHonorificWord(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Whether news of the date plausibly speaks of the person: no dated roles known, or some role held from two
     * years before the date (a candidate) to five years after it (a former office holder still in the news).
     */
    static boolean plausibleOn(GazetteerEntry e, Optional<LocalDate> date) {
        return e.roles().isEmpty() || date.isEmpty() || e.roles().stream().anyMatch(r -> RoleHolders.heldBetween(r,
                date.get().minusYears(AFTER_OFFICE), date.get().plusYears(BEFORE_OFFICE)));
    }
}
