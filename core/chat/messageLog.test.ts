import { describe, expect, it } from 'vitest';
import type { ChatMessageView } from '../protocol/chatProtocol.ts';
import { lastContiguousSeq, mergeMessages } from './messageLog.ts';

const message = (seq: number): ChatMessageView => ({
  seq,
  from: 'player',
  text: `message ${seq}`,
  sentAt: '2026-01-01T00:00:00.000Z',
});

describe('lastContiguousSeq', () => {
  it('stops before the first gap', () => {
    expect(lastContiguousSeq([])).toBe(0);
    expect(lastContiguousSeq([1, 2, 3].map(message))).toBe(3);
    expect(lastContiguousSeq([1, 2, 4].map(message))).toBe(2);
    expect(lastContiguousSeq([2, 3].map(message))).toBe(0);
  });
});

describe('mergeMessages', () => {
  it('adds each unseen seq once, in seq order', () => {
    const { messages, fresh } = mergeMessages([1, 3].map(message), [3, 2, 4, 2].map(message));
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(fresh.map((m) => m.seq)).toEqual([2, 4]);
  });

  it('finds nothing fresh in a repeated history', () => {
    const held = [1, 2].map(message);
    expect(mergeMessages(held, held).fresh).toEqual([]);
  });
});
