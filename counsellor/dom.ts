/**
 * Builds DOM nodes from data. Text always goes in as text nodes, never as HTML; no inline
 * style is ever set (the CSP forbids it).
 */
export type Child = Node | string | null | undefined | false;
type AttributeValue = string | number | boolean | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

/** Moves focus to an element that is not in the tab order (a heading). */
export function focusStatic(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}
