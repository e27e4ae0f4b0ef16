package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.warta.model.Affiliation;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;

/**
 * Where the recognition stages put what they find, in the order they find it (as Jena's parsers emit to a
 * StreamRDF). Lives for one article; the stages only write to it. Tokens a finding covers are claimed for the
 * current sentence, so that a byline is not read over a name already taken.
 */
final class FindingsSink {
    /** Affiliations found by recognition; the source recorded in the graph. */
    static final String AFFILIATION_SOURCE = "gazetteer-or-role";

    private final List<EntityMention> mentions = new ArrayList<>();
    private final List<PersonRef> persons = new ArrayList<>();
    private final List<RoleDescription> roleDescriptions = new ArrayList<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<Recognition.LooseName> looseNames = new ArrayList<>();
    private final BitSet claimed = new BitSet();

    void mention(EntityMention m) {
        mentions.add(m);
    }

    void person(PersonRef r) {
        persons.add(r);
        claim(r.from(), r.to());
    }

    /** Whether a person of this full name (two words or more, found with a cue) was found before in the article. */
    boolean namedBefore(String name) {
        return persons.stream().anyMatch(p -> !p.single() && p.cue() != NameCue.BARE && p.name().equals(name));
    }

    void roleDescription(RoleDescription d) {
        roleDescriptions.add(d);
    }

    void affiliation(EntityRef entity, EntityRef state) {
        affiliations.add(new Affiliation(entity, state, AFFILIATION_SOURCE));
    }

    void looseName(int sentence, int from, int to) {
        looseNames.add(new Recognition.LooseName(sentence, from, to));
    }

    /** Claims tokens [from, to) of the current sentence. */
    void claim(int from, int to) {
        if (to > from) {
            claimed.set(from, to);
        }
    }

    boolean claimed(int token) {
        return claimed.get(token);
    }

    /** Starts a new sentence: no token of it is claimed yet. */
    void nextSentence() {
        claimed.clear();
    }

    Recognition result() {
        return new Recognition(mentions, persons, roleDescriptions, affiliations, looseNames);
    }
}
