import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import PresenterView from '../../src/lib/present/PresenterView.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from '../lib/fake-scene';
import { fakeBroadcastChannel } from './fake-channel';

function open(search: string) {
  history.replaceState(null, '', `/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  render(PresenterView, { def: fakeScene, shell, search });
  return shell;
}

let bc: ReturnType<typeof fakeBroadcastChannel>;
beforeEach(() => {
  bc = fakeBroadcastChannel();
  vi.stubGlobal('BroadcastChannel', bc.FakeBroadcastChannel);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('PresenterView', () => {
  it('shows the title, the clinician talking points, the patient text and the next title', () => {
    open('?scene=ssri&presenter=1');
    expect(screen.getByRole('heading', { level: 2, name: 'Plain step one' })).toBeInTheDocument();
    expect(screen.getByTestId('presenter-points')).toHaveTextContent('Point A');
    expect(screen.getByTestId('presenter-points')).toHaveTextContent('Point B');
    expect(screen.getByTestId('presenter-patient')).toHaveTextContent('Easy words.');
    expect(screen.getByTestId('presenter-next')).toHaveTextContent('Plain step two');
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
    // The live preview draws the scene's own stage.
    expect(document.querySelector('figure svg')).not.toBeNull();
  });

  it('Next moves on, the next title becomes "last step", and the URL keeps presenter=1', async () => {
    open('?scene=ssri&presenter=1');
    await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Plain step two' })).toBeInTheDocument();
    expect(screen.getByTestId('presenter-points')).toHaveTextContent('P');
    expect(screen.getByTestId('presenter-next')).toHaveTextContent('This is the last step.');
    const q = new URLSearchParams(location.search);
    expect(q.get('presenter')).toBe('1');
    expect(q.get('step')).toBe('2');
  });

  it('steers the audience window and follows it', async () => {
    open('?scene=ssri&presenter=1');
    const hub = bc.hub('htw-present:ssri');
    await fireEvent.keyDown(window, { key: 'PageDown' });
    flushSync();
    expect(hub.posted.at(-1)).toMatchObject({ kind: 'state', step: 2 });
    hub.inject({
      app: 'htw-present',
      scene: 'ssri',
      from: 'audience',
      kind: 'state',
      step: 1,
      t: 0,
      params: {},
      playing: false,
    });
    flushSync();
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
  });

  it('times since opening, pauses and resets', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    open('?scene=ssri&presenter=1');
    const timer = screen.getByTestId('presenter-timer');
    expect(timer).toHaveTextContent('0:00');
    await act(() => vi.advanceTimersByTime(65_000));
    expect(timer).toHaveTextContent('1:05');
    await fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    await act(() => vi.advanceTimersByTime(30_000));
    expect(timer).toHaveTextContent('1:05');
    await fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    await act(() => vi.advanceTimersByTime(5_000));
    expect(timer).toHaveTextContent('1:10');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    expect(timer).toHaveTextContent('0:00');
  });
});
