package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.SentenceContext;
import org.warta.extract.time.SentenceTimes;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Statement;
import org.warta.model.StatementKind;
import org.warta.text.Token;

/**
 * One trigger in its sentence: the sentence, its clauses, the trigger's clause, the trigger, the sentence's
 * actors that can take part (summit names only for attendance), the sentence's times, and the statement whose
 * quoted or reported words hold the trigger.
 */
record TriggerSite(SentenceContext sentence, List<Clauses.Clause> clauses, Clauses.Clause clause,
                   PhraseTable.Hit<MeetingLexicon.Trigger> hit, List<Actor> actors, SentenceTimes times,
                   Optional<Statement> saidIn, List<Statement> told) {
    TriggerSite {
        told = List.copyOf(told);
    }

    /**
     * The person whose doings the speaker reports in the sentence ({@code index}): the first person of the speaker's
     * reported words there ("Juru bicara X mengatakan, Menlu Y akan …" gives Y for X); empty when none is.
     */
    Optional<EntityRef> reportedSubject(int index, EntityRef speaker) {
        for (Statement st : told) {
            if (st.sentenceIndex() != index || st.kind() != StatementKind.INDIRECT || !st.speaker().equals(speaker)) {
                continue;
            }
            Optional<EntityRef> first = sentence.entities().mentions().stream()
                    .filter(m -> m.sentenceIndex() == index && st.quoteSpan().contains(m.span())
                            && m.entity().type() == EntityType.PERSON)
                    .findFirst().map(EntityMention::entity);
            if (first.isPresent() && !first.get().equals(st.speaker())) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** The first comma after the trigger, which closes its phrase; the sentence's end when there is none. */
    int commaAfterHit() {
        int comma = hit.to();
        while (comma < tokens().size() && !token(comma).text().equals(",")) {
            comma++;
        }
        return comma;
    }

    /** The statement in quotation marks whose words hold the trigger: its speaker is who "saya" is. */
    Optional<Statement> quotedIn() {
        return saidIn.filter(st -> st.kind() != StatementKind.INDIRECT);
    }

    /** The same trigger read in another clause of its sentence: where a list or a group it points to stands. */
    TriggerSite inClause(Clauses.Clause other) {
        return new TriggerSite(sentence, clauses, other, hit, actors, times, saidIn, told);
    }

    MeetingLexicon.Trigger trigger() {
        return hit.value();
    }

    /** Whether every token in [from, to) is a capitalized word (title words before a name); true when empty. */
    boolean capitalizedOnly(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!token(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the trigger is a noun: of the noun pattern, or flagged so in {@code triggers.tsv} (a visit told by a
     * noun, "kunjungan", "safari", rather than by a verb, "mengunjungi", "tiba").
     */
    boolean noun() {
        return hit.value().noun();
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    Token token(int i) {
        return sentence.token(i);
    }

    int clauseStart() {
        return sentence.token(clause.from()).start();
    }

    int clauseEnd() {
        return sentence.token(clause.to() - 1).end();
    }
}
