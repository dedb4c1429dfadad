/**
 * Whether a counsellor fits what a player asked for. One rule, used for the queue each
 * counsellor sees and for the availability the player is told about, so the two never
 * disagree: a player told "someone who matches is online" is in that person's queue.
 */
import type { ChatPreferences, CounsellorProfile } from '../protocol/chatProtocol.ts';

export type MatchCriteria = Pick<
  ChatPreferences,
  'counsellorKind' | 'counsellorGender' | 'language'
>;

export function counsellorMatches(criteria: MatchCriteria, profile: CounsellorProfile): boolean {
  const kindFits = criteria.counsellorKind === 'any' || criteria.counsellorKind === profile.kind;
  const genderFits =
    criteria.counsellorGender === 'any' || criteria.counsellorGender === profile.gender;
  // "de-AT" is served by someone who speaks "de".
  const language = criteria.language.split('-')[0] ?? criteria.language;
  const languageFits = profile.languages.some(
    (spoken) => spoken === criteria.language || spoken.split('-')[0] === language,
  );
  return kindFits && genderFits && languageFits;
}
