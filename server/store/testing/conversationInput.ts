import { randomUUID } from 'node:crypto';
import type { NewConversation } from '../chatStore.ts';
import { deriveDataKeys } from '../dataKey.ts';

const fixtureKeys = deriveDataKeys(Buffer.alloc(32, 7));

/** A valid new conversation for tests and benchmarks; a random phrase unless one is given. */
export function newConversationInput(phrase: string = randomUUID()): NewConversation {
  return {
    consentVersion: '2026-11-27',
    preferences: {
      counsellorKind: 'former-member',
      counsellorGender: 'any',
      language: 'en',
      wishes: ['talk', 'leave-a-group'],
    },
    format: 'live',
    entry: { via: 'hook', hook: 'chat', storyId: 'demo' },
    sharedStoryPosition: { storyId: 'demo', knot: 'kitchen.late' },
    resumePhraseHash: fixtureKeys.hashResumePhrase(phrase),
  };
}
