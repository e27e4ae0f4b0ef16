package org.warta.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves static files from the jar (the web page, its vendored libraries, the Fuseki UI), so nothing is fetched
 * from a CDN at run time. Paths are confined to one resource folder: ".." never leaves it.
 */
final class ClasspathFiles extends HttpServlet {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"), Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"), Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("rq", "application/sparql-query;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"), Map.entry("woff2", "font/woff2"),
            Map.entry("map", "application/json"));

    private final String root;
    private final String index;

    ClasspathFiles(String root, String index) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + index;
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.contains("..") || path.contains("\\") || path.contains("//")) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathFiles.class.getResourceAsStream(root + path)) {
            if (in == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : "";
            res.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(res.getOutputStream());
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse res) throws IOException {
        doGet(req, res);
    }
}
