package org.warta.spark;

import java.io.Serializable;

/** Counts over the extraction's outputs, summed on the cluster. */
record Totals(long articles, long warnings, long quads, long reports, long entityRows,
              long meetingRows, long statementRows) implements Serializable {
    static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0);

    static Totals of(ArticleOutput o) {
        long errors = o.issues().stream().filter(Issue::error).count();
        return new Totals(o.written() ? 1 : 0, o.issues().size() - errors, o.quads(), o.summaries().size(), o.entities().size(),
                o.meetings().size(), o.statements().size());
    }

    Totals plus(Totals o) {
        return new Totals(articles + o.articles, warnings + o.warnings, quads + o.quads,
                reports + o.reports, entityRows + o.entityRows, meetingRows + o.meetingRows,
                statementRows + o.statementRows);
    }
}
