/**
 * The shell around the story: the top bar on every screen, help, settings, the first-visit
 * note on quick exit, the language switch, and quick exit itself (button and Shift×3).
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo } from './fixtures.ts';
import {
  CONFIGURED_URL,
  DE_SHELL,
  EN_SHELL,
  HeldSite,
  NEUTRAL_URL,
  PREVIOUS_SITE_URL,
  ShellPage,
  expect,
  test,
  watchQuickExitScreen,
} from './shellFixtures.ts';

const SAVE_KEY = 'offramp:save:demo';
const libraryHeading = (page: Page, name = 'Stories') =>
  page.getByRole('heading', { level: 1, name });

/** Opens the game as a player who came from another site, with a story save and a session. */
async function openGameFromAnotherSite(page: Page): Promise<ShellPage> {
  await new HeldSite(PREVIOUS_SITE_URL, false).route(page);
  await page.goto(PREVIOUS_SITE_URL);
  await page.goto('/');
  await expect(libraryHeading(page)).toBeVisible();
  await page.evaluate((saveKey) => {
    sessionStorage.setItem('offramp:guest', 'a-guest-token');
    localStorage.setItem(saveKey, '{"format":1}');
    localStorage.setItem('offramp:settings', '{"version":1}');
  }, SAVE_KEY);
  return new ShellPage(page);
}

const BLANK = { coversTheWindow: true, background: 'rgb(255, 255, 255)' };

/** After a quick exit: Back leads to the site before the game, never to the game. */
async function expectBackSkipsTheGame(page: Page, exitUrl: string): Promise<void> {
  await page.waitForURL(exitUrl);
  await page.evaluate(() => history.back());
  await page.waitForURL(PREVIOUS_SITE_URL);
  expect(new URL(page.url()).origin).not.toBe(
    new URL(test.info().project.use.baseURL ?? '').origin,
  );
}

test.describe('quick exit', () => {
  test('by the button: the screen blanks at once, the session is cleared, Back does not return', async ({
    page,
  }) => {
    const neutral = new HeldSite(NEUTRAL_URL, true);
    await neutral.route(page);
    const screens = await watchQuickExitScreen(page);
    const shell = await openGameFromAnotherSite(page);

    await shell.quickExit.click({ noWaitAfter: true });
    // In the very task of the click, and on the next frame drawn while the neutral site has
    // not answered yet, the game is gone from the screen.
    const blank = {
      curtain: BLANK,
      gameElements: 0,
      title: '',
      sessionItems: 0,
      localKeys: [SAVE_KEY, 'offramp:settings'],
    };
    await expect
      .poll(() => screens)
      .toEqual([
        { moment: 'blanked', ...blank },
        { moment: 'painted', ...blank },
      ]);
    expect(neutral.requested).toEqual([NEUTRAL_URL]);

    neutral.release();
    await expectBackSkipsTheGame(page, NEUTRAL_URL);
  });

  test('by Shift three times, before the config has even loaded', async ({ page }) => {
    // The config never answers: quick exit falls back to its built-in neutral site.
    await page.route('**/api/config?**', () => {});
    const neutral = new HeldSite(NEUTRAL_URL, true);
    await neutral.route(page);
    const screens = await watchQuickExitScreen(page);
    const shell = await openGameFromAnotherSite(page);

    // Moving back through the page with Shift+Tab is not a quick exit.
    await libraryHeading(page).click();
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(shell.curtain).toHaveCount(0);

    await page.keyboard.press('Shift');
    await expect
      .poll(() => screens.map((screen) => [screen.moment, screen.curtain, screen.gameElements]))
      .toEqual([
        ['blanked', BLANK, 0],
        ['painted', BLANK, 0],
      ]);
    expect(screens[0]?.sessionItems).toBe(0);

    neutral.release();
    await expectBackSkipsTheGame(page, NEUTRAL_URL);
  });

  test('goes where the config says and clears progress when the config asks', async ({ page }) => {
    await page.route('**/api/config?**', async (route) => {
      const response = await route.fetch();
      const config = await response.json();
      config.safety = { quickExitUrl: CONFIGURED_URL, clearProgressOnQuickExit: true };
      await route.fulfill({ response, json: config });
    });
    const configured = new HeldSite(CONFIGURED_URL, true);
    await configured.route(page);
    const screens = await watchQuickExitScreen(page);
    const shell = await openGameFromAnotherSite(page);
    await shell.help.click();
    await expect(shell.helpPanel).toContainText(
      'Quick exit also deletes your progress on this device.',
    );

    await shell.quickExit.click({ noWaitAfter: true });
    await expect.poll(() => screens.length).toBe(2);
    expect(screens[0]?.localKeys, 'the saves are gone, the settings stay').toEqual([
      'offramp:settings',
    ]);

    configured.release();
    await expectBackSkipsTheGame(page, CONFIGURED_URL);
  });
});

