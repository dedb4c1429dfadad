/**
 * The chat drawer in the browser, with /api/chat answered by a scripted stand-in for the
 * server (Playwright's routeWebSocket: a double of the network, speaking the real protocol),
 * and GET /api/chat/availability answered "online",
 * so the drawer can be checked whatever state the real chat server is in: it opens beside the
 * game, shows the resume phrase once, sends, shows a reply and typing, minimises with an
 * unread count, deletes after a fair confirmation, and quick exit closes the socket.
 */
import type { Page, WebSocketRoute } from '@playwright/test';
import { PROTOCOL_VERSION, type ClientMessage } from '../../core/protocol/chatProtocol.ts';
import { expectNoAxeViolations, tabTo, useSettings } from './fixtures.ts';
import { EN_SHELL, ShellPage, expect, test } from './shellFixtures.ts';

const CONVERSATION = 'c_0123456789abcdefghjkmnpqrs';
const AT = '2026-11-27T03:00:00.000Z';
const PHRASE = 'maple harbour quiet lantern';
const COUNSELLOR = { pseudonym: 'Robin', kind: 'former-member' } as const;

class ScriptedChatServer {
  socket: WebSocketRoute | undefined;
  readonly received: ClientMessage[] = [];
  closed = false;

  async route(page: Page): Promise<void> {
    // Someone who fits is online, whatever the real server's counsellors are doing now.
    await page.route(/\/api\/chat\/availability\?/, (route) =>
      route.fulfill({
        json: { version: 1, status: 'online', waitingAhead: 0, typicalWaitMinutes: null },
      }),
    );
    await page.routeWebSocket(/\/api\/chat$/, (socket) => {
      this.socket = socket;
      socket.onClose(() => {
        this.closed = true;
      });
      socket.onMessage((raw) => {
        const message = JSON.parse(String(raw)) as ClientMessage;
        this.received.push(message);
        this.answer(message);
      });
    });
  }

  send(message: unknown): void {
    this.socket?.send(JSON.stringify(message));
  }

  private seq = 0;

  private answer(message: ClientMessage): void {
    switch (message.type) {
      case 'hello':
        this.send({
          type: 'welcome',
          protocolVersion: PROTOCOL_VERSION,
          role: 'player',
          limits: { maxFrameBytes: 16384, maxTextChars: 4000 },
        });
        return;
      case 'open':
        this.send({
          type: 'opened',
          requestId: message.requestId,
          conversation: {
            conversationId: CONVERSATION,
            status: 'waiting',
            format: message.format,
            createdAt: AT,
            lastSeq: 0,
          },
          resumePhrase: PHRASE,
        });
        return;
      case 'send':
        this.seq += 1;
        this.send({
          type: 'ack',
          conversationId: CONVERSATION,
          clientMessageId: message.clientMessageId,
          seq: this.seq,
        });
        return;
      case 'delete':
        this.send({ type: 'deleted', conversationId: CONVERSATION });
        return;
      default:
        return;
    }
  }

  reply(text: string): void {
    this.seq += 1;
    this.send({
      type: 'message',
      conversationId: CONVERSATION,
      message: { seq: this.seq, from: 'counsellor', counsellor: COUNSELLOR, text, sentAt: AT },
    });
  }
}

async function startChat(page: Page): Promise<ScriptedChatServer> {
  const server = new ScriptedChatServer();
  await server.route(page);
  await useSettings(page, {});
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  const shell = new ShellPage(page, EN_SHELL);
  await shell.help.click();
  const help = shell.helpPanel;
  await help.getByRole('button', { name: 'Find out about the chat' }).click();
  await help.getByRole('button', { name: 'Yes, I agree' }).click();
  await help.getByRole('checkbox', { name: 'Just talk' }).check();
  await expect(help.getByRole('status')).toContainText(
    'Someone who fits your choices is online now.',
  );
  await help.getByRole('button', { name: 'Start the chat' }).click();
  return server;
}

