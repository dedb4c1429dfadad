import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './latencyStats.ts';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 1)).toBe(100);
  });

  it('gives the only sample for any p, and 0 for no samples', () => {
    expect(percentile([7], 0.01)).toBe(7);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('summarize', () => {
  it('sorts unsorted samples and rounds to a tenth of a millisecond', () => {
    expect(summarize([3.04, 1, 2, 10.26])).toEqual({
      count: 4,
      p50Ms: 2,
      p95Ms: 10.3,
      p99Ms: 10.3,
      maxMs: 10.3,
    });
  });

  it('is all zeros for no samples', () => {
    expect(summarize([])).toEqual({ count: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 });
  });
});
