package org.eventwire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Json;

/**
 * The event store on one DuckDB file. Opening it applies any pending schema migrations. All access
 * goes through one JDBC connection and is serialised on this object; each article is written in one
 * transaction, so the file never holds part of an article.
 */
public final class EventStore implements AutoCloseable {
  private final Connection connection;

  /** The connections of {@link #read}: siblings of {@code connection} on the same database. */
  private final ReadConnections readers;

  private final EventRows rows;
  private final ObjectMapper json;
  private final int schemaVersion;
  private final ArticleWriter writer;
  private final StoredCopies copies;
  private final ParquetExport parquet;

  private EventStore(Connection connection, ObjectMapper json, int schemaVersion) {
    this.connection = connection;
    this.json = json;
    this.rows = new EventRows(json);
    this.schemaVersion = schemaVersion;
    this.writer =
        new ArticleWriter(connection, rows, new Clusterer(connection, rows, new ClusterRule()));
    this.copies = new StoredCopies(this);
    this.readers = new ReadConnections(connection, this);
    this.parquet = new ParquetExport(connection);
  }

  /** Opens (creating if needed) the store in {@code db} and migrates it to the latest schema. */
  public static EventStore open(Path db) {
    Connection c = null;
    try {
      Path parent = db.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
      int version = Migrations.migrate(c);
      checkpoint(c);
      return new EventStore(c, Json.newMapper(), version);
    } catch (SQLException | IOException e) {
      closeQuietly(c);
      throw new StoreException("cannot open store " + db, e);
    }
  }

