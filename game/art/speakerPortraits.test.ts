import { describe, expect, it } from 'vitest';
import { PORTRAIT_IDS, SPEAKER_PORTRAITS, portraitFor } from './speakerPortraits.ts';

describe('portraitFor', () => {
  it('gives Mum and Mama the same portrait', () => {
    expect(portraitFor('Mum', 'en')).toBe('parent');
    expect(portraitFor('Mama', 'de')).toBe('parent');
  });

  it('matches regardless of case, spaces and region', () => {
    expect(portraitFor('  kai ', 'en-GB')).toBe('kai');
    expect(portraitFor('DEIN BRUDER', 'de-AT')).toBe('sibling');
  });

  it('falls back to another language, then to the neutral silhouette', () => {
    expect(portraitFor('Mum', 'de')).toBe('parent');
    expect(portraitFor('Mia', undefined)).toBe('mia');
    expect(portraitFor('A stranger', 'en')).toBe('unknown');
  });

  it('maps only to portraits that exist', () => {
    for (const table of Object.values(SPEAKER_PORTRAITS)) {
      for (const portrait of Object.values(table)) expect(PORTRAIT_IDS).toContain(portrait);
    }
  });
});
