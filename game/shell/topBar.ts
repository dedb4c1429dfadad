/**
 * The bar at the top of every screen, always the same (WCAG 3.2.6 consistent help): a skip
 * link, Help, Settings, the language switch and Quick exit. It is built once and only its
 * texts change, so the focus stays put when the language changes.
 */
import type { Translate, UiLanguage } from '../i18n/translator.ts';
import { el } from '../ui/dom.ts';

export interface TopBarActions {
  onHelp(button: HTMLButtonElement): void;
  onSettings(button: HTMLButtonElement): void;
  onSwitchLanguage(): void;
  onQuickExit(): void;
  onSkipToContent(): void;
}

export class TopBar {
  readonly helpButton: HTMLButtonElement;
  readonly settingsButton: HTMLButtonElement;
  private readonly skipLink: HTMLAnchorElement;
  private readonly brand: HTMLElement;
  private readonly languageButton: HTMLButtonElement;
  private readonly languageHint: HTMLElement;
  private readonly quickExitButton: HTMLButtonElement;
  private readonly quickExitHint: HTMLElement;

  constructor(
    header: HTMLElement,
    options: { contentId: string; helpPanelId: string; settingsPanelId: string },
    actions: TopBarActions,
  ) {
    this.skipLink = el('a', { class: 'skip-link', href: `#${options.contentId}` });
    this.skipLink.addEventListener('click', (event) => {
      event.preventDefault();
      actions.onSkipToContent();
    });
    this.brand = el('span', { class: 'top-bar-brand' });
    this.helpButton = el('button', {
      type: 'button',
      class: 'top-bar-button',
      'aria-expanded': 'false',
      'aria-controls': options.helpPanelId,
    });
    this.helpButton.addEventListener('click', () => actions.onHelp(this.helpButton));
    this.settingsButton = el('button', {
      type: 'button',
      class: 'top-bar-button',
      'aria-expanded': 'false',
      'aria-controls': options.settingsPanelId,
    });
    this.settingsButton.addEventListener('click', () => actions.onSettings(this.settingsButton));
    this.languageHint = el('span', { id: 'language-switch-hint', class: 'visually-hidden' });
    this.languageButton = el('button', {
      type: 'button',
      class: 'top-bar-button',
      'aria-describedby': 'language-switch-hint',
    });
    this.languageButton.addEventListener('click', () => actions.onSwitchLanguage());
    this.quickExitHint = el('span', { id: 'quick-exit-hint', class: 'visually-hidden' });
    this.quickExitButton = el('button', {
      type: 'button',
      class: 'top-bar-button quick-exit-button',
      'aria-describedby': 'quick-exit-hint',
    });
    this.quickExitButton.addEventListener('click', () => actions.onQuickExit());

    header.replaceChildren(
      this.skipLink,
      el(
        'div',
        { class: 'top-bar-inner' },
        this.brand,
        el(
          'div',
          { class: 'top-bar-actions' },
          this.helpButton,
          this.settingsButton,
          this.languageButton,
          this.quickExitButton,
        ),
      ),
      this.languageHint,
      this.quickExitHint,
    );
  }

  /** `otherLanguage` is the one the switch leads to; its name is written in that language. */
  setTexts(t: Translate, otherLanguage: UiLanguage): void {
    this.skipLink.textContent = t('topBar.skipToContent');
    this.brand.textContent = t('app.title');
    this.helpButton.textContent = t('topBar.help');
    this.settingsButton.textContent = t('topBar.settings');
    this.languageButton.textContent = t('topBar.otherLanguageName');
    this.languageButton.lang = otherLanguage;
    this.languageHint.textContent = t('topBar.languageHint');
    this.quickExitButton.textContent = t('topBar.quickExit');
    this.quickExitHint.textContent = t('topBar.quickExitHint');
  }

  setPanelOpen(button: HTMLButtonElement, open: boolean): void {
    button.setAttribute('aria-expanded', String(open));
  }
}
