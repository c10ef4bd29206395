/** Appends unsigned integers of a given bit width, most significant bit first, and packs them into bytes. */
export class BitWriter {
  #bits: number[] = [];

  /** Writes value (an integer in [0, 2^width)) in exactly width bits; width is at most 32. */
  write(value: number, width: number): void {
    // Division rather than bit operators, which would wrap values of 2^31 and above.
    for (let i = width - 1; i >= 0; i--) this.#bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** The bits so far, zero-padded to whole bytes. */
  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.#bits.length / 8));
    this.#bits.forEach((bit, i) => {
      out[i >> 3]! |= bit << (7 - (i & 7));
    });
    return out;
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
    for (let i = 0; i < width; i++) value = value * 2 + this.#bit();
    return value;
  }

  /** True when every bit left in the last byte read is zero and no whole byte is left: a tidy end. */
  atCleanEnd(): boolean {
    if (this.overrun || Math.ceil(this.#position / 8) !== this.#bytes.length) return false;
    while (this.#position % 8 !== 0) if (this.#bit() !== 0) return false;
    return true;
  }

  #bit(): number {
    const byte = this.#bytes[this.#position >> 3];
    if (byte === undefined) {
      this.overrun = true;
      return 0;
    }
    const bit = (byte >> (7 - (this.#position & 7))) & 1;
    this.#position++;
    return bit;
  }
}

/** bitLength(value) is how many bits an unsigned integer needs: 0 for 0, 1 for 1, 2 for 2 and 3, … */
export function bitLength(value: number): number {
  let bits = 0;
  while (value >= 2 ** bits) bits++;
  return bits;
}
