/** What to tell a person about a failed staff request, in their language. */
import type { Translate } from '../i18n.ts';
import type { FailureCode } from '../staffClient.ts';
import { MIN_PASSWORD_LENGTH } from '../../core/protocol/staffApi.ts';

const ERROR_KEYS: Record<FailureCode, string> = {
  'invalid-request': 'errors.unexpected',
  'not-found': 'errors.unexpected',
  'method-not-allowed': 'errors.unexpected',
  forbidden: 'errors.unexpected',
  unexpected: 'errors.unexpected',
  network: 'errors.network',
  'wrong-credentials': 'errors.wrongCredentials',
  'too-many-attempts': 'errors.tooManyAttempts',
  busy: 'errors.busy',
  'not-signed-in': 'errors.notSignedIn',
  'origin-refused': 'errors.originRefused',
  'setup-invalid': 'errors.setupInvalid',
  'name-invalid': 'errors.nameInvalid',
  'name-taken': 'errors.nameTaken',
  'pseudonym-invalid': 'errors.pseudonymInvalid',
  'password-too-short': 'errors.passwordTooShort',
  'password-too-long': 'errors.passwordTooLong',
  'password-contains-name': 'errors.passwordContainsName',
  'password-too-common': 'errors.passwordTooCommon',
};

export function errorText(t: Translate, code: FailureCode, retryAfterSeconds?: number): string {
  if (code === 'too-many-attempts' && retryAfterSeconds !== undefined) {
    return retryAfterSeconds < 60
      ? t('errors.tooManyAttemptsSeconds', { count: retryAfterSeconds })
      : t('errors.tooManyAttemptsMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
  }
  return t(ERROR_KEYS[code], { min: MIN_PASSWORD_LENGTH });
}
