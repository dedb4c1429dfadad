import { describe, expect, it } from 'vitest';
import { newConversationInput } from './testing/conversationInput.ts';
import { createMemoryChatStore } from './memoryChatStore.ts';
import { startRetentionSweeper } from './retentionSweeper.ts';

describe('startRetentionSweeper', () => {
  it('sweeps at once, reports what it removed, and stops', async () => {
    const clock = { now: new Date('2026-01-01T00:00:00.000Z') };
    const store = await createMemoryChatStore({ now: () => clock.now });
    const old = await store.createConversation(newConversationInput());
    clock.now = new Date('2026-02-01T00:00:00.000Z');
    const recent = await store.createConversation(newConversationInput());
    const swept: number[] = [];
    const stop = startRetentionSweeper(store, {
      intervalMs: 60_000,
      retentionDays: 30,
      now: () => new Date('2026-02-05T00:00:00.000Z'),
      onSwept: (removed) => swept.push(removed),
    });
    await stop();
    expect(swept).toEqual([1]);
    expect(await store.getConversation(old.id)).toBeUndefined();
    expect(await store.getConversation(recent.id)).toBeDefined();
  });

  it('reports a failed sweep instead of throwing', async () => {
    const store = await createMemoryChatStore();
    await store.close();
    const errors: unknown[] = [];
    const stop = startRetentionSweeper(store, {
      intervalMs: 60_000,
      retentionDays: 30,
      onError: (error) => errors.push(error),
    });
    await stop();
    expect(errors).toHaveLength(1);
  });

  it('checks its settings', async () => {
    const store = await createMemoryChatStore();
    expect(() => startRetentionSweeper(store, { intervalMs: 0, retentionDays: 30 })).toThrow(
      RangeError,
    );
    expect(() => startRetentionSweeper(store, { intervalMs: 10, retentionDays: 0 })).toThrow(
      RangeError,
    );
  });
});
