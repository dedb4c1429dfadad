/**
 * The chat's part of the help panel: the offer, the plain explanation with an explicit
 * consent or an equally prominent "No thanks", the preferences, and "I have a phrase" to come
 * back. Nothing is sent before the player agrees, and a "No thanks" is never sent at all.
 * Once a chat starts it lives in its own drawer (ChatPanel) beside the game.
 *
 * The flow keeps its step across the help panel's redraws (language switch, config loaded):
 * the shell calls `render` with the panel's container every time it draws.
 */
import { PROTOCOL_VERSION } from '../../core/protocol/chatProtocol.ts';
import type { HelpEntry } from '../../core/ethics/storyReview.ts';
import type { GameConfigResponse } from '../../core/protocol/gameConfigApi.ts';
import type { Translate } from '../i18n/translator.ts';
import { registerQuickExitCleanup } from '../shell/quickExit.ts';
import { safeSessionStorage } from '../shell/settings.ts';
import { el, focusStatic } from '../ui/dom.ts';
import { equalButtons } from '../ui/equalButtons.ts';
import { ChatPanel, type ChatPanelDeps } from './chatPanel.ts';
import { ChatSocket, type SocketFactory } from '../../core/chat/chatSocket.ts';
import {
  guestToken,
  matchedPreferences,
  openRequestFrom,
  type PreferenceChoices,
  type StoryPlaceView,
} from './chatViewModel.ts';
import { PlayerChat } from './playerChat.ts';
import {
  AVAILABILITY_NOTICE_ID,
  AvailabilityNotice,
  createAvailabilityFetcher,
  type FetchAvailability,
} from './chatAvailability.ts';
import { hasPersonalOffers } from '../../core/ethics/partnerOffers.ts';
import { PartnerOffersStep } from './partnerOffers.ts';

/** The EU-wide emergency number, as the help panel shows it. */
const EMERGENCY_NUMBER = '112';

export interface ChatFlowDeps {
  t: Translate;
  language(): string;
  html: HTMLElement;
  /** Where the chat drawer and its minimised button are placed. */
  drawerHost: HTMLElement;
  /** The player's place in the story, when the game knows it (for the separate opt-in). */
  storyPlace?: (() => StoryPlaceView | undefined) | undefined;
  /** The drawer opened: the help panel steps aside so the game is visible. */
  onChatShown(): void;
  socketUrl?: string;
  createSocket?: SocketFactory;
  /** GET /api/chat/availability when not given. */
  fetchAvailability?: FetchAvailability;
}

/** The choices a counsellor is matched on: changing one asks who is online again. */
const MATCHED_ON: ReadonlySet<keyof PreferenceChoices> = new Set([
  'counsellorKind',
  'counsellorGender',
  'language',
]);

export interface ChatFlowContext {
  config: GameConfigResponse | undefined;
  entry: HelpEntry;
}

type Step = 'offer' | 'explain' | 'preferences' | 'resume' | 'inPerson';

type ResumeNotice = 'empty' | 'unknown' | undefined;

interface RunningChat {
  chat: PlayerChat;
  panel: ChatPanel;
  stopCleanup: () => void;
}

const defaultChoices = (language: string): PreferenceChoices => ({
  counsellorKind: 'any',
  counsellorGender: 'any',
  language,
  wishes: [],
  format: 'live',
  sharePosition: false,
});

export class ChatFlow {
  private step: Step = 'offer';
  private readonly partnerOffers = new PartnerOffersStep();
  private declined = false;
  private choices: PreferenceChoices;
  private resumeNotice: ResumeNotice;
  private availabilityNotice: AvailabilityNotice | undefined;
  private availabilityFetcher: FetchAvailability | undefined;
  private running: RunningChat | undefined;
  private container: HTMLElement | undefined;
  private context: ChatFlowContext | undefined;
  private focusOnDraw = false;
  private drawnLanguage: string;

  constructor(private readonly deps: ChatFlowDeps) {
    this.drawnLanguage = deps.language();
    this.choices = defaultChoices(this.drawnLanguage);
  }

  render(container: HTMLElement, context: ChatFlowContext): void {
    this.container = container;
    this.context = context;
    const language = this.deps.language();
    if (language !== this.drawnLanguage) {
      this.drawnLanguage = language;
      this.running?.panel.refreshTexts();
    }
    this.draw();
  }

  private move(step: Step): void {
    this.step = step;
    this.focusOnDraw = true;
    this.draw();
  }

