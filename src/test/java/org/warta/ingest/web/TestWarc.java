package org.warta.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC/1.1 records as crawlers do, byte by byte (no library on the writing side, so the reader is tested
 * against the format, not against itself); with gzip, each record is its own gzip member, as in a .warc.gz. Knows
 * the offset of every record it wrote. A huge body is streamed, never held.
 */
final class TestWarc implements AutoCloseable {
    private final CountingStream out;
    private final boolean gzip;

    TestWarc(OutputStream out, boolean gzip) {
        this.out = new CountingStream(out);
        this.gzip = gzip;
    }

    long offset() {
        return out.count;
    }

    /** An HTTP response record; returns its offset. */
    long response(String uri, String date, int status, String contentType, byte[] body) throws IOException {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        return record("response", uri, date, "application/http;msgtype=response", concat(head.getBytes(StandardCharsets.ISO_8859_1), body));
    }

    long request(String uri, String date) throws IOException {
        byte[] block = ("GET / HTTP/1.1\r\nHost: example\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return record("request", uri, date, "application/http;msgtype=request", block);
    }

    long record(String type, String uri, String date, String contentType, byte[] block) throws IOException {
        long at = offset();
        OutputStream o = gzip ? new GZIPOutputStream(new NonClosing(out), 1 << 16) : out;
        o.write(header(type, uri, date, contentType, block.length));
        o.write(block);
        o.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (gzip) {
            o.close();
        }
        return at;
    }

    /** A response whose body is {@code size} bytes of one value, streamed (a video, an archive file). */
    long hugeResponse(String uri, String date, String contentType, long size) throws IOException {
        long at = offset();
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + size + "\r\n\r\n";
        byte[] httpBytes = http.getBytes(StandardCharsets.ISO_8859_1);
        OutputStream o = gzip ? new GZIPOutputStream(new NonClosing(out), 1 << 16) : out;
        o.write(header("response", uri, date, "application/http;msgtype=response", httpBytes.length + size));
        o.write(httpBytes);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        for (long left = size; left > 0; left -= chunk.length) {
            o.write(chunk, 0, (int) Math.min(left, chunk.length));
        }
        o.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (gzip) {
            o.close();
        }
        return at;
    }

    void raw(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    private static byte[] header(String type, String uri, String date, String contentType, long length) {
        String id = UUID.nameUUIDFromBytes((type + uri + date).getBytes(StandardCharsets.UTF_8)).toString();
        return ("WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\nWARC-Date: " + date
                + "\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(a.length + b.length);
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
