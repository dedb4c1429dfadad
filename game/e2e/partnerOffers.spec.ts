/**
 * "I'd rather meet someone in person" in the help panel, keyboard only, in English and German.
 * The shipped config lists no partners, so these tests answer GET /api/config with the real
 * server's answer plus fictional programmes (the .example domain is reserved: nothing real).
 * The list comes with the config: picking a country sends nothing and stores nothing.
 */
import type { Locator, Page, Request } from '@playwright/test';
import type { PartnerView } from '../../core/protocol/gameConfigApi.ts';
import {
  expect,
  expectNoAxeViolations,
  expectContentFits,
  tabTo,
  test,
  useSettings,
} from './fixtures.ts';
import { DE_SHELL, EN_SHELL, ShellPage } from './shellFixtures.ts';

const HARBOUR: PartnerView = {
  id: 'harbour-exit',
  name: 'Harbour Exit Programme',
  description: 'Meet a counsellor in our harbour office.',
  url: 'https://harbour-exit.example/',
  regions: ['DE'],
  languages: ['de', 'en'],
  offers: ['in-person', 'online'],
};
const ALPINE: PartnerView = {
  id: 'alpine-crossroads',
  name: 'Alpine Crossroads',
  regions: ['AT'],
  languages: ['de'],
  offers: ['phone'],
};
const LANTERN: PartnerView = {
  id: 'lantern-line',
  name: 'Lantern Line Europe',
  description: 'A phone line for all of Europe.',
  url: 'https://lantern-line.example/',
  regions: ['EU'],
  languages: ['en'],
  offers: ['phone'],
};
/** Online only: never in the in-person list. */
const SCREEN_ONLY: PartnerView = {
  id: 'screen-only',
  name: 'Screen Only Service',
  regions: ['DE', 'GB'],
  languages: ['de', 'en'],
  offers: ['online'],
};
const ALL_PARTNERS = [HARBOUR, ALPINE, LANTERN, SCREEN_ONLY];

const TEXTS = {
  en: {
    shell: EN_SHELL,
    library: 'Stories',
    chatStart: 'Find out about the chat',
    chatHeading: 'Chat with a counsellor',
    inPerson: "I'd rather meet someone in person",
    heading: 'Meet someone in person',
    country: 'Your country',
    back: 'Back',
    firstCountry: 'GB',
    europeWide: 'Where: across Europe',
    empty: 'No in-person offers are listed for this country yet.',
    helpline: 'Childline',
    twoForGermany: '2 programmes for Germany, in person or by phone:',
    harbourLanguages: 'Languages: German and English',
    harbourReach: 'How to reach them: in person and online',
    harbourLink: 'harbour-exit.example (leaves Offramp, opens in a new tab)',
  },
  de: {
    shell: DE_SHELL,
    library: 'Geschichten',
    chatStart: 'Mehr über den Chat erfahren',
    chatHeading: 'Mit einer Beraterin oder einem Berater schreiben',
    inPerson: 'Ich würde lieber jemanden persönlich treffen',
    heading: 'Jemanden persönlich treffen',
    country: 'Dein Land',
    back: 'Zurück',
    firstCountry: 'DE',
    europeWide: 'Wo: in ganz Europa',
    empty: 'Für dieses Land sind noch keine Angebote vor Ort eingetragen.',
    helpline: 'Nummer gegen Kummer – Kinder- und Jugendtelefon',
    twoForGermany: '2 Programme für Deutschland, vor Ort oder am Telefon:',
    harbourLanguages: 'Sprachen: Deutsch und Englisch',
    harbourReach: 'So erreichst du sie: persönlich vor Ort und online',
    harbourLink: 'harbour-exit.example (verlässt Offramp, öffnet sich in einem neuen Tab)',
  },
} as const;

type Texts = (typeof TEXTS)[keyof typeof TEXTS];

/** Answers GET /api/config with the real server's answer, `partners` added. */
async function serveConfigWithPartners(page: Page, partners: PartnerView[]): Promise<void> {
  await page.route('**/api/config?**', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    expect(config['partners'], 'the shipped config lists no partners').toEqual([]);
    await route.fulfill({ response, json: { ...config, partners } });
  });
}

