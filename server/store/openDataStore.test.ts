import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StartupError } from '../serverConfig.ts';
import { openDataStore } from './openDataStore.ts';
import { newConversationInput } from './testing/conversationInput.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'offramp-datastore-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let count = 0;
const freshDataDir = (): string => path.join(root, `data-${++count}`);

/** Runs a child until `exited` resolves; its pid is then free (reaped). */
function startChild(code: string) {
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { pid: child.pid ?? 0, kill: () => child.kill('SIGKILL'), exited };
}

describe('openDataStore', () => {
  it('sets up a new data folder: key file, accounts file, conversations, lock', async () => {
    const dataDir = freshDataDir();
    const data = await openDataStore({ dataDir, env: {} });
    expect(data.keySource).toBe('new-key-file');
    expect((await readdir(dataDir)).sort()).toEqual([
      'accounts.json',
      'conversations',
      'data.key',
      'store.lock',
    ]);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dataDir, 'data.key'))).mode & 0o777).toBe(0o600);
    expect(await readFile(path.join(dataDir, 'store.lock'), 'utf8')).toBe(String(process.pid));
    await data.close();
    expect(await readdir(dataDir)).not.toContain('store.lock');
  });

  it('keeps conversations and accounts across a restart', async () => {
    const dataDir = freshDataDir();
    const data = await openDataStore({ dataDir, env: {} });
    const { id } = await data.chat.createConversation(newConversationInput());
    await data.chat.appendMessage({
      conversationId: id,
      clientMessageId: randomUUID(),
      from: 'player',
      text: 'hi',
    });
    await data.close();
    const again = await openDataStore({ dataDir, env: {} });
    expect(again.keySource).toBe('key-file');
    expect(await again.chat.messagesAfter(id, 0)).toHaveLength(1);
    await again.close();
  });

  it('refuses a second open of the same folder', async () => {
    const dataDir = freshDataDir();
    const data = await openDataStore({ dataDir, env: {}, displayDataDir: 'data' });
    await expect(openDataStore({ dataDir, env: {}, displayDataDir: 'data' })).rejects.toThrow(
      'data is already open in this process',
    );
    await data.close();
  });

  it('refuses a folder locked by a running process, and takes over from a dead one', async () => {
    const dataDir = freshDataDir();
    await (await openDataStore({ dataDir, env: {} })).close();
    const lockFile = path.join(dataDir, 'store.lock');

    const running = startChild('setTimeout(() => {}, 20000)');
    try {
      await writeFile(lockFile, String(running.pid));
      const failure = openDataStore({ dataDir, env: {}, displayDataDir: 'data' });
      await expect(failure).rejects.toBeInstanceOf(StartupError);
      await expect(failure).rejects.toThrow(
        `in use by another Offramp process (pid ${running.pid})`,
      );
    } finally {
      running.kill();
      await running.exited;
    }
    const data = await openDataStore({ dataDir, env: {} });
    expect(await readFile(lockFile, 'utf8')).toBe(String(process.pid));
    await data.close();
  });

  it('refuses to start with another key, naming the file', async () => {
    const dataDir = freshDataDir();
    await (await openDataStore({ dataDir, env: {}, displayDataDir: 'data' })).close();
    const failure = openDataStore({
      dataDir,
      env: { OFFRAMP_DATA_KEY: 'cd'.repeat(32) },
      displayDataDir: 'data',
    });
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toThrow(
      /^data\/accounts\.json: was encrypted with another data key/,
    );
    // The failed start released the folder.
    await (await openDataStore({ dataDir, env: {} })).close();
  });

  it('refuses to start with an altered accounts file, naming it', async () => {
    const dataDir = freshDataDir();
    await (await openDataStore({ dataDir, env: {} })).close();
    const file = path.join(dataDir, 'accounts.json');
    const envelope = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    await writeFile(
      file,
      JSON.stringify({ ...envelope, tag: Buffer.alloc(16).toString('base64') }),
    );
    await expect(openDataStore({ dataDir, env: {}, displayDataDir: 'data' })).rejects.toThrow(
      /^data\/accounts\.json: failed authentication/,
    );
  });
});
