/**
 * Words of the offline download (src/lib/ui/Home.svelte). Plain text only, never HTML.
 */
export const offline = {
  /** The link on the home page that downloads dist/offline.html. */
  download: 'Download for offline use',
  /** The line under it. */
  note: 'One file with every scene in both vocabularies. It opens in a browser from your computer, with no internet.',
  /** Name the browser gives the downloaded file. */
  fileName: 'how-treatments-work.html',
} as const;
