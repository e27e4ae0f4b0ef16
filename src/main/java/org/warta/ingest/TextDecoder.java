package org.warta.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of an article file into its text, strictly: invalid UTF-8, binary data, HTML pages, empty and
 * oversized inputs are refused with the reason. A byte-order mark selects UTF-8 or UTF-16 and is not part of the
 * text, so offsets count from the first character after it.
 */
public final class TextDecoder {
    /** The default cap on one article: 5 MiB of bytes. News articles are a few kB; more is a feed or a dump. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private final int maxBytes;

    public TextDecoder(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The decoded text and the warnings about it (a byte-order mark, CR line ends, invisible characters). */
    public record Decoded(String text, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /** The largest input accepted, in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Refuses an input by its size alone, before it is read, so that a file larger than the cap (even one larger
     * than the heap) never enters memory.
     */
    public void checkSize(long bytes, String origin) {
        if (bytes > maxBytes) {
            throw new IngestException(origin, String.format(Locale.ROOT,
                    "too large: %,d bytes, the limit is %,d bytes (--max-article-bytes)", bytes, maxBytes));
        }
    }

    public Decoded decode(byte[] bytes, String origin) {
        List<String> warnings = new ArrayList<>();
        checkSize(bytes.length, origin);
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            warnings.add("UTF-8 byte-order mark removed; offsets count from the character after it");
            text = strictDecode(bytes, 3, StandardCharsets.UTF_8, origin);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            warnings.add("decoded as UTF-16BE (byte-order mark); offsets count characters after the mark");
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16BE, origin);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            warnings.add("decoded as UTF-16LE (byte-order mark); offsets count characters after the mark");
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16LE, origin);
        } else {
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                throw new IngestException(origin, utf16WithoutBom(bytes)
                        ? "UTF-16 without a byte-order mark (NUL bytes at every other offset): save the file as UTF-8"
                        : "binary data, not text (NUL byte at offset " + nul + ")");
            }
            text = strictDecode(bytes, 0, StandardCharsets.UTF_8, origin);
        }
        check(text, origin, warnings);
        return new Decoded(text, warnings);
    }

    /** Checks a text that arrived already decoded (a JSON Lines field) by the same rules. */
    public Decoded checkText(String text, String origin) {
        List<String> warnings = new ArrayList<>();
        if ((long) text.length() * 3 > maxBytes && text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new IngestException(origin, String.format(Locale.ROOT,
                    "too large: more than %,d bytes of text (--max-article-bytes)", maxBytes));
        }
        if (text.indexOf('\0') >= 0) {
            throw new IngestException(origin, "binary data, not text (NUL character at offset " + text.indexOf('\0') + ")");
        }
        check(text, origin, warnings);
        return new Decoded(text, warnings);
    }

    private static void check(String text, String origin, List<String> warnings) {
        if (text.isBlank()) {
            throw new IngestException(origin, text.isEmpty() ? "empty article" : "article holds only whitespace");
        }
        if (text.codePoints().noneMatch(TextDecoder::visible)) {
            throw new IngestException(origin, "article holds only spaces and invisible characters (no-break, "
                    + "zero-width or format characters): nothing to read");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(8, text.length() / 100)) {
            throw new IngestException(origin, "binary data, not text (" + controls + " control characters)");
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || (head.startsWith("<") && head.contains("<body"))) {
            throw new IngestException(origin, "an HTML page, not article text: extract the article's text first");
        }
        if (text.indexOf('\r') >= 0) {
            warnings.add(text.contains("\r\n") ? "CRLF line ends (kept; offsets count both characters)"
                    : "CR line ends (kept; read as line breaks)");
        }
        if (text.chars().anyMatch(c -> c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)) {
            warnings.add("zero-width characters in the text (kept; names containing them are matched without them)");
        }
        if (text.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)) {
            warnings.add("bidirectional control characters in the text (kept)");
        }
    }

    /** A character that shows: not a space of any kind, not a control, not a format character (zero-width, bidi). */
    private static boolean visible(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT
                && type != Character.CONTROL;
    }

    private static String strictDecode(byte[] bytes, int offset, java.nio.charset.Charset charset, String origin) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IngestException(origin, "invalid " + charset.name() + " at byte " + in.position()
                    + " (" + describe(result) + "): save the file as UTF-8");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new IngestException(origin, "invalid " + charset.name() + " at the end of the file");
        }
        out.flip();
        return out.toString();
    }

    private static String describe(CoderResult result) {
        return (result.isMalformed() ? "malformed" : "unmappable") + " sequence of " + result.length() + " byte(s)";
    }

    /** Text in UTF-16 without a mark: in its first kilobytes, NUL bytes at nearly every even or every odd offset. */
    private static boolean utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return pairs >= 4 && (even >= pairs * 0.6 && odd <= pairs * 0.05 || odd >= pairs * 0.6 && even <= pairs * 0.05);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
