package org.warta.ingest.web;

import java.io.OutputStream;

/** Opens {@link TestWarc} to tests in other packages. */
public final class TestWarcAccess {
    /** A gzip WARC writer: {@code response(uri, date, status, contentType, body)}, then close. */
    public static Writer writer(OutputStream out) {
        return new Writer(new TestWarc(out, true));
    }

    public static final class Writer implements AutoCloseable {
        private final TestWarc warc;

        Writer(TestWarc warc) {
            this.warc = warc;
        }

        public long response(String uri, String date, int status, String type, byte[] body) throws java.io.IOException {
            return warc.response(uri, date, status, type, body);
        }

        @Override
        public void close() throws java.io.IOException {
            warc.close();
        }
    }

    private TestWarcAccess() {
    }
}
