/**
 * The help panel's content: the emergency number, the crisis resources from the ethics
 * config (GET /api/config for the UI language), what help Offramp itself offers, and what
 * quick exit does. The anonymous chat draws its own part (game/chat/chatFlow.ts) through
 * `renderChat`.
 */
import type { CrisisResourceView, GameConfigResponse } from '../../core/protocol/gameConfigApi.ts';
import type { Translate } from '../i18n/translator.ts';
import { el } from '../ui/dom.ts';

/** The EU-wide emergency number (police, ambulance, fire). */
export const EMERGENCY_NUMBER = '112';

export type ConfigState =
  { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; config: GameConfigResponse };

export interface HelpContentOptions {
  t: Translate;
  config: ConfigState;
  keepProgress: boolean;
  onRetry(): void;
  /** Draws the chat's part of the panel (game/chat/chatFlow.ts) into the container given. */
  renderChat?(container: HTMLElement): void;
}

/** `tel:` wants the digits (and a leading +) only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** What a person reads of a web address: its host without `www.`. */
export function displayHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function resourceItem(t: Translate, resource: CrisisResourceView): HTMLElement {
  return el(
    'li',
    { class: 'crisis-resource' },
    el('h4', {}, resource.name),
    resource.description && el('p', {}, resource.description),
    resource.hours && el('p', {}, t('help.hours', { hours: resource.hours })),
    el(
      'p',
      { class: 'crisis-resource-contacts' },
      resource.phone &&
        el(
          'a',
          { href: telHref(resource.phone), class: 'contact-link' },
          t('help.call', { phone: resource.phone }),
        ),
      resource.url &&
        el(
          'a',
          { href: resource.url, rel: 'noreferrer', class: 'contact-link' },
          t('help.website', { site: displayHost(resource.url) }),
        ),
    ),
  );
}

function crisisResources(options: HelpContentOptions): HTMLElement[] {
  const { t, config } = options;
  if (config.status === 'loading') {
    return [el('p', { role: 'status' }, t('help.resourcesLoading'))];
  }
  if (config.status === 'failed') {
    const retry = el('button', { type: 'button', class: 'button-quiet' }, t('help.retry'));
    retry.addEventListener('click', options.onRetry);
    return [el('p', { role: 'status' }, t('help.resourcesFailed')), retry];
  }
  return [
    el('p', {}, t('help.resourcesIntro')),
    el(
      'ul',
      { class: 'crisis-resources' },
      ...config.config.crisisResources.map((resource) => resourceItem(t, resource)),
    ),
  ];
}

/** The quick-exit explanation, shared by the help panel and the first-visit note. */
export function quickExitExplanation(t: Translate): HTMLElement[] {
  return [el('p', {}, t('quickExitInfo.does')), el('p', {}, t('quickExitInfo.cannot'))];
}

function progressOnQuickExit(options: HelpContentOptions): string {
  const { t, config } = options;
  if (config.status === 'loaded' && config.config.safety.clearProgressOnQuickExit) {
    return t('quickExitInfo.progressAlwaysCleared');
  }
  return options.keepProgress
    ? t('quickExitInfo.progressKept')
    : t('quickExitInfo.progressNotKept');
}

function chatSection(options: HelpContentOptions): HTMLElement {
  const section = el('div', { class: 'help-chat' });
  if (options.renderChat) options.renderChat(section);
  else {
    section.append(
      el('h3', {}, options.t('help.offrampHeading')),
      el('p', {}, options.t('help.chatComingSoon')),
    );
  }
  return section;
}

export function renderHelpContent(body: HTMLElement, options: HelpContentOptions): void {
  const { t } = options;
  body.replaceChildren(
    el(
      'div',
      { class: 'help-emergency' },
      el('h3', {}, t('help.emergencyHeading')),
      el('p', {}, t('help.emergency', { number: EMERGENCY_NUMBER })),
      el(
        'p',
        {},
        el(
          'a',
          { href: telHref(EMERGENCY_NUMBER), class: 'contact-link' },
          t('help.call', { phone: EMERGENCY_NUMBER }),
        ),
      ),
    ),
    el('div', {}, el('h3', {}, t('help.resourcesHeading')), ...crisisResources(options)),
    chatSection(options),
    el(
      'div',
      { id: 'help-quick-exit' },
      el('h3', {}, t('help.quickExitHeading')),
      ...quickExitExplanation(t),
      el('p', {}, progressOnQuickExit(options)),
    ),
  );
}
