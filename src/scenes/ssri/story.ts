/**
 * The `ssri` story: ten steps from normal serotonin signalling to why the "chemical imbalance"
 * story is too simple. Each step sets the full parameter set on purpose, so a step looks the same
 * whatever the viewer changed before reaching it. Words live in strings.en.ts, keyed by step id.
 *
 * Clinical times: day 2 shows the acute picture (occupancy already near its plateau, autoreceptor
 * brake still strong); day 28 the adapted one (brake eased, 5-HT about 3x baseline in the model).
 */
import type { SsriParams } from '../../models/ssri';
import type { StoryStep } from '../types';

/** The dose every drug-on step shows: citalopram 20 mg/day, the dose in the PET studies. */
const CITALOPRAM_20 = { drug: 'citalopram', dose: 20 } as const;

/** Baseline params: no drug. Dose 0 mg/day because nothing is given. */
const NO_DRUG: SsriParams = {
  drug: 'none',
  dose: 0,
  profile: 'typical',
  block2a7: false,
  pindolol: false,
};

const ON_CITALOPRAM: SsriParams = { ...NO_DRUG, ...CITALOPRAM_20 };

export const story: StoryStep<SsriParams>[] = [
  {
    id: 'normal',
    t: 0,
    params: { ...NO_DRUG },
    focus: 'release',
    evidence: 'animal',
    sources: ['bunin1998'],
  },
  {
    id: 'pump',
    t: 0,
    params: { ...NO_DRUG },
    focus: 'sert',
    evidence: 'animal',
    sources: ['bunin1998', 'meyer2007'],
  },
  {
    id: 'caps',
    t: 2,
    params: { ...ON_CITALOPRAM },
    focus: 'ssri',
    evidence: 'human-imaging',
    sources: ['meyer2001', 'meyer2004', 'sorensen2022', 'voineskos2007'],
  },
  {
    id: 'thermostat',
    t: 2,
    params: { ...ON_CITALOPRAM },
    focus: 'autoreceptor',
    evidence: 'animal',
    sources: ['bel1992', 'blier1994'],
  },
  {
    id: 'weeks',
    t: 28,
    params: { ...ON_CITALOPRAM },
    focus: 'autoreceptor',
    evidence: 'animal',
    sources: ['blier1994', 'commons2019'],
  },
  {
    id: 'improvement',
    t: 42,
    params: { ...ON_CITALOPRAM },
    focus: 'receptors',
    evidence: 'human-trials',
    sources: ['taylor2006'],
  },
  {
    id: 'pindolol',
    t: 10,
    params: { ...ON_CITALOPRAM, pindolol: true },
    focus: 'autoreceptor',
    evidence: 'human-trials',
    sources: ['artigas1994', 'ballesteros2004', 'perez1999', 'blier1994'],
  },
  {
    id: 'nonresponder',
    t: 28,
    params: { ...ON_CITALOPRAM, profile: 'nonresponder' },
    focus: 'r2a7',
    evidence: 'cells',
    sources: ['vadodaria2019'],
  },
  {
    id: 'blocker',
    t: 28,
    params: { ...ON_CITALOPRAM, profile: 'nonresponder', block2a7: true },
    focus: 'r2a7',
    evidence: 'cells',
    sources: ['vadodaria2019'],
  },
  {
    id: 'imbalance',
    t: 28,
    params: { ...ON_CITALOPRAM },
    focus: '',
    evidence: 'review',
    sources: ['moncrieff2022', 'jauhar2023'],
  },
];
