package org.eventwire.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.eventwire.model.Json;

/**
 * A Parquet article row as the JSON Lines article the coder reads, so both formats go through the
 * same checks: {@code id} and {@code text} are required, {@code published}, {@code title}, {@code
 * source} and {@code url} are used when the input has them (a Parquet date is written as ISO).
 */
public final class ArticleLines implements MapFunction<Row, String> {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = Json.newMapper();

  /** The input columns the job reads; others are ignored. */
  public static final List<String> COLUMNS =
      List.of("id", "text", "published", "title", "source", "url");

  @Override
  public String call(Row row) throws Exception {
    ObjectNode node = JSON.createObjectNode();
    for (String column : COLUMNS) {
      int i = indexOf(row, column);
      if (i >= 0 && !row.isNullAt(i)) {
        node.put(column, row.get(i).toString());
      }
    }
    return JSON.writeValueAsString(node);
  }

  private static int indexOf(Row row, String column) {
    String[] names = row.schema().fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(column)) {
        return i;
      }
    }
    return -1;
  }
}
