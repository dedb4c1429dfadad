/** A labelled input with an optional hint, wired for screen readers (label, hint, invalid state). */
import { el } from '../dom.ts';

export interface FormField {
  wrapper: HTMLDivElement;
  input: HTMLInputElement;
}

export function formField(options: {
  id: string;
  label: string;
  type?: 'text' | 'password';
  autocomplete: string;
  required?: boolean;
  hint?: string;
}): FormField {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const input = el('input', {
    id: options.id,
    name: options.id,
    type: options.type ?? 'text',
    autocomplete: options.autocomplete,
    required: options.required ?? true,
    'aria-describedby': hintId,
    autocapitalize: 'none',
    spellcheck: 'false',
  });
  const wrapper = el(
    'div',
    { class: 'field' },
    el('label', { for: options.id }, options.label),
    options.hint ? el('p', { class: 'field-hint', id: hintId }, options.hint) : null,
    input,
  );
  return { wrapper, input };
}

/** Shows `message` in the form's alert and marks `invalid` fields (or clears both). */
export function showFormError(
  alert: HTMLElement,
  message: string,
  fields: readonly HTMLInputElement[],
  invalid: readonly HTMLInputElement[] = [],
): void {
  alert.textContent = message;
  alert.hidden = message === '';
  for (const field of fields) {
    if (invalid.includes(field)) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
}