/** Every request of the whole context, popups included. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.context().on('request', (request) => requests.push(request));
  return requests;
}

async function openHelpWithKeyboard(page: Page, texts: Texts): Promise<Locator> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: texts.library })).toBeVisible();
  const shell = new ShellPage(page, texts.shell);
  await shell.help.focus();
  await page.keyboard.press('Enter');
  await expect(shell.helpPanel).toBeVisible();
  return shell.helpPanel;
}

async function openInPersonWithKeyboard(page: Page, help: Locator, texts: Texts): Promise<void> {
  await tabTo(page, help.getByRole('button', { name: texts.inPerson }));
  await page.keyboard.press('Enter');
  await expect(help.getByRole('heading', { name: texts.heading })).toBeFocused();
}

/** Picks a country with the arrow keys on the focused select, as a keyboard user does. */
async function pickCountryWithKeyboard(page: Page, select: Locator, code: string): Promise<void> {
  await tabTo(page, select);
  const codes = await select
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const steps = codes.indexOf(code) - codes.indexOf(await select.inputValue());
  expect(codes, `no option ${code}`).toContain(code);
  for (let step = 0; step < Math.abs(steps); step++) {
    await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(select).toHaveValue(code);
}

async function storageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  );
}

test('with the shipped config (no partners) the in-person action is not offered', async ({
  page,
}) => {
  await useSettings(page, {});
  const configAnswers: unknown[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/api/config?')) configAnswers.push(await response.json());
  });
  const help = await openHelpWithKeyboard(page, TEXTS.en);
  await expect(help.getByRole('button', { name: TEXTS.en.chatStart })).toBeVisible();
  await expect(help).toContainText(TEXTS.en.helpline);
  await expect(help.getByRole('button', { name: TEXTS.en.inPerson })).toHaveCount(0);
  expect(configAnswers.length).toBeGreaterThan(0);
  for (const answer of configAnswers) expect(answer).toMatchObject({ partners: [] });
});

