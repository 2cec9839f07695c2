/**
 * References for the `opioid` scene (see shared/science/opioid.md). Only citations checked against
 * the published abstract, the journal's or PubMed's index page, or the publisher's catalogue
 * record; a DOI is given only where it was seen. `finding` is what the study showed, in one plain
 * line, and `evidence` is the kind of study it is: the overdose studies are observational cohorts,
 * the WHO guidelines reviews. Chorbov 2011 measured DNA methylation in blood, not receptors in the
 * brain.
 */
import type { Source } from '../types';

export const sources: Record<string, Source> = {
  johnson1992: {
    id: 'johnson1992',
    cite: 'Johnson SW, North RA. 1992. J Neurosci 12:483-488',
    finding:
      'In rat brain slices, mu-opioid agonists hyperpolarised GABA-containing interneurons in the VTA, not dopamine cells, removing inhibition from dopamine neurons.',
    evidence: 'animal',
    doi: '10.1523/JNEUROSCI.12-02-00483.1992',
  },
  jalabert2011: {
    id: 'jalabert2011',
    cite: 'Jalabert M et al. 2011. Proc Natl Acad Sci USA 108:16446-16450',
    finding:
      'In rats in vivo, morphine raised dopamine neuron firing by acting on mu receptors of GABA inputs from the tail of the VTA (RMTg).',
    evidence: 'animal',
    doi: '10.1073/pnas.1105418108',
  },
  dang2004: {
    id: 'dang2004',
    cite: 'Dang VC, Williams JT. 2004. J Neurosci 24:7699-7706',
    finding:
      'In brain slices from animals treated chronically with morphine, mu-receptor desensitisation was faster and recovery from it incomplete (locus coeruleus).',
    evidence: 'animal',
  },
  way1969: {
    id: 'way1969',
    cite: 'Way EL, Loh HH, Shen FH. 1969. J Pharmacol Exp Ther 167:1',
    finding:
      'In mice with a morphine implant, the analgesic ED50 doubled after 1 day and rose 4- to 7-fold by day 3; naloxone precipitated withdrawal within 5 min.',
    evidence: 'animal',
  },
  cox1975: {
    id: 'cox1975',
    cite: 'Cox BM et al. 1975. Br J Pharmacol',
    finding:
      'In rats and mice, tolerance faded in two phases after morphine, methadone or diamorphine; the slow phase had a half-time of 13.2 days (rats), 17.4 (mice).',
    evidence: 'animal',
    doi: '10.1111/j.1476-5381.1975.tb07374.x',
  },
  chorbov2011: {
    id: 'chorbov2011',
    cite: 'Chorbov VM et al. 2011. J Opioid Manag 7:258-264',
    finding:
      'Higher DNA methylation at the OPRM1 (mu receptor gene) promoter in blood of 13 men with opioid dependence vs 21 controls; blood, not brain receptors.',
    evidence: 'human-observational',
  },
  who2009: {
    id: 'who2009',
    cite: 'World Health Organization. 2009. Guidelines for the psychosocially assisted pharmacological treatment of opioid dependence. Geneva: WHO',
    finding:
      'Guideline from systematic reviews: withdrawal after heroin begins 8-24 h after the last dose and lasts 4-10 days; after methadone 12-48 h and 10-20 days.',
    evidence: 'review',
  },
  merrall2010: {
    id: 'merrall2010',
    cite: 'Merrall ELC et al. 2010. Addiction 105:1545-1554',
    finding:
      'Meta-analysis of 6 observational cohorts after prison release: drug-related deaths 3-8 times higher in weeks 1-2 than in weeks 3-12.',
    evidence: 'human-observational',
    doi: '10.1111/j.1360-0443.2010.02990.x',
  },
  strang2003: {
    id: 'strang2003',
    cite: 'Strang J et al. 2003. BMJ 326:959-960',
    finding:
      'Observational follow-up of 137 people after inpatient detoxification: all 3 overdose deaths were among those who had lost tolerance, none among the still tolerant.',
    evidence: 'human-observational',
    doi: '10.1136/bmj.326.7396.959',
  },
  sordo2017: {
    id: 'sordo2017',
    cite: 'Sordo L et al. 2017. BMJ 357:j1550',
    finding:
      'Meta-analysis of 19 cohorts: deaths 3.2 times higher out of than in methadone treatment (overdose 4.8 times) and 2.2 times for buprenorphine.',
    evidence: 'human-observational',
    doi: '10.1136/bmj.j1550',
  },
  who2014: {
    id: 'who2014',
    cite: 'World Health Organization. 2014. Community management of opioid overdose. Geneva: WHO',
    finding:
      'Guideline: naloxone reverses opioid overdose; people likely to witness one, including people who use opioids and their families, should have access to it.',
    evidence: 'review',
  },
};
