package org.warta.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a corpus (ended by LF, CRLF or CR), each read up to a maximum length: the rest of a longer line is
 * skipped, not kept, so that one endless line cannot exhaust memory.
 */
final class BoundedLines {
    private final Reader in;
    private final int max;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean skipLf;
    private boolean tooLong;

    BoundedLines(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its line end, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = Math.max(0, in.read(buf, 0, buf.length));
                pos = 0;
                if (len == 0) {
                    return any ? line.toString() : null;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            if (!tooLong && line.length() + (pos - start) > max) {
                tooLong = true;
                line.setLength(0);
            } else if (!tooLong) {
                line.append(buf, start, pos - start);
            }
            if (pos < len) {
                skipLf = buf[pos] == '\r';
                pos++;
                return line.toString();
            }
        }
    }

    /** Whether the line last returned was longer than the maximum (it is then returned empty). */
    boolean tooLong() {
        return tooLong;
    }
}
