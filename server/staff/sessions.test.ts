import { describe, expect, it } from 'vitest';
import { SessionStore } from './sessions.ts';
import { TestClock } from './testing/staffApp.ts';

describe('SessionStore', () => {
  it('makes 256-bit tokens and accepts only exactly those', () => {
    const store = new SessionStore();
    const { token } = store.create('a'.repeat(32));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(store.touch(token)?.accountId).toBe('a'.repeat(32));
    expect(store.touch(`${token.slice(0, -1)}x`)).toBeUndefined();
    expect(store.touch('not a token')).toBeUndefined();
  });

  it('drops the oldest session when full, and expired ones at the next sign-in', () => {
    const clock = new TestClock();
    const store = new SessionStore({ now: clock.now, maxSessions: 2, idleTimeoutMs: 1000 });
    const first = store.create('first').token;
    const second = store.create('second').token;
    const third = store.create('third').token;
    expect([first, second, third].map((token) => store.touch(token)?.accountId)).toEqual([
      undefined,
      'second',
      'third',
    ]);
    clock.advance(1000);
    store.create('fourth');
    expect(store.size).toBe(1);
  });

  it('a check that does not extend leaves the idle clock running', () => {
    const clock = new TestClock();
    const store = new SessionStore({ now: clock.now, idleTimeoutMs: 1000 });
    const { token } = store.create('anna');
    clock.advance(600);
    expect(store.touch(token, false)?.accountId).toBe('anna');
    clock.advance(600);
    expect(store.touch(token, false)).toBeUndefined();
    const again = store.create('anna').token;
    clock.advance(600);
    expect(store.touch(again)?.accountId).toBe('anna');
    clock.advance(600);
    expect(store.touch(again)?.accountId).toBe('anna');
  });

  it('ends all sessions of one account', () => {
    const store = new SessionStore();
    const tokens = [store.create('anna').token, store.create('anna').token];
    const other = store.create('ben').token;
    expect(store.endAllFor('anna')).toBe(2);
    expect(tokens.map((token) => store.touch(token))).toEqual([undefined, undefined]);
    expect(store.touch(other)?.accountId).toBe('ben');
  });
});
