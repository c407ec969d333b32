package edu.stanford.nlp.parser.nndep;

import java.util.Arrays;

/**
 * eventwire: an open-addressing table from a parser input index (token id times the number of input
 * positions plus the position) to its precomputed hidden-layer row; no boxing on lookup.
 */
final class PrecomputedRows {
  private final int[] keys;
  private final double[][] values;
  private final int mask;

  PrecomputedRows(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2)) << 1;
    keys = new int[capacity];
    Arrays.fill(keys, -1);
    values = new double[capacity][];
    mask = capacity - 1;
  }

  void put(int index, double[] row) {
    int slot = mix(index) & mask;
    while (keys[slot] != -1 && keys[slot] != index) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = index;
    values[slot] = row;
  }

  /** The row of {@code index}, or null when it was not precomputed. */
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

  static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
