package org.warta.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.warta.Version;

/**
 * The read-only server description the Fuseki UI asks for at /$/server: the dataset and its services. Fuseki's
 * admin module is not enabled, so nobody can create or delete datasets over HTTP.
 */
final class ServerStatus extends HttpServlet {
    private final ObjectMapper json = new ObjectMapper();
    private final Instant started = Instant.now();
    private final boolean update;

    ServerStatus(boolean update) {
        this.update = update;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("version", "Warta " + Version.current());
        root.put("built", Version.current());
        root.put("startDateTime", started.toString());
        root.put("uptime", Duration.between(started, Instant.now()).toSeconds());
        ArrayNode datasets = root.putArray("datasets");
        ObjectNode ds = datasets.addObject();
        ds.put("ds.name", ServerConfig.DATASET);
        ds.put("ds.state", true);
        ArrayNode services = ds.putArray("ds.services");
        service(services, "query", "SPARQL Query", List.of("sparql", "query"));
        service(services, "gsp-r", "Graph Store Protocol (Read)", List.of("get", "data"));
        if (update) {
            service(services, "update", "SPARQL Update", List.of("update"));
        }
        res.setContentType("application/json;charset=utf-8");
        json.writeValue(res.getOutputStream(), root);
    }

    private static void service(ArrayNode services, String type, String description, List<String> endpoints) {
        ObjectNode s = services.addObject();
        s.put("srv.type", type);
        s.put("srv.description", description);
        ArrayNode e = s.putArray("srv.endpoints");
        endpoints.forEach(e::add);
    }
}
