/**
 * Prints a float the way ink's reference runtime (inklecate on .NET) does. ink floats are
 * 32-bit, and .NET prints a `float` with the fewest significant digits (at most 9) that
 * read back as the same float, so `7 / 3.0` prints `2.3333333` and `0.1 + 0.2` prints
 * `0.3`. Exponent notation is used as .NET's general format does: when the decimal
 * exponent is below -4 or beyond the digits printed (at least 9): `1E-05`, `3.4028235E+38`.
 */
export function formatInkFloat(value: number): string {
  const single = Math.fround(value);
  if (Number.isNaN(single)) return 'NaN';
  if (!Number.isFinite(single)) return single > 0 ? 'Infinity' : '-Infinity';
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';

  let digits = 1;
  while (digits < 9 && Math.fround(Number(single.toPrecision(digits))) !== single) digits++;
  const [mantissa = '0', exponentText = '0'] = single.toExponential(digits - 1).split('e');
  const exponent = Number(exponentText);
  const significant = mantissa.replace(/[-.]/g, '').replace(/0+$/, '') || '0';
  const scale = exponent + 1;

  if (scale > Math.max(significant.length, 9) || scale < -3) {
    const sign = exponent < 0 ? '-' : '+';
    return `${stripTrailingZeros(mantissa)}E${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const fixed = Number(`${mantissa}e${exponent}`).toFixed(Math.max(0, digits - 1 - exponent));
  return stripTrailingZeros(fixed);
}

function stripTrailingZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}
