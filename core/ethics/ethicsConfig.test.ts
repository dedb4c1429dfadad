import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ethicsConfigJsonSchema, parseEthicsConfig, type EthicsConfig } from './ethicsConfig.ts';

const root = path.resolve(import.meta.dirname, '../..');
const shipped = (): EthicsConfig =>
  JSON.parse(readFileSync(path.join(root, 'ethics.config.json'), 'utf8')) as EthicsConfig;

function issuesOf(mutate: (config: EthicsConfig) => void): string[] {
  const config = shipped();
  mutate(config);
  try {
    parseEthicsConfig(config);
  } catch (error) {
    return (error as { issues: string[] }).issues;
  }
  return [];
}

describe('ethics config', () => {
  it('accepts the shipped config', () => {
    expect(() => parseEthicsConfig(shipped())).not.toThrow();
  });

  it('ships a JSON Schema generated from the validator', () => {
    const onDisk = JSON.parse(readFileSync(path.join(root, 'ethics.config.schema.json'), 'utf8'));
    expect(onDisk).toEqual(ethicsConfigJsonSchema());
  });

  it('names the field path of every problem', () => {
    expect(
      issuesOf((c) => {
        (c.data as { ipLogging: string }).ipLogging = 'on';
        c.hooks.prompts.maxPerSession = -1;
        (c.safety as { quickExitUrl: string }).quickExitUrl = 'http://example.org';
      }),
    ).toEqual([
      'hooks.prompts.maxPerSession: Too small: expected number to be >=0',
      'data.ipLogging: must be "off": Offramp never records IP addresses',
      'safety.quickExitUrl: must be an https:// URL',
    ]);
  });

  it('refuses to share anything with counsellors by default', () => {
    expect(
      issuesOf((c) => {
        (c.consent.sharedWithCounsellorsByDefault as string[]).push('story-position');
      }),
    ).toEqual([
      'consent.sharedWithCounsellorsByDefault: nothing is shared with counsellors by default',
    ]);
  });

  it('rejects invalid regular expressions and hooks the policy does not allow', () => {
    expect(
      issuesOf((c) => {
        c.content.bannedPatterns.push({ pattern: '(unclosed', flags: 'i', reason: 'x' });
        c.hooks.allowed = ['chat'];
        // Only this approval: the shipped ones use other hooks too.
        c.stories = {};
        c.stories['demo'] = {
          status: 'approved',
          contentHash: 'a'.repeat(64),
          reviewer: 'R',
          date: '2026-11-27',
          hooks: ['helpline'],
        };
      }),
    ).toEqual([
      expect.stringMatching(
        /^content\.bannedPatterns\.\d+\.pattern: is not a valid regular expression/,
      ),
      'stories.demo.hooks.0: "helpline" is not in hooks.allowed',
    ]);
  });
});
