/** Ethics configs for tests: a permissive base that any tiny fixture story passes. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EthicsConfig } from '../ethics/ethicsConfig.ts';

export function permissiveEthicsConfig(today = new Date()): EthicsConfig {
  const checked = today.toISOString().slice(0, 10);
  return {
    version: 1,
    audience: {
      minimumAge: 13,
      digitalConsentAge: { EU: 16 },
      countriesByLocale: { en: ['EU'], de: ['EU'] },
    },
    content: {
      allowedContentNotes: ['manipulation', 'violence'],
      requiredContentNotes: [],
      bannedPatterns: [],
    },
    hooks: {
      allowed: ['chat', 'resources', 'helpline', 'reflect'],
      prompts: {
        maxPerSession: 3,
        minChoicesBetween: 2,
        stopAfterDeclines: 2,
        neverInOrAfterDistressing: true,
        onlyAtCalmOrDebrief: true,
      },
    },
    consent: { textVersion: 'test', sharedWithCounsellorsByDefault: [] },
    data: { chatRetentionDays: 30, ipLogging: 'off' },
    crisisResources: {
      maxAgeDays: 180,
      whenStale: 'warning',
      byCountry: { EU: [{ name: 'Helpline', phone: '116 111', lastChecked: checked }] },
    },
    partners: [],
    safety: { quickExitUrl: 'https://example.org/', clearProgressOnQuickExit: false },
    stories: {},
  };
}

/** Writes a config into `dir` and returns its path. */
export function writeEthicsConfigFile(dir: string, config: EthicsConfig): string {
  const file = path.join(dir, 'ethics.config.json');
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}
