/**
 * The chat drawer: a region beside the game (never a modal), so the story stays visible and
 * playable. It can be minimised to a small button that counts new messages. New messages are
 * announced politely through the log's live region; the focus only moves when the player asks
 * for something (opening, minimising, confirming a delete).
 */
import type { Translate } from '../i18n/translator.ts';
import { equalButtons } from '../ui/equalButtons.ts';
import { el, focusStatic } from '../ui/dom.ts';
import type { AvailabilityQuery } from '../../core/protocol/chatAvailabilityApi.ts';
import type { FetchAvailability } from './chatAvailability.ts';
import { counsellorName, liveWaitLine, panelTitle, statusLine } from './chatViewModel.ts';
import type { PlayerChat, PlayerChatState } from './playerChat.ts';
import { MAX_TEXT_CHARS } from '../../core/protocol/chatProtocol.ts';
import './chat.css';

/** The player counts as typing for this long after the last key press. */
const TYPING_IDLE_MS = 3_000;
/** How often a waiting live request asks again whether someone who fits is online. */
const LIVE_WAIT_CHECK_MS = 30_000;

export interface ChatPanelDeps {
  t: Translate;
  chat: PlayerChat;
  html: HTMLElement;
  /** The player closed the drawer after the conversation ended or was deleted. */
  onClosed(): void;
  /** For a live request the player just made: keeps them told whether anyone who fits is there. */
  liveWait?: { fetchAvailability: FetchAvailability; query: AvailabilityQuery };
}

