package org.warta.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.warta.model.WartaException;

/**
 * How to serve. The defaults are the safe ones: loopback only, read-only, a 30 s query timeout, no federated
 * SERVICE calls, a 1 MiB cap on request bodies, no CORS.
 *
 * @param host         address to bind: 127.0.0.1 (default), localhost, 0.0.0.0 or a local interface address
 * @param port         0 picks a free port
 * @param passwordFile with allowUpdate: an Apache-style "user: password" file for HTTP basic auth
 * @param corsOrigin   the one origin allowed to call from a browser page elsewhere
 */
public record ServerConfig(
        String host,
        int port,
        Duration timeout,
        boolean allowUpdate,
        Optional<Path> passwordFile,
        boolean allowService,
        Optional<String> corsOrigin,
        long maxBodyBytes) {

    public static final String DATASET = "/kg";
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new WartaException("--host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new WartaException("--port must be 0-65535, got " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new WartaException("--timeout must be positive");
        }
        if (allowUpdate && (passwordFile == null || passwordFile.isEmpty())) {
            throw new WartaException("--allow-update needs --password-file FILE (HTTP basic auth for updates)");
        }
        if (maxBodyBytes < 1024) {
            throw new WartaException("--max-body must be at least 1024 bytes");
        }
        passwordFile = passwordFile == null ? Optional.empty() : passwordFile;
        corsOrigin = corsOrigin == null ? Optional.empty() : corsOrigin;
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 3030, Duration.ofSeconds(30), false, Optional.empty(), false,
                Optional.empty(), DEFAULT_MAX_BODY);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, timeout, allowUpdate, passwordFile, allowService, corsOrigin, maxBodyBytes);
    }

    public ServerConfig withTimeout(Duration t) {
        return new ServerConfig(host, port, t, allowUpdate, passwordFile, allowService, corsOrigin, maxBodyBytes);
    }

    public ServerConfig withService(boolean allow) {
        return new ServerConfig(host, port, timeout, allowUpdate, passwordFile, allow, corsOrigin, maxBodyBytes);
    }

    public ServerConfig withCors(String origin) {
        return new ServerConfig(host, port, timeout, allowUpdate, passwordFile, allowService, Optional.of(origin),
                maxBodyBytes);
    }

    public ServerConfig withUpdate(Path passwords) {
        return new ServerConfig(host, port, timeout, true, Optional.of(passwords), allowService, corsOrigin,
                maxBodyBytes);
    }

    public ServerConfig withMaxBody(long bytes) {
        return new ServerConfig(host, port, timeout, allowUpdate, passwordFile, allowService, corsOrigin, bytes);
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
