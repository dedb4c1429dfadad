import { describe, expect, it } from 'vitest';
import {
  clientMessageSchema,
  counsellorMessageSchema,
  isAllowedForRole,
  MAX_FRAME_BYTES,
  MAX_TEXT_CHARS,
  parseClientFrame,
  parseServerFrame,
  playerMessageSchema,
  PROTOCOL_VERSION,
  protocolVersionCloseReason,
  serverMessageSchema,
  type ClientMessage,
  type ServerMessage,
} from './chatProtocol.ts';

const conversationId = 'c_0123456789abcdefghjkmnpqrs';
const clientMessageId = '3b241101-e2bb-4255-8caf-4136c566a962';
const requestId = '8d0c1c46-2f3e-4e4b-9a4c-2a4f8a9d7b11';
const guestToken = 'AbCdEfGhIjKlMnOpQrStUv';
const sentAt = '2026-12-01T10:00:00.000Z';
const preferences = {
  counsellorKind: 'survivor',
  counsellorGender: 'any',
  language: 'de',
  wishes: ['understand', 'help-someone-else'],
};
const counsellor = { pseudonym: 'Alex', kind: 'former-member' };
const caseView = {
  conversationId,
  status: 'waiting',
  format: 'message',
  createdAt: sentAt,
  lastActivityAt: sentAt,
  lastSeq: 2,
  preferences,
  entry: { via: 'help-button' },
};

/** One valid frame of every client type (both hellos). */
const validClientFrames: Record<string, object> = {
  'player hello': { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'player', guestToken },
  'counsellor hello': { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'counsellor' },
  open: {
    type: 'open',
    requestId,
    consentVersion: '2026-11-27',
    preferences,
    format: 'live',
    entry: { via: 'hook', hook: 'chat', storyId: 'group-chat' },
    sharedStoryPosition: { storyId: 'group-chat', knot: 'kitchen.late_night' },
  },
  'open from the help button, nothing shared': {
    type: 'open',
    requestId,
    consentVersion: '2026-11-27',
    preferences: { ...preferences, wishes: [] },
    format: 'message',
    entry: { via: 'help-button' },
  },
  resume: { type: 'resume', phrase: 'maple-otter-candle-river-tulip', afterSeq: 12 },
  delete: { type: 'delete', conversationId },
  send: { type: 'send', conversationId, clientMessageId, text: 'Hallo, ich habe eine Frage.' },
  typing: { type: 'typing', conversationId, isTyping: true },
  read: { type: 'read', conversationId, seq: 4 },
  end: { type: 'end', conversationId },
  sync: { type: 'sync', conversationId, afterSeq: 0 },
  'subscribe-queue': { type: 'subscribe-queue' },
  'unsubscribe-queue': { type: 'unsubscribe-queue' },
  claim: { type: 'claim', conversationId },
};

