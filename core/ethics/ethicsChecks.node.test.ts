import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory, STORY_CHECKS } from '../stories/storyCheck.node.ts';
import { permissiveEthicsConfig } from '../testing/ethicsFixtures.node.ts';
import { writeTree } from '../testing/inkFixtures.node.ts';
import type { EthicsConfig } from './ethicsConfig.ts';
import {
  checkEthicsConfigContents,
  ethicsStoryChecks,
  type EthicsCheckContext,
} from './ethicsChecks.node.ts';
import { storyContentHash } from './storyContentHash.node.ts';

const TODAY = new Date('2026-11-27T12:00:00Z');

function storyFiles(ink: { en: string; de?: string }, meta: Record<string, unknown> = {}) {
  return {
    'tiny/story.json': JSON.stringify({
      id: 'tiny',
      title: { en: 'T', de: 'T' },
      summary: { en: 'S', de: 'S' },
      minAge: 13,
      contentNotes: ['manipulation'],
      themes: [],
      locales: ['en', 'de'],
      entry: 'main.ink',
      ...meta,
    }),
    'tiny/en/main.ink': ink.en,
    'tiny/de/main.ink': ink.de ?? ink.en,
  };
}

function context(
  storiesDir: string,
  change: (config: EthicsConfig) => void = () => {},
): EthicsCheckContext {
  const config = permissiveEthicsConfig(TODAY);
  change(config);
  const configText = JSON.stringify(config, null, 2);
  return { config, configFile: 'ethics.config.json', configText, storiesDir, today: TODAY };
}

