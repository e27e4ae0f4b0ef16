package org.warta.extract.entity;

import java.util.List;
import org.warta.model.Affiliation;
import org.warta.model.EntityMention;

/**
 * What recognition found in an article, before persons are resolved: mentions of states, organizations and
 * places; person references; roles written without a name; affiliations proposed (first one wins); and lone
 * capitalized words that may be misspelled state names.
 */
record Recognition(List<EntityMention> mentions, List<PersonRef> persons, List<RoleDescription> roleDescriptions,
                   List<Affiliation> affiliations, List<LooseName> looseNames) {
    Recognition {
        mentions = List.copyOf(mentions);
        persons = List.copyOf(persons);
        roleDescriptions = List.copyOf(roleDescriptions);
        affiliations = List.copyOf(affiliations);
        looseNames = List.copyOf(looseNames);
    }

    /** A lone capitalized word no rule took: tokens [from, to) of a sentence. */
    record LooseName(int sentence, int from, int to) {
    }
}
