import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissiveEthicsConfig } from '../testing/ethicsFixtures.node.ts';
import { writeTree } from '../testing/inkFixtures.node.ts';
import { ApprovalRefused, approveStory, revokeStory } from './approvals.node.ts';
import type { EthicsCheckContext } from './ethicsChecks.node.ts';
import { storyContentHash } from './storyContentHash.node.ts';

const TODAY = new Date('2026-11-27T10:00:00Z');
const INK =
  'Hi.\n* [Talk] A quiet moment. # calm # hook: chat\n  -> END\n* [Think] Later. # debrief # hook: reflect\n  -> END\n';

function project(ink = INK): EthicsCheckContext {
  const storiesDir = writeTree({
    'tiny/story.json': JSON.stringify({
      id: 'tiny',
      title: { en: 'T' },
      summary: { en: 'S' },
      minAge: 13,
      contentNotes: [],
      themes: [],
      locales: ['en'],
      entry: 'main.ink',
    }),
    'tiny/en/main.ink': ink,
  });
  const config = permissiveEthicsConfig(TODAY);
  return {
    config,
    configFile: 'ethics.config.json',
    configText: JSON.stringify(config),
    storiesDir,
    today: TODAY,
  };
}

describe('approveStory', () => {
  it('binds the approval to the exact content, with the hooks the story uses', () => {
    const context = project();
    const { config, approval } = approveStory(context, {
      storyId: 'tiny',
      reviewer: ' Board ',
      note: 'content team',
    });
    expect(approval).toEqual({
      status: 'approved',
      contentHash: storyContentHash(context.storiesDir, 'tiny'),
      reviewer: 'Board',
      date: '2026-11-27',
      hooks: ['chat', 'reflect'],
      note: 'content team',
    });
    expect(config.stories['tiny']).toEqual(approval);
    expect(context.config.stories['tiny']).toBeUndefined();
  });

  it('refuses a story that offramp check rejects, listing the problems', () => {
    const context = project('Hi. # hook: chat\n-> END\n');
    let refused: unknown;
    try {
      approveStory(context, { storyId: 'tiny', reviewer: 'Board' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ApprovalRefused);
    expect((refused as ApprovalRefused).problems.map((p) => p.message)).toEqual([
      'hook "chat" must be on a # calm or # debrief line (hooks.prompts.onlyAtCalmOrDebrief)',
    ]);
  });

  it('approves again after an edit voided the approval', () => {
    const context = project();
    const first = approveStory(context, { storyId: 'tiny', reviewer: 'Board' });
    writeFileSync(path.join(context.storiesDir, 'tiny/en/main.ink'), INK.replace('Hi.', 'Hello.'));
    const second = approveStory(
      { ...context, config: first.config },
      { storyId: 'tiny', reviewer: 'Board' },
    );
    expect(second.approval.contentHash).not.toBe(first.approval.contentHash);
  });

  it('needs a reviewer', () => {
    expect(() => approveStory(project(), { storyId: 'tiny', reviewer: '  ' })).toThrow(
      /reviewer name is required/,
    );
  });
});

describe('revokeStory', () => {
  it('keeps the record and marks it revoked', () => {
    const context = project();
    const { config } = approveStory(context, { storyId: 'tiny', reviewer: 'Board' });
    const later = new Date('2026-12-01T00:00:00Z');
    const revoked = revokeStory(config, { storyId: 'tiny', note: 'wording' }, later);
    expect(revoked.approval).toMatchObject({
      status: 'revoked',
      reviewer: 'Board',
      date: '2026-12-01',
      note: 'wording',
    });
    expect(() => revokeStory(revoked.config, { storyId: 'tiny' }, later)).toThrow(
      /already revoked on 2026-12-01/,
    );
    expect(() => revokeStory(config, { storyId: 'other' }, later)).toThrow(
      /has no approval to revoke/,
    );
  });
});
