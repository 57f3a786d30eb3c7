import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../domain/ports.ts';

export const systemClock: Clock = { now: () => Date.now() };

export const uuid: IdGenerator = () => randomUUID();

/** A clock tests can set and move. */
export function fixedClock(start: number): Clock & { set(ms: number): void; advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    set: (ms) => {
      t = ms;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
