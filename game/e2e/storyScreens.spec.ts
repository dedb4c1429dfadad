/**
 * Accessibility of the story screens: zero axe violations on each of them (library, content
 * notes, story, phone view, prompt, backlog, debrief, a save that no longer fits), also with
 * 200 % text on a 320 px wide screen and in high contrast; focus always visible; nothing wider
 * than the screen.
 */
import type { Page } from '@playwright/test';
import {
  ContentNotesPage,
  DEMO,
  StoryLibraryPage,
  StoryPlayerPage,
  expect,
  expectNoAxeViolations,
  test,
  useSettings,
} from './fixtures.ts';

/** Until the CSS animations of the phone view are over (they are visual only). */
async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/** Nothing is cut off or pushes the page sideways. */
async function expectNoHorizontalOverflow(page: Page, screen: string): Promise<void> {
  const overflowing = await page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push('the page');
    for (const element of document.querySelectorAll<HTMLElement>('#app *')) {
      if (element.closest('.visually-hidden')) continue;
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX !== 'visible'
      ) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    return found;
  });
  expect(overflowing, `overflow on ${screen}`).toEqual([]);
}

/** Checks every screen of one playthrough: the ending through the first choices. */
async function checkEveryScreen(page: Page, label: string): Promise<void> {
  const library = new StoryLibraryPage(page);
  const notes = new ContentNotesPage(page, DEMO.title.en);
  const player = new StoryPlayerPage(page);
  const check = async (screen: string) => {
    await animationsSettled(page);
    await expectNoAxeViolations(page, `${screen} (${label})`);
    await expectNoHorizontalOverflow(page, `${screen} (${label})`);
  };

  await page.goto('/');
  await expect(library.card(DEMO.title.en)).toBeVisible();
  await check('library');

  await library.button(DEMO.title.en, 'Start').click();
  await expect(notes.notes).toBeVisible();
  await check('content notes');

  await notes.confirm().click();
  await expect(player.story).toContainText('Sunday night.');
  await check('story');

  await player.advance(1);
  await expect(page.getByRole('group', { name: 'Phone messages' })).toBeVisible();
  await expect(page.locator('.phone-time').first()).toHaveText('21:04');
  await check('phone view');

  await player.advance(1);
  await player.advance(1);
  await expect(player.prompt).toBeVisible();
  await check('help prompt');

  await player.backlogButton.click();
  const backlog = page.getByRole('region', { name: 'Earlier lines' });
  await expect(backlog).toBeVisible();
  await check('backlog');
  await page.keyboard.press('Escape');
  await expect(backlog).toHaveCount(0);
  await expect(player.backlogButton).toBeFocused();

  await player.playToEnd();
  await expect(player.debrief).toBeVisible();
  await check('debrief');
}

test.describe('story screens', () => {
  test('have no axe violations', async ({ page }) => {
    await useSettings(page, {});
    await checkEveryScreen(page, 'default settings');
  });

  test.describe('at 200 % text on a 320 px screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('reflow without loss and stay accessible', async ({ page }) => {
      await useSettings(page, { textScale: 2, lineSpacing: 'wider' });
      await checkEveryScreen(page, '200 %, 320 px');
    });
  });

  test('stay accessible in high contrast with reduced motion', async ({ page }) => {
    await useSettings(page, { highContrast: true, reducedMotion: true });
    await checkEveryScreen(page, 'high contrast');
    // Reduced motion: no typing dots, nothing animating at all.
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('a save that no longer fits is explained accessibly', async ({ page }) => {
    await useSettings(page, {});
    await page.addInitScript(
      (key) => localStorage.setItem(key, '{"format":1,"story":{}}'),
      DEMO.saveKey,
    );
    const library = new StoryLibraryPage(page);
    await page.goto('/');
    await library.button(DEMO.title.en, 'Continue').click();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your saved place doesn’t fit any more' }),
    ).toBeFocused();
    await expectNoAxeViolations(page, 'saved place lost');
  });
});

/** Answers the story API as if the ethics review said `reviewed`, whatever the server's config. */
async function reviewSays(page: Page, reviewed: boolean): Promise<void> {
  await page.route(/\/api\/stories(\/demo\/en)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      /"reviewed":(true|false)/g,
      `"reviewed":${reviewed}`,
    );
    await route.fulfill({ response, body });
  });
}

test('"Not reviewed" is shown on every screen of an unreviewed story, and only there', async ({
  page,
}) => {
  await useSettings(page, {});
  await reviewSays(page, false);
  const library = new StoryLibraryPage(page);
  await page.goto('/');
  await expect(library.card(DEMO.title.en)).toContainText(
    'Not reviewed. The ethics board has not approved this story yet.',
  );
  await library.button(DEMO.title.en, 'Start').click();
  await expect(page.getByText('Not reviewed.')).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(new StoryPlayerPage(page).story).toContainText('Sunday night.');
  await expect(page.getByText('Not reviewed.')).toBeVisible();

  await page.unrouteAll();
  await reviewSays(page, true);
  await page.reload();
  await expect(library.card(DEMO.title.en)).toBeVisible();
  await expect(page.getByText('Not reviewed.')).toHaveCount(0);
  await library.button(DEMO.title.en, 'Start').click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(new StoryPlayerPage(page).story).toContainText('Sunday night.');
  await expect(page.getByText('Not reviewed.')).toHaveCount(0);
});

test('keyboard focus is always visible and never under the top bar', async ({ page }) => {
  await useSettings(page, { textScale: 2 });
  await page.setViewportSize({ width: 360, height: 560 });
  const player = new StoryPlayerPage(page);
  await page.goto('/');
  await new StoryLibraryPage(page).button(DEMO.title.en, 'Start').click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(player.story).toContainText('Sunday night.');
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(
        Math.max(box.top + Math.min(box.height / 2, 10), 0),
        window.innerHeight - 1,
      );
      const atPoint = document.elementFromPoint(x, y);
      return {
        name: element.textContent?.trim().slice(0, 40),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        uncovered: atPoint !== null && (element === atPoint || element.contains(atPoint)),
        inView: box.bottom > 0 && box.top < window.innerHeight,
      };
    });
    if (!focus) continue;
    expect(focus, `focus on "${focus.name}"`).toEqual({
      ...focus,
      outline: true,
      uncovered: true,
      inView: true,
    });
  }
});