  private draw(): void {
    const container = this.container;
    if (!container) return;
    const { t } = this.deps;
    const heading = el('h3', { tabindex: -1 }, t('chat.heading'));
    const parts = this.running ? this.openChatPart() : this.stepPart();
    container.replaceChildren(heading, ...parts);
    if (this.focusOnDraw) {
      this.focusOnDraw = false;
      const target = container.querySelector<HTMLElement>('[data-step-focus]') ?? heading;
      focusStatic(target);
    }
  }

  private openChatPart(): HTMLElement[] {
    const { t } = this.deps;
    const show = el('button', { type: 'button', class: 'button-quiet' }, t('chat.showChat'));
    show.addEventListener('click', () => {
      this.running?.panel.show();
      this.deps.onChatShown();
    });
    return [el('p', {}, t('chat.alreadyOpen')), show];
  }

  private stepPart(): HTMLElement[] {
    const config = this.context?.config;
    if (this.step !== 'offer' && !config) {
      return [el('p', { role: 'status' }, this.deps.t('chat.needsConfig'))];
    }
    switch (this.step) {
      case 'offer':
        return this.offerPart();
      case 'explain':
        return config ? this.explainPart(config) : [];
      case 'preferences':
        return config ? this.preferencesPart(config) : [];
      case 'resume':
        return this.resumePart();
      case 'inPerson':
        return config ? this.inPersonPart(config) : [];
    }
  }

  private offerPart(): HTMLElement[] {
    const { t } = this.deps;
    const start = el('button', { type: 'button', class: 'button-primary' }, t('chat.start'));
    start.addEventListener('click', () => {
      this.declined = false;
      this.move('explain');
    });
    const phrase = el('button', { type: 'button', class: 'button-quiet' }, t('chat.havePhrase'));
    phrase.addEventListener('click', () => {
      this.declined = false;
      this.resumeNotice = undefined;
      this.move('resume');
    });
    const partners = this.context?.config?.partners ?? [];
    const inPerson = hasPersonalOffers(partners)
      ? el('button', { type: 'button', class: 'chat-in-person-offer' }, t('chat.inPerson.offer'))
      : null;
    inPerson?.addEventListener('click', () => {
      this.declined = false;
      this.move('inPerson');
    });
    return [
      el('p', {}, t('chat.offer')),
      ...(this.declined ? [el('p', { 'data-step-focus': true }, t('chat.declined'))] : []),
      el('div', { class: 'button-row' }, start, phrase),
      ...(inPerson ? [inPerson] : []),
    ];
  }

  /** Before any consent: the list comes with the config, and nothing is sent. */
  private inPersonPart(config: GameConfigResponse): HTMLElement[] {
    return this.partnerOffers.render(config, {
      t: this.deps.t,
      language: this.deps.language,
      onBack: () => this.move('offer'),
    });
  }

  private explainPart(config: GameConfigResponse): HTMLElement[] {
    const { t } = this.deps;
    return [
      el('h4', { 'data-step-focus': true }, t('chat.explain.heading')),
      el('p', {}, t('chat.explain.who')),
      el('p', {}, t('chat.explain.voluntary')),
      el('p', {}, t('chat.explain.anonymous')),
      el(
        'p',
        { class: 'chat-not-emergency' },
        t('chat.explain.notEmergency', { number: EMERGENCY_NUMBER }),
      ),
      el('p', {}, t('chat.explain.stored', { count: config.data.chatRetentionDays })),
      el('p', {}, t('chat.explain.confidential')),
      el('p', { id: 'chat-consent-question', class: 'chat-question' }, t('chat.explain.question')),
      equalButtons(
        { label: t('chat.explain.agree'), onClick: () => this.move('preferences') },
        {
          label: t('chat.explain.decline'),
          onClick: () => {
            // Remembered on this screen only; a decline is never reported anywhere.
            this.declined = true;
            this.move('offer');
          },
        },
      ),
    ];
  }

