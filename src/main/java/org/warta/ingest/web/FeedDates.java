package org.warta.ingest.web;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * The publication date of each item of a feed as written, in item order. Rome reads dates into {@code java.util.Date},
 * which keeps the instant but drops the zone the feed wrote ("+0700"), and with it the local date that anchors
 * relative dates; so the raw text is kept.
 */
final class FeedDates {
    private static final String[] NAMES = {"pubDate", "published", "date", "issued", "updated", "modified"};

    static List<String> of(Document feed) {
        Element root = feed.getRootElement();
        List<Element> items = new ArrayList<>();
        collect(root, items);
        List<String> out = new ArrayList<>();
        for (Element item : items) {
            out.add(date(item));
        }
        return out;
    }

    private static void collect(Element e, List<Element> items) {
        for (Element c : e.getChildren()) {
            if (c.getName().equals("item") || c.getName().equals("entry")) {
                items.add(c);
            } else if (c.getName().equals("channel")) {
                collect(c, items);
            }
        }
    }

    private static String date(Element item) {
        for (String name : NAMES) {
            for (Element c : item.getChildren()) {
                if (c.getName().equals(name) && !c.getTextTrim().isEmpty()) {
                    return c.getTextTrim();
                }
            }
        }
        return "";
    }

    private FeedDates() {
    }
}
