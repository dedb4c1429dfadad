/**
 * kill -9 in the middle of a burst of appends: every message the child reported as
 * acknowledged must be on disk afterwards, with the seq it was acknowledged with, exactly once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { deriveDataKeys } from './dataKey.ts';
import { openLowdbChatStore } from './lowdbChatStore.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');
const root = mkdtempSync(path.join(os.tmpdir(), 'offramp-crash-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const KEY_HEX = 'ab'.repeat(32);
const CONVERSATIONS = 20;
/** Upper bound on the child's work: the test kills it long before. */
const MAX_MESSAGES = 50_000;
const KILL_AFTER_ACKS = 400;
const GIVE_UP_MS = 20_000;

interface Ack {
  conversationId: string;
  clientMessageId: string;
  seq: number;
  text: string;
}

it('keeps every acknowledged message across a kill -9 mid-burst', async () => {
  const dataDir = path.join(root, 'data');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(here, 'testing', 'appendBurst.ts'),
      dataDir,
      KEY_HEX,
      String(CONVERSATIONS),
      String(MAX_MESSAGES),
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  let acks = 0;
  let killedMidBurst = false;
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => {
    child.on('exit', (code, signal) => resolve(signal ?? code));
  });
  const deadline = setTimeout(() => child.kill('SIGKILL'), GIVE_UP_MS);
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    stdout += text;
    acks += text.split('\nack ').length - 1 + (text.startsWith('ack ') ? 1 : 0);
    if (!killedMidBurst && acks >= KILL_AFTER_ACKS) {
      killedMidBurst = true;
      child.kill('SIGKILL');
    }
  });
  const ending = await exited;
  clearTimeout(deadline);
  expect(stderr).toBe('');
  expect(killedMidBurst).toBe(true);
  expect(ending).toBe('SIGKILL');

  // Only complete lines count: the kill may cut the last one.
  const lines = stdout.split('\n').slice(0, -1);
  const conversations = lines.filter((line) => line.startsWith('conversation ')).length;
  const acknowledged: Ack[] = lines
    .filter((line) => line.startsWith('ack '))
    .map((line) => {
      const [, conversationId = '', clientMessageId = '', seq = '', text = ''] = line.split(' ');
      return { conversationId, clientMessageId, seq: Number(seq), text };
    });
  expect(conversations).toBe(CONVERSATIONS);
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  expect(acknowledged.length).toBeLessThan(MAX_MESSAGES);

  const store = await openLowdbChatStore({
    dataDir,
    keys: deriveDataKeys(Buffer.from(KEY_HEX, 'hex')),
  });
  try {
    expect(store.integrityProblems()).toEqual([]);
    const byConversation = new Map<string, Ack[]>();
    for (const ack of acknowledged) {
      byConversation.set(ack.conversationId, [
        ...(byConversation.get(ack.conversationId) ?? []),
        ack,
      ]);
    }
    expect(byConversation.size).toBe(CONVERSATIONS);
    for (const [conversationId, acks] of byConversation) {
      const stored = await store.messagesAfter(conversationId, 0, MAX_MESSAGES);
      const storedIds = stored.map((message) => message.clientMessageId);
      expect(new Set(storedIds).size).toBe(storedIds.length);
      for (const ack of acks) {
        expect(stored[ack.seq - 1]).toMatchObject({
          seq: ack.seq,
          clientMessageId: ack.clientMessageId,
          text: ack.text,
        });
      }
    }
    const leftovers = (await readdir(path.join(dataDir, 'conversations'))).filter((name) =>
      name.endsWith('.tmp'),
    );
    expect(leftovers).toEqual([]);
  } finally {
    await store.close();
  }
});
