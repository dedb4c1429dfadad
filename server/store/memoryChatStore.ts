/**
 * The chat store kept in memory only, through lowdb's Memory adapter: the same logic as the
 * lowdb store (documentChatStore.ts), for fast tests of code built on top. Loses everything
 * when the process ends; never use it in production.
 */
import { Low, Memory } from 'lowdb';
import type { ChatStore } from './chatStore.ts';
import type { ConversationDocument } from './conversationDocument.ts';
import { openDocumentChatStore, type DocumentChatStoreOptions } from './documentChatStore.ts';

export function createMemoryChatStore(options: DocumentChatStoreOptions = {}): Promise<ChatStore> {
  return openDocumentChatStore(
    {
      loadAll: async () => ({ handles: [], damaged: new Map(), otherProblems: [] }),
      create: (document: ConversationDocument) => ({
        db: new Low(new Memory<ConversationDocument>(), document),
        settled: async () => undefined,
        remove: async () => true,
      }),
    },
    options,
  );
}
