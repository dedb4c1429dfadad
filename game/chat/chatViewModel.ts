/**
 * What the chat screens say, decided without a screen: titles, status lines, the counsellor's
 * name, and the open request built from what the player picked.
 */
import {
  CHAT_WISHES,
  COUNSELLOR_GENDER_PREFERENCES,
  COUNSELLOR_KIND_PREFERENCES,
  type ChatEntry,
  type ChatFormat,
  type ChatWish,
  type CounsellorKind,
  type StoryPosition,
} from '../../core/protocol/chatProtocol.ts';
import type {
  AvailabilityQuery,
  AvailabilityResponse,
} from '../../core/protocol/chatAvailabilityApi.ts';
import { generateGuestToken, isGuestToken } from '../../core/chat/guestToken.ts';
import type { Translate } from '../i18n/translator.ts';
import type { OpenRequest, PlayerChatState } from './playerChat.ts';

/** Literal keys, so the translation check sees every one in use. */
export const KIND_LABEL_KEYS: Record<CounsellorKind, string> = {
  professional: 'chat.kinds.professional',
  'former-member': 'chat.kinds.former-member',
  survivor: 'chat.kinds.survivor',
};

export function counsellorName(t: Translate, state: PlayerChatState): string {
  const counsellor = state.counsellor;
  return counsellor ? counsellor.pseudonym : t('chat.panel.titleWaiting');
}

export function panelTitle(t: Translate, state: PlayerChatState): string {
  if (state.phase === 'ended' || state.phase === 'deleted') return t('chat.panel.titleEnded');
  const counsellor = state.counsellor;
  if (!counsellor) return t('chat.panel.titleWaiting');
  return t('chat.panel.titleWith', {
    name: counsellor.pseudonym,
    kind: t(KIND_LABEL_KEYS[counsellor.kind]),
  });
}

/**
 * While a live request waits: whether someone who fits is still online, and how many others
 * wait with it (the player's own request is one of those the answer counts).
 */
export function liveWaitLine(t: Translate, answer: AvailabilityResponse): string {
  if (answer.status !== 'online') return t('chat.panel.liveWait.nobodyOnline');
  const others = Math.max(0, answer.waitingAhead - 1);
  const lines = [
    others > 0
      ? t('chat.panel.liveWait.othersWaiting', { count: others })
      : t('chat.panel.liveWait.online'),
  ];
  if (answer.typicalWaitMinutes !== null && answer.typicalWaitMinutes >= 1) {
    lines.push(t('chat.availability.typicalWait', { count: answer.typicalWaitMinutes }));
  }
  return lines.join(' ');
}

export function statusLine(t: Translate, state: PlayerChatState): string {
  if (state.connection === 'outdated') return t('chat.panel.outdated');
  if (state.phase === 'deleted') return t('chat.panel.deleted');
  if (state.phase === 'ended') {
    if (state.endedBy === 'player') return t('chat.panel.endedByPlayer');
    if (state.endedBy === 'counsellor') return t('chat.panel.endedByCounsellor');
    return t('chat.panel.endedByServer');
  }
  if (state.connection !== 'ready') return t('chat.panel.connecting');
  if (state.lastError === 'storage-failed' || state.lastError === 'internal') {
    return t('chat.panel.error');
  }
  if (state.phase === 'waiting' && !state.counsellor) {
    return state.conversation?.format === 'message'
      ? t('chat.panel.waitingMessage')
      : t('chat.panel.waitingLive');
  }
  return '';
}

/** The player's place as the chat's opt-in shows it and, if they agree, sends it. */
export interface StoryPlaceView {
  position: StoryPosition;
  /** The story's title in the UI language, so the player sees what they would share. */
  title: string;
}

export interface PreferenceChoices {
  counsellorKind: string;
  counsellorGender: string;
  language: string;
  wishes: readonly string[];
  format: string;
  sharePosition: boolean;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  values.some((candidate) => candidate === value);

/** The choices a counsellor is matched on; anything unexpected falls back to "any". */
export function matchedPreferences(choices: PreferenceChoices): AvailabilityQuery {
  return {
    counsellorKind: isOneOf(COUNSELLOR_KIND_PREFERENCES, choices.counsellorKind)
      ? choices.counsellorKind
      : 'any',
    counsellorGender: isOneOf(COUNSELLOR_GENDER_PREFERENCES, choices.counsellorGender)
      ? choices.counsellorGender
      : 'any',
    language: /^[a-z]{2,3}$/.test(choices.language) ? choices.language : 'en',
  };
}

/** The `open` request from the form. */
export function openRequestFrom(
  choices: PreferenceChoices,
  context: { consentVersion: string; entry: ChatEntry; storyPosition: StoryPosition | undefined },
): OpenRequest {
  const wishes = CHAT_WISHES.filter((wish: ChatWish) => choices.wishes.includes(wish));
  const format: ChatFormat = choices.format === 'message' ? 'message' : 'live';
  return {
    consentVersion: context.consentVersion,
    preferences: { ...matchedPreferences(choices), wishes },
    format,
    entry: context.entry,
    ...(choices.sharePosition && context.storyPosition
      ? { sharedStoryPosition: context.storyPosition }
      : {}),
  };
}

const GUEST_TOKEN_KEY = 'offramp.chat.guestToken';

/** The player's anonymous identity, kept for this tab's session. */
export function guestToken(storage: Storage | undefined): string {
  const kept = storage?.getItem(GUEST_TOKEN_KEY);
  if (kept && isGuestToken(kept)) return kept;
  const token = generateGuestToken();
  try {
    storage?.setItem(GUEST_TOKEN_KEY, token);
  } catch {
    // Without storage the token lives as long as the page: still anonymous, just shorter.
  }
  return token;
}