const validServerFrames: Record<string, object> = {
  welcome: {
    type: 'welcome',
    protocolVersion: PROTOCOL_VERSION,
    role: 'player',
    limits: { maxFrameBytes: MAX_FRAME_BYTES, maxTextChars: MAX_TEXT_CHARS },
  },
  opened: {
    type: 'opened',
    requestId,
    conversation: {
      conversationId,
      status: 'waiting',
      format: 'live',
      createdAt: sentAt,
      lastSeq: 0,
    },
    resumePhrase: 'maple-otter-candle-river-tulip',
  },
  resumed: {
    type: 'resumed',
    conversation: {
      conversationId,
      status: 'active',
      format: 'live',
      createdAt: sentAt,
      lastSeq: 7,
      counsellor,
    },
  },
  ack: { type: 'ack', conversationId, clientMessageId, seq: 3 },
  'player message': {
    type: 'message',
    conversationId,
    message: { seq: 3, from: 'player', text: 'hi', sentAt },
  },
  'counsellor message': {
    type: 'message',
    conversationId,
    message: { seq: 4, from: 'counsellor', counsellor, text: 'Hello, I am Alex.', sentAt },
  },
  history: {
    type: 'history',
    conversationId,
    afterSeq: 2,
    messages: [
      { seq: 3, from: 'player', text: 'hi', sentAt },
      { seq: 4, from: 'counsellor', counsellor, text: 'hello', sentAt },
    ],
    complete: true,
  },
  queue: { type: 'queue', waiting: [caseView], mine: [] },
  'queue with a shared story position': {
    type: 'queue',
    waiting: [],
    mine: [
      {
        ...caseView,
        status: 'active',
        sharedStoryPosition: { storyId: 'demo', knot: 'phone' },
        counsellor,
      },
    ],
  },
  'queue-update': { type: 'queue-update', added: [caseView], removed: [conversationId] },
  claimed: { type: 'claimed', conversationId, counsellor },
  'claim-failed': { type: 'claim-failed', conversationId, reason: 'already-claimed' },
  typing: { type: 'typing', conversationId, from: 'counsellor', isTyping: false },
  read: { type: 'read', conversationId, by: 'player', seq: 4 },
  ended: { type: 'ended', conversationId, by: 'counsellor' },
  deleted: { type: 'deleted', conversationId },
  error: {
    type: 'error',
    code: 'rate-limited',
    message: 'slow down',
    clientMessageId,
    retryAfterMs: 2000,
  },
};

