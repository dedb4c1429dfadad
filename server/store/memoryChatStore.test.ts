import { describeChatStoreContract } from './chatStoreContract.ts';
import { createMemoryChatStore } from './memoryChatStore.ts';

describeChatStoreContract('memory store', {
  open: (clock) => createMemoryChatStore({ now: () => clock.now }),
});
