/**
 * The ending's debrief: the recruiter's techniques this playthrough met, named and explained;
 * two or three questions to think about (the story's own `# debrief` lines first); where help
 * is; and the way back to the stories.
 */
import type { Translate } from '../i18n/translator.ts';
import { reflectionQuestions } from '../play/debriefQuestions.ts';
import { el } from './dom.ts';
import { techniqueText } from './storyLabels.ts';

export const GENERAL_QUESTION_KEYS = [
  'debrief.question1',
  'debrief.question2',
  'debrief.question3',
] as const;

export interface DebriefOptions {
  t: Translate;
  techniques: readonly string[];
  /** The ending passage's `# debrief` lines. */
  debriefLines: readonly string[];
  /** Absent when the page has no help panel to open. */
  onOpenHelp?(): void;
  onBack(): void;
}

export function debrief(options: DebriefOptions): { element: HTMLElement; heading: HTMLElement } {
  const { t } = options;
  const heading = el('h2', { id: 'debrief-heading', tabindex: -1 }, t('story.end'));
  const questions = reflectionQuestions(
    options.debriefLines,
    GENERAL_QUESTION_KEYS.map((key) => t(key)),
  );
  const techniques = options.techniques.map((slug) => techniqueText(t, slug));
  const help =
    options.onOpenHelp &&
    el(
      'button',
      { type: 'button', class: 'button-quiet debrief-help-button' },
      t('debrief.openHelp'),
    );
  if (help && options.onOpenHelp) help.addEventListener('click', options.onOpenHelp);
  const back = el('button', { type: 'button', class: 'button-primary' }, t('story.backToLibrary'));
  back.addEventListener('click', options.onBack);
  const element = el(
    'section',
    { class: 'debrief', 'aria-labelledby': 'debrief-heading' },
    heading,
    el('h3', {}, t('debrief.techniquesHeading')),
    techniques.length > 0
      ? el(
          'dl',
          { class: 'debrief-techniques' },
          ...techniques.map(({ title, description }) =>
            el(
              'div',
              {},
              el('dt', {}, title),
              el('dd', {}, description || t('debrief.techniqueFallback')),
            ),
          ),
        )
      : el('p', {}, t('debrief.noTechniques')),
    el('h3', {}, t('debrief.questionsHeading')),
    el(
      'ul',
      { class: 'debrief-questions' },
      ...questions.fromStory.map((line) => el('li', { class: 'debrief-story-line' }, line)),
      ...questions.general.map((question) => el('li', {}, question)),
    ),
    el('h3', {}, t('debrief.helpHeading')),
    el('p', {}, t('debrief.helpText')),
    el('div', { class: 'button-row' }, help, back),
  );
  return { element, heading };
}
