package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warta.TestSupport;
import org.warta.Version;
import org.warta.corpus.BuildListener;
import org.warta.corpus.BuildOptions;
import org.warta.corpus.BuildReport;
import org.warta.corpus.CorpusBuilder;
import org.warta.corpus.MeetingLinker;
import org.warta.extract.Pipelines;
import org.warta.ingest.ArticleReader;
import org.warta.store.WartaStore;

/**
 * The meetings view a page at a time, in a real browser, over the seeds and the development set (more meetings
 * than one page holds): the newest first, 50 to a page, the count of all shown, and "Older" and "Newer" walking
 * through them without losing or repeating one.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebPagePagingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path temp;

    private static WartaStore store;
    private static WartaServer server;
    private static HeadlessChromium chromium;
    private static int meetings;

    @BeforeAll
    static void start() throws Exception {
        Path binary = Path.of(System.getProperty("warta.chromium", HeadlessChromium.DEFAULT_BINARY.toString()));
        chromium = HeadlessChromium.launch(binary, temp.resolve("chromium-profile"));
        store = WartaStore.open(temp.resolve("store"));
        CorpusBuilder builder = new CorpusBuilder(Pipelines.standard(Optional.empty()), new ArticleReader(),
                new MeetingLinker(), Version.current());
        BuildReport report = builder.build(store, List.of(TestSupport.SEEDS, TestSupport.DEVSET),
                BuildOptions.defaults(), BuildListener.NONE);
        assertEquals(0, report.failed());
        meetings = report.meetings();
        assertTrue(meetings > 50 && meetings <= 150, "more meetings than one page: " + meetings);
        server = WartaServer.start(store, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void olderAndNewerWalkThroughEveryMeetingNewestFirst() throws Exception {
        try (HeadlessChromium.Page page = chromium.open(1440, 1180)) {
            page.navigate(server.baseUrl() + "/");
            page.waitUntil("document.querySelectorAll('#meetings tbody tr[data-meeting]').length > 0", WAIT,
                    "the first page");
            assertTrue(page.evaluate("document.getElementById('page-info').textContent").asText()
                    .startsWith("1–50 of " + meetings), "the count of all meetings is shown");
            List<String> seen = new ArrayList<>();
            List<String> firstPage = ids(page);
            assertEquals(50, firstPage.size());
            seen.addAll(firstPage);
            int pages = 1;
            while (!page.evaluate("document.getElementById('page-older').disabled").asBoolean()) {
                String before = String.join(",", ids(page));
                page.evaluate("document.getElementById('page-older').click()");
                page.waitUntil("[...document.querySelectorAll('#meetings tbody tr[data-meeting]')]"
                        + ".map(r => r.dataset.meeting).join(',') !== " + quote(before), WAIT, "the next page");
                seen.addAll(ids(page));
                pages++;
            }
            assertEquals(meetings, seen.size(), "every meeting on some page");
            assertEquals(meetings, seen.stream().distinct().count(), "no meeting on two pages");
            assertEquals((meetings + 49) / 50, pages);
            page.evaluate("document.getElementById('page-newer').click()");
            page.waitUntil("document.getElementById('page-info').textContent.startsWith('51–100')", WAIT,
                    "back one page");
            assertTrue(page.evaluate("document.getElementById('error').hidden").asBoolean(), "no query error");
        }
    }

    private static List<String> ids(HeadlessChromium.Page page) {
        JsonNode rows = page.evaluate("[...document.querySelectorAll('#meetings tbody tr[data-meeting]')]"
                + ".map(r => r.dataset.meeting)");
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.asText()));
        return out;
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
