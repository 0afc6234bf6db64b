import { compareText } from '../model/stable-order.js';

/**
 * The files that lower layers left, sorted by path, so that the files below a directory are one
 * contiguous run found by binary search. Entries are only ever deleted (an upper layer hides them): a
 * deleted index is stepped over through `next`, compressed as it is walked, so each deleted entry costs
 * about once however many whiteouts and replacements pass over it. Without this, each entry of a layer
 * rescanned every kept file, and a layer of 40,000 unreadable executables took two minutes.
 */
export class LowerLayerFiles<T> {
  private readonly paths: string[];
  private readonly values: T[];
  /** Index i → an index ≥ i that is alive or the end; i itself when alive. */
  private readonly next: Int32Array;
  private readonly indexByPath = new Map<string, number>();

  /** `entries` sorted by path (compareText), each path once. */
  constructor(entries: readonly (readonly [string, T])[]) {
    this.paths = entries.map(([path]) => path);
    this.values = entries.map(([, value]) => value);
    this.next = new Int32Array(entries.length + 1);
    for (let index = 0; index <= entries.length; index += 1) this.next[index] = index;
    this.paths.forEach((path, index) => this.indexByPath.set(path, index));
  }

  get(path: string): T | undefined {
    const index = this.indexByPath.get(path);
    return index === undefined ? undefined : this.values[index];
  }

  delete(path: string): void {
    const index = this.indexByPath.get(path);
    if (index === undefined) return;
    this.indexByPath.delete(path);
    this.next[index] = index + 1;
  }

  /** Deletes every path that starts with `prefix`. */
  deleteStartingWith(prefix: string): void {
    for (let index = this.aliveFrom(this.firstAtOrAfter(prefix)); index < this.paths.length; index = this.aliveFrom(index + 1)) {
      const path = this.paths[index] as string;
      if (!path.startsWith(prefix)) return;
      this.delete(path);
    }
  }

  /** The entries still alive, in path order. */
  entries(): [string, T][] {
    const alive: [string, T][] = [];
    for (let index = this.aliveFrom(0); index < this.paths.length; index = this.aliveFrom(index + 1)) alive.push([this.paths[index] as string, this.values[index] as T]);
    return alive;
  }

  /** These entries and `upper`'s (whose paths must not be alive here), as one sorted list. */
  mergedWith(upper: ReadonlyMap<string, T>): [string, T][] {
    const lower = this.entries();
    const added = [...upper.entries()].sort(([a], [b]) => compareText(a, b));
    const merged: [string, T][] = [];
    let [l, u] = [0, 0];
    while (l < lower.length || u < added.length) {
      const takeLower = u >= added.length || (l < lower.length && compareText((lower[l] as [string, T])[0], (added[u] as [string, T])[0]) < 0);
      merged.push((takeLower ? lower[l++] : added[u++]) as [string, T]);
    }
    return merged;
  }

  private firstAtOrAfter(prefix: string): number {
    let [low, high] = [0, this.paths.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareText(this.paths[middle] as string, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private aliveFrom(start: number): number {
    let root = start;
    while (this.next[root] !== root) root = this.next[root] as number;
    for (let index = start; index !== root; ) {
      const step = this.next[index] as number;
      this.next[index] = root;
      index = step;
    }
    return root;
  }
}
