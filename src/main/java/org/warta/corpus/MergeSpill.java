package org.warta.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.warta.link.MeetingMerger;
import org.warta.link.MergeKeys;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.WartaException;

/**
 * The meeting reports of a bulk build, kept on disk until every article is read, then merged bucket by bucket. A
 * report goes to the bucket of its {@linkplain MergeKeys merge key}, so each bucket holds whole merge groups and
 * merging the buckets one at a time gives the merge of everything, with memory for one bucket's reports. This is
 * what lets a build into an empty store write its corpus graph through the bulk loader, without reading the
 * reports back from the store. Not thread-safe: the build's writer thread owns it.
 */
final class MergeSpill implements AutoCloseable {
    private final Path folder;
    private final DataOutputStream[] buckets;
    private long reports;

    MergeSpill(Path folder, int buckets) {
        this.folder = folder;
        this.buckets = new DataOutputStream[buckets];
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < buckets; i++) {
                this.buckets[i] = new DataOutputStream(new BufferedOutputStream(
                        Files.newOutputStream(bucket(i)), 1 << 15));
            }
        } catch (IOException e) {
            close();
            throw new WartaException("cannot write the merge's spill files in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path bucket(int i) {
        return folder.resolve("bucket-" + i);
    }

    void add(ReportSummary r) {
        byte[] bytes = SummaryCodec.encode(r);
        DataOutputStream out = buckets[Math.floorMod(MergeKeys.of(r).hashCode(), buckets.length)];
        try {
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            throw new WartaException("cannot write the merge's spill files in " + folder + ": " + e.getMessage(), e);
        }
        reports++;
    }

    long reports() {
        return reports;
    }

    /**
     * Merges every bucket in turn and hands each merged meeting to {@code out}; returns the number of meetings.
     *
     * @param canonical applied to every report before the merge (the build makes each entity's name the one the
     *                  entities graph gives it, as a merge from the store would read it)
     */
    long merge(MeetingMerger merger, UnaryOperator<ReportSummary> canonical, Consumer<MergedMeeting> out) {
        long meetings = 0;
        for (int i = 0; i < buckets.length; i++) {
            try {
                buckets[i].close();
            } catch (IOException e) {
                throw new WartaException("cannot write " + bucket(i) + ": " + e.getMessage(), e);
            }
            List<ReportSummary> rs = new ArrayList<>();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket(i)),
                    1 << 15))) {
                while (true) {
                    int n;
                    try {
                        n = in.readInt();
                    } catch (EOFException end) {
                        break;
                    }
                    rs.add(canonical.apply(SummaryCodec.decode(in.readNBytes(n))));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new WartaException("cannot read " + bucket(i) + ": " + e.getMessage(), e);
            }
            for (MergedMeeting m : merger.merge(rs)) {
                out.accept(m);
                meetings++;
            }
        }
        return meetings;
    }

    /** Closes and deletes the spill files. */
    @Override
    public void close() {
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            try {
                if (buckets[i] != null) {
                    buckets[i].close();
                }
                Files.deleteIfExists(bucket(i));
            } catch (IOException e) {
                failed.add(bucket(i) + ": " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            failed.add(folder + ": " + e.getMessage());
        }
        if (!failed.isEmpty()) {
            throw new WartaException("cannot remove the merge's spill files: " + String.join("; ", failed));
        }
    }
}
