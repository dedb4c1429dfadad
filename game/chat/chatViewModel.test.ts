import { describe, expect, it } from 'vitest';
import { GUEST_TOKEN_PATTERN, openConversationSchema } from '../../core/protocol/chatProtocol.ts';
import { MemoryStorage } from '../shell/testing/memoryStorage.ts';
import {
  guestToken,
  liveWaitLine,
  openRequestFrom,
  panelTitle,
  statusLine,
} from './chatViewModel.ts';
import type { PlayerChatState } from './playerChat.ts';

const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;

const STATE: PlayerChatState = {
  phase: 'waiting',
  connection: 'ready',
  conversation: {
    conversationId: 'c_0123456789abcdefghjkmnpqrs',
    status: 'waiting',
    format: 'message',
    createdAt: '2026-11-27T03:00:00.000Z',
    lastSeq: 0,
  },
  counsellor: undefined,
  messages: [],
  pending: [],
  counsellorTyping: false,
  unread: 0,
  resumePhraseToShow: undefined,
  endedBy: undefined,
  lastError: undefined,
};

describe('openRequestFrom', () => {
  const context = {
    consentVersion: '2026-11-27',
    entry: { via: 'help-button' } as const,
    storyPosition: { storyId: 'demo', knot: 'start' },
  };

  it('builds a request the protocol accepts, wishes in protocol order', () => {
    const request = openRequestFrom(
      {
        counsellorKind: 'survivor',
        counsellorGender: 'female',
        language: 'de',
        wishes: ['just-curious', 'talk'],
        format: 'message',
        sharePosition: false,
      },
      context,
    );
    expect(request.preferences.wishes).toEqual(['talk', 'just-curious']);
    expect(request.sharedStoryPosition).toBeUndefined();
    const frame = { type: 'open', requestId: crypto.randomUUID(), ...request };
    expect(openConversationSchema.safeParse(frame).success).toBe(true);
  });

  it('shares the place in the story only when ticked, and falls back to "any"', () => {
    const request = openRequestFrom(
      {
        counsellorKind: 'robot',
        counsellorGender: '',
        language: 'xx-evil',
        wishes: ['nonsense'],
        format: 'carrier-pigeon',
        sharePosition: true,
      },
      context,
    );
    expect(request).toMatchObject({
      preferences: { counsellorKind: 'any', counsellorGender: 'any', language: 'en', wishes: [] },
      format: 'live',
      sharedStoryPosition: { storyId: 'demo', knot: 'start' },
    });
  });
});

describe('what the drawer says', () => {
  it('names the counsellor by pseudonym and kind once one has joined', () => {
    expect(panelTitle(t, STATE)).toBe('chat.panel.titleWaiting');
    expect(panelTitle(t, { ...STATE, counsellor: { pseudonym: 'Robin', kind: 'survivor' } })).toBe(
      'chat.panel.titleWith {"name":"Robin","kind":"chat.kinds.survivor"}',
    );
  });

  it('tells a waiting player what happens next, and says when the connection is gone', () => {
    expect(statusLine(t, STATE)).toBe('chat.panel.waitingMessage');
    expect(statusLine(t, { ...STATE, connection: 'connecting' })).toBe('chat.panel.connecting');
    expect(statusLine(t, { ...STATE, phase: 'ended', endedBy: 'counsellor' })).toBe(
      'chat.panel.endedByCounsellor',
    );
    expect(statusLine(t, { ...STATE, phase: 'deleted' })).toBe('chat.panel.deleted');
  });
});

describe('guestToken', () => {
  it('is 128 bits in the protocol format, kept for the session', () => {
    const storage = new MemoryStorage();
    const token = guestToken(storage);
    expect(token).toMatch(GUEST_TOKEN_PATTERN);
    expect(guestToken(storage)).toBe(token);
  });
});

describe('liveWaitLine', () => {
  const answer = { version: 1, waitingAhead: 1, typicalWaitMinutes: null } as const;

  it("counts the others waiting, not the player's own request", () => {
    expect(liveWaitLine(t, { ...answer, status: 'online' })).toBe('chat.panel.liveWait.online');
    expect(liveWaitLine(t, { ...answer, status: 'online', waitingAhead: 3 })).toBe(
      'chat.panel.liveWait.othersWaiting {"count":2}',
    );
  });

  it('adds the recent typical wait when there is one', () => {
    expect(liveWaitLine(t, { ...answer, status: 'online', typicalWaitMinutes: 6 })).toBe(
      'chat.panel.liveWait.online chat.availability.typicalWait {"count":6}',
    );
  });

  it('says so when nobody who fits is online any more', () => {
    expect(liveWaitLine(t, { ...answer, status: 'offline' })).toBe(
      'chat.panel.liveWait.nobodyOnline',
    );
    expect(liveWaitLine(t, { ...answer, status: 'none' })).toBe('chat.panel.liveWait.nobodyOnline');
  });
});
