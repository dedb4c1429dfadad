import { describe, expect, it } from 'vitest';
import { textTable } from './textTable.ts';

describe('textTable', () => {
  it('aligns the first column left and figures right, under a rule', () => {
    expect(
      textTable(
        ['run', 'p99 ms'],
        [
          ['100 conversations', '7.9'],
          ['1000', '11.0'],
        ],
      ),
    ).toEqual([
      'run                p99 ms',
      '-----------------  ------',
      '100 conversations     7.9',
      '1000                 11.0',
    ]);
  });
});
