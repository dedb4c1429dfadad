import { describe, expect, it } from 'vitest';
import type { PartnerView } from '../protocol/gameConfigApi.ts';
import {
  hasPersonalOffers,
  offersPersonalContact,
  partnerCountries,
  partnersNear,
} from './partnerOffers.ts';

function partner(id: string, regions: string[], offers: PartnerView['offers']): PartnerView {
  return { id, name: id, regions, languages: ['de'], offers };
}

const harbour = partner('harbour', ['DE'], ['in-person']);
const lantern = partner('lantern', ['EU'], ['phone']);
const onlineOnly = partner('online-only', ['DE', 'FR'], ['online']);
const alpine = partner('alpine', ['AT', 'LI'], ['in-person', 'online']);
const rhine = partner('rhine', ['DE', 'EU'], ['phone']);

describe('offersPersonalContact and hasPersonalOffers', () => {
  it('count meeting in person and calling, not online alone', () => {
    expect(offersPersonalContact(harbour)).toBe(true);
    expect(offersPersonalContact(lantern)).toBe(true);
    expect(offersPersonalContact(onlineOnly)).toBe(false);
    expect(hasPersonalOffers([onlineOnly])).toBe(false);
    expect(hasPersonalOffers([])).toBe(false);
    expect(hasPersonalOffers([onlineOnly, alpine])).toBe(true);
  });
});

describe('partnerCountries', () => {
  it('lists the served countries first, then other partner countries, never EU', () => {
    expect(partnerCountries(['DE', 'AT', 'CH'], [harbour, lantern, alpine, onlineOnly])).toEqual([
      'DE',
      'AT',
      'CH',
      'LI',
    ]);
    expect(partnerCountries(['GB', 'IE', 'EU'], [alpine, harbour])).toEqual([
      'GB',
      'IE',
      'AT',
      'DE',
      'LI',
    ]);
    expect(partnerCountries([], [lantern])).toEqual([]);
  });
});

describe('partnersNear', () => {
  it('shows the country’s own programmes, then the Europe-wide ones, each once', () => {
    const all = [lantern, harbour, onlineOnly, alpine, rhine];
    expect(partnersNear(all, 'DE').map((p) => p.id)).toEqual(['harbour', 'rhine', 'lantern']);
    expect(partnersNear(all, 'AT').map((p) => p.id)).toEqual(['alpine', 'lantern', 'rhine']);
    expect(partnersNear(all, 'FR').map((p) => p.id)).toEqual(['lantern', 'rhine']);
    expect(partnersNear(all, undefined).map((p) => p.id)).toEqual(['lantern', 'rhine']);
  });

  it('is empty where nothing personal is offered', () => {
    expect(partnersNear([harbour, onlineOnly], 'FR')).toEqual([]);
    expect(partnersNear([onlineOnly], 'DE')).toEqual([]);
  });
});
