package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
 * The web page in a real browser: the seeds are built into a store, served on a free port, and Debian's chromium
 * (headless) opens the page, sees the meetings, clicks one and sees its sources with the evidence highlighted,
 * searches what Lavrov said about sanctions, and runs a shipped query in the SPARQL editor. Screenshots go to
 * target/screenshots/. Chromium is required: without it the test fails and says how to install it.
 *
 * <p>The README's screenshots (docs/screenshot-meetings.png, docs/screenshot-meeting-sources.png) are these
 * screenshots; {@code -Dwarta.update.docs=true} copies them there, to be reviewed in the diff.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class WebPageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 1180;

    @TempDir
    static Path temp;

    private static WartaStore store;
    private static WartaServer server;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        // first, so that a missing browser fails fast with the install hint
        Path binary = Path.of(System.getProperty("warta.chromium", HeadlessChromium.DEFAULT_BINARY.toString()));
        chromium = HeadlessChromium.launch(binary, temp.resolve("chromium-profile"));
        store = WartaStore.open(temp.resolve("store"));
        CorpusBuilder builder = new CorpusBuilder(Pipelines.standard(Optional.empty()), new ArticleReader(),
                new MeetingLinker(), Version.current());
        BuildReport report = builder.build(store, List.of(Path.of("seeds")), BuildOptions.defaults(),
                new BuildListener() {
                });
        assertEquals(0, report.failed(), "every seed article builds");
        server = WartaServer.start(store, ServerConfig.defaults().withPort(0));
        Files.createDirectories(SCREENSHOTS);
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
    void meetingsViewShowsTableNetworkTimelineAndTheSourcesOfAClickedMeeting() throws Exception {
        try (HeadlessChromium.Page page = chromium.open(WIDTH, HEIGHT)) {
            page.navigate(server.baseUrl() + "/");
            page.waitUntil("document.querySelectorAll('#meetings tbody tr[data-meeting]').length > 0", WAIT,
                    "the meetings table to fill");

            int rows = page.evaluate("document.querySelectorAll('#meetings tbody tr[data-meeting]').length").asInt();
            assertTrue(rows >= 10, "the seeds have about 15 merged meetings, the table shows " + rows);
            assertTrue(page.evaluate("[...document.querySelectorAll('#meetings tbody tr')].some(r =>"
                    + " r.textContent.includes('Xi Jinping') && r.textContent.includes('Vladimir Putin'))").asBoolean(),
                    "a meeting of Xi Jinping and Vladimir Putin is in the table");
            page.waitUntil("window.cytoscape && document.querySelector('#network canvas')", WAIT, "the network");
            int timelineItems = page.evaluate("document.querySelectorAll('#timeline .tl-item').length").asInt();
            assertTrue(timelineItems >= 10, "the timeline shows the dated meetings, got " + timelineItems);
            Files.write(SCREENSHOTS.resolve("meetings-overview.png"), page.screenshot());

            // the filter keeps the rows that mention every word, and fades the other meetings in the timeline
            JsonNode filtered = page.evaluate("""
                    (() => {
                      const input = document.getElementById('meeting-filter');
                      input.value = 'lavrov';
                      input.dispatchEvent(new Event('input'));
                      const rows = [...document.querySelectorAll('#meetings tbody tr[data-meeting]')];
                      const result = { rows: rows.length, all: rows.every(r => r.textContent.includes('Lavrov')),
                        faded: document.querySelectorAll('#timeline .tl-item.faded').length };
                      input.value = '';
                      input.dispatchEvent(new Event('input'));
                      return result;
                    })()""");
            int kept = filtered.get("rows").asInt();
            assertTrue(kept >= 1 && kept < rows, "the filter keeps some rows: " + filtered);
            assertTrue(filtered.get("all").asBoolean(), "every filtered row names Lavrov: " + filtered);
            assertEquals(timelineItems - kept, filtered.get("faded").asInt(),
                    "the timeline fades the meetings the filter hides");

            // the Xi–Putin meeting with the most sources
            int sources = page.evaluate("""
                    (() => {
                      const rows = [...document.querySelectorAll('#meetings tbody tr[data-meeting]')]
                        .filter(r => r.textContent.includes('Xi Jinping') && r.textContent.includes('Vladimir Putin'))
                        .sort((a, b) => b.dataset.sources - a.dataset.sources);
                      rows[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
                      return Number(rows[0].dataset.sources);
                    })()""").asInt();
            assertTrue(sources >= 2, "the most reported Xi–Putin meeting has several sources, got " + sources);
            page.waitUntil("document.querySelectorAll('#sources article.source').length === " + sources
                    + " && document.querySelector('#sources mark.evidence')", WAIT, "the meeting's sources");

            JsonNode cards = page.evaluate("""
                    [...document.querySelectorAll('#sources article.source')].map(s => ({
                      sentence: s.querySelector('.sentence').textContent,
                      evidence: s.querySelector('mark.evidence').textContent,
                      article: s.querySelector('.article-id').textContent
                    }))""");
            assertEquals(sources, cards.size());
            for (JsonNode card : cards) {
                String evidence = card.get("evidence").asText();
                String sentence = card.get("sentence").asText();
                assertTrue(evidence.length() > 10, "a highlighted evidence span in " + card);
                assertTrue(sentence.contains(evidence), "the evidence is part of its sentence: " + card);
                assertTrue(card.get("article").asText().matches("\\d{3}_[0-9a-f]{16}"), "the article id: " + card);
            }
            assertTrue(cards.findValuesAsText("evidence").stream().anyMatch(e -> e.contains("Putin")),
                    "an evidence span names Putin: " + cards);
            assertTrue(page.evaluate("Boolean(document.querySelector("
                    + "'#sources a[href=\"https://www.wikidata.org/wiki/Q7747\"]'))").asBoolean(),
                    "Vladimir Putin links to his Wikidata page");
            String panel = page.evaluate("document.getElementById('sources').textContent").asText();
            for (String junk : List.of("null", "undefined", "[object", "NaN", "https://")) {
                assertTrue(!panel.contains(junk), "the sources panel shows no stray \"" + junk + "\": " + panel);
            }
            assertTrue(page.evaluate("document.querySelector('#meetings tr.selected') !== null").asBoolean(),
                    "the clicked row is marked");
            Files.write(SCREENSHOTS.resolve("meetings.png"), page.screenshot());

            assertPageClean(page);
        }
        if (Boolean.getBoolean("warta.update.docs")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(SCREENSHOTS.resolve("meetings-overview.png"), Path.of("docs", "screenshot-meetings.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(SCREENSHOTS.resolve("meetings.png"), Path.of("docs", "screenshot-meeting-sources.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void searchBoxFindsWhatLavrovSaidAboutSanctions() throws Exception {
        try (HeadlessChromium.Page page = chromium.open(WIDTH, HEIGHT)) {
            page.navigate(server.baseUrl() + "/#/search");
            page.waitUntil("!document.getElementById('view-search').hidden", WAIT, "the search view");
            page.evaluate("""
                    (() => {
                      document.getElementById('search-person').value = 'Lavrov';
                      document.getElementById('search-words').value = 'sanksi';
                      document.getElementById('search-form').requestSubmit();
                    })()""");
            page.waitUntil("document.querySelector('#statement-results .hit')", WAIT, "statements about sanksi");

            JsonNode hits = page.evaluate("""
                    [...document.querySelectorAll('#statement-results .hit')].map(h => ({
                      speaker: h.querySelector('.speaker').textContent,
                      wikidata: h.querySelector('a.speaker')?.href,
                      quote: h.querySelector('.quote').textContent
                    }))""");
            assertTrue(hits.size() >= 1, "Lavrov said something about sanksi");
            for (JsonNode hit : hits) {
                assertTrue(hit.get("speaker").asText().contains("Lavrov"), "only Lavrov's statements: " + hit);
            }
            assertTrue(hits.findValuesAsText("quote").stream().anyMatch(q -> q.contains("sanksi ilegal")),
                    "the seeds quote Lavrov on “sanksi ilegal”: " + hits);
            assertEquals("https://www.wikidata.org/wiki/Q58217", hits.get(0).get("wikidata").asText());
            page.waitUntil("document.querySelector('#sentence-results .hit mark.hit-word')", WAIT,
                    "sentences mentioning Lavrov with sanksi marked");
            Files.write(SCREENSHOTS.resolve("search.png"), page.screenshot());

            // user input reaches a query only as an escaped string literal: quotes and braces are just characters
            page.evaluate("""
                    (() => {
                      document.getElementById('search-person').value = 'Lavrov" ) } } #';
                      document.getElementById('search-words').value = 'sanksi) OR (*:*';
                      document.getElementById('search-form').requestSubmit();
                    })()""");
            page.waitUntil("document.querySelector('#statement-results')?.textContent.includes('No statement matches')",
                    WAIT, "an empty result for a name with quotes and braces");
            assertTrue(page.evaluate("document.getElementById('error').hidden").asBoolean(), "no query error");
            JsonNode escaping = page.evaluate("""
                    import('./app.js').then(app => ({
                      literal: app.sparqlString('say "hi" \\\\ then\\nnext\\r'),
                      control: (() => {
                        try { app.sparqlString('bell \\u0007'); return 'accepted'; } catch (e) { return 'refused'; }
                      })()
                    }))""");
            assertEquals("\"say \\\"hi\\\" \\\\ then\\nnext\\r\"", escaping.get("literal").asText());
            assertEquals("refused", escaping.get("control").asText());

            assertPageClean(page);
        }
    }

    @Test
    void sparqlEditorRunsAShippedQuery() throws Exception {
        try (HeadlessChromium.Page page = chromium.open(WIDTH, HEIGHT)) {
            // the page's "Open in SPARQL editor" link for the shipped query said-about.rq
            page.navigate(server.baseUrl() + "/#/queries");
            page.waitUntil("document.querySelector('#query-said-about a[href^=\"ui/\"]')", WAIT,
                    "the shipped queries to be listed");
            String editor = page.evaluate("document.querySelector('#query-said-about a[href^=\"ui/\"]').href")
                    .asText();
            page.navigate(editor);
            page.waitUntil("document.querySelector('.yasqe_queryButton')", WAIT, "the Fuseki UI's query editor");
            page.evaluate("document.querySelector('.yasqe_queryButton').click()");
            page.waitUntil("document.querySelector('.yasr_results')?.textContent.includes('sanksi ilegal')", WAIT,
                    "the editor's results: Lavrov on sanksi");
            Files.write(SCREENSHOTS.resolve("sparql-editor.png"), page.screenshot());
            // The upstream UI's editor (YASQE) asks prefix.cc for prefix completions; it loads no code from there
            // and works without it. Anything else from another host would be a new dependency on the network.
            assertEquals(List.of(), page.requestedUrls().stream()
                    .filter(u -> !u.startsWith(server.baseUrl() + "/") && !u.startsWith("data:")
                            && !u.startsWith("http://prefix.cc/"))
                    .toList(), "the SPARQL editor loads nothing from other hosts");
        }
    }

    /** No script or load errors, and nothing fetched from anywhere but the server: no CDN. */
    private static void assertPageClean(HeadlessChromium.Page page) {
        assertEquals(List.of(), page.problems(), "the page ran without errors");
        List<String> elsewhere = page.requestedUrls().stream()
                .filter(u -> !u.startsWith(server.baseUrl() + "/") && !u.startsWith("data:"))
                .toList();
        assertEquals(List.of(), elsewhere, "the page requests nothing from other hosts");
    }
}
