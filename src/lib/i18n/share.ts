/**
 * Words of the Share dialog (issue 7). Plain text only, never HTML; {placeholders} are filled by
 * `fill` from ./en.
 */
export const share = {
  button: 'Share',
  title: 'Share this view',
  intro:
    'The link holds the whole state, so whoever opens it sees the same picture. Nothing is uploaded.',
  close: 'Close',
  options: 'What the link opens',
  words: 'Words',
  language: 'Language',
  languages: { en: 'English' } as Record<string, string>,
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
};
