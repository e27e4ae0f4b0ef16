package org.warta.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Lets the Fuseki UI, served at /ui/, reach the server. The UI resolves every server URL against the folder it is
 * served from (window.location.pathname), so it asks /ui/$/ping, /ui/$/server and /ui/kg/sparql. Requests for
 * /ui/$/… are forwarded to the servlets at /$/…, and requests for /ui/kg/… continue as requests for /kg/…, so
 * that Fuseki, which dispatches datasets in a filter, serves them with all the guards of the dataset (read-only,
 * timeout, body cap). Nothing else under /ui/ is touched: it is the UI's static files.
 */
final class FusekiUiPaths implements Filter {
    static final String UI = "/ui";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(UI + "/$/")) {
            request.getRequestDispatcher(path.substring(UI.length())).forward(req, res);
            return;
        }
        if (path.startsWith(UI + ServerConfig.DATASET + "/") || path.equals(UI + ServerConfig.DATASET)) {
            chain.doFilter(new Unprefixed(request, UI.length()), res);
            return;
        }
        chain.doFilter(req, res);
    }

    /** The request as if it had been sent without the /ui prefix. */
    private static final class Unprefixed extends HttpServletRequestWrapper {
        private final int cut;

        Unprefixed(HttpServletRequest request, int cut) {
            super(request);
            this.cut = cut;
        }

        @Override
        public String getRequestURI() {
            String uri = super.getRequestURI();
            int at = super.getContextPath().length();
            return uri.substring(0, at) + uri.substring(at + cut);
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            int at = url.indexOf(super.getRequestURI());
            return at < 0 ? url : url.replace(at, url.length(), getRequestURI());
        }

        @Override
        public String getServletPath() {
            return "";
        }

        @Override
        public String getPathInfo() {
            return getRequestURI().substring(super.getContextPath().length());
        }
    }
}
