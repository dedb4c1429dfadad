/**
 * The messaging-app view for `# ui: phone` lines: chat bubbles in a phone-like frame, the
 * sender's name and side, times from the story's order. A new message from someone else
 * may show a typing indicator first — a purely visual effect: the text is in the page (and
 * announced) at once, and under reduced motion nothing moves at all (game.css).
 */
import type { Translate } from '../i18n/translator.ts';
import type { PhoneMessage } from '../play/shownLine.ts';
import { el } from './dom.ts';

/** Seconds a new incoming bubble waits behind the typing indicator, per bubble. */
const TYPING_SECONDS = 0.7;
/** However many bubbles arrive at once, the last one is on screen within this many steps. */
const MAX_TYPING_STEPS = 3;

export interface PhoneLine {
  text: string;
  speaker?: string;
  phone: PhoneMessage;
}

export function phoneFrame(t: Translate): HTMLElement {
  return el(
    'div',
    { class: 'phone-frame', role: 'group', 'aria-label': t('phone.label') },
    el('div', { class: 'phone-top', 'aria-hidden': 'true' }, el('span', { class: 'phone-notch' })),
    el('ol', { class: 'phone-messages' }),
  );
}

export function isPhoneFrame(node: Element | null): node is HTMLElement {
  return node instanceof HTMLElement && node.classList.contains('phone-frame');
}

/**
 * Adds messages to a frame; returns the bubbles (for focus). `animate`: messages from
 * others type in one after another (only while playing, never when a screen is redrawn).
 */
export function appendPhoneMessages(
  frame: HTMLElement,
  lines: readonly PhoneLine[],
  options: { t: Translate; animate: boolean },
): HTMLElement[] {
  const { t } = options;
  const list = frame.querySelector('.phone-messages');
  if (!list) return [];
  list.querySelector('.phone-typing')?.remove();
  let typingSteps = 0;
  // The first new message shows at once: the focus may go to it, and focus is never hidden.
  let firstIncoming = true;
  const bubbles = lines.map((line) => {
    const sender = line.phone.outgoing ? t('phone.you') : (line.speaker ?? '');
    const bubble = el(
      'p',
      { class: 'phone-bubble' },
      el(
        'span',
        { class: 'phone-sender', 'aria-hidden': line.phone.outgoing ? 'true' : undefined },
        sender,
      ),
      el('span', { class: 'visually-hidden' }, ': '),
      el('span', { class: 'phone-text' }, line.text),
      el('time', { class: 'phone-time', datetime: line.phone.time }, line.phone.time),
    );
    const item = el(
      'li',
      { class: `phone-message ${line.phone.outgoing ? 'phone-message-out' : 'phone-message-in'}` },
      bubble,
    );
    const waits = options.animate && !line.phone.outgoing && !firstIncoming;
    if (!line.phone.outgoing) firstIncoming = false;
    if (waits && typingSteps < MAX_TYPING_STEPS) {
      typingSteps++;
      item.classList.add('phone-message-arriving');
      item.style.setProperty('--phone-wait', `${typingSteps * TYPING_SECONDS}s`);
    }
    list.append(item);
    return bubble;
  });
  if (typingSteps > 0) {
    const typing = el(
      'li',
      { class: 'phone-typing', 'aria-hidden': 'true' },
      el('span', { class: 'phone-typing-dot' }),
      el('span', { class: 'phone-typing-dot' }),
      el('span', { class: 'phone-typing-dot' }),
    );
    typing.style.setProperty('--phone-typing-for', `${typingSteps * TYPING_SECONDS}s`);
    // Gone once the last message is in, and with it the dots' endless animation.
    typing.addEventListener('animationend', (event) => {
      if (event.animationName === 'phone-typing-done') typing.remove();
    });
    list.append(typing);
  }
  return bubbles;
}
