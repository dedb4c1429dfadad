/** Finding where a field is in a JSON text, so problems can name its line. */

export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * The line of a field, found by its keys in order (`title`, then `de` after it). Good enough
 * for hand-edited config files, whose keys do not repeat at one level. Stops at the deepest
 * key it finds (array indexes are not keys), so a problem points at least at its parent.
 */
export function jsonFieldLine(
  text: string,
  fieldPath: readonly (string | number | symbol)[],
): number | undefined {
  let from = 0;
  let found: number | undefined;
  for (const key of fieldPath) {
    if (typeof key !== 'string') continue;
    const pattern = new RegExp(
      `${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`,
      'g',
    );
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) break;
    found = match.index;
    from = match.index + match[0].length;
  }
  return found === undefined ? undefined : lineAt(text, found);
}
