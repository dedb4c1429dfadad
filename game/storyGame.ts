/**
 * The game's story screens and the moves between them: the library, the content notes
 * before a story, the story (game/play/storyPlay.ts) with its debrief, and back. It owns no
 * DOM of its own beyond the root it is given, and follows the UI language when it changes.
 */
import type { HelpEntry } from '../core/ethics/storyReview.ts';
import type { StoryPlaceView } from './chat/chatViewModel.ts';
import { createGameConfigClient, type GameConfigClient } from './api/gameConfigClient.ts';
import type { LoadedStory, StoryClient, StorySummary } from './api/storyClient.ts';
import { LIBRARY_BACKDROP } from './art/backdropPalette.ts';
import type { Translator } from './i18n/translator.ts';
import { HelpPromptGate } from './play/helpPromptGate.ts';
import { StoryPlay, type StoryArt } from './play/storyPlay.ts';
import { StorySession } from './play/storySession.ts';
import { readGameSave, savedLocale } from './saves/gameSave.ts';
import { createSaveStore, type SaveStore } from './saves/saveStore.ts';
import { renderContentNotes } from './ui/contentNoteView.ts';
import { renderSavedPlaceLost } from './ui/savedPlaceLostView.ts';
import { renderLoadFailure, renderLoading } from './ui/statusViews.ts';
import { localised } from './ui/storyLabels.ts';
import { renderStoryLibrary, type StartMode } from './ui/storyLibraryView.ts';

export interface StoryGameDeps {
  root: HTMLElement;
  /** One translator for the page: its `language` and `t` follow the UI language. */
  translator: Translator;
  client: StoryClient;
  art: StoryArt;
  /** GET /api/config; made from `fetch` when not given. */
  configClient?: GameConfigClient;
  /** Opens the help panel (the shell's). Without it the story offers no help itself. */
  openHelp?: (entry: HelpEntry) => void;
  /** localStorage, honouring the player's "keep my progress" setting, when not given. */
  saves?: SaveStore;
}

export interface StoryGame {
  /** Resolves once the library is on screen and usable (or its failure is). */
  showLibrary(options?: { focusHeading?: boolean }): Promise<void>;
  /** A story's content changed (dev hot reload): reload it if it is the one being played. */
  storyChanged(id: string, locale: string): Promise<void>;
  /**
   * The UI language changed (the translator already speaks it). The screen is drawn again
   * in it; a story that has this language moves to it at the same place when it can.
   */
  setLanguage(language: string): Promise<void>;
  /** Where the player is in the story on screen (none in the library), for the chat's opt-in. */
  storyPlace(): StoryPlaceView | undefined;
}

/** The story's locale for this player: the UI language when the story has it. */
export function storyLocale(story: StorySummary, language: string): string {
  return story.locales.includes(language) ? language : (story.locales[0] ?? language);
}

