/**
 * The game's screens and the moves between them: the story library, then a story being
 * played, then back. It owns no DOM of its own beyond the root it is given.
 */
import { findTag } from '../core/story/tags.ts';
import type { StoryStep } from '../core/story/storyRunner.ts';
import type { StoryClient, StorySummary } from './api/storyClient.ts';
import type { ArtLayer } from './art/artLayer.ts';
import { LIBRARY_BACKDROP } from './art/backdropPalette.ts';
import type { Translator } from './i18n/translator.ts';
import { StorySession } from './play/storySession.ts';
import {
  contentNoteLabel,
  localised,
  renderLoadFailure,
  renderLoading,
  renderStoryLibrary,
} from './ui/storyLibraryView.ts';
import { StoryPlayerView } from './ui/storyPlayerView.ts';

export interface StoryGameDeps {
  root: HTMLElement;
  translator: Translator;
  client: StoryClient;
  art: ArtLayer;
}

export interface StoryGame {
  /** Resolves once the library is on screen and usable (or its failure is). */
  showLibrary(options?: { focusHeading?: boolean }): Promise<void>;
  /** A story's content changed (dev hot reload): reload it if it is the one being played. */
  storyChanged(id: string, locale: string): Promise<void>;
}

/** The story's locale for this player: the UI language when the story has it. */
export function storyLocale(story: StorySummary, language: string): string {
  return story.locales.includes(language) ? language : (story.locales[0] ?? language);
}

function lastScene(step: StoryStep): string | undefined {
  let scene: string | undefined;
  for (const line of step.lines) scene = findTag(line.tags, 'scene')?.scene ?? scene;
  return scene;
}

export function createStoryGame({ root, translator, client, art }: StoryGameDeps): StoryGame {
  const { t, language } = translator;
  let playing: { session: StorySession; view: StoryPlayerView } | undefined;

  const stopPlaying = () => {
    playing?.view.destroy();
    playing = undefined;
  };

  const showStep = (view: StoryPlayerView, step: StoryStep, chosenText?: string) => {
    view.showStep(step, chosenText);
    const scene = lastScene(step);
    if (scene) art.showScene(scene);
  };

  async function showLibrary(options: { focusHeading?: boolean } = {}): Promise<void> {
    stopPlaying();
    art.showScene(LIBRARY_BACKDROP);
    renderLoading(root, t);
    let stories: StorySummary[];
    try {
      stories = await client.listStories();
    } catch (error) {
      console.warn(error);
      renderLoadFailure(root, {
        t,
        message: t('errors.stories'),
        onRetry: () => void showLibrary(),
      });
      return;
    }
    renderStoryLibrary(root, {
      t,
      language,
      stories,
      focusHeading: options.focusHeading ?? false,
      onPlay: (story) => void play(story),
    });
  }

  async function play(summary: StorySummary): Promise<void> {
    stopPlaying();
    renderLoading(root, t);
    const retry = () => void play(summary);
    let session: StorySession;
    try {
      session = new StorySession(
        await client.loadStory(summary.id, storyLocale(summary, language)),
      );
    } catch (error) {
      console.warn(error);
      renderLoadFailure(root, { t, message: t('errors.story'), onRetry: retry });
      return;
    }
    // A runtime error in the ink (it ran out of content, say) ends this playthrough politely.
    const guarded = (advance: () => StoryStep, show: (step: StoryStep) => void) => {
      let step: StoryStep;
      try {
        step = advance();
      } catch (error) {
        console.warn(error);
        stopPlaying();
        renderLoadFailure(root, { t, message: t('errors.storyBroken'), onRetry: retry });
        return;
      }
      show(step);
    };
    const view = new StoryPlayerView(root, {
      t,
      title: localised(summary.title, language, summary.id),
      contentNoteLabel: (note) => contentNoteLabel(t, note),
      onLeave: () => void showLibrary({ focusHeading: true }),
      onChoose: (index, text) =>
        guarded(
          () => session.choose(index),
          (step) => showStep(view, step, text),
        ),
    });
    playing = { session, view };
    guarded(
      () => session.start(),
      (step) => showStep(view, step),
    );
  }

  async function storyChanged(id: string, locale: string): Promise<void> {
    const current = playing;
    if (!current || current.session.story.id !== id || current.session.story.locale !== locale)
      return;
    let next;
    try {
      next = await client.loadStory(id, locale, { fresh: true });
    } catch (error) {
      console.warn(error);
      return;
    }
    // The player may have left the story while it was loading.
    if (playing !== current) return;
    const swap = current.session.swapContent(next);
    if (swap.outcome === 'unchanged') return;
    if (swap.outcome === 'kept') {
      current.view.showChoices(swap.step);
      current.view.showNotice(t('story.updatedKept'));
    } else {
      current.view.restart(swap.step, t('story.updatedRestarted'));
      const scene = lastScene(swap.step);
      if (scene) art.showScene(scene);
    }
  }

  return { showLibrary, storyChanged };
}
