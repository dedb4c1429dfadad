import { describe, expect, it } from 'vitest';
import type { ShownEntry } from './shownLine.ts';
import { collectTechniques, humaniseSlug } from './techniques.ts';

const line = (text: string, technique?: string): ShownEntry => ({ kind: 'line', text, technique });

describe('collectTechniques', () => {
  it('names each technique once, in the order the player met it', () => {
    const entries: ShownEntry[] = [
      line('Hey!!', 'love-bombing'),
      { kind: 'chosen', text: 'Say thanks' },
      line('They do not get you.', 'us-versus-them'),
      line('Plain text'),
      line('So smart.', 'love-bombing'),
      line('Leave her chat.', 'isolation'),
    ];
    expect(collectTechniques(entries)).toEqual(['love-bombing', 'us-versus-them', 'isolation']);
  });

  it('adds to the techniques met before (a resumed playthrough) without repeating them', () => {
    expect(
      collectTechniques([line('x', 'isolation'), line('y', 'secrecy')], ['isolation']),
    ).toEqual(['isolation', 'secrecy']);
  });
});

describe('humaniseSlug', () => {
  it('turns a slug into words with a capital first letter', () => {
    expect(humaniseSlug('us-versus-them')).toBe('Us versus them');
    expect(humaniseSlug('gaslighting')).toBe('Gaslighting');
    expect(humaniseSlug('foot-in-the-door-2')).toBe('Foot in the door 2');
  });
});
