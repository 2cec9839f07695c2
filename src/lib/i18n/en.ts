/**
 * Words of the app shell (scene words live with each scene). Plain text only, never HTML.
 * Keys with a {placeholder} are filled by `fill`.
 */
import type { SceneId } from '../../models/types';
import type { Evidence, Vocab } from '../../scenes/types';

export const en = {
  /** BCP 47 locale for numbers and dates (Intl). */
  locale: 'en',
  /** The language's own name, for language menus. */
  langName: 'English',
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
        'BDNF feeds nerve-cell branches. A leading idea: they thin in depression and regrow over weeks of treatment.',
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
    'human-trials': 'Trials in people',
    'human-observational': 'Observational studies in people',
    'human-imaging': 'Brain imaging in people',
    review: 'Review or expert opinion',
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
  /** Whole weeks only: "day 10" is neither week 1 nor week 2 to every reader. */
  timeDayWeek: 'day {d} (1 week)',
  timeDayWeeks: 'day {d} ({w} weeks)',
  timeWeek: 'week {w}',
  timeHour: '{h} h',
  timeHourMinute: '{h} h {m} min',
  timeMinute: '{m} min',
  /** Parameter units by plural form (Intl.PluralRules); a unit not listed reads as it is. */
  units: {
    day: { one: 'day', other: 'days' },
    'mg/day': { one: 'mg/day', other: 'mg/day' },
  } as Record<string, { one: string; other: string }>,
  timesBaseline: '{x} × baseline',
  timesBaselineSpoken: '{x} times baseline',
  skipToStory: 'Skip to the story',
  sceneTools: 'Scene tools',
  /** The describer (a live region): a chart phase time has just entered. */
  describePhase: 'Now: {name}.',
  openFull: 'Open the full app',
  keyboardHelp:
    'Keys: Space play or pause, arrows or Page Up/Down change step, Home/End first or last step.',
  /** The keyboard shortcuts dialog (`?`). Key names as printed on keyboards. */
  shortcuts: {
    button: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    intro:
      'These keys work anywhere in the scene, except while a slider, list or text field has the focus: there the arrow keys change its value.',
    close: 'Close',
    keyHeader: 'Key',
    actionHeader: 'What it does',
    or: 'or',
    keys: {
      space: 'Space',
      right: 'Right arrow',
      left: 'Left arrow',
      pageDown: 'Page Down',
      pageUp: 'Page Up',
      home: 'Home',
      end: 'End',
      f: 'F',
      help: '?',
      escape: 'Esc',
      tab: 'Tab',
      shiftTab: 'Shift + Tab',
    },
    actions: {
      play: 'Play or pause the clock',
      next: 'Next step',
      previous: 'Previous step',
      first: 'First step',
      last: 'Last step',
      fullscreen: 'Full screen (Present mode) on or off',
      help: 'Show this list',
      escape: 'Close this list; leave full screen, then Present mode',
      tab: 'Move to the next or previous control',
    },
  },
  /** The Preferences dialog (src/lib/prefs/) and the header's language switch. */
  prefs: {
    button: 'Preferences',
    title: 'Preferences',
    intro:
      'Saved in this browser only. A link that sets one of these wins for the page it opens, without changing what is saved here.',
    close: 'Close',
    language: 'Language',
    contrast: 'Contrast',
    contrasts: { system: 'Follow the system', normal: 'Normal', high: 'High' },
    motion: 'Motion',
    motions: { system: 'Follow the system', full: 'Full', reduced: 'Reduced' },
    speed: 'Playing speed',
    reset: 'Reset to defaults',
    resetDone: 'Back to the defaults.',
    notSaved: 'This browser does not allow saving: the settings hold for this page only.',
    /** The header's quick switch (its buttons show each language's short code). */
    langSwitch: 'Language',
  },
  /** The Share dialog. */
  share: {
    button: 'Share',
    title: 'Share this view',
    intro:
      'The link holds the whole state, so whoever opens it sees the same picture. Nothing is uploaded.',
    close: 'Close',
    options: 'What the link opens',
    words: 'Words',
    language: 'Language',
    languages: { en: 'English', es: 'Español' } as Record<string, string>,
    start: 'Start at',
    thisStep: 'As on screen (step {n} of {total})',
    stepN: 'Step {n}: {title}',
    embed: 'Embedded view (picture and step buttons only)',
    autoplay: 'Start playing when opened',
    link: 'Link',
    copyLink: 'Copy link',
    qrLabel: 'QR code of the link',
    qrHelp: 'Scan with a phone camera to take this view home.',
    embedTitle: 'Embed in a slide or web page',
    embedHelp:
      'Paste this HTML into a web page or a slide tool that accepts embedded pages. It always opens the embedded view.',
    copyCode: 'Copy embed code',
    linkCopied: 'Link copied',
    codeCopied: 'Embed code copied',
    pressCopy: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  },
  /** Present mode, the presenter's view and the projector colours. */
  present: {
    present: 'Present',
    presentHint: 'Show the picture and the story in large text, filling the screen',
    exit: 'Exit',
    exitLabel: 'Exit Present mode',
    fullscreen: 'Full screen',
    leaveFullscreen: 'Leave full screen',
    projector: 'Projector colours',
    projectorHint: 'Black on white with heavier lines, for a washed-out projector',
    openPresenter: 'Open presenter view',
    openPresenterHint: 'Opens the talking points, the next step and a timer in a second window',
    presenterBlocked:
      'The presenter view could not open a new window. Allow pop-ups for this page, or copy the address and add presenter=1.',
    presentBar: 'Presentation controls',
    presentKeys: 'Keys: arrows or Page Up/Down change step, f full screen, Esc to leave.',
    // The presenter's view
    presenterTitle: 'Presenter view',
    presenterOf: 'Presenter view: {title}',
    now: 'Now',
    nextUp: 'Next',
    lastStep: 'This is the last step.',
    talkingPoints: 'Talking points',
    noPoints: 'No talking points for this step.',
    patientText: 'What the audience reads',
    preview: 'Audience picture',
    timer: 'Time since opened',
    pauseTimer: 'Pause timer',
    resumeTimer: 'Resume timer',
    resetTimer: 'Reset timer',
    syncOn: 'Follows and steers the audience window in this browser.',
    syncOff: 'This browser cannot link windows: steer the audience window directly.',
  },
  /** The export tools (picture, clip, handout) and the printable handout. */
  export: {
    menu: 'Export',
    menuLabel: 'Export this step',
    png: 'Save picture (PNG)',
    pngBusy: 'Saving picture…',
    pngDone: 'Picture saved: {file}',
    pngFailed: 'The picture could not be made in this browser.',
    video: 'Record a clip (video)',
    videoBusy: 'Recording…',
    videoDone: 'Clip saved: {file} ({seconds} s, {fps} frames per second)',
    videoFailed: 'The clip could not be recorded in this browser.',
    videoNoRecorder: 'Clips need a browser that can record video (MediaRecorder); this one cannot.',
    videoNoCapture:
      'Clips need a browser that can record a canvas (captureStream); this one cannot.',
    recording: 'Recording the clip: {seconds} s left',
    stop: 'Stop recording',
    handout: 'Patient handout',
    handoutHint: 'opens in a new tab, ready to print',

    // The printable handout.
    handoutLabel: 'Patient handout',
    print: 'Print',
    backToScene: 'Back to the animation',
    stepOf: 'Step {n} of {total}',
    keyFrames: 'Key moments',
    sources: 'Sources',
    qrLabel: 'QR code: opens this animation at the same step',
    qrCaption: 'Scan to watch the animation at this step.',
    disclaimer: 'This handout explains a mechanism; it is not medical advice.',
    talk: 'Talk with your clinician before changing any treatment.',
  },
  /** Phones: the sheet that holds "What if…", the readouts and the sources under the story. */
  /**
   * The help-now line on every depression and opioid screen (issue 17): short and calm. {where}
   * is the clinic's number from `helpline=`, or `whereDefault`.
   */
  help: {
    label: 'Help now',
    depression:
      'If thoughts of suicide or self-harm come, call {where} now, or go to the nearest emergency department. Some people feel worse in the first weeks on an antidepressant: tell your prescriber straight away.',
    opioid:
      'If someone may have overdosed: call {where}, give naloxone if you have it, and stay with them. Breathing can stop again when naloxone wears off.',
    whereDefault: 'your local emergency number or a crisis line',
    whereOpioidDefault: 'your local emergency number',
    whereOpioid: 'your local emergency number or {number}',
  },
  sheet: {
    /** The button that opens and closes it. */
    toggle: 'What if…, readouts and sources',
  },
  /** The offline download on the home page. */
  offline: {
    /** The link on the home page that downloads dist/offline.html. */
    download: 'Download for offline use',
    /** The line under it. */
    note: 'One file with every scene in both vocabularies. It opens in a browser from your computer, with no internet.',
    /** Name the browser gives the downloaded file. */
    fileName: 'how-treatments-work.html',
  },
};

export type ShellStrings = typeof en;

/** Replace {name} placeholders. Values are text; the result is only ever rendered as text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m,
  );
}
