/**
 * The player's anonymous identity for one browser session: 128 random bits, kept in
 * sessionStorage and sent in the chat `hello`. The server never stores it in clear.
 */
import { GUEST_TOKEN_PATTERN } from '../protocol/chatProtocol.ts';
import { cryptoRandomBytes, type RandomBytes } from './randomBytes.ts';

export function generateGuestToken(random: RandomBytes = cryptoRandomBytes): string {
  const bytes = random(16);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function isGuestToken(value: string): boolean {
  return GUEST_TOKEN_PATTERN.test(value);
}
