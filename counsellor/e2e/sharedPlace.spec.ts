/**
 * Sharing the place in the story, through the real server: the opt-in shows the player
 * exactly what would be shared, nothing is shared unless they tick it, and the counsellor then
 * sees the story's title and the part of it — and only then.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  contextsClosedAfterEach,
  openChatPreferences,
  signInAsTestCounsellor,
} from './chatSteps.ts';
import { fillSent } from './sentMessages.ts';

const newContext = contextsClosedAfterEach();

/** Plays the demo story to its first choice (the knot "intro") and opens the chat's preferences. */
async function playerAtFirstChoice(browser: Browser): Promise<Page> {
  const context = await newContext(browser);
  const player = await context.newPage();
  await player.goto('/');
  await player
    .getByRole('article', { name: 'The Study Circle' })
    .getByRole('button', { name: 'Start – The Study Circle', exact: true })
    .click();
  await player.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(
    player.getByRole('group', { name: 'Choices' }).getByRole('button').first(),
  ).toBeVisible();
  await openChatPreferences(player);
  return player;
}

async function startChatWith(player: Page, text: string): Promise<void> {
  const help = player.getByRole('dialog', { name: 'Help' });
  await help.getByRole('button', { name: 'Start the chat' }).click();
  const drawer = player.locator('section.chat-panel');
  await drawer.getByRole('button', { name: 'I have written it down' }).click();
  await fillSent(drawer.getByLabel('Your message'), text);
  await drawer.getByRole('button', { name: 'Send' }).click();
  await expect(player.getByRole('log').getByRole('listitem')).toHaveText([`You: ${text}`]);
}

async function counsellorInbox(browser: Browser): Promise<Page> {
  const context = await newContext(browser);
  const counsellor = await context.newPage();
  await signInAsTestCounsellor(counsellor);
  await expect(counsellor.getByRole('region', { name: 'Inbox' })).toBeVisible();
  return counsellor;
}

test('the player sees what would be shared, ticks it, and the counsellor sees the place', async ({
  browser,
}) => {
  test.slow();
  const player = await playerAtFirstChoice(browser);
  const help = player.getByRole('dialog', { name: 'Help' });
  const share = help.getByRole('checkbox', { name: 'Share where I am in the story' });
  await expect(share).not.toBeChecked();
  await expect(share).toHaveAccessibleDescription(
    'The counsellor then sees only this: the story “The Study Circle” and the part “intro” (its name in the script). Nothing else.',
  );
  await share.check();
  await help.getByRole('checkbox', { name: "I'm just curious" }).check();
  await startChatWith(player, 'I am in the middle of the study circle story.');

  const counsellor = await counsellorInbox(browser);
  const contact = counsellor
    .getByRole('list', { name: 'Waiting contacts' })
    .getByRole('listitem')
    .filter({ hasText: 'The Study Circle, at the part “intro”' });
  await expect(contact).toHaveCount(1);
  await expect(contact).toContainText('Place in the story');
  await contact.getByRole('button', { name: 'Claim' }).click();
  const conversation = counsellor
    .getByRole('article', { name: 'Conversation' })
    .filter({ hasText: 'I am in the middle of the study circle story.' });
  await expect(conversation).toContainText('The Study Circle, at the part “intro”');
  await conversation.getByRole('button', { name: 'End the conversation' }).click();
});

test('without the tick nothing about the story is shared', async ({ browser }) => {
  test.slow();
  const player = await playerAtFirstChoice(browser);
  const help = player.getByRole('dialog', { name: 'Help' });
  await expect(help.getByRole('checkbox', { name: 'Share where I am in the story' })).toBeVisible();
  await help.getByRole('checkbox', { name: 'Understand something' }).check();
  const text = 'Nothing about where I am, please.';
  await startChatWith(player, text);

  const counsellor = await counsellorInbox(browser);
  const contact = counsellor
    .getByRole('list', { name: 'Waiting contacts' })
    .getByRole('listitem')
    .filter({ hasText: 'to understand something' })
    .last();
  await contact.getByRole('button', { name: 'Claim' }).click();
  const conversation = counsellor
    .getByRole('article', { name: 'Conversation' })
    .filter({ hasText: text });
  await expect(conversation).toBeVisible();
  await expect(conversation).not.toContainText('Place in the story');
  await expect(conversation).not.toContainText('The Study Circle');
});
