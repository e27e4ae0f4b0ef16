package org.warta.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.warta.link.ReportSummary;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;

/**
 * Report summaries and entity references as bytes: for a bulk build's summaries kept on disk until the merge, and
 * for Spark's shuffles (the core's records are not {@code Serializable}, and Kryo cannot serialize records without
 * registration). Sets and maps are written sorted, so equal summaries give equal bytes.
 */
public final class SummaryCodec {
    public static byte[] encode(ReportSummary r) {
        return write(out -> {
            out.writeUTF(r.iri());
            out.writeUTF(r.articleId());
            writeOptional(out, r.published().map(LocalDate::toString));
            writeStrings(out, r.persons());
            writeStrings(out, r.states());
            out.writeInt(r.stateOf().size());
            for (Map.Entry<String, String> e : new TreeMap<>(r.stateOf()).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.writeUTF(r.status().label());
            writeOptional(out, r.time().map(TimeValue::iso));
            writeOptional(out, r.place());
            writeOptional(out, r.placeState());
            out.writeBoolean(r.virtual());
            out.writeInt(r.entities().size());
            for (Map.Entry<String, EntityRef> e : new TreeMap<>(r.entities()).entrySet()) {
                out.writeUTF(e.getKey());
                writeRef(out, e.getValue());
            }
        });
    }

    public static ReportSummary decode(byte[] bytes) {
        return read(bytes, in -> {
            String iri = in.readUTF();
            String articleId = in.readUTF();
            Optional<LocalDate> published = readOptional(in).map(LocalDate::parse);
            Set<String> persons = readStrings(in);
            Set<String> states = readStrings(in);
            Map<String, String> stateOf = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                stateOf.put(in.readUTF(), in.readUTF());
            }
            MeetingStatus status = MeetingStatus.of(in.readUTF());
            Optional<TimeValue> time = readOptional(in).map(TimeValue::parse);
            Optional<String> place = readOptional(in);
            Optional<String> placeState = readOptional(in);
            boolean virtual = in.readBoolean();
            Map<String, EntityRef> entities = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                entities.put(in.readUTF(), readRef(in));
            }
            return new ReportSummary(iri, articleId, published, persons, states, stateOf, status, time, place,
                    placeState, virtual, entities);
        });
    }

    public static byte[] encode(EntityRef e) {
        return write(out -> writeRef(out, e));
    }

    public static EntityRef decodeRef(byte[] bytes) {
        return read(bytes, SummaryCodec::readRef);
    }

    private static void writeRef(DataOutputStream out, EntityRef e) throws IOException {
        out.writeUTF(e.key());
        out.writeUTF(e.type().name());
        out.writeUTF(e.name());
        writeOptional(out, e.qid());
    }

    private static EntityRef readRef(DataInputStream in) throws IOException {
        return new EntityRef(in.readUTF(), EntityType.valueOf(in.readUTF()), in.readUTF(), readOptional(in));
    }

    private static void writeStrings(DataOutputStream out, Set<String> values) throws IOException {
        out.writeInt(values.size());
        for (String s : new TreeSet<>(values)) {
            out.writeUTF(s);
        }
    }

    private static Set<String> readStrings(DataInputStream in) throws IOException {
        Set<String> out = new HashSet<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private interface Reading<T> {
        T from(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writing w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reading<T> r) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return r.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt report summary bytes", e);
        }
    }

    private SummaryCodec() {
    }
}
