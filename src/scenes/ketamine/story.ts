/**
 * The `ketamine` story: ten steps from healthy dendritic spines, through their loss under chronic
 * stress, to one ketamine infusion, the glutamate burst, the mTOR pulse, regrown spines at 24 h,
 * what rapamycin does, why the effect fades, and what is still uncertain. Each step sets the full
 * parameter set on purpose, so a step looks the same whatever the viewer changed before reaching
 * it. Words live in strings.en.ts, keyed by step id.
 *
 * Clinical time is in hours from the start of the infusion: 0.25 h (15 min) shows ketamine
 * rising, 0.45 h (27 min) the glutamate peak (~26 min in Milak 2016), 0.75 h (45 min) the mTOR
 * pulse (30-60 min in rats, Li 2010), 4 h early relief, 24 h regrown spines, 240 h (day 10) the
 * fading effect.
 */
import type { KetamineParams } from '../../models/ketamine';
import type { StoryStep } from '../types';

/** No stress, no drug: the healthy reference every readout is compared with. */
const HEALTHY: KetamineParams = { stress: false, dose: 0, rapamycin: false };

/** Chronic stress, no drug yet: spines thinned to about 0.7 of healthy. */
const STRESSED: KetamineParams = { ...HEALTHY, stress: true };

/**
 * Stressed, one infusion of 0.5 mg/kg over 40 min: the dose used in the studies
 * (Zarate 2006, Milak 2016). Shown as what the research used, not as advice.
 */
const INFUSED: KetamineParams = { ...STRESSED, dose: 0.5 };

export const story: StoryStep<KetamineParams>[] = [
  {
    id: 'healthy',
    t: 0,
    params: { ...HEALTHY },
    focus: 'spines',
    evidence: 'animal',
    sources: ['bourneharris2007'],
  },
  {
    id: 'stress',
    t: 0,
    params: { ...STRESSED },
    focus: 'spines',
    evidence: 'animal',
    sources: ['li2011', 'modasava2019'],
  },
  {
    id: 'infusion',
    t: 0.25,
    params: { ...INFUSED },
    play: true,
    focus: 'drip',
    evidence: 'human-trials',
    sources: ['zarate2006', 'milak2016'],
  },
  {
    id: 'brake',
    t: 0.45,
    params: { ...INFUSED },
    focus: 'brake',
    evidence: 'human-imaging',
    sources: ['milak2016', 'abdallah2018', 'autry2011'],
  },
  {
    id: 'crew',
    t: 0.75,
    params: { ...INFUSED },
    focus: 'crew',
    evidence: 'animal',
    sources: ['li2010', 'autry2011'],
  },
  {
    id: 'early',
    t: 4,
    params: { ...INFUSED },
    focus: '',
    evidence: 'human-trials',
    sources: ['newport2015', 'zarate2006', 'milak2016', 'modasava2019'],
  },
  {
    id: 'regrow',
    t: 24,
    params: { ...INFUSED },
    focus: 'spines',
    evidence: 'animal',
    sources: ['li2010', 'li2011', 'modasava2019'],
  },
  {
    id: 'blocked',
    t: 24,
    params: { ...INFUSED, rapamycin: true },
    focus: 'rapamycin',
    evidence: 'animal',
    sources: ['li2010', 'li2011', 'abdallah2020'],
  },
  {
    id: 'fade',
    t: 240,
    params: { ...INFUSED },
    focus: 'spines',
    evidence: 'human-trials',
    sources: ['newport2015', 'phoumthipphavong2016', 'daly2019'],
  },
  {
    id: 'caveats',
    t: 24,
    params: { ...INFUSED },
    focus: '',
    evidence: 'human-trials',
    sources: ['milak2016', 'zanos2016', 'popova2019', 'short2018'],
  },
];
