/**
 * The staff API under /api/staff: sign-in, sign-out, who is signed in, and the first admin's
 * setup. Shared by the server and the counsellor workspace, so both read the same shapes.
 * Every error body carries a `code` the workspace translates; `error` is for people reading
 * logs or using curl.
 */
import { z } from 'zod';
import { counsellorProfileSchema } from './chatProtocol.ts';

export const STAFF_API_VERSION = 1;

export const STAFF_ROLES = ['counsellor', 'supervisor', 'reviewer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const staffRoleSchema = z.enum(STAFF_ROLES);

/** Staff passwords: at least this many characters (code points). */
export const MIN_PASSWORD_LENGTH = 12;
/** A bound on what the server hashes; far above any password a person types. */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * Account names: letters (any script), digits, `.`, `_`, `-`; they start with a letter or a
 * digit. Compared without regard to case.
 */
export const ACCOUNT_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{1,63}$/u;
export const MAX_ACCOUNT_NAME_LENGTH = 64;
export const MAX_PSEUDONYM_LENGTH = 64;

export const accountNameSchema = z
  .string()
  .transform((name) => name.normalize('NFKC'))
  .pipe(
    z
      .string()
      .regex(
        ACCOUNT_NAME_PATTERN,
        'must be 2 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
      ),
  );

export const pseudonymSchema = z
  .string()
  .transform((pseudonym) => pseudonym.normalize('NFKC').trim())
  .pipe(
    z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_PSEUDONYM_LENGTH, `must be at most ${MAX_PSEUDONYM_LENGTH} characters`)
      .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'must not contain control characters'),
  );

/** Sign-in input is only bounded, not checked against the name rules: a bad name just fails. */
export const loginRequestSchema = z.strictObject({
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The one-time token of the first-admin setup link: 32 random bytes, base64url. */
export const SETUP_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const setupRequestSchema = z.strictObject({
  token: z.string().max(100),
  name: z.string().max(200),
  password: z.string().max(MAX_PASSWORD_LENGTH),
  pseudonym: z.string().max(200).optional(),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

/** What the workspace may know about the signed-in account: never the hash or the counters. */
export const staffAccountViewSchema = z.strictObject({
  name: z.string(),
  pseudonym: z.string().optional(),
  role: staffRoleSchema,
  /** What players are matched on, so the workspace can show a counsellor how players see them. */
  profile: counsellorProfileSchema.optional(),
});
export type StaffAccountView = z.infer<typeof staffAccountViewSchema>;

export const staffSessionResponseSchema = z.strictObject({
  version: z.literal(STAFF_API_VERSION),
  account: staffAccountViewSchema,
  session: z.strictObject({
    /** The session ends after this long without a request. */
    idleTimeoutSeconds: z.number().int().positive(),
    /** The session ends at this time whatever happens (ISO 8601). */
    expiresAt: z.string(),
  }),
});
export type StaffSessionResponse = z.infer<typeof staffSessionResponseSchema>;

export const PASSWORD_PROBLEM_CODES = [
  'password-too-short',
  'password-too-long',
  'password-contains-name',
  'password-too-common',
] as const;
export type PasswordProblemCode = (typeof PASSWORD_PROBLEM_CODES)[number];

export const STAFF_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'method-not-allowed',
  /** Wrong name or password, or a disabled account: deliberately one answer for all three. */
  'wrong-credentials',
  /** Too many failed sign-ins for this name (backoff or lockout); Retry-After says how long. */
  'too-many-attempts',
  /** The server is taking too many sign-ins at once; Retry-After says how long. */
  'busy',
  'not-signed-in',
  /** Signed in, but the role may not do this. */
  'forbidden',
  'origin-refused',
  /** The setup link is wrong, used, expired, or an admin exists already. */
  'setup-invalid',
  'name-invalid',
  'name-taken',
  'pseudonym-invalid',
  ...PASSWORD_PROBLEM_CODES,
] as const;
export type StaffErrorCode = (typeof STAFF_ERROR_CODES)[number];

export const staffErrorSchema = z.object({
  error: z.string(),
  code: z.enum(STAFF_ERROR_CODES),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type StaffError = z.infer<typeof staffErrorSchema>;
