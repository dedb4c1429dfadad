/**
 * What one conversation file holds once decrypted. Versioned: a later format must keep reading
 * this one (or migrate it when it is loaded).
 */
import { z } from 'zod';
import {
  chatEntrySchema,
  chatPreferencesSchema,
  clientMessageIdSchema,
  conversationIdSchema,
  COUNSELLOR_KINDS,
  CONVERSATION_STATUSES,
  CHAT_FORMATS,
  ENDED_BY,
  PARTICIPANTS,
  storyPositionSchema,
  timestampSchema,
} from '../../core/protocol/chatProtocol.ts';

export const CONVERSATION_DOCUMENT_FORMAT = 1;

const counsellorRefSchema = z.strictObject({
  accountId: z.string().min(1).max(100),
  pseudonym: z.string().min(1).max(40),
  kind: z.enum(COUNSELLOR_KINDS),
});

/** Stored text is not re-validated against the protocol's rules: what was accepted stays readable. */
export const storedMessageSchema = z.strictObject({
  seq: z.number().int().min(1),
  clientMessageId: clientMessageIdSchema,
  from: z.enum(PARTICIPANTS),
  counsellor: counsellorRefSchema.optional(),
  text: z.string(),
  sentAt: timestampSchema,
});

export const conversationMetaSchema = z.strictObject({
  id: conversationIdSchema,
  status: z.enum(CONVERSATION_STATUSES),
  createdAt: timestampSchema,
  lastActivityAt: timestampSchema,
  consentVersion: z.string().min(1),
  preferences: chatPreferencesSchema,
  format: z.enum(CHAT_FORMATS),
  entry: chatEntrySchema,
  sharedStoryPosition: storyPositionSchema.optional(),
  resumePhraseHash: z.string().regex(/^[0-9a-f]{64}$/),
  counsellor: counsellorRefSchema.optional(),
  claimedAt: timestampSchema.optional(),
  endedAt: timestampSchema.optional(),
  endedBy: z.enum(ENDED_BY).optional(),
});

export const conversationDocumentSchema = z
  .strictObject({
    format: z.literal(CONVERSATION_DOCUMENT_FORMAT),
    conversation: conversationMetaSchema,
    messages: z.array(storedMessageSchema),
  })
  .refine((document) => document.messages.every((message, index) => message.seq === index + 1), {
    message: 'messages must be numbered 1, 2, 3, ... without gaps',
    path: ['messages'],
  });

export type ConversationMeta = z.infer<typeof conversationMetaSchema>;
export type ConversationDocument = z.infer<typeof conversationDocumentSchema>;
