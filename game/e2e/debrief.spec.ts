/**
 * The ending's debrief on another path through the demo: the techniques this playthrough
 * met, the story's own reflection line with general questions up to three, help within
 * reach; and the backlog of everything read, with who said it.
 */
import {
  ContentNotesPage,
  DEMO,
  StoryLibraryPage,
  StoryPlayerPage,
  expect,
  test,
  useSettings,
} from './fixtures.ts';

test('the other ending debriefs what this playthrough met', async ({ page }) => {
  await useSettings(page, {});
  await page.goto('/');
  await new StoryLibraryPage(page).button(DEMO.title.en, 'Start').click();
  await new ContentNotesPage(page, DEMO.title.en).confirm().click();
  const player = new StoryPlayerPage(page);
  // Mention Mia's birthday (isolation comes early), walk home, then check the Circle chat.
  const choices = await player.playToEnd([2, 1, 2, 2, 2, 2]);
  expect(choices).toBe(6);

  await expect(player.story).toContainText('The pancakes go cold.');
  await expect(page.getByRole('group', { name: 'Phone messages' }).last()).toContainText(
    'Last night was a test.',
  );
  await expect(player.debrief.getByRole('term')).toHaveText([
    'Love-bombing',
    'Us versus them',
    'Isolation',
  ]);
  const questions = player.debrief.getByRole('list').last().getByRole('listitem');
  await expect(questions).toHaveCount(3);
  await expect(questions.first()).toContainText(
    'Who could you talk to if a group started deciding who your friends are?',
  );
  await expect(
    player.debrief.getByRole('heading', { name: 'If this feels close to home' }),
  ).toBeVisible();

  await player.debrief.getByRole('button', { name: 'Help and support' }).click();
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await page.keyboard.press('Escape');

  await player.backlogButton.click();
  const backlog = page.getByRole('region', { name: 'Earlier lines' });
  await expect(backlog.getByRole('listitem').first()).toHaveText(
    "Sunday night. Maths exam on Tuesday, and the worksheet on your desk hasn't moved in an hour.",
  );
  await expect(backlog).toContainText('You chose: Leave it until tomorrow');
  await expect(backlog).toContainText("Mia: You've gone really quiet lately.");
  await expect(backlog).toContainText('Content note: manipulation');
  await expect(backlog).toContainText('Kai: (phone message) Last night was a test.');
  await page.keyboard.press('Escape');
  await expect(player.backlogButton).toBeFocused();
});
