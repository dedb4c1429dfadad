import { describe, expect, it } from 'vitest';
import { ChangePacer } from './changePacer.ts';

describe('ChangePacer', () => {
  it('lets the first change happen at once', () => {
    expect(new ChangePacer(800).delayFor(0)).toBe(0);
  });

  it('holds back a change that follows the last one too closely', () => {
    const pacer = new ChangePacer(800);
    pacer.changed(1000);
    expect(pacer.delayFor(1200)).toBe(600);
    expect(pacer.delayFor(1800)).toBe(0);
    expect(pacer.delayFor(5000)).toBe(0);
  });

  it('allows fewer than three changes in any second at its interval', () => {
    const pacer = new ChangePacer(800);
    const changes: number[] = [];
    // A reader tapping every 50 ms for two seconds.
    for (let now = 0; now <= 2000; now += 50) {
      if (pacer.delayFor(now) === 0) {
        pacer.changed(now);
        changes.push(now);
      }
    }
    for (const start of changes) {
      expect(changes.filter((at) => at >= start && at < start + 1000).length).toBeLessThan(3);
    }
  });
});
