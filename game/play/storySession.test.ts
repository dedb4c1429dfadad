import { describe, expect, it } from 'vitest';
// A test runs in Node, where compiling real ink is allowed; the shipped game never does.
import { compileInkSource } from '../../core/testing/inkFixtures.node.ts';
import type { LoadedStory } from '../api/storyClient.ts';
import { StorySession } from './storySession.ts';

const review = { reviewed: true, allowedHooks: [] };

function loaded(locale: string, source: string, contentHash = locale): LoadedStory {
  return { id: 'tiny', locale, contentHash, review, storyJson: compileInkSource(source) };
}

/** The same little story in two languages, with the same shape (as `offramp check` requires). */
const english = loaded(
  'en',
  `VAR brave = false
Hello.
* [Wave]
  ~ brave = true
  You wave.
* [Hide] You hide.
- {brave: Bold.|Shy.} What now?
* [Stay] You stay.
  -> END
* [Go] You go.
  -> END
`,
);
const german = loaded(
  'de',
  `VAR brave = false
Hallo.
* [Winken]
  ~ brave = true
  Du winkst.
* [Verstecken] Du versteckst dich.
- {brave: Mutig.|Schüchtern.} Was jetzt?
* [Bleiben] Du bleibst.
  -> END
* [Gehen] Du gehst.
  -> END
`,
);

const texts = (step: { lines: { text: string }[] }) => step.lines.map((line) => line.text);

describe('StorySession', () => {
  it('moves to another language at the same place, showing the passage again translated', () => {
    const session = new StorySession(english);
    session.start();
    session.choose(0);
    const switched = session.switchContent(german);
    expect(switched.outcome).toBe('replayed');
    expect(texts(switched.step)).toEqual(['Du winkst.', 'Mutig. Was jetzt?']);
    expect(switched.step.choices.map((choice) => choice.text)).toEqual(['Bleiben', 'Gehen']);
    // The state carried over: the story goes on in German from here.
    expect(texts(session.choose(1))).toEqual(['Du gehst.']);
    expect(session.story.locale).toBe('de');
  });

  it('replays the first passage from the start, and can switch back again', () => {
    const session = new StorySession(english);
    session.start();
    const toGerman = session.switchContent(german);
    expect(toGerman.outcome).toBe('replayed');
    expect(texts(toGerman.step)).toEqual(['Hallo.']);
    expect(toGerman.step.choices.map((choice) => choice.text)).toEqual(['Winken', 'Verstecken']);
    session.choose(1);
    const back = session.switchContent(english);
    expect(back.outcome).toBe('replayed');
    expect(back.step.choices.map((choice) => choice.text)).toEqual(['Stay', 'Go']);
    expect(texts(back.step)).toEqual(['You hide.', 'Shy. What now?']);
  });

  it('resumes a saved state with where its passage came from', () => {
    const first = new StorySession(english);
    first.start();
    first.choose(0);
    const saved = { state: first.saveState(), origin: first.passageOrigin };

    const second = new StorySession(english);
    const step = second.resume(saved.state, saved.origin);
    expect(step.choices.map((choice) => choice.text)).toEqual(['Stay', 'Go']);
    const switched = second.switchContent(german);
    expect(switched.outcome).toBe('replayed');
    expect(texts(switched.step)).toEqual(['Du winkst.', 'Mutig. Was jetzt?']);
  });

  it('starts again when the other tree has a different shape', () => {
    const other = loaded('de', 'Nur eine Zeile.\n* [Eins] Eins.\n  -> END\n');
    const session = new StorySession(english);
    session.start();
    session.choose(0);
    const switched = session.switchContent(other);
    expect(switched.outcome).toBe('restarted');
    expect(texts(switched.step)).toEqual(['Nur eine Zeile.']);
  });
});
