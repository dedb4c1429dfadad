/**
 * Where in a story the player is, as an author would name it: the knot, or `knot.stitch`.
 * This is what a player may choose to share with a counsellor, so it must be a name the
 * story's authors (and the review packet) use, never an engine path like `home.0.c-1.2`.
 */
import { Container, type Story } from './inkRuntime.ts';

/**
 * The knot or `knot.stitch` an engine path lies in; undefined for the story's top level
 * (before the first knot) or a path the story does not have.
 *
 * In a path the first name is a knot; the second is a stitch only when it names a child
 * container that counts its visits as a flow does. Labelled gathers and choices count
 * "at start only" (the ink compiler sets that flag for weave points, never for knots and
 * stitches), and anonymous weave content is addressed by index, never by name.
 */
export function placeOfPath(story: Story, path: string | null | undefined): string | undefined {
  if (!path) return undefined;
  const [knotName, second] = path.split('.');
  if (knotName === undefined) return undefined;
  const knot = story.mainContentContainer.namedContent.get(knotName);
  if (!(knot instanceof Container)) return undefined;
  if (second === undefined) return knotName;
  const stitch = knot.namedContent.get(second);
  return stitch instanceof Container && !stitch.countingAtStartOnly
    ? `${knotName}.${second}`
    : knotName;
}
