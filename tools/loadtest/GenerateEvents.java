// Fills an eventwire store with generated articles and events for load tests, by DuckDB SQL
// (INSERT ... SELECT FROM range), not by the coding pipeline: a million events take about a
// minute. Run with the launcher's class path (tools/loadtest/run.sh does):
//   java -cp "$(cat eventwire-cli/target/classpath.txt):eventwire-core/target/classes" \
//     tools/loadtest/GenerateEvents.java STORE.duckdb EVENTS
// The store must not exist yet. Every value in the SQL is made here; nothing comes from outside.
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eventwire.store.EventStore;

public class GenerateEvents {
  /** Five events per article; parties drawn from sixteen countries. */
  static final int EVENTS_PER_ARTICLE = 5;

  static final String PARTIES =
      "['PRK','RUS','CHN','USA','KOR','JPN','IRN','ISR','UKR','IND','PAK','FRA','DEU','GBR','TUR','SYR']";

  static final String TYPES =
      "['AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE',"
          + "'REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT']";

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    long events = Long.parseLong(args[1]);
    if (Files.exists(db)) {
      throw new IllegalArgumentException(db + " exists; give a new file");
    }
    try (EventStore store = EventStore.open(db)) {
      System.err.println("schema version " + store.schemaVersion());
    }
    long articles = (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE;
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO articles SELECT 'load-' || i, 'Load Wire', NULL, 'Generated article ' || i,"
              + " DATE '2020-01-01' + CAST(i % 2190 AS INTEGER), 'METADATA',"
              + " 'GENERATED - Generated sentence ' || (i * 5) || ' for the load test. Generated"
              + " sentence ' || (i * 5 + 1) || ' follows it. More generated words close the text.',"
              + " 't' || i, 'n' || i, now(), 0 FROM range(" + articles + ") r(i)");
      s.execute(
          "INSERT INTO article_sources SELECT id, id, source, NULL, text_sha256, first_seen, 0"
              + " FROM articles");
      s.execute(
          "CREATE TEMP TABLE gen AS SELECT i, 'load-' || (i // " + EVENTS_PER_ARTICLE + ") AS art,"
              + TYPES + "[((i * 5 + i // 16) % 16) + 1] AS type, (i * 5 + i // 16) % 16 AS t, " + PARTIES + "[((i * 7) % 16) + 1] AS a, "
              + PARTIES + "[((i * 7 + 1 + (i // 16) % 15) % 16) + 1] AS b,"
              + " DATE '2020-01-01' + CAST((i // " + EVENTS_PER_ARTICLE + ") % 2190 AS INTEGER) AS d"
              + " FROM range(" + events + ") r(i)");
      String insertEvents =
          "INSERT INTO events SELECT 'ev' || i, art, type, NULL, '[\"diplomatic\"]', '040',"
              + " CASE WHEN t >= 8 THEN -5.0 ELSE 4.0 END,"
              + " CASE WHEN t >= 13 THEN 4 WHEN t >= 8 THEN 3 WHEN t >= 4 THEN 2 ELSE 1 END,"
              + " '[' || ref(a) || ']', '[' || ref(b) || ']', strftime(d, '%Y-%m-%d'), 'day', d, d,"
              + " NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'asserted', '[]', false,"
              + " CASE WHEN i % 50 = 0 THEN '[{\"regime\":\"UNSC-1718\",\"measure\":\"arms\","
              + "\"basis\":\"UNSCR 1718 (2006) OP 8\"}]' ELSE '[]' END, i % 50 = 0,"
              + " 'Generated sentence ' || i || ' for the load test.', 0, 0, 0, 'Generated',"
              + " 'ev' || i FROM gen";
      s.execute(insertEvents.replace("ref(a)", ref("a")).replace("ref(b)", ref("b")));
      s.execute(
          "INSERT INTO actor_refs SELECT 'ev' || i, 'actor', 0, a, a, a, NULL, 'GOV', a || 'GOV'"
              + " FROM gen UNION ALL SELECT 'ev' || i, 'recipient', 0, b, b, b, NULL, 'GOV',"
              + " b || 'GOV' FROM gen");
      s.execute(
          "INSERT INTO clusters SELECT 'ev' || i, d, 1, 1, 1 FROM gen");
      s.execute("CHECKPOINT");
    }
    System.err.printf(
        "%d events in %d articles written to %s in %.1f s%n",
        events, articles, db, (System.nanoTime() - t0) / 1e9);
  }

  /** SQL for one contract ActorRef of the country in column {@code col}. */
  static String ref(String col) {
    return "'{\"text\":\"' || " + col + " || '\",\"name\":\"' || " + col
        + " || '\",\"country\":\"' || " + col + " || '\",\"igo\":null,\"sector\":\"GOV\","
        + "\"code\":\"' || " + col + " || 'GOV\"}'";
  }
}
