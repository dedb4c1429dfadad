/**
 * Everything staff authentication needs, made once by the server's entry from the accounts
 * file of the data store:
 *
 *   const staff = createStaffAuth({ accountsFile: data.accounts, logger, secureCookies: true });
 *   const app = createApp({ ..., staff: staff.router });          // /api/staff
 *   ... after listening:
 *   await staff.prepareFirstAdminSetup(running.url);                // prints the link if no admin
 *
 * `staff.authenticator` answers "who is this?" for later staff routes and the chat socket.
 */
import type express from 'express';
import { silentLogger, type Logger } from '../logger.ts';
import type { AccountsFile } from '../store/accountsFile.ts';
import { prepareFirstAdminSetup } from './firstAdminSetup.ts';
import { SessionStore } from './sessions.ts';
import { StaffAuthenticator } from './staffAuthenticator.ts';
import { openAccountRepository, StaffAccounts } from './staffAccounts.ts';
import { createStaffRouter } from './staffRouter.ts';

export interface StaffAuthOptions {
  accountsFile: AccountsFile;
  logger?: Logger;
  /**
   * true: the `__Host-` cookie with Secure. Browsers keep it over https, and over plain http
   * only from localhost/127.0.0.1. false only for a server deliberately reached over plain
   * http from elsewhere (a LAN test), where a Secure cookie would be refused.
   */
  secureCookies: boolean;
  /** The public origins when a TLS proxy sits in front (e.g. ['https://offramp.example.org']). */
  allowedOrigins?: readonly string[];
  now?: () => Date;
}

export interface StaffAuth {
  accounts: StaffAccounts;
  sessions: SessionStore;
  authenticator: StaffAuthenticator;
  router: express.Router;
  /** Logs and returns a one-time setup link when there is no enabled admin. */
  prepareFirstAdminSetup(baseUrl: string): Promise<string | undefined>;
}

export function createStaffAuth(options: StaffAuthOptions): StaffAuth {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const accounts = new StaffAccounts(openAccountRepository(options.accountsFile), now);
  const sessions = new SessionStore({ now });
  return {
    accounts,
    sessions,
    authenticator: new StaffAuthenticator({
      accounts,
      sessions,
      secureCookies: options.secureCookies,
    }),
    router: createStaffRouter({
      accounts,
      sessions,
      logger,
      now,
      secureCookies: options.secureCookies,
      ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    }),
    prepareFirstAdminSetup: (baseUrl) => prepareFirstAdminSetup({ accounts, logger, baseUrl, now }),
  };
}
