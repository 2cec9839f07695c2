/**
 * Every word the `opioid` scene shows, in English, in two vocabularies: `patient` (plain words for
 * someone sitting beside an addiction psychiatrist) and `clinician` (receptors, numbers, and how
 * strong the evidence is). Metaphors follow shared/science/opioid.md: endorphins are the brain's
 * own keys, mu-opioid receptors the locks, the receptor gene "the lock factory" that revs up again
 * in recovery, a GABA neuron the guard at the dopamine door. Receptor loss is shown in animals; the
 * one human study measured DNA methylation in blood. Person-first, non-stigmatising language
 * throughout. Plain text only; paragraphs are separated by a blank line. No dosing advice.
 */
import type { SceneStrings } from '../types';
import { sources } from './sources';

/** Joins paragraphs with the blank line the story panel splits on. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const strings: SceneStrings = {
  title: {
    patient: 'Keys and locks: why it takes more, why stopping hurts',
    clinician: 'Mu-opioid receptors, tolerance, withdrawal and overdose risk',
  },

  params: {
    useDays: { patient: 'Days of opioid use', clinician: 'Duration of use (days)' },
    pattern: { patient: 'How often', clinician: 'Exposure pattern' },
    naloxone: { patient: 'What if naloxone is given?', clinician: 'Naloxone at end of use' },
  },

  options: {
    'pattern.daily': { patient: 'Once a day', clinician: 'Once daily (intermittent)' },
    'pattern.continuous': { patient: 'All the time', clinician: 'Continuous exposure' },
  },

  paramHelp: {
    useDays: {
      patient:
        'How many days the opioid was used before stopping. Longer use means more locks pulled inside and a longer way back.',
      clinician:
        'Days of exposure before abrupt cessation (0-60). Model amounts are morphine-equivalent units for teaching, not doses for any person.',
    },
    pattern: {
      patient:
        'Opioid in the body all the time builds more tolerance than once a day. This comes from animal studies.',
      clinician:
        'Continuous exposure (pellet or infusion) produced more tolerance than once-daily injection in rodent studies; the model follows that ordering.',
    },
    naloxone: {
      patient:
        'Naloxone reverses an overdose. It works for a short time only, so always call emergency services and stay with the person.',
      clinician:
        'Naloxone displaces opioids from mu receptors and reverses overdose; it wears off sooner than many opioids, so call emergency services and observe.',
    },
  },

  readouts: {
    receptors: { patient: 'Locks on the surface', clinician: 'Surface mu receptors' },
    tolerance: { patient: 'Needed for the same feeling', clinician: 'Tolerance (ED50 fold)' },
    withdrawal: { patient: 'Withdrawal', clinician: 'Withdrawal severity' },
    reward: { patient: 'Joy from everyday things', clinician: 'Natural reward response' },
    doseEffect: {
      patient: 'What the old dose does now',
      clinician: 'Effect of the regular dose vs first use',
    },
  },

  steps: {
    keys: {
      patient: {
        title: "The brain's own keys and locks",
        body: paras(
          'Nerve cells carry tiny locks on their surface. The brain makes its own keys that fit them, called endorphins.',
          'When something good happens, like a meal, a hug or a laugh, a little squirt of these natural keys opens a few locks, and it feels good. Then the keys are cleared away.',
          'The locks are called mu-opioid receptors. Much of what we know about them in the reward area of the brain comes from animal studies.',
        ),
      },
      clinician: {
        title: 'Endorphins and mu-opioid receptors',
        body: paras(
          'Endogenous opioid peptides (beta-endorphin, enkephalins) act on mu-opioid receptors (MOR), G-protein-coupled receptors encoded by OPRM1. In the model, natural rewards release brief, small pulses of peptide, so only a fraction of receptors is occupied at any moment.',
          'Day 0 shows the drug-naive state: the person has not used opioids yet and every readout is at baseline. Reward-circuit detail in this scene rests mainly on rat studies (Johnson & North 1992; Jalabert 2011).',
        ),
        points: [
          'Patient metaphor: endorphins are keys, mu receptors the locks.',
          'Day 0 is before any opioid use; all readouts are 1.0 of baseline.',
          'Circuit mechanisms come largely from rat studies.',
        ],
      },
    },

    flood: {
      patient: {
        title: 'An opioid floods the locks',
        body: paras(
          'Opioids such as heroin, morphine, oxycodone and fentanyl are copies of the natural keys, but far more of them arrive at once. They open lock after lock.',
          'In the reward area of the brain, some locks sit on a guard at the dopamine door. The opioid quiets the guard, the door swings open, and a rush of dopamine makes the moment feel very good.',
          'This guard-and-door mechanism was shown in studies of rats.',
        ),
      },
      clinician: {
        title: 'MOR agonists disinhibit dopamine neurons',
        body: paras(
          'Exogenous agonists occupy far more MOR than endogenous release does. In rat VTA slices, mu agonists hyperpolarised GABA-containing interneurons and reduced their inhibitory input to dopamine cells, without acting on the dopamine cells themselves (Johnson & North 1992).',
          'In rats in vivo, morphine raised dopamine neuron firing through MOR on GABAergic inputs from the tail of the VTA, the rostromedial tegmental nucleus (Jalabert 2011). The stage draws this as the opioid silencing the guard at the dopamine door.',
        ),
        points: [
          'Disinhibition: the opioid releases the brake rather than pressing the accelerator.',
          'Slice and in vivo circuit data are from rats.',
          'Dopamine is one part of opioid reward, not the whole of it.',
        ],
      },
    },

    tolerance: {
      patient: {
        title: 'More keys for the same feeling',
        body: paras(
          'With opioids every day, the brain works to restore its balance. It makes locks less sensitive, pulls some of them inside the cell, and makes fewer new ones.',
          'With fewer locks on the surface, more keys are needed for the same feeling. This is tolerance. It is not a weakness of character: it is how nerve cells protect themselves.',
          'The loss of locks has been shown in animal studies. In people, one small study found changes at the lock gene in blood, not in the brain.',
        ),
      },
      clinician: {
        title: 'Desensitisation, internalisation, fewer receptors',
        body: paras(
          'In brain slices from animals treated chronically with morphine, MOR desensitisation was faster and recovery from it incomplete (Dang & Williams 2004). In mice with a morphine implant, the analgesic ED50 doubled by day 1 and rose 4-7-fold by day 3 (Way 1969). The model adds internalisation and reduced synthesis, so surface receptors fall as tolerance rises.',
          'Human evidence is indirect: Chorbov 2011 found higher OPRM1 promoter methylation in blood DNA from 13 men with opioid dependence than from 21 controls. That is blood, not brain receptor counts.',
        ),
        points: [
          'Receptor loss is shown in animals, not measured in the human brain.',
          'Tolerance is neuroadaptation, not a moral failing; saying so reduces shame.',
          'Continuous exposure builds more tolerance than once-daily use in animal data.',
        ],
      },
    },

    grey: {
      patient: {
        title: 'Everyday pleasures open too few locks',
        body: paras(
          'The natural keys use the same locks. With fewer locks on the surface, the small squirt of endorphins from a good meal, music or time with friends opens too few of them, and the guard at the dopamine door stays on duty.',
          'Life can start to feel grey and flat, and the opioid can seem like the only thing that still helps. The picture of the locks and the guard comes from animal studies.',
        ),
      },
      clinician: {
        title: 'Blunted natural reward: life goes grey',
        body: paras(
          'Endogenous peptides act on the same receptors, so reduced surface MOR and counter-adaptation also blunt natural reward in the model: the reward readout falls below healthy and the GABA guard on dopamine neurons is silenced less often by everyday pleasures.',
          'The mechanism is extrapolated from animal receptor and circuit data (Dang & Williams 2004; Johnson & North 1992); its size in people is not known. It fits the anhedonia many patients describe, which can keep use going as relief from low mood rather than pursuit of euphoria.',
        ),
        points: [
          'The reward readout is a model construct, not a measured human value.',
          'Naming the grey mood as an expected adaptation can ease guilt and hopelessness.',
          'Anhedonia may persist into early abstinence; plan support for it.',
        ],
      },
    },

    withdrawal: {
      patient: {
        title: 'Stopping hurts, and it passes',
        body: paras(
          'When the opioid stops, the brain is still set up for it: few locks on the surface, and the changes it made to balance the opioid are now left on their own. That is withdrawal: aches, sweating, runny nose, stomach cramps, restlessness, poor sleep and strong craving.',
          'After heroin it usually starts within a day, is worst on days 2 and 3, and mostly eases within 7 to 10 days. Low mood, poor sleep and craving can last weeks to months.',
        ),
      },
      clinician: {
        title: 'Acute withdrawal: onset 8-24 h, peak 36-72 h',
        body: paras(
          'After short-acting opioids such as heroin, withdrawal begins 8-24 h after the last dose and lasts about 4-10 days, peaking at roughly 36-72 h; after methadone, onset is 12-48 h and it lasts 10-20 days (WHO 2009). Protracted symptoms (dysphoria, insomnia, craving) can last weeks to months.',
          'In the model, withdrawal is counter-adaptation no longer opposed by drug. This step is day 30, about 2 days after the last dose, near the peak. Relief of withdrawal is a common reason for returning to use.',
        ),
        points: [
          'Timing follows the half-life of the opioid used.',
          'Methadone or buprenorphine treatment relieves withdrawal and keeps people in care.',
          'Prepare patients for protracted symptoms so they are not read as failure.',
        ],
      },
    },

    recovery: {
      patient: {
        title: 'Staying off: the lock factory revs up',
        body: paras(
          "If the opioid stays away, the brain rebalances again. The lock factory in the cell's centre, the gene that makes the locks, revs up, and new locks return to the surface over weeks.",
          'Everyday pleasures slowly open enough locks again, and the grey lifts. In animal studies, tolerance faded in two phases: quickly over the first days, then slowly over several weeks. Recovery is real, and it needs time.',
        ),
      },
      clinician: {
        title: 'Receptor recovery over weeks',
        body: paras(
          'In rats and mice, responsiveness recovered in two phases after tolerance-inducing morphine, methadone or diamorphine: an imprecise fast phase, then from day 4 a slow phase with a half-time of 13.2 days in rats and 17.4 days in mice (Cox 1975).',
          'The model turns OPRM1 expression back up and returns surface receptors and tolerance toward baseline over weeks; this step is one week after stopping, with surface receptors back to about three quarters of baseline. Human brain receptor recovery has not been measured directly; the time course is extrapolated from animals.',
        ),
        points: [
          'Recovery takes weeks; anhedonia and craving ease gradually.',
          'Regained sensitivity is also lost protection against overdose (next step).',
          'Time course from rodents; not measured in the human brain.',
        ],
      },
    },

    danger: {
      patient: {
        title: 'After a break, the old dose can kill',
        body: paras(
          "Two weeks away, many locks are back and the brain's balancing changes have faded. The old dose now hits far harder than it did on the last day of use, hard enough to stop breathing.",
          'That is why the weeks after prison, a hospital stay or detox are the most dangerous. Street drugs may also contain fentanyl, which is much stronger. Naloxone can reverse an overdose. Treatment with methadone or buprenorphine lowers the risk of dying.',
        ),
      },
      clinician: {
        title: 'Loss of tolerance and overdose risk',
        body: paras(
          'After release from prison, drug-related deaths were 3-8 times higher in weeks 1-2 than in weeks 3-12 (Merrall 2010). After inpatient detoxification, all three overdose deaths were among people who had lost tolerance (Strang 2003). Time out of methadone or buprenorphine treatment carried higher mortality than time in it (Sordo 2017). These are observational studies. In rats, tolerance faded with a slow-phase half-time of about two weeks (Cox 1975).',
          'Tolerance to respiratory depression lags behind tolerance to euphoria, and street supply may contain fentanyl. Naloxone reverses an overdose.',
        ),
        points: [
          'Name the risk explicitly at detox, discharge and prison release.',
          'Offer naloxone to the person and to those around them.',
          'Retention on methadone or buprenorphine lowers mortality; observational but consistent.',
        ],
      },
    },

    naloxone: {
      patient: {
        title: 'What naloxone does',
        body: paras(
          'Naloxone is a lock blocker. It knocks the opioid keys out of the locks and holds the locks shut for a while, so breathing can start again.',
          'It works for a short time, often shorter than the opioid, so the overdose can come back. Call emergency services and stay with the person. In someone who has used opioids every day, naloxone brings on sudden withdrawal, which feels awful but passes.',
        ),
      },
      clinician: {
        title: 'Naloxone: a short-acting antagonist',
        body: paras(
          'Naloxone displaces agonists from MOR and reverses respiratory depression. Its action is shorter than that of many opioids, notably methadone and other long-acting agonists, so sedation can return: call emergency services and observe. In a dependent person it precipitates withdrawal; in mice with a morphine implant, naloxone precipitated withdrawal within 5 minutes (Way 1969).',
          'WHO (2014) recommends naloxone access for people likely to witness an overdose, including people who use opioids, their families and friends. In the model, naloxone arrives at the end of use.',
        ),
        points: [
          'Naloxone buys time; it is not a treatment for opioid use disorder.',
          'Explain precipitated withdrawal beforehand so it is expected.',
          'Offer naloxone kits to patients and to family and friends.',
        ],
      },
    },
  },

  callouts: {
    danger: {
      patient:
        'After a break, even a few days, the old dose hits much harder, in a way nobody can predict, and can stop breathing. Alcohol, benzodiazepines or sleeping pills make it worse; using alone means nobody can help. Naloxone reverses an overdose: keep it close, call emergency services. Methadone or buprenorphine treatment lowers the risk of dying.',
      clinician:
        'In this teaching model the previous regular dose now has about {x} times the effect it had on the last day of use (a model value; street supply may contain fentanyl). Tolerance to respiratory depression lags behind euphoria. The risk starts within days: deaths were 3-8 times higher in weeks 1-2 after prison release than in weeks 3-12 (Merrall 2010, observational). Alcohol and benzodiazepines add respiratory depression; using alone removes rescue. Naloxone is short-acting. Methadone or buprenorphine lowers overdose mortality.',
    },
  },

  stageAlt: {
    patient:
      'On {t}: locks on the surface compared with before any use: {receptors}; amount needed for the first-day feeling: {tolerance}; withdrawal: {withdrawal}; joy from everyday things compared with healthy: {reward}; what the old dose would do now compared with the first time: {doseEffect}.',
    clinician:
      'At {t}: surface mu receptors vs drug-naive {receptors}; tolerance (ED50 fold) {tolerance}; withdrawal severity {withdrawal}; natural reward response vs healthy {reward}; effect of the regular dose vs first use {doseEffect}.',
  },

  actors: {
    lock: { patient: 'Lock', clinician: 'Mu-opioid receptor' },
    endorphin: { patient: 'Natural key', clinician: 'Endorphin' },
    opioid: { patient: 'Opioid key', clinician: 'Opioid agonist' },
    inside: { patient: 'Lock pulled inside', clinician: 'Internalised receptor' },
    factory: { patient: 'Lock factory', clinician: 'OPRM1 (receptor gene)' },
    guard: { patient: 'Guard at the door', clinician: 'GABA interneuron' },
    dopamine: { patient: 'Dopamine', clinician: 'Dopamine' },
    naloxone: { patient: 'Naloxone', clinician: 'Naloxone (antagonist)' },
  },

  phases: {
    use: { patient: 'using', clinician: 'opioid use' },
    withdrawal: { patient: 'withdrawal', clinician: 'acute withdrawal' },
    recovery: { patient: 'locks return', clinician: 'receptor recovery' },
  },

  // What each source found: the sources table's own line, so the two cannot drift apart.
  findings: Object.fromEntries(Object.values(sources).map((s) => [s.id, s.finding])),

  // The describer (see index.ts `describe`): one short sentence per band, keyed "<readout>.<band>".
  describe: {
    'receptors.few': {
      patient:
        'Many locks are pulled inside or switched off: locks on the surface are at {receptors}.',
      clinician:
        'Surface mu receptors markedly reduced ({receptors}): desensitised and internalised.',
    },
    'receptors.returning': {
      patient: 'Fewer locks than usual are on the surface: {receptors}.',
      clinician: 'Surface mu receptors partly reduced ({receptors}).',
    },
    // While playing, the same band said with its direction (see DescribeRule and describe.ts).
    'receptors.returning.up': {
      patient: 'Locks are coming back to the surface: now {receptors}.',
      clinician: 'Surface mu receptors recovering ({receptors}) as receptor synthesis returns.',
    },
    'receptors.returning.down': {
      patient: 'Locks are being pulled inside: {receptors} left on the surface.',
      clinician: 'Surface mu receptors falling ({receptors}): desensitisation and internalisation.',
    },
    'receptors.most': {
      patient: 'Nearly all the locks are on the surface ({receptors}).',
      clinician: 'Surface mu receptors near drug-naive levels ({receptors}).',
    },
    'doseEffect.blocked': {
      patient:
        'Naloxone holds the locks: for now the opioid does almost nothing ({doseEffect} of its first effect).',
      clinician:
        'Naloxone occupies the receptors: the regular dose has {doseEffect} of its first-use effect while it lasts.',
    },
    'doseEffect.weak': {
      patient:
        'Tolerance: the usual dose now does much less, {doseEffect} of what it did the first time.',
      clinician: 'High tolerance: the regular dose has {doseEffect} of its first-use effect.',
    },
    'doseEffect.partial': {
      patient:
        'Some tolerance: the usual dose would now do {doseEffect} of what it did the first time.',
      clinician:
        'Partial tolerance: the regular dose would have {doseEffect} of its first-use effect.',
    },
    'doseEffect.partial.up': {
      patient:
        'Tolerance is fading: the usual dose would now do {doseEffect} of what it did the first time.',
      clinician:
        'Tolerance falling: the regular dose would have {doseEffect} of its first-use effect.',
    },
    'doseEffect.partial.down': {
      patient:
        'Tolerance is building: the usual dose now does {doseEffect} of what it did the first time.',
      clinician: 'Tolerance rising: the regular dose has {doseEffect} of its first-use effect.',
    },
    'doseEffect.full': {
      patient:
        'Little or no tolerance: the usual dose would hit almost as hard as the first time ({doseEffect}).',
      clinician:
        'Little or no tolerance: the regular dose would have {doseEffect} of its first-use effect.',
    },
    'withdrawal.low': {
      patient: 'Little or no withdrawal ({withdrawal}).',
      clinician: 'Withdrawal minimal ({withdrawal}).',
    },
    'withdrawal.moderate': {
      patient:
        'Withdrawal is noticeable ({withdrawal}): aches, sweating, restlessness and craving.',
      clinician: 'Moderate withdrawal ({withdrawal}).',
    },
    'withdrawal.severe': {
      patient: 'Withdrawal is strong ({withdrawal}): it feels awful, and it passes.',
      clinician: 'Severe withdrawal ({withdrawal}): counter-adaptation no longer opposed by drug.',
    },
    'reward.grey': {
      patient: 'Everyday pleasures barely register: joy from everyday things is at {reward}.',
      clinician: 'Natural reward response blunted ({reward}).',
    },
    'reward.dim': {
      patient: 'Everyday pleasures feel muted: joy from everyday things is at {reward}.',
      clinician: 'Natural reward response partly reduced ({reward}).',
    },
    'reward.full': {
      patient: 'Everyday pleasures feel close to normal ({reward}).',
      clinician: 'Natural reward response near healthy ({reward}).',
    },
  },
};
