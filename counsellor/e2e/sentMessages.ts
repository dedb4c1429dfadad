/**
 * What the browser tests typed into the real chat server, for the privacy scan that runs after
 * them (server/e2e/privacyScan.spec.ts): none of it may turn up in plain text in the data folder
 * or the server's log. One JSON object per line in the run's file (OFFRAMP_E2E_SENT_MESSAGES,
 * set by playwright.config.ts and emptied when the run's server starts). The scan reads the
 * same line shape; it lives in server/, which may not import this folder, so keep both in step.
 *
 * Appends are single small writes to a file opened for appending, so the two workers' lines
 * never interleave.
 */
import { appendFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';

export type SentKind = 'message' | 'resume-phrase';

export interface SentRecord {
  kind: SentKind;
  text: string;
}

function sentMessagesFile(): string {
  const file = process.env.OFFRAMP_E2E_SENT_MESSAGES;
  if (!file) {
    throw new Error(
      'OFFRAMP_E2E_SENT_MESSAGES is not set: run the browser tests through playwright.config.ts',
    );
  }
  return file;
}

/** Records text that went to the real server; call it before the text is sent. */
export async function recordSent(text: string, kind: SentKind = 'message'): Promise<void> {
  const record: SentRecord = { kind, text };
  await appendFile(sentMessagesFile(), `${JSON.stringify(record)}\n`, 'utf8');
}

/** Records a chat message, then types it into its field (the caller presses Send). */
export async function fillSent(field: Locator, text: string): Promise<void> {
  await recordSent(text);
  await field.fill(text);
}
