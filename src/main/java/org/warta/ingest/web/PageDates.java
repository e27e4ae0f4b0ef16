package org.warta.ingest.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages write them: ISO 8601 in meta tags and JSON-LD (with or without a zone, "+07:00" or
 * "+0700"), "2024/03/05 14:30:00", and the visible forms of Indonesian sites ("Selasa, 05 Mar 2024 14:30 WIB",
 * "05/03/2024, 14:30 WIB", day before month). A time is kept only with its zone (an offset, Z, or WIB, WITA, WIT):
 * a time without one would be a guess, so only its date is kept.
 */
final class PageDates {
    /** A date, and the time with its zone when the source gave one. */
    record Published(LocalDate date, Optional<OffsetDateTime> time) {
        static Published of(OffsetDateTime t) {
            return new Published(t.toLocalDate(), Optional.of(t));
        }
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern NAMED_MONTH = Pattern.compile(
            "(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4})(?:[^0-9]{1,6}(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?"
                    + "\\s*([A-Za-z]{3,4})?)?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[^0-9]{1,4}(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?\\s*([A-Za-z]{3,4})?)?");

    private final PageLexicon lexicon;

    PageDates(PageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A machine-readable date (meta tag, JSON-LD, {@code <time datetime>}), or empty. */
    Optional<Published> machine(String s) {
        Matcher m = ISO.matcher(s.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null || m.group(7) == null) {
                return Optional.of(new Published(d, Optional.empty()));
            }
            String z = m.group(7);
            ZoneOffset zone = z.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
            return Optional.of(Published.of(OffsetDateTime.of(d.atTime(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6))), zone)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "2024-02-30": not a date, so no date from this value
        }
    }

    /** A date as people read it on the page ("Selasa, 05 Mar 2024 14:30 WIB"), or a machine one, or empty. */
    Optional<Published> visible(String s) {
        Optional<Published> iso = machine(s);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = NAMED_MONTH.matcher(s);
        while (m.find()) {
            Optional<Integer> month = lexicon.month(m.group(2));
            if (month.isPresent()) {
                return build(m.group(3), month.get(), m.group(1), m.group(4), m.group(5), m.group(6));
            }
        }
        m = NUMERIC.matcher(s);
        if (m.find()) {
            return build(m.group(3), Integer.parseInt(m.group(2)), m.group(1), m.group(4), m.group(5), m.group(6));
        }
        return Optional.empty();
    }

    private Optional<Published> build(String year, int month, String day, String hour, String minute, String zone) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            Optional<ZoneOffset> z = zone == null ? Optional.empty() : lexicon.zone(zone);
            if (hour == null || z.isEmpty()) {
                return Optional.of(new Published(d, Optional.empty()));
            }
            LocalDateTime t = d.atTime(Integer.parseInt(hour), Integer.parseInt(minute));
            return Optional.of(Published.of(OffsetDateTime.of(t, z.get())));
        } catch (DateTimeException e) {
            return Optional.empty(); // an impossible date on the page gives no date
        }
    }

    /** A feed item's date: RFC 822 in RSS ("Tue, 05 Mar 2024 14:30:00 +0700"), ISO 8601 in Atom. */
    Optional<Published> feed(String s) {
        if (s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Published.of(OffsetDateTime.parse(s.strip(), RFC_822)));
        } catch (DateTimeException e) {
            return machine(s); // not RFC 822: Atom's ISO 8601, or a date in another form
        }
    }

    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .optionalStart().appendPattern("EEE, ").optionalEnd()
            .appendPattern("d MMM yyyy HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .appendPattern(" ").appendOffset("+HHMM", "GMT").toFormatter(Locale.ENGLISH);

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d*[-/_]");

    /** A date written in a URL's path ("/read/2024/03/05/…", "/20240305-…"): a guess, never a time. */
    Optional<LocalDate> inUrl(String url) {
        for (Pattern p : new Pattern[] {URL_DATE, URL_COMPACT}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    continue; // digits that only look like a date
                }
            }
        }
        return Optional.empty();
    }
}
