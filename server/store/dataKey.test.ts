import { mkdtempSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StartupError } from '../serverConfig.ts';
import { deriveDataKeys, loadDataKey, parseDataKey } from './dataKey.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'offramp-key-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let count = 0;
const freshDir = async (): Promise<string> => {
  const dir = path.join(root, `data-${++count}`);
  await mkdir(dir, { mode: 0o700 });
  return dir;
};

const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i));

describe('parseDataKey', () => {
  it('reads 64 hex digits, base64 and base64url', () => {
    expect(parseDataKey(key.toString('hex'), 'KEY')).toEqual(key);
    expect(parseDataKey(key.toString('base64'), 'KEY')).toEqual(key);
    expect(parseDataKey(`  ${key.toString('base64url')}\n`, 'KEY')).toEqual(key);
  });

  it('says how long the key must be', () => {
    const short = Buffer.alloc(31).toString('base64');
    expect(() => parseDataKey(short, 'OFFRAMP_DATA_KEY')).toThrow(StartupError);
    expect(() => parseDataKey(short, 'OFFRAMP_DATA_KEY')).toThrow(
      /OFFRAMP_DATA_KEY must be 32 bytes .* it decodes to 31 bytes/,
    );
    expect(() => parseDataKey('not a key!', 'OFFRAMP_DATA_KEY')).toThrow(/64 hex digits or base64/);
  });
});

describe('deriveDataKeys', () => {
  it('hashes resume phrases in normal form, keyed by the data key', () => {
    const keys = deriveDataKeys(key);
    const hash = keys.hashResumePhrase('maple-otter-candle-river-tulip');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.hashResumePhrase('  Maple otter, CANDLE river tulip ')).toBe(hash);
    expect(
      deriveDataKeys(Buffer.alloc(32, 9)).hashResumePhrase('maple-otter-candle-river-tulip'),
    ).not.toBe(hash);
  });

  it('gives every file its own key and the key a public id', () => {
    const keys = deriveDataKeys(key);
    expect(keys.fileKey('accounts')).toHaveLength(32);
    expect(keys.fileKey('conversation:a')).not.toEqual(keys.fileKey('conversation:b'));
    expect(keys.keyId).toMatch(/^[0-9a-f]{12}$/);
    expect(deriveDataKeys(Buffer.alloc(32, 9)).keyId).not.toBe(keys.keyId);
  });
});

describe('loadDataKey', () => {
  it('uses OFFRAMP_DATA_KEY and writes no key file', async () => {
    const dataDir = await freshDir();
    const loaded = await loadDataKey({ dataDir, env: { OFFRAMP_DATA_KEY: key.toString('hex') } });
    expect(loaded.source).toBe('environment');
    expect(loaded.keys.keyId).toBe(deriveDataKeys(key).keyId);
    await expect(stat(path.join(dataDir, 'data.key'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('creates data.key with mode 0600 on the first start and reuses it', async () => {
    const dataDir = await freshDir();
    const first = await loadDataKey({ dataDir, env: {} });
    expect(first.source).toBe('new-key-file');
    const keyFile = path.join(dataDir, 'data.key');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await readFile(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const second = await loadDataKey({ dataDir, env: {} });
    expect(second.source).toBe('key-file');
    expect(second.keys.keyId).toBe(first.keys.keyId);
  });

  it('refuses a key file that other users may read', async () => {
    const dataDir = await freshDir();
    await loadDataKey({ dataDir, env: {}, displayDataDir: 'data' });
    await chmod(path.join(dataDir, 'data.key'), 0o640);
    await expect(loadDataKey({ dataDir, env: {}, displayDataDir: 'data' })).rejects.toThrow(
      'data/data.key may be read by other users (mode 640); run: chmod 600 data/data.key',
    );
  });

  it('refuses to create a new key next to encrypted data', async () => {
    const dataDir = await freshDir();
    await writeFile(path.join(dataDir, 'accounts.json'), '{}');
    await expect(loadDataKey({ dataDir, env: {}, displayDataDir: 'data' })).rejects.toThrow(
      /data\/data\.key is missing but data holds encrypted data/,
    );
  });

  it('names the key file when its content is not a key', async () => {
    const dataDir = await freshDir();
    await writeFile(path.join(dataDir, 'data.key'), 'abc', { mode: 0o600 });
    await expect(loadDataKey({ dataDir, env: {}, displayDataDir: 'data' })).rejects.toThrow(
      /^data\/data\.key must be 32 bytes/,
    );
  });
});
