package edu.stanford.nlp.parser.nndep;

/**
 * eventwire: recently computed hidden-layer rows of parser inputs that were not precomputed,
 * direct-mapped by input index. Lock-free: a slot holds one immutable entry, and a lost or
 * overwritten entry is only computed again.
 */
final class SliceCache {
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