  private preferencesPart(config: GameConfigResponse): HTMLElement[] {
    const { t } = this.deps;
    const choices = this.choices;
    const radios = (
      name: keyof PreferenceChoices,
      legend: string,
      options: Array<[string, string]>,
      current: string,
    ) =>
      el(
        'fieldset',
        { class: 'chat-fieldset' },
        el('legend', {}, legend),
        ...options.map(([value, label]) => {
          const id = `chat-${name}-${value}`;
          const input = el('input', { type: 'radio', name: `chat-${name}`, id, value });
          input.checked = value === current;
          if (name === 'format' && value === 'live') {
            input.setAttribute('aria-describedby', AVAILABILITY_NOTICE_ID);
          }
          input.addEventListener('change', () => {
            if (!input.checked) return;
            this.choices = { ...this.choices, [name]: value };
            if (MATCHED_ON.has(name)) this.askAvailability();
          });
          return el('div', { class: 'chat-option' }, input, el('label', { for: id }, label));
        }),
      );
    const wishes: Array<[string, string]> = [
      ['talk', t('chat.preferences.wishTalk')],
      ['understand', t('chat.preferences.wishUnderstand')],
      ['leave-a-group', t('chat.preferences.wishLeaveAGroup')],
      ['help-someone-else', t('chat.preferences.wishHelpSomeoneElse')],
      ['just-curious', t('chat.preferences.wishJustCurious')],
    ];
    const wishBoxes = el(
      'fieldset',
      { class: 'chat-fieldset' },
      el('legend', {}, t('chat.preferences.wishes')),
      ...wishes.map(([value, label]) => {
        const id = `chat-wish-${value}`;
        const input = el('input', { type: 'checkbox', id, value });
        input.checked = this.choices.wishes.includes(value);
        input.addEventListener('change', () => {
          const others = this.choices.wishes.filter((wish) => wish !== value);
          this.choices = { ...this.choices, wishes: input.checked ? [...others, value] : others };
        });
        return el('div', { class: 'chat-option' }, input, el('label', { for: id }, label));
      }),
    );
    const place = this.deps.storyPlace?.();
    const share = el('input', {
      type: 'checkbox',
      id: 'chat-share-position',
      'aria-describedby': 'chat-share-position-hint',
    });
    share.checked = choices.sharePosition;
    share.addEventListener('change', () => {
      this.choices = { ...this.choices, sharePosition: share.checked };
    });
    const shareOption = place
      ? el(
          'div',
          { class: 'chat-option chat-share' },
          share,
          el('label', { for: 'chat-share-position' }, t('chat.preferences.sharePosition')),
          el(
            'p',
            { id: 'chat-share-position-hint', class: 'chat-hint' },
            t('chat.preferences.sharePositionHint', {
              title: place.title,
              place: place.position.knot,
            }),
          ),
        )
      : null;
    const back = el(
      'button',
      { type: 'button', class: 'button-quiet' },
      t('chat.preferences.back'),
    );
    back.addEventListener('click', () => this.move('explain'));
    const form = el(
      'form',
      { class: 'chat-preferences', 'aria-labelledby': 'chat-preferences-heading' },
      radios(
        'counsellorKind',
        t('chat.preferences.kind'),
        [
          ['any', t('chat.preferences.kindAny')],
          ['professional', t('chat.preferences.kindProfessional')],
          ['former-member', t('chat.preferences.kindFormerMember')],
          ['survivor', t('chat.preferences.kindSurvivor')],
        ],
        choices.counsellorKind,
      ),
      radios(
        'counsellorGender',
        t('chat.preferences.gender'),
        [
          ['any', t('chat.preferences.genderAny')],
          ['female', t('chat.preferences.genderFemale')],
          ['male', t('chat.preferences.genderMale')],
          ['diverse', t('chat.preferences.genderDiverse')],
        ],
        choices.counsellorGender,
      ),
      radios(
        'language',
        t('chat.preferences.language'),
        [
          ['en', 'English'],
          ['de', 'Deutsch'],
        ],
        choices.language,
      ),
      wishBoxes,
      this.availability().element,
      radios(
        'format',
        t('chat.preferences.format'),
        [
          ['live', t('chat.preferences.formatLive')],
          ['message', t('chat.preferences.formatMessage')],
        ],
        choices.format,
      ),
      shareOption,
      el(
        'div',
        { class: 'button-row' },
        el('button', { type: 'submit', class: 'button-primary' }, t('chat.preferences.submit')),
        back,
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const entry = this.context?.entry ?? { via: 'help-button' };
      const request = openRequestFrom(this.choices, {
        consentVersion: config.consent.textVersion,
        entry,
        storyPosition: place?.position,
      });
      this.startChat((chat) => chat.open(request), {
        liveWait: {
          fetchAvailability: this.fetchAvailability(),
          query: matchedPreferences(this.choices),
        },
      });
    });
    // Asked once the form is in place, so the answer can enable or disable "Live now".
    queueMicrotask(() => this.askAvailability());
    return [
      el(
        'h4',
        { id: 'chat-preferences-heading', 'data-step-focus': true },
        t('chat.preferences.heading'),
      ),
      el('p', {}, t('chat.preferences.intro')),
      form,
    ];
  }

  private availability(): AvailabilityNotice {
    return (this.availabilityNotice ??= new AvailabilityNotice(
      this.deps.t,
      this.fetchAvailability(),
      (allowed) => this.allowLive(allowed),
    ));
  }

