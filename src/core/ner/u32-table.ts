// Hash set and map of uint32 keys (the feature hashes of word forms) with open addressing in typed
// arrays. Why not Set/Map<number>: half of all uint32 values do not fit V8's small integers, so
// every add/has on a built-in Set boxes and hashes a heap number; building the per-document sets
// of DocContext was ~3% of extract time. Same answers as Set/Map: keys are stored in full, so a
// lookup never confuses two keys.

const EMPTY = 0; // Key 0 is kept aside (hasZero / zeroValue) so 0 can mark an empty slot.

/** Mixes a key into a slot index (murmur3 finalizer: FNV hashes share low bits too often). */
function slotOf(key: number, mask: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** Map from uint32 keys to uint32 values; grows as needed (load factor ≤ 1/2). */
export class U32Map {
  private keys: Uint32Array;
  private values: Uint32Array;
  private size = 0;
  private hasZero = false;
  private zeroValue = 0;

  /** `expected`: about how many keys will be added (sizes the table once). */
  constructor(expected = 8) {
    const cap = capacityFor(expected);
    this.keys = new Uint32Array(cap);
    this.values = new Uint32Array(cap);
  }

  get(key: number): number | undefined {
    if (key === EMPTY) return this.hasZero ? this.zeroValue : undefined;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const k = keys[s];
      if (k === key) return this.values[s];
      if (k === EMPTY) return undefined;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: number): void {
    if (key === EMPTY) {
      this.hasZero = true;
      this.zeroValue = value;
      return;
    }
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const k = keys[s];
      if (k === key) {
        this.values[s] = value;
        return;
      }
      if (k === EMPTY) {
        keys[s] = key;
        this.values[s] = value;
        if (++this.size * 2 > keys.length) this.grow();
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Uint32Array(keys.length * 2);
    this.size = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== EMPTY) this.set(keys[s], values[s]);
  }
}

/** Set of uint32 keys: U32Map's table without the values. */
export class U32Set {
  private keys: Uint32Array;
  private size = 0;
  private hasZero = false;

  constructor(expected = 8) {
    this.keys = new Uint32Array(capacityFor(expected));
  }

  has(key: number): boolean {
    if (key === EMPTY) return this.hasZero;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const k = keys[s];
      if (k === key) return true;
      if (k === EMPTY) return false;
    }
  }

  add(key: number): void {
    if (key === EMPTY) {
      this.hasZero = true;
      return;
    }
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const k = keys[s];
      if (k === key) return;
      if (k === EMPTY) {
        keys[s] = key;
        if (++this.size * 2 > keys.length) this.grow();
        return;
      }
    }
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Uint32Array(old.length * 2);
    this.size = 0;
    for (let s = 0; s < old.length; s++) if (old[s] !== EMPTY) this.add(old[s]);
  }
}

/** Table size (a power of two) for about `expected` keys at load factor ≤ 1/2. */
function capacityFor(expected: number): number {
  let cap = 16;
  while (cap < expected * 2) cap *= 2;
  return cap;
}
