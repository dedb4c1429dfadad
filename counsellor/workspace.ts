/**
 * The workspace's screens and the moves between them: sign in, signed in (with sign out), and
 * the first admin's setup. Each move replaces the page's content, sets the title and puts the
 * focus where a keyboard or screen-reader user expects to continue.
 */
import type { StaffSessionResponse } from '../core/protocol/staffApi.ts';
import { el } from './dom.ts';
import type { Translate } from './i18n.ts';
import { mountInbox, type InboxView, type StoryTitle } from './inbox/inboxView.ts';
import { loadStoryTitles } from './storyTitles.ts';
import type { StaffClient } from './staffClient.ts';
import { loginView } from './views/loginView.ts';
import { setupView } from './views/setupView.ts';
import { signedInView, type SignedInView } from './views/signedInView.ts';

/** Checked a little after the server's idle timeout would end the session. */
const EXPIRY_CHECK_SLACK_MS = 5_000;

export class Workspace {
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  private inbox: InboxView | undefined;
  /** Counts the screens shown, so a late answer never mounts into a screen that is gone. */
  private screen = 0;
  private titles: Promise<StoryTitle> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly t: Translate,
    private readonly client: StaffClient,
    private readonly language: string,
  ) {}

  private storyTitles(): Promise<StoryTitle> {
    return (this.titles ??= loadStoryTitles(this.language));
  }

  showLogin(notice?: string): void {
    this.stopExpiryCheck();
    const view = loginView({
      t: this.t,
      client: this.client,
      ...(notice ? { notice } : {}),
      onSignedIn: (session) => this.showSignedIn(session),
    });
    this.render(this.t('login.title'), view.root);
    view.focus();
  }

  showSignedIn(session: StaffSessionResponse): SignedInView {
    const view = signedInView({
      t: this.t,
      session,
      onSignOut: async () => {
        const done = await this.client.logout();
        if (done) this.showLogin(this.t('login.signedOut'));
        return done;
      },
    });
    this.render(this.t('signedIn.title'), view.root);
    const screen = this.screen;
    // The titles first (one small request), so no contact is drawn with a bare story id.
    void this.storyTitles().then((storyTitle) => {
      if (screen !== this.screen) return;
      this.inbox = mountInbox(view.inbox, {
        t: this.t,
        storyTitle,
        // A counsellor working in another tab sees from the tab's title that someone waits.
        onWaitingCount: (count) => {
          if (screen === this.screen)
            document.title = this.titleOf(this.t('signedIn.title'), count);
        },
        // Sessions live in the server's memory: after a restart the inbox is refused, and the
        // counsellor should see the sign-in again rather than a dead inbox.
        onClosed: () => {
          void this.client.me().then((result) => {
            if (screen !== this.screen) return;
            if (!result.ok && result.code === 'not-signed-in') {
              this.showLogin(this.t('login.sessionEnded'));
            }
          });
        },
      });
    });
    view.focus();
    this.scheduleExpiryCheck(session);
    return view;
  }

  showSetup(token: string): void {
    this.stopExpiryCheck();
    const view = setupView({
      t: this.t,
      client: this.client,
      token,
      onCreated: (session) => this.showSignedIn(session),
      onGoToLogin: () => this.showLogin(),
    });
    this.render(this.t('setup.title'), view.root);
    view.focus();
  }

  /** The server ends idle and old sessions on its own; this shows it instead of a stale page. */
  private scheduleExpiryCheck(session: StaffSessionResponse): void {
    this.stopExpiryCheck();
    const idleEnd = Date.now() + session.session.idleTimeoutSeconds * 1000;
    const absoluteEnd = Date.parse(session.session.expiresAt);
    const delay = Math.max(0, Math.min(idleEnd, absoluteEnd) - Date.now()) + EXPIRY_CHECK_SLACK_MS;
    this.expiryTimer = setTimeout(() => {
      void this.client.me().then((result) => {
        if (result.ok) this.scheduleExpiryCheck(result.session);
        else if (result.code === 'not-signed-in') this.showLogin(this.t('login.sessionEnded'));
      });
    }, delay);
  }

  private stopExpiryCheck(): void {
    if (this.expiryTimer !== undefined) clearTimeout(this.expiryTimer);
    this.expiryTimer = undefined;
  }

  private titleOf(title: string, waiting = 0): string {
    const page = `${title} – ${this.t('title')}`;
    return waiting > 0 ? this.t('signedIn.titleWaiting', { count: waiting, page }) : page;
  }

  private render(title: string, content: HTMLElement): void {
    // Every move leaves the screen that held the inbox: its connection closes with it.
    this.inbox?.destroy();
    this.inbox = undefined;
    this.screen += 1;
    document.title = this.titleOf(title);
    this.root.replaceChildren(el('h1', {}, this.t('heading')), content);
  }
}