test('the chat drawer: phrase once, send, reply, typing, minimise with a count, delete', async ({
  page,
}) => {
  // Three axe runs on a shared machine: more time than one screen needs.
  test.slow();
  const server = await startChat(page);
  const drawer = page.getByRole('region', { name: 'Waiting for a counsellor' });
  await expect(drawer).toBeVisible();
  // The help panel steps aside; the game stays on screen beside the drawer.
  await expect(new ShellPage(page).helpPanel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  await expect(drawer.getByRole('heading', { name: 'Waiting for a counsellor' })).toBeFocused();

  const open = server.received.find((message) => message.type === 'open');
  expect(open).toMatchObject({
    consentVersion: '2026-11-27',
    format: 'live',
    entry: { via: 'help-button' },
    preferences: {
      counsellorKind: 'any',
      counsellorGender: 'any',
      language: 'en',
      wishes: ['talk'],
    },
  });
  expect(open && 'sharedStoryPosition' in open).toBe(false);

  await expect(drawer.getByText(PHRASE)).toBeVisible();
  await expect(drawer).toContainText('you can come back from any device');
  await expectNoAxeViolations(page, 'chat drawer with the phrase');
  await drawer.getByRole('button', { name: 'I have written it down' }).click();
  await expect(drawer.getByText(PHRASE)).toHaveCount(0);

  const input = drawer.getByLabel('Your message');
  await expect(input).toBeFocused();
  await page.keyboard.type('Is anyone there?');
  await page.keyboard.press('Enter');
  // The drawer's name follows the conversation; the log is the page's only one.
  const log = page.getByRole('log');
  await expect(log).toHaveAttribute('aria-live', 'polite');
  await expect(log.getByRole('listitem')).toHaveText(['You: Is anyone there?']);

  server.send({ type: 'claimed', conversationId: CONVERSATION, counsellor: COUNSELLOR });
  const joined = page.getByRole('region', { name: 'Chat with Robin (former member)' });
  await expect(joined).toBeVisible();
  server.send({ type: 'typing', conversationId: CONVERSATION, from: 'counsellor', isTyping: true });
  await expect(joined.getByText('Robin is writing…')).toBeVisible();
  server.reply('Hi, I am here.');
  await expect(log.getByRole('listitem')).toHaveText([
    'You: Is anyone there?',
    'Robin: Hi, I am here.',
  ]);
  await expect(joined.getByText('Robin is writing…')).toHaveCount(0);

  await joined.getByRole('button', { name: 'Minimise' }).click();
  const restore = page.getByRole('button', { name: 'Chat', exact: true });
  await expect(restore).toBeFocused();
  server.reply('Take your time.');
  await expect(page.getByRole('button', { name: 'Chat – 1 new message' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(joined).toBeVisible();
  await expectNoAxeViolations(page, 'chat drawer in a conversation');

  await tabTo(page, joined.getByRole('button', { name: 'Delete this conversation now' }));
  await page.keyboard.press('Enter');
  const yes = joined.getByRole('button', { name: 'Yes, delete it' });
  const no = joined.getByRole('button', { name: 'No, keep it' });
  const [yesBox, noBox] = await Promise.all([yes.boundingBox(), no.boundingBox()]);
  expect(Math.round(noBox?.width ?? 0)).toBe(Math.round(yesBox?.width ?? -1));
  expect(Math.round(noBox?.height ?? 0)).toBe(Math.round(yesBox?.height ?? -1));
  await no.click();
  await expect(log.getByRole('listitem')).toHaveCount(3);
  await joined.getByRole('button', { name: 'Delete this conversation now' }).click();
  await joined.getByRole('button', { name: 'Yes, delete it' }).click();
  const ended = page.getByRole('region', { name: 'The chat has ended' });
  await expect(ended.getByRole('status').first()).toHaveText('The conversation is deleted.');
  await expect(ended.getByRole('listitem')).toHaveCount(0);
  expect(server.received.filter((message) => message.type === 'delete')).toEqual([
    { type: 'delete', conversationId: CONVERSATION },
  ]);
  await expect.poll(() => server.closed).toBe(true);
});

test('quick exit closes the chat socket', async ({ page }) => {
  const server = await startChat(page);
  await expect(page.getByRole('region', { name: 'Waiting for a counsellor' })).toBeVisible();
  await page.route('https://www.wikipedia.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
  );
  await new ShellPage(page).quickExit.click();
  await page.waitForURL('https://www.wikipedia.org/');
  expect(server.closed).toBe(true);
});
