/**
 * Which partner programmes a player can meet in person or call, and where. Pure, so the game
 * filters the list it already has: the player's choice of country never leaves the page.
 */
import type { PartnerOffer, PartnerView } from '../protocol/gameConfigApi.ts';

/** A programme that serves every country. */
export const EUROPE_WIDE = 'EU';

/** The ways of meeting someone that are not a screen. */
const PERSONAL_OFFERS: readonly PartnerOffer[] = ['in-person', 'phone'];

export function offersPersonalContact(partner: PartnerView): boolean {
  return partner.offers.some((offer) => PERSONAL_OFFERS.includes(offer));
}

export function hasPersonalOffers(partners: readonly PartnerView[]): boolean {
  return partners.some(offersPersonalContact);
}

/**
 * The countries a player may pick: those the locale serves, in the config's order, then the
 * other countries partners with personal offers name, alphabetically. EU is never one: its
 * programmes show for every country.
 */
export function partnerCountries(
  servedCountries: readonly string[],
  partners: readonly PartnerView[],
): string[] {
  const served = servedCountries.filter((country) => country !== EUROPE_WIDE);
  const others = partners
    .filter(offersPersonalContact)
    .flatMap((partner) => partner.regions)
    .filter((region) => region !== EUROPE_WIDE && !served.includes(region))
    .sort();
  return [...new Set([...served, ...others])];
}

/**
 * The programmes with personal offers in `country`: those of the country first, then the
 * Europe-wide ones, each group in the config's order. Without a country, the Europe-wide only.
 */
export function partnersNear(
  partners: readonly PartnerView[],
  country: string | undefined,
): PartnerView[] {
  const personal = partners.filter(offersPersonalContact);
  const local = country
    ? personal.filter((partner) => partner.regions.includes(country) && country !== EUROPE_WIDE)
    : [];
  const europeWide = personal.filter(
    (partner) => partner.regions.includes(EUROPE_WIDE) && !local.includes(partner),
  );
  return [...local, ...europeWide];
}
