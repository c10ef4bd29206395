const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// Each character's value by its code (−1 for none): a typed array indexed by charCodeAt decodes the basins map's
// 22,000 characters in a fraction of the time a Map per character took while the code still runs cold (3 to 4
// ms of the basins figure's hydration).
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Only the URL-safe alphabet, no padding and no whitespace. */
const URL_SAFE = /^[A-Za-z0-9_-]*$/;

/** The platform's base64 decoder, where there is one (Node 24 has none). */
type NativeDecode = (text: string, options: { alphabet: string; lastChunkHandling: string }) => Uint8Array;

/** toBase64Url(bytes) is the URL-safe base64 text of the bytes (RFC 4648 §5), without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * fromBase64Url(text) is the bytes of unpadded URL-safe base64, or null when text has a character outside
 * the alphabet, an impossible length, or stray bits in its last character (so each byte string has one text).
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const nativeDecode = (Uint8Array as unknown as { fromBase64?: NativeDecode }).fromBase64;
  if (nativeDecode) {
    // The browser's own decoder (Chromium, Firefox, Safari since 2025): the basins figure decodes its built map as
    // it hydrates, where the loop below, still running cold, cost it 3 to 4 ms (a CPU profile at full speed). It skips
    // whitespace and takes padding, which a link's text must not hold, so those are refused first; padded, "strict"
    // refuses stray bits in the last character, as the loop does.
    if (!URL_SAFE.test(text)) return null;
    try {
      return nativeDecode.call(Uint8Array, text + "==".slice(0, (4 - (text.length % 4)) % 4), { alphabet: "base64url", lastChunkHandling: "strict" });
    } catch {
      return null;
    }
  }
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code]! : -1;
    if (v < 0) return null;
    buffer = ((buffer << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero padding, or two texts would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
