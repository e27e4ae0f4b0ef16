package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;

/**
 * Finds the inputs on any Hadoop file system, as {@code warta build} does on a local one: a folder means every
 * {@code .txt} article (with its {@code .meta.json} sidecar) and every {@code .jsonl}/{@code .ndjson} corpus under
 * it; a file is a corpus or an article. Corpora are split by byte range and read line by line on the executors;
 * articles are listed on the driver and read on the executors. Parsing is the core's {@link ArticleReader}.
 */
final class Sources {
    /** What the driver found: articles, corpora, and inputs that do not exist or cannot be used. */
    record Listing(List<Source.TextFile> texts, Map<String, Integer> corpora, long corpusBytes,
                   List<Problem> problems) {
    }

    static Listing list(List<String> inputs, Configuration conf) {
        List<Source.TextFile> texts = new ArrayList<>();
        Map<String, Integer> corpora = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        long corpusBytes = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    problems.add(Problem.error(input, "no such file or folder"));
                    continue;
                }
                for (FileStatus status : matches) {
                    corpusBytes += listOne(fs, status, i, texts, corpora, problems);
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Problem.error(input, "cannot list: " + e.getMessage()));
            }
        }
        return new Listing(texts, corpora, corpusBytes, problems);
    }

    /** Adds one input (a file or a folder); returns the bytes of the corpora found. */
    private static long listOne(FileSystem fs, FileStatus status, int input, List<Source.TextFile> texts,
                                Map<String, Integer> corpora, List<Problem> problems) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (status.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                names.add(f.getPath().toString());
                String n = f.getPath().getName();
                if (n.endsWith(".txt") || isCorpus(n)) {
                    files.add(f);
                }
            }
        } else if (status.getPath().getName().endsWith(".meta.json")) {
            problems.add(Problem.error(status.getPath().toString(),
                    "a sidecar, not an article: give the .txt file or its folder"));
            return 0;
        } else {
            files.add(status);
        }
        long bytes = 0;
        for (FileStatus f : files) {
            String file = f.getPath().toString();
            if (isCorpus(f.getPath().getName())) {
                if (corpora.putIfAbsent(file, input) == null) {
                    bytes += f.getLen();
                }
            } else {
                Path sidecar = sidecar(f.getPath());
                boolean has = status.isDirectory() ? names.contains(sidecar.toString()) : fs.exists(sidecar);
                texts.add(new Source.TextFile(input, file, has ? sidecar.toString() : null));
            }
        }
        return bytes;
    }

    private static boolean isCorpus(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static Path sidecar(Path txt) {
        String n = txt.getName();
        String base = n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
        return new Path(txt.getParent(), base + ".meta.json");
    }

    /** Every input as an RDD of about {@code partitions} partitions. */
    static JavaRDD<Source> rdd(JavaSparkContext sc, Listing listing, int partitions) throws IOException {
        List<JavaRDD<Source>> parts = new ArrayList<>();
        if (!listing.corpora().isEmpty()) {
            parts.add(lines(sc, listing, partitions));
        }
        if (!listing.texts().isEmpty()) {
            parts.add(sc.parallelize(new ArrayList<>(listing.texts()),
                    Math.max(1, Math.min(partitions, listing.texts().size()))).map(t -> (Source) t));
        }
        if (parts.isEmpty()) {
            return sc.emptyRDD();
        }
        JavaRDD<Source> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    private static JavaRDD<Source> lines(JavaSparkContext sc, Listing listing, int partitions) throws IOException {
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        // byte-range splits sized so that the corpora give about the partitions wanted (gzip files cannot be split)
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE, Math.max(1L << 16, listing.corpusBytes() / partitions + 1));
        Job job = Job.getInstance(conf);
        FileInputFormat.setInputPaths(job, listing.corpora().keySet().stream().sorted().map(Path::new)
                .toArray(Path[]::new));
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
        Broadcast<HashMap<String, Integer>> inputOf = sc.broadcast(new HashMap<>(listing.corpora()));
        JavaRDD<Source> lines = raw.mapPartitionsWithInputSplit((split, records) -> {
            String file = ((FileSplit) split).getPath().toString();
            int input = inputOf.value().getOrDefault(file, 0);
            return new LineIterator(input, file, records);
        }, false);
        if (lines.getNumPartitions() < partitions / 2) {
            lines = lines.repartition(partitions);
        }
        return lines;
    }

    /** Turns Hadoop's (offset, line) records into sources, skipping blank lines as the core does. */
    private static final class LineIterator implements Iterator<Source> {
        private final int input;
        private final String file;
        private final Iterator<scala.Tuple2<LongWritable, Text>> records;
        private Source next;

        LineIterator(int input, String file, Iterator<scala.Tuple2<LongWritable, Text>> records) {
            this.input = input;
            this.file = file;
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            while (next == null && records.hasNext()) {
                scala.Tuple2<LongWritable, Text> r = records.next();
                long offset = r._1().get();
                Text t = r._2();
                try {
                    String line = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(t.getBytes(), 0, t.getLength())).toString();
                    if (!line.isBlank()) {
                        next = new Source.JsonLine(input, file, offset, line);
                    }
                } catch (CharacterCodingException e) {
                    next = new Source.Unreadable(input, file, offset, "invalid UTF-8 in the corpus line at byte "
                            + offset + "; the other lines were read");
                }
            }
            return next != null;
        }

        @Override
        public Source next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Source s = next;
            next = null;
            return s;
        }
    }

    /** Reads one source with the core's reader, through Hadoop's file system for articles. */
    static ReadItem read(Source source, ArticleReader reader, Configuration conf) {
        if (source instanceof Source.JsonLine line) {
            return reader.readCorpusLine(line.line(), line.origin());
        }
        if (source instanceof Source.Unreadable u) {
            return new ReadItem.Failed(Problem.error(u.file(), u.reason()));
        }
        Source.TextFile t = (Source.TextFile) source;
        Path file = new Path(t.file());
        String name = file.getName();
        String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        byte[] text;
        Optional<byte[]> sidecar = Optional.empty();
        try {
            text = readAll(file, conf);
            if (t.sidecar() != null) {
                sidecar = Optional.of(readAll(new Path(t.sidecar()), conf));
            }
        } catch (IOException e) {
            return new ReadItem.Failed(Problem.error(t.file(), "cannot read: " + e));
        }
        return reader.readText(text, t.file(), base, sidecar, t.sidecar() == null ? "" : t.sidecar());
    }

    private static byte[] readAll(Path p, Configuration conf) throws IOException {
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            return in.readAllBytes();
        }
    }

    /** The driver's Hadoop settings, shipped to the executors (a Configuration is not serializable). */
    record HadoopSettings(HashMap<String, String> entries) implements Serializable {
        static HadoopSettings of(Configuration conf) {
            HashMap<String, String> m = new HashMap<>();
            conf.forEach(e -> m.put(e.getKey(), e.getValue()));
            return new HadoopSettings(m);
        }

        Configuration configuration() {
            Configuration c = new Configuration(false);
            entries.forEach(c::set);
            return c;
        }
    }

    private Sources() {
    }
}
