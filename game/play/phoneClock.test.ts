import { describe, expect, it } from 'vitest';
import { phoneTime } from './phoneClock.ts';

describe('phoneTime', () => {
  it('starts at 21:04 and moves a minute per message, in story order', () => {
    expect([0, 1, 2, 55, 56].map(phoneTime)).toEqual(['21:04', '21:05', '21:06', '21:59', '22:00']);
  });

  it('goes past midnight without leaving the clock', () => {
    expect(phoneTime(175)).toBe('23:59');
    expect(phoneTime(176)).toBe('00:00');
    expect(phoneTime(176 + 24 * 60)).toBe('00:00');
  });

  it('treats anything before the first message as the first', () => {
    expect(phoneTime(-3)).toBe('21:04');
    expect(phoneTime(1.7)).toBe('21:05');
  });
});