describe('client frames', () => {
  it.each(Object.entries(validClientFrames))('accepts a valid %s frame', (_, frame) => {
    const parsed = parseClientFrame(JSON.stringify(frame));
    expect(parsed).toEqual({ ok: true, message: frame });
  });

  it('covers every client message type', () => {
    const types = new Set(
      Object.values(validClientFrames).map((frame) => (frame as { type: string }).type),
    );
    const declared = clientMessageSchema.options.map((option) =>
      'shape' in option ? option.shape.type.value : 'hello',
    );
    expect([...types].sort()).toEqual([...new Set(declared)].sort());
  });

  const invalid: Array<[string, object, RegExp]> = [
    ['an unknown type', { type: 'shout', conversationId }, /unknown message type "shout"/],
    ['an extra field', { type: 'end', conversationId, ip: '10.0.0.1' }, /Unrecognized key/],
    [
      'an extra field in a nested object',
      { ...validClientFrames.open, preferences: { ...preferences, age: 15 } },
      /open\.preferences/,
    ],
    [
      'a conversation id of the wrong form',
      { type: 'end', conversationId: '../../etc/passwd' },
      /conversationId/,
    ],
    [
      'an upper-case conversation id',
      { type: 'end', conversationId: conversationId.toUpperCase().replace('C_', 'c_') },
      /conversationId/,
    ],
    [
      'a clientMessageId that is no UUID',
      { type: 'send', conversationId, clientMessageId: 'abc', text: 'x' },
      /clientMessageId: must be a UUID/,
    ],
    [
      'empty text',
      { type: 'send', conversationId, clientMessageId, text: '   \n ' },
      /text: must not be empty/,
    ],
    [
      'text that is too long',
      { type: 'send', conversationId, clientMessageId, text: 'x'.repeat(MAX_TEXT_CHARS + 1) },
      /at most 4000/,
    ],
    [
      'control characters',
      { type: 'send', conversationId, clientMessageId, text: 'a\u0000b' },
      /control characters/,
    ],
    [
      'a player hello without a guest token',
      { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'player' },
      /guestToken/,
    ],
    [
      'a counsellor hello with a guest token',
      { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'counsellor', guestToken },
      /Unrecognized key/,
    ],
    [
      'an unknown role',
      { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'admin' },
      /hello/,
    ],
    [
      'an unknown counsellor kind',
      { ...validClientFrames.open, preferences: { ...preferences, counsellorKind: 'police' } },
      /counsellorKind/,
    ],
    [
      'an unknown wish',
      { ...validClientFrames.open, preferences: { ...preferences, wishes: ['revenge'] } },
      /wishes/,
    ],
    [
      'a repeated wish',
      { ...validClientFrames.open, preferences: { ...preferences, wishes: ['talk', 'talk'] } },
      /must not repeat a wish/,
    ],
    ['an unknown format', { ...validClientFrames.open, format: 'video' }, /format/],
    [
      'a hook entry without its story',
      { ...validClientFrames.open, entry: { via: 'hook', hook: 'chat' } },
      /entry\.storyId/,
    ],
    [
      'an unknown hook',
      { ...validClientFrames.open, entry: { via: 'hook', hook: 'popup', storyId: 'demo' } },
      /entry\.hook/,
    ],
    [
      'a story position without its knot',
      { ...validClientFrames.open, sharedStoryPosition: { storyId: 'demo' } },
      /knot/,
    ],
    ['a negative afterSeq', { type: 'sync', conversationId, afterSeq: -1 }, /afterSeq/],
    ['a fractional seq', { type: 'read', conversationId, seq: 1.5 }, /seq/],
    ['a missing type', { conversationId }, /no "type"/],
  ];

  it.each(invalid)('rejects %s', (_, frame, reason) => {
    const parsed = parseClientFrame(JSON.stringify(frame));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.code).toBe('invalid-frame');
      expect(parsed.message).toMatch(reason);
    }
  });

  it('rejects what is not a JSON object', () => {
    expect(parseClientFrame('{not json')).toMatchObject({
      ok: false,
      code: 'invalid-frame',
      message: 'the frame is not JSON',
    });
    expect(parseClientFrame('[1,2]')).toMatchObject({
      ok: false,
      message: 'a frame must be a JSON object',
    });
    expect(parseClientFrame('null')).toMatchObject({ ok: false, code: 'invalid-frame' });
  });

  it('rejects frames over the size limit before parsing them', () => {
    const text = 'ü'.repeat(MAX_FRAME_BYTES / 2);
    const frame = JSON.stringify({ type: 'send', conversationId, clientMessageId, text });
    expect(parseClientFrame(frame)).toMatchObject({ ok: false, code: 'frame-too-large' });
  });

  it('fits the longest valid message into one frame, whatever characters it uses', () => {
    for (const unit of ['"', '\\', '\n', '\t', 'ü', '€', '🙂']) {
      const text = `a${unit.repeat(Math.floor((MAX_TEXT_CHARS - 2) / unit.length))}z`;
      const frame = JSON.stringify({ type: 'send', conversationId, clientMessageId, text });
      expect(new TextEncoder().encode(frame).length).toBeLessThanOrEqual(MAX_FRAME_BYTES);
      expect(parseClientFrame(frame)).toMatchObject({ ok: true, message: { text } });
    }
  });

  it('trims text and normalises line breaks', () => {
    const parsed = parseClientFrame(
      JSON.stringify({
        type: 'send',
        conversationId,
        clientMessageId,
        text: '  one\r\ntwo\rthree \t',
      }),
    );
    expect(parsed).toMatchObject({ ok: true, message: { text: 'one\ntwo\nthree' } });
  });

  it('tells a client of another version so, before looking at the rest of its hello', () => {
    const parsed = parseClientFrame(
      JSON.stringify({
        type: 'hello',
        protocolVersion: PROTOCOL_VERSION + 1,
        role: 'player',
        newField: 1,
      }),
    );
    expect(parsed).toEqual({
      ok: false,
      code: 'protocol-version',
      message: protocolVersionCloseReason(PROTOCOL_VERSION + 1),
    });
    expect(protocolVersionCloseReason(2)).toBe(
      `chat protocol 2 is not supported; this server speaks ${PROTOCOL_VERSION}: reload the page`,
    );
    expect(protocolVersionCloseReason('x')).toContain('chat protocol unknown');
    // A WebSocket close reason is at most 123 bytes.
    expect(
      new TextEncoder().encode(protocolVersionCloseReason(Number.MAX_SAFE_INTEGER)).length,
    ).toBeLessThanOrEqual(123);
  });
});

