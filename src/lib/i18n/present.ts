/**
 * Words of Present mode, the presenter's view and the projector colours (issue 7). Plain text
 * only, never HTML; {placeholders} are filled by `fill` from ./en.
 */
export const presentText = {
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
};
