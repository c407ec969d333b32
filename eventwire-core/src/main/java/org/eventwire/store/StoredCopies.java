package org.eventwire.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the stored article an incoming text is a copy of: the same normalised text, else the same
 * normalised body, else an edited body (MinHash candidates by band key, each confirmed by its
 * estimated Jaccard similarity). Called under the store's lock.
 */
final class StoredCopies {
  private final EventStore store;

  StoredCopies(EventStore store) {
    this.store = store;
  }

  Optional<String> find(ArticleHashes hashes) {
    Optional<String> same = store.articleWithNormalizedHash(hashes.normalizedSha256());
    if (same.isPresent() || hashes.bodySha256() == null) {
      return same;
    }
    Optional<String> sameBody =
        store
            .select(
                "SELECT article_id FROM article_bodies WHERE body_sha256 = ?"
                    + " ORDER BY article_id LIMIT 1",
                List.of(hashes.bodySha256()),
                r -> r.getString(1))
            .stream()
            .findFirst();
    if (sameBody.isPresent() || hashes.bodySignature() == null) {
      return sameBody;
    }
    return editedCopyOf(hashes.bodySignature());
  }

  /**
   * The stored article whose body signature shares at least {@link BodySignature#MIN_SHARED_BANDS}
   * band keys with {@code signature} and is estimated at least {@link BodySignature#THRESHOLD}
   * similar to it: the most similar, ties to the smallest id.
   */
  private Optional<String> editedCopyOf(BodySignature signature) {
    long[] keys = signature.bandKeys();
    List<Object> params = new ArrayList<>(keys.length);
    for (long k : keys) {
      params.add(k);
    }
    params.add(BodySignature.MIN_SHARED_BANDS);
    String sql =
        "SELECT article_id, signature FROM article_signatures WHERE article_id IN"
            + " (SELECT article_id FROM article_signature_bands WHERE band_key IN ("
            + String.join(", ", Collections.nCopies(keys.length, "?"))
            + ") GROUP BY article_id HAVING count(*) >= ?) ORDER BY article_id";
    String best = null;
    double bestScore = -1;
    for (SignatureRow row :
        store.select(sql, params, r -> new SignatureRow(r.getString(1), r.getBytes(2)))) {
      double score = signature.estimatedJaccard(BodySignature.fromBytes(row.signature()));
      if (score >= BodySignature.THRESHOLD && score > bestScore) {
        best = row.articleId();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A stored signature. */
  private record SignatureRow(String articleId, byte[] signature) {}
}
