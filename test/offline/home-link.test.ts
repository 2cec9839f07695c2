import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import Home from '../../src/lib/ui/Home.svelte';
import { en } from '../../src/lib/i18n/en';
const offline = en.offline;
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';

function open() {
  history.replaceState(null, '', '/');
  const { shell: s, corrections } = parseShell('', ['ssri']);
  render(Home, { shell: new Shell(s, corrections) });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Home: the offline download link', () => {
  it('links to offline.html as a download with a file name and a description', () => {
    open();
    const link = screen.getByRole('link', { name: offline.download });
    expect(link).toHaveAttribute('href', 'offline.html');
    expect(link).toHaveAttribute('download', offline.fileName);
    expect(link).toHaveAccessibleDescription(offline.note);
  });

  it('is not shown when the page is the offline file itself (file:)', () => {
    vi.stubGlobal('location', {
      ...window.location,
      protocol: 'file:',
      search: '',
      pathname: '/home/me/how-treatments-work.html',
    });
    open();
    expect(screen.queryByRole('link', { name: offline.download })).toBeNull();
    expect(screen.queryByText(offline.note)).toBeNull();
    // The questions are still there.
    expect(screen.getAllByRole('link').length).toBeGreaterThan(0);
  });
});
