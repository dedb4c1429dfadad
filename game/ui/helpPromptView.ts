/**
 * A story's offer of help (from a `# hook` the prompt policy let through): one short, calm
 * sentence and two answers made by the same component, so "no" is exactly as easy and as
 * prominent as "yes". Neither answer is judged; what the player picks is not sent anywhere.
 */
import type { HookType } from '../../core/story/tags.ts';
import type { Translate } from '../i18n/translator.ts';
import { el } from './dom.ts';
import { equalButtons } from './equalButtons.ts';

export function helpPrompt(options: {
  t: Translate;
  hook: HookType;
  onAccept(): void;
  onDecline(): void;
}): HTMLElement {
  const { t } = options;
  const textId = 'help-prompt-text';
  return el(
    'div',
    { class: 'help-prompt', role: 'group', 'aria-labelledby': textId },
    el('p', { id: textId, class: 'help-prompt-text' }, t(`prompt.${options.hook}`)),
    equalButtons(
      { label: t('promptAnswer.accept'), onClick: options.onAccept },
      { label: t('promptAnswer.decline'), onClick: options.onDecline },
    ),
  );
}
