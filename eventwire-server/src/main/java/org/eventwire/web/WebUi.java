package org.eventwire.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.plugin.bundled.GlobalHeadersConfig;

/**
 * Serves the UI: our pages from the classpath folder {@value #FOLDER} at {@code /}, and ECharts and
 * Swagger UI from their webjars at {@code /webjars/...}. Every response carries headers that keep
 * the pages to their own origin (no inline script, no framing, no sniffing).
 */
public final class WebUi {
  /** Where the pages are on the classpath. */
  public static final String FOLDER = "/eventwire/web";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  /** Adds the static files and the security headers to a server's configuration. */
  public void register(JavalinConfig c) {
    c.staticFiles.add(
        s -> {
          s.hostedPath = "/";
          s.directory = FOLDER;
          s.location = Location.CLASSPATH;
        });
    c.staticFiles.enableWebjars();
    c.bundledPlugins.enableGlobalHeaders(
        h -> {
          h.xContentTypeOptionsNoSniff();
          h.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
          h.contentSecurityPolicy(CONTENT_SECURITY_POLICY);
          h.getHeaders().put("Referrer-Policy", "no-referrer");
        });
  }
}
