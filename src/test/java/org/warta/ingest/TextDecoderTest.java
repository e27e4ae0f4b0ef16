package org.warta.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder(1000);

    private String reason(byte[] bytes) {
        return assertThrows(IngestException.class, () -> decoder.decode(bytes, "a.txt")).getMessage();
    }

    @Test
    void refusesEmptyAndBlank() {
        assertTrue(reason(new byte[0]).contains("a.txt: empty article"));
        assertTrue(reason(" \n\t ".getBytes(StandardCharsets.UTF_8)).contains("only whitespace"));
    }

    @Test
    void refusesBinaryAndInvalidUtf8WithTheOffset() {
        assertTrue(reason(new byte[] {'a', 0, 'b'}).contains("binary data"));
        String m = reason(new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28});
        assertTrue(m.contains("invalid UTF-8 at byte 2"), m);
    }

    @Test
    void refusesHtmlAndOversizedInput() {
        assertTrue(reason("<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))
                .contains("HTML page"));
        assertTrue(reason(new byte[2000]).contains("too large"));
    }

    @Test
    void byteOrderMarksChooseTheEncodingAndAreNotText() {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        TextDecoder.Decoded d = decoder.decode(utf8, "a.txt");
        assertEquals("Hi", d.text());
        assertTrue(d.warnings().get(0).contains("byte-order mark"));
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0};
        assertEquals("Hi", decoder.decode(utf16, "a.txt").text());
    }

    @Test
    void crLineEndsAreKeptWithAWarning() {
        TextDecoder.Decoded d = decoder.decode("a\r\nb".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals("a\r\nb", d.text());
        assertTrue(d.warnings().get(0).contains("CRLF"));
    }
}
