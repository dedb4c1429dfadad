/**
 * The chat wire protocol: every frame the game, the counsellor workspace and the server
 * exchange over the chat WebSocket. One module, shared by all three, so a frame that one side
 * sends is exactly what the other parses. Every object is strict: an unknown field is an error,
 * never silently dropped.
 *
 * A connection starts with the client's `hello` (carrying PROTOCOL_VERSION) and the server's
 * `welcome`. A client that speaks another version is told so (`protocol-version`) and closed
 * with CHAT_CLOSE_CODES.protocolVersion.
 *
 * Durability contract: the server sends `ack` for a `send` only after the message is on disk;
 * `clientMessageId` makes a retry idempotent (the retry gets the same `seq`); `seq` numbers are
 * per conversation, start at 1 and have no gaps, so a client that reconnects asks for
 * everything after the last `seq` it has (`sync`, or `afterSeq` on `resume`).
 *
 * A player's connection may address only conversations it opened or resumed on that
 * connection; a counsellor's only those they claimed (and the queue).
 */
import { z } from 'zod';
import { HOOK_TYPES } from '../story/tags.ts';

/** Bump on any change that an older client could not parse. */
export const PROTOCOL_VERSION = 1;

/** Largest frame the server accepts from a client, in bytes of UTF-8 (give it to ws `maxPayload`). */
export const MAX_FRAME_BYTES = 16 * 1024;
/** Longest message text, in UTF-16 code units (what a browser's `maxlength` counts), after trimming. */
export const MAX_TEXT_CHARS = 4000;
/** Most messages in one `history` frame; `complete: false` says there are more. */
export const MAX_HISTORY_MESSAGES = 200;
/** Longest resume phrase the server will look at (the real ones are far shorter). */
export const MAX_RESUME_PHRASE_CHARS = 200;

/**
 * WebSocket close codes (4000–4999 are the application's own). A close reason is at most
 * 123 bytes; clients show their own wording, keyed by the code.
 */
export const CHAT_CLOSE_CODES = {
  normal: 1000,
  /** The server is shutting down or restarting: reconnect after a pause. */
  goingAway: 1001,
  /** A frame larger than MAX_FRAME_BYTES. */
  frameTooLarge: 1009,
  /** The client speaks another PROTOCOL_VERSION: reload the page, do not retry. */
  protocolVersion: 4000,
  /** Frames that are not valid protocol messages, or a message the role may not send. */
  invalidFrame: 4001,
  /** No `hello` within the handshake time. */
  handshakeTimeout: 4002,
  /** A counsellor connection without a valid staff session. */
  unauthorised: 4003,
  /** Too many frames: reconnect after a pause. */
  rateLimited: 4008,
  /** No heartbeat answer or no activity for too long. */
  idleTimeout: 4009,
} as const;

export const COUNSELLOR_KINDS = ['professional', 'former-member', 'survivor'] as const;
export const COUNSELLOR_KIND_PREFERENCES = ['any', ...COUNSELLOR_KINDS] as const;
export const COUNSELLOR_GENDERS = ['female', 'male', 'diverse'] as const;
export const COUNSELLOR_GENDER_PREFERENCES = ['any', ...COUNSELLOR_GENDERS] as const;
export const CHAT_WISHES = [
  'talk',
  'understand',
  'leave-a-group',
  'help-someone-else',
  'just-curious',
] as const;
/** live: talk now if a matching counsellor is free; message: a message answered later. */
export const CHAT_FORMATS = ['live', 'message'] as const;
export const CONVERSATION_STATUSES = ['waiting', 'active', 'ended'] as const;
export const PARTICIPANTS = ['player', 'counsellor'] as const;
export const CHAT_ROLES = PARTICIPANTS;

