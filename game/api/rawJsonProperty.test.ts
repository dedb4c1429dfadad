import { describe, expect, it } from 'vitest';
import { rawJsonProperty } from './rawJsonProperty.ts';

describe('rawJsonProperty', () => {
  it('returns the value exactly as written, so whole floats stay floats', () => {
    const text = '{"version":1,"id":"demo","story":{"inkVersion":21,"root":[2.0,"^a}]\\"b",[]]}}';
    expect(rawJsonProperty(text, 'story')).toBe('{"inkVersion":21,"root":[2.0,"^a}]\\"b",[]]}');
    expect(JSON.stringify(JSON.parse(text).story)).not.toContain('2.0');
  });

  it('finds a property wherever it stands, with any spacing', () => {
    const text = '{\n  "story" : [1.0, {"x": "}"}],\n  "id": "demo",\n  "n": -2.50e3\n}';
    expect(rawJsonProperty(text, 'story')).toBe('[1.0, {"x": "}"}]');
    expect(rawJsonProperty(text, 'id')).toBe('"demo"');
    expect(rawJsonProperty(text, 'n')).toBe('-2.50e3');
  });

  it('keeps the last of repeated keys, as JSON.parse does', () => {
    expect(rawJsonProperty('{"story":1,"story":2.0}', 'story')).toBe('2.0');
  });

  it('matches keys written with escapes and ignores nested keys', () => {
    expect(rawJsonProperty('{"st\\u006fry":true}', 'story')).toBe('true');
    expect(rawJsonProperty('{"outer":{"story":1}}', 'story')).toBeUndefined();
  });

  it('returns undefined when there is no such property or no object', () => {
    expect(rawJsonProperty('{"id":"demo"}', 'story')).toBeUndefined();
    expect(rawJsonProperty('{}', 'story')).toBeUndefined();
    expect(rawJsonProperty('[1,2]', 'story')).toBeUndefined();
  });
});
