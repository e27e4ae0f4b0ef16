package org.warta.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Guards every request before Fuseki sees it: a body larger than the cap is refused with 413 (a huge query
 * otherwise keeps the parser busy for minutes), HEAD on the query endpoint is answered like GET without a body,
 * and CORS headers are sent only for the one configured origin.
 */
final class GuardFilter implements Filter {
    private final long maxBody;
    private final Optional<String> corsOrigin;

    GuardFilter(long maxBody, Optional<String> corsOrigin) {
        this.maxBody = maxBody;
        this.corsOrigin = corsOrigin;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (origin != null && corsOrigin.isPresent() && corsOrigin.get().equals(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Vary", "Origin");
            if ("OPTIONS".equals(request.getMethod())) {
                response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization");
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        if (request.getRequestURI().startsWith(ServerConfig.DATASET)) {
            response = new ErrorBodyLength(response);
        }
        if ("HEAD".equals(request.getMethod()) && request.getRequestURI().startsWith(ServerConfig.DATASET)) {
            // Fuseki answers HEAD with 405; RFC 9110 wants HEAD wherever GET works: run the GET, send no body
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, new HeadResponse(response));
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBody) {
            refuse(response, length);
            return;
        }
        if (length < 0 && hasBody(request)) {
            // chunked: count while reading
            chain.doFilter(new LimitedRequest(request, maxBody), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String m = request.getMethod();
        return "POST".equals(m) || "PUT".equals(m) || "PATCH".equals(m);
    }

    private void refuse(HttpServletResponse response, long length) throws IOException {
        response.setStatus(413);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Connection", "close");
        response.getWriter().println("Request body too large: " + (length >= 0 ? length + " bytes" : "more")
                + "; the limit is " + maxBody + " bytes (--max-body).");
    }

    /**
     * Lets error messages go without a Content-Length. Fuseki sets the length of a plain-text error message to its
     * number of characters and writes it as UTF-8, so a message that quotes a non-ASCII value (a graph name with an
     * RTL mark) overflows it and the client gets a 500 instead of the 400.
     */
    private static final class ErrorBodyLength extends jakarta.servlet.http.HttpServletResponseWrapper {
        ErrorBodyLength(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int len) {
            if (getStatus() < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getStatus() < 400) {
                super.setContentLengthLong(len);
            }
        }
    }

    /** Keeps the status and headers of a GET and drops its body. */
    private static final class HeadResponse extends jakarta.servlet.http.HttpServletResponseWrapper {
        private final jakarta.servlet.ServletOutputStream sink = new jakarta.servlet.ServletOutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] b, int off, int len) {
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(jakarta.servlet.WriteListener listener) {
            }
        };

        HeadResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            return sink;
        }

        @Override
        public java.io.PrintWriter getWriter() {
            return new java.io.PrintWriter(sink);
        }
    }

    /** Fails reading once more than the cap has been read, so a chunked body cannot grow without bound. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new BodyTooLarge(max);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) {
                        read += n;
                        if (read > max) {
                            throw new BodyTooLarge(max);
                        }
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** Thrown while reading a chunked body past the cap; Jetty answers it with an error status. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long max) {
            super("request body larger than " + max + " bytes");
        }
    }
}
