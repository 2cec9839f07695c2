/**
 * Every word the `bdnf` scene shows, in English, in two vocabularies: `patient` (plain words for
 * someone sitting beside the clinician) and `clinician` (receptors, numbers, and where the science
 * is contested). Metaphors follow shared/science/bdnf.md: BDNF is fertilizer, TrkB its receptor
 * on the roots, a brain in depression "a lawn that's gotten a little thin"; thinning is not cell
 * death. Blood BDNF is a weak proxy and does not change with TMS; branch data are from animals.
 * Plain text only; paragraphs are separated by a blank line. No dosing advice.
 */
import type { SceneStrings } from '../types';
import { sources } from './sources';

/** Joins paragraphs with the blank line the story panel splits on. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'Brain fertilizer, and why it needs weeks',
    clinician: 'BDNF, dendrites and the antidepressant delay',
  },

  params: {
    stress: { patient: 'Depression or long stress', clinician: 'Depression / chronic stress' },
    treatment: { patient: 'Treatment', clinician: 'Treatment' },
    startDay: { patient: 'Treatment starts on day', clinician: 'Treatment start (day)' },
  },

  options: {
    'treatment.none': { patient: 'No treatment', clinician: 'None' },
    'treatment.ssri': { patient: 'Antidepressant (SSRI)', clinician: 'SSRI' },
    'treatment.snri': { patient: 'Antidepressant (SNRI)', clinician: 'SNRI' },
    'treatment.lithium': { patient: 'Lithium', clinician: 'Lithium' },
    'treatment.ect': { patient: 'Electroconvulsive therapy (ECT)', clinician: 'ECT' },
    'treatment.tms': { patient: 'Magnetic stimulation (TMS)', clinician: 'rTMS' },
    'treatment.exercise': { patient: 'Exercise', clinician: 'Aerobic exercise' },
  },

  paramHelp: {
    stress: {
      patient:
        'Depression and long-lasting stress probably go with less fertilizer and thinner branches. The branch part comes from animal studies.',
      clinician:
        'Brain BDNF about 0.65 of healthy, dendritic length about 0.7: serum BDNF is lower in depression (Molendijk 2014); dendrites from rodent stress models.',
    },
    treatment: {
      patient:
        'What each rests on: antidepressants, blood tests in people and brain studies in animals; ECT, blood rises in people not linked to getting better; lithium, one small blood study; TMS, no change in blood; exercise, mostly animal studies.',
      clinician:
        'SSRI/SNRI: blood meta-analyses plus rat brain data. ECT: blood BDNF up, not tracking response. Lithium: one uncontrolled study (n = 10, mania). TMS: blood unchanged; brain effect assumed from animals. Exercise: animal brain data, small blood rises.',
    },
    startDay: {
      patient: 'Move the start to see that the waiting time begins when the treatment begins.',
      clinician:
        'Day treatment starts (0-28). The chart shades the first 3 days and weeks 2-6 after it.',
    },
  },

  readouts: {
    bdnf: { patient: 'Fertilizer in the brain', clinician: 'Brain BDNF' },
    serum: { patient: 'Fertilizer in a blood test', clinician: 'Serum BDNF' },
    dendrites: { patient: 'Branch length', clinician: 'Dendritic length' },
    relief: { patient: 'Mood relief (model)', clinician: 'Symptom improvement (model)' },
  },

  steps: {
    healthy: {
      patient: {
        title: 'A healthy nerve cell, like a healthy lawn',
        body: paras(
          'Nerve cells receive messages on their branches. A natural fertilizer called BDNF keeps those branches growing and well connected, a bit like fertilizer keeps a lawn thick and green.',
          'BDNF works by landing on receptors called TrkB, which sit on the branches like roots soaking up fertilizer.',
          'What we know about branches and BDNF inside the brain comes mostly from studies in animals.',
        ),
      },
      clinician: {
        title: 'BDNF and TrkB maintain dendritic arbors',
        body: paras(
          'Brain-derived neurotrophic factor (BDNF) is released with neuronal activity and signals through its receptor TrkB to support dendritic growth, spines and synaptic plasticity, notably in hippocampus and prefrontal cortex. In rats, BDNF and TrkB are expressed throughout the hippocampus and are regulated by antidepressant treatments (Nibuya 1995).',
          'The model starts from a healthy neuron: brain BDNF, serum BDNF and dendritic length are all 1.0, and every other state is shown as a fold of this reference.',
        ),
        points: [
          'The patient metaphor: BDNF is fertilizer, TrkB the receptor on the roots.',
          'Dendritic arbors cannot be measured in living patients; this layer rests on rats and other animals.',
          'Readouts are folds of the healthy reference, not concentrations.',
        ],
      },
    },

    thinning: {
      patient: {
        title: 'Depression and stress: a lawn gone thin',
        body: paras(
          'In depression and long-lasting stress there is probably less of this fertilizer in the brain. Blood tests from thousands of people show lower BDNF in depression, on average; the living brain cannot be measured directly.',
          'In animal studies, three weeks of daily stress made the branches in a memory area of the brain shorter, by roughly a fifth to a third. The cells did not die: the lawn went thin, it was not dug up.',
          'In rats, the branches grew back within about ten days once the stress ended.',
        ),
      },
      clinician: {
        title: 'Less BDNF, retracted dendrites, not cell death',
        body: paras(
          'Unmedicated depression goes with lower serum BDNF (d = -0.71; -0.47 corrected for publication bias; Molendijk 2014). In rats, 21 days of restraint stress caused atrophy of CA3 apical dendrites (Watanabe 1992); in tree shrews, 28 days of social stress cut apical branch points and length (Magariños 1996), roughly 20-35% in these animal models.',
          'This is retraction, not neuronal loss, and it reverses: in rats, prelimbic apical dendrites retracted by 10 days of restraint resembled controls after 10 days of rest (Moench 2017). The model sets stressed brain BDNF near 0.65 and dendritic length near 0.7.',
        ),
        points: [
          'Serum BDNF is lower in depression on average; it does not diagnose anyone.',
          'Dendritic atrophy is reversible in animals: a thinned lawn, not a dug-up one.',
          'Human evidence for dendritic atrophy in depression is indirect.',
        ],
      },
    },

    start: {
      patient: {
        title: 'Day 3: nothing to see yet',
        body: paras(
          'A treatment starts. The medicine reaches the brain quickly, but the fertilizer does not appear at once. First the cell has to switch on its fertilizer recipe, the BDNF gene. Then it makes the fertilizer, and only then can the branches grow.',
          'In rats, a single dose of an antidepressant did not raise BDNF in the brain; weeks of treatment did.',
          'So on day 3 there is nothing to see yet, and that is expected.',
        ),
      },
      clinician: {
        title: 'Why the first days show nothing',
        body: paras(
          'In rats, repeated but not single doses of several antidepressant classes raised hippocampal BDNF and TrkB mRNA, and repeated electroconvulsive seizures did so robustly (Nibuya 1995). The delay sits in gene induction, protein synthesis and growth, not in reaching the drug target.',
          'In the model, treatment acts through a slow chronic drive that switches the BDNF gene on over about a week. At day 3 brain BDNF, serum BDNF and dendritic length are still at the stressed baseline.',
        ),
        points: [
          'Target engagement is fast; the neurotrophic cascade is slow.',
          'The time course comes from rats: weeks of dosing, not a single dose.',
          'Nothing visible at day 3 is expected, not a sign that the treatment has failed.',
        ],
      },
    },

    regrow: {
      patient: {
        title: 'Weeks 2 to 6: the lawn fills in',
        body: paras(
          'Over the next weeks the fertilizer builds up again and the branches start to regrow, like thin patches of a lawn filling in.',
          'The branches grow after the fertilizer has risen, so they lag behind it.',
          'Blood tests show BDNF higher after weeks of antidepressant treatment, on average. The regrowing branches themselves have only been seen in animal studies.',
        ),
      },
      clinician: {
        title: 'Weeks 2-6: BDNF rises, dendrites follow',
        body: paras(
          'Pooled blood studies show BDNF rising after antidepressant treatment (effect size 0.62, 20 studies, 1504 people; Brunoni 2008; Sen 2008). In the model brain BDNF climbs back over 4-8 weeks, and TrkB signalling drives dendritic regrowth that lags behind BDNF.',
          'Regrowth is modelled on animal recovery data: in rats, retracted prefrontal dendrites returned to control shape within 10 days once stress ended (Moench 2017). Whether antidepressants regrow dendrites in patients has not been measured directly.',
        ),
        points: [
          'Order in the model: gene, then BDNF, then TrkB signalling, then branches.',
          'Blood BDNF rises with treatment on average; it is a lagging, noisy proxy.',
          'Branch regrowth in patients is inferred, not observed.',
        ],
      },
    },

    weeks: {
      patient: {
        title: 'Why this fits the weeks antidepressants need',
        body: paras(
          'Because the fertilizer has to be made and the branches have to grow, the whole process runs over weeks, not days. That matches what many people notice: antidepressants usually need several weeks before mood clearly lifts.',
          'The mood line in the chart is a teaching sketch that follows the branches. It is not a prediction for you, and recovery is rarely a straight line.',
        ),
      },
      clinician: {
        title: 'A slow mechanism for a slow response',
        body: paras(
          'The neurotrophic account (Duman 2006) offers one explanation for the therapeutic lag: drug targets are engaged within hours, but the proposed effect runs through gene expression and structural growth over weeks. In Brunoni 2008, change in blood BDNF correlated with change in depression scores (p = 0.02), an association in people.',
          'Relief in the model is a teaching construct that follows dendritic length and TrkB signalling; it is not fitted to trial data. Other accounts of the lag are not excluded.',
        ),
        points: [
          'The lag fits the neurotrophic hypothesis; fitting is not proof.',
          'The relief curve is illustrative, not a forecast for an individual patient.',
          'The BDNF-symptom correlation is a group-level association, not an individual marker.',
        ],
      },
    },

    compare: {
      patient: {
        title: 'Other treatments: ECT and lithium',
        body: paras(
          'Electroconvulsive therapy (ECT) is one of the most effective treatments for severe depression, and in the picture it works faster. After a course of ECT, blood BDNF goes up, but the rise is not linked to how much people improve. So BDNF may be part of the story, or only a sign that something is changing.',
          'Lithium, used in bipolar disorder, raised blood BDNF over four weeks in one small study.',
        ),
      },
      clinician: {
        title: 'ECT and lithium: BDNF rises, link to response unclear',
        body: paras(
          'After ECT, blood BDNF rose (g = 0.35, 11 studies, n = 221) with no association with clinical improvement in meta-regression (Brunoni 2014). Plasma but not serum BDNF rose in people (g = 0.72 vs 0.14), and links to behaviour were inconsistent (Polyakova 2015).',
          'Lithium: in 10 people with bipolar mania, plasma BDNF rose after 28 days of monotherapy, not significantly linked to improvement (de Sousa 2011). In the model ECT acts faster and more strongly than the drugs, with a small serum share.',
        ),
        points: [
          'Association is not cause: BDNF rises after ECT whether or not the patient responds.',
          'Serum and plasma disagree after ECT, one more reason to distrust blood BDNF as a readout.',
          'The lithium study was small (n = 10), uncontrolled and in mania, not depression.',
        ],
      },
    },

    other: {
      patient: {
        title: 'Exercise, and talking therapy',
        body: paras(
          'Exercise is a strong fertilizer in animal studies: three weeks of running raised BDNF in the brain and protected it from dropping during stress. In people, blood BDNF rises after exercise, a little more with regular training.',
          'Psychotherapy helps many people with depression. We imagine it may feed the lawn too, but nobody can measure BDNF inside a living brain, so this part is a guess.',
        ),
      },
      clinician: {
        title: 'Exercise, and psychotherapy we cannot measure',
        body: paras(
          'In animals, 3 weeks of voluntary wheel running raised hippocampal BDNF protein and prevented its fall after immobilisation stress (Adlard 2004). In people, blood BDNF rose after a single exercise session (g = 0.46) and slightly at rest after regular exercise (g = 0.28; Szuhany 2015, 29 studies).',
          'Psychotherapy is effective for depression, and we imagine it engages the same plasticity, but brain BDNF cannot be measured in living people. The model therefore has no psychotherapy option.',
        ),
        points: [
          'Exercise: strong animal evidence for brain BDNF; in people, mostly acute blood rises.',
          'Psychotherapy: a hypothesis here, not a measured BDNF effect.',
          'The lawn metaphor fits any treatment that restores plasticity, not only drugs.',
        ],
      },
    },

    blood: {
      patient: {
        title: 'A blood test is not a window into the brain',
        body: paras(
          'Most BDNF in a blood sample is stored in platelets, tiny cells that help blood clot, so blood BDNF is only a rough, delayed echo of the brain. It is not a test for depression or for whether a treatment works.',
          'Magnetic stimulation (TMS) can help people with depression, yet in human studies blood BDNF does not change with TMS. The blood gauge stays flat here. What happens inside the brain is not known.',
        ),
      },
      clinician: {
        title: 'Serum BDNF is a weak proxy; TMS leaves it unchanged',
        body: paras(
          'Serum BDNF largely reflects platelet stores released on clotting, and serum and plasma can disagree (Polyakova 2015). It is lower in depression on average (Molendijk 2014), but it is a group-level proxy, not a diagnostic or monitoring test.',
          'After rTMS or tDCS in depression, blood BDNF did not change (g = 0.03, 8 datasets, n = 259; Brunoni 2015). The model keeps serum BDNF flat under TMS; its small brain effect is an assumption from animal work, not a human measurement.',
        ),
        points: [
          'No change in blood BDNF after TMS in human studies; the model does not pretend otherwise.',
          'Serum BDNF is a research measure, not a clinical test.',
          'A flat blood gauge does not show that nothing changed in the brain, nor the reverse.',
        ],
      },
    },

    caveats: {
      patient: {
        title: "What we know, and what we don't",
        body: paras(
          'The fertilizer idea is a helpful picture, but it is not proven. Blood BDNF rises with several treatments, yet after ECT the rise did not match who got better: a link is not the same as a cause.',
          'The branch story comes from rats and other animals. A newer study in mice and in cells suggests antidepressants may also act directly on the roots, the TrkB receptor. Scientists still debate this.',
        ),
      },
      clinician: {
        title: 'Caveats: plausible hypothesis, not proven mechanism',
        body: paras(
          'The neurotrophic hypothesis (Duman 2006) is plausible but not proven. Serum BDNF is a weak proxy, and its rise after ECT does not track response (Brunoni 2014; Polyakova 2015): association is not cause. Dendritic atrophy and regrowth are animal data.',
          'In cells and mice, fluoxetine, imipramine and ketamine bound the TrkB transmembrane domain, and mutating the site impaired their effects (Casarotto 2021). This is contested: a single group, awaiting independent replication and human evidence.',
        ),
        points: [
          'Contested or open: whether BDNF is necessary for response in patients, and direct TrkB binding.',
          'Blood BDNF is not a test, and brain BDNF cannot be measured in living people.',
          'Branch data are from animals; the lawn picture is a hypothesis that fits the delay.',
        ],
      },
    },
  },

  stageAlt: {
    patient:
      'On {t}: fertilizer (BDNF) in the brain compared with a healthy brain: {bdnf}; in a blood test: {serum}; branch length compared with healthy: {dendrites}; mood relief in this teaching model: {relief}.',
    clinician:
      'At {t}: brain BDNF vs healthy {bdnf}; serum BDNF {serum}; dendritic length {dendrites}; modelled symptom improvement {relief}.',
  },

  actors: {
    neuron: { patient: 'Nerve cell', clinician: 'Pyramidal neuron' },
    branches: { patient: 'Branches', clinician: 'Dendrites' },
    bdnf: { patient: 'Fertilizer (BDNF)', clinician: 'BDNF' },
    trkb: { patient: 'Roots that take it up', clinician: 'TrkB receptor' },
    gene: { patient: 'Fertilizer recipe', clinician: 'BDNF gene' },
    lawn: { patient: 'The lawn', clinician: 'Lawn (metaphor)' },
    blood: { patient: 'Blood sample', clinician: 'Serum BDNF' },
    brain: { patient: 'In the brain', clinician: 'Brain BDNF (model)' },
    healthy: { patient: 'Healthy level', clinician: 'Healthy level' },
  },

  phases: {
    early: { patient: 'day 3: nothing to see yet', clinician: 'days 0-3: no change yet' },
    regrow: { patient: 'weeks 2-6: branches regrow', clinician: 'weeks 2-6: BDNF up, regrowth' },
  },

  // The describer (index.ts `describe`): one short sentence per band, in rule order fertilizer,
  // branches, mood, blood. Fold readouts are spoken as "0.7 times baseline" (baseline = healthy).
  describe: {
    'bdnf.low': {
      patient: 'Fertilizer in the brain is low: {bdnf}.',
      clinician: 'Brain BDNF low, in the stressed range: {bdnf}.',
    },
    'bdnf.partway': {
      patient: 'Fertilizer in the brain is partway back: {bdnf}.',
      clinician: 'Brain BDNF partly restored: {bdnf}.',
    },
    'bdnf.healthy': {
      patient: 'Fertilizer in the brain is at a healthy level: {bdnf}.',
      clinician: 'Brain BDNF near healthy: {bdnf}.',
    },
    'bdnf.above': {
      patient: 'Fertilizer in the brain is above the healthy level: {bdnf}.',
      clinician: 'Brain BDNF above healthy: {bdnf}.',
    },
    'dendrites.thin': {
      patient: 'The branches are thin: length {dendrites}.',
      clinician: 'Dendrites retracted: length {dendrites}.',
    },
    'dendrites.partial': {
      patient: 'The branches have partly grown back: length {dendrites}.',
      clinician: 'Dendrites partly regrown, lagging behind BDNF: length {dendrites}.',
    },
    'dendrites.full': {
      patient: 'The branches are full: length {dendrites}.',
      clinician: 'Dendritic length near healthy: {dendrites}.',
    },
    'relief.none': {
      patient: 'Mood relief in this teaching model: none ({relief}).',
      clinician: 'Modelled symptom improvement: none ({relief}).',
    },
    'relief.starting': {
      patient: 'Mood is starting to lift in this teaching model: {relief}.',
      clinician: 'Modelled improvement beginning: {relief}.',
    },
    'relief.partial': {
      patient: 'Mood has partly lifted in this teaching model: {relief}.',
      clinician: 'Modelled improvement partial: {relief}.',
    },
    'relief.clear': {
      patient: 'Mood has clearly lifted in this teaching model: {relief}.',
      clinician: 'Modelled improvement clear: {relief}, illustrative, not a forecast.',
    },
    'serum.low': {
      patient: 'A blood test would show low fertilizer: {serum}, only a rough echo of the brain.',
      clinician: 'Serum BDNF low: {serum}, a weak proxy for the brain.',
    },
    'serum.partway': {
      patient: 'A blood test would show a little more fertilizer: {serum}.',
      clinician: 'Serum BDNF modestly raised: {serum}.',
    },
    'serum.healthy': {
      patient: 'A blood test would show a healthy level: {serum}.',
      clinician: 'Serum BDNF near healthy: {serum}.',
    },
  },

  // What each source found: the sources table's own line, so the English is written once; other
  // languages translate it (keys checked by test/i18n/keys.test.ts).
  findings: Object.fromEntries(Object.values(sources).map((s) => [s.id, s.finding])),
};
