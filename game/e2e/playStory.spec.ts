import {
  ContentNotesPage,
  DEMO,
  StoryLibraryPage,
  StoryPlayerPage,
  expect,
  tabTo,
  test,
  useSettings,
} from './fixtures.ts';

/** The demo story takes six choices to an ending; a bound, not a goal. */
const MAX_MOVES = 20;

test('plays the demo story to its debrief with the keyboard alone', async ({ page }) => {
  await useSettings(page, {});
  const library = new StoryLibraryPage(page);
  const notes = new ContentNotesPage(page, DEMO.title.en);
  const player = new StoryPlayerPage(page);

  await page.goto('/');
  await expect(library.heading).toBeVisible();
  const card = library.card(DEMO.title.en);
  await expect(card).toContainText('13+');
  await expect(card).toContainText('manipulation');

  await tabTo(page, library.button(DEMO.title.en, 'Start'));
  await page.keyboard.press('Enter');
  // The content notes once more, before anything of the story is shown.
  await expect(notes.heading).toBeFocused();
  await expect(notes.notes).toHaveText('This story touches on: manipulation.');
  await tabTo(page, notes.confirm());
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: DEMO.title.en })).toBeVisible();
  await expect(player.story).toContainText('Sunday night.');
  await expect(player.story.locator(':focus'), 'focus moves to the story text').toHaveCount(1);
  // The art layer arrives after the text and draws the story's first # scene.
  await expect(page.locator('#art canvas')).toHaveCount(1);
  await expect(page.locator('#art')).toHaveAttribute('data-scene', 'bedroom');

  let choicesMade = 0;
  let beats = 0;
  for (let moves = 0; !(await player.end.isVisible()); moves++) {
    expect(moves, 'the story should end').toBeLessThan(MAX_MOVES);
    await expect(player.beat.or(player.choices.first()).or(player.end)).toBeVisible();
    if (await player.end.isVisible()) break;
    if (await player.beat.isVisible()) {
      // A beat (`# pause`): nothing moves on by itself; Space goes on.
      await expect(player.choices).toHaveCount(0);
      await page.keyboard.press('Space');
      beats++;
      await expect(player.story.locator(':focus')).toHaveCount(1);
      continue;
    }
    const first = player.choices.first();
    const choiceText = (await first.innerText()).replace(/^1\s*/, '').trim();
    // Alternate the two ways in: the number key, and Tab to the button then Enter.
    if (choicesMade % 2 === 0) {
      await page.keyboard.press('1');
    } else {
      await tabTo(page, first);
      await page.keyboard.press('Enter');
    }
    choicesMade++;
    await expect(player.story).toContainText(choiceText);
    await expect(player.story.locator(':focus'), 'reading goes on in the story').toHaveCount(1);
  }

  expect(choicesMade).toBe(6);
  expect(beats).toBe(1);
  await expect(player.story).toContainText('You put the phone away and go and get a pancake.');
  await expect(player.story.locator('.speaker-plate', { hasText: 'Mum' }).first()).toBeVisible();
  await expect(page.locator('#art')).toHaveAttribute('data-scene', 'kitchen');

  // The debrief: the techniques met on this path, two or three questions, help, the way back.
  const debrief = player.debrief;
  await expect(debrief.getByRole('term')).toHaveText([
    'Love-bombing',
    'Us versus them',
    'Isolation',
  ]);
  await expect(debrief.getByRole('definition').first()).toContainText('praise and attention');
  const questions = debrief.getByRole('list').last().getByRole('listitem');
  await expect(questions).toHaveCount(3);
  await expect(questions.first()).toContainText(
    'What was the first moment that could have made you wonder?',
  );
  await expect(questions.nth(1)).toHaveText(
    'At which moment would you have wanted someone to step in?',
  );
  // The `# debrief` line belongs to the debrief, not to the story text above it.
  await expect(player.story).not.toContainText('Looking back:');
  await expect(debrief.getByRole('button', { name: 'Help and support' })).toBeVisible();

  await tabTo(page, player.backToLibrary);
  await page.keyboard.press('Enter');
  await expect(library.heading).toBeFocused();
  // A finished story has nothing to continue: its card offers a fresh start.
  await expect(library.button(DEMO.title.en, 'Start')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), DEMO.saveKey)).toBeNull();
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('shows the library and the story in the browser language', async ({ page }) => {
    await useSettings(page, {});
    const library = new StoryLibraryPage(page, 'Geschichten');
    await page.goto('/');
    await expect(library.heading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await tabTo(page, library.button(DEMO.title.de, 'Starten'));
    await page.keyboard.press('Space');
    await expect(
      page.getByText('In dieser Geschichte geht es auch um: Manipulation.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Starten', exact: true }).click();
    const story = page.getByRole('region', { name: 'Geschichte' });
    await expect(story).toContainText('Sonntagabend.');
    await page.keyboard.press('2');
    await expect(story).toContainText('Du legst das Handy');
    await expect(page.getByRole('group', { name: 'Nachrichten auf dem Handy' })).toBeVisible();
  });
});
