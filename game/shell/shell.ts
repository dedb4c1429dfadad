/**
 * The shell around the story, the same on every screen: the top bar, the help and settings
 * panels, the first-visit note on quick exit, and the settings they change. The story game
 * lives in <main> and hears of a language switch through `onLanguageChange`.
 */
import type { HelpEntry } from '../../core/ethics/storyReview.ts';
import type { GameConfig, GameConfigClient } from '../api/gameConfigClient.ts';
import { ChatFlow } from '../chat/chatFlow.ts';
import type { StoryPlaceView } from '../chat/chatViewModel.ts';
import { UI_LANGUAGES, type Translator, type UiLanguage } from '../i18n/translator.ts';
import { focusStatic } from '../ui/dom.ts';
import { appearanceFor, applyAppearance, prefersReducedMotion } from './appearance.ts';
import { removeFirstVisitNote, renderFirstVisitNote } from './firstVisitNote.ts';
import { renderHelpContent, type ConfigState } from './helpPanel.ts';
import { clearSavedStories } from './localProgress.ts';
import type { QuickExit } from './quickExit.ts';
import { renderSettingsContent, type SettingsContent } from './settingsPanel.ts';
import { safeLocalStorage, writeSettings, type PlayerSettings } from './settings.ts';
import { SidePanel } from './sidePanel.ts';
import { TopBar } from './topBar.ts';

export interface ShellElements {
  html: HTMLElement;
  header: HTMLElement;
  panels: HTMLElement;
  notes: HTMLElement;
  main: HTMLElement;
}

export interface ShellDeps {
  elements: ShellElements;
  translator: Translator;
  settings: PlayerSettings;
  configs: GameConfigClient;
  quickExit: QuickExit;
  reducedMotionQuery: MediaQueryList;
  onReducedMotionChange(reduced: boolean): void;
  /** After the shell speaks the new language; the story follows at a safe point. */
  onLanguageChange(language: UiLanguage): void;
  setDocumentTitle(title: string): void;
  /** Where the player is in a story, if they are in one (the chat offers to share it). */
  storyPlace?(): StoryPlaceView | undefined;
}

export interface Shell {
  /**
   * Opens the help panel as the Help button does (a story's prompt, the debrief); `entry`
   * says which (the chat tells the counsellor how the player arrived, if they open one).
   */
  openHelp(entry?: HelpEntry): void;
}

const HELP_PANEL_ID = 'help-panel';
const SETTINGS_PANEL_ID = 'settings-panel';

