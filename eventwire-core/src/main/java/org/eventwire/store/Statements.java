package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Prepares JDBC statements with bind parameters and streams the mapped rows of a query. */
final class Statements {
  private Statements() {}

  /** A statement for {@code sql} on {@code connection} with {@code params} bound in order. */
  static PreparedStatement prepare(Connection connection, String sql, List<?> params)
      throws SQLException {
    PreparedStatement p = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      return p;
    } catch (SQLException e) {
      p.close();
      throw e;
    }
  }

  /** Runs a query on {@code connection}, handing each mapped row to {@code sink}; returns rows. */
  static <T> long forEach(
      Connection connection, String sql, List<?> params, RowMapper<T> mapper, Consumer<T> sink)
      throws SQLException {
    try (PreparedStatement p = prepare(connection, sql, params);
        ResultSet r = p.executeQuery()) {
      long n = 0;
      while (r.next()) {
        sink.accept(mapper.map(r));
        n++;
      }
      return n;
    }
  }
}