export type CounsellorKind = (typeof COUNSELLOR_KINDS)[number];
export type CounsellorGender = (typeof COUNSELLOR_GENDERS)[number];
export type ChatWish = (typeof CHAT_WISHES)[number];
export type ChatFormat = (typeof CHAT_FORMATS)[number];
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export type Participant = (typeof PARTICIPANTS)[number];
export type ChatRole = Participant;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** `c_` and 26 lowercase Crockford base32 digits (128 random bits): safe as a file name anywhere. */
export const CONVERSATION_ID_PATTERN = /^c_[0-9a-hjkmnp-tv-z]{26}$/;
/** 128 random bits, base64url without padding. */
export const GUEST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const conversationIdSchema = z
  .string()
  .regex(CONVERSATION_ID_PATTERN, 'must be a conversation id (c_ and 26 base32 digits)');
export const clientMessageIdSchema = z.uuid('must be a UUID');
export const requestIdSchema = z.uuid('must be a UUID');
export const guestTokenSchema = z
  .string()
  .regex(GUEST_TOKEN_PATTERN, 'must be a guest token (22 base64url characters)');
export const seqSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** "Everything after this seq": 0 asks for the whole conversation. */
export const afterSeqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const timestampSchema = z.iso.datetime();

// C0 and C1 control characters other than tab and newline: invisible, and they would let one
// message outgrow the frame limit through JSON escaping (\u0000 is six bytes).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Message text: line breaks normalised to \n, trimmed, 1..MAX_TEXT_CHARS, no control characters. */
export const messageTextSchema = z
  .string()
  .overwrite((text) => text.replace(/\r\n?/g, '\n'))
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEXT_CHARS, `must be at most ${MAX_TEXT_CHARS} characters`)
  .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters');

export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language code such as en or de');
const storyIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a story id');
/** An ink knot or knot.stitch name. */
const knotSchema = z
  .string()
  .max(200)
  .regex(/^[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)?$/u, 'must be an ink knot or knot.stitch');
const consentVersionSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.:-]+$/, 'must be a consent text version');
const pseudonymSchema = z
  .string()
  .min(1)
  .max(40)
  .refine((name) => !CONTROL_CHARACTERS.test(name), 'must not contain control characters');

export const chatPreferencesSchema = z.strictObject({
  counsellorKind: z.enum(COUNSELLOR_KIND_PREFERENCES),
  counsellorGender: z.enum(COUNSELLOR_GENDER_PREFERENCES),
  language: languageCodeSchema,
  /** What the player wants from the conversation; may be empty. */
  wishes: z
    .array(z.enum(CHAT_WISHES))
    .max(CHAT_WISHES.length)
    .refine((wishes) => new Set(wishes).size === wishes.length, 'must not repeat a wish'),
});

/** The player's place in the story: only ever sent when they ticked the separate opt-in. */
export const storyPositionSchema = z.strictObject({ storyId: storyIdSchema, knot: knotSchema });

/** How the player reached the chat (a declined prompt is never reported, so only arrivals). */
export const chatEntrySchema = z.discriminatedUnion('via', [
  z.strictObject({ via: z.literal('help-button') }),
  z.strictObject({ via: z.literal('hook'), hook: z.enum(HOOK_TYPES), storyId: storyIdSchema }),
]);

/**
 * What a player's preferences are matched against: set by an admin for each account that works
 * the chat (`offramp user add|profile`). A counsellor who gives no gender matches only players
 * who chose "any".
 */
export const counsellorProfileSchema = z.strictObject({
  kind: z.enum(COUNSELLOR_KINDS),
  gender: z.enum(COUNSELLOR_GENDERS).optional(),
  languages: z
    .array(languageCodeSchema)
    .min(1, 'needs at least one language')
    .max(20)
    .refine(
      (languages) => new Set(languages).size === languages.length,
      'must not repeat a language',
    ),
});

/** What a player (and the queue) may know about a counsellor. */
export const counsellorPublicSchema = z.strictObject({
  pseudonym: pseudonymSchema,
  kind: z.enum(COUNSELLOR_KINDS),
});

export const chatMessageViewSchema = z.discriminatedUnion('from', [
  z.strictObject({
    seq: seqSchema,
    from: z.literal('player'),
    text: messageTextSchema,
    sentAt: timestampSchema,
  }),
  z.strictObject({
    seq: seqSchema,
    from: z.literal('counsellor'),
    counsellor: counsellorPublicSchema,
    text: messageTextSchema,
    sentAt: timestampSchema,
  }),
]);

