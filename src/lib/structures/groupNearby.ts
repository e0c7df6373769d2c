/** A thing placed on screen, in pixels. */
export interface Placed<T> {
  x: number;
  y: number;
  value: T;
}

/**
 * Groups things whose screen positions are closer than `distance` pixels to the first of
 * a group, in the given order. Markers of one town would overlap at low zoom; a group
 * marker keeps every target whole (WCAG 2.5.8) and names its members.
 */
export function groupNearby<T>(things: readonly Placed<T>[], distance: number): T[][] {
  const groups: { x: number; y: number; members: T[] }[] = [];
  for (const thing of things) {
    const near = groups.find((group) => Math.hypot(group.x - thing.x, group.y - thing.y) < distance);
    if (near) near.members.push(thing.value);
    else groups.push({ x: thing.x, y: thing.y, members: [thing.value] });
  }
  return groups.map((group) => group.members);
}
