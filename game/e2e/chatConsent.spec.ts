/**
 * The chat's consent flow in the help panel, keyboard only, in English and German: the plain
 * explanation, consent with "No thanks" exactly as prominent as "I agree", and the
 * preferences with nothing pre-ticked. None of this needs the chat server: nothing is sent
 * before the player starts the chat.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, expectContentFits, tabTo, useSettings } from './fixtures.ts';
import { DE_SHELL, EN_SHELL, ShellPage, expect, test, type ShellNames } from './shellFixtures.ts';

const TEXTS = {
  en: {
    shell: EN_SHELL,
    library: 'Stories',
    start: 'Find out about the chat',
    explainHeading: 'Before you decide',
    stored: 'deleted after 30 days',
    emergency: 'call 112',
    agree: 'Yes, I agree',
    decline: 'No, thanks',
    declined: 'Okay. Nobody is told.',
    preferencesHeading: 'What would suit you?',
    wish: 'Leave a group',
    kindLegend: 'Who would you like to write with?',
    kindAny: 'Anyone',
    submit: 'Start the chat',
  },
  de: {
    shell: DE_SHELL,
    library: 'Geschichten',
    start: 'Mehr über den Chat erfahren',
    explainHeading: 'Bevor du entscheidest',
    stored: 'nach 30 Tagen gelöscht',
    emergency: 'ruf 112 an',
    agree: 'Ja, ich bin einverstanden',
    decline: 'Nein, danke',
    declined: 'Okay. Niemand erfährt davon.',
    preferencesHeading: 'Was passt zu dir?',
    wish: 'Aus einer Gruppe aussteigen',
    kindLegend: 'Mit wem möchtest du schreiben?',
    kindAny: 'Egal',
    submit: 'Chat starten',
  },
} as const;

type Texts = (typeof TEXTS)[keyof typeof TEXTS];

async function openHelpWithKeyboard(page: Page, names: ShellNames): Promise<Locator> {
  const shell = new ShellPage(page, names);
  await shell.help.focus();
  await page.keyboard.press('Enter');
  await expect(shell.helpPanel).toBeVisible();
  return shell.helpPanel;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box`);
  return { width: Math.round(found.width), height: Math.round(found.height) };
}

for (const language of ['en', 'de'] as const) {
  const texts: Texts = TEXTS[language];
  test.describe(`the chat's consent flow (${language})`, () => {
    test.use({ locale: language === 'de' ? 'de-DE' : 'en-GB' });

    test('explanation → consent or an equal decline → preferences, keyboard only', async ({
      page,
    }) => {
      // Dozens of key presses, each checked, and two axe runs: beside the other browser tests
      // on two cores this has taken close to the default minute.
      test.slow();
      await useSettings(page, {});
      const sentFrames: string[] = [];
      page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => sentFrames.push(String(frame.payload))),
      );
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: texts.library })).toBeVisible();
      const help = await openHelpWithKeyboard(page, texts.shell);

      const start = help.getByRole('button', { name: texts.start });
      await tabTo(page, start);
      await page.keyboard.press('Enter');
      await expect(help.getByRole('heading', { name: texts.explainHeading })).toBeFocused();
      await expect(help).toContainText(texts.stored);
      await expect(help).toContainText(texts.emergency);

      const agree = help.getByRole('button', { name: texts.agree });
      const decline = help.getByRole('button', { name: texts.decline });
      await expect(agree).toBeVisible();
      expect(await box(decline)).toEqual(await box(agree));
      expect(await decline.getAttribute('class')).toBe(await agree.getAttribute('class'));
      await expectNoAxeViolations(page, `chat explanation and consent (${language})`);

      // Declining: one key press, and the offer stays for later.
      await tabTo(page, decline);
      await page.keyboard.press('Enter');
      await expect(help.getByText(texts.declined)).toBeFocused();
      await expect(help.getByRole('button', { name: texts.start })).toBeVisible();

      await tabTo(page, help.getByRole('button', { name: texts.start }));
      await page.keyboard.press('Enter');
      await tabTo(page, help.getByRole('button', { name: texts.agree }));
      await page.keyboard.press('Enter');
      await expect(help.getByRole('heading', { name: texts.preferencesHeading })).toBeFocused();
      // Nothing is ticked for the player: the wishes start empty, "anyone" is the default.
      for (const checkbox of await help.getByRole('checkbox').all()) {
        await expect(checkbox).not.toBeChecked();
      }
      await expect(
        help
          .getByRole('group', { name: texts.kindLegend })
          .getByRole('radio', { name: texts.kindAny }),
      ).toBeChecked();
      await tabTo(page, help.getByRole('checkbox', { name: texts.wish }));
      await page.keyboard.press('Space');
      await expect(help.getByRole('checkbox', { name: texts.wish })).toBeChecked();
      await expect(help.getByRole('button', { name: texts.submit })).toBeVisible();
      await expectNoAxeViolations(page, `chat preferences (${language})`);

      // Nothing has been sent anywhere before the player starts the chat.
      expect(sentFrames).toEqual([]);
    });
  });
}

test('at 200 % text the consent buttons stay equal and nothing overflows, the preferences neither', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await useSettings(page, { textScale: 2 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  const help = await openHelpWithKeyboard(page, EN_SHELL);
  await tabTo(page, help.getByRole('button', { name: TEXTS.en.start }));
  await page.keyboard.press('Enter');
  const agree = help.getByRole('button', { name: TEXTS.en.agree });
  const decline = help.getByRole('button', { name: TEXTS.en.decline });
  expect(await box(decline)).toEqual(await box(agree));
  await expectContentFits(help, 'the help panel scrolls sideways');

  // The preferences, with the answer on who is online, fit too.
  await agree.click();
  await expect(help.locator('#chat-availability')).not.toContainText('Checking');
  await expect(help.locator('#chat-availability')).not.toBeEmpty();
  await expectContentFits(help, 'the preferences scroll sideways');
});
