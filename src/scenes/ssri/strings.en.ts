/**
 * Every word the `ssri` scene shows, in English, in two vocabularies: `patient` (plain words for
 * someone sitting beside the clinician) and `clinician` (receptors, numbers, and where the science
 * is contested). Plain text only; paragraphs are separated by a blank line. No dosing advice.
 */
import type { SceneStrings } from '../types';
import { sources } from './sources';

/** Joins paragraphs with the blank line the story panel splits on. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'Why an antidepressant takes weeks',
    clinician: 'SSRIs at the serotonin synapse',
  },

  params: {
    drug: { patient: 'Medicine', clinician: 'SSRI' },
    dose: { patient: 'Daily dose', clinician: 'Dose' },
    profile: { patient: 'How the nerve cells respond', clinician: 'Neuron profile' },
    block2a7: { patient: 'Block the exciting receptors', clinician: '5-HT2A/5-HT7 antagonist' },
    pindolol: {
      patient: 'Switch off the thermostat',
      clinician: '5-HT1A autoreceptor blocked (pindolol)',
    },
  },

  options: {
    'drug.none': { patient: 'No medicine', clinician: 'None' },
    'drug.citalopram': { patient: 'Citalopram', clinician: 'Citalopram' },
    'drug.escitalopram': { patient: 'Escitalopram', clinician: 'Escitalopram' },
    'drug.sertraline': { patient: 'Sertraline', clinician: 'Sertraline' },
    'drug.fluoxetine': { patient: 'Fluoxetine', clinician: 'Fluoxetine' },
    'drug.paroxetine': { patient: 'Paroxetine', clinician: 'Paroxetine' },
    'profile.typical': { patient: 'Responds as usual', clinician: 'Typical' },
    'profile.nonresponder': {
      patient: 'Over-respond',
      clinician: 'Non-responder (iPSC phenotype)',
    },
  },

  paramHelp: {
    drug: {
      patient: 'Each of these medicines caps the same recycling pump.',
      clinician:
        'All five block SERT; they differ mainly in half-life (fluoxetine takes weeks to settle).',
    },
    dose: {
      patient:
        'The doses shown are the ones research studies used. This is not advice about your dose.',
      clinician:
        'Doses as used in the PET studies (Meyer 2004); occupancy plateaus near 85%. Not dosing guidance.',
    },
    profile: {
      patient: 'Based on nerve cells grown in a dish from 6 people. It is not a test you can have.',
      clinician:
        'Non-responder: 5-HT2A/5-HT7 drive about doubled, after one iPSC study (Vadodaria 2019). A hypothesis.',
    },
    block2a7: {
      patient: 'A research idea tried on cells in a dish, not a treatment.',
      clinician:
        'Removes about 40% of 5-HT2A and 5-HT7 drive in the model; an in vitro finding, not a clinical recommendation.',
    },
    pindolol: {
      patient: 'Shows what happens if the thermostat cannot slow the sending cell down.',
      clinician:
        'Removes autoreceptor feedback completely, which overstates pindolol; trial results were mixed.',
    },
  },

  readouts: {
    occupancy: { patient: 'Pumps capped', clinician: 'SERT occupancy' },
    serotonin: { patient: 'Serotonin in the gap', clinician: 'Extracellular 5-HT' },
    firing: { patient: "Sending cell's firing", clinician: 'Raphe firing' },
    activity: { patient: "Receiving cell's activity", clinician: 'Postsynaptic drive' },
    relief: { patient: 'Symptom relief (model)', clinician: 'Symptom improvement (model)' },
    brake: { patient: 'Thermostat strength', clinician: '5-HT1A autoreceptor sensitivity' },
  },

  steps: {
    normal: {
      patient: {
        title: 'How nerve cells pass a message',
        body: paras(
          'Nerve cells pass messages across a tiny gap. The sending cell keeps serotonin, a chemical messenger, in small packets. When the cell fires, it releases some into the gap.',
          'Serotonin drifts across and fits into receptors on the receiving cell, like a key in a lock. That changes how the receiving cell behaves.',
          'Much of this was first measured in rat brain tissue. The same parts exist in the human brain.',
        ),
      },
      clinician: {
        title: 'Serotonergic transmission at baseline',
        body: paras(
          'Raphe neurons fire slowly, about 1-2 Hz, and release 5-HT from vesicles. Much of it acts beyond the classical synapse: fast-scan voltammetry in rat brain slices shows released 5-HT reaching extrasynaptic receptors and transporters (Bunin & Wightman 1998).',
          'The receiving neuron carries three receptor types here: 5-HT1A (inhibitory, Gi), 5-HT2A (excitatory, Gq) and 5-HT7 (excitatory, Gs). All readouts are fold change from this healthy baseline, because absolute 5-HT values differ about 80-fold between microdialysis and voltammetry.',
        ),
        points: [
          'Everything on screen is relative to this no-drug baseline: 1.0 means normal.',
          '5-HT1A calms the receiving cell; 5-HT2A and 5-HT7 excite it. That balance matters later, for non-responders.',
          'Release and uptake kinetics come from rat tissue; human PET shows the same transporter in the living brain.',
        ],
      },
    },

    pump: {
      patient: {
        title: 'The recycling pump',
        body: paras(
          'Serotonin does not stay in the gap for long. The sending cell has recycling pumps that pull it back inside, to be used again. In the picture they sit in the wall of the sending cell.',
          'The clean-up is quick: in studies of rat brain tissue, serotonin is cleared within a second or two. So each message is short.',
          'These pumps are exactly what the medicine works on.',
        ),
      },
      clinician: {
        title: 'SERT clears 5-HT',
        body: paras(
          'The serotonin transporter (SERT) on the presynaptic membrane takes 5-HT back up for reuse; it is the main clearance route. In rat slice voltammetry, released 5-HT is cleared within a second or two (Bunin & Wightman 1998). Ambient 5-HT sits far below the transporter Km, so uptake is close to linear in concentration.',
          'Human [11C]DASB PET measures the same transporter in the living brain, which is how drug occupancy is known (Meyer 2007). In the model, clearance = ((1 - occupancy) x kSERT + k0) x 5-HT, with k0 standing for slower routes.',
        ),
        points: [
          'SERT is the pump the SSRI caps; everything downstream follows from less uptake.',
          'Because uptake is near-linear, blocking 80% of SERT slows clearance several-fold; other routes (k0) still work.',
          'Kinetic values come from rat tissue; the model uses fold changes, not absolute concentrations.',
        ],
      },
    },

    caps: {
      patient: {
        title: 'The medicine caps most of the pumps',
        body: paras(
          'An SSRI medicine, such as citalopram, sits in the recycling pumps and caps them. Brain scans of people on usual doses show about 8 in every 10 pumps capped.',
          'With fewer pumps working, serotonin stays in the gap longer, so each message lasts longer.',
          'Most of this capping happens within the first days. Yet people usually feel better only over weeks. The next steps show why.',
        ),
      },
      clinician: {
        title: 'About 80% SERT occupancy at the minimum dose',
        body: paras(
          '[11C]DASB PET after 4 weeks: citalopram 20 mg/day occupied 77% of SERT, paroxetine 20 mg/day 83% (Meyer 2001); five SSRIs at their minimum therapeutic doses, 76-85% (Meyer 2004, n = 77). Occupancy rises hyperbolically with dose and flattens near 80% at the usual minimum dose (Sørensen 2022); high doses reach about 85% (Voineskos 2007).',
          'The stage shows citalopram 20 mg/day on day 2, with occupancy already close to its steady-state value. Occupancy is near maximal within days, so it cannot by itself explain benefit that builds over weeks.',
        ),
        points: [
          'About 80% SERT blockade is the common target of SSRIs at minimum therapeutic doses (PET, Meyer 2004).',
          'The dose-occupancy curve is flat above that: higher doses add a few percentage points (Sørensen 2022).',
          'Occupancy is near maximal in days while benefit builds over weeks, so something slower must follow.',
        ],
      },
    },

    thermostat: {
      patient: {
        title: 'At first, a thermostat pushes back',
        body: paras(
          'The sending cell has its own sensors for serotonin. Think of them as a thermostat.',
          'When serotonin builds up around the cell, the thermostat tells it to slow down and send fewer messages. So in the first days, part of what the medicine does is cancelled out.',
          'This was measured in rats: their serotonin cells fired more slowly at the start of treatment.',
        ),
      },
      clinician: {
        title: '5-HT1A autoreceptor feedback',
        body: paras(
          'Blocking SERT raises 5-HT most around the raphe cell bodies: in rat microdialysis, a single SSRI dose raised extracellular 5-HT several-fold more in the raphe than in frontal cortex (Bel & Artigas 1992). Somatodendritic 5-HT1A autoreceptors sense this and cut firing; in rats, raphe firing drops sharply in the first days (Blier & de Montigny 1994).',
          'The model reproduces this on day 2: cortical 5-HT roughly doubles while raphe firing falls well below baseline. The thermostat offsets part of the blocked uptake.',
        ),
        points: [
          'Acute effect: more 5-HT per release event, but fewer release events.',
          'A larger rise in the raphe than in cortex is the rat microdialysis signature of autoreceptor feedback.',
          'These are animal data; raphe firing cannot be recorded in patients, so the human evidence is indirect.',
        ],
      },
    },

    weeks: {
      patient: {
        title: 'Over weeks, the thermostat eases',
        body: paras(
          'Over two to three weeks, the thermostat seems to get lazier. In rats, the serotonin cells go back to firing at their usual pace, and serotonin in the gap ends up higher than in the first days.',
          'Scientists still argue about whether this explains the wait. Many think slower changes matter more: nerve cells gradually build new connections. The brain-fertilizer scene shows that part.',
        ),
      },
      clinician: {
        title: 'Autoreceptor desensitisation over 2-3 weeks (contested)',
        body: paras(
          'With sustained SERT blockade, 5-HT1A autoreceptors desensitise and raphe firing recovers over 2-3 weeks in rat electrophysiology (Blier & de Montigny 1994). The model shows the consequence: by day 21-28, cortical 5-HT is nearly 3-fold baseline against about 2-fold in the first days, with firing back above 0.8 of baseline.',
          'The autoreceptor account of the delay is contested: Commons & Linnros (2019) argue that firing may recover despite ongoing feedback and that the causal link to clinical onset is circumstantial. Slower adaptive change, such as synaptic plasticity and BDNF signalling (the brain-fertilizer scene), is a leading alternative.',
        ),
        points: [
          'Desensitisation is well documented in rats; that it causes the clinical delay is not established.',
          "The model's slow 5-HT rise comes from an assumed autoreceptor time constant of about 7 days.",
          'Plasticity (BDNF, dendritic spines) is the other slow process: see the brain-fertilizer scene.',
        ],
      },
    },

    improvement: {
      patient: {
        title: 'When people start to feel better',
        body: paras(
          'Across 28 studies with nearly 6,000 people, the medicine was, on average, helping more than a dummy pill by the end of the first week. The benefit then kept growing for at least six weeks.',
          'So small early changes can be real, even if they are hard to notice. Everyone has their own pace, and your doctor can talk with you about yours.',
          'The relief line in the chart is a teaching sketch, not a prediction for you.',
        ),
      },
      clinician: {
        title: 'Onset in week 1, building to week 6',
        body: paras(
          'A meta-analysis of 28 placebo-controlled trials (n = 5872) found SSRIs separated from placebo by the end of week 1, with improvement continuing at a decreasing rate to at least week 6 (Taylor 2006). The "delayed onset" is largely a delay in full effect, not in any effect.',
          'The relief readout is a teaching construct: it follows the sustained 5-HT rise with a lag of about two weeks, chosen to echo this time course. It is not fitted to trial data and predicts nothing for a particular patient.',
        ),
        points: [
          'By week 1, SSRIs raised the chance of a 50% HAM-D reduction (RR 1.64, 95% CI 1.2-2.25; Taylor 2006).',
          'In the pooled data, gains kept accruing through week 6.',
          "The model's relief curve is illustrative, not a forecast.",
        ],
      },
    },

    pindolol: {
      patient: {
        title: 'What if the thermostat were switched off?',
        body: paras(
          'If the thermostat slows things down, switching it off might speed things up. Researchers tested this with pindolol, a medicine that blocks the thermostat.',
          'In several studies, people improved faster in the first two weeks. But by four to six weeks, the difference was no longer clear. In one study of people whose depression had not responded, it did not help.',
          'So the thermostat is probably only part of the story.',
        ),
      },
      clinician: {
        title: 'Pindolol: a clinical test of the autoreceptor account',
        body: paras(
          'Pindolol blocks 5-HT1A receptors as well as beta-adrenoceptors. In rats it prevents the early SSRI-induced fall in raphe firing (Blier & de Montigny 1994), so it was tried to speed up SSRIs (Artigas 1994, open-label). In a meta-analysis of 9 randomised trials, pindolol plus an SSRI beat placebo plus an SSRI at 2 weeks (OR 2.8) but not clearly at 4-6 weeks (OR 1.4, CI crossing 1) (Ballesteros 2004). In SSRI-resistant depression it did no better than placebo (Pérez 1999).',
          'The model removes the brake completely, a teaching exaggeration, so 5-HT is higher from the first days.',
        ),
        points: [
          'Early acceleration without a clear late gain: autoreceptors may shape the onset more than the size of benefit.',
          "The model's full switch-off overstates what pindolol's partial 5-HT1A blockade achieves.",
          'No evidence of benefit in SSRI-resistant patients (Pérez 1999).',
        ],
      },
    },

    nonresponder: {
      patient: {
        title: "Why it doesn't work for everyone",
        body: paras(
          'For about a third of people, an SSRI does not help enough. One lab study looked for a reason. Scientists grew nerve cells in a dish from the skin cells of 6 people: 3 whom an SSRI had helped, and 3 whom it had not.',
          'When serotonin was added, the cells from people it had not helped became over-excited. They had more of the exciting receptors.',
          'This is one small study, not a test.',
        ),
      },
      clinician: {
        title: 'Non-responders: over-excitation via 5-HT2A/5-HT7 (iPSC)',
        body: paras(
          'About 30% of patients do not respond to SSRIs. Vadodaria et al. (2019) chose 3 SSRI remitters and 3 non-remitters from a large clinical cohort, reprogrammed their skin cells into iPSCs and made forebrain neurons. Exposed to serotonin, non-remitter neurons became hyperactive, downstream of upregulated excitatory 5-HT2A and 5-HT7 receptors; remitter and healthy-control neurons did not.',
          "The model's non-responder profile roughly doubles 5-HT2A and 5-HT7 drive. This is a hypothesis from cells in a dish from six patients, not a biomarker or a test.",
        ),
        points: [
          '3 versus 3 patients, in vitro: a mechanism to test, not a way to predict response.',
          'Here more 5-HT over-excites the receiving cells instead of steadying them.',
          'The doubling of 5-HT2A/5-HT7 drive in the model is an assumed size, chosen to make the effect visible.',
        ],
      },
    },

    blocker: {
      patient: {
        title: 'Calming the over-excited cells',
        body: paras(
          'In the same study, the scientists then blocked the two exciting receptors in the dish. The over-excited nerve cells calmed down and behaved more like the others.',
          'This is a clue, not a treatment plan. It was seen in cells, and has not been tried in people this way. It hints that not responding may have a biological reason in some people, and that there could be other ways to help.',
        ),
      },
      clinician: {
        title: '5-HT2A/5-HT7 antagonism normalised the response (in vitro)',
        body: paras(
          'In the same iPSC-derived neurons, antagonists at 5-HT2A and 5-HT7 reduced the serotonin-induced hyperactivity of non-remitter neurons towards control levels (Vadodaria 2019). In the model the toggle removes about 40% of 5-HT2A and 5-HT7 drive, an assumed partial block that brings postsynaptic drive close to that of a typical responder on the same drug.',
          'This has not been tested as a way to choose treatment. Several drugs have 5-HT2A or 5-HT7 antagonist properties, but the study does not show that any of them helps SSRI non-responders.',
        ),
        points: [
          'An in vitro rescue only; no prospective clinical test in this subgroup.',
          "The model's blocker strength (about 40% of 2A/7 drive removed) is assumed, not measured.",
          'Useful for explaining that non-response may be biological, not a personal failing.',
        ],
      },
    },

    imbalance: {
      patient: {
        title: "Not simply 'low serotonin'",
        body: paras(
          "You may have heard that depression is a 'chemical imbalance' caused by too little serotonin. A large review of the research did not find good evidence for that simple story. Other experts disagree with parts of that review.",
          'Either way, these medicines help many people. Many researchers think they help by giving the brain time to adapt and rebuild connections, not by topping up a missing chemical.',
        ),
      },
      clinician: {
        title: 'What the "chemical imbalance" story gets wrong',
        body: paras(
          '"Low serotonin causes depression" is not supported as a simple story: an umbrella review found no consistent evidence that depression is associated with, or caused by, lower serotonin concentration or activity (Moncrieff 2022). This is disputed: Jauhar et al. (2023) argue the review oversimplified tryptophan depletion and imaging data, and that the serotonin system is implicated.',
          'SSRIs can work under either view. What this scene shows, 5-HT rising within days but benefit building over weeks, fits slower plasticity downstream of serotonin better than correcting a deficit.',
        ),
        points: [
          'SSRIs help many people, but not by topping up a chemical that was simply low.',
          'The serotonin-deficit story is contested (Moncrieff 2022; disputed by Jauhar 2023); the plasticity account is also a hypothesis.',
          'Depression is heterogeneous; no single transmitter deficit explains it.',
        ],
      },
    },
  },

  stageAlt: {
    patient:
      "On {t}: {occupancy} of the recycling pumps are capped; serotonin in the gap is {serotonin}; the sending cell's firing is {firing}; the receiving cell's activity is {activity}; symptom relief in this teaching model is {relief}.",
    clinician:
      'At {t}: SERT occupancy {occupancy}; extracellular 5-HT {serotonin}; raphe firing {firing}; postsynaptic drive {activity}; modelled symptom improvement {relief}.',
  },

  actors: {
    terminal: { patient: 'Sending nerve cell', clinician: 'Presynaptic terminal' },
    receiving: { patient: 'Receiving nerve cell', clinician: 'Postsynaptic neuron' },
    vesicles: { patient: 'Serotonin packets', clinician: 'Vesicles' },
    sert: { patient: 'Recycling pump', clinician: 'SERT' },
    ssri: { patient: 'Medicine', clinician: 'SSRI' },
    autoreceptor: { patient: 'Thermostat', clinician: '5-HT1A autoreceptor' },
    r1a: { patient: 'Calming receptor', clinician: '5-HT1A' },
    r2a: { patient: 'Exciting receptor A', clinician: '5-HT2A' },
    r7: { patient: 'Exciting receptor B', clinician: '5-HT7' },
    serotonin: { patient: 'Serotonin', clinician: '5-HT' },
    cleft: { patient: 'The gap', clinician: 'Synaptic cleft' },
    blocker: { patient: 'Blocker of A and B', clinician: '2A/7 antagonist' },
    pindolol: { patient: 'Thermostat blocker', clinician: 'Pindolol' },
  },

  describe: {
    'occupancy.none': {
      patient: 'No recycling pumps are capped; serotonin in the gap is {serotonin}.',
      clinician: 'SERT unoccupied ({occupancy}); extracellular 5-HT {serotonin}.',
    },
    'occupancy.some': {
      patient: 'The medicine is capping some pumps ({occupancy}); serotonin is {serotonin}.',
      clinician: 'SERT occupancy rising, {occupancy}; extracellular 5-HT {serotonin}.',
    },
    'occupancy.most': {
      patient:
        'Most recycling pumps are capped ({occupancy}): serotonin stays in the gap longer, now {serotonin}.',
      clinician: 'Most SERT occupied ({occupancy}); extracellular 5-HT {serotonin}.',
    },
    'brake.off': {
      patient: 'The thermostat is switched off, so the sending cell fires at {firing}.',
      clinician: '5-HT1A autoreceptor blocked; raphe firing {firing}.',
    },
    'brake.eased': {
      patient: 'The thermostat has eased ({brake}): the sending cell is back to {firing}.',
      clinician: '5-HT1A autoreceptors desensitised ({brake}); raphe firing recovered to {firing}.',
    },
    'brake.easing': {
      patient: 'The thermostat is slowly easing ({brake}); the sending cell fires at {firing}.',
      clinician: '5-HT1A autoreceptors desensitising ({brake}); raphe firing {firing}.',
    },
    'brake.strong': {
      patient: 'The thermostat is strong ({brake}); the sending cell fires at {firing}.',
      clinician: '5-HT1A autoreceptor feedback strong ({brake}); raphe firing {firing}.',
    },
    'activity.steady': {
      patient: "The receiving cell's activity is in a healthy range, {activity}.",
      clinician: 'Postsynaptic drive within the typical range, {activity}.',
    },
    'activity.over': {
      patient: 'The receiving cell is over-excited, at {activity}.',
      clinician: 'Postsynaptic over-excitation via 5-HT2A/5-HT7, drive {activity}.',
    },
    'relief.none': {
      patient: 'In this teaching sketch there is no relief yet.',
      clinician: 'Modelled improvement: none ({relief}).',
    },
    'relief.early': {
      patient: 'Relief in this teaching sketch is still small, {relief}.',
      clinician: 'Modelled improvement small, {relief} (teaching construct).',
    },
    'relief.building': {
      patient: 'Relief in this teaching sketch is building, {relief}.',
      clinician: 'Modelled improvement building, {relief} (teaching construct).',
    },
    'relief.full': {
      patient: 'Relief in this teaching sketch is near its highest, {relief}.',
      clinician: 'Modelled improvement near its plateau, {relief} (teaching construct).',
    },
  },

  // What each source found: the sources table's own line (other languages translate it).
  findings: Object.fromEntries(Object.values(sources).map((s) => [s.id, s.finding])),
};
