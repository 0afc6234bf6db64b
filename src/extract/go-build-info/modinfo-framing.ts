/**
 * The linker wraps the modinfo text in two 16-byte sentinels so that tools can find it in raw bytes (the
 * text always ends with a newline, which is how a framed string is told from a bare one).
 */
export const MODINFO_START_SENTINEL = hexBytes('3077af0c9274080241e1c107e6d618e6');
export const MODINFO_END_SENTINEL = hexBytes('f932433186182072008242104116d8f2');
const SENTINEL_LENGTH = 16;
const NEWLINE = 0x0a;

/**
 * The modinfo text without its sentinels, or null when the string is not framed: an empty string from a
 * build outside module mode, or something else. Go itself decides by the length and the byte before the
 * end sentinel alone, not by the sentinel bytes, and so does this.
 */
export function unframeModinfo(framed: Uint8Array): Uint8Array | null {
  if (framed.length < 2 * SENTINEL_LENGTH + 1 || framed[framed.length - SENTINEL_LENGTH - 1] !== NEWLINE) return null;
  return framed.subarray(SENTINEL_LENGTH, framed.length - SENTINEL_LENGTH);
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}