  /**
   * Writes what opening replayed from the write-ahead log (the commits of a process killed before
   * its checkpoint) into the database file, indexes included, before anything else can happen.
   *
   * <p>DuckDB 1.4 binds secondary (non-unique) ART indexes lazily: rows replayed from the WAL wait
   * in the unbound index, and the checkpoint DuckDB runs when the last connection closes writes
   * that index <em>without</em> them (duckdb/duckdb#23788, #23848, #25771). So a store opened after
   * a kill and closed without touching those indexes (a query, a re-run of known inputs, an ingest
   * killed again) lost every replayed row from {@code cluster_keys(key)}, {@code
   * article_bodies(body_sha256)}, {@code cluster_members(...)}, {@code events(article_id)} and the
   * rest: the rows stay in the tables, but lookups through the index no longer see them, so a later
   * report did not find the cluster a replayed founder had filed, and a copy of a replayed article
   * was not recognised. An explicit {@code CHECKPOINT} on a connection binds the indexes and writes
   * them whole; with nothing replayed it costs next to nothing.
   */
  private static void checkpoint(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CHECKPOINT");
    }
  }

  /** The schema version the store is at. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** The row mapper for {@link EventRows#SELECT} results. */
  public EventRows rows() {
    return rows;
  }

  /** The id of the stored article whose normalised text has this hash. */
  public synchronized Optional<String> articleWithNormalizedHash(String normalizedSha256) {
    return first(
        "SELECT id FROM articles WHERE normalized_sha256 = ?",
        List.of(normalizedSha256),
        r -> r.getString(1));
  }

  /** The normalised-text hash of the stored article with this id. */
  public synchronized Optional<String> normalizedHashOf(String articleId) {
    return first(
        "SELECT normalized_sha256 FROM articles WHERE id = ?",
        List.of(articleId),
        r -> r.getString(1));
  }

  /**
   * The stored article these fingerprints recognise: the one with the same normalised text, else
   * the one with the same normalised body (a copy under another headline, dateline or sign-off),
   * else the one whose body's MinHash signature is estimated at least {@link
   * BodySignature#THRESHOLD} similar (an edited copy).
   */
  public synchronized Optional<String> storedCopyOf(ArticleHashes hashes) {
    return copies.find(hashes);
  }

  /**
   * Records one more copy of a stored article; returns false when this exact copy (input id, outlet
   * and URL) was already recorded. One transaction.
   */
  public synchronized boolean addCopy(String articleId, ArticleCopy copy, long runId) {
    return transaction(
        () -> {
          boolean known =
              first(
                      "SELECT 1 FROM article_sources WHERE article_id = ? AND input_id = ?"
                          + " AND source IS NOT DISTINCT FROM ? AND url IS NOT DISTINCT FROM ?",
                      Arrays.asList(articleId, copy.inputId(), copy.source(), copy.url()),
                      r -> r.getInt(1))
                  .isPresent();
          if (known) {
            return false;
          }
          writer.addCopy(articleId, copy, runId);
          return true;
        });
  }

  /**
   * Stores a new article, its body fingerprint, its first copy, its events (each put into a cluster
   * across articles, {@code docs/store.md}) and their actor references in one transaction: all of
   * it or, on any failure, none of it. Events with a repeated id are stored once.
   */
  public synchronized void storeArticle(
      Article article, ArticleHashes hashes, List<Event> events, long runId) {
    transaction(
        () -> {
          writer.write(article, hashes, events, runId);
          return null;
        });
  }

  /** Opens an ingest run record; returns its id. */
  public synchronized long startRun(List<String> inputs) {
    return transaction(
        () -> {
          long id =
              first(
                      "SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs",
                      List.of(),
                      r -> r.getLong(1))
                  .orElse(1L);
          execute(
              "INSERT INTO ingest_runs (run_id, started, inputs) VALUES (?, ?, ?)",
              List.of(id, EventRows.now(), toJson(inputs)));
          return id;
        });
  }

  /** Closes an ingest run record with its counts. A run killed before this keeps finished null. */
  public synchronized void finishRun(long runId, IngestProgress p) {
    transaction(
        () -> {
          execute(
              "UPDATE ingest_runs SET finished = ?, articles_read = ?, articles_new = ?,"
                  + " duplicates = ?, sources_added = ?, events = ?, errors = ? WHERE run_id = ?",
              List.of(
                  EventRows.now(),
                  p.read(),
                  p.articlesNew(),
                  p.duplicates(),
                  p.sourcesAdded(),
                  p.events(),
                  p.errors(),
                  runId));
          return null;
        });
  }

  /** Row counts of every table. */
  public synchronized TableCounts counts() {
    return first(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_sources),"
                + " (SELECT count(*) FROM events), (SELECT count(*) FROM actor_refs),"
                + " (SELECT count(*) FROM clusters), (SELECT count(*) FROM ingest_runs)",
            List.of(),
            r ->
                new TableCounts(
                    r.getLong(1),
                    r.getLong(2),
                    r.getLong(3),
                    r.getLong(4),
                    r.getLong(5),
                    r.getLong(6)))
        .orElseThrow();
  }

  /** Runs a query with bind parameters and maps every row. */
  public synchronized <T> List<T> select(String sql, List<?> params, RowMapper<T> mapper) {
    List<T> out = new ArrayList<>();
    forEach(sql, params, mapper, out::add);
    return out;
  }

  /** Runs a query with bind parameters, handing each mapped row to {@code sink}; returns rows. */
  public synchronized <T> long forEach(
      String sql, List<?> params, RowMapper<T> mapper, Consumer<T> sink) {
    try {
      return Statements.forEach(connection, sql, params, mapper, sink);
    } catch (SQLException e) {
      throw new StoreException("query failed", e);
    }
  }

  /**
   * Runs a read-only query with bind parameters on a connection of its own, so that concurrent
   * readers (the HTTP server's threads) neither wait for each other nor for a write in progress;
   * they see what was committed when their query started. Not for writes.
   */
  public <T> List<T> read(String sql, List<?> params, RowMapper<T> mapper) {
    List<T> out = new ArrayList<>();
    readEach(sql, params, mapper, out::add);
    return out;
  }

  /**
   * As {@link #read}, handing each mapped row to {@code sink} as it comes (no list held); the sink
   * may write to the store, which uses another connection. Returns the number of rows.
   */
  public <T> long readEach(String sql, List<?> params, RowMapper<T> mapper, Consumer<T> sink) {
    return readers.readEach(sql, params, mapper, sink);
  }

  /**
   * Writes the result of a query (with bind parameters) to {@code out} as Parquet, by DuckDB's own
   * {@code COPY ... TO ... (FORMAT PARQUET)}. DuckDB cannot bind a COPY target, so the file is
   * written under a fresh temporary directory whose name this class made, then moved to {@code
   * out}: no user value ever enters the SQL text. Returns the number of rows written.
   */
  public synchronized long copyToParquet(String sql, List<?> params, Path out) {
    return parquet.copy(sql, params, out);
  }

  @Override
  public synchronized void close() {
    try {
      readers.close();
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store", e);
    }
  }

  private <T> Optional<T> first(String sql, List<?> params, RowMapper<T> mapper) {
    try (PreparedStatement p = prepare(sql, params);
        ResultSet r = p.executeQuery()) {
      return r.next() ? Optional.ofNullable(mapper.map(r)) : Optional.empty();
    } catch (SQLException e) {
      throw new StoreException("query failed", e);
    }
  }

  private void execute(String sql, List<?> params) throws SQLException {
    try (PreparedStatement p = prepare(sql, params)) {
      p.executeUpdate();
    }
  }

  private PreparedStatement prepare(String sql, List<?> params) throws SQLException {
    return Statements.prepare(connection, sql, params);
  }

  private String toJson(Object value) throws SQLException {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot write JSON", e);
    }
  }

  /** Work inside a transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T transaction(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("store write failed", e);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // already failing; the first error is the one reported
      }
    }
  }
}
