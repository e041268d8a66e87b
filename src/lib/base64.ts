/**
 * Bytes ⇄ "binary strings" (one char with code 0–255 per byte: what btoa/atob and jsPDF use) and base64.
 *
 * `String.fromCharCode.apply` over chunks, not `fromCharCode(...bytes)`: spreading a typed array goes
 * through its iterator and costs ~10× more (≈ 45 ms for a 460 KB PDF in Node 20), and one call with
 * every byte as an argument overflows the stack past ~100 KB.
 */
const CHUNK = 0x2000;

export function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

/** The inverse of bytesToBinary; a char above 0xff keeps its low byte (as jsPDF's own output does). */
export function binaryToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(bytesToBinary(bytes));
}
