package org.warta.ingest.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a news page's article body in its DOM and the parts around it. First the parts that markup names are taken
 * out: elements that never hold article text (scripts, forms, navigation, footers, asides, embedded media), and
 * elements whose class or id marks them (by {@link PageLexicon}) as furniture (related-article lists, "Baca juga"
 * boxes, comments, sharing, ads, widgets, tags), captions, bylines or visible dates. Then each remaining text block
 * scores the element holding it and, at half, that element's parent, by its length and commas, unless it is
 * mostly link text or furniture by its words; the best-scored element (with its siblings that score well too, for
 * bodies split over several containers) is the body, and its blocks, in document order, are the paragraphs.
 */
final class ContentExtractor {
    /** Fewer characters of body text than this is not an article (an index page, a gallery, a stub). */
    static final int MIN_BODY_CHARS = 200;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MIN_SCORING_CHARS = 25;
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, form, button, input, "
            + "select, textarea, object, embed, video, audio, canvas, nav, footer, aside, link, meta, [hidden]";
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[\\p{Lu}][\\p{L}.'’]*(?:\\s[\\p{Lu}][\\p{L}.'’]*){0,3})(?:,\\s*[\\p{L}0-9.]+(?:\\s[\\p{L}0-9.]+)?)?(?:\\s*\\([\\p{L} .]+\\))?"
                    + "|[\\p{L}0-9]+\\.(?i:com|co|id|co\\.id|net),\\s*[\\p{L} ]+)\\s+(?:-{1,2}|–|—)\\s");

    private static final Pattern DASH = Pattern.compile("\\s(?:-{1,2}|–|—)\\s");

    private final PageLexicon lexicon;
    private final PageDates dates;

    ContentExtractor(PageLexicon lexicon, PageDates dates) {
        this.lexicon = lexicon;
        this.dates = dates;
    }

    /** The page's parts; the body may be empty or short (the caller decides what is too short). */
    PageContent extract(Document doc) {
        Element body = doc.body();
        body.select(NEVER_TEXT).remove();
        Optional<String> time = body.select("time[datetime]").stream().map(e -> e.attr("datetime")).findFirst();
        Optional<String> headline = headline(body);
        List<String> captions = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        takeParts(body, captions, bylines, dates);
        List<Blocks.Block> blocks = Blocks.of(body);
        List<Blocks.Block> chosen = choose(blocks);
        List<String> paragraphs = new ArrayList<>();
        for (Blocks.Block b : chosen) {
            if (lexicon.isBylineText(b.text())) {
                add(bylines, b.text());
            } else {
                paragraphs.add(b.text());
            }
        }
        Optional<String> dateline = chosen.isEmpty() ? Optional.empty() : dateline(chosen.get(0));
        return new PageContent(paragraphs, headline, bylines, captions, dates, time, dateline);
    }

    /** The first {@code h1} with words in it; taken out of the body, since the headline is metadata. */
    private static Optional<String> headline(Element body) {
        for (Element h1 : body.select("h1")) {
            String text = Blocks.normalize(h1.text()).strip();
            if (text.length() >= 10) {
                h1.remove();
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private void takeParts(Element body, List<String> captions, List<String> bylines, List<String> dates) {
        int total = paragraphChars(body);
        for (Element e : body.select("figcaption, [itemprop=author], [rel=author], [class], [id]")) {
            if (e.ownerDocument() == null) {
                continue; // inside a part already taken out
            }
            Optional<PageLexicon.Part> part = e.normalName().equals("figcaption") ? Optional.of(PageLexicon.Part.CAPTION)
                    : e.attr("itemprop").equals("author") || e.attr("rel").equals("author")
                    ? Optional.of(PageLexicon.Part.BYLINE)
                    : lexicon.partOf(e.className() + " " + e.id());
            if (part.isEmpty() || paragraphChars(e) * 2 > total) {
                continue; // the body's own container is never a part, whatever its class says
            }
            String text = Blocks.normalize(e.text()).strip();
            switch (part.get()) {
                case CAPTION -> add(captions, text);
                case BYLINE -> add(bylines, text);
                case DATELINE -> add(dates, text);
                case FURNITURE -> {
                }
            }
            e.remove();
        }
        body.select("figure, picture, img").remove();
    }

    private static void add(List<String> list, String text) {
        if (!text.isEmpty() && !list.contains(text)) {
            list.add(text);
        }
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        Elements ps = e.select("p");
        for (Element p : ps) {
            n += p.text().length();
        }
        return n;
    }

    /** The blocks of the best-scored element and of its (and its parent's) siblings that score well too. */
    private List<Blocks.Block> choose(List<Blocks.Block> blocks) {
        Map<Element, Double> score = new IdentityHashMap<>();
        Map<Blocks.Block, Double> scored = new IdentityHashMap<>();
        for (Blocks.Block b : blocks) {
            if (b.heading() || b.text().length() < MIN_SCORING_CHARS || !good(b)) {
                continue;
            }
            double s = 1 + count(b.text(), ',') + Math.min(b.text().length() / 100.0, 3);
            scored.put(b, s);
            score.merge(b.holder(), s, Double::sum);
            Element parent = b.holder().parent();
            if (parent != null) {
                score.merge(parent, s / 2, Double::sum);
            }
        }
        Element top = null;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (top == null || e.getValue() > score.get(top)) {
                top = e.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        List<Element> containers = new ArrayList<>(List.of(top));
        double bar = Math.max(3, score.get(top) * 0.25);
        // a body split over several containers (pages of one article, blocks around an ad): the siblings of the
        // best element and of its parent that score well are body too
        Element near = top;
        for (int level = 0; level < 2 && near.parent() != null; level++, near = near.parent()) {
            for (Element sibling : near.parent().children()) {
                if (sibling != near && subtreeScore(sibling, scored) >= bar) {
                    containers.add(sibling);
                }
            }
        }
        Map<Element, Boolean> inside = new HashMap<>();
        List<Blocks.Block> chosen = new ArrayList<>();
        for (Blocks.Block b : blocks) {
            if (good(b) && inside.computeIfAbsent(b.holder(), h -> within(h, containers))) {
                chosen.add(b);
            }
        }
        return chosen;
    }

    private static double subtreeScore(Element e, Map<Blocks.Block, Double> scored) {
        double sum = 0;
        for (Map.Entry<Blocks.Block, Double> b : scored.entrySet()) {
            if (within(b.getKey().holder(), List.of(e))) {
                sum += b.getValue();
            }
        }
        return sum;
    }

    private boolean good(Blocks.Block b) {
        return b.linkDensity() < MAX_LINK_DENSITY && !lexicon.isFurnitureText(b.text()) && !isDateOnly(b.text());
    }

    /** A short block that is a date and little else ("Kamis, 07 Mar 2024 16:45 WIB"): a visible date, not body. */
    private boolean isDateOnly(String text) {
        return text.length() <= 48 && dates.visible(text).isPresent() && text.chars().filter(Character::isLetter)
                .count() <= 16;
    }

    private static boolean within(Element e, List<Element> containers) {
        for (Element x = e; x != null; x = x.parent()) {
            for (Element c : containers) {
                if (x == c) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The dateline opening the first paragraph: bold text before a dash, or a place and source before one. */
    private static Optional<String> dateline(Blocks.Block first) {
        Matcher m = DATELINE.matcher(first.text());
        if (m.find()) {
            return Optional.of(m.group(1).strip());
        }
        Matcher dash = DASH.matcher(first.text());
        if (first.boldStart() && dash.find() && dash.start() > 0 && dash.start() < 60) {
            return Optional.of(first.text().substring(0, dash.start()).strip());
        }
        return Optional.empty();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
