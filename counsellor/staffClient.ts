/**
 * The workspace's side of the staff API (/api/staff), apart from any screen. Every answer is
 * parsed with the shared schemas (core/protocol/staffApi.ts); anything else counts as a
 * failure with a code the screens translate.
 */
import {
  staffErrorSchema,
  staffSessionResponseSchema,
  type StaffErrorCode,
  type StaffSessionResponse,
} from '../core/protocol/staffApi.ts';

export type FailureCode = StaffErrorCode | 'network' | 'unexpected';

export type StaffResult =
  | { ok: true; session: StaffSessionResponse }
  | { ok: false; code: FailureCode; retryAfterSeconds?: number };

const BASE = '/api/staff';

export class StaffClient {
  constructor(private readonly fetchFn: typeof fetch = fetch.bind(globalThis)) {}

  me(): Promise<StaffResult> {
    return this.request('GET', '/me');
  }

  login(name: string, password: string): Promise<StaffResult> {
    return this.request('POST', '/login', { name, password });
  }

  setup(token: string, name: string, password: string, pseudonym?: string): Promise<StaffResult> {
    return this.request('POST', '/setup', {
      token,
      name,
      password,
      ...(pseudonym ? { pseudonym } : {}),
    });
  }

  /** true once the server has ended the session (or there was none). */
  async logout(): Promise<boolean> {
    try {
      const response = await this.fetchFn(`${BASE}/logout`, {
        method: 'POST',
        credentials: 'same-origin',
      });
      return response.ok;
    } catch {
      return false;
    }
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<StaffResult> {
    let response: Response;
    try {
      response = await this.fetchFn(`${BASE}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, code: 'network' };
    }
    const data: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const session = staffSessionResponseSchema.safeParse(data);
      return session.success
        ? { ok: true, session: session.data }
        : { ok: false, code: 'unexpected' };
    }
    const error = staffErrorSchema.safeParse(data);
    if (!error.success) return { ok: false, code: 'unexpected' };
    return {
      ok: false,
      code: error.data.code,
      ...(error.data.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: error.data.retryAfterSeconds }),
    };
  }
}
