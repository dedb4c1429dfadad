/**
 * Times on the phone's messages. They follow the story's order, not the real clock: the
 * first message of a playthrough reads 21:04 and each one after it a minute later, so a
 * replayed or resumed passage shows the same times again.
 */
const FIRST_MESSAGE_MINUTES = 21 * 60 + 4;
const MINUTES_PER_DAY = 24 * 60;

/** `ordinal`: 0 for the playthrough's first phone message. */
export function phoneTime(ordinal: number): string {
  const minutes = (FIRST_MESSAGE_MINUTES + Math.max(0, Math.floor(ordinal))) % MINUTES_PER_DAY;
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
