package org.eventwire.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test fixture files under {@code src/test/resources/eval}. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/eval/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }
}
