/**
 * The whole chat through the real server, with two browser contexts: the player consents and
 * writes; a counsellor signs in, claims the contact and replies; the player reads the reply
 * and deletes the conversation; the counsellor is told, and its file is gone from the data
 * folder.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../game/e2e/fixtures.ts';
import { openChatPreferences, signInAsTestCounsellor } from './chatSteps.ts';
import { fillSent, recordSent } from './sentMessages.ts';
import { E2E_COUNSELLOR } from './staffAccount.ts';

/** In the data folder playwright.config.ts gives the server of this run. */
const conversationsDir = () => path.join(process.env.OFFRAMP_E2E_DATA_DIR ?? '', 'conversations');

async function conversationFiles(): Promise<string[]> {
  return readdir(conversationsDir()).catch(() => []);
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('player writes, a counsellor claims and replies, the player reads and deletes', async ({
  browser,
}) => {
  test.slow();
  const before = new Set(await conversationFiles());
  const playerContext = await browser.newContext({ locale: 'en-GB' });
  const counsellorContext = await browser.newContext({ locale: 'en-GB' });
  const player = await playerContext.newPage();
  const counsellor = await counsellorContext.newPage();
  const playerErrors = collectPageErrors(player);
  const counsellorErrors = collectPageErrors(counsellor);

  // The player: consent, preferences, and a first message.
  await player.goto('/');
  await expect(player.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  const help = await openChatPreferences(player);
  await help.getByRole('checkbox', { name: 'Leave a group' }).check();
  await help.getByRole('radio', { name: 'Leave a message, answered later' }).check();
  await help.getByRole('button', { name: 'Start the chat' }).click();
  const drawer = player.locator('section.chat-panel');
  await expect(drawer.getByText('you can come back from any device')).toBeVisible();
  await drawer.getByRole('button', { name: 'I have written it down' }).click();
  await fillSent(drawer.getByLabel('Your message'), 'Hello, is anyone there?');
  await drawer.getByRole('button', { name: 'Send' }).click();
  const playerLog = player.getByRole('log');
  // Shown without "Sending…" only once the server has stored it.
  await expect(playerLog.getByRole('listitem')).toHaveText(['You: Hello, is anyone there?']);
  const created = (await conversationFiles()).filter((file) => !before.has(file));
  expect(created).toHaveLength(1);

  // The counsellor: sign in, see the contact with its wishes, claim it, reply.
  await signInAsTestCounsellor(counsellor);
  const inbox = counsellor.getByRole('region', { name: 'Inbox' });
  await expect(inbox).toBeVisible();
  const waiting = inbox.getByRole('list', { name: 'Waiting contacts' }).getByRole('listitem');
  const contact = waiting.filter({ hasText: 'to leave a group' }).last();
  await expect(contact).toContainText('Message, answered later');
  await expect(contact).not.toContainText('Place in the story');
  await expectNoAxeViolations(counsellor, 'the inbox with a waiting contact');
  await contact.getByRole('button', { name: 'Claim' }).click();
  const conversation = inbox.getByRole('article', { name: 'Conversation' }).last();
  await expect(conversation.getByRole('log').getByRole('listitem')).toHaveText([
    'Player: Hello, is anyone there?',
  ]);
  await fillSent(conversation.getByLabel('Your reply'), 'Hello, I am Sam. I am here.');
  await conversation.getByRole('button', { name: 'Send' }).click();
  await expect(conversation.getByRole('log').getByRole('listitem')).toHaveText([
    'Player: Hello, is anyone there?',
    'You: Hello, I am Sam. I am here.',
  ]);
  await expectNoAxeViolations(counsellor, 'the inbox with a conversation');

  // The player reads the reply, then deletes the conversation.
  await expect(playerLog.getByRole('listitem')).toHaveText([
    'You: Hello, is anyone there?',
    `${E2E_COUNSELLOR.pseudonym}: Hello, I am Sam. I am here.`,
  ]);
  await drawer.getByRole('button', { name: 'Delete this conversation now' }).click();
  await drawer.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(drawer.getByText('The conversation is deleted.')).toBeVisible();
  await expect(conversation).toContainText('The player deleted this conversation.');
  await expect(conversation.getByRole('log').getByRole('listitem')).toHaveCount(0);
  await expect.poll(conversationFiles).not.toContain(created[0]);

  expect(playerErrors, 'player page errors').toEqual([]);
  expect(counsellorErrors, 'counsellor page errors').toEqual([]);
  await playerContext.close();
  await counsellorContext.close();
});

test('a player comes back on another device with the phrase and reads the reply', async ({
  browser,
}) => {
  test.slow();
  const firstDevice = await browser.newContext({ locale: 'en-GB' });
  const counsellorContext = await browser.newContext({ locale: 'en-GB' });
  const player = await firstDevice.newPage();
  const counsellor = await counsellorContext.newPage();

  await player.goto('/');
  const help = await openChatPreferences(player);
  await help.getByRole('checkbox', { name: 'Help someone else' }).check();
  await help.getByRole('button', { name: 'Start the chat' }).click();
  const drawer = player.locator('section.chat-panel');
  const phraseWords = drawer.locator('.chat-phrase-words');
  await expect(phraseWords).toBeVisible();
  const phrase = (await phraseWords.textContent()) ?? '';
  expect(phrase.trim()).not.toBe('');
  // Only its hash may be stored: the privacy scan looks for the phrase itself too.
  await recordSent(phrase.trim(), 'resume-phrase');
  await fillSent(drawer.getByLabel('Your message'), 'My friend is in a group.');
  await drawer.getByRole('button', { name: 'Send' }).click();
  await expect(player.getByRole('log').getByRole('listitem')).toHaveText([
    'You: My friend is in a group.',
  ]);
  await firstDevice.close();

  await signInAsTestCounsellor(counsellor);
  const inbox = counsellor.getByRole('region', { name: 'Inbox' });
  const contact = inbox
    .getByRole('list', { name: 'Waiting contacts' })
    .getByRole('listitem')
    .filter({ hasText: 'to help someone else' })
    .last();
  await contact.getByRole('button', { name: 'Claim' }).click();
  const conversation = inbox
    .getByRole('article', { name: 'Conversation' })
    .filter({ hasText: 'My friend is in a group.' });
  await fillSent(conversation.getByLabel('Your reply'), 'Thank you for telling me.');
  await conversation.getByRole('button', { name: 'Send' }).click();
  await expect(conversation.getByRole('log').getByRole('listitem')).toHaveCount(2);

  const secondDevice = await browser.newContext({ locale: 'en-GB' });
  const again = await secondDevice.newPage();
  await again.goto('/');
  await again.getByRole('banner').getByRole('button', { name: 'Help', exact: true }).click();
  const helpAgain = again.getByRole('dialog', { name: 'Help' });
  await helpAgain.getByRole('button', { name: 'I have a phrase' }).click();
  await helpAgain.getByLabel('Your phrase').fill('not the right words');
  await helpAgain.getByRole('button', { name: 'Continue' }).click();
  await expect(helpAgain.getByRole('alert')).toHaveText(
    'This phrase does not match a chat. Check the words, or the chat may have been deleted.',
  );
  await helpAgain.getByLabel('Your phrase').fill(phrase);
  await helpAgain.getByRole('button', { name: 'Continue' }).click();
  await expect(again.getByRole('log').getByRole('listitem')).toHaveText([
    'You: My friend is in a group.',
    `${E2E_COUNSELLOR.pseudonym}: Thank you for telling me.`,
  ]);
  await secondDevice.close();
  await counsellorContext.close();
});
