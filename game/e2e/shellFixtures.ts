/**
 * Page objects for the shell around the story (top bar, help, settings, first-visit note) and
 * the sites a quick exit leaves for. Those sites are answered here by tiny local pages, so
 * nothing leaves the machine; every other request must stay on the game's origin.
 */
import { expect, type Locator, type Page, type Request, type Route } from '@playwright/test';
import { testGuardingOrigin } from './fixtures.ts';

/** The neutral site of ethics.config.json, also the game's built-in fallback. */
export const NEUTRAL_URL = 'https://www.wikipedia.org/';
/** A site the player was on before the game: where Back should lead after a quick exit. */
export const PREVIOUS_SITE_URL = 'https://previous-site.offramp.test/';
/** Another neutral site, for a config that names its own. */
export const CONFIGURED_URL = 'https://configured-neutral.offramp.test/';

const OUTSIDE_SITES = [NEUTRAL_URL, PREVIOUS_SITE_URL, CONFIGURED_URL];

export const EN_SHELL = {
  help: 'Help',
  settings: 'Settings',
  quickExit: 'Quick exit',
  otherLanguage: 'Deutsch',
  skip: 'Skip to content',
  note: 'Before you start: quick exit',
  dismissNote: 'Got it',
  close: 'Close',
} as const;

export const DE_SHELL = {
  help: 'Hilfe',
  settings: 'Einstellungen',
  quickExit: 'Schnell raus',
  otherLanguage: 'English',
  skip: 'Zum Inhalt springen',
  note: 'Bevor du anfängst: Schnell raus',
  dismissNote: 'Verstanden',
  close: 'Schließen',
} as const;

export type ShellNames = typeof EN_SHELL | typeof DE_SHELL;

export class ShellPage {
  readonly banner: Locator;
  readonly help: Locator;
  readonly settings: Locator;
  readonly quickExit: Locator;
  readonly languageSwitch: Locator;
  readonly skipLink: Locator;
  readonly helpPanel: Locator;
  readonly settingsPanel: Locator;
  readonly firstVisitNote: Locator;
  readonly curtain: Locator;

  constructor(
    readonly page: Page,
    readonly names: ShellNames = EN_SHELL,
  ) {
    this.banner = page.getByRole('banner');
    this.help = this.banner.getByRole('button', { name: names.help, exact: true });
    this.settings = this.banner.getByRole('button', { name: names.settings, exact: true });
    this.quickExit = this.banner.getByRole('button', { name: names.quickExit, exact: true });
    this.languageSwitch = this.banner.getByRole('button', { name: names.otherLanguage });
    this.skipLink = this.banner.getByRole('link', { name: names.skip });
    this.helpPanel = page.getByRole('dialog', { name: names.help });
    this.settingsPanel = page.getByRole('dialog', { name: names.settings });
    this.firstVisitNote = page.getByRole('complementary', { name: names.note });
    this.curtain = page.locator('#quick-exit-curtain');
  }

  /** The top bar as a person meets it: its buttons' names, places and sizes. */
  async topBarLayout(): Promise<
    { name: string; x: number; y: number; width: number; height: number }[]
  > {
    return this.banner.getByRole('button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        return {
          name: button.textContent ?? '',
          x: Math.round(box.x),
          y: Math.round(box.y),
          width: Math.round(box.width),
          height: Math.round(box.height),
        };
      }),
    );
  }
}

/** What the page showed when quick exit blanked it, reported from inside the page. */
export interface LeavingScreen {
  /** `blanked`: in the task that triggered the exit; `painted`: once a frame was drawn. */
  moment: 'blanked' | 'painted';
  curtain: { coversTheWindow: boolean; background: string };
  /** The game's elements still in the document (none expected). */
  gameElements: number;
  title: string;
  sessionItems: number;
  localKeys: string[];
}

/**
 * Reports the screen the moment the quick-exit curtain goes up, and again after the next
 * frame. The report is made by the page itself: once the page is leaving, Playwright's own
 * queries wait for the navigation to finish, which is just what must not happen first.
 */
export async function watchQuickExitScreen(page: Page): Promise<LeavingScreen[]> {
  const reports: LeavingScreen[] = [];
  await page.exposeBinding('reportQuickExitScreen', (_source, report: LeavingScreen) => {
    reports.push(report);
  });
  await page.addInitScript(() => {
    const report = (moment: string) => {
      const curtain = document.getElementById('quick-exit-curtain');
      if (!curtain) return;
      const box = curtain.getBoundingClientRect();
      const bindings = window as unknown as { reportQuickExitScreen(report: unknown): void };
      bindings.reportQuickExitScreen({
        moment,
        curtain: {
          coversTheWindow: box.width >= innerWidth && box.height >= innerHeight,
          background: getComputedStyle(curtain).backgroundColor,
        },
        gameElements: document.querySelectorAll('header, main, dialog, aside, #art').length,
        title: document.title,
        sessionItems: sessionStorage.length,
        localKeys: Object.keys(localStorage).sort(),
      });
    };
    new MutationObserver((_records, observer) => {
      if (!document.getElementById('quick-exit-curtain')) return;
      observer.disconnect();
      report('blanked');
      requestAnimationFrame(() => requestAnimationFrame(() => report('painted')));
    }).observe(document, { childList: true, subtree: true });
  });
  return reports;
}

/** Answers requests for `url` with a tiny page, holding each answer until `release()`. */
export class HeldSite {
  private releaseAll: () => void = () => {};
  private readonly released = new Promise<void>((resolve) => (this.releaseAll = resolve));
  readonly requested: string[] = [];

  constructor(
    readonly url: string,
    private readonly hold: boolean,
  ) {}

  async route(page: Page): Promise<void> {
    await page.route(`${this.url}**`, async (route: Route) => {
      this.requested.push(route.request().url());
      if (this.hold) await this.released;
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Neutral</title><p>A neutral page.</p>',
      });
    });
  }

  release(): void {
    this.releaseAll();
  }
}

/** The deliberate navigations: a quick exit, and the site a test came from. */
const toOutsideSite = (request: Request) =>
  request.isNavigationRequest() && OUTSIDE_SITES.some((site) => request.url().startsWith(site));

export const test = testGuardingOrigin(toOutsideSite);

export { expect };
