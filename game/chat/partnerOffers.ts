/**
 * "I'd rather meet someone in person": the partner programmes near the player that can be met
 * in person or called, from the config the help panel has already loaded. Nothing is sent: the
 * player's country only filters this list, is kept in memory while the step is open and is
 * never stored.
 */
import { EUROPE_WIDE, partnerCountries, partnersNear } from '../../core/ethics/partnerOffers.ts';
import type {
  GameConfigResponse,
  PartnerOffer,
  PartnerView,
} from '../../core/protocol/gameConfigApi.ts';
import type { Translate } from '../i18n/translator.ts';
import { displayHost } from '../shell/helpPanel.ts';
import { el } from '../ui/dom.ts';

export interface PartnerOffersDeps {
  t: Translate;
  language(): string;
  onBack(): void;
}

const OFFER_LABELS: Record<PartnerOffer, string> = {
  'in-person': 'chat.inPerson.offerInPerson',
  phone: 'chat.inPerson.offerPhone',
  online: 'chat.inPerson.offerOnline',
};

/** A country or language code as a person reads it in `language`; the code itself if unknown. */
export function displayName(language: string, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([language], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "German and English" / "Deutsch und Englisch". */
export function listInLanguage(language: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat([language], { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The step's own state: the country picked, only while the page is open. */
export class PartnerOffersStep {
  private country: string | undefined;

  render(config: GameConfigResponse, deps: PartnerOffersDeps): HTMLElement[] {
    const { t } = deps;
    const language = deps.language();
    const countries = partnerCountries(config.countries, config.partners);
    if (!this.country || !countries.includes(this.country)) this.country = countries[0];

    const summary = el('p', { id: 'chat-in-person-summary', role: 'status' });
    const results = el('div', { class: 'partner-offers-results' });
    const showResults = () => {
      const country = this.country;
      const near = partnersNear(config.partners, country);
      if (!near.length) summary.textContent = t('chat.inPerson.empty');
      else if (country) {
        summary.textContent = t('chat.inPerson.found', {
          count: near.length,
          country: displayName(language, 'region', country),
        });
      } else summary.textContent = t('chat.inPerson.foundEuropeWide', { count: near.length });
      results.replaceChildren(
        near.length
          ? el(
              'ul',
              { class: 'partner-offers', 'aria-labelledby': 'chat-in-person-summary' },
              ...near.map((partner) => partnerItem(t, language, partner)),
            )
          : el('p', {}, t('chat.inPerson.emptyHelp')),
      );
    };

    const picker = countries.length
      ? el(
          'div',
          { class: 'partner-offers-country' },
          el('label', { for: 'chat-in-person-country' }, t('chat.inPerson.country')),
          el(
            'p',
            { id: 'chat-in-person-country-hint', class: 'chat-hint' },
            t('chat.inPerson.countryHint'),
          ),
          countrySelect(language, countries, this.country, (country) => {
            this.country = country;
            showResults();
          }),
        )
      : null;
    showResults();

    const back = el('button', { type: 'button', class: 'button-quiet' }, t('chat.inPerson.back'));
    back.addEventListener('click', deps.onBack);
    return [
      el('h4', { 'data-step-focus': true }, t('chat.inPerson.heading')),
      el('p', {}, t('chat.inPerson.intro')),
      ...(picker ? [picker] : []),
      summary,
      results,
      el('div', { class: 'button-row' }, back),
    ];
  }
}

function countrySelect(
  language: string,
  countries: readonly string[],
  current: string | undefined,
  onPick: (country: string) => void,
): HTMLSelectElement {
  const select = el('select', {
    id: 'chat-in-person-country',
    'aria-describedby': 'chat-in-person-country-hint',
  });
  for (const country of countries) {
    const option = el('option', { value: country }, displayName(language, 'region', country));
    option.selected = country === current;
    select.append(option);
  }
  select.addEventListener('change', () => onPick(select.value));
  return select;
}

function partnerItem(t: Translate, language: string, partner: PartnerView): HTMLElement {
  const where = partner.regions.includes(EUROPE_WIDE)
    ? t('chat.inPerson.europeWide')
    : listInLanguage(
        language,
        partner.regions.map((region) => displayName(language, 'region', region)),
      );
  const languages = listInLanguage(
    language,
    partner.languages.map((code) => displayName(language, 'language', code)),
  );
  const offers = listInLanguage(
    language,
    partner.offers.map((offer) => t(OFFER_LABELS[offer])),
  );
  return el(
    'li',
    { class: 'partner-offer' },
    el('h5', {}, partner.name),
    partner.description && el('p', {}, partner.description),
    el('p', {}, t('chat.inPerson.where', { where })),
    el('p', {}, t('chat.inPerson.languages', { languages })),
    el('p', {}, t('chat.inPerson.reach', { offers })),
    partner.url &&
      el(
        'p',
        {},
        el(
          'a',
          {
            href: partner.url,
            target: '_blank',
            rel: 'noopener noreferrer',
            class: 'contact-link',
          },
          t('chat.inPerson.website', { site: displayHost(partner.url) }),
        ),
      ),
  );
}
