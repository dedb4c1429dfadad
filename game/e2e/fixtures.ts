/**
 * Page objects for the game's screens, found by role and label as a person finds them, and a
 * guard every test gets: no request may leave the origin and the console must stay free of
 * errors.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has the focus; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached ${target}`).toBeFocused({ timeout: 1 });
}

export class StoryLibraryPage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    headingName: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: headingName });
  }

  card(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  playButton(title: string): Locator {
    return this.card(title).getByRole('button');
  }
}

export class StoryPlayerPage {
  readonly story: Locator;
  readonly paragraphs: Locator;
  readonly choices: Locator;
  readonly end: Locator;
  readonly backToLibrary: Locator;

  constructor(
    readonly page: Page,
    names: { story: string; choices: string; end: string; back: string },
  ) {
    this.story = page.getByRole('region', { name: names.story });
    this.paragraphs = this.story.locator('p');
    this.choices = page.getByRole('group', { name: names.choices }).getByRole('button');
    this.end = page.getByRole('heading', { name: names.end });
    this.backToLibrary = page.getByRole('button', { name: names.back });
  }
}

export const test = base.extend<{ originGuard: void }>({
  originGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const offOrigin: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (['data:', 'blob:'].includes(url.protocol)) return;
        if (url.origin !== origin) offOrigin.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use();
      expect(offOrigin, 'requests that left the origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