test('the first-visit note is shown once, blocks nothing and remembers its dismissal', async ({
  page,
}) => {
  const shell = new ShellPage(page);
  await page.goto('/');
  await expect(shell.firstVisitNote).toBeVisible();
  await expect(shell.firstVisitNote).toContainText('cannot delete your browser history');

  // Keyboard users pass it by: Tab goes on to the stories without dismissing it.
  await expect(libraryHeading(page)).toBeVisible();
  const storyButton = page.getByRole('main').getByRole('button').first();
  await tabTo(page, storyButton);

  const dismiss = shell.firstVisitNote.getByRole('button', { name: EN_SHELL.dismissNote });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(shell.firstVisitNote).toHaveCount(0);
  await expect(libraryHeading(page)).toBeFocused();

  await page.reload();
  await expect(libraryHeading(page)).toBeVisible();
  await expect(shell.firstVisitNote).toHaveCount(0);
});

test('the skip link leads past the top bar to the content', async ({ page }) => {
  const shell = new ShellPage(page);
  await page.goto('/');
  await expect(libraryHeading(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
  await expect(shell.skipLink).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(libraryHeading(page)).toBeFocused();
});

test('help opens beside the game, shows the crisis resources and closes with Escape', async ({
  page,
}) => {
  const shell = new ShellPage(page);
  await page.goto('/');
  await expect(libraryHeading(page)).toBeVisible();
  await shell.help.focus();
  await page.keyboard.press('Enter');

  const help = shell.helpPanel;
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: EN_SHELL.help, exact: true })).toBeFocused();
  await expect(shell.help).toHaveAttribute('aria-expanded', 'true');
  await expect(help).toContainText('If you are in danger right now, call 112.');
  await expect(help.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  // From GET /api/config?locale=en (ethics.config.json): the UK and Irish helplines first.
  await expect(help.getByRole('heading', { name: 'Childline', exact: true })).toBeVisible();
  await expect(help.getByRole('link', { name: 'Call 0800 1111' })).toHaveAttribute(
    'href',
    'tel:08001111',
  );
  await expect(help.getByRole('link', { name: 'Website: childline.org.uk' })).toHaveAttribute(
    'href',
    'https://www.childline.org.uk',
  );
  await expect(help).toContainText(
    'You can write to a counsellor here: anonymously, and only if you want to.',
  );
  await expect(help).toContainText('It cannot delete your browser history');
  // The game stays on screen, moved aside on a wide screen, and the top bar stays usable.
  await expect(libraryHeading(page)).toBeVisible();
  const [panelBox, mainBox] = await Promise.all([
    help.boundingBox(),
    page.getByRole('main').boundingBox(),
  ]);
  expect((mainBox?.x ?? 0) + (mainBox?.width ?? 0)).toBeLessThanOrEqual(panelBox?.x ?? 0);
  await expect(shell.quickExit).toBeEnabled();

  // A number key inside the panel is not a story choice.
  await page.keyboard.press('1');
  await expect(help).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(shell.help).toBeFocused();
  await expect(shell.help).toHaveAttribute('aria-expanded', 'false');

  // Escape also closes it while the focus is elsewhere, so nothing stays hidden under it.
  await shell.help.click();
  await libraryHeading(page).click();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await shell.settings.click();
  await expect(shell.settingsPanel).toBeVisible();
  await shell.help.click();
  await expect(shell.settingsPanel, 'one panel at a time').toBeHidden();
  await help.getByRole('button', { name: EN_SHELL.close }).click();
  await expect(shell.help).toBeFocused();
});

