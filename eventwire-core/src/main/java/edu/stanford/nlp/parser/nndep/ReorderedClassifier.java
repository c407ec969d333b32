package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * eventwire's replacement for the scoring step of CoreNLP's neural dependency parser: the same
 * network and the same floating-point operations as {@link Classifier#computeScores(int[])}, in the
 * same order for every output value, but with the loops turned so that the values computed side by
 * side do not depend on each other. CoreNLP sums each output score as one chain of 200 dependent
 * additions ({@code ArrayMath.dotProduct}); here the weights are transposed once at load time and
 * all scores of a step advance together, which the JIT can pipeline and vectorise. Lookups of
 * precomputed hidden-layer rows use an int table instead of a boxed {@code HashMap}.
 *
 * <p>The results are bit for bit those of CoreNLP's classifier: {@link #install} compares both on
 * sample inputs and keeps CoreNLP's classifier if any score differs. The class lives in CoreNLP's
 * package because {@code computeScores} is package-private there; it is eventwire code (GPL-3.0-or-
 * later), not a copy of CoreNLP's.
 */
public final class ReorderedClassifier extends Classifier {
  private static final int CHECKS = 64;

  private final int hiddenSize;
  private final int embeddingSize;
  private final int labels;
  private final float[][] embeddings;
  private final float[] bias;

  /** Hidden-layer weights by input position: [feature * embeddingSize + k][hidden unit]. */
  private final float[][] inputWeights;

  /** Output weights by hidden unit, widened to double (exactly): [hidden unit][label]. */
  private final double[][] outputWeights;

  private final PrecomputedRows rows;
  private final SliceCache slices = new SliceCache(1 << 14);

  private ReorderedClassifier(Config config, Classifier original, PrecomputedRows rows) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.embeddings = original.getE();
    this.bias = original.getb1();
    this.inputWeights = transpose(original.getW1());
    this.outputWeights = widen(transpose(original.getW2()));
    this.labels = original.getW2().length;
    this.rows = rows;
  }

  /**
   * Puts a reordered classifier into {@code parser} when it gives exactly CoreNLP's scores on
   * sample inputs; returns whether it did. The parser must be loaded (not training).
   */
  public static boolean install(DependencyParser parser) {
    try {
      Classifier original = (Classifier) read(DependencyParser.class, parser, "classifier");
      Config config = (Config) read(DependencyParser.class, parser, "config");
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap =
          (Map<Integer, Integer>) read(Classifier.class, original, "preMap");
      double[][] saved = (double[][]) read(Classifier.class, original, "saved");
      if (config.numCached == 0 || saved == null || saved.length < preMap.size()) {
        return false; // CoreNLP then adds uncached inputs unrounded, or nothing was precomputed
      }
      ReorderedClassifier fast =
          new ReorderedClassifier(config, original, new PrecomputedRows(preMap, saved));
      fast.dropTrainingState();
      if (!fast.agreesWith(original, preMap)) {
        return false;
      }
      Field field = DependencyParser.class.getDeclaredField("classifier");
      field.setAccessible(true);
      field.set(parser, fast);
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false; // another CoreNLP version: keep its own classifier
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] hidden = new double[hiddenSize];
    double[] sums = null;
    for (int j = 0; j < feature.length; j++) {
      int token = feature[j];
      double[] row = rows.get(token * Config.numTokens + j);
      if (row != null) {
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += row[i];
        }
      } else {
        int index = token * Config.numTokens + j;
        float[] cached = slices.get(index);
        if (cached == null) {
          sums = sums == null ? new double[hiddenSize] : sums;
          cached = slice(sums, token, j * embeddingSize);
          slices.put(index, cached);
        }
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += cached[i];
        }
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      double h = hidden[i] + bias[i];
      hidden[i] = h * h * h;
    }
    double[] scores = new double[labels];
    for (int j = 0; j < hiddenSize; j++) {
      double h = hidden[j];
      double[] w = outputWeights[j];
      for (int i = 0; i < labels; i++) {
        scores[i] += h * w[i];
      }
    }
    return scores;
  }

  /**
   * One input's hidden-layer contribution the way CoreNLP computes it for an input that was not
   * precomputed: products in float, summed in double per hidden unit, rounded to float.
   */
  private float[] slice(double[] sums, int token, int offset) {
    Arrays.fill(sums, 0.0);
    float[] e = embeddings[token];
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      float[] w = inputWeights[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        sums[i] += w[i] * ek;
      }
    }
    float[] out = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      out[i] = (float) sums[i];
    }
    return out;
  }

  /** Compares scores with CoreNLP's on precomputed and on uncached inputs. */
  private boolean agreesWith(Classifier original, Map<Integer, Integer> preMap) {
    Random random = new Random(17);
    Integer[] precomputed = preMap.keySet().toArray(new Integer[0]);
    for (int n = 0; n < CHECKS; n++) {
      int[] feature = new int[Config.numTokens];
      for (int j = 0; j < feature.length; j++) {
        feature[j] = random.nextInt(embeddings.length);
      }
      for (int m = 0; m < precomputed.length && m < 24; m++) {
        int index = precomputed[random.nextInt(precomputed.length)];
        feature[index % Config.numTokens] = index / Config.numTokens;
      }
      Classifier self = this; // called as the parser calls it, so the override is what runs
      if (!Arrays.equals(original.computeScores(feature), self.computeScores(feature))) {
        return false;
      }
    }
    return true;
  }

  /** The superclass keeps AdaGrad histories as big as the model; scoring never reads them. */
  private void dropTrainingState() throws ReflectiveOperationException {
    for (String name : List.of("eg2E", "eg2W1", "eg2W2", "eg2b1", "gradSaved")) {
      Field field = Classifier.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(this, null);
    }
  }

  private static Object read(Class<?> owner, Object target, String name)
      throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(target);
  }

  private static double[][] widen(float[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = new double[m[i].length];
      for (int j = 0; j < m[i].length; j++) {
        out[i][j] = m[i][j];
      }
    }
    return out;
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /**
   * Recently computed contributions of inputs that were not precomputed, direct-mapped by input
   * index. Lock-free: a slot holds one immutable entry, and a lost or overwritten entry is only
   * computed again.
   */
  private static final class SliceCache {
    private final Entry[] slots;
    private final int mask;

    SliceCache(int size) {
      slots = new Entry[size];
      mask = size - 1;
    }

    float[] get(int index) {
      Entry e = slots[PrecomputedRows.mix(index) & mask];
      return e != null && e.index == index ? e.slice : null;
    }

    void put(int index, float[] slice) {
      slots[PrecomputedRows.mix(index) & mask] = new Entry(index, slice);
    }

    private record Entry(int index, float[] slice) {}
  }

  /** Open-addressing table from an input index to its precomputed hidden-layer row. */
  private static final class PrecomputedRows {
    private final int[] keys;
    private final double[][] values;
    private final int mask;

    PrecomputedRows(Map<Integer, Integer> preMap, double[][] saved) {
      int capacity = Integer.highestOneBit(Math.max(4, preMap.size() * 2)) << 1;
      keys = new int[capacity];
      Arrays.fill(keys, -1);
      values = new double[capacity][];
      mask = capacity - 1;
      preMap.forEach(
          (index, row) -> {
            int slot = slotOf(index);
            keys[slot] = index;
            values[slot] = saved[row];
          });
    }

    double[] get(int index) {
      for (int slot = mix(index) & mask; ; slot = (slot + 1) & mask) {
        if (keys[slot] == index) {
          return values[slot];
        }
        if (keys[slot] == -1) {
          return null;
        }
      }
    }

    private int slotOf(int index) {
      int slot = mix(index) & mask;
      while (keys[slot] != -1 && keys[slot] != index) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static int mix(int x) {
      int h = x * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
