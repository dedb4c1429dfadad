/**
 * Page objects for the game's story screens, found by role and label as a person finds them,
 * and a guard every test gets: no request may leave the origin and the console must stay
 * free of errors.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page, type Request } from '@playwright/test';

/** The demo story (stories/demo) as the tests meet it. */
export const DEMO = {
  id: 'demo',
  title: { en: 'The Study Circle', de: 'Der Lernkreis' },
  saveKey: 'offramp:save:demo',
} as const;

/** Names the screens show in English (public/locales/en/story.json). */
export const EN = {
  library: 'Stories',
  story: 'Story',
  choices: 'Choices',
  end: 'The end',
  back: 'Back to the stories',
  beat: 'Continue',
  backlog: 'Earlier lines',
} as const;

/** Presses Tab until `target` has the focus; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached ${target}`).toBeFocused({ timeout: 1 });
}

/** Zero axe violations (WCAG 2.2 A/AA and best practice) on what the page shows now. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe on ${screen}`).toEqual([]);
}

/** Fails when `element` scrolls sideways: its content is wider than it is. */
export async function expectContentFits(element: Locator, message: string): Promise<void> {
  const overflowing = await element.evaluate((box) => box.scrollWidth > box.clientWidth + 1);
  expect(overflowing, message).toBe(false);
}

/** The player's settings as the shell stores them, set before the page loads. */
export async function useSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.addInitScript((stored) => {
    // Only on the first load of the test: a reload keeps what the game changed since.
    if (sessionStorage.getItem('offramp-test:settings-set')) return;
    sessionStorage.setItem('offramp-test:settings-set', '1');
    localStorage.setItem(
      'offramp:settings',
      JSON.stringify({ version: 1, quickExitNoteDismissed: true, ...stored }),
    );
  }, settings);
}

export class StoryLibraryPage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    headingName: string = EN.library,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: headingName });
  }

  card(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  /** `label`: Start, Continue or Start again (in the page's language). */
  button(title: string, label: string): Locator {
    return this.card(title).getByRole('button', { name: `${label} – ${title}`, exact: true });
  }
}

export class ContentNotesPage {
  readonly notes: Locator;
  readonly back: Locator;

  constructor(
    readonly page: Page,
    readonly title: string,
  ) {
    this.notes = page.getByText(/^This story touches on:/);
    this.back = page.getByRole('button', { name: 'Back', exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.title });
  }

  confirm(label = 'Start'): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }
}

export class StoryPlayerPage {
  readonly story: Locator;
  readonly choices: Locator;
  readonly beat: Locator;
  readonly backlogButton: Locator;
  readonly notice: Locator;
  readonly debrief: Locator;
  readonly end: Locator;
  readonly backToLibrary: Locator;
  readonly prompt: Locator;

  constructor(
    readonly page: Page,
    names: {
      story: string;
      choices: string;
      end: string;
      back: string;
      beat: string;
      backlog: string;
    } = EN,
  ) {
    this.story = page.getByRole('region', { name: names.story });
    this.choices = page.getByRole('group', { name: names.choices }).getByRole('button');
    this.beat = page.getByRole('button', { name: names.beat, exact: true });
    this.backlogButton = page.getByRole('button', { name: names.backlog, exact: true });
    this.notice = page.locator('.story-notice');
    this.debrief = page.getByRole('region', { name: names.end });
    this.end = page.getByRole('heading', { name: names.end });
    this.backToLibrary = page.getByRole('button', { name: names.back });
    this.prompt = page.locator('.help-prompt');
  }

  /** Moves on once, with the keyboard: past a beat, or picks choice `number` (1-based). */
  async advance(number = 1): Promise<'beat' | 'choice'> {
    await expect(this.beat.or(this.choices.first())).toBeVisible();
    if (await this.beat.isVisible()) {
      // On another button Enter would press that button: go to the beat's own button first.
      const onOtherButton = await this.page.evaluate(
        () => document.activeElement?.closest('button, a') != null,
      );
      if (onOtherButton) await tabTo(this.page, this.beat);
      await this.page.keyboard.press('Enter');
      return 'beat';
    }
    await this.page.keyboard.press(String(number));
    return 'choice';
  }

  /** Plays on with the keyboard, picking `picks` in turn (then 1), until the debrief shows. */
  async playToEnd(picks: readonly number[] = [], maxMoves = 30): Promise<number> {
    let choices = 0;
    for (let moves = 0; moves < maxMoves; moves++) {
      await expect(this.beat.or(this.choices.first()).or(this.end)).toBeVisible();
      if (await this.end.isVisible()) return choices;
      if ((await this.advance(picks[choices] ?? 1)) === 'choice') choices++;
    }
    throw new Error(`the story did not end within ${maxMoves} moves`);
  }
}

/**
 * The `test` of the browser tests, with a guard every test gets: no request may leave the
 * origin (but those `deliberate` lets through) and the console must stay free of errors.
 */
export function testGuardingOrigin(deliberate: (request: Request) => boolean = () => false) {
  return base.extend<{ originGuard: void }>({
    originGuard: [
      async ({ page, baseURL }, use) => {
        const origin = new URL(baseURL ?? '').origin;
        const offOrigin: string[] = [];
        const consoleErrors: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (['data:', 'blob:'].includes(url.protocol) || url.origin === origin) return;
          if (!deliberate(request)) offOrigin.push(request.url());
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
}

export const test = testGuardingOrigin();

export { expect };