export function createShell(deps: ShellDeps): Shell {
  const { elements, translator, configs, reducedMotionQuery } = deps;
  let settings = deps.settings;
  let configState: ConfigState = { status: 'loading' };
  let settingsContent: SettingsContent | undefined;

  const systemPrefersReducedMotion = () => reducedMotionQuery.matches;
  const applyLook = () =>
    applyAppearance(elements.html, appearanceFor(settings, systemPrefersReducedMotion()));

  const updateSettings = (patch: Partial<PlayerSettings>) => {
    const before = settings;
    settings = { ...settings, ...patch };
    writeSettings(settings);
    applyLook();
    const motionBefore = prefersReducedMotion(before, systemPrefersReducedMotion());
    const motionNow = prefersReducedMotion(settings, systemPrefersReducedMotion());
    if (motionBefore !== motionNow) deps.onReducedMotionChange(motionNow);
    if (before.keepProgress && !settings.keepProgress) {
      const storage = safeLocalStorage();
      if (storage) clearSavedStories(storage);
      settingsContent?.announce(translator.t('settings.progressDeleted'));
    } else {
      settingsContent?.announce('');
    }
    if (before.keepProgress !== settings.keepProgress && help.isOpen) renderHelp();
  };

  const panelToggled = (button: () => HTMLButtonElement) => (open: boolean) => {
    topBar.setPanelOpen(button(), open);
    // Wide screens make room beside the panel so the game stays in view (shell.css).
    if (help.isOpen || settingsPanel.isOpen) elements.html.setAttribute('data-panel-open', '');
    else elements.html.removeAttribute('data-panel-open');
  };
  const help: SidePanel = new SidePanel(
    HELP_PANEL_ID,
    panelToggled(() => topBar.helpButton),
    () => topBar.helpButton,
  );
  const settingsPanel: SidePanel = new SidePanel(
    SETTINGS_PANEL_ID,
    panelToggled(() => topBar.settingsButton),
    () => topBar.settingsButton,
  );
  // Escape closes an open panel from anywhere, so nothing it covers stays out of reach.
  // Inside a panel the panel itself handles Escape (and returns the focus).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    for (const panel of [help, settingsPanel]) {
      if (!panel.isOpen) continue;
      event.preventDefault();
      panel.close({ restoreFocus: false });
    }
  });
  elements.panels.replaceChildren(help.element, settingsPanel.element);

  let helpEntry: HelpEntry = { via: 'help-button' };
  const chatFlow = new ChatFlow({
    t: translator.t,
    language: () => translator.language,
    html: elements.html,
    drawerHost: elements.panels,
    storyPlace: deps.storyPlace,
    onChatShown: () => help.close({ restoreFocus: false }),
  });

  const renderHelp = () =>
    renderHelpContent(help.body, {
      t: translator.t,
      config: configState,
      keepProgress: settings.keepProgress,
      onRetry: () => {
        // The retry button is replaced as the panel redraws: the focus goes to its start.
        help.focusHeading();
        void loadConfig();
      },
      renderChat: (container) =>
        chatFlow.render(container, {
          config: configState.status === 'loaded' ? configState.config : undefined,
          entry: helpEntry,
        }),
    });

  const renderSettings = () => {
    settingsContent = renderSettingsContent(settingsPanel.body, {
      t: translator.t,
      settings,
      systemPrefersReducedMotion: systemPrefersReducedMotion(),
      onChange: updateSettings,
    });
  };

  async function loadConfig(): Promise<void> {
    const language = translator.language;
    configState = { status: 'loading' };
    renderHelp();
    let config: GameConfig;
    try {
      config = await configs.loadConfig(language);
    } catch (error) {
      console.warn('The help resources could not be loaded.', error);
      if (translator.language === language) {
        configState = { status: 'failed' };
        renderHelp();
      }
      return;
    }
    deps.quickExit.setPolicy(config.safety);
    // A language switch while this was loading has asked for the other language's config.
    if (translator.language !== language) return;
    configState = { status: 'loaded', config };
    renderHelp();
  }

  const openPanel = (panel: SidePanel, other: SidePanel, opener: HTMLButtonElement) => {
    if (panel.isOpen) {
      panel.close();
      return;
    }
    other.close({ restoreFocus: false });
    panel.open(opener);
  };

  const topBar = new TopBar(
    elements.header,
    { contentId: elements.main.id, helpPanelId: HELP_PANEL_ID, settingsPanelId: SETTINGS_PANEL_ID },
    {
      onHelp: (button) => {
        helpEntry = { via: 'help-button' };
        if (!help.isOpen) renderHelp();
        openPanel(help, settingsPanel, button);
      },
      onSettings: (button) => openPanel(settingsPanel, help, button),
      onSwitchLanguage: () => void switchLanguage(otherLanguage()),
      onQuickExit: deps.quickExit.exit,
      onSkipToContent: () => focusStatic(elements.main.querySelector('h1') ?? elements.main),
    },
  );

  const otherLanguage = (): UiLanguage =>
    UI_LANGUAGES.find((language) => language !== translator.language) ?? translator.language;

  const showFirstVisitNote = () => {
    if (settings.quickExitNoteDismissed) {
      removeFirstVisitNote(elements.notes);
      return;
    }
    renderFirstVisitNote(elements.notes, {
      t: translator.t,
      onDismiss: () => {
        updateSettings({ quickExitNoteDismissed: true });
        removeFirstVisitNote(elements.notes);
        focusStatic(elements.main.querySelector('h1') ?? elements.main);
      },
    });
  };

  const renderTexts = () => {
    elements.html.lang = translator.language;
    deps.setDocumentTitle(translator.t('app.title'));
    topBar.setTexts(translator.t, otherLanguage());
    help.setTexts(translator.t('help.title'), translator.t('panel.close'));
    settingsPanel.setTexts(translator.t('settings.title'), translator.t('panel.close'));
    renderHelp();
    renderSettings();
    showFirstVisitNote();
  };

  async function switchLanguage(language: UiLanguage): Promise<void> {
    if (language === translator.language) return;
    try {
      await translator.changeLanguage(language);
    } catch (error) {
      console.warn(`The ${language} strings could not be loaded.`, error);
      return;
    }
    updateSettings({ language });
    renderTexts();
    void loadConfig();
    deps.onLanguageChange(language);
  }

  // The system setting is followed live until the player picks one in the settings.
  reducedMotionQuery.addEventListener('change', () => {
    if (settings.reducedMotion !== undefined) return;
    applyLook();
    deps.onReducedMotionChange(systemPrefersReducedMotion());
    if (settingsPanel.isOpen) renderSettings();
  });

  // Focus must never hide under the sticky top bar: scrolling keeps its height clear.
  const trackTopBarHeight = () =>
    elements.html.style.setProperty(
      '--offramp-top-bar-height',
      `${elements.header.getBoundingClientRect().height}px`,
    );
  if ('ResizeObserver' in window) new ResizeObserver(trackTopBarHeight).observe(elements.header);

  applyLook();
  renderTexts();
  trackTopBarHeight();
  void loadConfig();

  return {
    openHelp(entry = { via: 'help-button' }) {
      helpEntry = entry;
      renderHelp();
      settingsPanel.close({ restoreFocus: false });
      const opener = document.activeElement;
      help.open(opener instanceof HTMLElement && opener !== document.body ? opener : undefined);
    },
  };
}
