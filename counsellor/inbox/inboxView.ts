/**
 * The inbox in the signed-in view: waiting contacts (preferences, wishes, how they came, and
 * their place in the story only if they shared it) with Claim; the counsellor's conversations,
 * each with its messages (a polite live region), the player's typing, a reply form and End;
 * and a notice when the player deleted a conversation. Nothing identifying is ever shown:
 * the server sends nothing of the kind (core/protocol/chatProtocol.ts counsellorCaseViewSchema).
 */
import {
  MAX_TEXT_CHARS,
  PROTOCOL_VERSION,
  type ChatWish,
  type CounsellorCaseView,
} from '../../core/protocol/chatProtocol.ts';
import { el, focusStatic } from '../dom.ts';
import type { Translate } from '../i18n.ts';
import { ChatSocket, type SocketFactory } from '../../core/chat/chatSocket.ts';
import { CounsellorInbox, type CaseState, type InboxState } from './counsellorInbox.ts';
import './inbox.css';

const TYPING_IDLE_MS = 3_000;

/** Literal keys, so the translation check sees every one in use. */
const KIND_KEYS: Record<string, string> = {
  any: 'inbox.kind.any',
  professional: 'inbox.kind.professional',
  'former-member': 'inbox.kind.formerMember',
  survivor: 'inbox.kind.survivor',
};
const GENDER_KEYS: Record<string, string> = {
  any: 'inbox.gender.any',
  female: 'inbox.gender.female',
  male: 'inbox.gender.male',
  diverse: 'inbox.gender.diverse',
};
const WISH_KEYS: Record<ChatWish, string> = {
  talk: 'inbox.wish.talk',
  understand: 'inbox.wish.understand',
  'leave-a-group': 'inbox.wish.leaveAGroup',
  'help-someone-else': 'inbox.wish.helpSomeoneElse',
  'just-curious': 'inbox.wish.justCurious',
};
const CLAIM_FAILED_KEYS: Record<string, string> = {
  'already-claimed': 'inbox.claimFailed.alreadyClaimed',
  ended: 'inbox.claimFailed.ended',
  'not-found': 'inbox.claimFailed.notFound',
};

export interface InboxView {
  destroy(): void;
}

function defaultInboxSocketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/api/chat`;
}

/** Fills the inbox section (keeping its heading) and connects. */
export function mountInbox(
  section: HTMLElement,
  options: {
    t: Translate;
    /** A story's title in the workspace's language (the id when the title is not known). */
    storyTitle?: StoryTitle;
    /** Told how many contacts wait whenever that changes (the page title shows it). */
    onWaitingCount?: (count: number) => void;
    /** The server closed the connection for good (e.g. the session ended with a restart). */
    onClosed?: () => void;
    socketUrl?: string;
    createSocket?: SocketFactory;
  },
): InboxView {
  const { t } = options;
  const storyTitle = options.storyTitle ?? ((id: string) => id);
  const socket = new ChatSocket({
    url: options.socketUrl ?? defaultInboxSocketUrl(),
    hello: { type: 'hello', protocolVersion: PROTOCOL_VERSION, role: 'counsellor' },
    ...(options.createSocket ? { createSocket: options.createSocket } : {}),
  });
  const inbox = new CounsellorInbox({ socket });
  const status = el('p', { class: 'notice inbox-status', role: 'status' });
  // New arrivals are read out without moving the focus from what the counsellor is writing.
  const arrivals = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const waitingHeading = el('h3', { id: 'inbox-waiting-heading' }, t('inbox.waitingHeading'));
  const waitingList = el('ul', { class: 'inbox-list', 'aria-labelledby': 'inbox-waiting-heading' });
  const mineHeading = el('h3', { id: 'inbox-mine-heading' }, t('inbox.mineHeading'));
  const mineList = el('div', { class: 'inbox-cases' });
  const heading = section.querySelector('h2');
  section.replaceChildren(
    ...(heading ? [heading] : []),
    status,
    arrivals,
    el('section', { 'aria-labelledby': 'inbox-waiting-heading' }, waitingHeading, waitingList),
    el('section', { 'aria-labelledby': 'inbox-mine-heading' }, mineHeading, mineList),
  );
  const caseViews = new Map<string, CaseView>();

  let wasClosed = false;
  const draw = (state: InboxState) => {
    status.textContent = statusText(t, state);
    const closed = state.connection === 'closed';
    if (closed && !wasClosed) options.onClosed?.();
    wasClosed = closed;
    drawWaiting(state);
    for (const [id, held] of state.cases) {
      let view = caseViews.get(id);
      if (!view) {
        view = new CaseView(t, storyTitle, inbox, id, () => {
          inbox.dismiss(id);
        });
        caseViews.set(id, view);
        mineList.append(view.element);
      }
      view.draw(held);
    }
    for (const [id, view] of caseViews) {
      if (state.cases.has(id)) continue;
      view.element.remove();
      caseViews.delete(id);
      focusStatic(mineHeading);
    }
    if (state.cases.size === 0 && !mineList.querySelector('.inbox-empty')) {
      mineList.append(el('p', { class: 'inbox-empty' }, t('inbox.mineEmpty')));
    } else if (state.cases.size > 0) {
      mineList.querySelector('.inbox-empty')?.remove();
    }
  };

  let drawnWaiting = '';
  /** undefined until the first whole queue arrived: what was waiting then is not news. */
  let knownWaiting: Set<string> | undefined;
  const drawWaiting = (state: InboxState) => {
    const ids = state.waiting.map((view) => view.conversationId);
    const key = JSON.stringify(ids);
    if (key === drawnWaiting) return;
    const hadFocus = waitingList.contains(document.activeElement);
    drawnWaiting = key;
    if (state.queueReceived && knownWaiting && ids.some((id) => !knownWaiting?.has(id))) {
      arrivals.textContent = t('inbox.arrived', { count: ids.length });
    }
    if (state.queueReceived) knownWaiting = new Set(ids);
    options.onWaitingCount?.(ids.length);
    if (state.waiting.length === 0) {
      waitingList.replaceChildren(el('li', {}, t('inbox.waitingEmpty')));
    } else {
      waitingList.replaceChildren(
        ...state.waiting.map((view, index) =>
          waitingItem(t, storyTitle, view, index + 1, () => inbox.claim(view.conversationId)),
        ),
      );
    }
    if (hadFocus) focusStatic(waitingHeading);
  };

  const stop = inbox.onChange(draw);
  draw(inbox.current);
  inbox.start();
  return {
    destroy() {
      stop();
      for (const view of caseViews.values()) view.destroy();
      inbox.destroy();
    },
  };
}

function statusText(t: Translate, state: InboxState): string {
  if (state.connection === 'outdated') return t('inbox.outdated');
  if (state.claimFailed) {
    return t(CLAIM_FAILED_KEYS[state.claimFailed.reason] ?? 'inbox.claimFailed.notFound');
  }
  if (state.connection === 'closed') return t('inbox.closed');
  if (state.connection !== 'ready') return t('inbox.connecting');
  return '';
}

export type StoryTitle = (storyId: string) => string;

function preferenceLines(
  t: Translate,
  storyTitle: StoryTitle,
  view: CounsellorCaseView,
): HTMLElement {
  const { preferences } = view;
  const wishes = preferences.wishes.map((wish) => t(WISH_KEYS[wish])).join(', ');
  const row = (term: string, description: string) => [
    el('dt', {}, term),
    el('dd', {}, description),
  ];
  return el(
    'dl',
    { class: 'inbox-facts' },
    ...row(
      t('inbox.format'),
      view.format === 'live' ? t('inbox.formatLive') : t('inbox.formatMessage'),
    ),
    ...row(t('inbox.wants'), t(KIND_KEYS[preferences.counsellorKind] ?? 'inbox.kind.any')),
    ...row(
      t('inbox.genderWanted'),
      t(GENDER_KEYS[preferences.counsellorGender] ?? 'inbox.gender.any'),
    ),
    ...row(t('inbox.language'), preferences.language),
    ...row(t('inbox.wishes'), wishes || t('inbox.noWishes')),
    ...row(
      t('inbox.entry'),
      view.entry.via === 'hook'
        ? t('inbox.entryHook', { story: storyTitle(view.entry.storyId) })
        : t('inbox.entryHelp'),
    ),
    ...(view.sharedStoryPosition
      ? row(
          t('inbox.storyPosition'),
          t('inbox.storyPositionValue', {
            story: storyTitle(view.sharedStoryPosition.storyId),
            knot: view.sharedStoryPosition.knot,
          }),
        )
      : []),
  );
}

function waitingItem(
  t: Translate,
  storyTitle: StoryTitle,
  view: CounsellorCaseView,
  number: number,
  onClaim: () => void,
): HTMLElement {
  const headingId = `inbox-waiting-${view.conversationId}`;
  const claim = el('button', { type: 'button', class: 'primary' }, t('inbox.claim'));
  claim.addEventListener('click', () => {
    claim.disabled = true;
    onClaim();
  });
  return el(
    'li',
    { class: 'inbox-item' },
    el(
      'h4',
      { id: headingId },
      t('inbox.contact', { number, since: new Date(view.createdAt).toLocaleString() }),
    ),
    preferenceLines(t, storyTitle, view),
    claim,
  );
}

class CaseView {
  readonly element: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly notice: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly typingLine: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLTextAreaElement;
  private readonly endButton: HTMLButtonElement;
  private readonly dismissButton: HTMLButtonElement;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private factsDrawn = false;
  private readonly facts: HTMLElement;

  constructor(
    private readonly t: Translate,
    private readonly storyTitle: StoryTitle,
    private readonly inbox: CounsellorInbox,
    private readonly conversationId: string,
    onDismiss: () => void,
  ) {
    const headingId = `case-${conversationId}`;
    const inputId = `case-input-${conversationId}`;
    this.heading = el('h4', { id: headingId, tabindex: -1 }, t('inbox.conversation'));
    this.notice = el('p', { class: 'notice', role: 'status' });
    this.facts = el('div');
    this.log = el('ol', { class: 'inbox-log-list' });
    const logRegion = el(
      'div',
      {
        class: 'inbox-log',
        role: 'log',
        'aria-live': 'polite',
        'aria-labelledby': headingId,
        tabindex: 0,
      },
      this.log,
    );
    this.typingLine = el('p', { class: 'inbox-typing', 'aria-live': 'polite' });
    this.input = el('textarea', { id: inputId, rows: 3, maxlength: MAX_TEXT_CHARS });
    this.input.addEventListener('input', () => this.typed());
    this.input.addEventListener('focus', () => this.inbox.markRead(this.conversationId));
    this.form = el(
      'form',
      { class: 'inbox-form' },
      el('label', { for: inputId }, t('inbox.reply')),
      this.input,
      el('button', { type: 'submit', class: 'primary' }, t('inbox.send')),
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.inbox.send(this.conversationId, text);
      this.input.value = '';
      this.stopTyping();
      this.input.focus();
    });
    this.endButton = el('button', { type: 'button', class: 'secondary' }, t('inbox.end'));
    this.endButton.addEventListener('click', () => this.inbox.end(this.conversationId));
    this.dismissButton = el('button', { type: 'button', class: 'secondary' }, t('inbox.dismiss'));
    this.dismissButton.addEventListener('click', onDismiss);
    this.element = el(
      'article',
      { class: 'panel inbox-case', 'aria-labelledby': headingId },
      this.heading,
      this.facts,
      this.notice,
      logRegion,
      this.typingLine,
      this.form,
      el('div', { class: 'inbox-actions' }, this.endButton, this.dismissButton),
    );
  }

  draw(held: CaseState): void {
    const { t } = this;
    if (!this.factsDrawn) {
      this.facts.replaceChildren(preferenceLines(t, this.storyTitle, held.view));
      this.factsDrawn = true;
    }
    this.notice.textContent = held.deletedByPlayer
      ? t('inbox.deletedByPlayer')
      : held.ended
        ? t('inbox.ended')
        : '';
    const present = new Set(
      [...this.log.children].map((item) => (item as HTMLElement).dataset.seq),
    );
    if (held.messages.length === 0) this.log.replaceChildren();
    for (const message of held.messages) {
      if (present.has(String(message.seq))) continue;
      const from = message.from === 'player' ? t('inbox.player') : t('inbox.you');
      const item = el(
        'li',
        { class: message.from === 'player' ? 'inbox-message' : 'inbox-message inbox-message-mine' },
        el('span', { class: 'inbox-from' }, `${from}: `),
        el('span', { class: 'inbox-text' }, message.text),
      );
      item.dataset.seq = String(message.seq);
      this.log.append(item);
    }
    this.typingLine.textContent = held.playerTyping ? t('inbox.playerTyping') : '';
    this.form.hidden = held.ended;
    this.endButton.hidden = held.ended;
    this.dismissButton.hidden = !held.ended;
    if (held.ended && document.activeElement === this.endButton) focusStatic(this.heading);
  }

  destroy(): void {
    this.stopTyping();
  }

  private typed(): void {
    if (this.typingTimer === undefined) this.inbox.typing(this.conversationId, true);
    else clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.typingTimer = undefined;
      this.inbox.typing(this.conversationId, false);
    }, TYPING_IDLE_MS);
  }

  private stopTyping(): void {
    if (this.typingTimer === undefined) return;
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.inbox.typing(this.conversationId, false);
  }
}
