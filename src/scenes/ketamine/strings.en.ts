/**
 * Every word the `ketamine` scene shows, in English, in two vocabularies: `patient` (plain words
 * for someone sitting beside the clinician) and `clinician` (receptors, numbers, and where the
 * science is contested). Metaphors follow shared/science/ketamine.md: ketamine takes the foot off
 * the brake, a burst of traffic calls a building crew, the crew builds docking sites; thin spines
 * are trial connections, mushroom spines established ones. Plain text only; paragraphs are
 * separated by a blank line. No dosing advice.
 */
import type { SceneStrings } from '../types';
import { sources } from './sources';

/** Joins paragraphs with the blank line the story panel splits on. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'How ketamine could work in hours',
    clinician: 'Ketamine, mTOR and dendritic spines',
  },

  params: {
    stress: { patient: 'Long-term stress', clinician: 'Chronic stress' },
    dose: { patient: 'Ketamine infusion', clinician: 'Ketamine dose (IV over 40 min)' },
    rapamycin: { patient: 'Block the building crew', clinician: 'mTORC1 blocked (rapamycin)' },
  },

  // No choice parameters in this scene.
  options: {},

  paramHelp: {
    stress: {
      patient: 'Shows connections thinned by weeks of stress, as seen in studies in rats and mice.',
      clinician:
        'Chronic stress lowers prefrontal spine density by about 30% in rodent models (Li 2011).',
    },
    dose: {
      patient:
        '0.5 mg/kg over 40 minutes is the dose used in the research studies. This is not advice about any treatment.',
      clinician:
        '0.5 mg/kg IV over 40 min, the dose in most trials (Zarate 2006) and in the MRS study (Milak 2016). Not dosing guidance.',
    },
    rapamycin: {
      patient: 'A research tool from animal studies, used to test the idea. Not a treatment.',
      clinician:
        'Blocks mTORC1 completely, as rapamycin given into the brain did in rats (Li 2010). A research tool, not a treatment option.',
    },
  },

  readouts: {
    ketamine: { patient: 'Ketamine level', clinician: 'Ketamine (of peak)' },
    glutamate: { patient: 'Glutamate traffic', clinician: 'Glutamate drive' },
    mtor: { patient: 'Building crew at work', clinician: 'mTORC1 activity' },
    spines: { patient: 'Connections (spines)', clinician: 'Spine density' },
    mushroom: { patient: 'Established connections', clinician: 'Mushroom-spine fraction' },
    relief: { patient: 'Mood relief (model)', clinician: 'Symptom improvement (model)' },
  },

  steps: {
    healthy: {
      patient: {
        title: 'Connections on a healthy nerve cell',
        body: paras(
          'A nerve cell receives messages on branches covered in tiny bumps called spines. Each spine is a docking site where another nerve cell connects.',
          'Thin spines are trial connections: they come and go. Mushroom-shaped spines, with a big round head, are established connections that last.',
          'What we know about spine shapes comes mostly from studies in rats and mice.',
        ),
      },
      clinician: {
        title: 'Dendritic spines at baseline',
        body: paras(
          'Most excitatory synapses on cortical pyramidal neurons sit on dendritic spines. Thin spines are small, motile and turn over quickly ("learning spines"); mushroom spines have large heads, more AMPA receptors and are stable ("memory spines"). Thin spines can enlarge into mushroom spines as synapses strengthen (Bourne & Harris 2007).',
          'The model starts from a healthy mix of roughly two thirds thin and a quarter mushroom spines, taken from anatomy in rats and mice. Spine density is shown relative to this healthy cell.',
        ),
        points: [
          'Spine shape tracks synapse strength: a bigger head means more AMPA receptors and more stability.',
          'Spine density is a proxy for the number of excitatory synapses on the cell.',
          'Spines cannot be imaged in living patients; the dynamics come from rats and mice.',
        ],
      },
    },

    stress: {
      patient: {
        title: 'Long stress thins the connections',
        body: paras(
          'In animal studies, weeks of stress make established spines thin and spiky, and many disappear. Rats under changing stress for three weeks lost roughly a third of the spines in a front part of the brain that helps steer mood and decisions.',
          'The nerve cells do not die. They lose connections.',
          'Spines cannot be counted in a living person, so this part of the story rests on animal evidence.',
        ),
      },
      clinician: {
        title: 'Chronic stress: prefrontal spine loss',
        body: paras(
          'In rats, 21 days of chronic unpredictable stress reduced spine density and synaptic proteins in layer V pyramidal neurons of medial prefrontal cortex, with fewer and smaller EPSCs (Li 2011). In mice, depression-related behaviour came with branch-specific elimination of spines on prefrontal projection neurons (Moda-Sava 2019).',
          'This is synaptic atrophy, not cell death, and in animals it is reversible. The model sets stressed spine density at about 0.7 of healthy.',
        ),
        points: [
          'About 30-40% fewer spines in rodent stress models; the neurons survive.',
          'Fewer spines means fewer excitatory inputs onto prefrontal output neurons.',
          'Human evidence for spine loss in depression is indirect.',
        ],
      },
    },

    infusion: {
      patient: {
        title: 'One infusion in the clinic',
        body: paras(
          'Ketamine is given slowly into a vein, over about 40 minutes, in a clinic where staff keep an eye on blood pressure and on how the person feels.',
          'In the picture, the drip brings ketamine to the nerve cells. Its level rises during the infusion and falls again within a few hours.',
          'In an early study of people whose depression had not lifted with other treatments, most felt clearly better by the next day.',
        ),
      },
      clinician: {
        title: 'Ketamine 0.5 mg/kg IV over 40 minutes',
        body: paras(
          'The usual research protocol is racemic ketamine 0.5 mg/kg infused over 40 minutes, a subanaesthetic dose (Zarate 2006; Milak 2016). Plasma levels peak at the end of the infusion and fall with a half-life of about 2-3 hours.',
          "In Zarate's crossover trial in 18 patients with treatment-resistant depression, ketamine separated from placebo within 110 minutes and 71% responded at 24 hours. The stage shows 15 minutes in: ketamine is rising and NMDA receptors are starting to be blocked.",
        ),
        points: [
          'Off-label IV ketamine and approved esketamine nasal spray are different products; this scene follows the IV research protocol.',
          'Dissociation and blood pressure are monitored during and after the infusion.',
          "The model's clock starts when the infusion starts.",
        ],
      },
    },

    brake: {
      patient: {
        title: 'Foot off the brake, a burst of traffic',
        body: paras(
          "Some nerve cells work as brakes: they keep their neighbours calm. One idea is that ketamine quietens these brake cells first. With the foot off the brake, the main cells send a burst of glutamate, the brain's 'go' messenger, like a rush of traffic.",
          'Scans of 11 people found glutamate up by over a third about 26 minutes in. The calming messenger, GABA, rose too, so the brake idea may be too simple.',
        ),
      },
      clinician: {
        title: 'Disinhibition and a glutamate surge (a hypothesis)',
        body: paras(
          'Disinhibition hypothesis: ketamine preferentially blocks NMDA receptors on tonically active GABA interneurons, releasing pyramidal neurons and causing a glutamate surge. It rests mainly on animal studies and is contested.',
          'In 11 patients, 1H-MRS of medial prefrontal cortex showed Glx and GABA both peaking about 38% above baseline at ~26 minutes, with correlated time courses (Milak 2016). 13C-MRS showed a 13% rise in glutamate-glutamine cycling during infusion (Abdallah 2018). The model peaks glutamate drive near 1.38 times baseline at about 26 minutes.',
        ),
        points: [
          'MRS shows a glutamate surge in people; it cannot show which cells were disinhibited.',
          "GABA rising with Glx does not fit a simple 'GABA down, then glutamate up' sequence.",
          'A rival account: blocking NMDA receptors at rest on the pyramidal cells themselves triggers BDNF synthesis (Autry 2011, mice).',
        ],
      },
    },

    crew: {
      patient: {
        title: 'The burst calls a building crew',
        body: paras(
          'The burst of traffic releases a growth signal called BDNF. BDNF switches on a building crew inside the cell, called mTOR, which makes the parts needed for new docking sites.',
          'In rats, this crew was busiest 30 to 60 minutes after ketamine and had stopped again by about two hours. It works briefly, but what it builds can last.',
        ),
      },
      clinician: {
        title: 'BDNF, TrkB and a brief mTORC1 pulse',
        body: paras(
          'In rat prefrontal cortex, ketamine raised phosphorylated mTOR, p70S6K and 4E-BP1 within 30 minutes, peaking at 30-60 minutes and back to baseline by about 2 hours; synaptic proteins (PSD-95, GluR1, synapsin I) rose from about 2 hours and stayed up for about 3 days (Li 2010). In mice, the fast behavioural effect needed rapid BDNF synthesis (Autry 2011).',
          'The model chains glutamate drive to TrkB signalling to mTORC1, whose activity peaks 30-60 minutes after the infusion starts.',
        ),
        points: [
          'mTORC1 is a switch for local protein synthesis: a short pulse builds lasting synaptic parts.',
          "The time course comes from rats; mTOR activity has not been measured in patients' brains.",
          'Not every rodent study has replicated mTORC1 activation by ketamine.',
        ],
      },
    },

    early: {
      patient: {
        title: 'Mood can lift within hours',
        body: paras(
          'In trials that compared it with a dummy drip, people often felt a difference from about two hours, before new docking sites could be built. In one small study where everyone knew they had ketamine, 10 of 11 people were much better within four hours.',
          'Studies in mice suggest two stages: the quick lift does not need new spines, but new spines help it last.',
          'The relief number is a teaching sketch, not a prediction for you.',
        ),
      },
      clinician: {
        title: 'Onset within hours, before new spines',
        body: paras(
          'Across 7 randomised trials, a single infusion gave an odds ratio for response of 9.87 at 24 hours, with a rapid but transient effect (Newport 2015). In Milak 2016, an open-label imaging study without a placebo arm, 10 of 11 patients remitted within 230 minutes; in the randomised crossover (Zarate 2006), ketamine first separated from placebo at 110 minutes.',
          'In mice, ketamine restored escape behaviour before new spines formed; optically deleting the new spines did not prevent the initial response but shortened it (Moda-Sava 2019). The relief readout is a teaching construct: a fast term following the glutamate burst plus a slow term following spines.',
        ),
        points: [
          'Fast onset points to a trigger that does not wait for synapse growth.',
          'In mice, spines maintain rather than start the response.',
          'The relief readout is illustrative, not fitted to trial data.',
        ],
      },
    },

    regrow: {
      patient: {
        title: 'In rats, by the next day, connections are back',
        body: paras(
          'In rats under long stress, one dose of ketamine brought the lost spines back within 24 hours.',
          'In the picture, trial connections sprout first and some grow into established ones.',
          'Whether the same happens in people is not known, because spines cannot be seen in a living human brain. This step shows animal evidence.',
        ),
      },
      clinician: {
        title: 'Spines restored at 24 hours (rodents)',
        body: paras(
          'In rats, one dose of ketamine raised spine density on layer V prefrontal pyramidal neurons at 24 hours, and the new synapses worked: serotonin- and hypocretin-evoked EPSCs were larger (Li 2010). After 21 days of chronic unpredictable stress, ketamine reversed the spine and synaptic-protein deficits within 24 hours, an mTOR-dependent effect (Li 2011). In mice, new spines formed close to those stress had removed (Moda-Sava 2019).',
          'The model returns spine density from about 0.7 to about 1.0 of healthy by 24 hours.',
        ),
        points: [
          'Rapid synaptogenesis is the proposed basis of sustained benefit, shown in rodents.',
          'Whether spines matter in people is contested: synapse density after ketamine is not measured in patients.',
          'The restored spines are not random: many replace those lost to stress.',
        ],
      },
    },

    blocked: {
      patient: {
        title: 'What if the building crew is blocked?',
        body: paras(
          "To test the idea, researchers gave rats rapamycin, a drug that stops the building crew, into the brain before ketamine. No new docking sites appeared, and the rats' improvement disappeared too.",
          'Rapamycin is used here as a research tool, not a treatment. In a small study in people, rapamycin given by mouth did not block ketamine, so the picture is not settled.',
        ),
      },
      clinician: {
        title: 'Rapamycin blocks synaptogenesis in rats',
        body: paras(
          'Central rapamycin before ketamine blocked mTOR signalling, the rise in synaptic proteins and spines, and the behavioural response in rats (Li 2010), and blocked the reversal of stress deficits (Li 2011). In the model, mTORC1 cannot rise, so spines stay near the stressed level.',
          'The human test went the other way: oral rapamycin 6 mg before ketamine in 20 patients did not block the 24-hour response and may have prolonged it (Abdallah 2020). Systemic dosing may not block brain mTORC1; in people the mTOR account remains a hypothesis.',
        ),
        points: [
          'A mechanistic tool in animals; not a treatment and not part of ketamine care.',
          'The human crossover data (n = 20) argue against a simple mTORC1 dependence of the 24-hour response.',
          'The model follows the rodent result: no spine gain with rapamycin.',
        ],
      },
    },

    fade: {
      patient: {
        title: 'Why it fades, and why treatment repeats',
        body: paras(
          'After one infusion, the lift in mood usually fades over one to two weeks. In trials, most of the benefit was gone within about a week. In mice, the new spines lasted up to two weeks.',
          'That is why ketamine or esketamine is given as a course of sessions. How often is planned by your care team; this picture cannot tell you.',
        ),
      },
      clinician: {
        title: 'Transient benefit after a single infusion',
        body: paras(
          'After one infusion the benefit is transient, largely gone within a week in the pooled trials (Newport 2015). In mice, spine density after one dose stayed raised for up to 2 weeks, through more spine formation rather than less elimination (Phoumthipphavong 2016).',
          'Repeated treatment is used to sustain response: in a randomised withdrawal trial, continuing esketamine with an oral antidepressant delayed relapse in stable remitters (26.7% vs 45.3% relapsed; Daly 2019). The stage shows day 10 after a single infusion.',
        ),
        points: [
          'Durability, not onset, is the main limitation of a single infusion.',
          'This scene gives no treatment schedule; schedules come from trials and product labelling.',
          'How fading benefit in people relates to spine persistence in mice is unknown.',
        ],
      },
    },

    caveats: {
      patient: {
        title: "What we know, what we don't, and the risks",
        body: paras(
          'The spine story comes mostly from rats and mice. In people, scans show glutamate and the calming messenger rising together, which does not fit the simple brake story.',
          'The approved form is esketamine nasal spray, used with an antidepressant tablet and given under supervision in a clinic. Side effects include feeling detached or unreal and raised blood pressure. Ketamine can be misused, and heavy recreational use has damaged the bladder.',
        ),
      },
      clinician: {
        title: 'Caveats: evidence, product and risks',
        body: paras(
          'Spine and mTOR evidence is from rats and mice; whether spines matter in people is contested. Glx and GABA rise together on MRS (Milak 2016), so disinhibition remains a hypothesis. A metabolite account, (2R,6R)-hydroxynorketamine acting without NMDA block in mice (Zanos 2016), is also contested.',
          'Esketamine nasal spray with a new oral antidepressant beat antidepressant plus placebo at day 28 (Popova 2019); it is approved for treatment-resistant depression and given under supervision. Risks: dissociation, raised blood pressure, misuse potential, and bladder inflammation (cystitis) with heavy recreational use (Short 2018).',
        ),
        points: [
          'Contested: disinhibition, whether spines matter in people, and the hydroxynorketamine account.',
          'Long-term safety of repeated use is poorly studied (Short 2018).',
          'The strongest human evidence is for rapid, short-lived relief in treatment-resistant depression.',
        ],
      },
    },
  },

  stageAlt: {
    patient:
      'At {t}: ketamine is at {ketamine} of its peak; glutamate traffic is {glutamate}; the building crew is working at {mtor}; connections (spines) compared with a healthy cell: {spines}, and {mushroom} of them are established; mood relief in this teaching model is {relief}.',
    clinician:
      'At {t}: ketamine {ketamine} of peak; glutamate drive {glutamate}; mTORC1 activity {mtor}; spine density vs healthy {spines}; mushroom spines {mushroom} of all spines; modelled symptom improvement {relief}.',
  },

  actors: {
    dendrite: { patient: 'Receiving branch', clinician: 'Dendrite' },
    thin: { patient: 'Trial connection', clinician: 'Thin spine' },
    mushroom: { patient: 'Established connection', clinician: 'Mushroom spine' },
    brake: { patient: 'Brake cell', clinician: 'GABA interneuron' },
    ketamine: { patient: 'Ketamine', clinician: 'Ketamine' },
    glutamate: { patient: 'Glutamate traffic', clinician: 'Glutamate' },
    bdnf: { patient: 'Growth signal', clinician: 'BDNF → TrkB' },
    crew: { patient: 'Building crew', clinician: 'mTORC1' },
    rapamycin: { patient: 'Crew blocker', clinician: 'Rapamycin' },
  },

  phases: {
    infusion: { patient: 'infusion', clinician: 'infusion' },
  },

  // What the describer says when a band changes (rules in index.ts). One short sentence each,
  // no repetition between readouts; spines first, then the chain that regrows them.
  describe: {
    'spines.thinned': {
      patient: 'There are fewer connections: {spines}, counting a healthy cell as baseline.',
      clinician: 'Spine density is reduced: {spines} (baseline = healthy cell).',
    },
    'spines.partial': {
      patient:
        'Some of the lost connections are back: {spines}, counting a healthy cell as baseline.',
      clinician: 'Spine density is partly restored: {spines}; mushroom spines {mushroom}.',
    },
    // While playing, falling back into 'partial' is the fade, not a regrowth.
    'spines.partial.down': {
      patient: 'The new connections are fading: {spines}, counting a healthy cell as baseline.',
      clinician: 'Spine gain fading: density {spines}; mushroom spines {mushroom}.',
    },
    'spines.healthy': {
      patient: 'Connections are at a healthy level: {spines}.',
      clinician: 'Spine density is near healthy: {spines}; mushroom spines {mushroom}.',
    },
    'spines.extra': {
      patient: 'There are more connections than on a healthy cell: {spines}.',
      clinician: 'Spine density is above healthy: {spines}; mushroom spines {mushroom}.',
    },
    'glutamate.baseline': {
      patient: 'Glutamate traffic is at its usual level.',
      clinician: 'Glutamate drive is at baseline.',
    },
    'glutamate.raised': {
      patient: 'Glutamate traffic is up: {glutamate}.',
      clinician: 'Glutamate drive is raised: {glutamate}.',
    },
    'glutamate.peak': {
      patient: 'A burst of glutamate traffic, near its peak: {glutamate}.',
      clinician: 'Glutamate surge near its peak: {glutamate}.',
    },
    'mtor.idle': {
      patient: 'The building crew is not working.',
      clinician: 'mTORC1 is inactive.',
    },
    'mtor.working': {
      patient: 'The building crew is at work: {mtor}.',
      clinician: 'mTORC1 is partly active: {mtor}.',
    },
    'mtor.busy': {
      patient: 'The building crew is busy: {mtor}.',
      clinician: 'mTORC1 activity is high: {mtor}.',
    },
    'relief.none': {
      patient: 'Mood relief in this teaching model: little or none.',
      clinician: 'Modelled symptom improvement is minimal ({relief}).',
    },
    'relief.some': {
      patient: 'Mood relief in this teaching model: some, {relief}.',
      clinician: 'Modelled symptom improvement is partial: {relief}.',
    },
    'relief.clear': {
      patient: 'Mood relief in this teaching model: clear, {relief}.',
      clinician: 'Modelled symptom improvement is marked: {relief}.',
    },
  },

  // What each source found: the sources table's own line, so every language lists the same ids.
  findings: Object.fromEntries(Object.values(sources).map((s) => [s.id, s.finding])),
};