describe('roles', () => {
  const parse = (name: string): ClientMessage => clientMessageSchema.parse(validClientFrames[name]);

  it('lets players and counsellors send only their own messages', () => {
    const playerOnly = ['player hello', 'open', 'resume', 'delete'];
    const counsellorOnly = ['counsellor hello', 'subscribe-queue', 'unsubscribe-queue', 'claim'];
    const both = ['send', 'typing', 'read', 'end', 'sync'];
    for (const name of playerOnly) {
      expect([
        name,
        isAllowedForRole(parse(name), 'player'),
        isAllowedForRole(parse(name), 'counsellor'),
      ]).toEqual([name, true, false]);
      expect(playerMessageSchema.safeParse(validClientFrames[name]).success).toBe(true);
    }
    for (const name of counsellorOnly) {
      expect([
        name,
        isAllowedForRole(parse(name), 'player'),
        isAllowedForRole(parse(name), 'counsellor'),
      ]).toEqual([name, false, true]);
      expect(counsellorMessageSchema.safeParse(validClientFrames[name]).success).toBe(true);
    }
    for (const name of both) {
      expect([
        name,
        isAllowedForRole(parse(name), 'player'),
        isAllowedForRole(parse(name), 'counsellor'),
      ]).toEqual([name, true, true]);
    }
  });
});

describe('server frames', () => {
  it.each(Object.entries(validServerFrames))('accepts a valid %s frame', (_, frame) => {
    expect(parseServerFrame(JSON.stringify(frame))).toEqual({ ok: true, message: frame });
  });

  it('covers every server message type', () => {
    const types = new Set(
      Object.values(validServerFrames).map((frame) => (frame as { type: string }).type),
    );
    const declared = serverMessageSchema.options.map((option) => option.shape.type.value);
    expect([...types].sort()).toEqual([...declared].sort());
  });

  const invalid: Array<[string, object]> = [
    [
      'a counsellor message without its counsellor',
      {
        type: 'message',
        conversationId,
        message: { seq: 1, from: 'counsellor', text: 'x', sentAt },
      },
    ],
    [
      'a player message naming a counsellor',
      {
        type: 'message',
        conversationId,
        message: { seq: 1, from: 'player', counsellor, text: 'x', sentAt },
      },
    ],
    [
      'a counsellor with an account id',
      { type: 'claimed', conversationId, counsellor: { ...counsellor, accountId: 'a1' } },
    ],
    ['an ack without a seq', { type: 'ack', conversationId, clientMessageId }],
    ['seq 0', { type: 'ack', conversationId, clientMessageId, seq: 0 }],
    ['an unknown error code', { type: 'error', code: 'oops', message: 'x' }],
    ['an unknown claim failure', { type: 'claim-failed', conversationId, reason: 'busy' }],
    [
      'a time that is not ISO 8601',
      {
        type: 'message',
        conversationId,
        message: { seq: 1, from: 'player', text: 'x', sentAt: 'yesterday' },
      },
    ],
    ['an unknown type', { type: 'broadcast' }],
    ['an extra field', { type: 'deleted', conversationId, ip: '10.0.0.1' }],
  ];

  it.each(invalid)('rejects %s', (_, frame) => {
    expect(parseServerFrame(JSON.stringify(frame))).toMatchObject({
      ok: false,
      code: 'invalid-frame',
    });
  });

  it('tells the page that the server speaks another version', () => {
    const frame = { ...validServerFrames.welcome, protocolVersion: PROTOCOL_VERSION + 1 };
    expect(parseServerFrame(JSON.stringify(frame))).toMatchObject({
      ok: false,
      code: 'protocol-version',
      message: expect.stringContaining('reload the page'),
    });
  });

  it('types messages from the schemas', () => {
    const ack: ServerMessage = { type: 'ack', conversationId, clientMessageId, seq: 1 };
    expect(serverMessageSchema.parse(ack)).toEqual(ack);
  });
});
