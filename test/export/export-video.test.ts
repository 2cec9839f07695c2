import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ExportMenu from '../../src/lib/export/ExportMenu.svelte';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { en } from '../../src/lib/i18n/en';
import { fakeScene } from '../lib/fake-scene';

// jsdom cannot record: this file stands in a recorder that can, and returns what a starved
// browser sometimes gives back, a clip with no bytes in it.
const clip = vi.hoisted(() => ({ size: 0 }));
vi.mock('../../src/lib/export/recorder', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/export/recorder')>();
  return {
    ...real,
    recordingSupport: () => null,
    recordClip: async () => ({
      blob: new Blob([new Uint8Array(clip.size)], { type: 'video/webm' }),
      frames: clip.size ? 30 : 0,
      fps: clip.size ? 15 : 0,
      perFrame: { serialize: 0, decode: 0, draw: 0 },
    }),
  };
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup() {
  const search = '?scene=ssri&step=2&t=3';
  history.replaceState(null, '', `/app/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  const ctrl = new SceneController(fakeScene, shell, search);
  const stage = document.createElement('figure');
  render(ExportMenu, { ctrl, shell, strings: fakeScene.strings.en!, stage });
  const created = vi.fn((_: Blob) => 'blob:clip');
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => {} });
  // The download link's click would ask jsdom to navigate.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { ctrl, created };
}

describe('ExportMenu video', () => {
  it('an empty clip is a failure said on screen, never an empty file; the clock is put back', async () => {
    clip.size = 0;
    const { ctrl, created } = setup();
    const t = ctrl.runner.t;
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await user.click(screen.getByTestId('export-video'));
    await waitFor(() =>
      expect(screen.getByTestId('export-status')).toHaveTextContent(en.export.videoFailed),
    );
    expect(created).not.toHaveBeenCalled();
    expect(ctrl.runner.t).toBe(t);
    expect(ctrl.clock.playing).toBe(false);
  });

  it('a clip with bytes is saved as <scene>-step<n>.webm', async () => {
    clip.size = 20_000;
    const { created } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await user.click(screen.getByTestId('export-video'));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(created.mock.calls[0]![0].size).toBe(20_000);
    expect(screen.getByTestId('export-status')).toHaveTextContent('ssri-step2.webm');
  });
});
