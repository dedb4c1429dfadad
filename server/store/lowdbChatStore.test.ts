import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { copyFile, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { scrubAddresses } from '../logger.ts';
import { StorageWriteError, StoreIntegrityError, type ChatStore } from './chatStore.ts';
import { alex, describeChatStoreContract, newConversationInput } from './chatStoreContract.ts';
import { deriveDataKeys } from './dataKey.ts';
import { openLowdbChatStore } from './lowdbChatStore.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'offramp-lowdb-store-'));
afterAll(() => rm(root, { recursive: true, force: true }));

let dirCount = 0;
const freshDataDir = (): string => path.join(root, `data-${++dirCount}`);
const keys = deriveDataKeys(Buffer.alloc(32, 1));
const otherKeys = deriveDataKeys(Buffer.alloc(32, 2));

describeChatStoreContract('lowdb store', {
  open: (clock) => openLowdbChatStore({ dataDir: freshDataDir(), keys, now: () => clock.now }),
});

describe('lowdb store on disk', () => {
  const opened: ChatStore[] = [];
  const open = async (dataDir: string, withKeys = keys): Promise<ChatStore> => {
    const store = await openLowdbChatStore({ dataDir, keys: withKeys });
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  const conversationsDir = (dataDir: string) => path.join(dataDir, 'conversations');
  const fileOf = (dataDir: string, id: string) =>
    path.join(conversationsDir(dataDir), `${id}.json`);

  it('finds every acknowledged message exactly once, in order, after reopening from disk', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const busy = await store.createConversation(newConversationInput());
    const many = await Promise.all(
      Array.from({ length: 40 }, () => store.createConversation(newConversationInput())),
    );
    const acked = new Map<string, Array<{ seq: number; clientMessageId: string; text: string }>>();
    const send = async (conversationId: string, text: string) => {
      const clientMessageId = randomUUID();
      const { message } = await store.appendMessage({
        conversationId,
        clientMessageId,
        from: 'player',
        text,
      });
      const list = acked.get(conversationId) ?? [];
      list.push({ seq: message.seq, clientMessageId, text });
      acked.set(conversationId, list);
    };
    await Promise.all([
      ...Array.from({ length: 300 }, (_, i) => send(busy.id, `busy ${i}`)),
      ...many.flatMap((conversation, c) =>
        Array.from({ length: 15 }, (_, i) => send(conversation.id, `conversation ${c} line ${i}`)),
      ),
    ]);

    // Not closed first: what was acknowledged must already be on disk.
    const reopened = await open(dataDir);
    expect(reopened.integrityProblems()).toEqual([]);
    for (const [conversationId, messages] of acked) {
      const stored = await reopened.messagesAfter(conversationId, 0, 10_000);
      const expected = [...messages].sort((a, b) => a.seq - b.seq);
      expect(
        stored.map(({ seq, clientMessageId, text }) => ({ seq, clientMessageId, text })),
      ).toEqual(expected);
      expect(stored.map((message) => message.seq)).toEqual(expected.map((_, i) => i + 1));
    }
    expect(await readdir(conversationsDir(dataDir))).toHaveLength(41);
  });

  it('keeps the seq of a retried message across a restart', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const { id } = await store.createConversation(newConversationInput());
    const clientMessageId = randomUUID();
    const first = await store.appendMessage({
      conversationId: id,
      clientMessageId,
      from: 'player',
      text: 'one',
    });
    await store.close();
    const reopened = await open(dataDir);
    const retry = await reopened.appendMessage({
      conversationId: id,
      clientMessageId,
      from: 'player',
      text: 'one',
    });
    expect(retry).toEqual({ duplicate: true, message: first.message });
  });

  it('keeps claims, ends and phrase lookups across a restart', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const input = newConversationInput('maple otter candle river tulip');
    const claimed = await store.createConversation(input);
    const ended = await store.createConversation(newConversationInput());
    await store.claim(claimed.id, alex);
    await store.endConversation(ended.id, 'player');
    await store.close();
    const reopened = await open(dataDir);
    expect(await reopened.findByResumePhraseHash(input.resumePhraseHash)).toMatchObject({
      id: claimed.id,
      status: 'active',
      counsellor: alex,
    });
    expect(await reopened.claim(claimed.id, { ...alex, accountId: 'someone-else' })).toEqual({
      ok: false,
      reason: 'already-claimed',
    });
    expect((await reopened.getConversation(ended.id))?.status).toBe('ended');
  });

  it('acknowledges nothing when the write fails, and a retry keeps the seq', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const { id } = await store.createConversation(newConversationInput());
    // The folder disappearing makes writes fail even for root (permissions would not).
    const away = path.join(dataDir, 'conversations-away');
    await rename(conversationsDir(dataDir), away);
    const clientMessageId = randomUUID();
    const send = () =>
      store.appendMessage({
        conversationId: id,
        clientMessageId,
        from: 'player',
        text: 'still there?',
      });
    await expect(send()).rejects.toMatchObject({
      name: 'StorageWriteError',
      code: 'storage-failed',
    });
    await expect(store.claim(id, alex)).rejects.toBeInstanceOf(StorageWriteError);
    expect(await store.messagesAfter(id, 0)).toEqual([]);
    expect(await store.getConversation(id)).toMatchObject({ status: 'waiting', lastSeq: 0 });

    await rename(away, conversationsDir(dataDir));
    expect(await send()).toMatchObject({ duplicate: true, message: { seq: 1 } });
    expect(await store.claim(id, alex)).toMatchObject({ ok: true });
    const reopened = await open(dataDir);
    expect((await reopened.messagesAfter(id, 0)).map((m) => m.text)).toEqual(['still there?']);
    expect((await reopened.getConversation(id))?.counsellor).toEqual(alex);
  });

  it('removes the file when a conversation is deleted', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const { id } = await store.createConversation(newConversationInput());
    await store.appendMessage({
      conversationId: id,
      clientMessageId: randomUUID(),
      from: 'player',
      text: 'x',
    });
    expect(await readdir(conversationsDir(dataDir))).toEqual([`${id}.json`]);
    await store.deleteConversation(id);
    expect(await readdir(conversationsDir(dataDir))).toEqual([]);
  });

  it('writes no plaintext and nothing that looks like an IP address', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const texts = [
      'I think my brother is in a group called the Northern Circle',
      'my address is 192.168.10.20 and also 2001:db8::ff00:42:8329',
      'Umlaute und Emoji: Grüße 🙂',
    ];
    const input = newConversationInput('maple otter candle river tulip');
    const { id } = await store.createConversation(input);
    await store.claim(id, alex);
    for (const text of texts) {
      await store.appendMessage({
        conversationId: id,
        clientMessageId: randomUUID(),
        from: 'player',
        text,
      });
    }
    const files = await readdir(conversationsDir(dataDir));
    const bytes = await Promise.all(
      files.map((name) => readFile(path.join(conversationsDir(dataDir), name))),
    );
    for (const content of bytes) {
      const latin1 = content.toString('latin1');
      const utf8 = content.toString('utf8');
      for (const secret of [
        ...texts,
        'Northern Circle',
        'Grüße',
        'leave-a-group',
        'kitchen.late',
        alex.pseudonym,
        alex.accountId,
        input.resumePhraseHash,
        'maple',
      ]) {
        expect(utf8).not.toContain(secret);
        expect(latin1).not.toContain(secret);
      }
      expect(scrubAddresses(utf8)).toBe(utf8);
      expect(JSON.parse(utf8)).toMatchObject({ format: 'offramp-encrypted', version: 1 });
    }
  });

  it('reports an altered file by name, leaves it untouched, and still serves the rest', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const damaged = await store.createConversation(newConversationInput());
    const healthy = await store.createConversation(newConversationInput());
    await store.appendMessage({
      conversationId: damaged.id,
      clientMessageId: randomUUID(),
      from: 'player',
      text: 'secret',
    });
    await store.close();

    const file = fileOf(dataDir, damaged.id);
    const envelope = JSON.parse(await readFile(file, 'utf8')) as { ciphertext: string };
    const ciphertext = Buffer.from(envelope.ciphertext, 'base64');
    ciphertext[5] = (ciphertext[5] ?? 0) ^ 0x01;
    const altered = JSON.stringify({ ...envelope, ciphertext: ciphertext.toString('base64') });
    await writeFile(file, altered);

    const reopened = await open(dataDir);
    expect(reopened.integrityProblems()).toEqual([
      expect.objectContaining({
        conversationId: damaged.id,
        file,
        message: expect.stringContaining(`${damaged.id}.json`),
      }),
    ]);
    const failure = await reopened.getConversation(damaged.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreIntegrityError);
    expect(failure).toMatchObject({
      reason: 'tampered',
      file,
      message: expect.stringContaining(file),
    });
    await expect(reopened.messagesAfter(damaged.id, 0)).rejects.toThrow(file);
    expect(await reopened.getConversation(healthy.id)).toMatchObject({ id: healthy.id });
    expect(await readFile(file, 'utf8')).toBe(altered);

    // "Delete now" still works on a damaged conversation.
    expect(await reopened.deleteConversation(damaged.id)).toBe(true);
    expect(await readdir(conversationsDir(dataDir))).toEqual([`${healthy.id}.json`]);
    expect(reopened.integrityProblems()).toEqual([]);
  });

  it('detects a conversation file copied over another one', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const a = await store.createConversation(newConversationInput());
    const b = await store.createConversation(newConversationInput());
    await store.close();
    await copyFile(fileOf(dataDir, a.id), fileOf(dataDir, b.id));
    const reopened = await open(dataDir);
    expect(reopened.integrityProblems()).toEqual([
      expect.objectContaining({
        conversationId: b.id,
        message: expect.stringContaining('failed authentication'),
      }),
    ]);
  });

  it('reports files that are not encrypted documents', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const { id } = await store.createConversation(newConversationInput());
    await store.close();
    await writeFile(fileOf(dataDir, id), '{"format":1,"conversation":{}}');
    await writeFile(path.join(conversationsDir(dataDir), 'notes.txt'), 'hello');
    const reopened = await open(dataDir);
    const messages = reopened.integrityProblems().map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`${id}\\.json: is not an encrypted Offramp data file`)),
        expect.stringMatching(/notes\.txt: not a conversation file; left alone/),
      ]),
    );
  });

  it('refuses to open with another data key, naming a file', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const { id } = await store.createConversation(newConversationInput());
    await store.close();
    const failure = await openLowdbChatStore({ dataDir, keys: otherKeys }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreIntegrityError);
    expect(failure).toMatchObject({ reason: 'wrong-key' });
    expect((failure as Error).message).toContain(`${id}.json`);
    expect((failure as Error).message).toContain('another data key');
  });

  it('leaves no temporary files behind, and ignores those a crash left before the rename', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const { id } = await store.createConversation(newConversationInput());
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.appendMessage({
          conversationId: id,
          clientMessageId: randomUUID(),
          from: 'player',
          text: `m${i}`,
        }),
      ),
    );
    expect(await readdir(conversationsDir(dataDir))).toEqual([`${id}.json`]);
    await store.close();

    // A crash between writing the temporary file and renaming it: the target holds the old state.
    const stray = path.join(conversationsDir(dataDir), `.${id}.json.0123456789ab.tmp`);
    await writeFile(stray, 'half a write');
    const reopened = await open(dataDir);
    expect(reopened.integrityProblems()).toEqual([]);
    expect(await readdir(conversationsDir(dataDir))).toEqual([`${id}.json`]);
    expect((await reopened.messagesAfter(id, 0)).map((m) => m.text)).toEqual(
      Array.from({ length: 50 }, (_, i) => `m${i}`),
    );
  });
});
