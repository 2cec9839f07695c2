/**
 * Words of the app shell (scene words live with each scene). Plain text only, never HTML.
 * Keys with a {placeholder} are filled by `fill`.
 */
import type { SceneId } from '../../models/types';
import type { Evidence, Vocab } from '../../scenes/types';

export const en = {
  appName: 'How treatments work',
  homeTitle: 'How do psychiatric treatments work?',
  homeIntro:
    'Pick a question. Each one opens a short animated story you can go through step by step, in everyday words or in clinical terms.',
  comingSoon: 'Coming soon',
  /** The home page's questions, one per scene, and a line under each. */
  scenes: {
    ssri: {
      question: 'Why does my antidepressant take weeks?',
      blurb:
        'Watch what an SSRI does in the gap between two nerve cells, day by day, and why relief builds slowly.',
    },
    ketamine: {
      question: 'How could ketamine work in hours?',
      blurb:
        'Stress thins the connections between nerve cells; in animal studies, one dose of ketamine regrows them within a day.',
    },
    bdnf: {
      question: 'What does “brain fertilizer” mean?',
      blurb:
        'BDNF feeds nerve-cell branches: they thin in depression and regrow over weeks of treatment.',
    },
    opioid: {
      question: 'Why do I need more and more, and why is stopping so hard?',
      blurb:
        'Locks and keys: tolerance, withdrawal, recovery, and why a break makes the old dose dangerous.',
    },
  } satisfies Record<SceneId, { question: string; blurb: string }>,
  homeNote:
    'A teaching tool, not medical advice. Nothing here says what dose to take; talk with your clinician before changing any treatment.',
  home: 'All questions',
  storyNav: 'Story steps',
  previous: 'Previous step',
  next: 'Next step',
  stepCount: 'Step {n} of {total}',
  play: 'Play',
  pause: 'Pause',
  reset: 'Reset',
  speed: 'Speed',
  speeds: { '0.5': 'Slow', '1': 'Normal', '2': 'Fast' } as Record<string, string>,
  timeline: 'Time since start',
  words: 'Words',
  vocab: { patient: 'Patient', clinician: 'Clinician' } satisfies Record<Vocab, string>,
  controls: 'What if…',
  readouts: 'What the model shows',
  chart: 'Over the weeks',
  chartDesc: 'Chart of {names} over {duration}; the cursor marks {now}.',
  normalRange: 'normal range',
  sourcesFor: 'Sources for this step',
  allSources: 'All sources for this scene',
  evidence: 'Evidence',
  evidenceLevels: {
    'human-trials': 'Human trials',
    'human-imaging': 'Human imaging',
    animal: 'Animal studies',
    cells: 'Cells in a dish',
    hypothesis: 'Hypothesis',
  } satisfies Record<Evidence, string>,
  talkingPoints: 'Talking points',
  notice: 'Some of the link could not be used, so it was corrected:',
  noticeItem: '“{key}” was “{given}”; using “{used}”.',
  noticeScene: 'There is no scene called “{given}”; showing all questions instead.',
  dismiss: 'Dismiss',
  loading: 'Loading…',
  loadFailed: 'This scene could not be loaded. Reload the page to try again.',
  on: 'On',
  off: 'Off',
  modelNote: 'Numbers come from a simplified teaching model calibrated to published studies.',
  timeDay: 'day {d}',
  timeDayWeek: 'day {d} (week {w})',
  timeWeek: 'week {w}',
  timeHour: '{h} h',
  timeHourMinute: '{h} h {m} min',
  timeMinute: '{m} min',
  /** Plurals of parameter units (a unit not listed reads the same for any value). */
  unitPlurals: { day: 'days' } as Record<string, string>,
  timesBaseline: '{x} × baseline',
  timesBaselineSpoken: '{x} times baseline',
  skipToStory: 'Skip to the story',
  openFull: 'Open the full app',
  keyboardHelp:
    'Keys: Space play or pause, arrows or Page Up/Down change step, Home/End first or last step.',
};

export type ShellStrings = typeof en;

/** Replace {name} placeholders. Values are text; the result is only ever rendered as text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m,
  );
}
