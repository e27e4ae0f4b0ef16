package org.warta.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.warta.model.WartaException;

/** Reads the lexicon files under src/main/resources: '#' comments, blank lines skipped, errors name file and line. */
public final class Lexicons {
    /** Calls {@code row} with each data line's tab-separated fields and its location ("file:line"). */
    public static void readRows(Class<?> anchor, String name, int minFields, BiConsumer<String[], String> row) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new WartaException("missing lexicon " + name + " next to " + anchor.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                if (f.length < minFields || f[0].isEmpty()) {
                    throw new WartaException(name + ":" + n + ": expected at least " + minFields
                            + " tab-separated field(s)");
                }
                row.accept(f, name + ":" + n);
            }
        } catch (IOException e) {
            throw new WartaException("cannot read lexicon " + name + ": " + e.getMessage(), e);
        }
    }

    /** The first field of every data line. */
    public static List<String> readWords(Class<?> anchor, String name) {
        List<String> out = new ArrayList<>();
        readRows(anchor, name, 1, (f, where) -> out.add(f[0]));
        return out;
    }

    private Lexicons() {
    }
}
