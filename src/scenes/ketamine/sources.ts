/**
 * References for the `ketamine` scene (see shared/science/ketamine.md). Citations were checked
 * against the published abstract, PubMed record or journal index page; a DOI is given only where
 * it was seen in such a record. `finding` is what the paper showed, in one plain line, and
 * `evidence` is the kind of study it is (animal findings must say so on screen).
 */
import type { Source } from '../types';

export const sources: Record<string, Source> = {
  bourneharris2007: {
    id: 'bourneharris2007',
    cite: 'Bourne J, Harris KM. 2007. Curr Opin Neurobiol 17:381-386',
    finding:
      'Review, mostly of rodent studies: thin spines come and go ("learning spines"); mushroom spines are large and stable ("memory spines"); thin spines can grow into mushroom spines.',
    evidence: 'animal',
    doi: '10.1016/j.conb.2007.04.009',
  },
  li2011: {
    id: 'li2011',
    cite: 'Li N et al. 2011. Biol Psychiatry 69:754-761',
    finding:
      'In rats, 21 days of chronic unpredictable stress cut prefrontal spines and synaptic proteins; one dose of ketamine reversed this and the behaviour quickly, and rapamycin blocked it.',
    evidence: 'animal',
  },
  modasava2019: {
    id: 'modasava2019',
    cite: 'Moda-Sava RN et al. 2019. Science 364:eaat8078',
    finding:
      'In mice, stress removed prefrontal spines; ketamine restored them near where they were lost. Behaviour improved before new spines formed; the new spines kept the improvement going.',
    evidence: 'animal',
    doi: '10.1126/science.aat8078',
  },
  zarate2006: {
    id: 'zarate2006',
    cite: 'Zarate CA Jr et al. 2006. Arch Gen Psychiatry 63:856-864',
    finding:
      'Randomised crossover trial in 18 people with treatment-resistant depression: ketamine 0.5 mg/kg IV beat placebo within 110 minutes; 71% responded the next day.',
    evidence: 'human-trials',
    doi: '10.1001/archpsyc.63.8.856',
  },
  milak2016: {
    id: 'milak2016',
    cite: 'Milak MS et al. 2016. Mol Psychiatry 21:320-327',
    finding:
      'Brain spectroscopy in 11 depressed patients given ketamine 0.5 mg/kg IV: prefrontal Glx and GABA both peaked about 38% above baseline at ~26 min; 10 of 11 remitted within 230 min.',
    evidence: 'human-imaging',
    doi: '10.1038/mp.2015.83',
  },
  abdallah2018: {
    id: 'abdallah2018',
    cite: 'Abdallah CG et al. 2018. Neuropsychopharmacology 43:2154',
    finding:
      '13C spectroscopy in 21 people (14 healthy, 7 depressed): during infusion, ketamine raised prefrontal glutamate-glutamine cycling by 13% compared with saline.',
    evidence: 'human-imaging',
    doi: '10.1038/s41386-018-0136-3',
  },
  autry2011: {
    id: 'autry2011',
    cite: 'Autry AE et al. 2011. Nature 475:91-95',
    finding:
      'In mice, the fast antidepressant-like effect of ketamine needed rapid synthesis of BDNF, switched on by blocking NMDA receptors at rest (via eEF2 kinase).',
    evidence: 'animal',
    doi: '10.1038/nature10130',
  },
  li2010: {
    id: 'li2010',
    cite: 'Li N et al. 2010. Science 329:959-964',
    finding:
      'In rats, ketamine switched on mTOR signalling within an hour, then raised synaptic proteins and prefrontal spine synapses; blocking mTOR with rapamycin stopped both and the behavioural effect.',
    evidence: 'animal',
    doi: '10.1126/science.1190287',
  },
  newport2015: {
    id: 'newport2015',
    cite: 'Newport DJ et al. 2015. Am J Psychiatry 172:950-966',
    finding:
      'Meta-analysis of 7 randomised trials: one ketamine infusion gave a rapid but transient antidepressant effect; odds ratio for response at 24 hours 9.87.',
    evidence: 'human-trials',
    doi: '10.1176/appi.ajp.2015.15040465',
  },
  abdallah2020: {
    id: 'abdallah2020',
    cite: 'Abdallah CG et al. 2020. Neuropsychopharmacology 45:990-997',
    finding:
      'Crossover trial in 20 depressed patients: oral rapamycin before ketamine did not block the 24-hour antidepressant effect and seemed to prolong it over two weeks.',
    evidence: 'human-trials',
    doi: '10.1038/s41386-020-0644-9',
  },
  phoumthipphavong2016: {
    id: 'phoumthipphavong2016',
    cite: 'Phoumthipphavong V et al. 2016. eNeuro 3:ENEURO.0133-15.2016',
    finding:
      'Repeated imaging in living mice: after one ketamine injection, frontal spine density stayed higher for up to 2 weeks, through more spine formation rather than less loss.',
    evidence: 'animal',
    doi: '10.1523/ENEURO.0133-15.2016',
  },
  daly2019: {
    id: 'daly2019',
    cite: 'Daly EJ et al. 2019. JAMA Psychiatry 76:893-903',
    finding:
      'Randomised withdrawal trial: in people in stable remission, continuing esketamine nasal spray with an oral antidepressant halved the risk of relapse (26.7% vs 45.3% relapsed).',
    evidence: 'human-trials',
    doi: '10.1001/jamapsychiatry.2019.1189',
  },
  popova2019: {
    id: 'popova2019',
    cite: 'Popova V et al. 2019. Am J Psychiatry 176:428-438',
    finding:
      'Phase 3 trial (TRANSFORM-2, 227 randomised): esketamine nasal spray plus a new oral antidepressant beat antidepressant plus placebo spray at day 28; dissociation and nausea were common.',
    evidence: 'human-trials',
  },
  short2018: {
    id: 'short2018',
    cite: 'Short B et al. 2018. Lancet Psychiatry 5:65-78',
    finding:
      'Systematic review of 60 studies: dissociation, raised blood pressure and other acute side effects are common after ketamine; long-term safety after repeated use is poorly studied.',
    evidence: 'review',
    doi: '10.1016/S2215-0366(17)30272-9',
  },
  zanos2016: {
    id: 'zanos2016',
    cite: 'Zanos P et al. 2016. Nature 533:481-486',
    finding:
      'In mice, a ketamine metabolite, (2R,6R)-hydroxynorketamine, had antidepressant-like effects without NMDA receptor block; other labs have disputed this.',
    evidence: 'animal',
  },
};