export class ChatPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly status: HTMLElement;
  private readonly liveWaitNote: HTMLElement;
  private liveWaitTimer: ReturnType<typeof setInterval> | undefined;
  private readonly phraseBox: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly logRegion: HTMLElement;
  private readonly typingLine: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLTextAreaElement;
  private readonly actions: HTMLElement;
  private readonly confirmBox: HTMLElement;
  private readonly restoreButton: HTMLButtonElement;
  private readonly body: HTMLElement;
  private readonly unsubscribe: () => void;
  private minimised = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private shownPhrase: string | undefined;
  private drawnMessages = '';
  private readonly minimiseButton: HTMLButtonElement;
  private readonly messageLabel: HTMLLabelElement;
  private readonly sendButton: HTMLButtonElement;

  constructor(private readonly deps: ChatPanelDeps) {
    const { t } = deps;
    this.heading = el('h2', { id: 'chat-panel-title', class: 'chat-panel-title', tabindex: -1 });
    const minimise = el(
      'button',
      { type: 'button', class: 'button-quiet' },
      t('chat.panel.minimise'),
    );
    minimise.addEventListener('click', () => this.minimise());
    this.minimiseButton = minimise;
    this.status = el('p', { class: 'chat-status', role: 'status' });
    // Polite, and only changed when the answer changes: no announcement every half minute.
    this.liveWaitNote = el('p', { class: 'chat-live-wait', 'aria-live': 'polite', hidden: true });
    this.phraseBox = el('div', { class: 'chat-phrase', hidden: true });
    this.log = el('ol', { class: 'chat-log-list' });
    this.logRegion = el(
      'div',
      {
        class: 'chat-log',
        role: 'log',
        'aria-live': 'polite',
        'aria-labelledby': 'chat-panel-title',
        tabindex: 0,
      },
      this.log,
    );
    this.typingLine = el('p', { class: 'chat-typing', 'aria-live': 'polite' });
    this.input = el('textarea', {
      id: 'chat-message-input',
      class: 'chat-input',
      rows: 3,
      maxlength: MAX_TEXT_CHARS,
    });
    this.input.addEventListener('input', () => this.typed());
    this.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter makes a new line, as in most chats.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.form.requestSubmit();
      }
    });
    this.messageLabel = el('label', { for: 'chat-message-input' }, t('chat.panel.messageLabel'));
    this.sendButton = el(
      'button',
      { type: 'submit', class: 'button-primary' },
      t('chat.panel.send'),
    );
    this.form = el('form', { class: 'chat-form' }, this.messageLabel, this.input, this.sendButton);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.actions = el('div', { class: 'chat-actions' });
    this.confirmBox = el('div', { class: 'chat-confirm', hidden: true });
    this.body = el(
      'div',
      { class: 'chat-panel-body' },
      this.status,
      this.liveWaitNote,
      this.phraseBox,
      this.logRegion,
      this.typingLine,
      this.form,
      this.actions,
      this.confirmBox,
    );
    this.restoreButton = el('button', {
      type: 'button',
      class: 'chat-restore button-primary',
      hidden: true,
    });
    this.restoreButton.addEventListener('click', () => this.restore());
    this.element = el(
      'section',
      { class: 'chat-panel', 'aria-labelledby': 'chat-panel-title' },
      el('div', { class: 'chat-panel-header' }, this.heading, minimise),
      this.body,
    );
    this.element.addEventListener('keydown', (event) => {
      // The story's number keys must not pick a choice while the player writes.
      event.stopPropagation();
    });
    this.unsubscribe = deps.chat.onChange((state) => this.draw(state));
    this.draw(deps.chat.current);
  }

  /** Both the drawer and its minimised button, to be placed in the page. */
  get elements(): HTMLElement[] {
    return [this.element, this.restoreButton];
  }

  show(): void {
    this.minimised = false;
    this.element.hidden = false;
    this.restoreButton.hidden = true;
    this.deps.html.setAttribute('data-chat-open', '');
    this.deps.chat.markRead();
    focusStatic(this.heading);
  }

  minimise(): void {
    this.minimised = true;
    this.element.hidden = true;
    this.restoreButton.hidden = false;
    this.deps.html.removeAttribute('data-chat-open');
    this.drawRestore(this.deps.chat.current);
    this.restoreButton.focus();
  }

  restore(): void {
    this.show();
  }

  /** The UI language changed: labels follow (messages already shown keep their wording). */
  refreshTexts(): void {
    const { t } = this.deps;
    this.minimiseButton.textContent = t('chat.panel.minimise');
    this.messageLabel.textContent = t('chat.panel.messageLabel');
    this.sendButton.textContent = t('chat.panel.send');
    if (!this.phraseBox.contains(document.activeElement)) this.shownPhrase = undefined;
    // Asked again at once, so the note speaks the new language too.
    this.stopLiveWait();
    this.draw(this.deps.chat.current);
  }

  destroy(): void {
    this.unsubscribe();
    this.stopLiveWait();
    if (this.typingTimer !== undefined) clearTimeout(this.typingTimer);
    this.deps.html.removeAttribute('data-chat-open');
    for (const element of this.elements) element.remove();
  }

  private typed(): void {
    if (this.typingTimer === undefined) this.deps.chat.typing(true);
    else clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.typingTimer = undefined;
      this.deps.chat.typing(false);
    }, TYPING_IDLE_MS);
  }

  private submit(): void {
    const text = this.input.value.trim();
    if (!text) return;
    this.deps.chat.send(text);
    this.input.value = '';
    if (this.typingTimer !== undefined) {
      clearTimeout(this.typingTimer);
      this.typingTimer = undefined;
      this.deps.chat.typing(false);
    }
    this.input.focus();
  }

  private draw(state: PlayerChatState): void {
    const { t } = this.deps;
    this.heading.textContent = panelTitle(t, state);
    this.status.textContent = statusLine(t, state);
    this.followLiveWait(state);
    this.drawPhrase(state);
    this.drawLog(state);
    this.typingLine.textContent = state.counsellorTyping
      ? t('chat.panel.typing', { name: counsellorName(t, state) })
      : '';
    const open = state.phase === 'waiting' || state.phase === 'active';
    this.form.hidden = !open;
    this.drawActions(state);
    if (this.minimised) this.drawRestore(state);
    else if (state.unread > 0 && !this.element.hidden && document.hasFocus()) {
      this.deps.chat.markRead();
    }
  }

  /** Asks again every half minute while a live request waits for someone; stops after. */
  private followLiveWait(state: PlayerChatState): void {
    const liveWait = this.deps.liveWait;
    const waiting =
      liveWait !== undefined &&
      state.phase === 'waiting' &&
      !state.counsellor &&
      state.conversation?.format === 'live';
    if (!waiting) {
      this.stopLiveWait();
      return;
    }
    if (this.liveWaitTimer !== undefined) return;
    const check = () => {
      liveWait.fetchAvailability(liveWait.query).then(
        (answer) => {
          if (this.liveWaitTimer === undefined) return;
          const line = liveWaitLine(this.deps.t, answer);
          if (this.liveWaitNote.textContent !== line) this.liveWaitNote.textContent = line;
          this.liveWaitNote.hidden = false;
        },
        // Not knowing is said nowhere: the waiting text above stays true either way.
        (error: unknown) => console.warn('Who is online could not be checked.', error),
      );
    };
    this.liveWaitTimer = setInterval(check, LIVE_WAIT_CHECK_MS);
    check();
  }

  private stopLiveWait(): void {
    if (this.liveWaitTimer !== undefined) clearInterval(this.liveWaitTimer);
    this.liveWaitTimer = undefined;
    this.liveWaitNote.hidden = true;
    this.liveWaitNote.textContent = '';
  }

  private drawRestore(state: PlayerChatState): void {
    const { t } = this.deps;
    this.restoreButton.textContent =
      state.unread > 0
        ? t('chat.panel.restoreUnread', { count: state.unread })
        : t('chat.panel.restore');
  }

  private drawPhrase(state: PlayerChatState): void {
    const phrase = state.resumePhraseToShow;
    if (phrase === this.shownPhrase) return;
    this.shownPhrase = phrase;
    if (!phrase) {
      this.phraseBox.hidden = true;
      this.phraseBox.replaceChildren();
      return;
    }
    const { t } = this.deps;
    const copyStatus = el('p', { role: 'status', class: 'chat-copy-status' });
    const copy = el('button', { type: 'button', class: 'button-quiet' }, t('chat.phrase.copy'));
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(phrase).then(
        () => (copyStatus.textContent = t('chat.phrase.copied')),
        () => (copyStatus.textContent = t('chat.phrase.copyFailed')),
      );
    });
    const done = el('button', { type: 'button', class: 'button-quiet' }, t('chat.phrase.done'));
    done.addEventListener('click', () => {
      this.deps.chat.forgetResumePhrase();
      this.input.focus();
    });
    this.phraseBox.replaceChildren(
      el('h3', { id: 'chat-phrase-heading' }, t('chat.phrase.heading')),
      el('p', { class: 'chat-phrase-words', lang: 'en' }, phrase),
      el('p', {}, t('chat.phrase.explain')),
      el('div', { class: 'button-row' }, copy, done),
      copyStatus,
    );
    this.phraseBox.hidden = false;
  }

  private drawLog(state: PlayerChatState): void {
    const { t } = this.deps;
    const key = JSON.stringify([state.messages.map((m) => m.seq), state.pending.length]);
    if (key === this.drawnMessages) return;
    this.drawnMessages = key;
    // Only new items are appended, so the live region announces only what is new.
    const present = new Set(
      [...this.log.children].map((item) => (item as HTMLElement).dataset.key ?? ''),
    );
    const wanted = [
      ...state.messages.map((message) => ({
        key: `seq-${message.seq}`,
        from: message.from === 'player' ? t('chat.panel.you') : counsellorName(t, state),
        mine: message.from === 'player',
        text: message.text,
      })),
      ...state.pending.map((pending) => ({
        key: `pending-${pending.clientMessageId}`,
        from: `${t('chat.panel.you')} (${t('chat.panel.sending')})`,
        mine: true,
        text: pending.text,
      })),
    ];
    const wantedKeys = new Set(wanted.map((item) => item.key));
    for (const item of [...this.log.children] as HTMLElement[]) {
      if (!wantedKeys.has(item.dataset.key ?? '')) item.remove();
    }
    for (const item of wanted) {
      if (present.has(item.key)) continue;
      const entry = el(
        'li',
        { class: item.mine ? 'chat-message chat-message-mine' : 'chat-message' },
        el('span', { class: 'chat-message-from' }, `${item.from}: `),
        el('span', { class: 'chat-message-text' }, item.text),
      );
      entry.dataset.key = item.key;
      this.log.append(entry);
    }
    // Pending entries sit after the stored ones; keep the list in that order.
    for (const item of wanted) {
      const entry = [...this.log.children].find(
        (child) => (child as HTMLElement).dataset.key === item.key,
      );
      if (entry) this.log.append(entry);
    }
    this.logRegion.scrollTop = this.logRegion.scrollHeight;
  }

  private drawActions(state: PlayerChatState): void {
    const { t } = this.deps;
    const buttons: HTMLElement[] = [];
    if (state.phase === 'waiting' || state.phase === 'active') {
      const end = el('button', { type: 'button', class: 'button-quiet' }, t('chat.panel.end'));
      end.addEventListener('click', () => this.deps.chat.end());
      buttons.push(end);
    }
    if (state.conversation) {
      const remove = el(
        'button',
        { type: 'button', class: 'button-quiet' },
        t('chat.panel.delete'),
      );
      remove.addEventListener('click', () => this.askDelete());
      buttons.push(remove);
    }
    if (state.phase === 'ended' || state.phase === 'deleted') {
      const close = el('button', { type: 'button', class: 'button-quiet' }, t('chat.panel.close'));
      close.addEventListener('click', () => this.deps.onClosed());
      buttons.push(close);
    }
    const focused = this.actions.contains(document.activeElement)
      ? (document.activeElement?.textContent ?? undefined)
      : undefined;
    this.actions.replaceChildren(...buttons);
    if (focused) {
      const same = buttons.find((button) => button.textContent === focused);
      (same ?? this.heading).focus();
    }
    if (!state.conversation) this.confirmBox.hidden = true;
  }

  private askDelete(): void {
    const { t } = this.deps;
    const question = el(
      'p',
      { id: 'chat-delete-question', tabindex: -1 },
      t('chat.panel.deleteConfirm'),
    );
    this.confirmBox.replaceChildren(
      question,
      equalButtons(
        {
          label: t('chat.panel.deleteYes'),
          onClick: () => {
            this.confirmBox.hidden = true;
            this.deps.chat.deleteConversation();
            focusStatic(this.heading);
          },
        },
        {
          label: t('chat.panel.deleteNo'),
          onClick: () => {
            this.confirmBox.hidden = true;
            focusStatic(this.heading);
          },
        },
      ),
    );
    this.confirmBox.hidden = false;
    focusStatic(question);
  }
}