export function createStoryGame(deps: StoryGameDeps): StoryGame {
  const { root, translator, client, art, openHelp } = deps;
  const configClient = deps.configClient ?? createGameConfigClient();
  const saves = deps.saves ?? createSaveStore();
  // One prompt session for the whole visit: declines are remembered here and nowhere else.
  const prompts = new HelpPromptGate();
  const t = (key: string, values?: Record<string, string | number>) => translator.t(key, values);

  let stories: StorySummary[] | undefined;
  let playing: { story: StorySummary; play: StoryPlay } | undefined;
  /** Draws the current screen again (after a language change). */
  let redraw: (() => void) | undefined;
  /** Every move to another screen; an answer that arrives after the player moved on is dropped. */
  let navigation = 0;

  const stopPlaying = () => {
    playing?.play.destroy();
    playing = undefined;
  };

  const showBackdrop = () => {
    art.showScene(LIBRARY_BACKDROP);
    art.setMood(undefined);
    art.showSpeaker(undefined);
    art.setPhone(false);
  };

  async function showLibrary(options: { focusHeading?: boolean } = {}): Promise<void> {
    const current = ++navigation;
    stopPlaying();
    showBackdrop();
    redraw = undefined;
    if (!stories) {
      renderLoading(root, translator.t);
      try {
        stories = await client.listStories();
      } catch (error) {
        console.warn(error);
        if (current !== navigation) return;
        redraw = () =>
          renderLoadFailure(root, {
            t,
            message: t('errors.stories'),
            onRetry: () => void showLibrary(),
          });
        redraw();
        return;
      }
      if (current !== navigation) return;
    }
    const listed = stories;
    const draw = (focusHeading: boolean) =>
      renderStoryLibrary(root, {
        t,
        language: translator.language,
        stories: listed,
        hasSave: (id) => saves.read(id) !== undefined,
        focusHeading,
        onStart: (story, mode) => showContentNotes(story, mode),
      });
    redraw = () => draw(false);
    draw(options.focusHeading ?? false);
  }

  function backToLibrary(): void {
    // Saves may have changed while playing: the cards are drawn again from the list.
    void showLibrary({ focusHeading: true });
  }

  function showContentNotes(story: StorySummary, mode: StartMode): void {
    ++navigation;
    redraw = () =>
      renderContentNotes(root, {
        t,
        language: translator.language,
        story,
        mode,
        onConfirm: () => void play(story, mode),
        onBack: backToLibrary,
      });
    redraw();
  }

  function showSavedPlaceLost(story: StorySummary, reason: 'content-changed' | 'unreadable') {
    stopPlaying();
    redraw = () =>
      renderSavedPlaceLost(root, {
        t,
        title: localised(story.title, translator.language, story.id),
        reason,
        onRestart: () => void play(story, 'restart'),
        onBack: backToLibrary,
      });
    redraw();
  }

  function showFailure(story: StorySummary, message: string): void {
    stopPlaying();
    showBackdrop();
    redraw = () =>
      renderLoadFailure(root, {
        t,
        message: t(message),
        onRetry: () => void play(story, 'start'),
        onBack: backToLibrary,
      });
    redraw();
  }

  async function loadRules(locale: string): Promise<void> {
    try {
      prompts.setRules((await configClient.loadConfig(locale)).prompts);
    } catch (error) {
      // Without the ethics config's rules the story offers no help itself (the Help button stays).
      console.warn(error);
    }
  }

  async function play(story: StorySummary, mode: StartMode): Promise<void> {
    const current = ++navigation;
    stopPlaying();
    redraw = undefined;
    renderLoading(root, translator.t);
    const language = translator.language;
    if (mode === 'restart') saves.remove(story.id);
    const saved = mode === 'continue' ? saves.read(story.id) : undefined;
    const savedIn = saved === undefined ? undefined : savedLocale(saved);
    const locale =
      savedIn !== undefined && story.locales.includes(savedIn)
        ? savedIn
        : storyLocale(story, language);
    let content: LoadedStory;
    try {
      [content] = await Promise.all([client.loadStory(story.id, locale), loadRules(locale)]);
    } catch (error) {
      console.warn(error);
      if (current === navigation) showFailure(story, 'errors.story');
      return;
    }
    if (current !== navigation) return;

    const storyPlay = new StoryPlay(
      {
        root,
        translator,
        art,
        saves,
        prompts,
        summary: story,
        openHelp,
        onLeave: backToLibrary,
        onBroken: (error) => {
          console.warn(error);
          showFailure(story, 'errors.storyBroken');
        },
      },
      new StorySession(content),
    );
    playing = { story, play: storyPlay };
    redraw = undefined;

    if (saved === undefined) {
      storyPlay.start();
      return;
    }
    const read = readGameSave(saved, {
      storyId: content.id,
      locale: content.locale,
      contentHash: content.contentHash,
    });
    if (read.status !== 'ok') {
      showSavedPlaceLost(story, read.status);
      return;
    }
    try {
      storyPlay.resume(read);
    } catch (error) {
      console.warn('The saved state does not fit this story.', error);
      showSavedPlaceLost(story, 'content-changed');
      return;
    }
    // Saved in another language than the player now uses: move over at once.
    if (content.locale !== language && story.locales.includes(language)) {
      await switchStoryLanguage(language);
    }
  }

  async function switchStoryLanguage(language: string): Promise<void> {
    const current = playing;
    if (!current) return;
    if (!current.story.locales.includes(language) || current.play.locale === language) {
      current.play.redraw();
      return;
    }
    let next: LoadedStory;
    try {
      next = await client.loadStory(current.story.id, language);
    } catch (error) {
      console.warn(error);
      if (playing === current) current.play.redraw(t('story.languageUnavailable'));
      return;
    }
    // The player may have left the story while it was loading.
    if (playing !== current) return;
    current.play.switchContent(next);
  }

  async function setLanguage(language: string): Promise<void> {
    if (playing) {
      await switchStoryLanguage(language);
      return;
    }
    redraw?.();
  }

  async function storyChanged(id: string, locale: string): Promise<void> {
    const current = playing;
    if (!current || current.play.storyId !== id || current.play.locale !== locale) return;
    let next: LoadedStory;
    try {
      next = await client.loadStory(id, locale, { fresh: true });
    } catch (error) {
      console.warn(error);
      return;
    }
    if (playing !== current) return;
    current.play.swapContent(next);
  }

  function storyPlace(): StoryPlaceView | undefined {
    const knot = playing?.play.place;
    if (!playing || knot === undefined) return undefined;
    return {
      position: { storyId: playing.story.id, knot },
      title: localised(playing.story.title, translator.language, playing.story.id),
    };
  }

  return { showLibrary, storyChanged, setLanguage, storyPlace };
}
