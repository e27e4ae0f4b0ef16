package org.warta.spark;

import org.warta.corpus.SummaryCodec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one input gave, kept (on disk) between the extraction and the outputs: the article's N-Quads, its rows of
 * each table, its meeting reports for the merge, and its problems. A failed input has only problems.
 *
 * @param nquads     the article's named graph, plus its prov:generated link in the builds graph, as a gzip member
 * @param quads      the number of quads in the article's graph
 * @param summaries  {@link SummaryCodec} bytes of its meeting reports
 * @param meetings   rows of the meeting table, the first column holding the report until the merge
 * @param named      {@link SummaryCodec} bytes of the entities the article names, for the entities graph
 */
record ArticleOutput(String articleId, byte[] nquads, long quads, ArrayList<String[]> entities,
                     ArrayList<String[]> meetings, ArrayList<String[]> statements, ArrayList<byte[]> summaries,
                     ArrayList<byte[]> named, ArrayList<Issue> issues) implements Serializable {

    static ArticleOutput failed(List<Issue> issues) {
        return new ArticleOutput(null, new byte[0], 0, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(issues));
    }

    boolean written() {
        return articleId != null;
    }
}
