package org.warta.extract.time;

import java.util.List;
import org.warta.model.TimeMention;

/** The times of an article: per sentence what was found, and every expression resolved, in text order. */
public record ArticleTimes(List<SentenceTimes> sentences, List<TimeMention> mentions) {
    public ArticleTimes {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public SentenceTimes sentence(int index) {
        return sentences.get(index);
    }
}
