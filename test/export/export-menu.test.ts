import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ExportMenu from '../../src/lib/export/ExportMenu.svelte';
import Handout from '../../src/lib/export/Handout.svelte';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { en } from '../../src/lib/i18n/en';
const exportText = en.export;
import { fakeScene } from '../lib/fake-scene';

afterEach(() => cleanup());

function shellFor(search: string) {
  history.replaceState(null, '', `/app/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  return new Shell(s, corrections);
}

function setup(search = '?scene=ssri&step=2&t=3&level=5') {
  const shell = shellFor(search);
  const ctrl = new SceneController(fakeScene, shell, search);
  const stage = document.createElement('figure');
  render(ExportMenu, { ctrl, shell, strings: fakeScene.strings.en!, stage });
  return { ctrl, shell };
}

describe('ExportMenu', () => {
  it('opens a menu with the three exports, each with an accessible name', async () => {
    setup();
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: /Export/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: exportText.png })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: exportText.png })).toBeEnabled();
    expect(screen.getByRole('link', { name: new RegExp(exportText.handout) })).toBeInTheDocument();
  });

  it('the handout link opens the same state with handout=1 in a new tab', async () => {
    const { ctrl } = setup();
    await userEvent.setup().click(screen.getByRole('button', { name: /Export/ }));
    const link = screen.getByRole('link', { name: new RegExp(exportText.handout) });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    const q = new URLSearchParams(link.getAttribute('href')!.replace(/^\?/, ''));
    expect(q.get('handout')).toBe('1');
    expect(q.get('scene')).toBe('ssri');
    expect(q.get('step')).toBe('2');
    expect(q.get('level')).toBe('5');
    expect(q.has('play')).toBe(false);
    // It follows the state: another step, another link.
    ctrl.goto(0);
    await Promise.resolve();
    const q2 = new URLSearchParams(link.getAttribute('href')!.replace(/^\?/, ''));
    expect(q2.get('step')).toBe('1');
  });

  it('says so instead of failing when the browser cannot record video (jsdom cannot)', async () => {
    setup();
    await userEvent.setup().click(screen.getByRole('button', { name: /Export/ }));
    const video = screen.getByTestId('export-video');
    expect(video).toBeDisabled();
    expect(video).toHaveTextContent(exportText.videoNoRecorder);
  });

  it('Escape closes the menu and gives focus back to its button', async () => {
    setup();
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: /Export/ });
    await user.click(toggle);
    await user.tab();
    expect(screen.getByRole('button', { name: exportText.png })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});

describe('Handout', () => {
  it('shows the title, key frames in the patient words, sources, a QR code and the disclaimer', () => {
    const search = '?scene=ssri&step=2&vocab=clinician&handout=1';
    const shell = shellFor(search);
    render(Handout, { def: fakeScene, shell, search, play: false, speed: 1 });
    expect(screen.getByRole('heading', { level: 1, name: 'Plain title' })).toBeInTheDocument();
    const frames = screen.getAllByTestId('handout-frame');
    expect(frames).toHaveLength(2);
    expect(frames[0]).toHaveTextContent('Plain step one');
    expect(frames[1]).toHaveTextContent('Plain step two');
    expect(frames[1]).toHaveTextContent('More easy words.');
    expect(screen.queryByText('Clinical step one')).toBeNull();
    // Each stage is drawn still at its step's time and params (the fake stage prints x).
    expect(frames[1]!.querySelector('svg[data-focus="thing"]')).not.toBeNull();
    expect(screen.getByText(/Author A 2001/)).toBeInTheDocument();
    const qr = screen.getByTestId('qr');
    expect(qr).toHaveAttribute('aria-label', exportText.qrLabel);
    expect(screen.getByTestId('disclaimer')).toHaveTextContent(exportText.disclaimer);
    expect(screen.getByRole('button', { name: exportText.print })).toBeInTheDocument();
    const back = screen.getByRole('link', { name: new RegExp(exportText.backToScene) });
    expect(back.getAttribute('href')).not.toContain('handout');
    expect(back.getAttribute('href')).toContain('step=2');
  });
});
