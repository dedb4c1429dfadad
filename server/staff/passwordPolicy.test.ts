import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  generatePassword,
  GENERATED_PASSWORD_BITS,
} from './passwordPolicy.ts';

describe('checkPasswordPolicy', () => {
  it('accepts a long password that is not the name and not common', () => {
    expect(checkPasswordPolicy('a long and quiet river', 'anna')).toBeUndefined();
    expect(checkPasswordPolicy('Zwölf Zeichen!', 'anna')).toBeUndefined();
  });

  it('needs 12 characters, counted as a person counts them', () => {
    expect(checkPasswordPolicy('short pass', 'anna')).toEqual({
      code: 'password-too-short',
      message:
        'the password must have at least 12 characters (it has 10); a few unrelated words make a good one',
    });
    // Eleven emoji are eleven characters, though 22 UTF-16 code units.
    expect(checkPasswordPolicy('🌲'.repeat(5) + '🌊'.repeat(6), 'anna')?.code).toBe(
      'password-too-short',
    );
  });

  it('refuses the account name inside the password, whatever the case', () => {
    expect(checkPasswordPolicy('Anna-Anna-Anna-2025', 'anna')).toEqual({
      code: 'password-contains-name',
      message: 'the password must not contain the account name',
    });
  });

  it('refuses the passwords attackers try first', () => {
    for (const common of [
      'password1234',
      'Passwort1234',
      'QWERTZUIOP123',
      '123456789012',
      'aaaaaaaaaaaaaa',
      'abababababab',
      'zyxwvutsrqponm',
    ]) {
      expect(checkPasswordPolicy(common, 'anna')?.code, common).toBe('password-too-common');
    }
  });

  it('refuses absurd lengths', () => {
    expect(checkPasswordPolicy('x y'.repeat(400), 'anna')?.code).toBe('password-too-long');
  });
});

describe('generatePassword', () => {
  it('makes 24 random characters in groups of four, over 100 bits, that pass the policy', () => {
    expect(GENERATED_PASSWORD_BITS).toBeGreaterThan(100);
    const seen = new Set<string>();
    for (let run = 0; run < 50; run++) {
      const password = generatePassword();
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(?:-[a-km-zA-HJ-NP-Z2-9]{4}){5}$/);
      expect(checkPasswordPolicy(password, 'anna')).toBeUndefined();
      seen.add(password);
    }
    expect(seen.size).toBe(50);
  });
});
