package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.ingest.WireTextParser;
import org.eventwire.model.Article;

/**
 * Part of migration 3: signs the bodies of the articles stored before it. Only articles with a body
 * fingerprint (schema 2) are signed: their text is parsed again for its body, as the ingest parsed
 * it, so the signature is the one an ingest under schema 3 would have stored. Reads the articles in
 * pages of {@value #PAGE} by id, inside the migration's transaction.
 */
final class SignatureBackfill {
  static final int PAGE = 500;

  private SignatureBackfill() {}

  /** One stored article. */
  private record Stored(String id, String text) {}

  static void run(Connection c) throws SQLException {
    WireTextParser parser = new WireTextParser();
    String after = "";
    while (true) {
      List<Stored> page = page(c, after);
      for (Stored s : page) {
        Article a = new Article(s.id(), s.text(), null, null, null, null, parser.parse(s.text()));
        BodySignature signature = ArticleHashes.of(a).bodySignature();
        if (signature != null) {
          SignatureRows.insert(c, s.id(), signature);
        }
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private static List<Stored> page(Connection c, String after) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT a.id, a.text FROM articles a JOIN article_bodies b ON b.article_id = a.id"
                + " WHERE a.id > ? ORDER BY a.id LIMIT ?")) {
      p.setString(1, after);
      p.setInt(2, PAGE);
      List<Stored> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Stored(r.getString(1), r.getString(2)));
        }
      }
      return out;
    }
  }
}
