/**
 * "Live now if a matching counsellor is available, otherwise a message answered later",
 * through the real server: the preferences step says honestly who is there for the player's
 * choices, and offers "Live now" only while someone who fits is online.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../game/e2e/fixtures.ts';
import {
  contextsClosedAfterEach,
  openChatPreferences,
  signInAsTestCounsellor,
} from './chatSteps.ts';

const newContext = contextsClosedAfterEach();

async function preferencesStep(browser: Browser, locale = 'en-GB'): Promise<Page> {
  const context = await newContext(browser, locale);
  const player = await context.newPage();
  await player.goto('/');
  return player;
}

test('nobody who fits: "Live now" is not offered and the player is told why', async ({
  browser,
}) => {
  const player = await preferencesStep(browser);
  const help = await openChatPreferences(player);
  // The test counsellor is a professional: nobody here is a survivor.
  await help.getByRole('radio', { name: 'Someone who survived extremist violence' }).check();
  const status = help.getByRole('status').filter({ hasText: 'Nobody here fits' });
  await expect(status).toHaveText(
    'Nobody here fits all of these choices at the moment. Choosing “Anyone” or “No preference” may help. You can still leave a message, but it may take longer to be answered.',
  );
  const live = help.getByRole('radio', { name: /^Live now/ });
  await expect(live).toBeDisabled();
  await expect(help.getByRole('radio', { name: 'Leave a message, answered later' })).toBeChecked();
  await expect(live).toHaveAccessibleDescription(/^Nobody here fits/);
  await expectNoAxeViolations(player, 'the chat preferences with nobody who fits');
});

test('a counsellor who fits is online: the player is told so, with who waits first', async ({
  browser,
}) => {
  const counsellorContext = await newContext(browser);
  const counsellor = await counsellorContext.newPage();
  await signInAsTestCounsellor(counsellor);
  await expect(counsellor.getByRole('list', { name: 'Waiting contacts' })).toBeVisible();

  const player = await preferencesStep(browser);
  const help = await openChatPreferences(player);
  await help.getByRole('radio', { name: 'A professional counsellor' }).check();
  await expect(help.getByRole('status').filter({ hasText: 'online now' })).toContainText(
    'Someone who fits your choices is online now.',
  );
  const live = help.getByRole('radio', { name: /^Live now/ });
  await expect(live).toBeEnabled();
  await live.check();

  // Asking for someone else takes "Live now" away again, and back.
  await help.getByRole('radio', { name: 'Female' }).check();
  await expect(help.getByRole('status').filter({ hasText: 'Nobody here fits' })).toBeVisible();
  await expect(live).toBeDisabled();
  await help.getByRole('radio', { name: 'No preference' }).check();
  await expect(live).toBeEnabled();
  await live.check();

  // While the live request waits, the drawer keeps saying whether someone who fits is there.
  await help.getByRole('button', { name: 'Start the chat' }).click();
  // The counsellor hears of it without looking, and the tab's title counts who waits.
  await expect(counsellor.locator('.inbox [aria-live="polite"].visually-hidden')).toHaveText(
    /^A new contact is waiting\. \d+ contacts? (?:is|are) waiting now\.$/,
  );
  await expect(counsellor).toHaveTitle(/^\(\d+ waiting\) Inbox – Offramp counsellor workspace$/);
  const drawer = player.locator('section.chat-panel');
  await expect(drawer.locator('.chat-live-wait')).toHaveText(
    /^Someone who fits your choices is online(?: and can see your request\.|; \d+ other (?:person is|people are) waiting too\.)/,
  );
  await drawer.getByRole('button', { name: 'I have written it down' }).click();
  await drawer.getByRole('button', { name: 'End the chat' }).click();
  await expect(drawer.locator('.chat-live-wait')).toBeHidden();
});

test('in German too', async ({ browser }) => {
  const player = await preferencesStep(browser, 'de-DE');
  await player.getByRole('banner').getByRole('button', { name: 'Hilfe', exact: true }).click();
  const help = player.getByRole('dialog', { name: 'Hilfe' });
  await help.getByRole('button', { name: 'Mehr über den Chat erfahren' }).click();
  await help.getByRole('button', { name: 'Ja, ich bin einverstanden' }).click();
  await help
    .getByRole('radio', { name: 'Mit jemandem, der extremistische Gewalt überlebt hat' })
    .check();
  await expect(
    help.getByRole('status').filter({ hasText: 'Gerade passt hier niemand' }),
  ).toBeVisible();
});
