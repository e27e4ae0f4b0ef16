package org.warta.server;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Debian's chromium in headless mode, driven over the Chrome DevTools Protocol with the JDK's own HTTP and WebSocket
 * clients, so the browser test needs no Selenium or driver binary. One browser per test class; each {@link Page}
 * is a tab of its own.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Duration CALL = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final String browserPath;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HeadlessChromium(Process process, int port, String browserPath) {
        this.process = process;
        this.port = port;
        this.browserPath = browserPath;
    }

    /**
     * Starts the browser with a fresh profile in {@code profile} and waits for its DevTools port.
     *
     * @param binary -Dwarta.chromium overrides /usr/bin/chromium
     */
    static HeadlessChromium launch(Path binary, Path profile) throws IOException, InterruptedException {
        if (!Files.isExecutable(binary)) {
            fail("The browser test needs Chromium, and " + binary + " is missing or not executable. On Debian,"
                    + " install it with `sudo apt-get install -y chromium` (CI's .ci/run does this), or point"
                    + " -Dwarta.chromium=PATH at a Chromium or Chrome binary.");
        }
        Files.createDirectories(profile);
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        List<String> command = List.of(binary.toString(),
                "--headless", "--no-sandbox", "--disable-gpu",
                // nothing but the page under test may reach the network
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
                // containers often have a 64 MB /dev/shm, too small for rendering large pages
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // the browser picks a free port and writes it, then the browser target's path, to DevToolsActivePort
        Path active = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("Chromium exited with status " + process.exitValue() + " before opening its DevTools port:\n"
                        + tail(log));
            }
            if (Files.exists(active)) {
                List<String> lines = Files.readAllLines(active);
                if (lines.size() >= 2 && lines.get(0).matches("[0-9]+")) {
                    return new HeadlessChromium(process, Integer.parseInt(lines.get(0)), lines.get(1));
                }
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        fail("Chromium did not open its DevTools port within " + STARTUP.toSeconds() + " s:\n" + tail(log));
        throw new AssertionError("unreachable");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Opens a new tab showing about:blank, with viewport width x height CSS pixels. */
    Page open(int width, int height) throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/new?" + URLEncoder.encode("about:blank", StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.noBody()).timeout(CALL).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            fail("Chromium refused to open a tab: " + res.statusCode() + " " + res.body());
        }
        JsonNode target = JSON.readTree(res.body());
        Page page = new Page(target.get("id").asText(), URI.create(target.get("webSocketDebuggerUrl").asText()));
        page.call("Page.enable");
        page.call("Runtime.enable");
        page.call("Log.enable");
        page.call("Network.enable");
        ObjectNode metrics = JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false);
        page.call("Emulation.setDeviceMetricsOverride", metrics);
        return page;
    }

    /**
     * Asks the browser to quit (Browser.close), so that it removes what it keeps outside the profile, such as its
     * singleton socket folder in /tmp; kills it if it does not.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        try {
            WebSocket browser = http.newWebSocketBuilder().connectTimeout(CALL)
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + browserPath), new Listener(m -> { }))
                    .get(CALL.toSeconds(), TimeUnit.SECONDS);
            browser.sendText("{\"id\":1,\"method\":\"Browser.close\"}", true).get(CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroy(); // not answering: the process is ended below either way
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** A browser tab: DevTools calls, JavaScript evaluation, screenshots, and what went wrong on the page. */
    final class Page implements AutoCloseable {
        private final String id;
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final List<String> problems = new CopyOnWriteArrayList<>();
        private final List<String> requested = new CopyOnWriteArrayList<>();

        private Page(String id, URI socketUri) throws IOException, InterruptedException {
            this.id = id;
            try {
                this.socket = http.newWebSocketBuilder().connectTimeout(CALL)
                        .buildAsync(socketUri, new Listener(this::receive)).get(CALL.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("cannot connect to the DevTools socket " + socketUri + ": " + e, e);
            }
        }

        JsonNode call(String method) {
            return call(method, JSON.createObjectNode());
        }

        /** Sends one DevTools command and waits for its result; a protocol error fails the test. */
        synchronized JsonNode call(String method, ObjectNode params) {
            int callId = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(callId, answer);
            ObjectNode message = JSON.createObjectNode().put("id", callId).put("method", method);
            message.set("params", params);
            try {
                socket.sendText(message.toString(), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
                JsonNode reply = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
                if (reply.has("error")) {
                    fail(method + " failed: " + reply.get("error"));
                }
                return reply.path("result");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(method + " interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError(method + " got no answer within " + CALL.toSeconds() + " s", e);
            } finally {
                pending.remove(callId);
            }
        }

        private void receive(String text) {
            JsonNode message;
            try {
                message = JSON.readTree(text);
            } catch (IOException e) {
                problems.add("unreadable DevTools message: " + e.getMessage());
                return;
            }
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
                return;
            }
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Runtime.exceptionThrown" -> problems.add("uncaught: "
                        + params.path("exceptionDetails").path("exception").path("description").asText(
                        params.path("exceptionDetails").path("text").asText()));
                case "Runtime.consoleAPICalled" -> {
                    if (params.path("type").asText().equals("error")) {
                        problems.add("console.error: " + params.path("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    JsonNode entry = params.path("entry");
                    if (entry.path("level").asText().equals("error")) {
                        problems.add(entry.path("text").asText() + " " + entry.path("url").asText());
                    }
                }
                case "Network.requestWillBeSent" -> requested.add(params.path("request").path("url").asText());
                default -> {
                }
            }
        }

        /** Loads url and waits for its load event. */
        void navigate(String url) throws InterruptedException {
            call("Page.navigate", JSON.createObjectNode().put("url", url));
            waitUntil("document.readyState === 'complete'", Duration.ofSeconds(20), "the page to load");
        }

        /** The value of a JavaScript expression (awaited if it is a promise); a thrown error fails the test. */
        JsonNode evaluate(String expression) {
            JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                    .put("returnByValue", true).put("awaitPromise", true));
            if (result.has("exceptionDetails")) {
                fail("JavaScript failed: " + expression + "\n" + result.get("exceptionDetails")
                        .path("exception").path("description").asText(result.get("exceptionDetails").toString()));
            }
            return result.path("result").path("value");
        }

        /** Polls a JavaScript condition until it is true; on timeout fails with what the page reported. */
        void waitUntil(String condition, Duration timeout, String what) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (evaluate("Boolean(" + condition + ")").asBoolean()) {
                    return;
                }
                Thread.sleep(100);
            }
            fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what + " (" + condition + ")."
                    + (problems.isEmpty() ? "" : " The page reported:\n" + String.join("\n", problems)));
        }

        /** A PNG of the viewport. */
        byte[] screenshot() {
            JsonNode shot = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
            return Base64.getDecoder().decode(shot.get("data").asText());
        }

        /** Script errors, console errors and failed loads seen so far. */
        List<String> problems() {
            return List.copyOf(problems);
        }

        /** Every URL the page requested so far. */
        List<String> requestedUrls() {
            return List.copyOf(requested);
        }

        @Override
        public void close() {
            socket.abort();
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/close/" + id))
                        .timeout(CALL).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Joins the frames of each WebSocket message (a screenshot spans many) and hands whole messages on. */
    private static final class Listener implements WebSocket.Listener {
        private final Consumer<String> sink;
        private final StringBuilder buffer = new StringBuilder();

        Listener(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String message = buffer.toString();
                buffer.setLength(0);
                sink.accept(message);
            }
            socket.request(1);
            return null;
        }
    }
}
