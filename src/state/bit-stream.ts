/** Appends unsigned integers of a given bit width, most significant bit first, and packs them into bytes. */
export class BitWriter {
  #bytes = new Uint8Array(64);
  #length = 0;

  /** Writes value (an integer in [0, 2^width)) in exactly width bits; width is at most 32. */
  write(value: number, width: number): void {
    // A byte's worth at a time (a data link is written on every move of a dragged point).
    for (let left = width; left > 0; ) {
      const free = 8 - (this.#length & 7);
      const take = Math.min(left, free);
      left -= take;
      // Division rather than bit operators, which would wrap values of 2^31 and above.
      const chunk = Math.floor(value / 2 ** left) % 2 ** take;
      const at = this.#length >> 3;
      if (at >= this.#bytes.length) this.#grow();
      this.#bytes[at]! |= chunk << (free - take);
      this.#length += take;
    }
  }

  /** The bits so far, zero-padded to whole bytes. */
  bytes(): Uint8Array {
    return this.#bytes.slice(0, Math.ceil(this.#length / 8));
  }

  #grow(): void {
    const bigger = new Uint8Array(this.#bytes.length * 2);
    bigger.set(this.#bytes);
    this.#bytes = bigger;
  }
}

/** Reads what a BitWriter wrote. Reading past the end gives zeros and sets `overrun` instead of throwing. */
export class BitReader {
  #bytes: Uint8Array;
  #position = 0;
  /** True once a read went past the last bit. */
  overrun = false;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /** Reads an unsigned integer of width bits (at most 32). */
  read(width: number): number {
    let value = 0;
    for (let left = width; left > 0; ) {
      const byte = this.#bytes[this.#position >> 3];
      if (byte === undefined) {
        this.overrun = true;
        return value * 2 ** left;
      }
      const free = 8 - (this.#position & 7);
      const take = Math.min(left, free);
      left -= take;
      value = value * 2 ** take + ((byte >> (free - take)) & ((1 << take) - 1));
      this.#position += take;
    }
    return value;
  }

  /** True when every bit left in the last byte read is zero and no whole byte is left: a tidy end. */
  atCleanEnd(): boolean {
    if (this.overrun || Math.ceil(this.#position / 8) !== this.#bytes.length) return false;
    const used = this.#position & 7;
    return used === 0 || (this.#bytes[this.#position >> 3]! & ((1 << (8 - used)) - 1)) === 0;
  }
}

/** bitLength(value) is how many bits an unsigned integer needs: 0 for 0, 1 for 1, 2 for 2 and 3, … */
export function bitLength(value: number): number {
  let bits = 0;
  while (value >= 2 ** bits) bits++;
  return bits;
}
