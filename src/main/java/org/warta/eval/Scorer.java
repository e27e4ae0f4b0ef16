package org.warta.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.warta.model.ArticleAnalysis;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingReport;
import org.warta.model.Statement;
import org.warta.model.TimeValue;
import org.warta.model.WartaException;

/**
 * Scores one article's analysis against its gold annotation. Names match when equal after case, accents,
 * hyphens and spacing are ignored, against the gold name or any of its aliases; a predicted entity also offers
 * the names the gazetteer knows for it. A predicted time matches when it lies inside the gold time.
 */
public final class Scorer {
    public static final List<String> CATEGORIES = List.of("persons", "states", "organizations", "meetings",
            "meetings+date+status", "statements", "direct", "mixed", "indirect");

    private final Function<EntityRef, Set<String>> knownNames;

    /** @param knownNames every name an entity is known by (its label, the gazetteer's names for it) */
    public Scorer(Function<EntityRef, Set<String>> knownNames) {
        this.knownNames = knownNames;
    }

    /** One article's score: counts by category, negatives violated, what was missed, and meeting alignment. */
    public record ArticleScore(String article, Map<String, Counts> counts, List<String> violations,
                               List<String> details, Map<String, Integer> meetingAlignment) {
    }

    public ArticleScore score(ArticleAnalysis a, GoldArticle g) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        counts.put("persons", entities(a, EntityType.PERSON, g.persons(), g.personsOptional(), details));
        counts.put("states", entities(a, EntityType.STATE, g.states(), g.statesOptional(), details));
        counts.put("organizations", entities(a, EntityType.ORGANIZATION, g.organizations(), List.of(), details));
        Map<String, Integer> alignment = new LinkedHashMap<>();
        meetings(a, g, counts, details, alignment);
        statements(a, g, counts, details);
        List<String> violations = negatives(a, g);
        return new ArticleScore(g.article(), counts, violations, details, alignment);
    }

    // ------------------------------------------------------------------ entities

    private Counts entities(ArticleAnalysis a, EntityType type, List<GoldArticle.GoldName> gold,
                            List<GoldArticle.GoldName> optional, List<String> details) {
        Set<EntityRef> predicted = new LinkedHashSet<>();
        for (EntityMention m : a.mentions()) {
            if (m.entity().type() == type) {
                predicted.add(m.entity());
            }
        }
        Set<EntityRef> matched = new HashSet<>();
        int tp = 0;
        int fn = 0;
        for (GoldArticle.GoldName gn : gold) {
            Optional<EntityRef> hit = predicted.stream().filter(p -> !matched.contains(p) && matches(p, gn)).findFirst();
            if (hit.isPresent()) {
                matched.add(hit.get());
                tp++;
            } else {
                fn++;
                details.add(type.label() + " missed: " + gn.name());
            }
        }
        int fp = 0;
        for (EntityRef p : predicted) {
            if (matched.contains(p)) {
                continue;
            }
            if (optional.stream().anyMatch(o -> matches(p, o)) || gold.stream().anyMatch(gn -> matches(p, gn))) {
                continue; // optional, or a second entity for an already matched gold name
            }
            fp++;
            details.add(type.label() + " spurious: " + p.name() + " (" + p.key() + ")");
        }
        return new Counts(tp, fp, fn);
    }

    private Set<String> keys(EntityRef e) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKey.of(e.name()));
        knownNames.apply(e).forEach(n -> keys.add(NameKey.of(n)));
        return keys;
    }

    private boolean matches(EntityRef e, GoldArticle.GoldName gold) {
        Set<String> keys = keys(e);
        if (keys.contains(NameKey.of(gold.name()))) {
            return true;
        }
        return gold.aliases().stream().anyMatch(al -> keys.contains(NameKey.of(al)));
    }

    private boolean matches(EntityRef e, String goldName) {
        return keys(e).contains(NameKey.of(goldName));
    }

    // ------------------------------------------------------------------ meetings

    private void meetings(ArticleAnalysis a, GoldArticle g, Map<String, Counts> counts, List<String> details,
                          Map<String, Integer> alignment) {
        List<MeetingReport> predicted = a.meetings();
        // reports are aligned to gold meetings best first, so that a report that fits one gold meeting fully is
        // never taken by an earlier gold meeting of the same people it only loosely fits
        Map<String, Integer> strict = align(predicted, g, Map.of(), (p, gm) -> timeFits(p, gm)
                && p.status().label().equals(gm.status()));
        Map<String, Integer> dated = align(predicted, g, strict, Scorer::timeFits);
        Map<String, Integer> loose = align(predicted, g, dated, (p, gm) -> true);
        Set<Integer> usedLoose = new HashSet<>(loose.values());
        int tpLoose = loose.size();
        int tpStrict = strict.size();
        for (GoldArticle.GoldMeeting gm : g.meetings()) {
            Integer at = loose.get(gm.id());
            if (at == null) {
                details.add("meeting missed: " + gm.id() + " " + gm.participants() + " " + gm.date().orElse("-") + " "
                        + gm.status());
                continue;
            }
            alignment.put(gm.id(), predicted.get(at).ordinal());
            if (!strict.containsKey(gm.id())) {
                MeetingReport p = predicted.get(at);
                details.add("meeting " + gm.id() + " found but time/status differ: gold " + gm.date().orElse("-") + " "
                        + gm.status() + ", got " + p.timeValue().map(TimeValue::iso).orElse("-") + " "
                        + p.status().label());
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!usedLoose.contains(i)) {
                MeetingReport p = predicted.get(i);
                details.add("meeting spurious: " + p.participants().stream().map(EntityRef::name).toList() + " "
                        + p.timeValue().map(TimeValue::iso).orElse("-") + " " + p.status().label() + " «"
                        + a.article().text().substring(p.evidence().start(), p.evidence().end()) + "»");
            }
        }
        counts.put("meetings", new Counts(tpLoose, predicted.size() - tpLoose, g.meetings().size() - tpLoose));
        counts.put("meetings+date+status",
                new Counts(tpStrict, predicted.size() - tpStrict, g.meetings().size() - tpStrict));
    }

    /**
     * Extends an alignment of gold meeting ids to report indexes: each gold meeting not yet aligned takes the
     * first free report with its participants that passes {@code fits}, gold meetings in order.
     */
    private Map<String, Integer> align(List<MeetingReport> predicted, GoldArticle g, Map<String, Integer> already,
                                       BiPredicate<MeetingReport, GoldArticle.GoldMeeting> fits) {
        Map<String, Integer> out = new LinkedHashMap<>(already);
        Set<Integer> used = new HashSet<>(already.values());
        for (GoldArticle.GoldMeeting gm : g.meetings()) {
            if (out.containsKey(gm.id())) {
                continue;
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used.contains(i) && sameParticipants(predicted.get(i), gm.participants(), g)
                        && fits.test(predicted.get(i), gm)) {
                    out.put(gm.id(), i);
                    used.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the report has the gold participants (see {@link #named}). */
    private boolean sameParticipants(MeetingReport p, List<String> gold, GoldArticle g) {
        if (p.participants().size() != gold.size()) {
            return false;
        }
        Set<EntityRef> used = new HashSet<>();
        for (String name : gold) {
            Optional<EntityRef> hit = p.participants().stream().filter(e -> !used.contains(e) && named(e, name, g))
                    .findFirst();
            if (hit.isEmpty()) {
                return false;
            }
            used.add(hit.get());
        }
        return true;
    }

    /**
     * Whether the entity is the one the gold names: by the name, or — when the gold lists that name among its
     * persons, states or organizations — by any alias given there (the text's spellings).
     */
    private boolean named(EntityRef e, String name, GoldArticle g) {
        if (matches(e, name)) {
            return true;
        }
        return Stream.of(g.persons(), g.personsOptional(), g.states(), g.statesOptional(), g.organizations())
                .flatMap(List::stream).filter(n -> n.name().equals(name)).anyMatch(n -> matches(e, n));
    }

    private static boolean timeFits(MeetingReport p, GoldArticle.GoldMeeting gm) {
        if (gm.date().isEmpty() || gm.dateOptional()) {
            return true;
        }
        if (p.timeValue().isEmpty()) {
            return false;
        }
        TimeValue gold;
        try {
            gold = TimeValue.parse(gm.date().get());
        } catch (WartaException e) {
            throw new WartaException("gold meeting " + gm.id() + ": " + e.getMessage(), e);
        }
        return p.timeValue().get().within(gold);
    }

    /**
     * Whether the meeting may be the negative one by its time: always when either has no time; else when their
     * times overlap ("Jokowi ke India, Januari 2018" is a negative, his visit of December 2016 is not).
     */
    private static boolean mayFallIn(MeetingReport p, GoldArticle.NegativeMeeting n, String article) {
        if (n.date().isEmpty() || p.timeValue().isEmpty()) {
            return true;
        }
        TimeValue negative;
        try {
            negative = TimeValue.parse(n.date().get());
        } catch (WartaException e) {
            throw new WartaException("gold of " + article + ", negative meeting " + n.participants() + ": "
                    + e.getMessage(), e);
        }
        TimeValue found = p.timeValue().get();
        return !found.coverEnd().isBefore(negative.coverStart()) && !found.coverStart().isAfter(negative.coverEnd());
    }

    // ------------------------------------------------------------------ statements

    private void statements(ArticleAnalysis a, GoldArticle g, Map<String, Counts> counts, List<String> details) {
        List<Statement> predicted = a.statements();
        Map<Integer, GoldArticle.GoldStatement> matchOf = new LinkedHashMap<>();
        Map<GoldArticle.GoldStatement, Integer> goldMatch = new LinkedHashMap<>();
        List<GoldArticle.GoldStatement> ordered = new ArrayList<>(g.statements());
        ordered.sort((x, y) -> Boolean.compare(x.optional(), y.optional()));
        for (GoldArticle.GoldStatement gs : ordered) {
            for (int i = 0; i < predicted.size(); i++) {
                if (matchOf.containsKey(i)) {
                    continue;
                }
                Statement p = predicted.get(i);
                if (NameKey.quote(p.quote()).contains(NameKey.quote(gs.quote()))
                        && gs.speakers().stream().anyMatch(sp -> named(p.speaker(), sp, g))) {
                    matchOf.put(i, gs);
                    goldMatch.put(gs, i);
                    break;
                }
            }
        }
        Counts all = Counts.ZERO;
        Map<String, Counts> byKind = new LinkedHashMap<>();
        for (String k : List.of("direct", "mixed", "indirect")) {
            byKind.put(k, Counts.ZERO);
        }
        for (GoldArticle.GoldStatement gs : g.statements()) {
            if (gs.optional()) {
                continue;
            }
            Integer i = goldMatch.get(gs);
            if (i == null) {
                all = all.plus(new Counts(0, 0, 1));
                byKind.merge(gs.kind(), new Counts(0, 0, 1), Counts::plus);
                details.add("statement missed: [" + gs.kind() + "] " + String.join("|", gs.speakers()) + ": "
                        + gs.quote());
                continue;
            }
            all = all.plus(new Counts(1, 0, 0));
            String pk = predicted.get(i).kind().label();
            if (pk.equals(gs.kind())) {
                byKind.merge(gs.kind(), new Counts(1, 0, 0), Counts::plus);
            } else {
                byKind.merge(gs.kind(), new Counts(0, 0, 1), Counts::plus);
                byKind.merge(pk, new Counts(0, 1, 0), Counts::plus);
                details.add("statement kind differs: gold " + gs.kind() + ", got " + pk + ": " + gs.quote());
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            GoldArticle.GoldStatement gs = matchOf.get(i);
            if (gs != null) {
                continue;
            }
            Statement p = predicted.get(i);
            all = all.plus(new Counts(0, 1, 0));
            byKind.merge(p.kind().label(), new Counts(0, 1, 0), Counts::plus);
            details.add("statement spurious: [" + p.kind().label() + "] " + p.speaker().name() + ": "
                    + clip(p.quote()));
        }
        counts.put("statements", all);
        byKind.forEach(counts::put);
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    // ------------------------------------------------------------------ negatives

    private List<String> negatives(ArticleAnalysis a, GoldArticle g) {
        List<String> out = new ArrayList<>();
        for (GoldArticle.NegativeMeeting n : g.negativeMeetings()) {
            for (MeetingReport p : a.meetings()) {
                boolean all = n.participants().stream()
                        .allMatch(name -> p.participants().stream().anyMatch(e -> matches(e, name)));
                boolean place = n.place().isEmpty() || p.place().map(pl -> matches(pl, n.place().get())).orElse(false);
                if (all && place && mayFallIn(p, n, g.article())) {
                    out.add("meeting " + n.participants() + n.place().map(pl -> " at " + pl).orElse("") + " ("
                            + n.why() + ")");
                }
            }
        }
        for (String name : g.negativePersons()) {
            if (a.mentions().stream().anyMatch(m -> m.entity().type() == EntityType.PERSON && matches(m.entity(), name))) {
                out.add("person " + name);
            }
        }
        for (String q : g.negativeStatements()) {
            if (a.statements().stream().anyMatch(s -> NameKey.quote(s.quote()).contains(NameKey.quote(q)))) {
                out.add("statement «" + q + "»");
            }
        }
        return out;
    }
}
