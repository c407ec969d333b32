package org.eventwire.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a query's result to a Parquet file with DuckDB's {@code COPY ... TO}, through a temporary
 * file whose path this class made, so that no user value enters the SQL text.
 */
final class ParquetExport {
  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_./\\\\:-]+");

  private final Connection connection;

  ParquetExport(Connection connection) {
    this.connection = connection;
  }

  /** Writes the rows of {@code sql} (with bind parameters) to {@code out}; returns their number. */
  long copy(String sql, List<?> params, Path out) {
    Path dir = null;
    long written;
    try {
      dir = Files.createTempDirectory("eventwire-export");
      Path tmp = dir.resolve("export.parquet").toAbsolutePath();
      String target = tmp.toString();
      if (!SAFE_PATH.matcher(target).matches()) {
        throw new StoreException("temporary directory path is not plain: " + target, null);
      }
      try (PreparedStatement p =
          Statements.prepare(
              connection, "COPY (" + sql + ") TO '" + target + "' (FORMAT PARQUET)", params)) {
        written = p.executeUpdate();
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      return written;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot write Parquet to " + out, e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir != null) {
      try {
        Files.deleteIfExists(dir.resolve("export.parquet"));
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // a leftover empty temporary directory is harmless
      }
    }
  }
}
