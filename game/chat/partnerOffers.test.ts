import { describe, expect, it } from 'vitest';
import { displayName, listInLanguage } from './partnerOffers.ts';

describe('displayName', () => {
  it('names countries and languages in the language of the page', () => {
    expect(displayName('en', 'region', 'DE')).toBe('Germany');
    expect(displayName('de', 'region', 'DE')).toBe('Deutschland');
    expect(displayName('de', 'region', 'AT')).toBe('Österreich');
    expect(displayName('en', 'language', 'de')).toBe('German');
    expect(displayName('de', 'language', 'en')).toBe('Englisch');
  });

  it('shows the code itself when it knows no name', () => {
    expect(displayName('en', 'region', 'QZ')).toBe('QZ');
    expect(displayName('not a language!', 'region', 'DE')).toBe('DE');
  });
});

describe('listInLanguage', () => {
  it('joins as the language does', () => {
    expect(listInLanguage('en', ['German', 'English'])).toBe('German and English');
    expect(listInLanguage('de', ['Deutsch', 'Englisch', 'Türkisch'])).toBe(
      'Deutsch, Englisch und Türkisch',
    );
    expect(listInLanguage('en', ['in person'])).toBe('in person');
  });
});
