import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How large a store is per event: the whole file, and a copy without the article texts (events,
 * actor refs, clusters and their tables, sources; no indexes), both per million events. With a
 * factor K it also writes a third store holding every table K times over (ids, texts and evidence
 * made distinct per copy, schema-2 indexes built), to see the size at a million events without
 * ingesting a million articles. For the measurements in docs/store.md:
 *
 * <pre>java -cp duckdb_jdbc.jar tools/StoreSize.java STORE.duckdb SCRATCH.duckdb [K]</pre>
 */
public final class StoreSize {
  private static final String[] WITHOUT_TEXT = {
    "events", "actor_refs", "clusters", "cluster_members", "cluster_keys", "cluster_outlets",
    "cluster_disagreements", "article_sources", "article_bodies"
  };

  public static void main(String[] args) throws SQLException {
    File store = new File(args[0]);
    File scratch = new File(args[1]);
    scratch.delete();
    long events;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + store.getAbsolutePath() + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + scratch.getAbsolutePath() + "' AS b");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM a.events")) {
        r.next();
        events = r.getLong(1);
      }
      for (String t : WITHOUT_TEXT) {
        s.execute("CREATE TABLE b." + t + " AS SELECT * FROM a." + t);
      }
      s.execute("DETACH b");
    }
    if (args.length > 2) {
      scaled(store, new File(args[1] + ".scaled"), Integer.parseInt(args[2]));
    }
    System.out.printf(
        "events %d; file %.1f MB = %.0f MB per million events; without article texts %.1f MB ="
            + " %.0f MB per million events%n",
        events,
        store.length() / 1e6,
        store.length() / 1e6 / events * 1e6,
        scratch.length() / 1e6,
        scratch.length() / 1e6 / events * 1e6);
  }

  private static void scaled(File store, File out, int k) throws SQLException {
    out.delete();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + store.getAbsolutePath() + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + out.getAbsolutePath() + "' AS b");
      String copies = ", range(" + k + ") r(i)";
      s.execute(
          "CREATE TABLE b.articles AS SELECT * REPLACE (id || '-' || i AS id, text || ' ' || i AS"
              + " text, normalized_sha256 || '-' || i AS normalized_sha256) FROM a.articles"
              + copies);
      s.execute(
          "CREATE TABLE b.events AS SELECT * REPLACE (id || '-' || i AS id, article_id || '-' || i"
              + " AS article_id, cluster_id || '-' || i AS cluster_id, evidence_sentence || ' ' ||"
              + " i AS evidence_sentence) FROM a.events"
              + copies);
      s.execute(
          "CREATE TABLE b.actor_refs AS SELECT * REPLACE (event_id || '-' || i AS event_id) FROM"
              + " a.actor_refs"
              + copies);
      s.execute(
          "CREATE TABLE b.article_sources AS SELECT * REPLACE (article_id || '-' || i AS"
              + " article_id) FROM a.article_sources"
              + copies);
      s.execute(
          "CREATE TABLE b.clusters AS SELECT * REPLACE (cluster_id || '-' || i AS cluster_id) FROM"
              + " a.clusters"
              + copies);
      s.execute(
          "CREATE TABLE b.cluster_members AS SELECT * REPLACE (event_id || '-' || i AS event_id,"
              + " cluster_id || '-' || i AS cluster_id, article_id || '-' || i AS article_id) FROM"
              + " a.cluster_members"
              + copies);
      s.execute(
          "CREATE TABLE b.cluster_keys AS SELECT * REPLACE (cluster_id || '-' || i AS cluster_id)"
              + " FROM a.cluster_keys"
              + copies);
      s.execute(
          "CREATE TABLE b.cluster_outlets AS SELECT * REPLACE (cluster_id || '-' || i AS"
              + " cluster_id) FROM a.cluster_outlets"
              + copies);
      s.execute(
          "CREATE TABLE b.article_bodies AS SELECT * REPLACE (article_id || '-' || i AS"
              + " article_id, body_sha256 || '-' || i AS body_sha256) FROM a.article_bodies"
              + copies);
      for (String index : INDEXES) {
        s.execute("CREATE INDEX " + index.replace(" ON ", " ON b."));
      }
      long events;
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM b.events")) {
        r.next();
        events = r.getLong(1);
      }
      s.execute("CHECKPOINT b");
      s.execute("DETACH b");
      System.out.printf(
          "scaled x%d: events %d; file %.1f MB = %.0f MB per million events%n",
          k, events, out.length() / 1e6, out.length() / 1e6 / events * 1e6);
    }
  }

  /** The indexes of schema 2 (Migrations.V2), plus the primary keys' own. */
  private static final String[] INDEXES = {
    "ea ON events (id)",
    "eb ON events (date_start)",
    "ec ON events (cluster_id)",
    "ed ON events (type)",
    "ee ON events (article_id)",
    "ra ON actor_refs (code)",
    "rb ON actor_refs (event_id)",
    "aa ON articles (id)",
    "ab ON articles (normalized_sha256)",
    "sa ON article_sources (article_id)",
    "ba ON article_bodies (body_sha256)",
    "ka ON cluster_keys (key)",
    "ma ON cluster_members (cluster_id)",
    "mb ON cluster_members (article_id)",
    "oa ON cluster_outlets (cluster_id)",
    "ca ON clusters (cluster_id)"
  };
}
