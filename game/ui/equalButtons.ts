/**
 * Two answers to one question, made by one component so that neither is more prominent:
 * same element, same class, same size (the layout gives both the same width and height).
 * Used wherever declining must be exactly as easy as accepting.
 */
import { el } from './dom.ts';

export interface EqualButton {
  label: string;
  onClick(): void;
}

export function equalButtons(first: EqualButton, second: EqualButton): HTMLElement {
  const make = ({ label, onClick }: EqualButton) => {
    const button = el('button', { type: 'button', class: 'button-equal' }, label);
    button.addEventListener('click', onClick);
    return button;
  };
  return el('div', { class: 'equal-buttons' }, make(first), make(second));
}
