/** Reads and writes ethics.config.json; every entry point (CLI, server, build, tests) goes through here. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EthicsConfigError, parseEthicsConfig, type EthicsConfig } from './ethicsConfig.ts';

export const ETHICS_CONFIG_FILE = 'ethics.config.json';

export function readEthicsConfig(file: string, shownAs = path.basename(file)): EthicsConfig {
  return readEthicsConfigWithText(file, shownAs).config;
}

/** The config and its text as read, for pointing problems at the line of a field. */
export function readEthicsConfigWithText(
  file: string,
  shownAs = path.basename(file),
): { config: EthicsConfig; text: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EthicsConfigError(shownAs, [], code === 'ENOENT' ? 'no such file' : String(error));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EthicsConfigError(shownAs, [], `not valid JSON: ${(error as Error).message}`);
  }
  return { config: parseEthicsConfig(data, shownAs), text };
}

/** Validates before writing and replaces the file atomically, so a bad edit never lands half-way. */
export function writeEthicsConfig(file: string, config: EthicsConfig): void {
  const valid = parseEthicsConfig(config, path.basename(file));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(valid, null, 2)}\n`);
  renameSync(temporary, file);
}
