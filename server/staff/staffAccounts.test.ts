import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../core/testing/inkFixtures.node.ts';
import { openAccountsFile } from '../store/accountsFile.ts';
import { deriveDataKeys } from '../store/dataKey.ts';
import { AccountError, openAccountRepository, StaffAccounts } from './staffAccounts.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const HASH = `scrypt$v1$1024$8$1$${'A'.repeat(22)}$${'B'.repeat(86)}`;

async function open(dataDir: string, keys = deriveDataKeys(randomBytes(32))) {
  const file = await openAccountsFile({ dataDir, keys });
  return { file, keys, accounts: new StaffAccounts(openAccountRepository(file)) };
}

describe('StaffAccounts on the encrypted accounts file', () => {
  it('keeps accounts on disk, encrypted, across a reopen', async () => {
    const dataDir = writeTree({}, 'offramp-staff-accounts-');
    dirs.push(dataDir);
    const first = await open(dataDir);
    const added = await first.accounts.add({
      name: 'Jürgen',
      role: 'supervisor',
      pseudonym: 'J.',
      passwordHash: HASH,
    });
    expect(added).toMatchObject({
      name: 'Jürgen',
      role: 'supervisor',
      disabled: false,
      failedLogins: 0,
    });
    expect(added.id).toMatch(/^[0-9a-f]{32}$/);
    await first.file.close();

    const onDisk = readFileSync(path.join(dataDir, 'accounts.json'), 'utf8');
    expect(onDisk).not.toContain('Jürgen');
    expect(onDisk).not.toContain('scrypt');

    const second = await open(dataDir, first.keys);
    expect(second.accounts.findByName('JÜRGEN')).toEqual(added);
    await second.file.close();
  });

  it('keeps names unique without regard to case or Unicode form', async () => {
    const dataDir = writeTree({}, 'offramp-staff-accounts-');
    dirs.push(dataDir);
    const { accounts, file } = await open(dataDir);
    await accounts.add({ name: 'anna', role: 'counsellor', passwordHash: HASH });
    for (const name of ['ANNA', 'Ａｎｎａ']) {
      await expect(accounts.add({ name, role: 'counsellor', passwordHash: HASH })).rejects.toThrow(
        AccountError,
      );
    }
    // Two adds of one new name at once: exactly one wins.
    const results = await Promise.allSettled(
      ['ben', 'Ben'].map((name) => accounts.add({ name, role: 'reviewer', passwordHash: HASH })),
    );
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(accounts.list().map((account) => account.name)).toHaveLength(2);
    await file.close();
  });

  it('refuses a name outside the rules', async () => {
    const dataDir = writeTree({}, 'offramp-staff-accounts-');
    dirs.push(dataDir);
    const { accounts, file } = await open(dataDir);
    for (const name of ['a', 'with space', '-dash-first', 'x'.repeat(65)]) {
      await expect(
        accounts.add({ name, role: 'counsellor', passwordHash: HASH }),
        name,
      ).rejects.toThrow();
    }
    expect(accounts.list()).toEqual([]);
    await file.close();
  });
});
