package org.eventwire.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.eventwire.model.Article;
import org.eventwire.model.TextSpan;

/**
 * The fingerprints of an article's text.
 *
 * @param textSha256 SHA-256 (hex) of the text exactly as read
 * @param normalizedSha256 SHA-256 (hex) of the {@link #normalize normalised} text: the key under
 *     which re-typeset copies are recognised
 * @param bodySha256 SHA-256 (hex) of the normalised <em>body</em> alone (no caption, credit,
 *     headline, dateline or sign-off), or null when that body is shorter than {@link
 *     #MIN_BODY_CHARS} letters and digits: the key under which a syndicated copy with another
 *     headline, dateline or sign-off is recognised
 * @param bodySignature the MinHash signature of the body's word shingles, or null under the same
 *     condition as {@code bodySha256}: the sketch under which an edited copy is recognised
 */
public record ArticleHashes(
    String textSha256, String normalizedSha256, String bodySha256, BodySignature bodySignature) {

  /** Fingerprints without a body signature. */
  public ArticleHashes(String textSha256, String normalizedSha256, String bodySha256) {
    this(textSha256, normalizedSha256, bodySha256, null);
  }

  /**
   * Normalised characters a body needs before its hash may stand for the article (about 60 words):
   * short bodies ("Talks held.") would make unrelated articles copies of each other.
   */
  public static final int MIN_BODY_CHARS = 300;

  /** The fingerprints of a text without known parts (no body fingerprint). */
  public static ArticleHashes of(String text) {
    return new ArticleHashes(sha256(text), sha256(normalize(text)), null);
  }

  /** The fingerprints of an article, its body's included. */
  public static ArticleHashes of(Article article) {
    String text = article.text();
    TextSpan body = article.layout() == null ? null : article.layout().body();
    String bodyText = body == null ? "" : body.of(text);
    String normalizedBody = normalize(bodyText);
    boolean longEnough = normalizedBody.length() >= MIN_BODY_CHARS;
    return new ArticleHashes(
        sha256(text),
        sha256(normalize(text)),
        longEnough ? sha256(normalizedBody) : null,
        longEnough ? BodySignature.of(bodyText) : null);
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
