/**
 * What a staff password must be: long enough, not the account name, not one of the passwords
 * every attacker tries first. Length beats composition rules (NIST SP 800-63B), so there are
 * none of those. Also the generator for `offramp user add --generate`.
 */
import { randomInt } from 'node:crypto';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type PasswordProblemCode,
} from '../../core/protocol/staffApi.ts';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

/**
 * The most common passwords of 12 characters or more in public breach lists (shorter ones
 * fail the length rule anyway), with the German favourites. Compared without case.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '1234567891011',
  '111111111111',
  '000000000000',
  '123123123123',
  '987654321098',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'password!123',
  'password@123',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdfghjkl',
  'qwertzuiop12',
  'qwertzuiop123',
  'qwerty123456',
  'qwertz123456',
  'asdfghjkl123',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'iloveyou1234',
  'iloveyou12345',
  'abcdefghijkl',
  'abc123456789',
  'abcd12345678',
  'letmein12345',
  'welcome12345',
  'welcome@1234',
  'changeme1234',
  'trustno11234',
  'administrator',
  'administrator1',
  'passwort1234',
  'passwort12345',
  'hallo1234567',
  'ichliebedich1',
  'schatzi12345',
  'offramp12345',
  'offramp123456',
  'counsellor123',
  'counselor1234',
]);

/** The same character over and over, or a run up or down an alphabet or a keyboard row. */
function isTrivialSequence(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 2) return true;
  const rows = [
    '0123456789',
    'abcdefghijklmnopqrstuvwxyz',
    'qwertyuiop',
    'qwertzuiop',
    'asdfghjkl',
  ];
  return rows.some((row) => {
    const reversed = [...row].reverse().join('');
    const cycle = row.repeat(Math.ceil(lower.length / row.length) + 1);
    const reversedCycle = reversed.repeat(Math.ceil(lower.length / row.length) + 1);
    return cycle.includes(lower) || reversedCycle.includes(lower);
  });
}

/** undefined when the password is acceptable for the account `name`. */
export function checkPasswordPolicy(password: string, name: string): PasswordProblem | undefined {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return {
      code: 'password-too-short',
      message: `the password must have at least ${MIN_PASSWORD_LENGTH} characters (it has ${length}); a few unrelated words make a good one`,
    };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return {
      code: 'password-too-long',
      message: `the password must have at most ${MAX_PASSWORD_LENGTH} characters`,
    };
  }
  const lowerName = name.normalize('NFKC').toLowerCase();
  if (lowerName.length >= 3 && normalised.toLowerCase().includes(lowerName)) {
    return {
      code: 'password-contains-name',
      message: 'the password must not contain the account name',
    };
  }
  if (COMMON_PASSWORDS.has(normalised.toLowerCase()) || isTrivialSequence(normalised)) {
    return {
      code: 'password-too-common',
      message: 'this password is among the first ones attackers try; choose another',
    };
  }
  return undefined;
}

/** No 0/O, 1/l/I: a generated password is sometimes read off a screen and typed. */
const GENERATED_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GENERATED_GROUPS = 6;
const GENERATED_GROUP_LENGTH = 4;

/** Bits of entropy in a generated password (24 characters of 57: about 140). */
export const GENERATED_PASSWORD_BITS =
  GENERATED_GROUPS * GENERATED_GROUP_LENGTH * Math.log2(GENERATED_ALPHABET.length);

/** e.g. `gT7k-Hq2x-...`: six groups of four, from crypto.randomInt (uniform, no modulo bias). */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < GENERATED_GROUPS; group++) {
    let text = '';
    for (let index = 0; index < GENERATED_GROUP_LENGTH; index++) {
      text += GENERATED_ALPHABET[randomInt(GENERATED_ALPHABET.length)];
    }
    groups.push(text);
  }
  return groups.join('-');
}
