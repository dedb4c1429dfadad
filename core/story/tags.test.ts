import { describe, expect, it } from 'vitest';
import { parseTag, parseTags } from './tags.ts';

describe('parseTag', () => {
  it.each([
    ['speaker: Mia', { kind: 'speaker', name: 'Mia' }],
    ['scene: school-yard', { kind: 'scene', scene: 'school-yard' }],
    ['ui: phone', { kind: 'ui', mode: 'phone' }],
    ['mood: tense', { kind: 'mood', mood: 'tense' }],
    ['sfx: message', { kind: 'sfx', sound: 'message' }],
    ['pause: 1s', { kind: 'pause', milliseconds: 1000 }],
    ['pause: 250ms', { kind: 'pause', milliseconds: 250 }],
    ['cw: violence', { kind: 'cw', note: 'violence' }],
    ['distressing', { kind: 'distressing' }],
    ['calm', { kind: 'calm' }],
    ['debrief', { kind: 'debrief' }],
    ['hook: chat', { kind: 'hook', hook: 'chat' }],
    ['hook: helpline', { kind: 'hook', hook: 'helpline' }],
    ['technique: isolation', { kind: 'technique', technique: 'isolation' }],
    ['  speaker:   Mr Reyes  ', { kind: 'speaker', name: 'Mr Reyes' }],
  ])('parses "%s"', (raw, tag) => {
    expect(parseTag(raw)).toEqual({ ok: true, tag });
  });

  it.each([
    ['speker: Mia', /unknown tag "speker: Mia"/],
    ['hook: party', /unknown hook "party" \(expected chat, resources, helpline, reflect\)/],
    ['ui: tablet', /unknown ui mode "tablet"/],
    ['pause: soon', /pause must be a duration/],
    ['pause: 30s', /at most 10s/],
    ['scene: School Yard', /scene must be lowercase words/],
    ['calm: yes', /takes no value/],
    ['speaker', /needs a value/],
    ['speaker:', /speaker needs a name/],
  ])('rejects "%s"', (raw, message) => {
    const result = parseTag(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('keeps good tags and collects errors apart', () => {
    expect(parseTags(['calm', 'hook: nope', 'speaker: Kai'])).toEqual({
      tags: [{ kind: 'calm' }, { kind: 'speaker', name: 'Kai' }],
      errors: [expect.stringMatching(/unknown hook "nope"/)],
    });
  });
});
