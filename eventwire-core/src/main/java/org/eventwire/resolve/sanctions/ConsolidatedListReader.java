package org.eventwire.resolve.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council Consolidated List in its public XML format ({@code
 * CONSOLIDATED_LIST} with {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}, schema {@code
 * sc-sanctions.xsd}) with StAX. Only the fields eventwire needs are kept: reference number, names,
 * aliases, list type and listing date. DTDs and external entities are refused.
 */
public final class ConsolidatedListReader {

  private static final List<String> NAME_PARTS =
      List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");

  private final XMLInputFactory factory;

  public ConsolidatedListReader() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** Reads a list file. */
  public ConsolidatedList read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  /**
   * Reads a list from a stream.
   *
   * @param in the XML
   * @param name the source's name, for error messages
   */
  public ConsolidatedList read(InputStream in, String name) {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return read(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(name + ": not a readable Consolidated List: " + e, e);
    }
  }

  private ConsolidatedList read(XMLStreamReader xml) throws XMLStreamException {
    String generated = "";
    List<DesignatedParty> parties = new ArrayList<>();
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "CONSOLIDATED_LIST" -> {
          String value = xml.getAttributeValue(null, "dateGenerated");
          generated = value == null ? "" : value;
        }
        case "INDIVIDUAL" -> parties.add(entry(xml, DesignatedParty.Kind.INDIVIDUAL));
        case "ENTITY" -> parties.add(entry(xml, DesignatedParty.Kind.ENTITY));
        default -> {
          // other elements carry nothing we keep
        }
      }
    }
    return new ConsolidatedList(generated, parties);
  }

  /** Reads one INDIVIDUAL or ENTITY element; the reader stands on its start tag. */
  private DesignatedParty entry(XMLStreamReader xml, DesignatedParty.Kind kind)
      throws XMLStreamException {
    String end = xml.getLocalName();
    String[] nameParts = new String[NAME_PARTS.size()];
    String reference = "";
    String listType = "";
    String listedOn = "";
    List<DesignatedParty.Alias> aliases = new ArrayList<>();
    String aliasName = "";
    String aliasQuality = "";
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        String local = xml.getLocalName();
        if (local.equals(end)) {
          break;
        }
        if (local.endsWith("_ALIAS")) {
          if (!aliasName.isBlank()) {
            aliases.add(new DesignatedParty.Alias(clean(aliasName), clean(aliasQuality)));
          }
          aliasName = "";
          aliasQuality = "";
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = xml.getLocalName();
      int part = NAME_PARTS.indexOf(local);
      if (part >= 0) {
        nameParts[part] = xml.getElementText();
      } else if (local.equals("REFERENCE_NUMBER")) {
        reference = xml.getElementText();
      } else if (local.equals("UN_LIST_TYPE")) {
        listType = xml.getElementText();
      } else if (local.equals("LISTED_ON")) {
        listedOn = xml.getElementText();
      } else if (local.equals("ALIAS_NAME")) {
        aliasName = xml.getElementText();
      } else if (local.equals("QUALITY")) {
        aliasQuality = xml.getElementText();
      }
    }
    List<String> parts = new ArrayList<>();
    for (String p : nameParts) {
      if (p != null && !p.isBlank()) {
        parts.add(clean(p));
      }
    }
    return new DesignatedParty(
        clean(reference), kind, String.join(" ", parts), aliases, clean(listType), date(listedOn));
  }

  private static String clean(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static LocalDate date(String text) {
    String t = text.strip();
    if (t.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(t.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
