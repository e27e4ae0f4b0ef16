package org.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.TestSupport;
import org.warta.corpus.ReportSummaries;
import org.warta.extract.Pipeline;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.link.MeetingMerger;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.Article;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.QuadBuffer;

class SeedCopiesTest {
    @TempDir
    Path tmp;

    @Test
    void copiesShiftThePublicationDateAndKeepTheText() {
        SeedCopies copies = new SeedCopies(TestSupport.seeds());
        Article first = copies.copy(0);
        Article sixth = copies.copy(5);
        assertEquals(first.text(), sixth.text());
        assertEquals(first.metadata().published().orElseThrow().plusDays(1), sixth.metadata().published().orElseThrow());
        assertTrue(sixth.id().value().endsWith("-c5"), sixth.id().value());
    }

    @Test
    void theCopiesReadBackAsTheyWereMade() {
        SeedCopies copies = new SeedCopies(TestSupport.seeds());
        Path file = tmp.resolve("copies.jsonl");
        copies.writeJsonl(file, 12);
        List<ReadItem> items = new ArticleReader().readAll(List.of(file));
        assertEquals(12, items.size());
        Article read = ((ReadItem.Loaded) items.get(7)).article();
        assertEquals(copies.copy(7).text(), read.text());
        assertEquals(copies.copy(7).metadata().published(), read.metadata().published());
    }

    /** A meeting retold hundreds of times: its corpus graph grows with its reports, never with their pairs. */
    @Test
    void aMeetingReportedHundredsOfTimesCostsQuadsInProportionToItsReports() {
        SeedCopies copies = new SeedCopies(TestSupport.seeds());
        Pipeline pipeline = TestSupport.pipeline();
        List<ReportSummary> reports = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            reports.addAll(ReportSummaries.of(pipeline.analyze(copies.copy(i))));
        }
        List<MergedMeeting> merged = new MeetingMerger().merge(reports);
        MergedMeeting biggest = merged.stream().max(Comparator.comparingInt(m -> m.reports().size())).orElseThrow();
        assertTrue(biggest.reports().size() >= 120, "one meeting is retold by every copy: " + biggest.reports().size());
        QuadBuffer quads = new QuadBuffer();
        merged.forEach(m -> CorpusGraphMapper.addMeeting(m, quads));
        // per report: hasReport, and at most one claimedBy per kind of disagreement; per meeting a few dozen more
        assertTrue(quads.size() <= 3L * reports.size() + 40L * merged.size(),
                quads.size() + " quads for " + reports.size() + " reports in " + merged.size() + " meetings");
        for (MergedMeeting m : merged) {
            assertTrue(m.disagreements().size() <= 2, m.id() + ": " + m.disagreements().size());
            for (MergedMeeting.Disagreement d : m.disagreements()) {
                Set<String> values = new HashSet<>();
                d.claims().forEach(c -> assertTrue(values.add(c.value()), "one claim per value: " + c.value()));
                assertEquals(m.reports().size(), d.claims().stream().mapToInt(c -> c.reports().size()).sum()
                        + (int) m.reports().stream().filter(r -> d.kind().equals("date") ? r.time().isEmpty()
                        : r.place().isEmpty()).count(), "every report with a value is in exactly one claim");
            }
        }
    }
}
