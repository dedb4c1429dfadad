import { describe, expect, it } from 'vitest';
import { counsellorProfileSchema, type CounsellorProfile } from '../protocol/chatProtocol.ts';
import { counsellorMatches, type MatchCriteria } from './matching.ts';

const ANY: MatchCriteria = { counsellorKind: 'any', counsellorGender: 'any', language: 'de' };
const robin: CounsellorProfile = {
  kind: 'former-member',
  gender: 'female',
  languages: ['de', 'en'],
};
const alex: CounsellorProfile = { kind: 'professional', languages: ['en'] };

describe('counsellorMatches', () => {
  it('matches "any" on kind and gender, but never another language', () => {
    expect(counsellorMatches(ANY, robin)).toBe(true);
    expect(counsellorMatches(ANY, alex)).toBe(false);
    expect(counsellorMatches({ ...ANY, language: 'en' }, alex)).toBe(true);
  });

  it('asks for the kind and gender the player chose', () => {
    expect(counsellorMatches({ ...ANY, counsellorKind: 'former-member' }, robin)).toBe(true);
    expect(counsellorMatches({ ...ANY, counsellorKind: 'survivor' }, robin)).toBe(false);
    expect(counsellorMatches({ ...ANY, counsellorGender: 'female' }, robin)).toBe(true);
    expect(counsellorMatches({ ...ANY, counsellorGender: 'male' }, robin)).toBe(false);
  });

  it('matches a chosen gender only when the counsellor gave one', () => {
    const en = { ...ANY, language: 'en' };
    expect(counsellorMatches({ ...en, counsellorGender: 'diverse' }, alex)).toBe(false);
    expect(counsellorMatches(en, alex)).toBe(true);
  });

  it('serves a regional language by its base language', () => {
    expect(counsellorMatches({ ...ANY, language: 'de-AT' }, robin)).toBe(true);
    expect(counsellorMatches({ ...ANY, language: 'fr' }, robin)).toBe(false);
  });
});

describe('counsellorProfileSchema', () => {
  it('needs a kind and at least one language, each once', () => {
    expect(counsellorProfileSchema.safeParse(robin).success).toBe(true);
    expect(counsellorProfileSchema.safeParse({ kind: 'professional', languages: [] }).success).toBe(
      false,
    );
    expect(
      counsellorProfileSchema.safeParse({ kind: 'professional', languages: ['en', 'en'] }).success,
    ).toBe(false);
    expect(counsellorProfileSchema.safeParse({ kind: 'coach', languages: ['en'] }).success).toBe(
      false,
    );
  });
});
