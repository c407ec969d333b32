package org.eventwire.resolve.actors;

import java.util.List;
import org.eventwire.resolve.TsvRow;

/**
 * An international body, one of its organs, or an international NGO, from {@code igos.tsv}.
 *
 * @param code CAMEO-style actor code (IGOUNO, IGOEUREEC, NGOIRC)
 * @param key short unique key, the ActorRef {@code igo} field (UN, UNSC, EU)
 * @param name canonical name
 * @param variants other names and abbreviations
 * @param parent key of the body it belongs to, or empty
 * @param source file and line
 */
public record Igo(
    String code, String key, String name, List<String> variants, String parent, String source)
    implements KbEntry {

  static final List<String> COLUMNS = List.of("code", "igo", "name", "variants", "parent");

  public Igo {
    variants = List.copyOf(variants);
  }

  static Igo of(TsvRow row) {
    return new Igo(
        row.required(0), row.required(1), row.required(2), row.list(3), row.cell(4), row.source());
  }
}
