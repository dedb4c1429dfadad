/**
 * The product's chat store: one encrypted lowdb document per conversation,
 * `<dataDir>/conversations/<id>.json`. A message costs one write of its own conversation (a
 * few KB), never of the whole history; deleting a conversation is one unlink.
 *
 * At open every conversation is read once (decrypted and validated) into memory: lookups by
 * resume phrase, the queue and retention then need no further reads. A file that cannot be
 * trusted (altered, damaged) is reported through integrityProblems() and left untouched —
 * never silently dropped, never overwritten. Files written with another data key stop the
 * open: that is a configuration error, not damage.
 *
 * One process owns a data folder at a time (openDataStore takes a lock).
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { CONVERSATION_ID_PATTERN } from '../../core/protocol/chatProtocol.ts';
import { StoreIntegrityError, type ChatStore, type IntegrityProblem } from './chatStore.ts';
import { conversationDocumentSchema, type ConversationDocument } from './conversationDocument.ts';
import { CONVERSATIONS_DIR_NAME, type DataKeys } from './dataKey.ts';
import {
  openDocumentChatStore,
  type ConversationHandle,
  type ConversationStorage,
  type DamagedConversation,
  type DocumentChatStoreOptions,
  type LoadedConversations,
} from './documentChatStore.ts';
import { DirectorySyncer, isTempFileName, removeStrayTempFiles } from './durableFile.ts';
import { EncryptedJsonFile } from './encryptedJsonFile.ts';

export interface LowdbChatStoreOptions extends DocumentChatStoreOptions {
  dataDir: string;
  keys: DataKeys;
  /** How the data folder is named in messages (default: as given). */
  displayDataDir?: string;
}

/** How many conversation files are read at once while opening. */
const LOAD_CONCURRENCY = 16;

export async function openLowdbChatStore(options: LowdbChatStoreOptions): Promise<ChatStore> {
  const dir = path.join(options.dataDir, CONVERSATIONS_DIR_NAME);
  const displayDir = path.join(options.displayDataDir ?? options.dataDir, CONVERSATIONS_DIR_NAME);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const storage = new LowdbConversationStorage(dir, displayDir, options.keys);
  return openDocumentChatStore(storage, options);
}

class LowdbConversationStorage implements ConversationStorage {
  private readonly syncer: DirectorySyncer;

  constructor(
    private readonly dir: string,
    private readonly displayDir: string,
    private readonly keys: DataKeys,
  ) {
    this.syncer = new DirectorySyncer(dir);
  }

  async loadAll(): Promise<LoadedConversations> {
    // No writer is active yet: whatever temporary file exists was left by a crash before its
    // rename, so the file it was meant to replace still holds everything acknowledged.
    await removeStrayTempFiles(this.dir);
    const names = await readdir(this.dir);
    const handles: ConversationHandle[] = [];
    const damaged = new Map<string, DamagedConversation>();
    const otherProblems: IntegrityProblem[] = [];
    const ids: string[] = [];
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (CONVERSATION_ID_PATTERN.test(id)) ids.push(id);
      else if (!isTempFileName(name)) {
        otherProblems.push({
          file: path.join(this.displayDir, name),
          message: `${path.join(this.displayDir, name)}: not a conversation file; left alone`,
        });
      }
    }
    let next = 0;
    const loadNext = async (): Promise<void> => {
      while (next < ids.length) {
        const id = ids[next++] as string;
        const file = this.fileFor(id);
        try {
          const document = await file.read();
          if (!document) continue; // removed meanwhile
          if (document.conversation.id !== id) {
            throw new StoreIntegrityError(
              file.displayFile,
              'invalid-content',
              `holds conversation ${document.conversation.id}`,
            );
          }
          handles.push(this.handle(file, document));
        } catch (error) {
          if (!(error instanceof StoreIntegrityError)) throw error;
          damaged.set(id, {
            problem: { file: file.displayFile, conversationId: id, message: error.message, error },
            remove: () => file.remove(),
          });
        }
      }
    };
    await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, loadNext));
    const wrongKey = [...damaged.values()].find(
      ({ problem }) => problem.error.reason === 'wrong-key',
    );
    if (wrongKey) throw wrongKey.problem.error;
    return { handles, damaged, otherProblems };
  }

  create(document: ConversationDocument): ConversationHandle {
    return this.handle(this.fileFor(document.conversation.id), document);
  }

  private fileFor(id: string): EncryptedJsonFile<ConversationDocument> {
    return new EncryptedJsonFile({
      file: path.join(this.dir, `${id}.json`),
      displayFile: path.join(this.displayDir, `${id}.json`),
      keys: this.keys,
      context: `conversation:${id}`,
      schema: conversationDocumentSchema,
      syncer: this.syncer,
    });
  }

  private handle(
    file: EncryptedJsonFile<ConversationDocument>,
    document: ConversationDocument,
  ): ConversationHandle {
    return {
      db: new Low(file, document),
      settled: () => file.settled(),
      remove: () => file.remove(),
    };
  }
}
