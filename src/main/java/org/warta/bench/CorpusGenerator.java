package org.warta.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.Article;
import org.warta.model.ArticleId;
import org.warta.model.ArticleMetadata;
import org.warta.model.EntityType;
import org.warta.model.WartaException;

/**
 * Writes synthetic Indonesian news for benchmarks: visits, talks, phone calls and receptions between office holders
 * of the bundled gazetteer, with quotes, indirect speech, relative dates and page furniture, 2-4 KB an article,
 * from the templates in {@code templates.txt}. Article {@code i} depends only on the seed and {@code i} (and on the
 * bundled gazetteer and templates): the same seed gives byte-identical output, and any range of articles can be
 * generated on its own (in parallel, or to add new articles to an existing corpus with {@code first}). Persons are drawn with a Zipf-like popularity, as news
 * returns to a few leaders far more often than to the rest. Thread-safe.
 */
public final class CorpusGenerator {
    private static final Pattern REGNAL_NUMBER = Pattern.compile("[IVXLC]+");
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2025, 7, 1));
    private static final List<String> KINDS = List.of("visit", "talk", "call", "reception");
    /** Clearly not real outlets: the articles are synthetic, and every record says so. */
    private static final List<String> PUBLISHERS = List.of("Warta Sintetis", "Kabar Dunia Sintetis",
            "Berita Nusantara Sintetis");
    private static final List<String> WEEKDAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");
    /** Names the press writes in full and the recognizer can match: two to four capitalized words. */
    private static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}'-]*){1,3}");
    /** Roles whose holders speak for others rather than meet: they are cast only as the spokesperson P. */
    private static final Set<String> SPEAKER_ROLES = Set.of("spokesperson", "press-secretary");
    private static final double POPULARITY_EXPONENT = 0.8;
    private static final int MIN_BYTES = 2000;
    private static final int MAX_BYTES = 4000;

    /** A person the generator can cast: names, the titles of the role held, the state and its capital. */
    private record Person(String name, String shortName, List<String> titles, String state, String capital) {
    }

    /** A person as cast in one article, with the title chosen for it. */
    private record Cast(Person person, String roleTitle) {
        String attr(String attr) {
            return switch (attr) {
                case "full" -> roleTitle + " " + person.state() + " " + person.name();
                case "name" -> person.name();
                case "short" -> person.shortName();
                case "title" -> roleTitle + " " + person.state();
                case "state" -> person.state();
                case "capital" -> person.capital();
                case "dateline" -> person.capital().toUpperCase(Locale.ROOT);
                default -> throw new IllegalArgumentException("unknown person attribute " + attr);
            };
        }
    }

    private final long seed;
    private final Templates templates;
    private final List<Person> leaders;
    private final double[] cumulativePopularity;
    private final List<Person> spokespersons;
    private final ObjectMapper json = new ObjectMapper();

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.templates = Templates.fromResource("templates.txt");
        Gazetteer gazetteer = Gazetteer.load(List.of());
        Map<String, String> capitals = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() == EntityType.PLACE && e.has("seat") && e.country().isPresent()) {
                capitals.putIfAbsent(e.country().get(), e.names().get(0));
            }
        }
        List<Person> leaders = new ArrayList<>();
        List<Person> spokespersons = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            Optional<GazetteerEntry.HeldRole> role = lastCastableRole(e, gazetteer);
            if (e.type() != EntityType.PERSON || e.has("ambiguous") || role.isEmpty()
                    || !PLAIN_NAME.matcher(e.names().get(0)).matches()) {
                continue;
            }
            Person p = person(e, role.get(), gazetteer, capitals);
            (SPEAKER_ROLES.contains(role.get().key()) ? spokespersons : leaders).add(p);
        }
        // casting needs four persons, and two of different states for each meeting
        if (leaders.size() < 4 || leaders.stream().map(Person::state).distinct().count() < 2) {
            throw new WartaException("the gazetteer has too few office holders to generate articles: " + leaders.size());
        }
        // the popular few differ from seed to seed, as they would from one news year to another
        shuffle(leaders, new SplittableRandom(seed));
        this.leaders = List.copyOf(leaders);
        this.spokespersons = List.copyOf(spokespersons);
        this.cumulativePopularity = new double[leaders.size()];
        double sum = 0;
        for (int i = 0; i < leaders.size(); i++) {
            sum += 1 / Math.pow(i + 1, POPULARITY_EXPONENT);
            cumulativePopularity[i] = sum;
        }
    }

    private Person person(GazetteerEntry e, GazetteerEntry.HeldRole role, Gazetteer gazetteer,
                          Map<String, String> capitals) {
        String stateId = role.country().orElseThrow();
        String state = gazetteer.get(stateId).orElseThrow().names().get(0);
        String name = e.names().get(0);
        return new Person(name, shortName(e.names()), templates.lines("role." + role.key()), state,
                capitals.getOrDefault(stateId, state));
    }

    /**
     * How the press shortens a name: a one-word name where there is one (Putin, Jokowi, Retno), else the last word
     * of the first name that is not a regnal number ("Frederik X" is "Frederik", not "X").
     */
    static String shortName(List<String> names) {
        Optional<String> oneWord = names.stream().filter(s -> s.indexOf(' ') < 0 && !s.isEmpty()
                && Character.isUpperCase(s.charAt(0)) && !s.chars().allMatch(Character::isUpperCase)).findFirst();
        if (oneWord.isPresent()) {
            return oneWord.get();
        }
        String[] words = names.get(0).split(" ");
        for (int i = words.length - 1; i > 0; i--) {
            if (!REGNAL_NUMBER.matcher(words[i]).matches()) {
                return words[i];
            }
        }
        return words[0];
    }

    /** The latest role with a title in the templates and a state in the gazetteer. */
    private Optional<GazetteerEntry.HeldRole> lastCastableRole(GazetteerEntry e, Gazetteer gazetteer) {
        GazetteerEntry.HeldRole found = null;
        for (GazetteerEntry.HeldRole r : e.roles()) {
            if (templates.has("role." + r.key()) && r.country().isPresent()
                    && gazetteer.get(r.country().get()).filter(s -> s.type() == EntityType.STATE).isPresent()) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The id of article {@code index}: unique for a seed, and distinct between seeds. */
    public String id(long index) {
        return String.format(Locale.ROOT, "s%d-%08d", seed, index);
    }

    /** Articles 0 to n-1. */
    public List<Article> articles(int n) {
        return LongStream.range(0, n).mapToObj(this::article).toList();
    }

    /** Article {@code index}: a pure function of the seed and the index. */
    public Article article(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("article index must not be negative: " + index);
        }
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        LocalDate published = FIRST_DAY.plusDays(rng.nextInt(DAYS));
        String kind = KINDS.get(rng.nextInt(KINDS.size()));
        Map<String, Cast> cast = cast(rng);
        Slots slots = new Slots(cast, published, new HashSet<>());
        String title = templates.expand("title." + kind, rng, slots);
        Text text = new Text();
        text.line(title);
        if (rng.nextInt(5) == 0) {
            text.line(templates.expand("byline", rng, slots));
        }
        text.line(templates.expand("lead." + kind, rng, slots));
        text.line(templates.expand("speech", rng, slots.speaker(cast.get("A"), cast.get("B"))));
        int target = MIN_BYTES + rng.nextInt(MAX_BYTES - MIN_BYTES);
        // bounded: a long run of repeats (all drawn sentences already used) must not loop forever
        for (int draws = 0; text.bytes < target && draws < 200; draws++) {
            int pick = rng.nextInt(20);
            if (pick < 7) {
                boolean a = rng.nextBoolean();
                Slots speech = slots.speaker(cast.get(a ? "A" : "B"), cast.get(a ? "B" : "A"));
                text.paragraph(1 + rng.nextInt(2), () -> templates.expand("speech", rng, speech));
            } else if (pick < 8 && cast.containsKey("P")) {
                Slots speech = slots.speaker(cast.get("P"), cast.get("A"));
                text.paragraph(1, () -> templates.expand("speech.spokesperson", rng, speech));
            } else if (pick < 11) {
                text.paragraph(1, () -> templates.expand("event", rng, slots));
            } else if (pick < 17) {
                text.paragraph(1 + rng.nextInt(2), () -> templates.expand("background", rng, slots));
            } else if (pick < 19) {
                text.paragraph(1, () -> templates.expand("boilerplate", rng, slots));
            } else {
                text.paragraph(1, () -> templates.expand("caption", rng, slots));
            }
        }
        if (rng.nextBoolean()) {
            text.line(templates.expand("tail", rng, slots));
        }
        ArticleMetadata metadata = new ArticleMetadata(Optional.empty(),
                Optional.of(PUBLISHERS.get(rng.nextInt(PUBLISHERS.size()))), Optional.of(published), false,
                Optional.of("id"), Optional.of(title), List.of());
        return new Article(new ArticleId(id(index)), text.toString(), metadata, "generated:" + id(index));
    }

    /** Persons A and B (the main meeting), C and D (a second event) and a spokesperson P, of different states. */
    private Map<String, Cast> cast(SplittableRandom rng) {
        Map<String, Cast> cast = new HashMap<>();
        List<Person> used = new ArrayList<>();
        for (String slot : List.of("A", "B", "C", "D")) {
            Person other = slot.equals("B") ? used.get(0) : slot.equals("D") ? used.get(2) : null;
            Person p;
            do {
                p = popular(rng);
            } while (used.contains(p) || (other != null && other.state().equals(p.state())));
            used.add(p);
            cast.put(slot, new Cast(p, p.titles().get(rng.nextInt(p.titles().size()))));
        }
        if (!spokespersons.isEmpty()) {
            Person p = spokespersons.get(rng.nextInt(spokespersons.size()));
            cast.put("P", new Cast(p, p.titles().get(0)));
        }
        return cast;
    }

    private Person popular(SplittableRandom rng) {
        double x = rng.nextDouble() * cumulativePopularity[cumulativePopularity.length - 1];
        int i = Arrays.binarySearch(cumulativePopularity, x);
        return leaders.get(Math.min(i < 0 ? -i - 1 : i, leaders.size() - 1));
    }

    /** Fisher-Yates with the given source: the same order for the same seed, on every JVM. */
    static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /**
     * Resolves the upper-case template slots of one article; S and O are rebound for each speech paragraph. A person
     * is named in full once, then as the press does after that: by the short name, with or without the title.
     */
    private static final class Slots implements BiFunction<String, SplittableRandom, String> {
        private final Map<String, Cast> cast;
        private final LocalDate published;
        private final Set<Person> introduced;

        Slots(Map<String, Cast> cast, LocalDate published, Set<Person> introduced) {
            this.cast = cast;
            this.published = published;
            this.introduced = introduced;
        }

        Slots speaker(Cast speaker, Cast other) {
            Map<String, Cast> m = new HashMap<>(cast);
            m.put("S", speaker);
            m.put("O", other);
            return new Slots(m, published, introduced);
        }

        @Override
        public String apply(String slot, SplittableRandom rng) {
            return switch (slot) {
                case "DATE.past" -> past(rng);
                case "DATE.recent" -> recent(rng);
                case "DATE.future" -> future(rng);
                case "DATE.earlier" -> earlier(rng);
                case "YEAR.prev" -> Integer.toString(published.getYear() - 1);
                case "NUM" -> Integer.toString(2 + rng.nextInt(94));
                case "DEC" -> (1 + rng.nextInt(60)) + "," + rng.nextInt(10);
                default -> {
                    Cast c = cast.get(slot.substring(0, slot.indexOf('.')));
                    if (c == null) {
                        throw new WartaException("templates.txt: slot {" + slot + "} used where it is not cast");
                    }
                    String attr = slot.substring(slot.indexOf('.') + 1);
                    if (attr.equals("full") && !introduced.add(c.person())) {
                        yield rng.nextBoolean() ? c.person().shortName() : c.roleTitle() + " " + c.person().shortName();
                    }
                    yield c.attr(attr);
                }
            };
        }

        /** Within the last days, as the press dates an event it reports: "Senin (23/3)". */
        private String past(SplittableRandom rng) {
            LocalDate d = published.minusDays(rng.nextInt(4));
            return rng.nextInt(4) == 0 ? "pada hari " + weekday(d) : dayAndDate(d);
        }

        private String recent(SplittableRandom rng) {
            return switch (rng.nextInt(4)) {
                case 0 -> "kemarin";
                case 1 -> weekday(published.minusDays(2 + rng.nextInt(5))) + " lalu";
                case 2 -> "pekan lalu";
                default -> dayAndDate(published.minusDays(1 + rng.nextInt(6)));
            };
        }

        private String future(SplittableRandom rng) {
            return switch (rng.nextInt(4)) {
                case 0 -> "besok";
                case 1 -> "pada " + weekday(published.plusDays(2 + rng.nextInt(5)));
                case 2 -> "pekan depan";
                default -> dayAndDate(published.plusDays(1 + rng.nextInt(6)));
            };
        }

        private String earlier(SplittableRandom rng) {
            LocalDate d = published.minusDays(10 + rng.nextInt(200));
            return switch (rng.nextInt(4)) {
                case 0 -> "bulan lalu";
                case 1 -> "awal " + month(d) + (d.getYear() == published.getYear() ? "" : " " + d.getYear());
                case 2 -> d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
                default -> d.getYear() == published.getYear() ? month(d) + " lalu" : month(d) + " tahun lalu";
            };
        }

        private static String dayAndDate(LocalDate d) {
            return weekday(d) + " (" + d.getDayOfMonth() + "/" + d.getMonthValue() + ")";
        }

        private static String weekday(LocalDate d) {
            return WEEKDAYS.get(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        }

        private static String month(LocalDate d) {
            return MONTHS.get(d.getMonthValue() - 1);
        }
    }

    /**
     * An article's paragraphs and their size in UTF-8 bytes, which decides when the article is long enough. A
     * sentence already in the article is drawn again (a few times), since real articles do not repeat themselves.
     */
    private static final class Text {
        private final StringBuilder sb = new StringBuilder(MAX_BYTES + 512);
        private final Set<String> used = new HashSet<>();
        int bytes;

        void line(String line) {
            used.add(line);
            sb.append(line).append('\n');
            bytes += utf8Length(line) + 1;
        }

        /** A paragraph of up to {@code sentences} fresh sentences; nothing when every draw was a repeat. */
        void paragraph(int sentences, Supplier<String> draw) {
            List<String> parts = new ArrayList<>(sentences);
            for (int attempt = 0; attempt < 3 * sentences && parts.size() < sentences; attempt++) {
                String s = draw.get();
                if (!used.contains(s) && !parts.contains(s)) {
                    parts.add(s);
                }
            }
            if (!parts.isEmpty()) {
                used.addAll(parts);
                line(String.join(" ", parts));
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** Writes articles 0 to n-1 as JSON Lines, the form {@code warta build} reads fastest. */
    public void writeJsonl(Path file, int n) {
        writeJsonl(file, 0, n);
    }

    /**
     * Writes articles {@code first} to {@code first + n - 1} as JSON Lines: one object a line. Articles are made on
     * every core, a chunk at a time, and written in index order, so the bytes do not depend on the cores.
     */
    public void writeJsonl(Path file, long first, int n) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long chunk = first; chunk < first + n; chunk += 1024) {
                List<String> lines = LongStream.range(chunk, Math.min(chunk + 1024, first + n)).parallel()
                        .mapToObj(this::jsonLine).toList();
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new WartaException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private String jsonLine(long index) {
        Article a = article(index);
        try {
            return json.writeValueAsString(record(a).put("text", a.text()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes articles 0 to n-1 into a folder as {@code <id>.txt} with a {@code <id>.meta.json} sidecar. */
    public void writeFolder(Path dir, int n) {
        writeFolder(dir, 0, n);
    }

    public void writeFolder(Path dir, long first, int n) {
        try {
            Files.createDirectories(dir);
            for (long i = first; i < first + n; i++) {
                Article a = article(i);
                Files.writeString(dir.resolve(a.id().value() + ".txt"), a.text(), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(a.id().value() + ".meta.json"),
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(record(a)) + "\n",
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new WartaException("cannot write articles into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The metadata fields, in a fixed order so that output is byte-identical for a seed. */
    private ObjectNode record(Article a) {
        ArticleMetadata m = a.metadata();
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id().value());
        o.put("published", m.published().orElseThrow().toString());
        o.put("publisher", m.publisher().orElseThrow());
        o.put("language", "id");
        o.put("title", m.title().orElseThrow());
        o.put("synthetic", true);
        return o;
    }
}