  private fetchAvailability(): FetchAvailability {
    return (this.availabilityFetcher ??=
      this.deps.fetchAvailability ??
      createAvailabilityFetcher(undefined, import.meta.env.BASE_URL));
  }

  private askAvailability(): void {
    if (this.step !== 'preferences' || this.running) return;
    this.availability().update(matchedPreferences(this.choices));
  }

  /** "Live now" only while someone who fits is online; otherwise the message is chosen. */
  private allowLive(allowed: boolean): void {
    const live = this.container?.querySelector<HTMLInputElement>('#chat-format-live');
    const message = this.container?.querySelector<HTMLInputElement>('#chat-format-message');
    if (!live || !message) return;
    live.disabled = !allowed;
    if (!allowed && live.checked) {
      message.checked = true;
      this.choices = { ...this.choices, format: 'message' };
    }
  }

  private resumePart(): HTMLElement[] {
    const { t } = this.deps;
    const input = el('input', {
      type: 'text',
      id: 'chat-resume-phrase',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'chat-resume-hint',
      maxlength: 200,
    });
    const notice = this.resumeNotice;
    if (notice) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'chat-resume-hint chat-resume-error');
    }
    const cancel = el('button', { type: 'button', class: 'button-quiet' }, t('chat.resume.cancel'));
    cancel.addEventListener('click', () => this.move('offer'));
    const form = el(
      'form',
      { class: 'chat-resume' },
      el('label', { for: 'chat-resume-phrase' }, t('chat.resume.label')),
      el('p', { id: 'chat-resume-hint', class: 'chat-hint' }, t('chat.resume.hint')),
      input,
      notice &&
        el(
          'p',
          { id: 'chat-resume-error', role: 'alert', class: 'chat-error' },
          notice === 'empty' ? t('chat.resume.empty') : t('chat.resume.unknown'),
        ),
      el(
        'div',
        { class: 'button-row' },
        el('button', { type: 'submit', class: 'button-primary' }, t('chat.resume.submit')),
        cancel,
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const phrase = input.value.trim();
      if (!phrase) {
        this.resumeNotice = 'empty';
        this.draw();
        this.container?.querySelector<HTMLElement>('#chat-resume-phrase')?.focus();
        return;
      }
      this.resumeNotice = undefined;
      this.startChat((chat) => chat.resume(phrase), { showAt: 'started' });
    });
    return [el('h4', { 'data-step-focus': !notice }, t('chat.resume.heading')), form];
  }

  /** `showAt: 'started'`: show the drawer only once the server knows the phrase. */
  private startChat(
    begin: (chat: PlayerChat) => void,
    {
      showAt = 'now',
      liveWait,
    }: { showAt?: 'now' | 'started'; liveWait?: ChatPanelDeps['liveWait'] } = {},
  ): void {
    this.stop();
    const socket = new ChatSocket({
      url: this.deps.socketUrl ?? defaultSocketUrl(),
      hello: {
        type: 'hello',
        protocolVersion: PROTOCOL_VERSION,
        role: 'player',
        guestToken: guestToken(safeSessionStorage()),
      },
      ...(this.deps.createSocket ? { createSocket: this.deps.createSocket } : {}),
    });
    const chat = new PlayerChat({ socket });
    const panel = new ChatPanel({
      t: this.deps.t,
      chat,
      html: this.deps.html,
      ...(liveWait ? { liveWait } : {}),
      onClosed: () => {
        this.stop();
        this.step = 'offer';
        this.draw();
        focusStatic(this.deps.html.querySelector('#help-panel h2') ?? this.deps.html);
      },
    });
    const stopCleanup = registerQuickExitCleanup(() => chat.destroy());
    this.running = { chat, panel, stopCleanup };
    for (const element of panel.elements) element.hidden = true;
    this.deps.drawerHost.append(...panel.elements);
    if (showAt === 'now') this.showPanel(panel);
    else {
      const stopWatching = chat.onChange((state) => {
        if (state.lastError === 'resume-phrase-unknown') {
          stopWatching();
          this.stop();
          this.resumeNotice = 'unknown';
          this.step = 'resume';
          this.draw();
          this.container?.querySelector<HTMLElement>('#chat-resume-phrase')?.focus();
        } else if (state.conversation) {
          stopWatching();
          this.draw();
          this.showPanel(panel);
        }
      });
    }
    begin(chat);
    this.draw();
  }

  private showPanel(panel: ChatPanel): void {
    this.deps.onChatShown();
    panel.show();
  }

  private stop(): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    running.stopCleanup();
    running.panel.destroy();
    running.chat.destroy();
  }
}

function defaultSocketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${scheme}//${window.location.host}${base}api/chat`;
}
