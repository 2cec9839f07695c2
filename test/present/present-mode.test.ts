import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SceneView from '../../src/lib/ui/SceneView.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from '../lib/fake-scene';
import type { AnySceneDef } from '../../src/scenes/types';
import type { Readouts } from '../../src/models/types';
import { fakeBroadcastChannel } from './fake-channel';

function open(search: string, def: AnySceneDef = fakeScene) {
  history.replaceState(null, '', `/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  render(SceneView, { def, shell, search });
  return shell;
}

const withCallout: AnySceneDef = {
  ...fakeScene,
  strings: {
    en: {
      ...fakeScene.strings.en,
      callouts: { warn: { patient: 'Now {x} times as much.', clinician: 'x is {x}-fold.' } },
    },
  },
  callout: {
    id: 'warn',
    referenceT: () => 2,
    values: (now: Readouts, ref: Readouts) => {
      const [a, b] = [now.x ?? 0, ref.x ?? 1];
      return a > 2 * b ? { x: (a / b).toFixed(1) } : null;
    },
  },
};

const query = () => new URLSearchParams(location.search);
const root = document.documentElement as unknown as { requestFullscreen?: unknown };

let bc: ReturnType<typeof fakeBroadcastChannel>;
beforeEach(() => {
  bc = fakeBroadcastChannel();
  vi.stubGlobal('BroadcastChannel', bc.FakeBroadcastChannel);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete root.requestFullscreen;
  localStorage.clear();
});

describe('Present mode', () => {
  it('shows the title and first paragraph, the count and navigation, and hides chart, controls and sources', () => {
    open('?scene=ssri&present=1');
    expect(screen.getByTestId('present-mode')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Plain step one' })).toBeInTheDocument();
    expect(screen.getByTestId('present-lead')).toHaveTextContent('Easy words.');
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
    expect(screen.getByRole('button', { name: 'Next step' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Exit Present mode' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Projector colours/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByTestId('stage')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Over the weeks' })).toBeNull();
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByText('Author A 2001. Journal 1:1')).toBeNull();
    expect(screen.queryByTestId('play')).toBeNull();
    // The readouts stay in the DOM for tests and the embed API, but not on screen.
    const x = document.querySelector('[data-readout="x"]')!;
    expect(x).toBeInTheDocument();
    expect(x.closest('[hidden]')).not.toBeNull();
  });

  it('keeps the help-now line on the big screen, with the number from the link', () => {
    open('?scene=ssri&present=1&helpline=112');
    expect(screen.getByTestId('present-mode')).toBeInTheDocument();
    expect(screen.getByTestId('help-now')).toHaveTextContent(
      'If thoughts of suicide or self-harm come, call 112 now',
    );
  });

  it('clinician words show no talking points on the big screen, only the first paragraph', () => {
    open('?scene=ssri&present=1&vocab=clinician');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Clinical step one' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Point A')).toBeNull();
  });

  it('the Present button enters Present mode and asks for full screen where it can', async () => {
    const request = vi.fn(() => Promise.resolve());
    root.requestFullscreen = request;
    const shell = open('?scene=ssri');
    await fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(shell.present).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('present-mode')).toBeInTheDocument();
    expect(query().get('present')).toBe('1');
  });

  it('without the Fullscreen API (iPhone) the button and `f` still give Present mode, quietly', async () => {
    const error = vi.spyOn(console, 'error');
    const shell = open('?scene=ssri');
    await fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(shell.present).toBe(true);
    expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull();
    await fireEvent.keyDown(window, { key: 'f' });
    expect(shell.present).toBe(false);
    await fireEvent.keyDown(window, { key: 'f' });
    expect(shell.present).toBe(true);
    expect(error).not.toHaveBeenCalled();
  });

  it('a refused full screen request is swallowed and Present mode stays on', async () => {
    root.requestFullscreen = vi.fn(() => Promise.reject(new TypeError('Permissions check failed')));
    const shell = open('?scene=ssri');
    await fireEvent.keyDown(window, { key: 'f' });
    await Promise.resolve();
    expect(shell.present).toBe(true);
    expect(root.requestFullscreen).toHaveBeenCalled();
  });

  it('clicker keys step, also with a button focused; Escape and Exit leave', async () => {
    const shell = open('?scene=ssri&present=1');
    await fireEvent.keyDown(window, { key: 'PageDown' });
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 2 of 2');
    const prev = screen.getByRole('button', { name: 'Previous step' });
    prev.focus();
    await fireEvent.keyDown(prev, { key: 'PageUp' });
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(shell.present).toBe(false);
    expect(query().has('present')).toBe(false);
    // The full scene is back.
    expect(screen.getByRole('slider', { name: 'Amount' })).toBeInTheDocument();
    shell.present = true;
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Exit Present mode' }));
    expect(shell.present).toBe(false);
  });

  it('Escape outside Present mode does nothing', async () => {
    const shell = open('?scene=ssri');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(shell.present).toBe(false);
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
  });

  it('Projector colours sets contrast=high in the shell and the URL, and back', async () => {
    const shell = open('?scene=ssri&present=1');
    const btn = screen.getByRole('button', { name: /Projector colours/ });
    await fireEvent.click(btn);
    expect(shell.contrast).toBe('high');
    expect(btn).toHaveAttribute('aria-pressed', 'true');
    expect(query().get('contrast')).toBe('high');
    await fireEvent.click(btn);
    expect(query().has('contrast')).toBe(false);
  });

  it('keeps the callout (a safety warning) on screen in Present mode', () => {
    open('?scene=ssri&present=1&t=6&on=1&level=3', withCallout);
    expect(screen.getByTestId('callout')).toHaveTextContent(/Now \d\.\d times as much\./);
  });

  it('opens the presenter view with the same query plus presenter=1', async () => {
    const openSpy = vi.fn(() => ({}) as Window);
    vi.stubGlobal('open', openSpy);
    open('?scene=ssri&present=1&step=2');
    await fireEvent.click(screen.getByRole('button', { name: 'Open presenter view' }));
    expect(openSpy).toHaveBeenCalledTimes(1);
    const url = new URL(String((openSpy.mock.calls[0] as unknown[])[0]), location.href);
    expect(url.searchParams.get('presenter')).toBe('1');
    expect(url.searchParams.get('step')).toBe('2');
    expect(url.searchParams.get('scene')).toBe('ssri');
    expect(url.searchParams.has('present')).toBe(false);
  });

  it('a blocked pop-up says how to open the presenter view instead of failing', async () => {
    vi.stubGlobal('open', () => null);
    open('?scene=ssri&present=1');
    await fireEvent.click(screen.getByRole('button', { name: 'Open presenter view' }));
    expect(screen.getByText(/Allow pop-ups/)).toHaveTextContent(/presenter=1/);
  });
});

describe('SceneView and the presentation channel', () => {
  const msg = (step: number, extra = {}) => ({
    app: 'htw-present',
    scene: 'ssri',
    from: 'presenter',
    kind: 'state',
    step,
    t: 4,
    params: { mode: 'b', level: 7, on: false },
    playing: false,
    ...extra,
  });

  it('follows a step sent by the presenter and tells it about its own steps', async () => {
    open('?scene=ssri&present=1');
    const hub = bc.hub('htw-present:ssri');
    expect(hub.posted).toEqual([expect.objectContaining({ kind: 'hello', scene: 'ssri' })]);
    hub.inject(msg(2));
    flushSync();
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 2 of 2');
    expect(query().get('level')).toBe('7');
    expect(hub.posted).toHaveLength(1); // applying is not echoed
    await fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    flushSync();
    expect(hub.posted.at(-1)).toMatchObject({ kind: 'state', step: 1, from: expect.any(String) });
  });

  it('ignores junk on the channel without an error', () => {
    const error = vi.spyOn(console, 'error');
    open('?scene=ssri');
    const hub = bc.hub('htw-present:ssri');
    for (const j of [null, 'next', { app: 'htw-present' }, msg(99.5), msg(2, { t: 'x' })])
      hub.inject(j);
    flushSync();
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
    expect(error).not.toHaveBeenCalled();
  });

  it('clamps a step past the end and corrects bad params', () => {
    open('?scene=ssri');
    bc.hub('htw-present:ssri').inject(msg(40, { params: { level: 'lots', mode: 'zzz' } }));
    flushSync();
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 2 of 2');
  });

  it('closes its channel when the view goes', () => {
    open('?scene=ssri');
    const hub = bc.hub('htw-present:ssri');
    expect(hub.members.size).toBe(1);
    cleanup();
    expect(hub.members.size).toBe(0);
  });

  it('works without BroadcastChannel at all', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    open('?scene=ssri&present=1');
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
  });
});
