import { describe, expect, it } from 'vitest';
import { generateGuestToken, isGuestToken } from './guestToken.ts';
import { randomIndex, type RandomBytes } from './randomBytes.ts';
import {
  generateResumePhrase,
  isWellFormedResumePhrase,
  normaliseResumePhrase,
  RESUME_PHRASE_WORD_COUNT,
  resumePhraseEntropyBits,
} from './resumePhrase.ts';
import { RESUME_PHRASE_WORDS } from './resumePhraseWords.ts';

/** Replays the given bytes, then zeros. */
function scriptedRandom(bytes: number[]): RandomBytes {
  let position = 0;
  return (length) => Uint8Array.from({ length }, () => bytes[position++] ?? 0);
}

describe('the word list', () => {
  it('has at least 2,048 distinct, short, lowercase words', () => {
    expect(RESUME_PHRASE_WORDS.length).toBeGreaterThanOrEqual(2048);
    expect(new Set(RESUME_PHRASE_WORDS).size).toBe(RESUME_PHRASE_WORDS.length);
    for (const word of RESUME_PHRASE_WORDS) expect(word).toMatch(/^[a-z]{3,8}$/);
  });

  it('leaves out numbers and words we decided against', () => {
    for (const word of [
      'one',
      'eight',
      'fourteen',
      'kebab',
      'igloo',
      'honk',
      'clown',
      'gun',
      'war',
      'black',
      'white',
      'cross',
    ]) {
      expect(RESUME_PHRASE_WORDS).not.toContain(word);
    }
  });
});

describe('resume phrases', () => {
  it('are five known words joined by hyphens: more than 55 bits', () => {
    const phrase = generateResumePhrase();
    expect(phrase.split('-')).toHaveLength(RESUME_PHRASE_WORD_COUNT);
    expect(isWellFormedResumePhrase(phrase)).toBe(true);
    expect(resumePhraseEntropyBits()).toBeGreaterThan(55);
  });

  it('pick words from the injected random source', () => {
    const phrase = generateResumePhrase({
      random: scriptedRandom([0, 0, 0, 1, 0, 2]),
      wordCount: 3,
    });
    expect(phrase).toBe(RESUME_PHRASE_WORDS.slice(0, 3).join('-'));
  });

  it('differ from each other', () => {
    const phrases = new Set(Array.from({ length: 200 }, () => generateResumePhrase()));
    expect(phrases.size).toBe(200);
  });

  it('are recognised however they are typed back', () => {
    const phrase = generateResumePhrase();
    const typed = `  ${phrase.toUpperCase().split('-').join(' ,  ')}\n`;
    expect(normaliseResumePhrase(typed)).toBe(phrase);
    expect(isWellFormedResumePhrase(typed)).toBe(true);
    expect(isWellFormedResumePhrase(phrase.split('-').slice(0, 4).join(' '))).toBe(false);
    expect(isWellFormedResumePhrase(`${phrase.split('-').slice(0, 4).join(' ')} qwxz`)).toBe(false);
  });
});

describe('randomIndex', () => {
  it('rejects values that would bias the result', () => {
    // 65536 % 3 = 1: the one value 65535 would favour 0, so it is drawn again.
    expect(randomIndex(3, scriptedRandom([0xff, 0xff, 0x00, 0x05]))).toBe(5 % 3);
    expect(() => randomIndex(0, scriptedRandom([]))).toThrow(RangeError);
  });
});

describe('guest tokens', () => {
  it('are 128 random bits in base64url', () => {
    const token = generateGuestToken();
    expect(isGuestToken(token)).toBe(true);
    expect(generateGuestToken(scriptedRandom(Array(16).fill(0xff)))).toBe('_____________________w');
    expect(generateGuestToken()).not.toBe(token);
  });
});
