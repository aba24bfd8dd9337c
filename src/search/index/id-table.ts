const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Id → number for the index build: which record a passage id was last given to. An open-addressing table over typed
 * arrays, laid out once at the size the caller expects, instead of a `Map` grown (and rehashed) entry by entry:
 * at 100k passages the two Maps by passage id the build filled cost about a tenth of it. The maps by id the index
 * exposes are filled from the records on first use instead (see lazy-map.ts).
 *
 * @example
 * const ids = new IdTable(2);
 * ids.swap('kz-2011/p1', 0); //=> -1 (new)
 * ids.swap('kz-2011/p1', 5); //=> 0 (the number it had), now 5
 * ids.get('kz-2011/p1'); //=> 5
 */
export class IdTable {
  // slot → entry + 1 (0: empty); per entry its id, the id's hash and its number.
  private slots: Int32Array;
  private hashes: Int32Array;
  private readonly keys: string[] = [];
  private values: Int32Array;

  /** @param expected - how many ids the caller expects (the table grows past it) */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(Math.max(8, expected));
    this.values = new Int32Array(Math.max(8, expected));
  }

  /** The number `id` was last given, or -1. */
  get(id: string): number {
    const entry = this.find(id, hashOf(id));
    return entry >= 0 ? (this.values[entry] ?? -1) : -1;
  }

  /**
   * Gives `id` the number `value`.
   *
   * @returns the number it had before, or -1 when it is new
   */
  swap(id: string, value: number): number {
    const hash = hashOf(id);
    const entry = this.find(id, hash);
    if (entry >= 0) {
      const before = this.values[entry] ?? -1;
      this.values[entry] = value;
      return before;
    }
    this.insert(id, hash, value);
    return -1;
  }

  // The entry holding `id`, or -1.
  private find(id: string, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (slots[slot] ?? 0) - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && this.keys[entry] === id) return entry;
    }
  }

  private insert(id: string, hash: number, value: number): void {
    const entry = this.keys.length;
    if (entry >= this.values.length) {
      this.values = grown(this.values, this.values.length * 2);
      this.hashes = grown(this.hashes, this.hashes.length * 2);
    }
    this.keys.push(id);
    this.hashes[entry] = hash;
    this.values[entry] = value;
    if ((entry + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(this.slots, entry, hash);
  }

  private place(slots: Int32Array, entry: number, hash: number): void {
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = entry + 1;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    for (let entry = 0; entry < this.keys.length; entry++) this.place(slots, entry, this.hashes[entry] ?? 0);
    this.slots = slots;
  }
}

function hashOf(id: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), FNV_PRIME);
  return hash;
}

function grown(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}
