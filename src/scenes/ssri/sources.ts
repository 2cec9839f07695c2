/**
 * References for the `ssri` scene (see shared/science/ssri.md). Only citations checked against
 * the published abstract or the journal's index page; `finding` is what the paper showed, in one
 * plain line, and `evidence` is the kind of study it is, not how much we like it.
 */
import type { Source } from '../types';

export const sources: Record<string, Source> = {
  meyer2001: {
    id: 'meyer2001',
    cite: 'Meyer JH et al. 2001. Am J Psychiatry 158:1843-1849',
    finding:
      'PET in depressed patients after 4 weeks: paroxetine 20 mg/day occupied 83% of serotonin transporters, citalopram 20 mg/day 77%.',
    evidence: 'human-imaging',
    doi: '10.1176/appi.ajp.158.11.1843',
  },
  meyer2004: {
    id: 'meyer2004',
    cite: 'Meyer JH et al. 2004. Am J Psychiatry 161:826-835',
    finding:
      'PET in 77 people: five SSRIs at their minimum therapeutic doses occupied 76-85% of serotonin transporters, with a plateau at higher doses.',
    evidence: 'human-imaging',
    doi: '10.1176/appi.ajp.161.5.826',
  },
  meyer2007: {
    id: 'meyer2007',
    cite: 'Meyer JH. 2007. J Psychiatry Neurosci 32:86-102',
    finding:
      'Review of transporter imaging: at doses that beat placebo, SSRIs occupy about 80% of serotonin transporters.',
    evidence: 'human-imaging',
  },
  voineskos2007: {
    id: 'voineskos2007',
    cite: 'Voineskos AN, ..., Meyer JH. 2007. Psychopharmacology 193:539-545',
    finding:
      'PET at high SSRI doses: occupancy about 85%, only a little above the 80% seen at minimum doses; about 15% of transporters stay free.',
    evidence: 'human-imaging',
  },
  sorensen2022: {
    id: 'sorensen2022',
    cite: 'Sørensen A, Ruhé HG, Munkholm K. 2022. Mol Psychiatry 27:192-201',
    finding:
      'Systematic review of 17 PET/SPECT studies: occupancy rises hyperbolically with dose and plateaus near 80% at the usual minimum dose.',
    evidence: 'human-imaging',
    doi: '10.1038/s41380-021-01285-w',
  },
  bunin1998: {
    id: 'bunin1998',
    cite: 'Bunin MA, Wightman RM. 1998. J Neurosci 18:4854-4860',
    finding:
      'Fast voltammetry in rat brain slices: measured serotonin release and transporter uptake; serotonin acts partly outside the synapse.',
    evidence: 'animal',
    doi: '10.1523/JNEUROSCI.18-13-04854.1998',
  },
  bel1992: {
    id: 'bel1992',
    cite: 'Bel N, Artigas F. 1992. Eur J Pharmacol 229:101-103',
    finding:
      'Microdialysis in rats: one dose of an SSRI (fluvoxamine) raised extracellular serotonin, several-fold more near the raphe cell bodies than in frontal cortex.',
    evidence: 'animal',
    doi: '10.1016/0014-2999(92)90292-c',
  },
  blier1994: {
    id: 'blier1994',
    cite: 'Blier P, de Montigny C. 1994. Trends Pharmacol Sci 15:220-226',
    finding:
      'Review, mostly rat electrophysiology: SSRIs first slow raphe firing through 5-HT1A autoreceptors; firing recovers over 2-3 weeks as they desensitise.',
    evidence: 'animal',
    doi: '10.1016/0165-6147(94)90315-8',
  },
  commons2019: {
    id: 'commons2019',
    cite: 'Commons KG, Linnros SE. 2019. ACS Chem Neurosci 10:3048-3052',
    finding:
      'Perspective on the animal evidence: firing may recover despite ongoing autoreceptor feedback, so desensitisation may not explain the delay; slower plasticity might.',
    evidence: 'animal',
    doi: '10.1021/acschemneuro.8b00698',
  },
  taylor2006: {
    id: 'taylor2006',
    cite: 'Taylor MJ et al. 2006. Arch Gen Psychiatry 63:1217-1223',
    finding:
      'Meta-analysis of 28 placebo-controlled trials (n = 5872): SSRIs beat placebo by the end of week 1, and improvement kept growing to at least week 6.',
    evidence: 'human-trials',
    doi: '10.1001/archpsyc.63.11.1217',
  },
  artigas1994: {
    id: 'artigas1994',
    cite: 'Artigas F, Pérez V, Alvarez E. 1994. Arch Gen Psychiatry 51:248-251',
    finding:
      'Small open-label study: adding pindolol (a 5-HT1A blocker) to an SSRI was followed by rapid improvement.',
    evidence: 'human-observational',
    doi: '10.1001/archpsyc.1994.03950030084009',
  },
  ballesteros2004: {
    id: 'ballesteros2004',
    cite: 'Ballesteros J, Callado LF. 2004. J Affect Disord 79:137-147',
    finding:
      'Meta-analysis of 9 randomised trials: pindolol plus an SSRI beat placebo plus an SSRI at 2 weeks, but not clearly at 4-6 weeks.',
    evidence: 'human-trials',
    doi: '10.1016/S0165-0327(02)00404-4',
  },
  perez1999: {
    id: 'perez1999',
    cite: 'Pérez V et al. 1999. Arch Gen Psychiatry 56:375-379',
    finding:
      'Randomised trial in 80 people whose depression had not responded to an SSRI: adding pindolol did no better than placebo.',
    evidence: 'human-trials',
    doi: '10.1001/archpsyc.56.4.375',
  },
  vadodaria2019: {
    id: 'vadodaria2019',
    cite: 'Vadodaria KC et al. 2019. Mol Psychiatry 24:795-807',
    finding:
      'Neurons grown from skin-derived stem cells of 3 SSRI remitters and 3 non-remitters: non-remitter neurons became hyperactive with serotonin via 5-HT2A/5-HT7; blockers normalised it.',
    evidence: 'cells',
    doi: '10.1038/s41380-019-0363-y',
  },
  moncrieff2022: {
    id: 'moncrieff2022',
    cite: 'Moncrieff J et al. 2022 (online; print 2023). Mol Psychiatry 28:3243-3256',
    finding:
      'Umbrella review of human studies (serotonin levels, receptors, transporter, tryptophan depletion, genes): no consistent evidence that depression is caused by low serotonin.',
    evidence: 'review',
    doi: '10.1038/s41380-022-01661-0',
  },
  jauhar2023: {
    id: 'jauhar2023',
    cite: 'Jauhar S et al. 2023. Mol Psychiatry 28:3149-3152',
    finding:
      'Reply by 35 researchers: the umbrella review overstated its case; tryptophan depletion and imaging still implicate the serotonin system in depression.',
    evidence: 'review',
    doi: '10.1038/s41380-023-02095-y',
  },
};
