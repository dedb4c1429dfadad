/**
 * The one way the project reaches the inkjs runtime: importing the engine through this
 * module guarantees the conformance patches are in place.
 */
import './inkConformance.ts';

export { Story } from 'inkjs/engine/Story';
export type { Choice } from 'inkjs/engine/Choice';
export { Container } from 'inkjs/engine/Container';
