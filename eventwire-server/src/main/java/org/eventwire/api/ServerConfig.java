package org.eventwire.api;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param host the address to listen on ({@code 127.0.0.1} keeps it to this machine)
 * @param port the port, or 0 for any free one
 * @param db the store file
 * @param token the bearer token that allows writes, or null: then the API is read-only
 * @param corsOrigin the one other origin allowed to call the API from a browser, or null for none
 * @param maxPageSize the most events one page may ask for
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerConfig(
    String host,
    int port,
    Path db,
    String token,
    String corsOrigin,
    int maxPageSize,
    long maxBodyBytes) {

  /** The default page size cap. */
  public static final int MAX_PAGE_SIZE = 500;

  /** The default body limit: an article may be up to 2 MiB, plus JSON escaping. */
  public static final long MAX_BODY_BYTES = 3L * 1024 * 1024;

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxPageSize < 1 || maxBodyBytes < 1) {
      throw new IllegalArgumentException("page size and body limits must be positive");
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the write token is empty");
    }
  }

  /** Loopback, default limits, read-only, no CORS. */
  public static ServerConfig local(Path db, int port) {
    return new ServerConfig("127.0.0.1", port, db, null, null, MAX_PAGE_SIZE, MAX_BODY_BYTES);
  }

  /** This configuration with writes allowed to holders of {@code bearer}. */
  public ServerConfig withToken(String bearer) {
    return new ServerConfig(host, port, db, bearer, corsOrigin, maxPageSize, maxBodyBytes);
  }

  /** This configuration with browser calls allowed from {@code origin}. */
  public ServerConfig withCors(String origin) {
    return new ServerConfig(host, port, db, token, origin, maxPageSize, maxBodyBytes);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ServerConfig[host=%s, port=%d, db=%s, writes=%s, cors=%s, maxPageSize=%d, maxBodyBytes=%d]"
        .formatted(
            host, port, db, token == null ? "off" : "token", corsOrigin, maxPageSize, maxBodyBytes);
  }
}
