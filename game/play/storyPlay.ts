/**
 * One story on screen: runs the session, keeps the playthrough record, drives the art, asks
 * the prompt policy before offering help, and saves after every choice. The screen itself
 * is game/ui/storyPlayerView.ts; this decides what it shows.
 */
import type { HelpEntry } from '../../core/ethics/storyReview.ts';
import type { StoryStep } from '../../core/story/storyRunner.ts';
import type { HookType } from '../../core/story/tags.ts';
import type { LoadedStory, StorySummary } from '../api/storyClient.ts';
import type { Translator } from '../i18n/translator.ts';
import { createGameSave } from '../saves/gameSave.ts';
import type { SaveStore } from '../saves/saveStore.ts';
import { debrief } from '../ui/debriefView.ts';
import { focusStatic } from '../ui/dom.ts';
import { helpPrompt } from '../ui/helpPromptView.ts';
import { contentNoteLabel, localised } from '../ui/storyLabels.ts';
import { StoryPlayerView } from '../ui/storyPlayerView.ts';
import type { HelpPromptGate } from './helpPromptGate.ts';
import {
  backlogEntries,
  enterPassage,
  isFullyRevealed,
  newPlaythrough,
  replacePassage,
  revealAll,
  revealNext,
  type PlaythroughRecord,
} from './playthrough.ts';
import type { ShownEntry, ShownLine } from './shownLine.ts';
import type { PassageOrigin, StorySession } from './storySession.ts';

/** The art layer as the story drives it (game/art/artLayer.ts implements it). */
export interface StoryArt {
  showScene(scene: string): void;
  showSpeaker(name: string | undefined): void;
  setMood(mood: string | undefined): void;
  setPhone(active: boolean): void;
}

export interface StoryPlayDeps {
  root: HTMLElement;
  /** Read on every use: the UI language can change while the story is on screen. */
  translator: Translator;
  art: StoryArt;
  saves: SaveStore;
  prompts: HelpPromptGate;
  summary: StorySummary;
  /** Opens the help panel; without it no help is offered from the story. */
  openHelp?: (entry: HelpEntry) => void;
  onLeave(): void;
  /** The story failed at run time (it ran out of content, say). */
  onBroken(error: unknown): void;
}

export interface ResumedProgress {
  inkState: string;
  origin?: PassageOrigin;
  playthrough: PlaythroughRecord;
}

export class StoryPlay {
  private view: StoryPlayerView;
  private record: PlaythroughRecord = newPlaythrough();
  /** The help offer of the current passage, until the player answers it or moves on. */
  private prompt: HookType | undefined;
  private promptRecorded = false;

  constructor(
    private readonly deps: StoryPlayDeps,
    private readonly session: StorySession,
  ) {
    this.view = this.buildView();
  }

  get storyId(): string {
    return this.session.story.id;
  }

  get locale(): string {
    return this.session.story.locale;
  }

  /** The knot or `knot.stitch` the player is at, for sharing with a counsellor if they choose. */
  get place(): string | undefined {
    return this.session.place;
  }

  start(): void {
    this.record = newPlaythrough();
    const step = this.guarded(() => this.session.start());
    if (step) this.enter(step);
  }

  /** Throws when the saved state does not load into this content. */
  resume(progress: ResumedProgress): void {
    const step = this.session.resume(progress.inkState, progress.origin);
    this.record = revealAll(progress.playthrough);
    this.deps.prompts.passageResumed(this.record.passage.some(isDistressing));
    this.prompt = undefined;
    this.drawAll({ notice: this.t('story.resumed'), focus: true, step });
  }

  /** The same story in another language, at the same place when the state allows. */
  switchContent(next: LoadedStory): void {
    const result = this.session.switchContent(next);
    let notice: string;
    if (result.outcome === 'replayed') {
      this.record = replacePassage(this.record, result.step.lines);
      notice = this.t('story.languageSwitched');
    } else {
      this.startedAgain(result.step);
      notice = this.t('story.languageRestarted');
    }
    // The language switch keeps the focus; the story must not take it away.
    this.drawAll({ notice, focus: false, step: result.step });
    if (this.deps.saves.read(this.storyId) !== undefined) this.save();
  }

  /** An edited story (dev hot reload). */
  swapContent(next: LoadedStory): void {
    const swap = this.session.swapContent(next);
    if (swap.outcome === 'unchanged') return;
    if (swap.outcome === 'kept') {
      this.drawAll({ notice: this.t('story.updatedKept'), focus: false, step: swap.step });
      return;
    }
    this.startedAgain(swap.step);
    this.drawAll({ notice: this.t('story.updatedRestarted'), focus: true, step: swap.step });
  }

  /** The UI language changed but the story stays as it is. */
  redraw(notice?: string): void {
    this.drawAll({ notice, focus: false, step: this.session.step });
  }

  destroy(): void {
    this.view.destroy();
  }

  private get t() {
    return this.deps.translator.t;
  }

  private buildView(): StoryPlayerView {
    const { summary } = this.deps;
    const t = this.t;
    return new StoryPlayerView(this.deps.root, {
      t,
      title: localised(summary.title, this.deps.translator.language, summary.id),
      reviewed: this.session.story.review.reviewed,
      contentNoteLabel: (note) => contentNoteLabel(t, note),
      onChoose: (position) => this.choose(position),
      onReveal: () => this.reveal(),
      onLeave: () => this.deps.onLeave(),
      backlogEntries: () => backlogEntries(this.record),
    });
  }

  private guarded(advance: () => StoryStep): StoryStep | undefined {
    try {
      return advance();
    } catch (error) {
      this.deps.onBroken(error);
      return undefined;
    }
  }

