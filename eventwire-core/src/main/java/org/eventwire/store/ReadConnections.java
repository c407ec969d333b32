package org.eventwire.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;

/**
 * The connections of the store's read-only queries: siblings of its write connection on the same
 * database, one per concurrent reader, kept idle between queries for the next one.
 */
final class ReadConnections {
  private final Connection primary;
  private final Object lock;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

  /**
   * @param primary the store's write connection, duplicated for each new reader
   * @param lock the object that serialises use of {@code primary}
   */
  ReadConnections(Connection primary, Object lock) {
    this.primary = primary;
    this.lock = lock;
  }

  /** Runs a read-only query on a reading connection, handing each mapped row to {@code sink}. */
  <T> long readEach(String sql, List<?> params, RowMapper<T> mapper, Consumer<T> sink) {
    Connection c = null;
    try {
      c = reader();
      return Statements.forEach(c, sql, params, mapper, sink);
    } catch (SQLException e) {
      throw new StoreException("query failed", e);
    } finally {
      if (c != null) {
        idle.offer(c);
      }
    }
  }

  /** An idle reading connection, or a new one. */
  private Connection reader() throws SQLException {
    Connection c = idle.poll();
    if (c != null) {
      return c;
    }
    synchronized (lock) {
      return primary.unwrap(DuckDBConnection.class).duplicate();
    }
  }

  /** Closes every idle reading connection. */
  void close() throws SQLException {
    for (Connection c = idle.poll(); c != null; c = idle.poll()) {
      c.close();
    }
  }
}
