/**
 * Pure helpers of the printable handout: which story steps become its key frames, the state of
 * the model at each, the short form of a citation, and the link back to the animation.
 */
import type { ParamValues, Readouts, SceneModel } from '../../models/types';
import { runSteps, stepsTo } from '../../models/simulate';
import type { Callout, StoryStep } from '../../scenes/types';
import { resolveParams } from '../params';
import { calloutReference } from '../callout';

/**
 * Indices (0-based, ascending, distinct) of `count` story steps spread evenly from the first to
 * the last, always including `current` (it replaces the nearest pick).
 */
export function pickKeySteps(total: number, current: number, count = 4): number[] {
  const n = Math.max(0, Math.floor(total));
  if (n === 0) return [];
  const k = Math.max(1, Math.min(n, Math.floor(count)));
  const picks = new Set<number>();
  for (let i = 0; i < k; i++) picks.add(k === 1 ? 0 : Math.round((i * (n - 1)) / (k - 1)));
  const cur = Number.isFinite(current) ? Math.min(n - 1, Math.max(0, Math.round(current))) : 0;
  if (!picks.has(cur)) {
    let nearest = -1;
    for (const p of picks) {
      if (nearest < 0 || Math.abs(p - cur) < Math.abs(nearest - cur)) nearest = p;
    }
    picks.delete(nearest);
    picks.add(cur);
  }
  return [...picks].sort((a, b) => a - b);
}

/** The params and readouts a story step shows, computed from t = 0 as the app does. */
export function stepState<P extends ParamValues, S>(
  model: SceneModel<P, S>,
  defaults: P,
  step: StoryStep<P>,
): { params: P; readouts: Readouts } {
  const params = resolveParams(model, defaults, step.params).params;
  const state = runSteps(model, params, stepsTo(model, step.t));
  return { params, readouts: model.readouts(state, params) };
}

/**
 * "Meyer JH et al. 2004. Am J Psychiatry 161:826-835" -> "Meyer JH et al. 2004, Am J Psychiatry":
 * first author, year, journal without volume and pages.
 */
export function shortCite(cite: string, maxJournal = 44): string {
  const parts = String(cite ?? '').split('. ');
  if (parts.length < 2) return String(cite ?? '').slice(0, 80);
  const authors = parts[0]!;
  const year = parts[1]!;
  const first = authors
    .split(',')[0]!
    .replace(/\s+et al\.?$/, '')
    .trim();
  const many = authors.includes(',') || /et al/.test(authors);
  let journal = parts
    .slice(2)
    .join('. ')
    .replace(/\s+[\w.-]*\d[\w.-]*:\S+$/, '')
    .trim();
  if (journal.length > maxJournal) journal = `${journal.slice(0, maxJournal - 1).trimEnd()}…`;
  return `${first}${many ? ' et al.' : ''} ${year}${journal ? `, ${journal}` : ''}`;
}

/** The animation's own address for a handout's search: the same state, without handout=1. */
export function sceneUrl(href: string): string {
  try {
    const u = new URL(href);
    u.searchParams.delete('handout');
    u.hash = '';
    return u.toString();
  } catch {
    return '';
  }
}

/**
 * Placeholder values of the scene's callout (the opioid scene's overdose warning) at a story
 * step, or null when it is not shown there. The same rule as the scene view: the readouts now
 * against those at the callout's reference time, with the step's params.
 */
export function calloutAt<P extends ParamValues, S>(
  model: SceneModel<P, S>,
  callout: Callout<P> | undefined,
  params: P,
  readouts: Readouts,
): Record<string, string> | null {
  if (!callout) return null;
  return callout.values(readouts, calloutReference(model, callout, params), params);
}

/**
 * Make sure a scene with a callout shows it on at least one key frame: when no pick shows it,
 * the first story step that does replaces the pick nearest to it (never the current step).
 */
export function withCalloutStep(
  picks: number[],
  current: number,
  shows: (index: number) => boolean,
  total: number,
): number[] {
  if (picks.some(shows)) return picks;
  let want = -1;
  for (let i = 0; i < total; i++) {
    if (shows(i)) {
      want = i;
      break;
    }
  }
  if (want < 0) return picks;
  const others = picks.filter((p) => p !== current);
  if (!others.length) return picks;
  const nearest = others.reduce((a, b) => (Math.abs(b - want) < Math.abs(a - want) ? b : a));
  return [...picks.filter((p) => p !== nearest), want].sort((a, b) => a - b);
}
