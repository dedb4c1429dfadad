/**
 * Keeps large changes of brightness apart in time. Whatever the story or a fast reader asks
 * for, the art changes its backdrop or light at most once per interval, so it can never flash
 * (WCAG 2.3.1 allows at most three flashes in any second); the latest request wins.
 */
export class ChangePacer {
  private lastChangeAt = Number.NEGATIVE_INFINITY;

  constructor(readonly minIntervalMs: number) {}

  /** How long to wait, from `now`, before the next change may happen. */
  delayFor(now: number): number {
    return Math.max(0, this.lastChangeAt + this.minIntervalMs - now);
  }

  changed(now: number): void {
    this.lastChangeAt = now;
  }
}
