/** The ethics config as the CLI commands load it: from ETHICS_CONFIG_PATH, with clear errors. */
import { displayRelativeToCwd } from '../core/story/compileInk.node.ts';
import { EthicsConfigError } from '../core/ethics/ethicsConfig.ts';
import type { EthicsCheckContext } from '../core/ethics/ethicsChecks.node.ts';
import { readEthicsConfigWithText } from '../core/ethics/ethicsConfigFile.node.ts';
import { ETHICS_CONFIG_PATH, STORIES_DIR, UserError } from './cliSupport.ts';

export type EthicsContextResult =
  | { ok: true; context: EthicsCheckContext }
  | { ok: false; configFile: string; error: EthicsConfigError };

export function readEthicsContext(): EthicsContextResult {
  const configFile = displayRelativeToCwd(ETHICS_CONFIG_PATH);
  try {
    const { config, text: configText } = readEthicsConfigWithText(ETHICS_CONFIG_PATH, configFile);
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