  private choose(position: number): void {
    const choice = this.session.step.choices[position];
    if (!choice) return;
    this.deps.prompts.choiceMade();
    const step = this.guarded(() => this.session.choose(choice.index));
    if (!step) return;
    this.enter(step, choice.text);
    this.save();
  }

  /** A new passage, after a choice or at the start. */
  private enter(step: StoryStep, chosenText?: string): void {
    this.record = enterPassage(this.record, step.lines, chosenText);
    const { prompts, openHelp } = this.deps;
    prompts.passageEntered(step);
    // An ending's debrief always shows the help options, so it needs no prompt of its own.
    this.prompt =
      openHelp && !step.ended
        ? prompts.offerFor(step, this.session.story.review.allowedHooks)
        : undefined;
    this.promptRecorded = false;
    const revealed = this.record.passage.slice(0, this.record.revealed);
    const shown = this.view.showPassage(revealed, { animate: true, ended: step.ended });
    this.cueArt(revealed);
    this.afterReveal(step);
    this.focusFirstNew(revealed, shown);
  }

  private reveal(): void {
    const from = this.record.revealed;
    this.record = revealNext(this.record);
    const step = this.session.step;
    const added = this.record.passage.slice(from, this.record.revealed);
    const shown = this.view.appendToPassage(added, { animate: true, ended: step.ended });
    this.cueArt(added);
    this.afterReveal(step);
    this.focusFirstNew(added, shown);
  }

  /** Whatever follows the text: a beat, or the prompt and then the choices or the debrief. */
  private afterReveal(step: StoryStep): void {
    if (!isFullyRevealed(this.record)) {
      this.view.showPrompt(undefined);
      this.view.showBeat();
      return;
    }
    this.view.showPrompt(this.promptElement());
    if (!step.ended) {
      this.view.showChoices(step.choices);
      return;
    }
    const { openHelp } = this.deps;
    const ending = debrief({
      t: this.t,
      techniques: this.record.techniques,
      debriefLines: this.record.passage
        .filter((entry): entry is ShownLine => entry.kind === 'line' && entry.debrief === true)
        .map((entry) => entry.text),
      onOpenHelp: openHelp && (() => openHelp({ via: 'help-button' })),
      onBack: () => this.deps.onLeave(),
    });
    this.view.showEnding(ending.element);
  }

  private promptElement(): HTMLElement | undefined {
    const hook = this.prompt;
    const openHelp = this.deps.openHelp;
    if (!hook || !openHelp) return undefined;
    if (!this.promptRecorded) {
      this.deps.prompts.promptShown();
      this.promptRecorded = true;
    }
    const answered = () => {
      this.prompt = undefined;
      this.view.showPrompt(undefined);
      this.view.focusNextStep();
    };
    return helpPrompt({
      t: this.t,
      hook,
      onAccept: () => {
        answered();
        openHelp({ via: 'hook', hook, storyId: this.storyId });
      },
      // Remembered only by the prompt gate, in memory, for this visit: nothing is sent.
      onDecline: () => {
        this.deps.prompts.declined();
        answered();
      },
    });
  }

  /** The whole screen again (resume, another language, an edited story). */
  private drawAll(options: { notice?: string; focus: boolean; step: StoryStep }): void {
    this.view.destroy();
    this.view = this.buildView();
    const { step } = options;
    const revealed = this.record.passage.slice(0, this.record.revealed);
    const shown = this.view.showPassage(revealed, { animate: false, ended: step.ended });
    this.applyArtState();
    this.afterReveal(step);
    if (options.notice) this.view.showNotice(options.notice);
    if (options.focus) this.focusFirstNew(revealed, shown);
  }

  private startedAgain(step: StoryStep): void {
    this.record = enterPassage(newPlaythrough(), step.lines);
    this.deps.prompts.passageEntered(step);
    this.prompt = undefined;
  }

  private save(): void {
    const { saves } = this.deps;
    // A finished story has nothing to continue: its card offers a fresh start again.
    if (this.session.step.ended) {
      saves.remove(this.storyId);
      return;
    }
    const { id, locale, contentHash } = this.session.story;
    saves.write(
      id,
      createGameSave(
        { storyId: id, locale, contentHash },
        {
          inkState: this.session.saveState(),
          origin: this.session.passageOrigin,
          playthrough: this.record,
        },
      ),
    );
  }

  /** Reading goes on at the first new line (not at the echo of the choice just made). */
  private focusFirstNew(entries: readonly ShownEntry[], shown: readonly HTMLElement[]): void {
    const echo = entries[0]?.kind === 'chosen' ? 1 : 0;
    const target = shown[echo] ?? shown[0];
    if (target) focusStatic(target);
    else this.view.focusNextStep();
  }

  private cueArt(entries: readonly ShownEntry[]): void {
    const { art } = this.deps;
    for (const entry of entries) {
      if (entry.kind !== 'line') continue;
      if (entry.scene !== undefined) art.showScene(entry.scene);
      if (entry.mood !== undefined) art.setMood(entry.mood);
      art.showSpeaker(entry.speaker);
      art.setPhone(entry.phone !== undefined);
    }
  }

  private applyArtState(): void {
    const { art } = this.deps;
    const { scene, mood } = this.record.art;
    if (scene !== undefined) art.showScene(scene);
    art.setMood(mood);
    const lines = this.record.passage
      .slice(0, this.record.revealed)
      .filter((entry): entry is ShownLine => entry.kind === 'line');
    const last = lines.at(-1);
    art.showSpeaker(last?.speaker);
    art.setPhone(last?.phone !== undefined);
  }
}

function isDistressing(entry: ShownEntry): boolean {
  return entry.kind === 'line' && entry.distressing === true;
}
