package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.model.EntityMention;
import org.warta.model.UnresolvedMention;
import org.warta.text.ArticleText;

/**
 * Recognizes persons, states, organizations and places and resolves every mention inside the article, in stages:
 * {@link NameScanner} (gazetteer names, title chains, appositions, organization heads, honorifics, names after
 * reporting and meeting verbs, bylines), {@link PersonResolver} (full names, then short forms by name part, title
 * and recency), {@link RoleDescriptions} ("presiden Rusia" to its holder), {@link MisspelledStates},
 * {@link MetonymPersons} (a seat of government named like a person introduced before is that person) and
 * {@link MentionDeduper}. What the article says of affiliations and roles along the way is in
 * {@link KnownPersons}.
 *
 * <p>Stateless and thread-safe; the lexicons and gazetteer are shared.
 */
public final class EntityExtractor {
    private final NameScanner scanner;
    private final PersonResolver persons;
    private final RoleDescriptions roleDescriptions;
    private final MisspelledStates misspellings;
    private final MetonymPersons metonymPersons = new MetonymPersons();
    private final MentionDeduper deduper = new MentionDeduper();
    private final CutNames cutNames;
    private final InitialsAtSentenceEnd initials;

    public EntityExtractor(Gazetteer gazetteer, EntityLexicon lexicon) {
        WordClasses<EntityWord> words = WordClasses.load(EntityExtractor.class, "entity-words.tsv", EntityWord.class);
        RoleHolders holders = new RoleHolders(gazetteer);
        this.scanner = new NameScanner(gazetteer, lexicon, words);
        this.persons = new PersonResolver(gazetteer, lexicon, holders, words);
        this.roleDescriptions = new RoleDescriptions(holders, words);
        this.misspellings = new MisspelledStates(gazetteer);
        this.initials = new InitialsAtSentenceEnd(lexicon);
        this.cutNames = new CutNames(gazetteer);
    }

    public ArticleEntities extract(ArticleText text) {
        Recognition found = scanner.scan(text);
        KnownPersons known = new KnownPersons(found.affiliations());
        List<EntityMention> mentions = new ArrayList<>(found.mentions());
        List<UnresolvedMention> unresolved = new ArrayList<>();
        PersonResolver.Resolved people = persons.resolve(text,
                initials.mend(text, cutNames.mend(text, found.persons())), known);
        mentions.addAll(people.mentions());
        unresolved.addAll(people.unresolved());
        RoleDescriptions.Resolved described = roleDescriptions.resolve(text, found.roleDescriptions(), mentions, known);
        mentions.addAll(described.mentions());
        unresolved.addAll(described.unresolved());
        List<EntityMention> all = metonymPersons.resolve(misspellings.resolve(text, found.looseNames(), mentions));
        return new ArticleEntities(deduper.dedupe(all), unresolved, people.roles(), known.affiliations());
    }
}
