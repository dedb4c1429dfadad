/**
 * Staff password hashes: scrypt (node:crypto, run on libuv's thread pool, never on the event
 * loop), stored as one versioned string `scrypt$v1$N$r$p$salt$hash` (salt and hash in
 * base64url). Verifying compares in constant time and says whether the hash should be
 * replaced because the parameters have changed since it was made.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. Memory used: 128 × N × r bytes. */
  N: number;
  r: number;
  p: number;
}

/** 32 MiB and about 0.1–0.3 s per hash on the 2-core reference machine (see the report). */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 64;
const FORMAT_VERSION = 'v1';
/** Stored hashes with parameters beyond these are refused rather than tried (a memory bomb). */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

export class PasswordHashFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasswordHashFormatError';
  }
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function isPowerOfTwo(value: number): boolean {
  return Number.isSafeInteger(value) && value > 1 && (value & (value - 1)) === 0;
}

function checkParams(params: ScryptParams): void {
  if (!isPowerOfTwo(params.N) || params.N > MAX_N) {
    throw new PasswordHashFormatError(`scrypt N must be a power of two up to ${MAX_N}`);
  }
  if (!Number.isSafeInteger(params.r) || params.r < 1 || params.r > MAX_R) {
    throw new PasswordHashFormatError(`scrypt r must be 1 to ${MAX_R}`);
  }
  if (!Number.isSafeInteger(params.p) || params.p < 1 || params.p > MAX_P) {
    throw new PasswordHashFormatError(`scrypt p must be 1 to ${MAX_P}`);
  }
}

export function formatPasswordHash(params: ScryptParams, salt: Buffer, key: Buffer): string {
  return [
    'scrypt',
    FORMAT_VERSION,
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export function parsePasswordHash(stored: string): ParsedHash {
  const parts = stored.split('$');
  const [scheme, version, n, r, p, salt, key] = parts;
  if (parts.length !== 7 || scheme !== 'scrypt' || version !== FORMAT_VERSION) {
    throw new PasswordHashFormatError('not a scrypt$v1 password hash');
  }
  const decimal = /^[1-9]\d{0,9}$/;
  if (![n, r, p].every((value) => decimal.test(value ?? ''))) {
    throw new PasswordHashFormatError('scrypt parameters must be whole numbers');
  }
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  checkParams(params);
  const base64url = /^[A-Za-z0-9_-]+$/;
  if (!base64url.test(salt ?? '') || !base64url.test(key ?? '')) {
    throw new PasswordHashFormatError('salt and hash must be base64url');
  }
  const parsed = {
    params,
    salt: Buffer.from(salt ?? '', 'base64url'),
    key: Buffer.from(key ?? '', 'base64url'),
  };
  if (parsed.salt.length < SALT_BYTES || parsed.key.length !== KEY_BYTES) {
    throw new PasswordHashFormatError(
      `a hash needs a salt of at least ${SALT_BYTES} bytes and a key of ${KEY_BYTES}`,
    );
  }
  return parsed;
}

function deriveKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_BYTES,
      // node's default maxmem (32 MiB) is exactly what N = 2^15, r = 8 needs, and scrypt
      // refuses to use all of it: give it room.
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export interface PasswordCheck {
  valid: boolean;
  /** The hash was made with other parameters: store a new one (only meaningful when valid). */
  needsRehash: boolean;
}

export class PasswordHasher {
  readonly params: ScryptParams;
  private dummyHash: Promise<string> | undefined;

  constructor(params: ScryptParams = DEFAULT_SCRYPT_PARAMS) {
    checkParams(params);
    this.params = { ...params };
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    return formatPasswordHash(this.params, salt, await deriveKey(password, salt, this.params));
  }

  /** A malformed stored hash counts as "not valid" (and is reported by the caller's audit, not here). */
  async verify(password: string, stored: string): Promise<PasswordCheck> {
    let parsed: ParsedHash;
    try {
      parsed = parsePasswordHash(stored);
    } catch {
      await this.verifyDummy(password);
      return { valid: false, needsRehash: true };
    }
    const key = await deriveKey(password, parsed.salt, parsed.params);
    const valid = timingSafeEqual(key, parsed.key);
    const { N, r, p } = parsed.params;
    const current = this.params;
    return {
      valid,
      needsRehash:
        N !== current.N || r !== current.r || p !== current.p || parsed.salt.length !== SALT_BYTES,
    };
  }

  /** Makes the dummy hash ahead of the first sign-in, so that one is not slower than the rest. */
  async warmUp(): Promise<void> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    await this.dummyHash;
  }

  /**
   * Spends the same time as verifying a real account's password: for names that do not exist,
   * so that the answer's timing does not tell them apart.
   */
  async verifyDummy(password: string): Promise<void> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(password, await this.dummyHash);
  }
}
