/** The one way the staff API answers with an error: `{error, code}` (core/protocol/staffApi.ts). */
import type { Response } from 'express';
import type { StaffError, StaffErrorCode } from '../../core/protocol/staffApi.ts';

export function sendStaffError(
  response: Response,
  status: number,
  code: StaffErrorCode,
  error: string,
  retryAfterMs?: number,
): void {
  const body: StaffError = { error, code };
  if (retryAfterMs !== undefined) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    body.retryAfterSeconds = seconds;
    response.set('Retry-After', String(seconds));
  }
  response.status(status).set('Cache-Control', 'no-store').json(body);
}
