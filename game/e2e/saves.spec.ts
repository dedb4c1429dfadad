/**
 * Saves: after every choice, per story, in localStorage; "Continue" shows the passage the
 * player left; a save for changed content offers a clean restart; "don't keep my progress"
 * writes nothing.
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

async function startDemo(page: Page, label = 'Start'): Promise<StoryPlayerPage> {
  await new StoryLibraryPage(page).button(DEMO.title.en, label).click();
  await new ContentNotesPage(page, DEMO.title.en).confirm(label).click();
  return new StoryPlayerPage(page);
}

function storedSave(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), DEMO.saveKey);
}

test('saves after every choice and continues after a reload, text and all', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  const player = await startDemo(page);
  await expect(player.story).toContainText('Sunday night.');
  expect(await storedSave(page), 'nothing to save before the first choice').toBeNull();

  await player.advance(1);
  await expect(player.story).toContainText('You tap it.');
  const first = JSON.parse((await storedSave(page)) ?? 'null');
  expect(first).toMatchObject({ format: 1, story: { format: 1, storyId: 'demo', locale: 'en' } });

  await player.advance(2);
  await player.advance(1);
  await expect(player.story).toContainText('Monday. The school yard is loud');
  await expect(player.choices).toHaveText(['1Tell her about the Circle', "2Say you're just busy"]);

  await page.reload();
  const library = new StoryLibraryPage(page);
  await expect(library.button(DEMO.title.en, 'Start again')).toBeVisible();
  const resumed = await startDemo(page, 'Continue');
  await expect(resumed.notice).toHaveText('You continue where you left off.');
  // The passage the player left is on screen again, with the choice that led there.
  await expect(resumed.story).toContainText("Say you'll be there");
  await expect(resumed.story).toContainText('Monday. The school yard is loud');
  await expect(resumed.story.locator('.speaker-plate', { hasText: 'Mia' }).first()).toBeVisible();
  await expect(resumed.choices).toHaveCount(2);
  await expect(page.locator('#art')).toHaveAttribute('data-scene', 'school-yard');

  // The backlog still holds the whole playthrough.
  await resumed.backlogButton.click();
  const backlog = page.getByRole('region', { name: 'Earlier lines' });
  await expect(backlog).toContainText('Sunday night.');
  await expect(backlog).toContainText('Kai: (phone message) Hey!!');
  await backlog.getByRole('button', { name: 'Close' }).click();

  // And the story goes on from there to an ending that knows what happened before.
  await resumed.advance(1);
  await expect(resumed.story).toContainText('Saturday, half past nine.');
  await resumed.playToEnd();
  await expect(resumed.story).toContainText('She answers within seconds');
  await expect(resumed.debrief.getByRole('term')).toHaveText([
    'Love-bombing',
    'Us versus them',
    'Isolation',
  ]);
});

test('a save made for content that has since changed offers a clean restart', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  const player = await startDemo(page);
  await player.advance(2);
  await expect(player.story).toContainText('You put the phone face down.');
  // As if the story had been edited since: the save names other content.
  await page.evaluate((key) => {
    const save = JSON.parse(localStorage.getItem(key) ?? '{}');
    save.story.contentHash = 'content-before-an-edit';
    localStorage.setItem(key, JSON.stringify(save));
  }, DEMO.saveKey);

  await page.reload();
  await startDemo(page, 'Continue');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your saved place doesn’t fit any more' }),
  ).toBeFocused();
  await expect(page.getByText('This story has been updated since you last played')).toBeVisible();
  await expect(page.getByText('You haven’t done anything wrong.')).toBeVisible();

  await page.getByRole('button', { name: 'Start again', exact: true }).click();
  const fresh = new StoryPlayerPage(page);
  await expect(fresh.story).toContainText('Sunday night.');
  expect(await storedSave(page), 'the old save is gone').toBeNull();
  await fresh.advance(1);
  await expect(fresh.story).toContainText('You tap it.');
  expect(JSON.parse((await storedSave(page)) ?? 'null')).toMatchObject({ format: 1 });
});

test('"Start again" on the card drops the save and starts from the beginning', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  const player = await startDemo(page);
  await player.advance(1);
  await expect(player.story).toContainText('You tap it.');
  await player.page.getByRole('button', { name: 'All stories' }).click();

  await new StoryLibraryPage(page).button(DEMO.title.en, 'Start again').click();
  await expect(
    page.getByText('Starting again replaces your saved place in this story.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start again', exact: true }).click();
  await expect(player.story).toContainText('Sunday night.');
  expect(await storedSave(page)).toBeNull();
});

test('"Don’t keep my progress on this device" writes no save', async ({ page }) => {
  await useSettings(page, { keepProgress: false });
  const writes: string[] = [];
  await page.exposeFunction('recordStorageWrite', (key: string) => writes.push(key));
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      (window as unknown as { recordStorageWrite(key: string): void }).recordStorageWrite(key);
      setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  const player = await startDemo(page);
  for (const pick of [1, 1, 1]) await player.advance(pick);
  await expect(player.story).toContainText('Monday. The school yard is loud');
  expect(await storedSave(page)).toBeNull();
  expect(writes.filter((key) => key.startsWith('offramp:save:'))).toEqual([]);

  await page.reload();
  const library = new StoryLibraryPage(page);
  await expect(library.button(DEMO.title.en, 'Start')).toBeVisible();
  await expect(library.button(DEMO.title.en, 'Continue')).toHaveCount(0);
});

test('choosing not to keep progress mid-story stops saving at once', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  const player = await startDemo(page);
  await player.advance(1);
  await expect(player.story).toContainText('You tap it.');
  expect(await storedSave(page)).not.toBeNull();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Don’t keep my progress on this device' }).check();
  await page.getByRole('button', { name: 'Close' }).click();
  expect(await storedSave(page)).toBeNull();

  await player.advance(1);
  await expect(player.story).toContainText('You type "ok, I\'m in"');
  expect(await storedSave(page)).toBeNull();
});