function ethicsProblems(files: Record<string, string>, change?: (config: EthicsConfig) => void) {
  const dir = writeTree(files);
  const report = checkStory(dir, 'tiny', {
    checks: ethicsStoryChecks(context(dir, change)),
    displayPath: (p) => path.relative(dir, p),
  });
  return report.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.severity}: ${p.message}`);
}

describe('ethics story checks', () => {
  it('pass a story that keeps the rules', () => {
    const ink = 'Hi.\n* [Go] Quiet now. # calm # hook: chat\n  -> END\n';
    expect(ethicsProblems(storyFiles({ en: ink }))).toEqual([]);
  });

  it('find banned patterns in any locale, outside comments, with the reason', () => {
    const problems = ethicsProblems(
      storyFiles({
        en: 'Join at example dot org.\n// join here too\n-> END\n',
        de: 'Hallo.\n\nTritt bei!\n-> END\n',
      }),
      (c) =>
        c.content.bannedPatterns.push({
          pattern: '\\bjoin\\b|tritt bei',
          flags: 'i',
          reason: 'no calls to join',
        }),
    );
    expect(problems).toEqual([
      'tiny/de/main.ink:3: error: banned pattern /\\bjoin\\b|tritt bei/ matches "Tritt bei": no calls to join',
      'tiny/en/main.ink:1: error: banned pattern /\\bjoin\\b|tritt bei/ matches "Join": no calls to join',
    ]);
  });

  it('check content notes against the config and the ink', () => {
    const problems = ethicsProblems(
      storyFiles({ en: 'Loud. # cw: violence\n-> END\n' }, { contentNotes: ['gore'], minAge: 12 }),
      (c) => c.content.requiredContentNotes.push('manipulation'),
    );
    expect(problems).toEqual([
      'tiny/de/main.ink:1: error: content note "violence" is used here but not declared in story.json contentNotes',
      'tiny/en/main.ink:1: error: content note "violence" is used here but not declared in story.json contentNotes',
      'tiny/story.json:1: error: contentNotes.0: "gore" is not an allowed content note (manipulation, violence)',
      'tiny/story.json:1: error: contentNotes: must include "manipulation" (required by the ethics config)',
      'tiny/story.json:1: error: minAge: 12 is below the audience minimum of 13',
    ]);
  });

  it('check hook types and placement', () => {
    const ink = [
      'A. # hook: chat',
      'B. # distressing # hook: helpline',
      'C. # debrief # hook: reflect',
      '-> END',
    ].join('\n');
    const problems = ethicsProblems(storyFiles({ en: ink }), (c) => {
      c.hooks.allowed = ['chat', 'helpline'];
    });
    expect(problems.filter((p) => p.includes('/en/'))).toEqual([
      'tiny/en/main.ink:1: error: hook "chat" must be on a # calm or # debrief line (hooks.prompts.onlyAtCalmOrDebrief)',
      'tiny/en/main.ink:1: error: hook "chat" is offered in or right after a # distressing passage (reached by the start); help is never offered there',
      'tiny/en/main.ink:2: error: hook "helpline" is on a # distressing line: help is never offered in a distressing passage',
      'tiny/en/main.ink:3: error: hook "reflect" is not allowed (allowed: chat, helpline)',
      'tiny/en/main.ink:3: error: hook "reflect" is offered in or right after a # distressing passage (reached by the start); help is never offered there',
    ]);
  });

  it('say when an edit has voided an approval', () => {
    const dir = writeTree(storyFiles({ en: 'Hi.\n-> END\n' }));
    const approved = context(dir, (c) => {
      c.stories['tiny'] = {
        status: 'approved',
        contentHash: storyContentHash(dir, 'tiny'),
        reviewer: 'Board',
        date: '2026-11-20',
        hooks: [],
      };
    });
    const check = () =>
      checkStory(dir, 'tiny', { checks: ethicsStoryChecks(approved), displayPath: (p) => p })
        .problems;
    expect(check()).toEqual([]);
    const edited = writeTree(storyFiles({ en: 'Hi!\n-> END\n' }));
    const problems = checkStory(edited, 'tiny', {
      checks: ethicsStoryChecks({ ...approved, storiesDir: edited }),
      displayPath: (p) => p,
    }).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'ethics.config.json',
        severity: 'warning',
        message: expect.stringMatching(
          /^approval of "tiny" \(by Board on 2026-11-20\) is void: the story changed/,
        ),
      }),
    ]);
  });

  it('leave the other story checks to run alongside', () => {
    const dir = writeTree(storyFiles({ en: 'Hi. # speeker: X\n-> END\n', de: 'Hi.\n-> END\n' }));
    const problems = checkStory(dir, 'tiny', {
      checks: [...STORY_CHECKS, ...ethicsStoryChecks(context(dir))],
      displayPath: (p) => path.relative(dir, p),
    }).problems;
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/unknown tag "speeker: X"/),
    ]);
  });
});

describe('ethics config checks', () => {
  it('require crisis resources for every country a used locale serves, recently checked', () => {
    const problems = checkEthicsConfigContents(
      context('/nowhere', (c) => {
        c.audience.countriesByLocale = { en: ['EU', 'GB'] };
        c.crisisResources.byCountry['EU'] = [
          { name: 'Old line', phone: '116 111', lastChecked: '2026-01-01' },
        ];
      }),
      ['en', 'fr'],
    );
    expect(problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'error: no crisis resources for GB, which the "en" locale serves',
      'error: locale "fr" is used by stories but audience.countriesByLocale does not say which countries it serves',
      'warning: crisisResources.byCountry.EU.0 "Old line" was last checked on 2026-01-01, 330 days ago (more than 180): confirm it still works',
    ]);
    expect(
      problems.every((p) => p.file === 'ethics.config.json' && typeof p.line === 'number'),
    ).toBe(true);
  });

  it('make stale resources errors when the config says so', () => {
    const problems = checkEthicsConfigContents(
      context('/nowhere', (c) => {
        c.crisisResources.whenStale = 'error';
        c.crisisResources.maxAgeDays = 10;
        c.crisisResources.byCountry['EU'] = [
          { name: 'Line', url: 'https://example.org', lastChecked: '2026-11-01' },
        ];
      }),
      ['en'],
    );
    expect(problems.map((p) => p.severity)).toEqual(['error']);
  });

  it('warn about approvals for stories that do not exist', () => {
    const problems = checkEthicsConfigContents(
      context(writeTree({}), (c) => {
        c.stories['ghost'] = {
          status: 'revoked',
          contentHash: 'a'.repeat(64),
          reviewer: 'R',
          date: '2026-11-01',
          hooks: [],
        };
      }),
      [],
    );
    expect(problems.map((p) => p.message)).toEqual([
      'stories.ghost: there is no story "ghost" in stories/',
    ]);
  });
});

describe('hook placement, walked', () => {
  it('finds a hook offered right after a distressing passage, with the choices that lead there', () => {
    const ink = [
      'Start.',
      '* [Go on] -> loud',
      '* [Stay] -> quiet',
      '== loud ==',
      'Shouting. # distressing',
      '* [Leave] -> after',
      '== after ==',
      'Outside, it is still. # calm # hook: chat',
      '-> END',
      '== quiet ==',
      'A calm room. # calm # hook: reflect',
      '-> END',
    ].join('\n');
    const problems = ethicsProblems(storyFiles({ en: ink }));
    expect(problems).toEqual([
      'tiny/de/main.ink:8: error: hook "chat" is offered in or right after a # distressing passage (reached by choices 1, 1); help is never offered there',
      'tiny/en/main.ink:8: error: hook "chat" is offered in or right after a # distressing passage (reached by choices 1, 1); help is never offered there',
    ]);
  });
});
