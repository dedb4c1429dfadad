/**
 * Steps the chat's browser tests take on both sides: the player opens the chat's preferences,
 * the counsellor signs in; and the browser contexts a test opens, closed after it.
 */
import { test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { E2E_COUNSELLOR } from './staffAccount.ts';

/**
 * Gives a function that opens a browser context, every one closed after each test of the file
 * (a page left open keeps its art running). Call it once, at the top of the file.
 */
export function contextsClosedAfterEach(): (
  browser: Browser,
  locale?: string,
) => Promise<BrowserContext> {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  return async (browser, locale = 'en-GB') => {
    const context = await browser.newContext({ locale });
    contexts.push(context);
    return context;
  };
}

/** From any screen of the game (in English): Help, the chat's explanation, consent. */
export async function openChatPreferences(player: Page): Promise<Locator> {
  await player.getByRole('banner').getByRole('button', { name: 'Help', exact: true }).click();
  const help = player.getByRole('dialog', { name: 'Help' });
  await help.getByRole('button', { name: 'Find out about the chat' }).click();
  await help.getByRole('button', { name: 'Yes, I agree' }).click();
  return help;
}

/** Opens the counsellor workspace and signs in as the test counsellor. */
export async function signInAsTestCounsellor(counsellor: Page): Promise<void> {
  await counsellor.goto('/counsellor/');
  await counsellor.getByLabel('Name').fill(E2E_COUNSELLOR.name);
  await counsellor.getByLabel('Password').fill(E2E_COUNSELLOR.password);
  await counsellor.getByRole('button', { name: 'Sign in' }).click();
}
