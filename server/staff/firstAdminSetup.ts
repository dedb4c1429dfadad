/**
 * The first start without an admin: the server prints a one-time link that lets whoever can
 * read the server's output create the first admin account in the browser.
 *
 * The token sits in the link's fragment (`/counsellor/#setup=…`): browsers never send a
 * fragment, so it reaches no request log and no Referer; the workspace posts it. Only its
 * SHA-256 is stored; it works once, for `validForMs`, and only while there is no enabled admin.
 * Each start makes a new link, which voids the previous one.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SETUP_TOKEN_PATTERN } from '../../core/protocol/staffApi.ts';
import type { Logger } from '../logger.ts';
import type { StaffAccounts, StaffDirectory } from './staffAccounts.ts';

export const DEFAULT_SETUP_VALID_MS = 30 * 60 * 1000;
export const SETUP_FRAGMENT_KEY = 'setup';

export interface PrepareFirstAdminSetupOptions {
  accounts: StaffAccounts;
  logger: Logger;
  /** Where a browser on this machine reaches the server, e.g. `http://localhost:8080`. */
  baseUrl: string;
  now?: () => Date;
  validForMs?: number;
}

function hashSetupToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Makes, stores (as a hash) and logs a setup link when no enabled admin exists; returns the
 * link, or undefined when an admin exists (any stale pending setup is then voided).
 */
export async function prepareFirstAdminSetup(
  options: PrepareFirstAdminSetupOptions,
): Promise<string | undefined> {
  const { accounts, logger } = options;
  if (accounts.hasEnabledAdmin()) {
    if (accounts.pendingSetup()) await accounts.replacePendingSetup(undefined);
    return undefined;
  }
  const now = options.now ?? (() => new Date());
  const validForMs = options.validForMs ?? DEFAULT_SETUP_VALID_MS;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now().getTime() + validForMs).toISOString();
  await accounts.replacePendingSetup({ tokenHash: hashSetupToken(token), expiresAt });
  const setupPath = `/counsellor/#${SETUP_FRAGMENT_KEY}=${token}`;
  const link = new URL(setupPath, options.baseUrl).href;
  const minutes = Math.round(validForMs / 60_000);
  // warn: it must show at every log level, and it asks the operator to act.
  logger.warn(
    `no admin account yet: open this link within ${minutes} minutes to create the first one (it works once): ${link}`,
    // The path again on its own: the logger blanks anything shaped like an IP address, which
    // would break a link to a numeric host.
    { setupUrl: link, setupPath, expiresAt },
  );
  return link;
}

export class SetupRefused extends Error {
  constructor() {
    super('this setup link is invalid, used or expired');
    this.name = 'SetupRefused';
  }
}

/**
 * Throws SetupRefused unless `token` matches the pending setup of `directory`, the setup has
 * not expired and no enabled admin exists. Run it inside the update that creates the admin,
 * so two uses of one link cannot both succeed.
 */
export function checkSetupToken(directory: StaffDirectory, token: string, now: Date): void {
  const pending = directory.firstAdminSetup;
  const hasAdmin = directory.accounts.some((a) => a.role === 'admin' && !a.disabled);
  if (!pending || hasAdmin || !SETUP_TOKEN_PATTERN.test(token)) throw new SetupRefused();
  const presented = Buffer.from(hashSetupToken(token), 'hex');
  const expected = Buffer.from(pending.tokenHash, 'hex');
  if (!timingSafeEqual(presented, expected)) throw new SetupRefused();
  if (now.getTime() >= Date.parse(pending.expiresAt)) throw new SetupRefused();
}
