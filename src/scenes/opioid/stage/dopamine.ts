/**
 * The dopamine dots of the reward panel (pure, no DOM): how many are out, how colourful the
 * panel is, and where each dot is at a given time. They stream down from the door's foot and
 * fan out; the stage's canvas layer draws them.
 */
import { createRng } from '../../../models/random';
import { STREAM } from './geometry';

export const DOTS = 18;
const rng = createRng(0xd0a);
const DOT_SEEDS = Array.from({ length: DOTS }, (_, i) => ({
  p: (i * 0.618034) % 1,
  ox: (rng() - 0.5) * STREAM.w,
}));

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Dots out at a time: a few for an everyday pleasure (fewer as reward falls), many on opioids. */
export function dopamineCount(aside: number, reward: number): number {
  return aside > 0 ? Math.round(8 + 10 * aside) : Math.round(8 * clamp01(reward));
}

/** 0..1: the panel's colour; it goes grey as the reward readout falls toward 0.4 of healthy. */
export function panelColour(reward: number): number {
  return clamp01((reward - 0.4) / 0.6);
}

/** Position (viewBox units) and opacity of dot i at `time` seconds of animation. */
export function dotAt(i: number, time: number): { x: number; y: number; alpha: number } {
  const d = DOT_SEEDS[i]!;
  const f = (((d.p + time * 0.05) % 1) + 1) % 1;
  return {
    x: STREAM.x + d.ox * (0.4 + 0.6 * f),
    y: STREAM.y0 + (STREAM.y1 - STREAM.y0) * f,
    alpha: Math.min(1, f * 8, (1 - f) * 6),
  };
}
