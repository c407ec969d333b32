package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * eventwire's replacement for the scoring step of CoreNLP's neural dependency parser: the same
 * network and the same floating-point operations as {@link Classifier#computeScores(int[])}, in the
 * same order for every value, but with the loops turned so that the values computed side by side do
 * not depend on each other. CoreNLP sums each of the 85 output scores as one chain of 1,000
 * dependent additions; here the weights are transposed once and all scores of a step advance
 * together, which the JIT can pipeline and vectorise. The hidden-layer rows of frequent inputs are
 * precomputed the same way (CoreNLP's precomputation is most of the parser's load time), looked up
 * in an int table instead of a boxed map, and other inputs' rows are kept in a lock-free cache.
 *
 * <p>The results are bit for bit CoreNLP's: {@link #install} compares this classifier with one of
 * CoreNLP's on sample inputs and leaves the parser alone if any score differs. The class lives in
 * CoreNLP's package because {@code computeScores} is package-private there; it is eventwire code
 * (GPL-3.0-or-later), not a copy of CoreNLP's.
 */
public final class ReorderedClassifier extends Classifier {
  private static final int CHECKS = 64;
  private static final int CHECKED_ROWS = 32;

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
  private final SliceCache slices = new SliceCache(1 << 12);

  private ReorderedClassifier(Config config, Classifier original, List<Integer> precompute) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.embeddings = original.getE();
    this.bias = original.getb1();
    this.inputWeights = transpose(original.getW1());
    this.outputWeights = widen(transpose(original.getW2()));
    this.labels = original.getW2().length;
    this.rows = new PrecomputedRows(precompute.size());
    for (int index : precompute) {
      rows.put(index, row(index));
    }
  }

  /**
   * Puts a reordered classifier into {@code parser}, precomputing the hidden-layer rows of the
   * model's {@code precompute} most frequent inputs (load the parser with {@code numPreComputed=0}
   * so that CoreNLP does not compute them too), when it gives exactly CoreNLP's scores on sample
   * inputs; returns whether the parser now uses it.
   */
  public static boolean install(DependencyParser parser, int precompute) {
    try {
      Classifier original = (Classifier) read(DependencyParser.class, parser, "classifier");
      if (original instanceof ReorderedClassifier) {
        return true; // CoreNLP's cache handed out a parser that already has it
      }
      Config config = (Config) read(DependencyParser.class, parser, "config");
      @SuppressWarnings("unchecked")
      List<Integer> listed = (List<Integer>) read(DependencyParser.class, parser, "preComputed");
      if (config.numCached == 0 || listed == null) {
        return false; // CoreNLP then adds uncached inputs unrounded: not what this class does
      }
      List<Integer> chosen = listed.subList(0, Math.min(precompute, listed.size()));
      ReorderedClassifier fast = new ReorderedClassifier(config, original, chosen);
      fast.dropTrainingState();
      if (!fast.agreesWithCoreNlp(config, chosen)) {
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
    for (int j = 0; j < feature.length; j++) {
      int index = feature[j] * Config.numTokens + j;
      double[] row = rows.get(index);
      if (row != null) {
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += row[i];
        }
      } else {
        float[] slice = slices.get(index);
        if (slice == null) {
          slice = rounded(row(index));
          slices.put(index, slice);
        }
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += slice[i];
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
   * One input's contribution to the hidden layer as CoreNLP computes it: products in float, summed
   * in double per hidden unit in the order of the embedding. CoreNLP keeps precomputed rows so and
   * rounds the others to float.
   */
  private double[] row(int index) {
    float[] e = embeddings[index / Config.numTokens];
    int offset = (index % Config.numTokens) * embeddingSize;
    double[] sums = new double[hiddenSize];
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      float[] w = inputWeights[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        sums[i] += w[i] * ek;
      }
    }
    return sums;
  }

  private static float[] rounded(double[] values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) values[i];
    }
    return out;
  }

  /**
   * Compares scores with a CoreNLP classifier of the same model that precomputed a sample of this
   * one's rows, on inputs mixing sampled rows with inputs neither precomputed.
   */
  private boolean agreesWithCoreNlp(Config config, List<Integer> precomputed) {
    Random random = new Random(17);
    List<Integer> sample = new ArrayList<>();
    for (int n = 0; n < CHECKED_ROWS && !precomputed.isEmpty(); n++) {
      sample.add(precomputed.get(random.nextInt(precomputed.size())));
    }
    Properties props = new Properties();
    props.setProperty("hiddenSize", Integer.toString(config.hiddenSize));
    props.setProperty("embeddingSize", Integer.toString(config.embeddingSize));
    props.setProperty("numCached", Integer.toString(config.numCached));
    props.setProperty("numPreComputed", Integer.toString(sample.size()));
    Classifier reference =
        new Classifier(new Config(props), embeddings, getW1(), bias, getW2(), sample);
    reference.preCompute();
    Classifier self = this; // called as the parser calls it, so the override is what runs
    for (int n = 0; n < CHECKS; n++) {
      int[] feature = new int[Config.numTokens];
      for (int j = 0; j < feature.length; j++) {
        do {
          feature[j] = random.nextInt(embeddings.length);
        } while (rows.get(feature[j] * Config.numTokens + j) != null);
      }
      for (int m = 0; m < sample.size() / 2; m++) {
        int index = sample.get(random.nextInt(sample.size()));
        feature[index % Config.numTokens] = index / Config.numTokens;
      }
      if (!Arrays.equals(reference.computeScores(feature), self.computeScores(feature))) {
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
}
