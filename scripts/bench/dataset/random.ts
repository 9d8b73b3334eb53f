/**
 * A seeded pseudo-random generator, so the same flags always produce the same dataset:
 * figures from two runs (or two machines) are comparable only if the data is identical.
 * mulberry32: tiny, fast, and plenty for picking words; not for anything secret.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A cuid-shaped id (25 characters, starts with "c"), ordered by `sequence`. */
  id(sequence: number): string;
};

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    // Real cuids start with a timestamp, so new rows land at the end of the primary-key
    // B-tree. A sequence prefix keeps that property (and keeps bulk inserts append-only).
    id: (sequence) => {
      let tail = "";
      for (let i = 0; i < 16; i += 1) tail += BASE36[Math.floor(next() * 36)];
      return `c${sequence.toString(36).padStart(8, "0")}${tail}`;
    },
  };
}
