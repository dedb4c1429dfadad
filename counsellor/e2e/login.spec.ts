/**
 * The counsellor workspace's sign-in, as a person uses it with the keyboard only; axe on each
 * screen. The account comes from counsellor/e2e/prepareStaff.ts.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo } from '../../game/e2e/fixtures.ts';
import { E2E_COUNSELLOR } from './staffAccount.ts';

const WORKSPACE = '/counsellor/';

const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const offOrigin: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin) offOrigin.push(request.url());
      });
      page.on('console', (message) => {
        // Chromium reports every 4xx answer to fetch as a console error; 401 and 403 are how
        // the staff API says "not signed in", "wrong password" and "setup link refused", which
        // these tests cause on purpose (each test checks what the page shows for them).
        const expected = /Failed to load resource: .* status of 40[13]/.test(message.text());
        if (message.type() === 'error' && !expected) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use();
      expect(offOrigin, 'requests that left the origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

class LoginPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly password: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Sign in' });
    this.name = page.getByLabel('Name');
    this.password = page.getByLabel('Password');
    this.alert = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.goto(WORKSPACE);
    await expect(this.heading).toBeVisible();
  }

  /** Keyboard only: the name field has the focus when the page opens. */
  async signIn(name: string, password: string): Promise<void> {
    await expect(this.name).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    await expect(this.password).toBeFocused();
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
  }
}

const signedInAs = (page: Page) =>
  page.getByText(`Signed in as ${E2E_COUNSELLOR.name} (counsellor)`, { exact: true });

test('a counsellor signs in with the keyboard only, sees who is signed in, and signs out', async ({
  page,
  context,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(E2E_COUNSELLOR.name, E2E_COUNSELLOR.password);

  await expect(signedInAs(page)).toBeVisible();
  await expect(page.getByText(`Players see you as “${E2E_COUNSELLOR.pseudonym}”.`)).toBeVisible();
  await expect(
    page.getByText('You appear as a professional counsellor, for chats in English and German.'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inbox' })).toBeVisible();
  // Other tests' contacts may be waiting at this moment: the title counts them.
  await expect(page).toHaveTitle(/^(?:\(\d+ waiting\) )?Inbox – Offramp counsellor workspace$/);

  // Chromium keeps a __Host- cookie (Secure) from http://127.0.0.1: loopback counts as secure.
  const cookies = await context.cookies();
  expect(
    cookies.map(({ name, httpOnly, sameSite, path, secure }) => ({
      name,
      httpOnly,
      sameSite,
      path,
      secure,
    })),
  ).toEqual([
    { name: '__Host-offramp-session', httpOnly: true, sameSite: 'Strict', path: '/', secure: true },
  ]);
  // Scripts cannot read it.
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // A reload keeps the session.
  await page.reload();
  await expect(signedInAs(page)).toBeVisible();

  const signOut = page.getByRole('button', { name: 'Sign out' });
  await tabTo(page, signOut, 10);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  await expect(login.name).toBeFocused();
  await page.reload();
  await expect(login.heading).toBeVisible();
  await expect(signedInAs(page)).toHaveCount(0);
});

test('signed out elsewhere: the open inbox goes back to the sign-in with a notice', async ({
  page,
  baseURL,
}) => {
  // The server checks open counsellor sockets at its heartbeat, every 30 s by default.
  test.slow();
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(E2E_COUNSELLOR.name, E2E_COUNSELLOR.password);
  await expect(page.getByRole('list', { name: 'Waiting contacts' })).toBeVisible();
  // As another tab would: the same cookie, signed out through the API.
  const logout = await page.request.post('/api/staff/logout', {
    headers: { origin: baseURL ?? '' },
  });
  expect(logout.status()).toBe(204);
  await expect(
    page.getByText('You were signed out because the session ended. Please sign in again.'),
  ).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a wrong password: one clear alert, the focus back on the password field', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(E2E_COUNSELLOR.name, 'not the right password');
  await expect(login.alert).toHaveText('Wrong name or password.');
  await expect(login.password).toBeFocused();
  await expect(login.password).toHaveValue('');
  await expect(login.password).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the sign-in form with an error');
});

test('axe finds nothing on the sign-in page, the signed-in view and the setup form', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await expectNoAxeViolations(page, 'the sign-in page');

  await login.signIn(E2E_COUNSELLOR.name, E2E_COUNSELLOR.password);
  await expect(signedInAs(page)).toBeVisible();
  await expectNoAxeViolations(page, 'the signed-in view');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(login.heading).toBeVisible();

  // A setup link whose token is not the server's: the form shows; sending it is refused.
  await page.goto(`${WORKSPACE}#setup=${'A'.repeat(43)}`);
  await expect(page.getByRole('heading', { name: 'Create the first admin account' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await expectNoAxeViolations(page, 'the setup form');
  await page.getByLabel('Name', { exact: true }).fill('first-admin');
  await page.getByLabel('Password', { exact: true }).fill('tall pines by the quiet lake');
  await page.getByLabel('Password again').fill('tall pines by the quiet lake');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'This setup link is invalid, already used or expired. Restart the server to get a new one, or sign in.',
  );
});

test('in German when the browser prefers German', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'de-DE', baseURL });
  const page = await context.newPage();
  await page.goto(WORKSPACE);
  await expect(page.getByRole('heading', { level: 2, name: 'Anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('Passwort')).toBeVisible();
  await context.close();
});
