import { StoryLibraryPage, StoryPlayerPage, expect, tabTo, test } from './fixtures.ts';

/** The demo story takes six choices to the end along its first choices; a bound, not a goal. */
const MAX_CHOICES = 20;

test('plays the demo story to its end with the keyboard alone', async ({ page }) => {
  const library = new StoryLibraryPage(page, 'Stories');
  const player = new StoryPlayerPage(page, {
    story: 'Story',
    choices: 'Choices',
    end: 'The end',
    back: 'Back to the stories',
  });

  await page.goto('/');
  await expect(library.heading).toBeVisible();
  const card = library.card('The Study Circle');
  await expect(card).toContainText('13+');
  await expect(card).toContainText('manipulation');

  await tabTo(page, library.playButton('The Study Circle'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'The Study Circle' })).toBeVisible();
  await expect(player.story).toContainText('Sunday night.');
  await expect(player.story.locator(':focus'), 'focus moves to the story text').toHaveCount(1);
  // The art layer arrives after the text and draws the story's first # scene.
  await expect(page.locator('#art canvas')).toHaveCount(1);
  await expect(page.locator('#art')).toHaveAttribute('data-scene', 'bedroom');

  let choicesMade = 0;
  while (!(await player.end.isVisible())) {
    expect(choicesMade, 'the story should end').toBeLessThan(MAX_CHOICES);
    const first = player.choices.first();
    const choiceText = (await first.innerText()).replace(/^1\s*/, '').trim();
    const paragraphsBefore = await player.paragraphs.count();
    // Alternate the two ways in: the number key, and Tab to the button then Enter.
    if (choicesMade % 2 === 0) {
      await page.keyboard.press('1');
    } else {
      await tabTo(page, first);
      await page.keyboard.press('Enter');
    }
    choicesMade++;
    await expect(player.paragraphs).not.toHaveCount(paragraphsBefore);
    await expect(player.story).toContainText(choiceText);
    await expect(player.story.locator(':focus').or(player.end)).toBeFocused();
  }

  expect(choicesMade).toBe(6);
  await expect(player.story).toContainText('You put the phone away and go and get a pancake.');
  await expect(player.story.getByText('Kai:').first(), '# speaker is shown').toBeVisible();
  await expect(player.end).toBeFocused();
  await expect(page.locator('#art')).toHaveAttribute('data-scene', 'kitchen');

  await tabTo(page, player.backToLibrary);
  await page.keyboard.press('Enter');
  await expect(library.heading).toBeFocused();
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('shows the library and the story in the browser language', async ({ page }) => {
    const library = new StoryLibraryPage(page, 'Geschichten');
    await page.goto('/');
    await expect(library.heading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await tabTo(page, library.playButton('Der Lernkreis'));
    await page.keyboard.press('Space');
    const story = page.getByRole('region', { name: 'Geschichte' });
    await expect(story).toContainText('Sonntagabend.');
    await page.keyboard.press('2');
    await expect(story).toContainText('Du legst das Handy');
  });
});
