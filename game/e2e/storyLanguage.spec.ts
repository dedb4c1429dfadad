/**
 * Switching the language while a story is on screen: the story moves to the other
 * language at the same place (the passage shown again, translated), the screens around it
 * follow, and a save made in one language continues in the other.
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

const GERMAN_PLAYER = {
  story: 'Geschichte',
  choices: 'Entscheidungen',
  end: 'Ende',
  back: 'Zurück zu den Geschichten',
  beat: 'Weiter',
  backlog: 'Frühere Zeilen',
};

/** The shell's language switch in the top bar, as a player uses it. */
async function switchToGerman(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
}

test('switches the story to German mid-story at the same place', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  await new StoryLibraryPage(page).button(DEMO.title.en, 'Start').click();
  await new ContentNotesPage(page, DEMO.title.en).confirm().click();
  const english = new StoryPlayerPage(page);
  await english.advance(1);
  await english.advance(2);
  await expect(english.story).toContainText('Great people, you');
  await expect(english.story).toContainText('Honestly? The people in your class');

  await switchToGerman(page);
  const german = new StoryPlayerPage(page, GERMAN_PLAYER);
  await expect(german.notice).toHaveText('Die Geschichte geht auf Deutsch weiter.');
  // The same passage, now in German: the choice that led here and what followed it.
  await expect(german.story).not.toContainText('Honestly?');
  await expect(german.story).toContainText('Du fragst, wer sonst noch dabei ist.');
  await expect(german.choices).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1, name: DEMO.title.de })).toBeVisible();
  // The phone keeps its times: they follow the story's order, not the language.
  await expect(page.locator('.phone-time')).toHaveText(['21:07', '21:08', '21:09', '21:10']);

  const save = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), DEMO.saveKey)) ?? 'null',
  );
  expect(save).toMatchObject({ story: { locale: 'de' } });

  await german.playToEnd();
  await expect(german.debrief.getByRole('term')).toHaveText([
    'Love-Bombing',
    'Wir gegen die',
    'Isolation',
  ]);
  await expect(german.debrief).toContainText('Fragen zum Nachdenken');
  await german.backToLibrary.click();
  await expect(new StoryLibraryPage(page, 'Geschichten').heading).toBeFocused();
});

test('the library and the content notes follow the language at once', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  const library = new StoryLibraryPage(page);
  await expect(library.heading).toBeVisible();
  await switchToGerman(page);
  const germanLibrary = new StoryLibraryPage(page, 'Geschichten');
  await expect(germanLibrary.heading).toBeVisible();
  await expect(germanLibrary.card(DEMO.title.de)).toContainText('Inhaltshinweise');

  await germanLibrary.button(DEMO.title.de, 'Starten').click();
  await expect(page.getByText('In dieser Geschichte geht es auch um: Manipulation.')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('This story touches on: manipulation.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: DEMO.title.en })).toBeVisible();
});

test('a save made in English continues in German when the player now reads German', async ({
  page,
}) => {
  await useSettings(page, {});
  await page.goto('/');
  await new StoryLibraryPage(page).button(DEMO.title.en, 'Start').click();
  await new ContentNotesPage(page, DEMO.title.en).confirm().click();
  const english = new StoryPlayerPage(page);
  await english.advance(1);
  await english.advance(1);
  await english.advance(1);
  await expect(english.story).toContainText('Monday. The school yard is loud');
  await page.getByRole('button', { name: 'All stories' }).click();

  await switchToGerman(page);
  await page.reload();
  const library = new StoryLibraryPage(page, 'Geschichten');
  await library.button(DEMO.title.de, 'Weiterspielen').click();
  await page.getByRole('button', { name: 'Weiterspielen', exact: true }).click();
  const german = new StoryPlayerPage(page, GERMAN_PLAYER);
  await expect(german.story).toContainText('Montag.');
  await expect(german.notice).toHaveText('Die Geschichte geht auf Deutsch weiter.');
  await expect(german.choices.first()).toContainText('Ihr vom Lernkreis erzählen');
});
