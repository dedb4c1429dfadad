/**
 * Child process for the crash-consistency test: opens the lowdb chat store, creates some
 * conversations and appends messages to them as fast as it can, printing one line per message
 * *after* its append resolved (i.e. after the durable write). The test kills it with SIGKILL
 * mid-burst and then checks every printed ack against the disk.
 *
 *   node --import tsx server/store/testing/appendBurst.ts <dataDir> <keyHex> <conversations> <maxMessages>
 *
 * Prints `conversation <id>`, then `ack <conversationId> <clientMessageId> <seq> <text>`.
 */
import { randomUUID } from 'node:crypto';
import { deriveDataKeys } from '../dataKey.ts';
import { openLowdbChatStore } from '../lowdbChatStore.ts';
import { newConversationInput } from './conversationInput.ts';

const IN_FLIGHT = 64;

async function main(): Promise<void> {
  const [dataDir, keyHex, conversationsArg, maxArg] = process.argv.slice(2);
  if (!dataDir || !keyHex)
    throw new Error('usage: appendBurst <dataDir> <keyHex> <conversations> <max>');
  const store = await openLowdbChatStore({
    dataDir,
    keys: deriveDataKeys(Buffer.from(keyHex, 'hex')),
  });
  const ids: string[] = [];
  for (let i = 0; i < Number(conversationsArg); i++) {
    const { id } = await store.createConversation(newConversationInput());
    ids.push(id);
    process.stdout.write(`conversation ${id}\n`);
  }
  const max = Number(maxArg);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < max) {
      const index = next++;
      const conversationId = ids[index % ids.length] as string;
      const clientMessageId = randomUUID();
      const text = `burst-${index}`;
      const { message } = await store.appendMessage({
        conversationId,
        clientMessageId,
        from: 'player',
        text,
      });
      process.stdout.write(`ack ${conversationId} ${clientMessageId} ${message.seq} ${text}\n`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
