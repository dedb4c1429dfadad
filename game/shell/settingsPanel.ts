/**
 * The settings panel's content: a form of labelled fieldsets, every control usable with the
 * keyboard alone. A change applies at once (there is no "save" step); the shell persists it.
 * Offramp has no sound, so there is no volume control.
 */
import type { Translate } from '../i18n/translator.ts';
import { el } from '../ui/dom.ts';
import { FONT_STACKS, prefersReducedMotion } from './appearance.ts';
import {
  FONT_CHOICES,
  LINE_SPACINGS,
  TEXT_SCALES,
  type FontChoice,
  type LineSpacing,
  type PlayerSettings,
  type TextScale,
} from './settings.ts';

export interface SettingsContentOptions {
  t: Translate;
  settings: PlayerSettings;
  systemPrefersReducedMotion: boolean;
  onChange(patch: Partial<PlayerSettings>): void;
}

export interface SettingsContent {
  /** Says something about the last change to screen readers and on screen. */
  announce(message: string): void;
}

function radioGroup<T extends string | number>(options: {
  name: string;
  legend: string;
  values: readonly T[];
  current: T;
  label(value: T): string;
  labelFont?(value: T): string;
  onSelect(value: T): void;
}): HTMLFieldSetElement {
  const radios = options.values.map((value) => {
    const id = `setting-${options.name}-${String(value).replace('.', '-')}`;
    const input = el('input', {
      type: 'radio',
      id,
      name: options.name,
      value: String(value),
      checked: value === options.current,
    });
    input.addEventListener('change', () => {
      if (input.checked) options.onSelect(value);
    });
    const label = el('label', { for: id }, options.label(value));
    const font = options.labelFont?.(value);
    if (font) label.style.fontFamily = font;
    return el('div', { class: 'setting-choice' }, input, label);
  });
  return el(
    'fieldset',
    { class: 'setting-group' },
    el('legend', {}, options.legend),
    el('div', { class: 'setting-choices' }, ...radios),
  );
}

function checkbox(options: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onToggle(checked: boolean): void;
}): HTMLElement {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const input = el('input', {
    type: 'checkbox',
    id: options.id,
    checked: options.checked,
    'aria-describedby': hintId,
  });
  input.addEventListener('change', () => options.onToggle(input.checked));
  return el(
    'div',
    { class: 'setting-choice' },
    input,
    el(
      'div',
      {},
      el('label', { for: options.id }, options.label),
      options.hint && el('p', { id: hintId, class: 'setting-hint' }, options.hint),
    ),
  );
}

const LINE_SPACING_LABELS: Record<LineSpacing, string> = {
  normal: 'settings.lineSpacingNormal',
  wide: 'settings.lineSpacingWide',
  wider: 'settings.lineSpacingWider',
};

const FONT_LABELS: Record<FontChoice, string> = {
  sans: 'settings.fontSans',
  serif: 'settings.fontSerif',
  legible: 'settings.fontLegible',
};

export function renderSettingsContent(
  body: HTMLElement,
  options: SettingsContentOptions,
): SettingsContent {
  const { t, settings, onChange } = options;
  const status = el('p', { class: 'setting-status', role: 'status' });
  const form = el(
    'form',
    { class: 'settings-form' },
    radioGroup<TextScale>({
      name: 'text-size',
      legend: t('settings.textSize'),
      values: TEXT_SCALES,
      current: settings.textScale,
      label: (scale) => t('settings.percent', { percent: Math.round(scale * 100) }),
      onSelect: (textScale) => onChange({ textScale }),
    }),
    radioGroup<LineSpacing>({
      name: 'line-spacing',
      legend: t('settings.lineSpacing'),
      values: LINE_SPACINGS,
      current: settings.lineSpacing,
      label: (spacing) => t(LINE_SPACING_LABELS[spacing]),
      onSelect: (lineSpacing) => onChange({ lineSpacing }),
    }),
    radioGroup<FontChoice>({
      name: 'font',
      legend: t('settings.font'),
      values: FONT_CHOICES,
      current: settings.font,
      label: (font) => t(FONT_LABELS[font]),
      // Each name is shown in its own font, so the choice can be seen before it is made.
      labelFont: (font) => FONT_STACKS[font],
      onSelect: (font) => onChange({ font }),
    }),
    el(
      'fieldset',
      { class: 'setting-group' },
      el('legend', {}, t('settings.display')),
      checkbox({
        id: 'setting-high-contrast',
        label: t('settings.highContrast'),
        checked: settings.highContrast,
        onToggle: (highContrast) => onChange({ highContrast }),
      }),
      checkbox({
        id: 'setting-reduced-motion',
        label: t('settings.reducedMotion'),
        hint: t('settings.reducedMotionHint'),
        checked: prefersReducedMotion(settings, options.systemPrefersReducedMotion),
        onToggle: (reducedMotion) => onChange({ reducedMotion }),
      }),
    ),
    el(
      'fieldset',
      { class: 'setting-group' },
      el('legend', {}, t('settings.progress')),
      checkbox({
        id: 'setting-forget-progress',
        label: t('settings.forgetProgress'),
        hint: t('settings.forgetProgressHint'),
        checked: !settings.keepProgress,
        onToggle: (forget) => onChange({ keepProgress: !forget }),
      }),
    ),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  body.replaceChildren(form, status);
  return {
    announce(message) {
      status.textContent = message;
    },
  };
}
