/** The ethics config as the CLI commands load it: from ETHICS_CONFIG_PATH, with clear errors. */
import { readFileSync } from 'node:fs';
import { displayRelativeToCwd } from '../core/story/compileInk.node.ts';
import { EthicsConfigError } from '../core/ethics/ethicsConfig.ts';
import type { EthicsCheckContext } from '../core/ethics/ethicsChecks.node.ts';
import { readEthicsConfig } from '../core/ethics/ethicsConfigFile.node.ts';
import { ETHICS_CONFIG_PATH, STORIES_DIR, UserError } from './cliSupport.ts';

export type EthicsContextResult =
  | { ok: true; context: EthicsCheckContext }
  | { ok: false; configFile: string; error: EthicsConfigError };

export function readEthicsContext(): EthicsContextResult {
  const configFile = displayRelativeToCwd(ETHICS_CONFIG_PATH);
  try {
    const config = readEthicsConfig(ETHICS_CONFIG_PATH, configFile);
    const configText = readFileSync(ETHICS_CONFIG_PATH, 'utf8');
    return {
      ok: true,
      context: { config, configFile, configText, storiesDir: STORIES_DIR, today: new Date() },
    };
  } catch (error) {
    if (error instanceof EthicsConfigError) return { ok: false, configFile, error };
    throw error;
  }
}

/** For commands that cannot go on without a valid config: exit 1 naming the fields. */
export function loadEthicsContext(): EthicsCheckContext {
  const result = readEthicsContext();
  if (!result.ok) throw new UserError(result.error.message, 1);
  return result.context;
}
