import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  chatMessageViewSchema,
  counsellorCaseViewSchema,
  playerConversationViewSchema,
} from '../../core/protocol/chatProtocol.ts';
import { alex } from './chatStoreContract.ts';
import { createMemoryChatStore } from './memoryChatStore.ts';
import { newConversationInput } from './testing/conversationInput.ts';
import { toCounsellorCaseView, toMessageView, toPlayerConversationView } from './views.ts';

it('turns stored records into protocol views without account ids or phrase hashes', async () => {
  const store = await createMemoryChatStore();
  const { id } = await store.createConversation(newConversationInput());
  await store.claim(id, alex);
  await store.appendMessage({
    conversationId: id,
    clientMessageId: randomUUID(),
    from: 'player',
    text: 'hi',
  });
  await store.appendMessage({
    conversationId: id,
    clientMessageId: randomUUID(),
    from: 'counsellor',
    counsellor: alex,
    text: 'hello',
  });
  const record = await store.getConversation(id);
  if (!record) throw new Error('missing');
  const messages = await store.messagesAfter(id, 0);

  const views = [
    playerConversationViewSchema.parse(toPlayerConversationView(record)),
    counsellorCaseViewSchema.parse(toCounsellorCaseView(record)),
    ...messages.map((message) => chatMessageViewSchema.parse(toMessageView(message))),
  ];
  const text = JSON.stringify(views);
  expect(text).not.toContain(alex.accountId);
  expect(text).not.toContain(record.resumePhraseHash);
  expect(text).not.toContain('clientMessageId');
  expect(toPlayerConversationView(record)).toMatchObject({
    lastSeq: 2,
    counsellor: { pseudonym: 'Alex', kind: 'survivor' },
  });
  expect(toCounsellorCaseView(record).sharedStoryPosition).toEqual({
    storyId: 'demo',
    knot: 'kitchen.late',
  });
});
