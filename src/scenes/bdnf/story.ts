/**
 * The `bdnf` story: nine steps from a healthy neuron whose branches BDNF keeps growing, through
 * depression and chronic stress thinning them (not killing the cell), to starting a treatment,
 * the empty first days, regrowth over weeks 2-6, why that fits the weeks antidepressants need,
 * other treatments compared (ECT and lithium; exercise and psychotherapy), why blood BDNF is a weak
 * proxy (unchanged with TMS), and what is still uncertain. Each step sets the full parameter set
 * on purpose, so a step looks the same whatever the viewer changed before reaching it. Words live
 * in strings.en.ts, keyed by step id.
 *
 * Clinical time is in days from the start of the timeline; every step starts treatment on day 0,
 * so the chart's shaded phases sit at days 0-3 ("nothing to see yet") and 14-42 ("regrowing").
 * Day 3 shows the unchanged start, day 35 BDNF back near healthy with branches regrowing behind
 * it, day 56 the settled picture; ECT at day 28 (a course of sessions over 3-4 weeks), exercise
 * and TMS at day 42, when the other treatments would have shown their blood changes.
 */
import type { BdnfParams } from '../../models/bdnf';
import type { StoryStep } from '../types';

/** No stress load, no treatment: the healthy reference every readout is compared with. */
const HEALTHY: BdnfParams = { stress: false, treatment: 'none', startDay: 0 };

/** Depression / chronic stress, untreated: BDNF and branch length well below healthy. */
const DEPRESSED: BdnfParams = { ...HEALTHY, stress: true };

/** Depressed, an SSRI from day 0: the scene's default and the main line of the story. */
const ON_SSRI: BdnfParams = { ...DEPRESSED, treatment: 'ssri' };

export const story: StoryStep<BdnfParams>[] = [
  {
    id: 'healthy',
    t: 0,
    params: { ...HEALTHY },
    focus: 'branches',
    evidence: 'animal',
    sources: ['nibuya1995', 'watanabe1992'],
  },
  {
    id: 'thinning',
    t: 0,
    params: { ...DEPRESSED },
    focus: 'branches',
    evidence: 'animal',
    sources: ['watanabe1992', 'magarinos1996', 'moench2017', 'molendijk2014'],
  },
  {
    id: 'start',
    t: 3,
    params: { ...ON_SSRI },
    focus: 'gene',
    evidence: 'animal',
    sources: ['nibuya1995'],
  },
  {
    id: 'regrow',
    t: 35,
    params: { ...ON_SSRI },
    play: true,
    focus: 'branches',
    evidence: 'animal',
    sources: ['brunoni2008', 'sen2008', 'moench2017'],
  },
  {
    id: 'weeks',
    t: 56,
    params: { ...ON_SSRI },
    focus: 'lawn',
    evidence: 'human-observational',
    sources: ['brunoni2008', 'duman2006'],
  },
  {
    id: 'compare',
    t: 28,
    params: { ...DEPRESSED, treatment: 'ect' },
    focus: 'bdnf',
    evidence: 'human-observational',
    sources: ['brunoni2014', 'polyakova2015', 'desousa2011'],
  },
  {
    id: 'other',
    t: 42,
    params: { ...DEPRESSED, treatment: 'exercise' },
    focus: 'lawn',
    evidence: 'animal',
    sources: ['adlard2004', 'szuhany2015'],
  },
  {
    id: 'blood',
    t: 42,
    params: { ...DEPRESSED, treatment: 'tms' },
    focus: 'blood',
    evidence: 'human-observational',
    sources: ['brunoni2015', 'molendijk2014', 'polyakova2015'],
  },
  {
    id: 'caveats',
    t: 56,
    params: { ...ON_SSRI },
    focus: '',
    evidence: 'hypothesis',
    sources: ['duman2006', 'brunoni2014', 'polyakova2015', 'casarotto2021'],
  },
];
