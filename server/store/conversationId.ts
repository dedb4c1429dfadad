import { randomBytes } from 'node:crypto';

const CROCKFORD_BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** `c_` and 128 random bits in lowercase Crockford base32: one spelling per id on any file system. */
export function newConversationId(): string {
  let value = BigInt(`0x${randomBytes(16).toString('hex')}`);
  let digits = '';
  for (let i = 0; i < 26; i++) {
    digits = CROCKFORD_BASE32[Number(value & 31n)] + digits;
    value >>= 5n;
  }
  return `c_${digits}`;
}