test.describe('partner programmes near the player (en)', () => {
  test.use({ locale: 'en-GB' });
  const texts = TEXTS.en;

  test('the first country of the locale, then another, keyboard only; nothing sent or stored', async ({
    page,
    baseURL,
  }) => {
    await useSettings(page, {});
    await serveConfigWithPartners(page, ALL_PARTNERS);
    const requests = recordRequests(page);
    const help = await openHelpWithKeyboard(page, texts);
    await openInPersonWithKeyboard(page, help, texts);

    const select = help.getByRole('combobox', { name: texts.country });
    await expect(select).toHaveValue(texts.firstCountry);
    await expect(select.getByRole('option')).toHaveText([
      'United Kingdom',
      'Ireland',
      'Austria',
      'Germany',
    ]);
    // In the UK only the Europe-wide line; the online-only service is never listed.
    const programmes = help.getByRole('heading', { level: 5 });
    await expect(programmes).toHaveText([LANTERN.name]);
    await expect(help.getByRole('listitem').filter({ hasText: LANTERN.name })).toContainText(
      texts.europeWide,
    );
    await expect(help).not.toContainText(SCREEN_ONLY.name);
    await expectNoAxeViolations(page, 'in-person offers, UK (en)');

    const requestsBefore = requests.length;
    const storedBefore = await storageSnapshot(page);
    await pickCountryWithKeyboard(page, select, 'DE');
    await expect(help.getByRole('status').filter({ hasText: texts.twoForGermany })).toBeVisible();
    await expect(programmes).toHaveText([HARBOUR.name, LANTERN.name]);
    await expect(select).toBeFocused();
    const harbour = help.getByRole('listitem').filter({ hasText: HARBOUR.name });
    await expect(harbour).toContainText(texts.harbourLanguages);
    await expect(harbour).toContainText(texts.harbourReach);
    const link = harbour.getByRole('link', { name: texts.harbourLink });
    await expect(link).toHaveAttribute('href', 'https://harbour-exit.example/');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    await pickCountryWithKeyboard(page, select, 'AT');
    await expect(programmes).toHaveText([ALPINE.name, LANTERN.name]);
    await expectNoAxeViolations(page, 'in-person offers, Austria (en)');
    expect(requests.slice(requestsBefore).map((request) => request.url())).toEqual([]);
    expect(await storageSnapshot(page)).toBe(storedBefore);

    // Back to the offer: the chat is still there.
    await tabTo(page, help.getByRole('button', { name: texts.back, exact: true }));
    await page.keyboard.press('Enter');
    await expect(help.getByRole('heading', { name: texts.chatHeading })).toBeFocused();
    await expect(help.getByRole('button', { name: texts.chatStart })).toBeVisible();
    await expect(help.getByRole('button', { name: texts.inPerson })).toBeVisible();

    const origin = new URL(baseURL ?? '').origin;
    const elsewhere = requests
      .map((request) => request.url())
      .filter((url) => {
        const parsed = new URL(url);
        return !['data:', 'blob:'].includes(parsed.protocol) && parsed.origin !== origin;
      });
    expect(elsewhere, 'requests that left the origin').toEqual([]);
  });

  test('says so honestly when nothing is near, and the helplines stay', async ({ page }) => {
    await useSettings(page, {});
    await serveConfigWithPartners(page, [HARBOUR, SCREEN_ONLY]);
    const help = await openHelpWithKeyboard(page, texts);
    await openInPersonWithKeyboard(page, help, texts);

    const select = help.getByRole('combobox', { name: texts.country });
    await expect(select).toHaveValue('GB');
    await expect(help.getByRole('status').filter({ hasText: texts.empty })).toBeVisible();
    await expect(help.getByRole('heading', { level: 5 })).toHaveCount(0);
    await expect(help.getByRole('heading', { name: texts.helpline, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'in-person offers, nothing near (en)');

    await pickCountryWithKeyboard(page, select, 'DE');
    await expect(help.getByRole('heading', { level: 5 })).toHaveText(HARBOUR.name);
    await expect(help).not.toContainText(texts.empty);
  });

  test('an online-only partner does not bring the action', async ({ page }) => {
    await useSettings(page, {});
    await serveConfigWithPartners(page, [SCREEN_ONLY]);
    const help = await openHelpWithKeyboard(page, texts);
    await expect(help.getByRole('button', { name: texts.chatStart })).toBeVisible();
    await expect(help.getByRole('button', { name: texts.inPerson })).toHaveCount(0);
  });
});

test.describe('partner programmes near the player (de)', () => {
  test.use({ locale: 'de-DE' });
  const texts = TEXTS.de;

  test('Deutschland first, then Österreich, keyboard only, in German', async ({ page }) => {
    await useSettings(page, {});
    await serveConfigWithPartners(page, ALL_PARTNERS);
    const help = await openHelpWithKeyboard(page, texts);
    await openInPersonWithKeyboard(page, help, texts);

    const select = help.getByRole('combobox', { name: texts.country });
    await expect(select).toHaveValue(texts.firstCountry);
    await expect(select.getByRole('option')).toHaveText(['Deutschland', 'Österreich', 'Schweiz']);
    await expect(help.getByRole('status').filter({ hasText: texts.twoForGermany })).toBeVisible();
    const programmes = help.getByRole('heading', { level: 5 });
    await expect(programmes).toHaveText([HARBOUR.name, LANTERN.name]);
    const harbour = help.getByRole('listitem').filter({ hasText: HARBOUR.name });
    await expect(harbour).toContainText(texts.harbourLanguages);
    await expect(harbour).toContainText(texts.harbourReach);
    await expect(harbour.getByRole('link', { name: texts.harbourLink })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    await expect(help.getByRole('listitem').filter({ hasText: LANTERN.name })).toContainText(
      texts.europeWide,
    );
    await expectNoAxeViolations(page, 'in-person offers, Deutschland (de)');

    await pickCountryWithKeyboard(page, select, 'AT');
    await expect(programmes).toHaveText([ALPINE.name, LANTERN.name]);

    await pickCountryWithKeyboard(page, select, 'CH');
    await expect(programmes).toHaveText([LANTERN.name]);

    await tabTo(page, help.getByRole('button', { name: texts.back, exact: true }));
    await page.keyboard.press('Enter');
    await expect(help.getByRole('heading', { name: texts.chatHeading })).toBeFocused();
  });

  test('the empty state in German', async ({ page }) => {
    await useSettings(page, {});
    await serveConfigWithPartners(page, [ALPINE]);
    const help = await openHelpWithKeyboard(page, texts);
    await openInPersonWithKeyboard(page, help, texts);
    await expect(help.getByRole('status').filter({ hasText: texts.empty })).toBeVisible();
    await expect(help.getByRole('heading', { name: texts.helpline, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'in-person offers, nothing near (de)');
  });
});

test('at 200 % text on a narrow screen the list does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await useSettings(page, { textScale: 2 });
  await serveConfigWithPartners(page, ALL_PARTNERS);
  const help = await openHelpWithKeyboard(page, TEXTS.en);
  await openInPersonWithKeyboard(page, help, TEXTS.en);
  await pickCountryWithKeyboard(page, help.getByRole('combobox', { name: TEXTS.en.country }), 'DE');
  await expect(help.getByRole('heading', { level: 5 })).toHaveText([HARBOUR.name, LANTERN.name]);
  await expectContentFits(help, 'the help panel scrolls sideways');
});
