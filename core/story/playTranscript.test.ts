import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../testing/inkFixtures.node.ts';
import { compileInkFile } from './compileInk.node.ts';
import { Story } from './inkRuntime.ts';
import { playTranscript, transcriptOf } from './playTranscript.ts';

const storyOf = (source: string) => new Story(compileInkSource(source));
const play = (source: string, input: string[]) => transcriptOf(storyOf(source), input);

const BRACKETS = `Start.
* Hello [there] friend
  Nice.
* [Quiet] You whisper.
- After.
-> END
`;

describe('transcriptOf (inklecate play-mode format)', () => {
  it('shows text inside [..] in the list, and text around it once chosen', () => {
    expect(play(BRACKETS, ['1'])).toEqual({
      transcript: 'Start.\n\n1: Hello there\n2: Quiet\n?> Hello friend\nNice.\nAfter.\n',
      outcome: { kind: 'ended' },
    });
    expect(play(BRACKETS, ['2']).transcript).toBe(
      'Start.\n\n1: Hello there\n2: Quiet\n?> You whisper.\nAfter.\n',
    );
  });

  it('prints file-top tags with the first line, several tags joined, and no choice tags', () => {
    const source = `# title: Test
Hello <>
world. # greeting # loud
Plain.
* [Go on # choice_only]
  Went on. # after
  -> END
`;
    expect(play(source, ['1']).transcript).toBe(
      'Hello world.\n# tags: title: Test, greeting, loud\nPlain.\n\n1: Go on\n?> Went on.\n# tags: after\n',
    );
  });

  it('prints floats as ink does', () => {
    expect(play('{5 / 2.0}\n{7 / 3.0}\n{1 + 1}\n', []).transcript).toBe('2.5\n2.3333333\n2\n');
  });

  it('prints nothing more when the story ends right after a choice, and ignores extra input', () => {
    const source = 'Pick.\n* [A]\n  -> END\n* [B] B!\n  -> END\n';
    expect(play(source, ['1', '2', '3'])).toEqual({
      transcript: 'Pick.\n\n1: A\n2: B\n?> ',
      outcome: { kind: 'ended' },
    });
    expect(play('Just text.\n', ['1', 'not even a number'])).toEqual({
      transcript: 'Just text.\n',
      outcome: { kind: 'ended' },
    });
  });

  it('continues a loop over several prompts, each choice list after one empty line', () => {
    // A knot that diverts to itself keeps its read count, in inklecate too (inkle/ink#297).
    const source = `VAR round = 0
-> loop
== loop ==
~ round++
Round {round}, read count {loop}.
+ [Again] -> loop
+ [Stop] Bye.
  -> END
`;
    expect(play(source, ['1', '2']).transcript).toBe(
      'Round 1, read count 1.\n\n1: Again\n2: Stop\n?> Round 2, read count 1.\n\n1: Again\n2: Stop\n?> Bye.\n',
    );
  });

  it('prompts again on a blank line, as inklecate does', () => {
    expect(play(BRACKETS, ['', '  ', '2']).transcript).toBe(
      'Start.\n\n1: Hello there\n2: Quiet\n?> ?> ?> You whisper.\nAfter.\n',
    );
  });

  it('stops at a choice out of range or not a number, naming the input line and the range', () => {
    expect(play(BRACKETS, ['', '7'])).toEqual({
      transcript: 'Start.\n\n1: Hello there\n2: Quiet\n?> ?> ',
      outcome: {
        kind: 'bad-input',
        lineNumber: 2,
        input: '7',
        choices: 2,
        message: '"7" is not a choice (1–2)',
      },
    });
    expect(play(BRACKETS, ['one']).outcome).toMatchObject({
      kind: 'bad-input',
      lineNumber: 1,
      input: 'one',
    });
    expect(play(BRACKETS, ['0']).outcome).toMatchObject({
      kind: 'bad-input',
      message: '"0" is not a choice (1–2)',
    });
    expect(play(BRACKETS, ['1.5']).outcome).toMatchObject({ kind: 'bad-input' });
  });

  it('stops quietly when the input ends while choices wait', () => {
    expect(play(BRACKETS, [])).toEqual({
      transcript: 'Start.\n\n1: Hello there\n2: Quiet\n?> ',
      outcome: { kind: 'input-ended', choices: 2 },
    });
  });

  it('reports a runtime error after printing the line it happened on', () => {
    expect(play('-> k\n== k ==\nText.\n', [])).toEqual({
      transcript: 'Text.\n',
      outcome: { kind: 'story-error', messages: [expect.stringContaining('ran out of content')] },
    });
  });
});

describe('playTranscript (streaming)', () => {
  it('pulls a line only while a choice waits, and releases the input at the end', async () => {
    const pulled: string[] = [];
    let released = false;
    async function* lines() {
      try {
        for (const line of ['2', '1', '1']) {
          pulled.push(line);
          yield line;
        }
      } finally {
        released = true;
      }
    }
    let output = '';
    const outcome = await playTranscript(storyOf(BRACKETS), lines(), (text) => (output += text));
    expect(outcome).toEqual({ kind: 'ended' });
    expect(output).toBe('Start.\n\n1: Hello there\n2: Quiet\n?> You whisper.\nAfter.\n');
    expect(pulled).toEqual(['2']);
    expect(released).toBe(true);
  });

  it('plays the demo story to its end with a fixed choice sequence', async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const { json } = compileInkFile(path.join(root, 'stories/demo/en/main.ink'));
    let output = '';
    const outcome = await playTranscript(
      new Story(json),
      ['1', '1', '1', '1', '1', '1'],
      (text) => (output += text),
    );
    expect(outcome).toEqual({ kind: 'ended' });
    expect(output.match(/\?> /g)).toHaveLength(6);
    expect(output).toMatch(/# tags: debrief, hook: reflect\n$/);
  });
});
