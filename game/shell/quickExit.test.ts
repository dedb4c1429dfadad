import { afterEach, describe, expect, it } from 'vitest';
import {
  FALLBACK_QUICK_EXIT_URL,
  QuickExit,
  createShiftPressDetector,
  neutralDestination,
  registerQuickExitCleanup,
} from './quickExit.ts';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, writeSettings } from './settings.ts';
import { MemoryStorage } from './testing/memoryStorage.ts';

const shift = (timeStamp: number, repeat = false) => ({ key: 'Shift', repeat, timeStamp });
const key = (name: string, timeStamp: number) => ({ key: name, repeat: false, timeStamp });

function detector() {
  let detected = 0;
  const onKeyDown = createShiftPressDetector(() => detected++);
  return { onKeyDown, detected: () => detected };
}

describe('createShiftPressDetector', () => {
  it('fires on the third Shift press within 5 s, once', () => {
    const { onKeyDown, detected } = detector();
    onKeyDown(shift(0));
    onKeyDown(shift(2000));
    expect(detected()).toBe(0);
    onKeyDown(shift(5000));
    expect(detected()).toBe(1);
    onKeyDown(shift(5100));
    expect(detected(), 'the count starts again after firing').toBe(1);
  });

  it('drops presses older than 5 s', () => {
    const { onKeyDown, detected } = detector();
    onKeyDown(shift(0));
    onKeyDown(shift(3000));
    onKeyDown(shift(5001));
    expect(detected()).toBe(0);
    onKeyDown(shift(6000));
    expect(detected(), 'presses at 3000, 5001 and 6000 are within 5 s').toBe(1);
  });

  it('counts a held Shift (key repeat) once', () => {
    const { onKeyDown, detected } = detector();
    onKeyDown(shift(0));
    onKeyDown(shift(30, true));
    onKeyDown(shift(60, true));
    onKeyDown(shift(90, true));
    expect(detected()).toBe(0);
  });

  it('starts again after any other key, so Shift+Tab and capitals never exit', () => {
    const { onKeyDown, detected } = detector();
    for (let press = 0; press < 3; press++) {
      onKeyDown(shift(press * 100));
      onKeyDown(key('Tab', press * 100 + 10));
    }
    onKeyDown(shift(1000));
    onKeyDown(key('H', 1010));
    onKeyDown(shift(1100));
    onKeyDown(key('I', 1110));
    expect(detected()).toBe(0);
  });
});

describe('neutralDestination', () => {
  it('accepts web addresses only', () => {
    expect(neutralDestination('https://example.org/news')).toBe('https://example.org/news');
    expect(neutralDestination('http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000/');
    expect(neutralDestination('javascript:alert(1)')).toBeUndefined();
    expect(neutralDestination('data:text/html,hi')).toBeUndefined();
    expect(neutralDestination('not a url')).toBeUndefined();
  });
});

function exitRig(options: { localStorage?: MemoryStorage } = {}) {
  const events: string[] = [];
  const sessionStorage = new MemoryStorage({ 'offramp:guest': 'token' });
  const localStorage =
    options.localStorage ??
    new MemoryStorage({ 'offramp:save:demo': '{}', 'unrelated-key': 'stays' });
  const quickExit = new QuickExit({
    blankScreen: () => events.push('blank'),
    replaceLocation: (url) =>
      events.push(`replace ${url} session=${sessionStorage.length} local=${localStorage.length}`),
    sessionStorage,
    localStorage,
  });
  return { quickExit, events, sessionStorage, localStorage };
}

describe('QuickExit', () => {
  const unregister: (() => void)[] = [];
  afterEach(() => {
    for (const done of unregister.splice(0)) done();
  });

  it('blanks first, runs the cleanups, clears the session, then replaces the location', () => {
    const { quickExit, events, localStorage } = exitRig();
    unregister.push(registerQuickExitCleanup(() => events.push('close chat socket')));
    quickExit.exit();
    expect(events).toEqual([
      'blank',
      'close chat socket',
      `replace ${FALLBACK_QUICK_EXIT_URL} session=0 local=2`,
    ]);
    expect(localStorage.getItem('offramp:save:demo'), 'progress is kept by default').toBe('{}');
  });

  it('goes to the configured site once the config has arrived, ignoring a non-web one', () => {
    const { quickExit, events } = exitRig();
    quickExit.setPolicy({
      quickExitUrl: 'https://neutral.example/',
      clearProgressOnQuickExit: false,
    });
    quickExit.setPolicy({ quickExitUrl: 'javascript:void 0', clearProgressOnQuickExit: false });
    quickExit.exit();
    expect(events.at(-1)).toMatch(/^replace https:\/\/neutral\.example\/ /);
  });

  it('clears local progress when the config says so, keeping other sites’ keys', () => {
    const { quickExit, localStorage } = exitRig();
    quickExit.setPolicy({ quickExitUrl: FALLBACK_QUICK_EXIT_URL, clearProgressOnQuickExit: true });
    quickExit.exit();
    expect(localStorage.snapshot()).toEqual({ 'unrelated-key': 'stays' });
  });

  it('clears local progress when the player chose not to keep it, keeping that choice', () => {
    const localStorage = new MemoryStorage({ 'offramp:save:demo': '{}' });
    writeSettings({ ...DEFAULT_SETTINGS, keepProgress: false }, localStorage);
    const { quickExit } = exitRig({ localStorage });
    quickExit.exit();
    expect(Object.keys(localStorage.snapshot())).toEqual([SETTINGS_STORAGE_KEY]);
  });

  it('completes even when a cleanup throws, and happens only once', () => {
    const { quickExit, events } = exitRig();
    unregister.push(
      registerQuickExitCleanup(() => {
        throw new Error('socket already closed');
      }),
    );
    const warn = console.warn;
    console.warn = () => {};
    try {
      quickExit.exit();
      quickExit.exit();
    } finally {
      console.warn = warn;
    }
    expect(events.filter((event) => event.startsWith('replace'))).toHaveLength(1);
  });

  it('forgets a cleanup that was unregistered', () => {
    const { quickExit, events } = exitRig();
    registerQuickExitCleanup(() => events.push('stale cleanup'))();
    quickExit.exit();
    expect(events).not.toContain('stale cleanup');
  });
});
