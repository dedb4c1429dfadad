import { describe, expect, it } from 'vitest';
import { formatInkFloat } from './formatInkFloat.ts';

describe('formatInkFloat', () => {
  it.each([
    [7 / 3, '2.3333333'],
    [2.5, '2.5'],
    [1, '1'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.33333334'],
    [100, '100'],
    [16777216, '16777216'],
    [123456789, '123456790'],
    [3.4028235e38, '3.4028235E+38'],
    [0.0001, '0.0001'],
    [0.00001, '1E-05'],
    [-2.5, '-2.5'],
    [0, '0'],
    [Infinity, 'Infinity'],
  ])('prints %s as %s', (value, printed) => {
    expect(formatInkFloat(value)).toBe(printed);
  });
});
