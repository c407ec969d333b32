package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** Writes a body's signature and its band keys: one row, then all bands in one statement. */
final class SignatureRows {
  private static final String INSERT_BANDS =
      "INSERT INTO article_signature_bands VALUES "
          + String.join(", ", Collections.nCopies(BodySignature.BANDS, "(?, ?)"));

  private SignatureRows() {}

  static void insert(Connection c, String articleId, BodySignature signature) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO article_signatures VALUES (?, ?)")) {
      p.setString(1, articleId);
      p.setBytes(2, signature.toBytes());
      p.executeUpdate();
    }
    long[] keys = signature.bandKeys();
    try (PreparedStatement p = c.prepareStatement(INSERT_BANDS)) {
      for (int b = 0; b < keys.length; b++) {
        p.setLong(2 * b + 1, keys[b]);
        p.setString(2 * b + 2, articleId);
      }
      p.executeUpdate();
    }
  }
}
