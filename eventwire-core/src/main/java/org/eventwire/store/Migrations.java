package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The store's schema as an ordered list of migrations. Each migration runs in its own transaction
 * together with its {@code schema_version} row, so a store is always at one whole version.
 */
final class Migrations {

  /** Work on the data that SQL cannot do, run after a migration's statements. */
  @FunctionalInterface
  interface DataStep {
    void run(Connection c) throws SQLException;
  }

  /**
   * One step of the schema.
   *
   * @param version the version the store is at once this step is applied (1, 2, ...)
   * @param description what it does
   * @param statements the DDL, run in order
   * @param data run after the statements in the same transaction (none: does nothing)
   */
  record Migration(int version, String description, List<String> statements, DataStep data) {
    Migration(int version, String description, List<String> statements) {
      this(version, description, statements, c -> {});
    }
  }

  /**
   * Schema 2. Events of a version-1 store stay one-event clusters (they become their clusters'
   * founders and are filed under their keys, so new articles can join them); their articles have no
   * body fingerprint, so a later copy with another headline is recognised only if exact.
   */
  private static final List<String> V2 =
      List.of(
          """
          CREATE TABLE article_bodies (
            article_id VARCHAR PRIMARY KEY,
            body_sha256 VARCHAR NOT NULL)""",
          """
          CREATE TABLE cluster_members (
            event_id VARCHAR PRIMARY KEY,
            cluster_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            founder BOOLEAN NOT NULL,
            score INTEGER NOT NULL,
            reason VARCHAR NOT NULL)""",
          """
          CREATE TABLE cluster_keys (
            key VARCHAR NOT NULL,
            cluster_id VARCHAR NOT NULL,
            window_start DATE NOT NULL,
            window_end DATE NOT NULL)""",
          """
          CREATE TABLE cluster_disagreements (
            cluster_id VARCHAR NOT NULL,
            event_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            founder_value VARCHAR,
            member_value VARCHAR)""",
          """
          CREATE TABLE cluster_outlets (
            cluster_id VARCHAR NOT NULL,
            source VARCHAR NOT NULL)""",
          "INSERT INTO cluster_outlets SELECT DISTINCT e.cluster_id, s.source FROM events e"
              + " JOIN article_sources s ON s.article_id = e.article_id WHERE s.source IS NOT NULL",
          "INSERT INTO cluster_members SELECT id, cluster_id, article_id, true, 0,"
              + " 'founder (stored under schema 1)' FROM events",
          """
          INSERT INTO cluster_keys
          WITH p AS (
            SELECT DISTINCT event_id, coalesce(country, 'IGO:' || igo, code) AS party
            FROM actor_refs WHERE role IN ('actor', 'recipient')
              AND coalesce(country, igo, code) IS NOT NULL),
          w AS (
            SELECT e.id, e.type,
              coalesce(e.date_start, CAST(a.published - INTERVAL 7 DAY AS DATE)) AS ws,
              coalesce(e.date_end, a.published) AS we
            FROM events e JOIN articles a ON a.id = e.article_id)
          SELECT w.type || '|' || p.party, w.id, w.ws, w.we
          FROM w JOIN p ON p.event_id = w.id WHERE w.ws IS NOT NULL
          UNION ALL
          SELECT w.type || '|' || p1.party || '|' || p2.party, w.id, w.ws, w.we
          FROM w JOIN p p1 ON p1.event_id = w.id JOIN p p2 ON p2.event_id = w.id
          WHERE p1.party < p2.party AND w.ws IS NOT NULL
          UNION ALL
          SELECT w.type || '|' || p.party || '|*', w.id, w.ws, w.we
          FROM w JOIN p ON p.event_id = w.id
          WHERE w.ws IS NOT NULL AND (SELECT count(*) FROM p o WHERE o.event_id = w.id) = 1""",
          "CREATE INDEX events_date_start ON events (date_start)",
          "CREATE INDEX events_cluster ON events (cluster_id)",
          "CREATE INDEX events_type ON events (type)",
          "CREATE INDEX events_article ON events (article_id)",
          "CREATE INDEX actor_refs_code ON actor_refs (code)",
          "CREATE INDEX actor_refs_event ON actor_refs (event_id)",
          "CREATE INDEX article_sources_article ON article_sources (article_id)",
          "CREATE INDEX article_bodies_hash ON article_bodies (body_sha256)",
          "CREATE INDEX cluster_keys_key ON cluster_keys (key)",
          "CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id)",
          "CREATE INDEX cluster_members_article ON cluster_members (article_id)",
          "CREATE INDEX cluster_outlets_cluster ON cluster_outlets (cluster_id)",
          "CREATE INDEX cluster_disagreements_cluster ON cluster_disagreements (cluster_id)");

