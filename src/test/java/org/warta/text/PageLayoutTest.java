package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.model.RemovedText;
import org.warta.model.Span;

/**
 * The parts of a news page, line by line: headline, bylines, date lines, widgets, editor notes, link lists,
 * captions and photo credits, subheadings, the dateline and the body. Pages written here, laid out as Indonesian
 * news pages are.
 */
class PageLayoutTest {
    private static final PageLayout LAYOUT = PageLayout.fromResources();

    /** A story's first paragraph: prose, no dateline. */
    private static final String LEAD = "Harga beras di pasar induk kota naik lagi pada pekan ini.";
    private static final String SECOND = "Para pedagang menyebut pasokan dari daerah sentra produksi berkurang.";

    /** Every line of the page in text order, as "part: text" when kept and "-reason: text" when left out. */
    private static List<String> layout(String text) {
        return layout(text, List.of());
    }

    private static List<String> layout(String text, List<RemovedText> boilerplate) {
        PageLayout.Layout l = LAYOUT.read(text, boilerplate);
        record Line(Span span, String shown) {
        }
        List<Line> lines = new ArrayList<>();
        l.parts().forEach(p -> lines.add(new Line(p.span(), p.part().label() + ": " + p.span().of(text))));
        l.removed().forEach(r -> lines.add(new Line(r.span(), "-" + r.reason() + ": " + r.span().of(text))));
        return lines.stream().sorted(Comparator.comparing(Line::span)).map(Line::shown).toList();
    }

