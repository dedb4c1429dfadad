/**
 * The behaviour every ChatStore must have, as a vitest suite: run by the tests of the lowdb
 * and the in-memory store alike (and of any later implementation).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConversationEndedError,
  ConversationNotFoundError,
  ResumePhraseInUseError,
  StoreClosedError,
  type ChatStore,
  type CounsellorRef,
} from './chatStore.ts';
import { deriveDataKeys } from './dataKey.ts';
import { newConversationInput } from './testing/conversationInput.ts';

export { newConversationInput };

const testKeys = deriveDataKeys(Buffer.alloc(32, 7));

export interface ContractContext {
  /** A fresh, empty store whose clock reads `clock.now`. */
  open(clock: { now: Date }): Promise<ChatStore>;
}

export const alex: CounsellorRef = { accountId: 'acc-alex', pseudonym: 'Alex', kind: 'survivor' };
export const sam: CounsellorRef = { accountId: 'acc-sam', pseudonym: 'Sam', kind: 'professional' };

export function describeChatStoreContract(name: string, context: ContractContext): void {
  describe(`${name}: the ChatStore contract`, () => {
    const clock = { now: new Date('2026-12-01T10:00:00.000Z') };
    const opened: ChatStore[] = [];
    const open = async (): Promise<ChatStore> => {
      const store = await context.open(clock);
      opened.push(store);
      return store;
    };

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
      clock.now = new Date('2026-12-01T10:00:00.000Z');
    });

    it('creates a waiting conversation that can be found by id and by resume phrase hash', async () => {
      const store = await open();
      const input = newConversationInput('maple-otter-candle-river-tulip');
      const created = await store.createConversation(input);
      expect(created).toMatchObject({
        status: 'waiting',
        lastSeq: 0,
        createdAt: '2026-12-01T10:00:00.000Z',
        lastActivityAt: '2026-12-01T10:00:00.000Z',
        preferences: input.preferences,
        sharedStoryPosition: input.sharedStoryPosition,
      });
      expect(created.id).toMatch(/^c_[0-9a-z]{26}$/);
      expect(await store.getConversation(created.id)).toEqual(created);
      expect(await store.findByResumePhraseHash(input.resumePhraseHash)).toEqual(created);
      expect(
        await store.findByResumePhraseHash(testKeys.hashResumePhrase('other')),
      ).toBeUndefined();
      expect(await store.listWaiting()).toEqual([created]);
    });

    it('numbers concurrently appended messages 1..n without gaps, in call order', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      const ids = Array.from({ length: 120 }, () => randomUUID());
      const results = await Promise.all(
        ids.map((clientMessageId, index) =>
          store.appendMessage({
            conversationId: id,
            clientMessageId,
            from: 'player',
            text: `message ${index}`,
          }),
        ),
      );
      expect(results.map((result) => result.message.seq)).toEqual(ids.map((_, i) => i + 1));
      expect(results.every((result) => !result.duplicate)).toBe(true);
      const stored = await store.messagesAfter(id, 0, 1000);
      expect(stored.map((message) => message.clientMessageId)).toEqual(ids);
      expect(stored.map((message) => message.text)).toEqual(ids.map((_, i) => `message ${i}`));
      expect((await store.getConversation(id))?.lastSeq).toBe(120);
    });

    it('returns the first message for a repeated clientMessageId, even when the retry races it', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      const clientMessageId = randomUUID();
      const send = (text: string) =>
        store.appendMessage({ conversationId: id, clientMessageId, from: 'player', text });
      const [first, racing] = await Promise.all([send('hello'), send('hello')]);
      const later = await send('hello again');
      expect(first).toMatchObject({ duplicate: false, message: { seq: 1, text: 'hello' } });
      expect(racing).toEqual({ duplicate: true, message: first?.message });
      expect(later).toEqual({ duplicate: true, message: first?.message });
      expect(await store.messagesAfter(id, 0)).toHaveLength(1);
    });

    it('pages messages after a seq', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      for (let i = 1; i <= 5; i++) {
        await store.appendMessage({
          conversationId: id,
          clientMessageId: randomUUID(),
          from: 'player',
          text: `m${i}`,
        });
      }
      expect((await store.messagesAfter(id, 2)).map((m) => m.seq)).toEqual([3, 4, 5]);
      expect((await store.messagesAfter(id, 1, 2)).map((m) => m.seq)).toEqual([2, 3]);
      expect(await store.messagesAfter(id, 5)).toEqual([]);
      expect(await store.messagesAfter(id, 99)).toEqual([]);
    });

    it('lets exactly one of two concurrent claims win', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      const results = await Promise.all([store.claim(id, alex), store.claim(id, sam)]);
      const winners = results.filter((result) => result.ok);
      const losers = results.filter((result) => !result.ok);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toMatchObject({ newlyClaimed: true });
      expect(losers).toEqual([{ ok: false, reason: 'already-claimed' }]);
      const conversation = await store.getConversation(id);
      expect(conversation?.status).toBe('active');
      expect(await store.listWaiting()).toEqual([]);
      const winner = conversation?.counsellor?.accountId === alex.accountId ? alex : sam;
      expect((await store.listClaimedBy(winner.accountId)).map((c) => c.id)).toEqual([id]);
      // Claiming one's own conversation again is not a failure.
      expect(await store.claim(id, winner)).toMatchObject({ ok: true, newlyClaimed: false });
    });

    it('refuses claims of ended or unknown conversations', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      await store.endConversation(id, 'player');
      expect(await store.claim(id, alex)).toEqual({ ok: false, reason: 'ended' });
      expect(await store.claim('c_00000000000000000000000000', alex)).toEqual({
        ok: false,
        reason: 'not-found',
      });
    });

    it('records counsellor messages with the counsellor, and keeps both sides in one sequence', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      await store.claim(id, alex);
      await store.appendMessage({
        conversationId: id,
        clientMessageId: randomUUID(),
        from: 'player',
        text: 'hi',
      });
      const reply = await store.appendMessage({
        conversationId: id,
        clientMessageId: randomUUID(),
        from: 'counsellor',
        counsellor: alex,
        text: 'hello, I am Alex',
      });
      expect(reply.message).toMatchObject({ seq: 2, from: 'counsellor', counsellor: alex });
    });

    it('ends a conversation once, and takes no messages afterwards', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      const clientMessageId = randomUUID();
      await store.appendMessage({
        conversationId: id,
        clientMessageId,
        from: 'player',
        text: 'bye',
      });
      clock.now = new Date('2026-12-01T11:00:00.000Z');
      const ended = await store.endConversation(id, 'counsellor');
      expect(ended).toMatchObject({
        status: 'ended',
        endedBy: 'counsellor',
        endedAt: '2026-12-01T11:00:00.000Z',
      });
      clock.now = new Date('2026-12-01T12:00:00.000Z');
      expect(await store.endConversation(id, 'player')).toEqual(ended);
      await expect(
        store.appendMessage({
          conversationId: id,
          clientMessageId: randomUUID(),
          from: 'player',
          text: 'x',
        }),
      ).rejects.toBeInstanceOf(ConversationEndedError);
      // A retry of a message stored before the end still gets its ack.
      const retry = await store.appendMessage({
        conversationId: id,
        clientMessageId,
        from: 'player',
        text: 'bye',
      });
      expect(retry).toMatchObject({ duplicate: true, message: { seq: 1 } });
    });

    it('deletes a conversation with everything that points to it', async () => {
      const store = await open();
      const input = newConversationInput();
      const { id } = await store.createConversation(input);
      const other = await store.createConversation(newConversationInput());
      expect(await store.deleteConversation(id)).toBe(true);
      expect(await store.getConversation(id)).toBeUndefined();
      expect(await store.findByResumePhraseHash(input.resumePhraseHash)).toBeUndefined();
      await expect(store.messagesAfter(id, 0)).rejects.toBeInstanceOf(ConversationNotFoundError);
      await expect(
        store.appendMessage({
          conversationId: id,
          clientMessageId: randomUUID(),
          from: 'player',
          text: 'x',
        }),
      ).rejects.toBeInstanceOf(ConversationNotFoundError);
      await expect(store.endConversation(id, 'player')).rejects.toBeInstanceOf(
        ConversationNotFoundError,
      );
      expect(await store.deleteConversation(id)).toBe(false);
      expect((await store.listWaiting()).map((c) => c.id)).toEqual([other.id]);
    });

    it('sweeps only conversations whose last activity is older than the retention', async () => {
      const store = await open();
      const old = await store.createConversation(newConversationInput());
      clock.now = new Date('2026-12-20T10:00:00.000Z');
      const sameDay = await store.createConversation(newConversationInput());
      const fresh = await store.createConversation(newConversationInput());
      await store.appendMessage({
        conversationId: old.id,
        clientMessageId: randomUUID(),
        from: 'player',
        text: 'still here',
      });
      clock.now = new Date('2026-11-01T10:00:00.000Z');
      const oldest = await store.createConversation(newConversationInput());
      const now = new Date('2027-01-10T10:00:00.000Z'); // 21 days after 2026-12-20
      expect(await store.sweepExpired(now, 30)).toBe(1);
      expect(await store.getConversation(oldest.id)).toBeUndefined();
      for (const kept of [old, sameDay, fresh]) {
        expect(await store.getConversation(kept.id)).toBeDefined();
      }
      expect(await store.sweepExpired(now, 20)).toBe(3);
    });

    it('hands out snapshots that cannot change what is stored', async () => {
      const store = await open();
      const created = await store.createConversation(newConversationInput());
      (created as { status: string }).status = 'ended';
      expect(() => {
        (created.preferences.wishes as string[]).push('just-curious');
      }).toThrow(TypeError);
      const stored = await store.getConversation(created.id);
      expect(stored?.status).toBe('waiting');
      expect(stored?.preferences.wishes).toEqual(['talk', 'leave-a-group']);
      await store.claim(created.id, alex);
      expect(stored?.status).toBe('waiting');
      expect((await store.getConversation(created.id))?.status).toBe('active');
    });

    it('rejects data it could not read back', async () => {
      const store = await open();
      const { id } = await store.createConversation(newConversationInput());
      await expect(
        store.appendMessage({
          conversationId: id,
          clientMessageId: 'not-a-uuid',
          from: 'player',
          text: 'x',
        }),
      ).rejects.toThrow(/UUID/i);
      await expect(
        store.createConversation({ ...newConversationInput(), resumePhraseHash: 'plain phrase' }),
      ).rejects.toThrow();
      expect(await store.messagesAfter(id, 0)).toEqual([]);
    });

    it('refuses a resume phrase hash that is already in use', async () => {
      const store = await open();
      const input = newConversationInput('same phrase');
      await store.createConversation(input);
      await expect(store.createConversation(input)).rejects.toBeInstanceOf(ResumePhraseInUseError);
    });

    it('refuses every call once closed', async () => {
      const store = await open();
      await store.close();
      await expect(store.listWaiting()).rejects.toBeInstanceOf(StoreClosedError);
      await expect(store.createConversation(newConversationInput())).rejects.toBeInstanceOf(
        StoreClosedError,
      );
    });
  });
}
