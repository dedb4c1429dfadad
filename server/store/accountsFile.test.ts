import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMemoryAccountsFile, openAccountsFile } from './accountsFile.ts';
import { StoreIntegrityError } from './chatStore.ts';
import { deriveDataKeys } from './dataKey.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'offramp-accounts-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let count = 0;
const freshDir = async (): Promise<string> => {
  const dir = path.join(root, `data-${++count}`);
  await mkdir(dir);
  return dir;
};
const keys = deriveDataKeys(Buffer.alloc(32, 3));

const staffSchema = z.strictObject({
  users: z.array(
    z.strictObject({ name: z.string().min(1), role: z.enum(['admin', 'counsellor']) }),
  ),
  counter: z.number().int(),
});
type Staff = z.infer<typeof staffSchema>;
const noStaff = (): Staff => ({ users: [], counter: 0 });

describe('accounts file', () => {
  it('creates an encrypted file at the first start and keeps updates across a restart', async () => {
    const dataDir = await freshDir();
    const accounts = await openAccountsFile({ dataDir, keys });
    const file = path.join(dataDir, 'accounts.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'offramp-encrypted' });
    const staff = accounts.section('staff', staffSchema, noStaff);
    expect(staff.read()).toEqual(noStaff());
    const stored = await staff.update((current) => ({
      ...current,
      users: [...current.users, { name: 'Robin Example', role: 'admin' }],
    }));
    expect(stored.users).toHaveLength(1);
    expect(await readFile(file, 'utf8')).not.toContain('Robin Example');
    await accounts.close();

    const reopened = await openAccountsFile({ dataDir, keys });
    expect(reopened.section('staff', staffSchema, noStaff).read()).toEqual(stored);
  });

  it('ignores and removes a temporary file a crash left behind', async () => {
    const dataDir = await freshDir();
    await (await openAccountsFile({ dataDir, keys })).close();
    const stray = path.join(dataDir, '.accounts.json.0123456789ab.tmp');
    await writeFile(stray, 'half a write');
    const other = path.join(dataDir, '.other.json.0123456789ab.tmp');
    await writeFile(other, 'not the accounts file');
    await (await openAccountsFile({ dataDir, keys })).close();
    expect((await readdir(dataDir)).sort()).toEqual([
      '.other.json.0123456789ab.tmp',
      'accounts.json',
    ]);
  });

  it('applies concurrent updates one after another', async () => {
    const accounts = createMemoryAccountsFile();
    const staff = accounts.section('staff', staffSchema, noStaff);
    await Promise.all(
      Array.from({ length: 50 }, () => staff.update((s) => ({ ...s, counter: s.counter + 1 }))),
    );
    expect(staff.read().counter).toBe(50);
  });

  it('changes nothing when an update does not fit the schema or throws', async () => {
    const accounts = createMemoryAccountsFile();
    const staff = accounts.section('staff', staffSchema, noStaff);
    await staff.update((s) => ({ ...s, counter: 1 }));
    await expect(staff.update((s) => ({ ...s, counter: 1.5 }))).rejects.toThrow();
    await expect(
      staff.update(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(staff.read().counter).toBe(1);
  });

  it('hands out copies', async () => {
    const accounts = createMemoryAccountsFile();
    const staff = accounts.section('staff', staffSchema, noStaff);
    staff.read().users.push({ name: 'x', role: 'admin' });
    expect(staff.read().users).toEqual([]);
  });

  it('names the file when a stored section does not fit its schema', async () => {
    const dataDir = await freshDir();
    const accounts = await openAccountsFile({ dataDir, keys });
    await accounts.section('staff', staffSchema, noStaff).update((s) => ({ ...s, counter: 3 }));
    await accounts.close();
    const reopened = await openAccountsFile({ dataDir, keys, displayDataDir: 'data' });
    const stricter = z.strictObject({ users: z.array(z.unknown()), counter: z.string() });
    const declare = () => reopened.section('staff', stricter, () => ({ users: [], counter: '' }));
    expect(declare).toThrow(StoreIntegrityError);
    expect(declare).toThrow(/^data\/accounts\.json: section "staff": counter/);
    expect(() =>
      reopened.section('settings', stricter, () => ({ users: [], counter: '' })),
    ).not.toThrow();
  });

  it('refuses an accounts file written with another key', async () => {
    const dataDir = await freshDir();
    await (await openAccountsFile({ dataDir, keys })).close();
    await expect(
      openAccountsFile({ dataDir, keys: deriveDataKeys(Buffer.alloc(32, 4)) }),
    ).rejects.toMatchObject({ reason: 'wrong-key', file: path.join(dataDir, 'accounts.json') });
  });
});
