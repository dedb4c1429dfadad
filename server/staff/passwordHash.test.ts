import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT_PARAMS,
  parsePasswordHash,
  PasswordHasher,
  PasswordHashFormatError,
} from './passwordHash.ts';

const PASSWORD = 'correct horse battery staple';

describe('PasswordHasher', () => {
  it('hashes with scrypt N=2^15, r=8, p=1, a 16-byte salt and a 64-byte key, and verifies', async () => {
    const hasher = new PasswordHasher();
    expect(hasher.params).toEqual({ N: 32768, r: 8, p: 1 });
    const stored = await hasher.hash(PASSWORD);
    expect(stored).toMatch(/^scrypt\$v1\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    const parsed = parsePasswordHash(stored);
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.key).toHaveLength(64);
    expect(await hasher.verify(PASSWORD, stored)).toEqual({ valid: true, needsRehash: false });
    expect(await hasher.verify('correct horse battery stapler', stored)).toEqual({
      valid: false,
      needsRehash: false,
    });
  });

  it('salts every hash: the same password never hashes the same twice', async () => {
    const hasher = new PasswordHasher({ N: 1024, r: 8, p: 1 });
    const [first, second] = await Promise.all([hasher.hash(PASSWORD), hasher.hash(PASSWORD)]);
    expect(first).not.toBe(second);
    expect((await hasher.verify(PASSWORD, second ?? '')).valid).toBe(true);
  });

  it('treats Unicode forms of one password alike (NFKC)', async () => {
    const hasher = new PasswordHasher({ N: 1024, r: 8, p: 1 });
    const composed = 'Grüße aus Köln, 2025';
    const stored = await hasher.hash(composed);
    expect((await hasher.verify(composed.normalize('NFD'), stored)).valid).toBe(true);
  });

  it('asks for a rehash when the hash was made with other parameters', async () => {
    const older = new PasswordHasher({ N: 1024, r: 8, p: 1 });
    const current = new PasswordHasher({ N: 2048, r: 8, p: 1 });
    const stored = await older.hash(PASSWORD);
    expect(await current.verify(PASSWORD, stored)).toEqual({ valid: true, needsRehash: true });
    expect(await older.verify(PASSWORD, stored)).toEqual({ valid: true, needsRehash: false });
  });

  it('never accepts a malformed or hostile stored hash', async () => {
    const hasher = new PasswordHasher({ N: 1024, r: 8, p: 1 });
    const good = await hasher.hash(PASSWORD);
    const hostile = [
      '',
      'plaintext',
      good.replace('scrypt$v1', 'scrypt$v2'),
      good.replace('$1024$', '$1000$'),
      good.replace('$1024$', `$${2 ** 24}$`),
      good.slice(0, -4),
    ];
    for (const stored of hostile) {
      expect(await hasher.verify(PASSWORD, stored), stored).toEqual({
        valid: false,
        needsRehash: true,
      });
    }
    expect(() => parsePasswordHash(good.replace('$1024$', `$${2 ** 24}$`))).toThrow(
      PasswordHashFormatError,
    );
  });

  it('refuses parameters that are not a power of two or too large', () => {
    expect(() => new PasswordHasher({ ...DEFAULT_SCRYPT_PARAMS, N: 1000 })).toThrow(/power of two/);
    expect(() => new PasswordHasher({ ...DEFAULT_SCRYPT_PARAMS, r: 0 })).toThrow(/r must be/);
  });
});
