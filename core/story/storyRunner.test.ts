import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../testing/inkFixtures.node.ts';
import { StoryRunner } from './storyRunner.ts';

const SOURCE = `# scene: kitchen
Morning. # mood: calm
Mia: Coming? # speaker: Mia
* [Yes] You nod. # technique: isolation
  Later, a quiet moment. # calm # hook: chat
  -> END
* [No # cw: violence]
  -> hard
== hard ==
It gets loud. # distressing
-> END
`;

describe('StoryRunner', () => {
  it('turns ink output into lines with typed tags and choices', () => {
    const runner = new StoryRunner(compileInkSource(SOURCE));
    const step = runner.start();
    expect(step.lines).toEqual([
      {
        text: 'Morning.',
        tags: [
          { kind: 'scene', scene: 'kitchen' },
          { kind: 'mood', mood: 'calm' },
        ],
      },
      { text: 'Mia: Coming?', tags: [{ kind: 'speaker', name: 'Mia' }] },
    ]);
    expect(step.choices).toEqual([
      { index: 0, text: 'Yes', tags: [] },
      { index: 1, text: 'No', tags: [{ kind: 'cw', note: 'violence' }] },
    ]);
    expect(step.ended).toBe(false);
    expect(step.hooks).toEqual([]);
  });

  it('reports hooks with the placement of their line', () => {
    const runner = new StoryRunner(compileInkSource(SOURCE));
    runner.start();
    const step = runner.choose(0);
    expect(step.lines.map((line) => line.text)).toEqual(['You nod.', 'Later, a quiet moment.']);
    expect(step.hooks).toEqual([
      { hook: 'chat', lineIndex: 1, calm: true, debrief: false, distressing: false },
    ]);
    expect(step.ended).toBe(true);
  });

  it('refuses a choice that does not exist', () => {
    const runner = new StoryRunner(compileInkSource(SOURCE));
    runner.start();
    expect(() => runner.choose(2)).toThrow('choice 3 is out of range (1–2)');
    expect(() => runner.choose(-1)).toThrow(RangeError);
  });

  it('collects unknown tags instead of failing', () => {
    const runner = new StoryRunner(compileInkSource('Hi # colour: red\n-> END\n'));
    expect(runner.start().tagErrors).toEqual([expect.stringMatching(/unknown tag "colour: red"/)]);
  });

  it('restores a saved state to the same choices', () => {
    const json = compileInkSource(SOURCE);
    const runner = new StoryRunner(json);
    runner.start();
    const saved = runner.saveState();
    const resumed = new StoryRunner(json);
    const step = resumed.restore(saved);
    expect(step.choices.map((c) => c.text)).toEqual(['Yes', 'No']);
    expect(resumed.choose(1).lines).toEqual([
      { text: 'It gets loud.', tags: [{ kind: 'distressing' }] },
    ]);
  });

  it('starts again from the beginning', () => {
    const runner = new StoryRunner(compileInkSource(SOURCE));
    runner.start();
    runner.choose(1);
    expect(runner.start().lines[0]?.text).toBe('Morning.');
  });

  describe('place', () => {
    const PLACES = `Before any knot.
-> street
=== street ===
On the street.
* [Go left] Left.
* [Go right] Right.
- (afterwards) Together again.
-> home
=== home ===
Home.
-> home.kitchen
= kitchen
In the kitchen.
* [Eat] Eat.
  ** [More] More.
  -- (full) Full now.
  -> done
* [Leave] -> done
= done
All done.
-> END
`;

    it('names the knot or knot.stitch of the waiting choices, never a gather or choice label', () => {
      const runner = new StoryRunner(compileInkSource(PLACES));
      runner.start();
      expect(runner.place).toBe('street');
      runner.choose(0);
      expect(runner.place).toBe('home.kitchen');
      runner.choose(0);
      // Inside a choice's nested weave: still the stitch.
      expect(runner.place).toBe('home.kitchen');
    });

    it('names where the last line came from at an ending, and the choices after a restore', () => {
      const json = compileInkSource(PLACES);
      const runner = new StoryRunner(json);
      runner.start();
      runner.choose(1);
      const saved = runner.saveState();
      runner.choose(1);
      expect(runner.step.ended).toBe(true);
      expect(runner.place).toBe('home.done');
      const resumed = new StoryRunner(json);
      resumed.restore(saved);
      expect(resumed.place).toBe('home.kitchen');
    });

    it('is undefined before the first knot', () => {
      const runner = new StoryRunner(compileInkSource('Hello.\n* [On] On.\n-> END\n'));
      runner.start();
      expect(runner.place).toBeUndefined();
    });
  });
});
