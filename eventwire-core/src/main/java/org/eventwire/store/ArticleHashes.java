package org.eventwire.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The two fingerprints of an article's text.
 *
 * @param textSha256 SHA-256 (hex) of the text exactly as read
 * @param normalizedSha256 SHA-256 (hex) of the {@link #normalize normalised} text: the key under
 *     which syndicated copies and near-duplicates are recognised
 */
public record ArticleHashes(String textSha256, String normalizedSha256) {

  /** Both fingerprints of {@code text}. */
  public static ArticleHashes of(String text) {
    return new ArticleHashes(sha256(text), sha256(normalize(text)));
  }

  /**
   * The text reduced to what survives re-typesetting: NFKC, lower-case, and only letters and digits
   * kept (whitespace, punctuation and symbols dropped), so copies that differ only in spacing, line
   * breaks, quotes, dashes or case compare equal.
   */
  public static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
