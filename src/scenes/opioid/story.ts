/**
 * The `opioid` story: eight steps through one course of daily use for four weeks (days 0-28),
 * then stopping. The brain's own keys (endorphins) and locks (mu-opioid receptors); an opioid
 * floods the locks and silences the guard at the dopamine door; the brain pulls locks inside and
 * makes fewer (tolerance); everyday pleasures open too few locks (life goes grey); stopping
 * brings withdrawal; staying off, the lock factory revs up and the locks return; after a break
 * the old dose is dangerous; and what naloxone does. Each step sets the full parameter set on
 * purpose, so a step looks the same whatever the viewer changed before reaching it. Words live in
 * strings.en.ts, keyed by step id.
 *
 * Clinical time is in days: use from day 0 to day `useDays` (28 here), then stopped; the model
 * gives each day's dose at DOSE_HOUR, so the flood is shown an hour after the first. Withdrawal
 * is shown 2 days after the last dose (inside its 36-72 h peak), the danger 2 weeks after it (the
 * window with the highest overdose deaths after prison release), recovery 6 weeks after it. The
 * danger step comes after recovery on purpose: it is the message the story must end its arc on,
 * and it reads "recovered locks are also lost protection". The naloxone what-if closes the story
 * at the end of use, where naloxone arrives in the model.
 */
import { DOSE_HOUR, type OpioidParams } from '../../models/opioid';
import type { StoryStep } from '../types';

/** Days of use in every step: four weeks, the model's default. */
const USE_DAYS = 28;

/** Daily use for four weeks, then stopped; no naloxone: the main line of the story. */
const DAILY: OpioidParams = { useDays: USE_DAYS, pattern: 'daily', naloxone: false };

export const story: StoryStep<OpioidParams>[] = [
  {
    id: 'keys',
    t: 0,
    params: { ...DAILY },
    focus: 'locks',
    evidence: 'animal',
    sources: ['johnson1992'],
  },
  {
    id: 'flood',
    // An hour after the first dose (the model doses in the evening of each day), not at t = 0.1,
    // when nothing has been used yet.
    t: (DOSE_HOUR + 1) / 24,
    params: { ...DAILY },
    focus: 'keys',
    evidence: 'animal',
    sources: ['johnson1992', 'jalabert2011'],
  },
  {
    id: 'tolerance',
    t: 21,
    params: { ...DAILY },
    focus: 'inside',
    evidence: 'animal',
    sources: ['dang2004', 'way1969', 'chorbov2011'],
  },
  {
    id: 'grey',
    // Late on day 27, 23 h after the last dose: the opioid is gone, the locks are still missing.
    t: 27 + (DOSE_HOUR - 1) / 24,
    params: { ...DAILY },
    focus: 'guard',
    evidence: 'animal',
    sources: ['dang2004', 'johnson1992'],
  },
  {
    id: 'withdrawal',
    t: USE_DAYS + 2,
    params: { ...DAILY },
    focus: 'locks',
    evidence: 'review',
    sources: ['who2009'],
  },
  {
    id: 'recovery',
    t: USE_DAYS + 7,
    params: { ...DAILY },
    focus: 'factory',
    evidence: 'animal',
    sources: ['cox1975'],
  },
  {
    id: 'danger',
    t: USE_DAYS + 14,
    params: { ...DAILY },
    focus: 'danger',
    evidence: 'human-observational',
    sources: ['merrall2010', 'strang2003', 'sordo2017', 'cox1975'],
  },
  {
    id: 'naloxone',
    t: USE_DAYS + 0.05,
    params: { ...DAILY, naloxone: true },
    focus: 'keys',
    evidence: 'review',
    sources: ['who2014', 'way1969'],
  },
];
