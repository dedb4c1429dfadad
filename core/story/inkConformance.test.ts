import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../testing/inkFixtures.node.ts';
import { Story } from './inkRuntime.ts';
import { markWholeFloats } from './inkConformance.ts';

function playAll(json: string): string {
  const story = new Story(json);
  let out = '';
  while (story.canContinue) out += story.Continue();
  return out;
}

describe('ink conformance', () => {
  it('keeps a whole float a float through compiled JSON', () => {
    const json = compileInkSource('{5 / 2.0}\n{2.0 * 3}\n{-4.0 / 8}\n');
    expect(json).toContain('2.0');
    expect(playAll(json)).toBe('2.5\n6\n-0.5\n');
  });

  it('prints floats as the reference runtime does', () => {
    const json = compileInkSource(
      '{7 / 3.0}\n{1000000.0 / 3}\n{0.1 + 0.2}\n{1.0}\n{1.0 / 100000}\n',
    );
    expect(playAll(json)).toBe('2.3333333\n333333.34\n0.3\n1\n1E-05\n');
  });

  it('prints floats joined into strings the same way', () => {
    const json = compileInkSource('~ temp s = "x" + 7 / 3.0\n{s}\n');
    expect(playAll(json)).toBe('x2.3333333\n');
  });

  it('keeps whole floats in saved state', () => {
    const json = compileInkSource('VAR f = 0\n~ f = 4.0\n* [go] {f / 8}\n-> END\n');
    const story = new Story(json);
    story.Continue();
    const saved = story.state.toJson();
    expect(saved).toMatch(/4\.0/);
    const resumed = new Story(json);
    resumed.state.LoadJson(saved);
    resumed.ChooseChoiceIndex(0);
    expect(resumed.Continue()).toBe('0.5\n');
  });

  it('does not overflow the stack when a ref parameter shares its variable name', () => {
    const json = compileInkSource(
      '-> a\n== a ==\n~ temp v = 2\n-> b(v)\n== b(ref v) ==\n~ v = v + 1\n{v}\n-> END\n',
    );
    expect(playAll(json)).toBe('3\n');
  });

  it('marks whole floats only outside strings', () => {
    expect(markWholeFloats('[1.0,"^2.0",-3.00,2.5,{"a":4.0}]')).toBe(
      '["1.0f","^2.0","-3.00f",2.5,{"a":"4.0f"}]',
    );
  });
});
