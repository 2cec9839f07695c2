/**
 * References for the `bdnf` scene (see shared/science/bdnf.md). Only citations checked against
 * the published abstract, the journal's or PubMed's index page, or the paper's own header; a DOI
 * is given only where it was seen. `finding` is what the paper showed, in one plain line, and
 * `evidence` is the kind of study it is, not how much we like it.
 */
import type { Source } from '../types';

export const sources: Record<string, Source> = {
  molendijk2014: {
    id: 'molendijk2014',
    cite: 'Molendijk ML et al. 2014. Mol Psychiatry 19:791-800',
    finding:
      'Meta-analysis of 179 associations (N = 9484): serum BDNF lower in unmedicated depression (d = -0.71; -0.47 after correcting for publication bias).',
    evidence: 'human-observational',
  },
  brunoni2008: {
    id: 'brunoni2008',
    cite: 'Brunoni AR, Lopes M, Fregni F. 2008. Int J Neuropsychopharmacol 11:1169-1180',
    finding:
      'Meta-analysis of 20 studies (1504 people): blood BDNF rose after antidepressant treatment (effect size 0.62), and its change correlated with symptom change.',
    evidence: 'human-observational',
    doi: '10.1017/S1461145708009309',
  },
  sen2008: {
    id: 'sen2008',
    cite: 'Sen S, Duman R, Sanacora G. 2008. Biol Psychiatry 64:527-532',
    finding:
      'Meta-analyses: serum BDNF lower in depression (11 studies, N = 748) and higher after a course of antidepressant treatment (8 studies, N = 220).',
    evidence: 'human-observational',
    doi: '10.1016/j.biopsych.2008.05.005',
  },
  brunoni2014: {
    id: 'brunoni2014',
    cite: 'Brunoni AR et al. 2014. World J Biol Psychiatry 15:411-418',
    finding:
      'Meta-analysis of 11 studies (n = 221): blood BDNF rose after ECT (g = 0.35), but the rise was not associated with improvement in depression.',
    evidence: 'human-observational',
    doi: '10.3109/15622975.2014.892633',
  },
  polyakova2015: {
    id: 'polyakova2015',
    cite: 'Polyakova M et al. 2015. PLoS One 10:e0141564',
    finding:
      'Meta-analyses: ECT raised plasma but not serum BDNF in people (g = 0.72 vs 0.14); ECS raised brain BDNF in animals; links to behaviour were inconsistent.',
    evidence: 'human-observational',
    doi: '10.1371/journal.pone.0141564',
  },
  brunoni2015: {
    id: 'brunoni2015',
    cite: 'Brunoni AR et al. 2015. World J Biol Psychiatry 16:114-122',
    finding:
      'Meta-analysis of 8 datasets (n = 259) in depression: blood BDNF did not change after rTMS or tDCS (g = 0.03).',
    evidence: 'human-observational',
    doi: '10.3109/15622975.2014.958101',
  },
  desousa2011: {
    id: 'desousa2011',
    cite: 'de Sousa RT et al. 2011. Neurosci Lett 494:54-56',
    finding:
      'Small uncontrolled study, 10 people in bipolar mania: plasma BDNF rose after 28 days of lithium alone, not significantly linked to clinical improvement.',
    evidence: 'human-observational',
    doi: '10.1016/j.neulet.2011.02.054',
  },
  szuhany2015: {
    id: 'szuhany2015',
    cite: 'Szuhany KL, Bugatti M, Otto MW. 2015. J Psychiatr Res 60:56-64',
    finding:
      'Meta-analysis of 29 studies (N = 1111): blood BDNF rose after one exercise session (g = 0.46) and slightly at rest after regular exercise (g = 0.28).',
    evidence: 'human-observational',
  },
  nibuya1995: {
    id: 'nibuya1995',
    cite: 'Nibuya M, Morinobu S, Duman RS. 1995. J Neurosci 15:7539-7547',
    finding:
      'In rats, repeated electroconvulsive seizures and weeks (not single doses) of several antidepressant classes raised BDNF and TrkB mRNA in the hippocampus.',
    evidence: 'animal',
    doi: '10.1523/JNEUROSCI.15-11-07539.1995',
  },
  watanabe1992: {
    id: 'watanabe1992',
    cite: 'Watanabe Y, Gould E, McEwen BS. 1992. Brain Res 588:341-345',
    finding:
      'In rats, 21 days of daily restraint stress made the apical dendrites of hippocampal CA3 neurons atrophy; basal dendrites did not change.',
    evidence: 'animal',
    doi: '10.1016/0006-8993(92)91597-8',
  },
  magarinos1996: {
    id: 'magarinos1996',
    cite: 'Magariños AM, McEwen BS, Flügge G, Fuchs E. 1996. J Neurosci 16:3534-3540',
    finding:
      'In tree shrews (animals), 28 days of social stress reduced CA3 apical dendritic branch points and total length; spine density was unchanged.',
    evidence: 'animal',
    doi: '10.1523/JNEUROSCI.16-10-03534.1996',
  },
  moench2017: {
    id: 'moench2017',
    cite: 'Moench KM, Wellman CL. 2017. Neuroscience (PMC5555043)',
    finding:
      'In male rats, 10 days of restraint stress retracted prelimbic apical dendrites; after 10 days of recovery they looked like those of unstressed rats.',
    evidence: 'animal',
  },
  adlard2004: {
    id: 'adlard2004',
    cite: 'Adlard PA, Cotman CW. 2004. Neuroscience 124:985-992',
    finding:
      'In animals given running wheels for 3 weeks, hippocampal BDNF protein rose, and the fall in BDNF after immobilisation stress was prevented.',
    evidence: 'animal',
    doi: '10.1016/j.neuroscience.2003.12.039',
  },
  casarotto2021: {
    id: 'casarotto2021',
    cite: 'Casarotto PC et al. 2021. Cell 184:1299-1313',
    finding:
      'In cells and mice: fluoxetine, imipramine and ketamine bound the TrkB transmembrane domain; mutating the site impaired their plasticity and behavioural effects.',
    evidence: 'animal',
    doi: '10.1016/j.cell.2021.01.034',
  },
  duman2006: {
    id: 'duman2006',
    cite: 'Duman RS, Monteggia LM. 2006. Biol Psychiatry 59:1116-1127',
    finding:
      'Review proposing the neurotrophic model: stress lowers and antidepressants raise BDNF in limbic regions; built mostly on animal data, a hypothesis.',
    evidence: 'hypothesis',
  },
};
