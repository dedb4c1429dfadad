/**
 * An in-memory stdout or stderr for running the CLI's `main` in a test: what was written, as
 * text. `isTTY` makes it look like a terminal (progress lines are drawn only there).
 */
import { Writable } from 'node:stream';

export function textCollector(isTTY = false): Writable & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { isTTY, text: () => chunks.join('') });
}
