/**
 * Words of the export tools (picture, clip, handout). Plain text only, never HTML; {placeholders}
 * are filled with `fill` from en.ts.
 */
export const exportText = {
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
  videoNoCapture: 'Clips need a browser that can record a canvas (captureStream); this one cannot.',
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
} as const;
