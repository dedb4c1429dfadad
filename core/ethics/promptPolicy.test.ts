import { describe, expect, it } from 'vitest';
import type { HookRequest } from '../story/storyRunner.ts';
import type { PromptRules } from './ethicsConfig.ts';
import {
  decidePrompt,
  enterPassage,
  newPromptSession,
  recordChoice,
  recordDecline,
  recordPromptShown,
  type PromptSession,
} from './promptPolicy.ts';

const rules: PromptRules = {
  maxPerSession: 2,
  minChoicesBetween: 3,
  stopAfterDeclines: 2,
  neverInOrAfterDistressing: true,
  onlyAtCalmOrDebrief: true,
};
const calmChat: HookRequest = {
  hook: 'chat',
  lineIndex: 0,
  calm: true,
  debrief: false,
  distressing: false,
};
const allHooks = ['chat', 'resources', 'helpline', 'reflect'] as const;
const passage = (distressing: boolean) => ({
  lines: [{ text: 'x', tags: distressing ? [{ kind: 'distressing' as const }] : [] }],
});

function choices(session: PromptSession, count: number): PromptSession {
  let next = session;
  for (let i = 0; i < count; i++) next = recordChoice(next);
  return next;
}

describe('prompt policy', () => {
  it('offers an allowed hook at a calm point', () => {
    expect(decidePrompt(rules, allHooks, newPromptSession(), calmChat)).toEqual({
      offer: true,
      hook: 'chat',
    });
  });

  it('refuses hooks the story approval does not allow', () => {
    expect(decidePrompt(rules, ['reflect'], newPromptSession(), calmChat)).toEqual({
      offer: false,
      reason: 'hook-not-allowed',
    });
  });

  it('refuses outside calm and debrief points when the config says so', () => {
    const plain = { ...calmChat, calm: false };
    expect(decidePrompt(rules, allHooks, newPromptSession(), plain)).toMatchObject({
      reason: 'not-calm-or-debrief',
    });
    expect(
      decidePrompt(rules, allHooks, newPromptSession(), { ...plain, debrief: true }),
    ).toMatchObject({ offer: true });
    expect(
      decidePrompt({ ...rules, onlyAtCalmOrDebrief: false }, allHooks, newPromptSession(), plain),
    ).toMatchObject({ offer: true });
  });

  it('never prompts in or right after a distressing passage', () => {
    const inside = enterPassage(newPromptSession(), passage(true));
    expect(decidePrompt(rules, allHooks, inside, calmChat)).toMatchObject({
      reason: 'distressing',
    });
    const rightAfter = enterPassage(inside, passage(false));
    expect(decidePrompt(rules, allHooks, rightAfter, calmChat)).toMatchObject({
      reason: 'distressing',
    });
    const later = enterPassage(rightAfter, passage(false));
    expect(decidePrompt(rules, allHooks, later, calmChat)).toMatchObject({ offer: true });
    expect(
      decidePrompt(rules, allHooks, newPromptSession(), { ...calmChat, distressing: true }),
    ).toMatchObject({ reason: 'distressing' });
  });

  it('keeps a minimum number of choices between prompts', () => {
    const shown = recordPromptShown(newPromptSession());
    expect(decidePrompt(rules, allHooks, choices(shown, 2), calmChat)).toMatchObject({
      reason: 'too-soon',
    });
    expect(decidePrompt(rules, allHooks, choices(shown, 3), calmChat)).toMatchObject({
      offer: true,
    });
  });

  it('stops at the session limit', () => {
    const twice = choices(recordPromptShown(choices(recordPromptShown(newPromptSession()), 3)), 3);
    expect(decidePrompt(rules, allHooks, twice, calmChat)).toMatchObject({
      reason: 'session-limit',
    });
  });

  it('stops after enough declines', () => {
    let session = newPromptSession();
    for (let i = 0; i < 2; i++) session = choices(recordDecline(recordPromptShown(session)), 3);
    expect(
      decidePrompt({ ...rules, maxPerSession: 10 }, allHooks, session, calmChat),
    ).toMatchObject({ reason: 'declined-enough' });
  });
});
