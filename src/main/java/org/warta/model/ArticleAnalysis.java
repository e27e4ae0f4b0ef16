package org.warta.model;

import java.util.List;

/** Everything extracted from one article. All spans refer to {@code article.text()}. */
public record ArticleAnalysis(
        Article article,
        List<RemovedText> removed,
        List<Sentence> sentences,
        List<EntityMention> mentions,
        List<UnresolvedMention> unresolved,
        List<RoleAssertion> roles,
        List<TimeMention> times,
        List<MeetingReport> meetings,
        List<Statement> statements,
        List<Affiliation> affiliations) {

    public ArticleAnalysis {
        removed = List.copyOf(removed);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        unresolved = List.copyOf(unresolved);
        roles = List.copyOf(roles);
        times = List.copyOf(times);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        affiliations = List.copyOf(affiliations);
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }
}
