/**
 * Help prompts from the story's hooks, as the ethics config allows them: a calm offer whose
 * two answers are the same component at the same size, where declining is never sent
 * anywhere and is remembered only for this visit.
 */
import type { Page } from '@playwright/test';
import {
  ContentNotesPage,
  DEMO,
  StoryLibraryPage,
  StoryPlayerPage,
  expect,
  test,
  useSettings,
} from './fixtures.ts';

const REFLECT_PROMPT = 'If this got you thinking, there are people you can talk it through with.';

/** The demo's first calm hook (`# calm # hook: reflect`) is in the school yard, three choices in. */
async function playToSchoolYard(page: Page, label = 'Start'): Promise<StoryPlayerPage> {
  await new StoryLibraryPage(page).button(DEMO.title.en, label).click();
  await new ContentNotesPage(page, DEMO.title.en).confirm(label).click();
  const player = new StoryPlayerPage(page);
  for (const pick of [1, 1, 1]) await player.advance(pick);
  await expect(player.story).toContainText('Monday. The school yard is loud');
  return player;
}

test('the two answers to a prompt are the same size and style', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  const player = await playToSchoolYard(page);
  const prompt = page.getByRole('group', { name: REFLECT_PROMPT });
  await expect(prompt).toBeVisible();
  const accept = prompt.getByRole('button', { name: 'Show me' });
  const decline = prompt.getByRole('button', { name: 'Not now' });

  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const [acceptBox, declineBox] = [await accept.boundingBox(), await decline.boundingBox()];
    expect(acceptBox && declineBox, 'both answers are on screen').toBeTruthy();
    if (!acceptBox || !declineBox) return;
    expect(
      Math.abs(acceptBox.width - declineBox.width),
      `widths at ${width}px`,
    ).toBeLessThanOrEqual(1);
    expect(
      Math.abs(acceptBox.height - declineBox.height),
      `heights at ${width}px`,
    ).toBeLessThanOrEqual(1);
    expect(acceptBox.height).toBeGreaterThanOrEqual(24);
  }

  const looks = (button: typeof accept) =>
    button.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        tag: element.tagName,
        className: element.className,
        fontSize: style.fontSize,
        fontWeight: style.fontWeight,
        fontFamily: style.fontFamily,
        color: style.color,
        backgroundColor: style.backgroundColor,
        borderColor: style.borderColor,
        borderWidth: style.borderWidth,
        padding: style.padding,
      };
    });
  expect(await looks(decline)).toEqual(await looks(accept));
  await expect(player.choices).toHaveCount(2);
});

test('declining sends nothing and is remembered only for this visit', async ({ page }) => {
  // Three playthroughs and a reload: long, on a busy machine.
  test.slow();
  await useSettings(page, {});
  await page.goto('/');
  const player = await playToSchoolYard(page);
  const prompt = page.getByRole('group', { name: REFLECT_PROMPT });
  await expect(prompt).toBeVisible();

  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(player.choices.first(), 'the focus goes on to the choices').toBeFocused();
  // The story goes on on the device alone: still nothing is sent.
  await player.advance(1);
  await expect(player.story).toContainText('You tell her about the study group.');
  expect(requests, 'requests after declining').toEqual([]);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored, 'a decline is not stored either').not.toMatch(/declin/i);

  // The config's rules in this visit: four choices later the offer may come once more...
  await page.getByRole('button', { name: 'All stories' }).click();
  await playToSchoolYard(page, 'Start again');
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Not now' }).click();
  // ...but after two declines, never again in this visit, however long the player plays on.
  await player.playToEnd();
  await player.backToLibrary.click();
  await playToSchoolYard(page, 'Start');
  await expect(player.choices).toHaveCount(2);
  await expect(page.locator('.help-prompt')).toHaveCount(0);

  // A new visit starts afresh: nothing about the declines survived the reload.
  await page.reload();
  await playToSchoolYard(page, 'Start again');
  await expect(prompt).toBeVisible();
});

test('accepting opens the help panel', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  const player = await playToSchoolYard(page);
  const prompt = page.getByRole('group', { name: REFLECT_PROMPT });
  await prompt.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeHidden();
  // Back where the story goes on: the choices, still there to make.
  await expect(player.choices).toHaveCount(2);
  await expect(player.choices.first()).toBeFocused();
});

test('a hook the story’s review does not allow is never offered', async ({ page }) => {
  await useSettings(page, {});
  await page.route('**/api/stories/demo/en', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      /"allowedHooks":\[[^\]]*\]/,
      '"allowedHooks":["chat"]',
    );
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  const player = await playToSchoolYard(page);
  await expect(player.choices).toHaveCount(2);
  await expect(page.locator('.help-prompt')).toHaveCount(0);
});