    private static String page(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void theHeadlineBylineAndDateLineAboveTheStory() {
        assertEquals(List.of(
                        "headline: Pedagang Beras Keluhkan Pasokan yang Seret",
                        "byline: Reporter: Dewi Lestari",
                        "-date line: Senin, 1 April 2024 10:15 WIB",
                        "body: " + LEAD,
                        "body: " + SECOND),
                layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", "Reporter: Dewi Lestari",
                        "Senin, 1 April 2024 10:15 WIB", LEAD, SECOND)));
    }

    @Test
    void aFirstLineEndingAsASentenceIsNoHeadline() {
        assertEquals(List.of("body: " + LEAD, "body: " + SECOND), layout(page(LEAD, SECOND)));
    }

    @Test
    void aMenuOfWidgetWordsAtTheTopIsLeftOut() {
        assertEquals(List.of(
                        "-widget: Beranda Berita Terkini",
                        "headline: Pedagang Beras Keluhkan Pasokan yang Seret",
                        "-widget: Ukuran Font",
                        "-widget: Bagikan: Facebook Twitter WhatsApp",
                        "body: " + LEAD),
                layout(page("Beranda Berita Terkini", "Pedagang Beras Keluhkan Pasokan yang Seret", "Ukuran Font",
                        "Bagikan: Facebook Twitter WhatsApp", LEAD)));
    }

    @Test
    void proseAboveTheDatelineIsAStandfirstOrCaption() {
        assertEquals(List.of(
                        "headline: Pedagang Beras Keluhkan Pasokan yang Seret",
                        "caption: Pemerintah menyiapkan stok tambahan menjelang bulan puasa.",
                        "-dateline: JAKARTA, KOMPAS.com - ",
                        "body: " + LEAD),
                layout(page("Pedagang Beras Keluhkan Pasokan yang Seret",
                        "Pemerintah menyiapkan stok tambahan menjelang bulan puasa.",
                        "JAKARTA, KOMPAS.com - " + LEAD)));
    }

    /** A Title-Case headline that ends in a date names no author. */
    @Test
    void aHeadlineEndingInADateIsNoByline() {
        assertEquals(List.of("headline: Menengok Agenda Menteri Budi, Jadwal Padat April 2024", "body: " + LEAD),
                layout(page("Menengok Agenda Menteri Budi, Jadwal Padat April 2024", LEAD)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Reporter: Dewi Lestari",
        "Rep: Dewi Lestari/ Red: Budi Santoso",
        "Penulis Dewi Lestari",
        "Editor: Budi Santoso",
        "DEWI LESTARI",
        "(Dewi Lestari)",
        "Dewi Lestari • 1 April 2024 10:15",
        "- Oleh Dewi Lestari",
        "Oleh Dewi Lestari, Senin, 1 April 2024 | 10:15 WIB - Redaktur: Budi S - 213",
        "SENIN, 1 APRIL 2024 | 10:15 WIB | LAPORAN: DEWI LESTARI",
        "Dewi Lestari, Senin, 1 April 2024 10.15 | Waktu baca 3 menit",
        "Dewi Lestari (dewi@kabarwarta.co.id)"})
    void aBylineAnywhereOnThePage(String byline) {
        assertEquals(List.of("body: " + LEAD, "body: " + SECOND, "byline: " + byline),
                layout(page(LEAD, SECOND, byline)));
        assertEquals(List.of("headline: Pedagang Beras Keluhkan Pasokan yang Seret", "byline: " + byline,
                "body: " + LEAD), layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", byline, LEAD)));
    }

    @Test
    void aLinkListItemOrALongDatedLineIsNoByline() {
        String link = "- Oleh-oleh Khas Daerah yang Diburu Wisatawan";
        String prose = "Oleh karena itu, pertemuan pada 1 April 2024 pukul 10.15 WIB ditunda hingga pekan depan";
        assertEquals(List.of("body: " + LEAD, "-link list: " + link, "body: " + SECOND),
                layout(page(LEAD, link, SECOND)));
        assertEquals(List.of("body: " + LEAD, "body: " + prose + ".", "body: " + SECOND),
                layout(page(LEAD, prose + ".", SECOND)));
    }

    /** Between headline and story, a name of up to four words and its outlet after a comma or a dash. */
    @ParameterizedTest
    @ValueSource(strings = {"Dewi Lestari Wulandari, Kabar Warta", "Dewi Lestari Wulandari - kabarWarta"})
    void aNameBeforeItsOutletBetweenHeadlineAndStoryIsTheByline(String line) {
        assertEquals(List.of("headline: Pedagang Beras Keluhkan Pasokan yang Seret", "byline: " + line,
                "body: " + LEAD), layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", line, LEAD)));
        assertEquals(List.of("headline: Pedagang Beras Keluhkan Pasokan yang Seret", "body: " + LEAD),
                layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", "Harga naik, pedagang mengeluh lagi",
                        LEAD)).stream().filter(l -> !l.startsWith("-")).toList());
    }

    @Test
    void fewCapitalizedWordsBetweenHeadlineAndStoryAreItsAuthors() {
        assertEquals(List.of("headline: Pedagang Beras Keluhkan Pasokan yang Seret", "byline: Dewi Lestari",
                "body: " + LEAD), layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", "Dewi Lestari", LEAD)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Senin, 1 April 2024 10:15 WIB", "01/04/2024, 10:15 WIB", "Diperbarui 1 April 2024"})
    void aDateLineIsLeftOut(String date) {
        assertEquals(List.of("body: " + LEAD, "-date line: " + date, "body: " + SECOND),
                layout(page(LEAD, date, SECOND)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Waktu baca 2 menit", "Bagikan", "Lihat Juga", "Iklan", "© 2024 All Rights Reserved",
        "*** ***"})
    void aWidgetIsLeftOut(String widget) {
        assertEquals(List.of("body: " + LEAD, "-widget: " + widget, "body: " + SECOND),
                layout(page(LEAD, widget, SECOND)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(dls)", "(dls/bs)", "(DLS/BS/ant)"})
    void anEditorNoteIsLeftOut(String note) {
        assertEquals(List.of("body: " + LEAD, "body: " + SECOND, "-editor note: " + note),
                layout(page(LEAD, SECOND, note)));
    }

    /** A linked story's headline longer than a short line is still a list item. */
    @Test
    void aLongLinkedHeadlineInAListIsLeftOut() {
        String item = "- VIDEO: Heboh! Momen Menteri Budi Santoso Kagum Kekuatan Pasar Induk Kota, Ini Kuncinya";
        assertEquals(List.of("body: " + LEAD, "-link list: " + item, "body: " + SECOND),
                layout(page(LEAD, item, SECOND)));
    }

    /** In a page wrapped by width, a line going on in lower case ("oleh Menteri …") is the story's, no byline. */
    @Test
    void aWrappedLineBeginningWithALabelInLowerCaseIsNoByline() {
        String page = page(LEAD, "Gubernur Budi Santoso meninjau pasar induk yang baru",
                "dibuka kemarin dan ia didampingi",
                "oleh Menteri Perdagangan Dewi Lestari, Wali Kota Hiroshi Tanaka dan",
                "para pedagang yang menunggu sejak", "pagi di depan gerbang pasar.");
        assertEquals(List.of("body: " + LEAD, "body: Gubernur Budi Santoso meninjau pasar induk yang baru",
                "body: dibuka kemarin dan ia didampingi",
                "body: oleh Menteri Perdagangan Dewi Lestari, Wali Kota Hiroshi Tanaka dan",
                "body: para pedagang yang menunggu sejak", "body: pagi di depan gerbang pasar."), layout(page));
    }

    /**
     * A wrapped page whose first sentence ends many lines down: the story starts with the first line of its
     * paragraph, not with the first line ending a sentence; the Title-Case headline stays the headline.
     */
    @Test
    void aWrappedStoryStartsWithItsFirstParagraph() {
        String page = String.join("\n", "Menteri Tinjau Pasar Induk Kota Bersama Wali Kota",
                "Menteri Perdagangan Dewi Lestari meninjau pasar induk kota yang",
                "baru dibuka pada Senin pagi, didampingi Kepala Dinas Pasar Budi",
                "Santoso serta pejabat lain yang menunggu sejak pagi di",
                "depan gerbang pasar.", "Para pedagang menyambut rombongan di los beras dan",
                "menyampaikan keluhan soal pasokan yang berkurang sejak",
                "awal bulan ini.");
        List<String> got = layout(page);
        assertEquals("headline: Menteri Tinjau Pasar Induk Kota Bersama Wali Kota", got.get(0));
        assertEquals("body: Menteri Perdagangan Dewi Lestari meninjau pasar induk kota yang", got.get(1));
    }

    /** An author's name written twice with nothing between, then the date: the name once is the byline. */
    @Test
    void aNameWrittenTwiceBeforeTheDateIsTheByline() {
        String line = "Dewi LestariDewi Lestari - Senin, 1 April 2024";
        List<String> got = layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", line, LEAD));
        assertTrue(got.contains("byline: Dewi Lestari"), got.toString());
        assertTrue(got.contains("-repeated byline: Dewi Lestari - Senin, 1 April 2024"), got.toString());
    }

    /** A list a line ending with a colon introduces is the story's own: its items are body, not links. */
    @Test
    void aListTheStoryIntroducesIsKept() {
        String intro = "Rombongan menteri yang mendampingi, di antaranya:";
        assertEquals(List.of("body: " + LEAD, "body: " + intro, "body: - Menteri Perdagangan Budi Santoso",
                        "body: - Menteri Pertanian Dewi Lestari", "body: " + SECOND),
                layout(page(LEAD, intro, "- Menteri Perdagangan Budi Santoso", "- Menteri Pertanian Dewi Lestari",
                        SECOND)));
    }

    @Test
    void aLinkListIsLeftOutButAListedSentenceIsKept() {
        assertEquals(List.of("body: " + LEAD,
                        "-link list: - Harga Cabai di Pasar Induk Turun",
                        "-link list: • Pedagang Sayur Mengeluh Sepi Pembeli",
                        "-link list: » Stok Gula Dipastikan Aman",
                        "body: - Pedagang diminta tidak menimbun beras.",
                        "body: " + SECOND),
                layout(page(LEAD, "- Harga Cabai di Pasar Induk Turun", "• Pedagang Sayur Mengeluh Sepi Pembeli",
                        "» Stok Gula Dipastikan Aman", "- Pedagang diminta tidak menimbun beras.", SECOND)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Budi Santoso (kiri) berbincang dengan pedagang beras di pasar induk kota, Senin (1/4/2024).",
        "Pedagang menata karung beras di pasar induk kota, Senin (1/4/2024). ANTARA FOTO/Dewi Lestari",
        "Pedagang menata karung beras di pasar induk kota. (Foto: Dewi Lestari)",
        "Pedagang menata karung beras. Dok. Pemkot",
        "Antrean beras murah ANTARA/Dewi Lestari/bs"})
    void aLineWithACaptionMarkIsACaption(String caption) {
        assertEquals(List.of("body: " + LEAD, "caption: " + caption, "body: " + SECOND),
                layout(page(LEAD, caption, SECOND)));
    }

    @Test
    void theLineAboveAPhotoCreditIsItsCaption() {
        String caption = "Pedagang menata karung beras di pasar induk kota, Senin pagi.";
        assertEquals(List.of("body: " + LEAD, "caption: " + caption, "byline: Foto: Dewi Lestari",
                "body: " + SECOND), layout(page(LEAD, caption, "Foto: Dewi Lestari", SECOND)));
    }

    @Test
    void aShortLineInsideTheStoryIsASubheading() {
        assertEquals(List.of("body: " + LEAD, "subheading: Pasokan dari Daerah Berkurang", "body: " + SECOND),
                layout(page(LEAD, "Pasokan dari Daerah Berkurang", SECOND)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Menurut para pedagang,", "Beberapa penyebabnya antara lain:"})
    void aShortLineThatRunsOnIsBody(String line) {
        assertEquals(List.of("body: " + LEAD, "body: " + line, "body: " + SECOND), layout(page(LEAD, line, SECOND)));
    }

    @Test
    void theCutOffLastLineIsKeptAsBody() {
        assertEquals(List.of("body: " + LEAD, "body: Para pedagang menyebut pasokan dari"),
                layout(page(LEAD, "Para pedagang menyebut pasokan dari")));
    }

    @Test
    void theHeadlineRepeatedInTheStoryIsLeftOut() {
        assertEquals(List.of("headline: Pedagang Beras Keluhkan Pasokan yang Seret", "body: " + LEAD,
                        "-repeated headline: Pedagang Beras Keluhkan Pasokan yang Seret", "body: " + SECOND),
                layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", LEAD,
                        "Pedagang Beras Keluhkan Pasokan yang Seret", SECOND)));
    }

    /** The place and outlet are cut from the story's first line; the story starts at its first word. */
    @ParameterizedTest
    @ValueSource(strings = {
        "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ", "tirto.id - ", "Hongkong (CNN) ", "Bisnis.com, JAKARTA – ",
        "REPUBLIKA.CO.ID, JAKARTA -- ", "SURABAYA, Warta.id - ", "Makassar (Warta) - "})
    void theDatelineIsCutFromTheStorysFirstLine(String dateline) {
        assertEquals(List.of("headline: Pedagang Beras Keluhkan Pasokan yang Seret", "-dateline: " + dateline,
                        "body: " + LEAD, "body: " + SECOND),
                layout(page("Pedagang Beras Keluhkan Pasokan yang Seret", dateline + LEAD, SECOND)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jakarta - Harga beras di pasar induk kota naik lagi pada pekan ini.",
        "Budi Santoso - pedagang beras - mengaku rugi pada pekan ini.",
        "JAKARTA - harga beras di pasar induk kota naik lagi pada pekan ini."})
    void aDashWithoutOutletOrCapitalsOrStoryIsNoDateline(String line) {
        assertEquals(List.of("body: " + line, "body: " + SECOND), layout(page(line, SECOND)));
    }

    @Test
    void anAllCapitalsPlaceBeforeADashIsADateline() {
        assertEquals(List.of("-dateline: TOKYO - ", "body: " + LEAD), layout("TOKYO - " + LEAD));
    }

    @Test
    void boilerplateAlreadyLeftOutIsNotReadAgain() {
        String text = page(LEAD, "Baca juga: Harga Cabai Turun", SECOND);
        int at = text.indexOf("Baca");
        List<RemovedText> boilerplate = List.of(new RemovedText(new Span(at, at + 28), "read also"));
        assertEquals(List.of("body: " + LEAD, "body: " + SECOND), layout(text, boilerplate));
    }

    @Test
    void spansAreTheOriginalTextsWithoutTheLinesWhiteSpace() {
        String text = "  " + LEAD + "  \r\n\r\n\t(dls/bs) \n";
        PageLayout.Layout l = LAYOUT.read(text, List.of());
        assertEquals(List.of(new PageLayout.LinePart(new Span(2, 2 + LEAD.length()), org.warta.model.TextPart.BODY)),
                l.parts());
        int note = text.indexOf("(dls/bs)");
        assertEquals(List.of(new RemovedText(new Span(note, note + 8), "editor note")), l.removed());
    }

    /** Another story's title and lead, both cut short by a widget, after the story: left out. */
    @Test
    void aTitleCutShortAfterTheStoryIsAnotherStorysTeaser() {
        String title = "Harga Cabai Rawit Melonjak Jelang Hari Raya di Sejumlah Pa...";
        String lead = "BANDUNG - Harga cabai rawit di sejumlah pasar tradisional melonjak hingga dua kal...";
        assertEquals(List.of("-dateline: JAKARTA - ", "body: " + LEAD, "body: " + SECOND,
                "-cut teaser title: " + title, "-cut teaser lead: " + lead),
                layout(page("JAKARTA - " + LEAD, SECOND, title, lead)));
    }

    /** A line of the story trailing off in an ellipsis is the story's. */
    @Test
    void aSentenceTrailingOffIsNoTeaser() {
        String trailing = "Menurut mereka, harga bisa turun kalau pasokan kembali normal, tetapi...";
        assertEquals(List.of("body: " + LEAD, "body: " + SECOND, "body: " + trailing),
                layout(page(LEAD, SECOND, trailing)));
    }

    /**
     * Another story's title and its lead cut mid-sentence, then only labels (an image label, the site, a date) to the
     * page's end: a teaser set under the story, left out; the labels are what they are.
     */
    @Test
    void aTitleAndCutLeadWithOnlyLabelsAfterThemAreAnotherStorysTeaser() {
        String title = "Menteri Pertanian Mundur, Ini Daftar Calon Penerusnya";
        String lead = "Menteri Pertanian Budi Santoso menyatakan mundur dari kabinet seusai rapat dengan Presiden, kata "
                + "juru bicara istana dan";
        List<String> shown = layout(page(LEAD, SECOND, title, lead, "img_title", "Warta.id", "16 Agustus 2021"));
        assertEquals(List.of("body: " + LEAD, "body: " + SECOND, "-teaser title: " + title, "-teaser lead: " + lead),
                shown.subList(0, 4));
    }

    /** A subheading and the story's paragraph cut by the excerpt's end, nothing after: the story's own. */
    @Test
    void aSubheadingAndACutLastParagraphAreTheStorys() {
        String subheading = "Pasokan dari Daerah Sentra Produksi Berkurang";
        String cut = "Para pedagang di pasar induk kota menyebut pasokan dari daerah sentra produksi berkurang sejak";
        assertEquals(List.of("body: " + LEAD, "body: " + SECOND, "subheading: " + subheading, "body: " + cut),
                layout(page(LEAD, SECOND, subheading, cut)));
    }
}
