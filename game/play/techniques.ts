/** The recruiter's techniques a playthrough met (`# technique:`), for the debrief. */
import type { ShownEntry } from './shownLine.ts';

/** Each technique once, in the order the player met it. */
export function collectTechniques(
  entries: readonly ShownEntry[],
  alreadyMet: readonly string[] = [],
): string[] {
  const met = [...alreadyMet];
  for (const entry of entries) {
    if (entry.kind === 'line' && entry.technique && !met.includes(entry.technique)) {
      met.push(entry.technique);
    }
  }
  return met;
}

/** A readable name for a technique the translations do not know: `us-versus-them` → "Us versus them". */
export function humaniseSlug(slug: string): string {
  const words = slug.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
