/**
 * The game page's entry: text first, art later. The story library is on screen and usable
 * before Phaser is even requested; the art layer then loads when the browser is idle.
 */
import './game.css';
import { createStoryClient } from './api/storyClient.ts';
import { createArtLayer, whenIdle } from './art/artLayer.ts';
import { createTranslator } from './i18n/translator.ts';
import { createStoryGame } from './storyGame.ts';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`game/index.html has no #${id}`);
  return element;
}

async function start(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const translator = await createTranslator({ preferred: navigator.languages, base });
  document.documentElement.lang = translator.language;
  document.title = translator.t('app.title');

  const art = createArtLayer(required('art'), {
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  const game = createStoryGame({
    root: required('app'),
    translator,
    client: createStoryClient(fetch.bind(globalThis), base),
    art,
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
