import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares two eventwire stores table by table (row counts, and rows in one but not the other,
 * times and run numbers left out), or prints one store's row counts. For the measurements in
 * docs/store.md; run with the DuckDB JDBC jar on the class path:
 *
 * <pre>java -cp duckdb_jdbc.jar tools/StoreDiff.java A.duckdb [B.duckdb]</pre>
 */
public final class StoreDiff {
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put(
        "articles",
        "id, source, url, title, published, published_source, text, text_sha256,"
            + " normalized_sha256");
    TABLES.put("article_sources", "article_id, input_id, source, url, text_sha256");
    for (String t :
        new String[] {
          "article_bodies", "article_signatures", "article_signature_bands", "events",
          "actor_refs", "clusters", "cluster_members",
          "cluster_keys", "cluster_outlets", "cluster_disagreements"
        }) {
      TABLES.put(t, "*");
    }
  }

  public static void main(String[] args) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + args[0] + "' AS a (READ_ONLY)");
      if (args.length > 1) {
        s.execute("ATTACH '" + args[1] + "' AS b (READ_ONLY)");
      }
      boolean same = true;
      for (Map.Entry<String, String> t : TABLES.entrySet()) {
        long na = one(s, "SELECT count(*) FROM a." + t.getKey());
        if (args.length == 1) {
          System.out.printf("%-22s %10d%n", t.getKey(), na);
          continue;
        }
        long nb = one(s, "SELECT count(*) FROM b." + t.getKey());
        String sa = "SELECT " + t.getValue() + " FROM a." + t.getKey();
        String sb = "SELECT " + t.getValue() + " FROM b." + t.getKey();
        long diff =
            one(s, "SELECT count(*) FROM (" + sa + " EXCEPT ALL " + sb + ")")
                + one(s, "SELECT count(*) FROM (" + sb + " EXCEPT ALL " + sa + ")");
        same &= na == nb && diff == 0;
        System.out.printf("%-22s %10d %10d  differing rows %d%n", t.getKey(), na, nb, diff);
      }
      if (args.length > 1) {
        System.out.println(same ? "SAME" : "DIFFERENT");
      }
      System.out.println(
          "runs: "
              + one(s, "SELECT count(*) FROM a.ingest_runs")
              + ", unfinished: "
              + one(s, "SELECT count(*) FROM a.ingest_runs WHERE finished IS NULL"));
    }
  }

  private static long one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
