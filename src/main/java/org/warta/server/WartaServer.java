package org.warta.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.warta.model.WartaException;
import org.warta.store.WartaStore;

/**
 * The embedded Fuseki server over a store: the dataset at /kg with its SPARQL query endpoint (/kg/sparql,
 * /kg/query) and Graph Store Protocol read access (/kg/get, /kg/data), the web page at /, the Fuseki UI's SPARQL
 * editor at /ui/. Safe by default (see {@link ServerConfig}): SERVICE is refused through the dataset's context,
 * queries time out, request bodies are capped, updates need --allow-update and HTTP basic auth.
 */
public final class WartaServer implements AutoCloseable {
    private final FusekiServer server;
    private final ServerConfig config;

    private WartaServer(FusekiServer server, ServerConfig config) {
        this.server = server;
        this.config = config;
    }

    public static WartaServer start(WartaStore store, ServerConfig config) {
        DatasetGraph dsg = store.dataset();
        dsg.getContext().set(ARQ.httpServiceAllowed, config.allowService());
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R, "data");
        if (config.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update");
            service.addEndpoint(Operation.GSP_RW, "data-rw");
        }
        FusekiServer.Builder b = FusekiServer.create()
                .port(config.port())
                .loopback(config.loopbackOnly())
                .enableCors(false)
                .enablePing(true)
                .enableStats(true)
                .verbose(false)
                // SELECT streams; CONSTRUCT and DESCRIBE are built in memory, so their size is capped
                .registerOperation(Operation.Query, new BoundedGraphQuery())
                .add(ServerConfig.DATASET, service)
                // first: the Fuseki UI asks /ui/$/… and /ui/kg/…; as /$/… and /kg/… they pass every guard below
                .addFilter("/*", new FusekiUiPaths())
                .addFilter("/*", new GuardFilter(config.maxBodyBytes(), config.corsOrigin()))
                .addServlet("/$/server", new ServerStatus(config.allowUpdate()))
                .addServlet("/ui/*", new ClasspathFiles("/webapp", "index.html"))
                .addServlet("/queries/*", new ClasspathFiles("/queries", "index.txt"))
                .addServlet("/*", new ClasspathFiles("/org/warta/server/web", "index.html"));
        if (config.allowUpdate()) {
            b.passwordFile(config.passwordFile().orElseThrow().toString())
                    .auth(AuthScheme.BASIC)
                    .realm("warta");
        }
        FusekiServer server = b.build();
        if (!config.loopbackOnly() && !config.host().equals("0.0.0.0")) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(config.host());
                }
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new WartaException("cannot start the server on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        return new WartaServer(server, config);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        return "http://" + host + ":" + port();
    }

    /** What startup prints: the URLs and what is enabled. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        String base = baseUrl();
        lines.add("Warta is serving on " + base + "/");
        lines.add("  web page:        " + base + "/");
        lines.add("  SPARQL editor:   " + base + "/ui/");
        lines.add("  SPARQL query:    " + base + ServerConfig.DATASET + "/sparql  (GET/POST; JSON, XML, CSV, TSV;"
                + " Turtle, JSON-LD, N-Triples)");
        lines.add("  graph store:     " + base + ServerConfig.DATASET + "/get?graph=IRI  (read-only)");
        lines.add("  update:          " + (config.allowUpdate() ? base + ServerConfig.DATASET
                + "/update (HTTP basic auth)" : "off (read-only; --allow-update with --password-file)"));
        lines.add("  query timeout:   " + config.timeout().toSeconds() + " s (--timeout)");
        lines.add("  SERVICE:         " + (config.allowService() ? "allowed (outbound requests possible)"
                : "refused (--allow-service to allow)"));
        lines.add("  request body:    at most " + config.maxBodyBytes() + " bytes (--max-body)");
        lines.add("  CORS:            " + config.corsOrigin().map(o -> "allowed for " + o).orElse("off (--cors ORIGIN)"));
        lines.add("  bound to:        " + config.host() + (config.loopbackOnly() ? " (this machine only)"
                : " (reachable from the network)"));
        return lines;
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