/** A conversation as its player sees it. */
export const playerConversationViewSchema = z.strictObject({
  conversationId: conversationIdSchema,
  status: z.enum(CONVERSATION_STATUSES),
  format: z.enum(CHAT_FORMATS),
  createdAt: timestampSchema,
  /** The highest seq in the conversation (0: no messages yet). */
  lastSeq: afterSeqSchema,
  counsellor: counsellorPublicSchema.optional(),
});

/** A conversation as a counsellor sees it in the queue and their inbox: never anything identifying. */
export const counsellorCaseViewSchema = z.strictObject({
  conversationId: conversationIdSchema,
  status: z.enum(CONVERSATION_STATUSES),
  format: z.enum(CHAT_FORMATS),
  createdAt: timestampSchema,
  lastActivityAt: timestampSchema,
  lastSeq: afterSeqSchema,
  preferences: chatPreferencesSchema,
  entry: chatEntrySchema,
  sharedStoryPosition: storyPositionSchema.optional(),
  counsellor: counsellorPublicSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// Client → server

const playerHelloSchema = z.strictObject({
  type: z.literal('hello'),
  protocolVersion: z.literal(PROTOCOL_VERSION),
  role: z.literal('player'),
  /** The random token the game keeps in sessionStorage: rate limits and blocks key on it. */
  guestToken: guestTokenSchema,
});
/** A counsellor is authenticated by the staff session cookie on the upgrade request. */
const counsellorHelloSchema = z.strictObject({
  type: z.literal('hello'),
  protocolVersion: z.literal(PROTOCOL_VERSION),
  role: z.literal('counsellor'),
});
export const helloSchema = z.discriminatedUnion('role', [playerHelloSchema, counsellorHelloSchema]);

/** Player: ask for a conversation (after explicit consent). Answered by `opened`. */
export const openConversationSchema = z.strictObject({
  type: z.literal('open'),
  /** Echoed in `opened`/`error`, so a retry after a lost answer can be recognised. */
  requestId: requestIdSchema,
  /** The consent text version the player accepted (ethics.config.json consent.textVersion). */
  consentVersion: consentVersionSchema,
  preferences: chatPreferencesSchema,
  format: z.enum(CHAT_FORMATS),
  entry: chatEntrySchema,
  /** Present only if the player opted in to sharing their place in the story. */
  sharedStoryPosition: storyPositionSchema.optional(),
});

/** Player: come back to a conversation with its resume phrase. Answered by `resumed` + `history`. */
export const resumeConversationSchema = z.strictObject({
  type: z.literal('resume'),
  phrase: z.string().min(1).max(MAX_RESUME_PHRASE_CHARS),
  /** The last seq this device already shows (0 or absent: send everything). */
  afterSeq: afterSeqSchema.optional(),
});

/** Player: delete the conversation now (its file is removed at once). Answered by `deleted`. */
export const deleteConversationSchema = z.strictObject({
  type: z.literal('delete'),
  conversationId: conversationIdSchema,
});

/** Player or counsellor: a chat message. Answered by `ack` once it is on disk. */
export const sendMessageSchema = z.strictObject({
  type: z.literal('send'),
  conversationId: conversationIdSchema,
  clientMessageId: clientMessageIdSchema,
  text: messageTextSchema,
});

export const typingSchema = z.strictObject({
  type: z.literal('typing'),
  conversationId: conversationIdSchema,
  isTyping: z.boolean(),
});

/** Read receipt: everything up to and including `seq` has been seen. */
export const readReceiptSchema = z.strictObject({
  type: z.literal('read'),
  conversationId: conversationIdSchema,
  seq: seqSchema,
});

export const endConversationSchema = z.strictObject({
  type: z.literal('end'),
  conversationId: conversationIdSchema,
});

/** Ask for every message after `afterSeq` (after a reconnect or a gap). Answered by `history`. */
export const syncSchema = z.strictObject({
  type: z.literal('sync'),
  conversationId: conversationIdSchema,
  afterSeq: afterSeqSchema,
});

/** Counsellor: receive `queue` now and `queue-update`s until unsubscribed. */
export const subscribeQueueSchema = z.strictObject({ type: z.literal('subscribe-queue') });
export const unsubscribeQueueSchema = z.strictObject({ type: z.literal('unsubscribe-queue') });

/** Counsellor: take a waiting conversation. Exactly one of several concurrent claims wins. */
export const claimSchema = z.strictObject({
  type: z.literal('claim'),
  conversationId: conversationIdSchema,
});

const sharedClientSchemas = [
  sendMessageSchema,
  typingSchema,
  readReceiptSchema,
  endConversationSchema,
  syncSchema,
] as const;
const playerOnlySchemas = [
  openConversationSchema,
  resumeConversationSchema,
  deleteConversationSchema,
] as const;
const counsellorOnlySchemas = [subscribeQueueSchema, unsubscribeQueueSchema, claimSchema] as const;

export const playerMessageSchema = z.discriminatedUnion('type', [
  playerHelloSchema,
  ...playerOnlySchemas,
  ...sharedClientSchemas,
]);

export const counsellorMessageSchema = z.discriminatedUnion('type', [
  counsellorHelloSchema,
  ...counsellorOnlySchemas,
  ...sharedClientSchemas,
]);

/** Every frame a client may send; check the role with `isAllowedForRole` after the handshake. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  helloSchema,
  ...playerOnlySchemas,
  ...counsellorOnlySchemas,
  ...sharedClientSchemas,
]);

// ---------------------------------------------------------------------------------------------
// Server → client

export const welcomeSchema = z.strictObject({
  type: z.literal('welcome'),
  protocolVersion: z.literal(PROTOCOL_VERSION),
  role: z.enum(CHAT_ROLES),
  limits: z.strictObject({
    maxFrameBytes: z.number().int().positive(),
    maxTextChars: z.number().int().positive(),
  }),
});

/** The conversation exists; the resume phrase is shown to the player once and never stored. */
export const openedSchema = z.strictObject({
  type: z.literal('opened'),
  requestId: requestIdSchema,
  conversation: playerConversationViewSchema,
  resumePhrase: z.string().min(1).max(MAX_RESUME_PHRASE_CHARS),
});

export const resumedSchema = z.strictObject({
  type: z.literal('resumed'),
  conversation: playerConversationViewSchema,
});

/** The message with this clientMessageId is on disk as `seq` (also the answer to a retry). */
export const ackSchema = z.strictObject({
  type: z.literal('ack'),
  conversationId: conversationIdSchema,
  clientMessageId: clientMessageIdSchema,
  seq: seqSchema,
});

/** A new message from the other side. */
export const messageEventSchema = z.strictObject({
  type: z.literal('message'),
  conversationId: conversationIdSchema,
  message: chatMessageViewSchema,
});

/** Messages after `afterSeq`, in seq order with no gaps; `complete: false` → sync again. */
export const historySchema = z.strictObject({
  type: z.literal('history'),
  conversationId: conversationIdSchema,
  afterSeq: afterSeqSchema,
  messages: z.array(chatMessageViewSchema).max(MAX_HISTORY_MESSAGES),
  complete: z.boolean(),
});

/** Counsellor: the whole queue (after subscribe-queue) and their own open conversations. */
export const queueSchema = z.strictObject({
  type: z.literal('queue'),
  waiting: z.array(counsellorCaseViewSchema),
  mine: z.array(counsellorCaseViewSchema),
});

export const queueUpdateSchema = z.strictObject({
  type: z.literal('queue-update'),
  added: z.array(counsellorCaseViewSchema),
  removed: z.array(conversationIdSchema),
});

/** To the claimant (their claim won) and to the player (a counsellor joined). */
export const claimedSchema = z.strictObject({
  type: z.literal('claimed'),
  conversationId: conversationIdSchema,
  counsellor: counsellorPublicSchema,
});

export const CLAIM_FAILURE_REASONS = ['already-claimed', 'ended', 'not-found'] as const;
export const claimFailedSchema = z.strictObject({
  type: z.literal('claim-failed'),
  conversationId: conversationIdSchema,
  reason: z.enum(CLAIM_FAILURE_REASONS),
});

export const typingEventSchema = z.strictObject({
  type: z.literal('typing'),
  conversationId: conversationIdSchema,
  from: z.enum(PARTICIPANTS),
  isTyping: z.boolean(),
});

export const readEventSchema = z.strictObject({
  type: z.literal('read'),
  conversationId: conversationIdSchema,
  by: z.enum(PARTICIPANTS),
  seq: seqSchema,
});

export const ENDED_BY = ['player', 'counsellor', 'server'] as const;
export type EndedBy = (typeof ENDED_BY)[number];
export const endedSchema = z.strictObject({
  type: z.literal('ended'),
  conversationId: conversationIdSchema,
  by: z.enum(ENDED_BY),
});

export const deletedSchema = z.strictObject({
  type: z.literal('deleted'),
  conversationId: conversationIdSchema,
});

export const CHAT_ERROR_CODES = [
  /** The client speaks another PROTOCOL_VERSION (followed by a close). */
  'protocol-version',
  'frame-too-large',
  'invalid-frame',
  /** The frame is valid but not for this role or not before `hello`. */
  'not-allowed',
  'not-found',
  'conversation-ended',
  /** The consent version is not the current one: show the current text again. */
  'consent-outdated',
  /** `open` via a story's hook that the story's ethics review does not allow; `message` says why. */
  'hook-not-allowed',
  'resume-phrase-unknown',
  'rate-limited',
  /** The durable write failed: nothing was acknowledged; retry with the same clientMessageId. */
  'storage-failed',
  'internal',
] as const;
export type ChatErrorCode = (typeof CHAT_ERROR_CODES)[number];

export const errorSchema = z.strictObject({
  type: z.literal('error'),
  code: z.enum(CHAT_ERROR_CODES),
  /** For people debugging; clients show their own localised text keyed by `code`. */
  message: z.string().max(500),
  /** Whichever of these identify the frame the error answers. */
  requestId: requestIdSchema.optional(),
  conversationId: conversationIdSchema.optional(),
  clientMessageId: clientMessageIdSchema.optional(),
  retryAfterMs: z.number().int().min(0).optional(),
});

export const serverMessageSchema = z.discriminatedUnion('type', [
  welcomeSchema,
  openedSchema,
  resumedSchema,
  ackSchema,
  messageEventSchema,
  historySchema,
  queueSchema,
  queueUpdateSchema,
  claimedSchema,
  claimFailedSchema,
  typingEventSchema,
  readEventSchema,
  endedSchema,
  deletedSchema,
  errorSchema,
]);

// ---------------------------------------------------------------------------------------------
// Types

export type ChatPreferences = z.infer<typeof chatPreferencesSchema>;
export type CounsellorProfile = z.infer<typeof counsellorProfileSchema>;
export type StoryPosition = z.infer<typeof storyPositionSchema>;
export type ChatEntry = z.infer<typeof chatEntrySchema>;
export type CounsellorPublic = z.infer<typeof counsellorPublicSchema>;
export type ChatMessageView = z.infer<typeof chatMessageViewSchema>;
export type PlayerConversationView = z.infer<typeof playerConversationViewSchema>;
export type CounsellorCaseView = z.infer<typeof counsellorCaseViewSchema>;
export type Hello = z.infer<typeof helloSchema>;
export type OpenConversation = z.infer<typeof openConversationSchema>;
export type PlayerMessage = z.infer<typeof playerMessageSchema>;
export type CounsellorMessage = z.infer<typeof counsellorMessageSchema>;
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageType = ClientMessage['type'];
export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type ServerMessageType = ServerMessage['type'];
export type ChatError = z.infer<typeof errorSchema>;

/** The server message of one type, e.g. `ServerMessageOf<'ack'>`. */
export type ServerMessageOf<T extends ServerMessageType> = Extract<ServerMessage, { type: T }>;
export type ClientMessageOf<T extends ClientMessageType> = Extract<ClientMessage, { type: T }>;

const PLAYER_TYPES: ReadonlySet<string> = new Set(
  playerMessageSchema.options.map((option) => option.shape.type.value),
);
const COUNSELLOR_TYPES: ReadonlySet<string> = new Set(
  counsellorMessageSchema.options.map((option) => option.shape.type.value),
);

/** Whether a connection that said hello as `role` may send this message. */
export function isAllowedForRole(message: ClientMessage, role: ChatRole): boolean {
  if (message.type === 'hello') return message.role === role;
  return (role === 'player' ? PLAYER_TYPES : COUNSELLOR_TYPES).has(message.type);
}

// ---------------------------------------------------------------------------------------------
// Parsing frames

export type FrameProblemCode = Extract<
  ChatErrorCode,
  'protocol-version' | 'frame-too-large' | 'invalid-frame'
>;

export type FrameParseResult<T> =
  { ok: true; message: T } | { ok: false; code: FrameProblemCode; message: string };

/** The close reason for a client of another version (fits the 123-byte limit of a close frame). */
export function protocolVersionCloseReason(clientVersion: unknown): string {
  const theirs =
    typeof clientVersion === 'number' && Number.isSafeInteger(clientVersion)
      ? String(clientVersion)
      : 'unknown';
  return `chat protocol ${theirs} is not supported; this server speaks ${PROTOCOL_VERSION}: reload the page`;
}

/** Parses one text frame from a client. Never throws. */
export function parseClientFrame(raw: string): FrameParseResult<ClientMessage> {
  const data = decodeFrame(raw);
  if (!data.ok) return data;
  const value = data.message;
  if (isRecord(value) && value.type === 'hello' && value.protocolVersion !== PROTOCOL_VERSION) {
    return {
      ok: false,
      code: 'protocol-version',
      message: protocolVersionCloseReason(value.protocolVersion),
    };
  }
  return validate(clientMessageSchema, value);
}

/** Parses one text frame from the server (in the game and the workspace). Never throws. */
export function parseServerFrame(raw: string): FrameParseResult<ServerMessage> {
  const data = decodeFrame(raw, Number.POSITIVE_INFINITY);
  if (!data.ok) return data;
  const value = data.message;
  if (isRecord(value) && value.type === 'welcome' && value.protocolVersion !== PROTOCOL_VERSION) {
    return {
      ok: false,
      code: 'protocol-version',
      message: `the server speaks chat protocol ${String(value.protocolVersion)}; this page speaks ${PROTOCOL_VERSION}: reload the page`,
    };
  }
  return validate(serverMessageSchema, value);
}

function decodeFrame(raw: string, maxBytes = MAX_FRAME_BYTES): FrameParseResult<unknown> {
  // UTF-8 needs at most 3 bytes per UTF-16 code unit: only measure frames that might be too big.
  if (raw.length * 3 > maxBytes && new TextEncoder().encode(raw).length > maxBytes) {
    return { ok: false, code: 'frame-too-large', message: `frames are at most ${maxBytes} bytes` };
  }
  try {
    return { ok: true, message: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, code: 'invalid-frame', message: 'the frame is not JSON' };
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown): FrameParseResult<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, message: parsed.data };
  return { ok: false, code: 'invalid-frame', message: describeFrameProblem(value, parsed.error) };
}

function describeFrameProblem(value: unknown, error: z.ZodError): string {
  if (!isRecord(value)) return 'a frame must be a JSON object';
  if (typeof value.type !== 'string') return 'the frame has no "type"';
  const issue = error.issues[0];
  if (issue?.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'type') {
    return `unknown message type "${value.type.slice(0, 40)}"`;
  }
  const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
  return `${value.type.slice(0, 40)}${where}: ${issue?.message ?? 'invalid'}`.slice(0, 500);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
