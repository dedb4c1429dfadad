/**
 * Quick exit (DESIGN.md): the top bar's button, or Shift pressed three times within 5 s.
 * It blanks the screen at once, runs the registered cleanups (the chat closes its socket),
 * clears session data (and local progress when the config or the player says so), then
 * `location.replace`s to a neutral site so Back does not return to the game.
 *
 * Everything happens synchronously, in that order, with nothing awaited: the screen must be
 * blank in the same frame as the key press, and nothing may depend on the network. Until
 * GET /api/config has answered, the built-in neutral site is used.
 */
import { clearLocalProgress } from './localProgress.ts';
import { safeLocalStorage, safeSessionStorage, shouldKeepProgress } from './settings.ts';

export const FALLBACK_QUICK_EXIT_URL = 'https://www.wikipedia.org/';
export const QUICK_EXIT_CURTAIN_ID = 'quick-exit-curtain';

export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_PRESS_WINDOW_MS = 5000;

type KeyPress = Pick<KeyboardEvent, 'key' | 'repeat' | 'timeStamp'>;

/**
 * Calls `onDetected` when Shift goes down `presses` times within `withinMs`. A held Shift
 * (key repeat) counts once. Any other key in between starts the count again: without that,
 * a keyboard user moving back through the page with Shift+Tab, or someone typing capitals,
 * would be thrown out of the game.
 */
export function createShiftPressDetector(
  onDetected: () => void,
  { presses = SHIFT_PRESSES_TO_EXIT, withinMs = SHIFT_PRESS_WINDOW_MS } = {},
): (event: KeyPress) => void {
  let pressTimes: number[] = [];
  return (event) => {
    if (event.key !== 'Shift') {
      pressTimes = [];
      return;
    }
    if (event.repeat) return;
    pressTimes = pressTimes.filter((time) => event.timeStamp - time <= withinMs);
    pressTimes.push(event.timeStamp);
    if (pressTimes.length >= presses) {
      pressTimes = [];
      onDetected();
    }
  };
}

const cleanups = new Set<() => void>();

/**
 * Runs `cleanup` during a quick exit, before the page is left (the chat closes its socket
 * here). It must be synchronous and quick; what it throws is ignored so the exit always
 * completes. Returns a function that unregisters it.
 *
 * A page-wide registry, not a parameter: code that starts long after the shell (the chat)
 * must be able to add its cleanup without being handed the shell.
 */
export function registerQuickExitCleanup(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Only a web address may be the destination; anything else keeps the previous one. */
export function neutralDestination(url: string, base?: string): string | undefined {
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export interface QuickExitEffects {
  /** Hides everything on the page; must not fail. */
  blankScreen(): void;
  /** `location.replace`: the game's entry in the history is overwritten. */
  replaceLocation(url: string): void;
  sessionStorage: Storage | undefined;
  localStorage: Storage | undefined;
}

export interface QuickExitPolicy {
  quickExitUrl: string;
  clearProgressOnQuickExit: boolean;
}

export class QuickExit {
  private destination = FALLBACK_QUICK_EXIT_URL;
  private clearProgressByPolicy = false;
  private started = false;

  constructor(private readonly effects: QuickExitEffects) {}

  /** The policy from the ethics config (GET /api/config), once it has arrived. */
  setPolicy(policy: QuickExitPolicy): void {
    this.destination = neutralDestination(policy.quickExitUrl) ?? this.destination;
    this.clearProgressByPolicy = policy.clearProgressOnQuickExit;
  }

  get url(): string {
    return this.destination;
  }

  readonly exit = (): void => {
    if (this.started) return;
    this.started = true;
    const { effects } = this;
    attempt(() => effects.blankScreen());
    for (const cleanup of [...cleanups]) attempt(cleanup);
    attempt(() => effects.sessionStorage?.clear());
    attempt(() => {
      const { localStorage } = effects;
      if (!localStorage) return;
      if (this.clearProgressByPolicy || !shouldKeepProgress(localStorage)) {
        clearLocalProgress(localStorage);
      }
    });
    effects.replaceLocation(this.destination);
  };
}

function attempt(step: () => void): void {
  try {
    step();
  } catch (error) {
    console.warn('quick exit:', error);
  }
}

/**
 * Covers the page with a plain white sheet and removes the game from the document, so
 * nothing of it stays on screen or in the accessibility tree while the neutral site loads.
 * Styled from script so it works even if the style sheet never arrived.
 */
export function blankDocument(document: Document): void {
  const curtain = document.createElement('div');
  curtain.id = QUICK_EXIT_CURTAIN_ID;
  Object.assign(curtain.style, {
    position: 'fixed',
    inset: '0',
    zIndex: '2147483647',
    background: '#ffffff',
  });
  document.documentElement.style.background = '#ffffff';
  document.body.replaceChildren(curtain);
  document.title = '';
  for (const icon of document.querySelectorAll('link[rel~="icon"]')) icon.remove();
}

/** The page's quick exit, with Shift×3 listening from this moment on. */
export function installQuickExit(window: Window): QuickExit {
  const quickExit = new QuickExit({
    blankScreen: () => blankDocument(window.document),
    replaceLocation: (url) => window.location.replace(url),
    sessionStorage: safeSessionStorage(),
    localStorage: safeLocalStorage(),
  });
  const onKeyDown = createShiftPressDetector(quickExit.exit);
  // Capture phase: no other handler can swallow the presses before they are counted.
  window.addEventListener('keydown', onKeyDown, { capture: true });
  return quickExit;
}
