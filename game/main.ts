/**
 * The game page's entry: text first, art later. Before anything else the player's settings
 * are applied and quick exit listens for Shift×3; then the shell (top bar, help, settings)
 * and the story library appear, usable before Phaser is even requested; the art layer loads
 * when the browser is idle.
 */
import './game.css';
import './shell/shell.css';
import { createGameConfigClient } from './api/gameConfigClient.ts';
import { createStoryClient } from './api/storyClient.ts';
import { createArtLayer, whenIdle } from './art/artLayer.ts';
import { createTranslator, pickUiLanguage } from './i18n/translator.ts';
import { appearanceFor, applyAppearance, prefersReducedMotion } from './shell/appearance.ts';
import { installQuickExit } from './shell/quickExit.ts';
import { readSettings } from './shell/settings.ts';
import { createShell } from './shell/shell.ts';
import { createStoryGame } from './storyGame.ts';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`game/index.html has no #${id}`);
  return element;
}

const settings = readSettings();
const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
applyAppearance(document.documentElement, appearanceFor(settings, reducedMotionQuery.matches));
const quickExit = installQuickExit(window);

async function start(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const preferred = settings.language ? [settings.language] : navigator.languages;
  const configs = createGameConfigClient(fetch.bind(globalThis), base);
  // Asked for at once: quick exit should know the configured neutral site as early as it can.
  configs.loadConfig(pickUiLanguage(preferred)).then(
    (config) => quickExit.setPolicy(config.safety),
    (error: unknown) => console.warn('The game config could not be loaded.', error),
  );
  const translator = await createTranslator({ preferred, base });

  const art = createArtLayer(required('art'), {
    reducedMotion: prefersReducedMotion(settings, reducedMotionQuery.matches),
  });
  const shell = createShell({
    elements: {
      html: document.documentElement,
      header: required('top-bar'),
      panels: required('shell-panels'),
      notes: required('shell-notes'),
      main: required('app'),
    },
    translator,
    settings,
    configs,
    quickExit,
    reducedMotionQuery,
    onReducedMotionChange: (reduced) => art.setReducedMotion(reduced),
    // The story follows at its next safe point (or restarts gracefully): see StoryGame.
    onLanguageChange: (language) => void game.setLanguage(language),
    storyPlace: () => game.storyPlace(),
    setDocumentTitle: (title) => {
      document.title = title;
    },
  });
  const game = createStoryGame({
    root: required('app'),
    translator,
    client: createStoryClient(fetch.bind(globalThis), base),
    art,
    configClient: configs,
    openHelp: (entry) => shell.openHelp(entry),
  });
  await game.showLibrary();
  whenIdle(() => void art.load());

  // Content authors: an edited story reloads in place (build/vitePluginInk.ts sends this).
  if (import.meta.hot) {
    import.meta.hot.on('offramp:story-changed', ({ id, locale }) => {
      closeViteErrorOverlay();
      void game.storyChanged(id, locale);
    });
  }
}

/** A story that compiles again clears the error Vite showed for it. */
function closeViteErrorOverlay(): void {
  for (const overlay of document.querySelectorAll('vite-error-overlay')) {
    (overlay as HTMLElement & { close?: () => void }).close?.();
  }
}

void start();
