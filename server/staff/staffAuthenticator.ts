/**
 * Who is signed in: the session cookie, looked up in the session store and checked against
 * the account (gone or disabled → signed out). Used by the staff API, and meant for every
 * later staff route and the chat socket's upgrade request.
 *
 *   router.use(staff.requireSession());            // 401 unless signed in
 *   const who = staff.authenticate(request.headers); // for a WebSocket upgrade
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler, Response } from 'express';
import type { StaffRole } from '../../core/protocol/staffApi.ts';
import { readSessionToken } from './sessionCookie.ts';
import type { SessionStore, StaffSession } from './sessions.ts';
import type { StaffAccount, StaffAccounts } from './staffAccounts.ts';
import { sendStaffError } from './staffErrors.ts';

export interface SignedInStaff {
  account: StaffAccount;
  session: StaffSession;
  token: string;
}

export interface StaffAuthenticatorOptions {
  accounts: StaffAccounts;
  sessions: SessionStore;
  secureCookies: boolean;
}

export class StaffAuthenticator {
  constructor(private readonly options: StaffAuthenticatorOptions) {}

  /**
   * The signed-in staff member, with the session's idle clock restarted (unless `extend` is
   * false: a check the staff member did not cause); undefined if none.
   */
  authenticate(
    headers: IncomingHttpHeaders,
    { extend = true }: { extend?: boolean } = {},
  ): SignedInStaff | undefined {
    const token = readSessionToken(headers, this.options.secureCookies);
    if (token === undefined) return undefined;
    const session = this.options.sessions.touch(token, extend);
    if (!session) return undefined;
    const account = this.options.accounts.findById(session.accountId);
    if (!account || account.disabled) {
      this.options.sessions.end(token);
      return undefined;
    }
    return { account, session, token };
  }

  /**
   * 401 `{code: 'not-signed-in'}` unless signed in (with one of `roles`, when given: else 403);
   * the signed-in staff member is then in `staffOf(response)`.
   */
  requireSession(roles?: readonly StaffRole[]): RequestHandler {
    return (request, response, next) => {
      const staff = this.authenticate(request.headers);
      if (!staff) {
        sendStaffError(response, 401, 'not-signed-in', 'not signed in');
        return;
      }
      if (roles && !roles.includes(staff.account.role)) {
        sendStaffError(response, 403, 'forbidden', 'not allowed for this role');
        return;
      }
      response.locals.staff = staff;
      next();
    };
  }
}

/** The staff member `requireSession` found for this response. */
export function staffOf(response: Response): SignedInStaff {
  const staff = (response.locals as { staff?: SignedInStaff }).staff;
  if (!staff) throw new Error('staffOf() used on a route without requireSession()');
  return staff;
}
