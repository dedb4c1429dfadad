/**
 * The tag vocabulary: the authoring contract between content teams and the game.
 * Every tag is parsed here, once, into a typed value.
 */
export const HOOK_TYPES = ['chat', 'resources', 'helpline', 'reflect'] as const;
export type HookType = (typeof HOOK_TYPES)[number];

export const UI_MODES = ['phone'] as const;
export type UiMode = (typeof UI_MODES)[number];

export type StoryTag =
  | { kind: 'speaker'; name: string }
  | { kind: 'scene'; scene: string }
  | { kind: 'ui'; mode: UiMode }
  | { kind: 'mood'; mood: string }
  | { kind: 'sfx'; sound: string }
  | { kind: 'pause'; milliseconds: number }
  | { kind: 'cw'; note: string }
  | { kind: 'distressing' }
  | { kind: 'calm' }
  | { kind: 'debrief' }
  | { kind: 'hook'; hook: HookType }
  | { kind: 'technique'; technique: string };

export type TagKind = StoryTag['kind'];

export type TagParseResult = { ok: true; tag: StoryTag } | { ok: false; error: string };

/** Lowercase words joined by hyphens: `school-yard`, `love-bombing`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s)$/;
const MAX_PAUSE_MS = 10_000;

type ValueParser = (value: string) => StoryTag | string;

const slug =
  (build: (value: string) => StoryTag, what: string): ValueParser =>
  (value) =>
    SLUG.test(value)
      ? build(value)
      : `${what} must be lowercase words joined by hyphens, got "${value}"`;

const oneOf =
  <T extends string>(
    allowed: readonly T[],
    build: (value: T) => StoryTag,
    what: string,
  ): ValueParser =>
  (value) =>
    (allowed as readonly string[]).includes(value)
      ? build(value as T)
      : `unknown ${what} "${value}" (expected ${allowed.join(', ')})`;

const VALUE_TAGS: Record<string, ValueParser> = {
  speaker: (value) =>
    value.length > 0 ? { kind: 'speaker', name: value } : 'speaker needs a name',
  scene: slug((scene) => ({ kind: 'scene', scene }), 'scene'),
  ui: oneOf(UI_MODES, (mode) => ({ kind: 'ui', mode }), 'ui mode'),
  mood: slug((mood) => ({ kind: 'mood', mood }), 'mood'),
  sfx: slug((sound) => ({ kind: 'sfx', sound }), 'sfx'),
  pause: (value) => {
    const match = DURATION.exec(value);
    if (!match) return `pause must be a duration such as 500ms or 1s, got "${value}"`;
    const milliseconds = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
    return milliseconds <= MAX_PAUSE_MS
      ? { kind: 'pause', milliseconds }
      : `pause must be at most ${MAX_PAUSE_MS / 1000}s, got "${value}"`;
  },
  cw: slug((note) => ({ kind: 'cw', note }), 'content note'),
  hook: oneOf(HOOK_TYPES, (hook) => ({ kind: 'hook', hook }), 'hook'),
  technique: slug((technique) => ({ kind: 'technique', technique }), 'technique'),
};

const FLAG_TAGS: Record<string, StoryTag> = {
  distressing: { kind: 'distressing' },
  calm: { kind: 'calm' },
  debrief: { kind: 'debrief' },
};

export const TAG_NAMES = [...Object.keys(VALUE_TAGS), ...Object.keys(FLAG_TAGS)];

/** Parses one tag as inkjs delivers it (without the leading `#`). */
export function parseTag(raw: string): TagParseResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const name = (colon === -1 ? text : text.slice(0, colon)).trim();
  const value = colon === -1 ? undefined : text.slice(colon + 1).trim();

  const flag = FLAG_TAGS[name];
  if (flag) {
    return value === undefined || value === ''
      ? { ok: true, tag: flag }
      : { ok: false, error: `tag "${name}" takes no value, got "${value}"` };
  }
  const parse = VALUE_TAGS[name];
  if (!parse) {
    return { ok: false, error: `unknown tag "${text}" (known: ${TAG_NAMES.join(', ')})` };
  }
  if (value === undefined) return { ok: false, error: `tag "${name}" needs a value: # ${name}: …` };
  const result = parse(value);
  return typeof result === 'string' ? { ok: false, error: result } : { ok: true, tag: result };
}

/** Parses a line's tags; unknown or malformed tags are returned apart, never thrown. */
export function parseTags(raw: readonly string[]): { tags: StoryTag[]; errors: string[] } {
  const tags: StoryTag[] = [];
  const errors: string[] = [];
  for (const tag of raw) {
    const result = parseTag(tag);
    if (result.ok) tags.push(result.tag);
    else errors.push(result.error);
  }
  return { tags, errors };
}

export function findTag<K extends TagKind>(
  tags: readonly StoryTag[],
  kind: K,
): Extract<StoryTag, { kind: K }> | undefined {
  return tags.find((tag): tag is Extract<StoryTag, { kind: K }> => tag.kind === kind);
}
