/**
 * The one source of randomness for chat secrets in core/: the Web Crypto API, present in every
 * browser and in Node 20 as `globalThis.crypto`. Tests inject their own.
 */
export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) =>
  globalThis.crypto.getRandomValues(new Uint8Array(length));

/** A uniformly random whole number in [0, below), below ≤ 65536 (rejection sampling: no modulo bias). */
export function randomIndex(below: number, random: RandomBytes): number {
  if (!Number.isInteger(below) || below < 1 || below > 0x10000) {
    throw new RangeError(`randomIndex needs 1..65536 choices, not ${below}`);
  }
  const limit = 0x10000 - (0x10000 % below);
  for (;;) {
    const bytes = random(2);
    const value = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
    if (value < limit) return value % below;
  }
}
