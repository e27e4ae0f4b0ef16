package org.warta.extract.entity;

import java.util.List;
import java.util.Optional;
import org.warta.extract.PhraseTable;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Keys;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * Organizations built from a head and a state: "Kementerian Luar Negeri China" is the Ministry of Foreign Affairs
 * of the People's Republic of China (the gazetteer's, when it knows the label). Without a state written, the state
 * of the person named right after ("juru bicara Kementerian Luar Negeri Wang Wenbin"). Stateless.
 */
final class OrganizationNames {
    /** The organization found and the token after its name. */
    record Found(int to, EntityRef organization) {
    }

    /** Where a head's label takes the region's name, not a state's: "{region} Provincial Government". */
    private static final String REGION = "{region}";
    /** A region the gazetteer does not know is named by at most this many capitalized words. */
    private static final int REGION_WORDS = 2;

    private final Gazetteer gazetteer;

    OrganizationNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Found read(ArticleText text, int s, List<Token> tokens, PhraseTable.Hit<EntityLexicon.OrgHead> head,
               FindingsSink sink) {
        if (head.value().labelTemplate().contains(REGION)) {
            return regional(text, s, tokens, head, sink);
        }
        int k = head.to();
        Optional<EntityRef> state = Optional.empty();
        Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k);
        Optional<GazetteerEntry> written = g.flatMap(this::stateOf);
        if (written.isPresent()) {
            state = Optional.of(written.get().ref());
            sink.claim(g.get().from(), g.get().to());
            k = g.get().to();
        } else {
            Optional<Gazetteer.Match> p = k < tokens.size() ? gazetteer.longestAt(tokens, k) : Optional.empty();
            state = p.flatMap(m -> m.entries().stream().filter(e -> e.type() == EntityType.PERSON).findFirst())
                    .flatMap(GazetteerEntry::country).flatMap(gazetteer::get).map(GazetteerEntry::ref);
        }
        EntityRef org = organization(head.value().labelTemplate(), state);
        Span span = new Span(tokens.get(head.from()).start(), tokens.get(k - 1).end());
        // a state written inside the name is also a mention of that state
        int end = k;
        g.filter(m -> m.to() <= end && m.from() >= head.to()).ifPresent(m -> m.entries().stream()
                .filter(e -> e.type() == EntityType.STATE).findFirst().ifPresent(e -> sink.mention(
                        GazetteerMentions.mention(text, s, tokens, m.from(), m.to(), e.ref(), "gazetteer"))));
        sink.mention(new EntityMention(span, text.of(span), org, "organization-pattern", s));
        state.ifPresent(st -> sink.affiliation(org, st));
        sink.claim(head.from(), k);
        return new Found(k, org);
    }

    /**
     * "Pemerintah Provinsi Kalimantan Tengah", "Pemkab Sukamaju": the government of the region named after the head,
     * by the place's English label where the gazetteer knows it ("Central Kalimantan Provincial Government"), else
     * by the capitalized words written (at most {@value #REGION_WORDS}).
     */
    private Found regional(ArticleText text, int s, List<Token> tokens, PhraseTable.Hit<EntityLexicon.OrgHead> head,
                           FindingsSink sink) {
        int k = head.to();
        Optional<Gazetteer.Match> place = k < tokens.size() ? gazetteer.longestAt(tokens, k) : Optional.empty();
        Optional<GazetteerEntry> known = place.flatMap(m -> m.entries().stream()
                .filter(e -> e.type() == EntityType.PLACE).findFirst());
        String region;
        int end;
        if (known.isPresent()) {
            region = known.get().label();
            end = place.get().to();
        } else {
            end = k;
            while (end < tokens.size() && end < k + REGION_WORDS && tokens.get(end).isWord()
                    && tokens.get(end).isCapitalized() && gazetteer.longestAt(tokens, end).isEmpty()) {
                end++;
            }
            region = end > k ? text.of(new Span(tokens.get(k).start(), tokens.get(end - 1).end())) : "";
        }
        String label = head.value().labelTemplate().replace(REGION, region).strip(); // "pihak Pemprov": no region
        EntityRef org = labelled(label);
        Span span = new Span(tokens.get(head.from()).start(), tokens.get(end - 1).end());
        sink.mention(new EntityMention(span, text.of(span), org, "organization-pattern", s));
        sink.claim(head.from(), end);
        return new Found(end, org);
    }

    /** The state a match names: a state, or the country of a seat of government. */
    private Optional<GazetteerEntry> stateOf(Gazetteer.Match g) {
        return g.entries().stream().filter(e -> e.type() == EntityType.STATE).findFirst()
                .or(() -> g.entries().stream().filter(e -> e.has("seat"))
                        .flatMap(e -> e.country().flatMap(gazetteer::get).stream()).findFirst());
    }

    private EntityRef organization(String template, Optional<EntityRef> state) {
        String label = state.map(st -> template.replace("{state}", st.name()))
                .orElse(template.replace(" of {state}", "").replace("{state}", "").strip());
        return labelled(label);
    }

    /** The organization of this label: the gazetteer's entry, or one keyed by the label when it has none. */
    private EntityRef labelled(String label) {
        return gazetteer.byLabel(EntityType.ORGANIZATION, label).map(GazetteerEntry::ref)
                .orElse(new EntityRef(Keys.organization(label), EntityType.ORGANIZATION, label, Optional.empty()));
    }
}
