package org.warta.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * One input to read on an executor: a line of a JSON Lines corpus, or a {@code .txt} article with its sidecar.
 * {@link #orderKey} sorts inputs as {@code warta build} reads them (input by input, files by path, lines in order),
 * which decides which of two articles with the same id is kept.
 */
sealed interface Source extends Serializable {
    int input();

    String file();

    long offset();

    default String orderKey() {
        return String.format(Locale.ROOT, "%06d", input()) + '\u0000' + file() + '\u0000'
                + String.format(Locale.ROOT, "%019d", offset());
    }

    /** A JSON Lines record at byte {@code offset} of {@code file}. */
    record JsonLine(int input, String file, long offset, String line) implements Source {
        String origin() {
            return file + " (byte " + offset + ")";
        }
    }

    /** A {@code .txt} article; {@code sidecar} is its {@code .meta.json}, or null. */
    record TextFile(int input, String file, String sidecar) implements Source {
        @Override
        public long offset() {
            return 0;
        }
    }

    /** A line that is not UTF-8: reported, the rest of the file is read. */
    record Unreadable(int input, String file, long offset, String reason) implements Source {
    }
}
