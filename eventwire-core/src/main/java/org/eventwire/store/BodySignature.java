package org.eventwire.store;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A MinHash signature of an article body's word shingles: the sketch under which edited copies (a
 * word changed, a paragraph added or dropped) are recognised as the same text.
 *
 * <p>The body is cut into words (NFKC, lower-case, runs of letters and digits), every run of
 * {@value #SHINGLE_WORDS} consecutive words is a shingle, and each of {@value #HASHES} hash
 * functions keeps its smallest value over the shingles. The share of positions at which two
 * signatures agree estimates the Jaccard similarity of the two shingle sets (standard error about
 * 0.035 at 0.8). For the candidate index the signature is cut into {@value #BANDS} bands of {@value
 * #ROWS} values; two bodies share a band key with probability {@code 1 - (1 - J^4)^32}: at J = 0.8
 * all but one pair in 20 million, at J = 0.2 about one pair in 20. Two signatures estimated at or
 * above the threshold always share at least {@link #MIN_SHARED_BANDS} band keys, so the candidate
 * lookup asks for that many and misses no pair the confirmation would accept. The hash functions
 * are fixed by {@link #SEED}: never change it, or the signatures of a store no longer compare with
 * new ones.
 */
public final class BodySignature {
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;

  /** Hash functions (signature length). */
  public static final int HASHES = 128;

  /** Bands of the candidate index. */
  public static final int BANDS = 32;

  /** Signature values per band. */
  public static final int ROWS = HASHES / BANDS;

  /**
   * Estimated Jaccard similarity of the shingle sets at or above which two bodies are one article
   * (measured in {@code docs/store.md}, "Near-duplicates").
   */
  public static final double THRESHOLD = 0.8;

  /**
   * Band keys that two signatures estimated at least {@link #THRESHOLD} similar always share: they
   * differ in at most {@code HASHES - ceil(THRESHOLD * HASHES)} = 25 values, and each differing
   * value spoils one band at most, so at least 32 - 25 = 7 bands are equal. Candidates sharing
   * fewer cannot pass the confirmation and are not fetched.
   */
  public static final int MIN_SHARED_BANDS = BANDS - (HASHES - (int) Math.ceil(THRESHOLD * HASHES));

  /** The seed of the hash functions; part of the stored format. */
  static final long SEED = 0x65766e7477697265L; // "evntwire"

  private static final long[] MULTIPLIERS = new long[HASHES];
  private static final long[] OFFSETS = new long[HASHES];

  static {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < HASHES; i++) {
      MULTIPLIERS[i] = random.nextLong() | 1L;
      OFFSETS[i] = random.nextLong();
    }
  }

  private final int[] values;

  private BodySignature(int[] values) {
    this.values = values;
  }

  /** The signature of a body, or null when it has fewer than {@value #SHINGLE_WORDS} words. */
  public static BodySignature of(String body) {
    Set<Long> shingles = shingles(body);
    if (shingles.isEmpty()) {
      return null;
    }
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = (MULTIPLIERS[i] * x + OFFSETS[i]) >>> 32; // multiply-shift, 32 bits
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    int[] values = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      values[i] = (int) min[i];
    }
    return new BodySignature(values);
  }

  /** The signature stored by {@link #toBytes()}. */
  public static BodySignature fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != HASHES * Integer.BYTES) {
      throw new IllegalArgumentException("not a body signature of " + HASHES + " values");
    }
    int[] values = new int[HASHES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return new BodySignature(values);
  }

  /** The signature as {@value #HASHES} big-endian 4-byte values. */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(HASHES * Integer.BYTES);
    b.asIntBuffer().put(values);
    return b.array();
  }

  /** The share of hash functions on which the two agree: the estimated Jaccard similarity. */
  public double estimatedJaccard(BodySignature other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** Whether the two are estimated at or above {@link #THRESHOLD}. */
  public boolean sameText(BodySignature other) {
    return estimatedJaccard(other) >= THRESHOLD;
  }

  /** One key per band: the band's number and its values, hashed to 64 bits. */
  public long[] bandKeys() {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ (values[b * ROWS + r] & 0xffffffffL));
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The 64-bit hashes of the body's word shingles. */
  static Set<Long> shingles(String body) {
    String folded = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String[] words =
        folded.codePoints().anyMatch(Character::isLetterOrDigit)
            ? folded.replaceAll("[^\\p{L}\\p{Nd}\\p{Nl}\\p{No}]+", " ").strip().split(" ")
            : new String[0];
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
      out.add(shingleHash(words, i));
    }
    return out;
  }

  private static long shingleHash(String[] words, int from) {
    long h = 0xcbf29ce484222325L; // FNV-1a 64 over the words' chars, a space between words
    for (int w = from; w < from + SHINGLE_WORDS; w++) {
      String word = words[w];
      for (int k = 0; k < word.length(); k++) {
        h = (h ^ word.charAt(k)) * 0x100000001b3L;
      }
      h = (h ^ ' ') * 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finaliser: spreads the bits of {@code z}. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodySignature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
