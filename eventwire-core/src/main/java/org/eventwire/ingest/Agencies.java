package org.eventwire.ingest;

/** Names of news agencies as they appear in datelines, credits and sign-offs. */
final class Agencies {
  /** A regular-expression alternative of common agency names (no capture group). */
  static final String PATTERN =
      "(?:EFE|AP|Reuters|REUTERS|AFP|Yonhap|YONHAP|KCNA|Xinhua|XINHUA|dpa|DPA|UPI|TASS|Tass"
          + "|Kyodo|KYODO|ANI|PTI|IANS|Anadolu|Bernama|Interfax|IRNA|KUNA|ANSA|Lusa|EPA|RIA"
          + "|Sputnik|AAP|CNA|VNA|PNA|Antara|Prensa Latina|Notimex|APA|PAP|BTA|CTK|MTI)";

  private Agencies() {}
}
