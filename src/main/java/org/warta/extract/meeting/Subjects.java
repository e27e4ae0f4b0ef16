package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.extract.entity.ArticleEntities;
import org.warta.text.Token;

/**
 * The subject of a trigger: the group right before it, the subject of the sentence's previous meeting
 * (coordinated purposes), a pronoun's antecedent, the sentence's first person, or — after a fronted phrase
 * ("Dalam konferensi pers dengan Lavrov, Wang Yi …") — the first person after the comma. Stateless.
 */
final class Subjects {
    private static final int PRONOUN_REACH = 4;
    /** A trigger this close to the start of the sentence may sit in a fronted phrase. */
    private static final int FRONTED_REACH = 3;

    private final MeetingLexicon lexicon;

    Subjects(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Actor> of(TriggerSite site, List<Actor> before, SentenceState state) {
        if (!before.isEmpty()) {
            return before;
        }
        int trigger = site.hit().from();
        if (!state.lastSubject().isEmpty() && state.lastSubject().get(0).to() <= trigger) {
            return state.lastSubject(); // coordinated purposes share their subject
        }
        for (int i = Math.max(site.clause().from(), trigger - PRONOUN_REACH); i < trigger; i++) {
            if (lexicon.is(site.token(i), MeetingWord.PRONOUN)) {
                return antecedent(site, site.token(i));
            }
        }
        // the sentence's subject: its first person, or a pronoun that comes before any person
        Optional<Actor> person = site.actors().stream()
                .filter(a -> a.to() <= trigger && a.person() && !state.isObject(a)).findFirst();
        int firstPerson = person.map(Actor::from).orElse(trigger);
        for (int i = 0; i < firstPerson; i++) {
            if (lexicon.is(site.token(i), MeetingWord.SINGULAR_PRONOUN)) {
                return antecedent(site, site.token(i));
            }
        }
        if (person.isPresent()) {
            return List.of(person.get());
        }
        if (site.clause().from() == 0 && trigger <= FRONTED_REACH) {
            int comma = site.hit().to();
            while (comma < site.tokens().size() && !site.token(comma).text().equals(",")) {
                comma++;
            }
            int after = comma;
            return site.actors().stream().filter(a -> a.from() > after && a.person()).limit(1).toList();
        }
        return List.of();
    }

    /** The pronoun's referent, as its latest mention before the pronoun. */
    private static List<Actor> antecedent(TriggerSite site, Token pronoun) {
        ArticleEntities entities = site.sentence().entities();
        int at = pronoun.start();
        return entities.pronounAntecedent(at)
                .flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                .map(m -> List.of(Actor.outside(m))).orElse(List.of());
    }
}
