/**
 * The player's settings, kept on this device in localStorage under `offramp:settings` (this
 * module is the only writer of that key). A stored value that is missing, from an older
 * build or tampered with never breaks the game: each field that does not parse falls back
 * to its default on its own.
 */
import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/translator.ts';

export const SETTINGS_STORAGE_KEY = 'offramp:settings';
export const SETTINGS_VERSION = 1;

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

export const LINE_SPACINGS = ['normal', 'wide', 'wider'] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];

export const FONT_CHOICES = ['sans', 'serif', 'legible'] as const;
export type FontChoice = (typeof FONT_CHOICES)[number];

export const playerSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).catch(SETTINGS_VERSION),
  /** Absent: follow the browser's languages. */
  language: z.enum(UI_LANGUAGES).optional().catch(undefined),
  textScale: z.literal(TEXT_SCALES).catch(1),
  lineSpacing: z.enum(LINE_SPACINGS).catch('normal'),
  font: z.enum(FONT_CHOICES).catch('sans'),
  highContrast: z.boolean().catch(false),
  /** Absent: follow the system's `prefers-reduced-motion`. */
  reducedMotion: z.boolean().optional().catch(undefined),
  /** false: "don't keep my progress on this device". */
  keepProgress: z.boolean().catch(true),
  quickExitNoteDismissed: z.boolean().catch(false),
});

export type PlayerSettings = z.infer<typeof playerSettingsSchema>;

export const DEFAULT_SETTINGS: PlayerSettings = playerSettingsSchema.parse({});

/** Reads stored settings text; anything unreadable gives the defaults, field by field. */
export function parseSettings(stored: string | null): PlayerSettings {
  if (stored === null) return DEFAULT_SETTINGS;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return DEFAULT_SETTINGS;
  }
  const parsed = playerSettingsSchema.safeParse(
    typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {},
  );
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Reading fails where storage is blocked (some private modes): then the defaults apply. */
export function readSettings(storage: Storage | undefined = safeLocalStorage()): PlayerSettings {
  try {
    return parseSettings(storage?.getItem(SETTINGS_STORAGE_KEY) ?? null);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Returns false where the browser refuses to store (the settings then last for this visit). */
export function writeSettings(
  settings: PlayerSettings,
  storage: Storage | undefined = safeLocalStorage(),
): boolean {
  try {
    storage?.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/**
 * Whether the player lets the game keep their progress on this device. The saves code asks
 * this before every write, so it is read from storage each time, never cached.
 */
export function shouldKeepProgress(storage: Storage | undefined = safeLocalStorage()): boolean {
  return readSettings(storage).keepProgress;
}

/** `window.localStorage` throws, rather than being absent, where storage is disabled. */
export function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function safeSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
