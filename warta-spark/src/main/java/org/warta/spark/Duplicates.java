package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import scala.Tuple2;

/**
 * Articles that share an id, decided as {@code warta build} decides them: the first in reading order is built;
 * a later one with the same text is a warning, with another text an error, and neither is built. A cheap first
 * pass over the inputs (reading and hashing, no extraction) finds them, so the job needs no shuffle of the texts.
 */
final class Duplicates {
    /** The first article read with an id, and how many share it. */
    record FirstSeen(long count, String orderKey, String sha256, String origin) implements Serializable {
        FirstSeen plus(FirstSeen o) {
            FirstSeen first = orderKey.compareTo(o.orderKey) <= 0 ? this : o;
            return new FirstSeen(count + o.count, first.orderKey, first.sha256, first.origin);
        }
    }

    /** The ids read more than once, with the first reading of each. */
    static HashMap<String, FirstSeen> find(JavaRDD<Source> sources, PipelineSpec spec, Sources.HadoopSettings hadoop) {
        return new HashMap<>(sources.mapPartitionsToPair((Iterator<Source> it) -> {
            ExecutorPipeline p = ExecutorPipeline.of(spec);
            Configuration conf = hadoop.configuration();
            List<Tuple2<String, FirstSeen>> out = new ArrayList<>();
            while (it.hasNext()) {
                Source s = it.next();
                if (Sources.read(s, p.reader, conf) instanceof ReadItem.Loaded l) {
                    Article a = l.article();
                    out.add(new Tuple2<>(a.id().value(), new FirstSeen(1, s.orderKey(), a.textSha256(), a.origin())));
                }
            }
            return out.iterator();
        }).reduceByKey(FirstSeen::plus).filter(t -> t._2().count() > 1).collectAsMap());
    }

    /** Null when the article is to be built, else the problem that skips it (the core's wording). */
    static Problem check(Article a, Source source, Map<String, FirstSeen> duplicates) {
        FirstSeen first = duplicates.get(a.id().value());
        if (first == null || first.orderKey().equals(source.orderKey())) {
            return null;
        }
        String key = a.id().value();
        if (first.sha256().equals(a.textSha256())) {
            return Problem.warning(a.origin(),
                    "duplicate of article '" + key + "' already read from " + first.origin() + " (same text, skipped)");
        }
        return Problem.error(a.origin(),
                "duplicate article id '" + key + "' with a different text than " + first.origin() + " (skipped)");
    }

    private Duplicates() {
    }
}