test.describe('settings', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('persist across a reload; at 200 % nothing scrolls sideways at 320 px', async ({ page }) => {
    const shell = new ShellPage(page);
    await page.goto('/');
    await expect(libraryHeading(page)).toBeVisible();
    await page.evaluate((saveKey) => localStorage.setItem(saveKey, '{"format":1}'), SAVE_KEY);

    await shell.settings.click();
    const panel = shell.settingsPanel;
    await panel.getByRole('radio', { name: '200%' }).check();
    await panel.getByRole('radio', { name: 'Wider' }).check();
    await panel.getByRole('radio', { name: 'Extra legible' }).check();
    await panel.getByRole('checkbox', { name: 'High contrast' }).check();
    await panel.getByRole('checkbox', { name: 'Reduce motion' }).check();
    await panel.getByRole('checkbox', { name: 'Don’t keep my progress on this device' }).check();
    await expect(panel.getByRole('status')).toHaveText(
      'The progress saved on this device has been deleted.',
    );
    expect(await page.evaluate((saveKey) => localStorage.getItem(saveKey), SAVE_KEY)).toBeNull();

    const expectApplied = async () => {
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-text-size', '200');
      await expect(html).toHaveAttribute('data-contrast', 'high');
      await expect(html).toHaveAttribute('data-motion', 'reduced');
      await expect(html).toHaveAttribute('data-font', 'legible');
      expect(
        await page.evaluate(() => [
          getComputedStyle(document.documentElement).fontSize,
          document.documentElement.style.getPropertyValue('--offramp-line-height'),
        ]),
      ).toEqual(['32px', '2.2']);
      // The extra legible font comes from our own origin (the fixture fails on any other).
      await expect
        .poll(() =>
          page.evaluate(() =>
            [...document.fonts].some(
              (face) =>
                face.family.replace(/["']/g, '') === 'Atkinson Hyperlegible' &&
                face.status === 'loaded',
            ),
          ),
        )
        .toBe(true);
    };
    await expectApplied();
    await expectNoSidewaysScroll(page, 'settings open at 200 %');

    await page.reload();
    await expect(libraryHeading(page)).toBeVisible();
    await expectApplied();
    await expectNoSidewaysScroll(page, 'library at 200 %');
    await shell.settings.click();
    await expect(shell.settingsPanel.getByRole('radio', { name: '200%' })).toBeChecked();
    await expect(
      shell.settingsPanel.getByRole('checkbox', { name: 'Don’t keep my progress on this device' }),
    ).toBeChecked();
    await shell.help.click();
    await expect(shell.helpPanel).toContainText('Offramp keeps no progress on this device');
    await expectNoSidewaysScroll(page, 'help open at 200 %');
  });
});

test.describe('with reduced motion asked for by the system', () => {
  test.use({ reducedMotion: 'reduce' });

  test('reduced motion is on from the start, and the player can turn it off', async ({ page }) => {
    const shell = new ShellPage(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
    await shell.settings.click();
    const reduceMotion = shell.settingsPanel.getByRole('checkbox', { name: 'Reduce motion' });
    await expect(reduceMotion).toBeChecked();
    await reduceMotion.uncheck();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
  });
});

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(
    widths.scroll,
    `${where}: page width ${widths.scroll} > ${widths.client}`,
  ).toBeLessThanOrEqual(widths.client);
}

test('the language switch flips the shell, <html lang> and the help at once, and is kept', async ({
  page,
}) => {
  const shell = new ShellPage(page);
  await page.goto('/');
  await expect(libraryHeading(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shell.help.click();
  await expect(shell.helpPanel).toContainText('Childline');

  await shell.languageSwitch.click();
  const german = new ShellPage(page, DE_SHELL);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(german.help).toBeVisible();
  await expect(german.settings).toBeVisible();
  await expect(german.quickExit).toBeVisible();
  await expect(german.languageSwitch).toHaveAttribute('lang', 'en');
  await expect(german.languageSwitch, 'the focus stays on the switch').toBeFocused();
  await expect(german.helpPanel).toContainText('Nummer gegen Kummer');
  await expect(german.firstVisitNote).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(german.help).toBeVisible();
  await german.languageSwitch.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(shell.help).toBeVisible();
});

test('the top bar is the same on every screen', async ({ page }) => {
  const shell = new ShellPage(page);
  await page.goto('/');
  await expect(libraryHeading(page)).toBeVisible();
  const onLibrary = await shell.topBarLayout();
  expect(onLibrary.map((button) => button.name)).toEqual([
    EN_SHELL.help,
    EN_SHELL.settings,
    EN_SHELL.otherLanguage,
    EN_SHELL.quickExit,
  ]);
  for (const button of onLibrary) {
    expect(button.height, `${button.name} is a large target`).toBeGreaterThanOrEqual(44);
    expect(button.width, `${button.name} is a large target`).toBeGreaterThanOrEqual(44);
  }
  // The other screens: the story's content notes, then the story itself.
  await page.getByRole('main').getByRole('button').first().click();
  await expect(libraryHeading(page)).toHaveCount(0);
  expect(await shell.topBarLayout()).toEqual(onLibrary);
  await page.getByRole('main').getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Story' })).toBeVisible();
  expect(await shell.topBarLayout()).toEqual(onLibrary);
});

for (const language of ['en', 'de'] as const) {
  test.describe(`axe, ${language}`, () => {
    test.use({ locale: language === 'de' ? 'de-DE' : 'en-GB' });

    test(`no violations on the library with help open, then with settings open`, async ({
      page,
    }) => {
      const shell = new ShellPage(page, language === 'de' ? DE_SHELL : EN_SHELL);
      await page.goto('/');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      await shell.help.click();
      await expect(shell.helpPanel.getByRole('link').nth(1)).toBeVisible();
      await expectNoAxeViolations(page, `library with help open (${language})`);
      await shell.settings.click();
      await expect(shell.settingsPanel).toBeVisible();
      await expectNoAxeViolations(page, `library with settings open (${language})`);
    });
  });
}

test('axe: no violations in high contrast, with help and with settings open', async ({ page }) => {
  const shell = new ShellPage(page);
  await page.goto('/');
  await expect(libraryHeading(page)).toBeVisible();
  await shell.settings.click();
  await shell.settingsPanel.getByRole('checkbox', { name: 'High contrast' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expectNoAxeViolations(page, 'library with settings open (high contrast)');
  await shell.help.click();
  await expect(shell.helpPanel.getByRole('link').nth(1)).toBeVisible();
  await expectNoAxeViolations(page, 'library with help open (high contrast)');
});