  /**
   * Schema 3: the MinHash signatures of article bodies and their band keys, the candidate index of
   * edited copies. The articles stored before it that have a body fingerprint are signed by {@link
   * SignatureBackfill}.
   */
  private static final List<String> V3 =
      List.of(
          """
          CREATE TABLE article_signatures (
            article_id VARCHAR PRIMARY KEY,
            signature BLOB NOT NULL)""",
          """
          CREATE TABLE article_signature_bands (
            band_key BIGINT NOT NULL,
            article_id VARCHAR NOT NULL)""",
          "CREATE INDEX article_signature_bands_key ON article_signature_bands (band_key)");

  static final List<Migration> ALL =
      List.of(
          new Migration(
              1,
              "articles, sources, events, actor references, clusters, ingest runs",
              List.of(
                  """
                  CREATE TABLE articles (
                    id VARCHAR PRIMARY KEY,
                    source VARCHAR,
                    url VARCHAR,
                    title VARCHAR,
                    published DATE,
                    published_source VARCHAR,
                    text VARCHAR NOT NULL,
                    text_sha256 VARCHAR NOT NULL,
                    normalized_sha256 VARCHAR NOT NULL UNIQUE,
                    first_seen TIMESTAMP NOT NULL,
                    run_id BIGINT)""",
                  """
                  CREATE TABLE article_sources (
                    article_id VARCHAR NOT NULL,
                    input_id VARCHAR NOT NULL,
                    source VARCHAR,
                    url VARCHAR,
                    text_sha256 VARCHAR NOT NULL,
                    first_seen TIMESTAMP NOT NULL,
                    run_id BIGINT)""",
                  """
                  CREATE TABLE events (
                    id VARCHAR PRIMARY KEY,
                    article_id VARCHAR NOT NULL,
                    type VARCHAR NOT NULL,
                    mode VARCHAR,
                    contexts VARCHAR NOT NULL,
                    cameo VARCHAR,
                    intensity DOUBLE,
                    quad_class INTEGER,
                    actors VARCHAR NOT NULL,
                    recipients VARCHAR NOT NULL,
                    date VARCHAR,
                    date_precision VARCHAR,
                    date_start DATE,
                    date_end DATE,
                    date_text VARCHAR,
                    historical BOOLEAN NOT NULL,
                    location_name VARCHAR,
                    location_country VARCHAR,
                    location_admin1 VARCHAR,
                    location_lat DOUBLE,
                    location_lon DOUBLE,
                    location_gazetteer_id VARCHAR,
                    location_precision VARCHAR,
                    modality VARCHAR NOT NULL,
                    claimants VARCHAR NOT NULL,
                    negated BOOLEAN NOT NULL,
                    sanctions VARCHAR NOT NULL,
                    has_sanctions BOOLEAN NOT NULL,
                    evidence_sentence VARCHAR,
                    evidence_sentence_index INTEGER,
                    evidence_start INTEGER,
                    evidence_end INTEGER,
                    evidence_trigger VARCHAR,
                    cluster_id VARCHAR NOT NULL)""",
                  """
                  CREATE TABLE actor_refs (
                    event_id VARCHAR NOT NULL,
                    role VARCHAR NOT NULL,
                    position INTEGER NOT NULL,
                    text VARCHAR,
                    name VARCHAR,
                    country VARCHAR,
                    igo VARCHAR,
                    sector VARCHAR,
                    code VARCHAR)""",
                  """
                  CREATE TABLE clusters (
                    cluster_id VARCHAR PRIMARY KEY,
                    first_report DATE,
                    n_articles INTEGER NOT NULL,
                    n_outlets INTEGER NOT NULL,
                    n_copies INTEGER NOT NULL)""",
                  """
                  CREATE TABLE ingest_runs (
                    run_id BIGINT PRIMARY KEY,
                    started TIMESTAMP NOT NULL,
                    finished TIMESTAMP,
                    inputs VARCHAR NOT NULL,
                    articles_read BIGINT,
                    articles_new BIGINT,
                    duplicates BIGINT,
                    sources_added BIGINT,
                    events BIGINT,
                    errors BIGINT)""")),
          new Migration(
              2,
              "clusters across articles (members, keys, disagreements), body fingerprints,"
                  + " indexes for queries",
              V2),
          new Migration(
              3,
              "MinHash signatures of article bodies and their band index (edited copies)",
              V3,
              SignatureBackfill::run));

  private Migrations() {}

  /** The version the code expects: the last migration's. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /** Brings the store up to {@link #latest()}; returns the version it is at. */
  static int migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
              + " description VARCHAR NOT NULL, applied TIMESTAMP NOT NULL)");
    }
    int current = current(c);
    if (current > latest()) {
      throw new SQLException(
          "store is at schema version "
              + current
              + ", newer than this eventwire ("
              + latest()
              + ")");
    }
    for (Migration m : ALL) {
      if (m.version() > current) {
        apply(c, m);
        current = m.version();
      }
    }
    return current;
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void apply(Connection c, Migration m) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String sql : m.statements()) {
          s.execute(sql);
        }
      }
      m.data().run(c);
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
        p.setInt(1, m.version());
        p.setString(2, m.description());
        p.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
