/**
 * The preferences step's honest answer to "is anyone there?": whether someone who fits the
 * player's choices is online now, how many wait before them and how long live contacts have
 * recently waited — or that nobody who fits is online, so a message answered later is the
 * way. Asked only after the player agreed to the chat, again whenever a choice that matching
 * uses changes. "Live now" is offered only while someone who fits is online.
 */
import {
  availabilityResponseSchema,
  type AvailabilityQuery,
  type AvailabilityResponse,
} from '../../core/protocol/chatAvailabilityApi.ts';
import { getApiText, parseApiJson } from '../api/apiFetch.ts';
import type { Translate } from '../i18n/translator.ts';
import { el } from '../ui/dom.ts';

export type FetchAvailability = (query: AvailabilityQuery) => Promise<AvailabilityResponse>;

export function createAvailabilityFetcher(
  fetchFn: typeof fetch = fetch.bind(globalThis),
  base = '/',
): FetchAvailability {
  const api = `${base.replace(/\/$/, '')}/api/chat/availability`;
  return async (query) => {
    const url = `${api}?${new URLSearchParams(query)}`;
    return availabilityResponseSchema.parse(
      parseApiJson(url, await getApiText(fetchFn, url, true)),
    );
  };
}

type Shown =
  { state: 'loading' } | { state: 'failed' } | { state: 'known'; answer: AvailabilityResponse };

export const AVAILABILITY_NOTICE_ID = 'chat-availability';

/** The notice on the preferences step; `liveAllowed` is told whether "Live now" may be chosen. */
export class AvailabilityNotice {
  readonly element: HTMLElement;
  private asked = '';
  private shown: Shown = { state: 'loading' };

  constructor(
    private readonly t: Translate,
    private readonly fetchAvailability: FetchAvailability,
    private readonly liveAllowed: (allowed: boolean) => void,
  ) {
    // A polite status: the answer is read out when it arrives, without taking the focus.
    this.element = el('div', {
      id: AVAILABILITY_NOTICE_ID,
      class: 'chat-availability',
      role: 'status',
    });
  }

  /** Asks for these choices (again only if they changed since the last question). */
  update(query: AvailabilityQuery): void {
    const key = JSON.stringify(query);
    if (key === this.asked) {
      // The form was drawn anew: its "Live now" needs the answer again.
      this.show(this.shown);
      return;
    }
    this.asked = key;
    this.show({ state: 'loading' });
    this.fetchAvailability(query).then(
      (answer) => {
        if (this.asked === key) this.show({ state: 'known', answer });
      },
      (error: unknown) => {
        console.warn('Who is online could not be checked.', error);
        if (this.asked === key) this.show({ state: 'failed' });
      },
    );
  }

  /** Draws the last answer again (the step was drawn anew, e.g. in another language). */
  draw(): void {
    this.element.replaceChildren(...this.lines().map((line) => el('p', {}, line)));
  }

  private show(shown: Shown): void {
    this.shown = shown;
    this.draw();
    // Unknown is not "nobody": only a clear answer takes "Live now" away.
    this.liveAllowed(shown.state !== 'known' || shown.answer.status === 'online');
  }

  private lines(): string[] {
    const { t } = this;
    const shown = this.shown;
    if (shown.state === 'loading') return [t('chat.availability.checking')];
    if (shown.state === 'failed') return [t('chat.availability.failed')];
    const { answer } = shown;
    if (answer.status === 'none') return [t('chat.availability.none')];
    if (answer.status === 'offline') return [t('chat.availability.offline')];
    return [
      t('chat.availability.online'),
      answer.waitingAhead > 0
        ? t('chat.availability.waitingAhead', { count: answer.waitingAhead })
        : t('chat.availability.nobodyAhead'),
      answer.typicalWaitMinutes === null
        ? t('chat.availability.noEstimate')
        : answer.typicalWaitMinutes < 1
          ? t('chat.availability.typicalWaitUnderAMinute')
          : t('chat.availability.typicalWait', { count: answer.typicalWaitMinutes }),
    ];
  }
}
