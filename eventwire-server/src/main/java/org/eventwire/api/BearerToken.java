package org.eventwire.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The write token. Presented tokens are compared by their SHA-256 digests with {@link
 * MessageDigest#isEqual}, so the time taken tells nothing about the token, not even its length.
 */
final class BearerToken {
  private static final String PREFIX = "Bearer ";

  private final byte[] digest;

  /** {@code token}: the secret, or null when writes are off. */
  BearerToken(String token) {
    this.digest = token == null ? null : sha256(token);
  }

  /** Whether writes are possible at all. */
  boolean enabled() {
    return digest != null;
  }

  /** Whether an {@code Authorization} header value carries the token. */
  boolean accepts(String authorization) {
    if (digest == null || authorization == null || !authorization.startsWith(PREFIX)) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(authorization.substring(PREFIX.length())));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
