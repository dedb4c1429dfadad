/**
 * Resume phrases: a few random words that let a player come back to a conversation from any
 * device, with no account. The server stores only a keyed hash of the normalised phrase.
 *
 * Five words from a list of more than 2,048 give more than 55 bits: far beyond online guessing
 * (the server rate-limits attempts), and the stored hash is keyed with a server secret.
 */
import { cryptoRandomBytes, randomIndex, type RandomBytes } from './randomBytes.ts';
import { RESUME_PHRASE_WORDS } from './resumePhraseWords.ts';

export const RESUME_PHRASE_WORD_COUNT = 5;
const WORD_SEPARATOR = '-';

const KNOWN_WORDS: ReadonlySet<string> = new Set(RESUME_PHRASE_WORDS);

export interface ResumePhraseOptions {
  random?: RandomBytes;
  wordCount?: number;
}

/** A new phrase such as `maple-otter-candle-river-tulip`, already in normal form. */
export function generateResumePhrase(options: ResumePhraseOptions = {}): string {
  const random = options.random ?? cryptoRandomBytes;
  const wordCount = options.wordCount ?? RESUME_PHRASE_WORD_COUNT;
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    words.push(RESUME_PHRASE_WORDS[randomIndex(RESUME_PHRASE_WORDS.length, random)] ?? '');
  }
  return words.join(WORD_SEPARATOR);
}

/**
 * The form a phrase is hashed in: lowercase words joined by hyphens, whatever the player typed
 * between them (spaces, commas, line breaks) and however they capitalised it.
 */
export function normaliseResumePhrase(input: string): string {
  return input
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0)
    .join(WORD_SEPARATOR);
}

/** Whether the input could be a phrase we generated: worth a lookup (and an attempt counted). */
export function isWellFormedResumePhrase(
  input: string,
  wordCount = RESUME_PHRASE_WORD_COUNT,
): boolean {
  const words = normaliseResumePhrase(input).split(WORD_SEPARATOR);
  return words.length === wordCount && words.every((word) => KNOWN_WORDS.has(word));
}

/** Bits of randomness in a phrase of this many words. */
export function resumePhraseEntropyBits(wordCount = RESUME_PHRASE_WORD_COUNT): number {
  return wordCount * Math.log2(RESUME_PHRASE_WORDS.length);
}
