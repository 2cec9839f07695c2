import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SceneView from '../../src/lib/ui/SceneView.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { i18n } from '../../src/lib/i18n/current.svelte';
import { en } from '../../src/lib/i18n/en';
import { es } from '../../src/lib/i18n/es';
import { fakeScene } from '../lib/fake-scene';

// jsdom has <dialog> but not showModal/close: open and close it as a browser would.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => {
  cleanup();
  i18n.lang = 'en';
  localStorage.clear();
});

function open(search = '?scene=ssri&step=1') {
  history.replaceState(null, '', `/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  render(SceneView, { def: fakeScene, shell, search });
  return { shell, user: userEvent.setup() };
}

const dialog = () => screen.getByTestId('shortcuts') as HTMLDialogElement;
const stepText = () => screen.getByTestId('step-count').textContent ?? '';

// A scene view in jsdom is slow to render on a busy machine.
describe('keyboard shortcuts dialog', { timeout: 20_000 }, () => {
  it('opens with ? on the page, lists every key and what it does, and Escape closes it', async () => {
    const { user } = open();
    expect(dialog().open).toBe(false);
    await user.keyboard('?');
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBe(dialog());
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    const keys = [...dialog().querySelectorAll('kbd')].map((k) => k.textContent);
    for (const k of ['Space', 'Right arrow', 'Left arrow', 'Page Down', 'Page Up', 'Home', 'End']) {
      expect(keys).toContain(k);
    }
    expect(keys).toEqual(expect.arrayContaining(['F', '?', 'Esc', 'Tab']));
    // One row per action, each naming its keys and the action in words.
    const rows = [...dialog().querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    expect(rows).toHaveLength(Object.keys(en.shortcuts.actions).length);
    expect(rows).toContainEqual(expect.stringMatching(/Right arrow.*Page Down.*Next step/));
    expect(rows).toContainEqual(expect.stringMatching(/Space.*Play or pause/));
    expect(rows).toContainEqual(expect.stringMatching(/\?.*Show this list/));

    await user.keyboard('{Escape}');
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  it('keys typed in the open dialog never step or play the scene', async () => {
    const { user } = open();
    const before = stepText();
    const url = location.href;
    await user.keyboard('?');
    await user.keyboard('{ArrowRight}{PageDown}{End}');
    expect(dialog().open).toBe(true);
    expect(stepText()).toBe(before);
    expect(location.href).toBe(url);
    await user.keyboard('{Escape}');
    // Closed: the same keys drive the scene again.
    await user.keyboard('{ArrowRight}');
    expect(stepText()).not.toBe(before);
  });

  it('has a visible button that opens it; Close gives the focus back to the button', async () => {
    const { user } = open();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    button.focus();
    await user.keyboard('{Enter}');
    expect(dialog().open).toBe(true);
    const close = within(dialog()).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.click(close);
    expect(dialog().open).toBe(false);
    expect(button).toHaveFocus();
  });

  it('opens with ? while a button has focus, and gives the focus back to it', async () => {
    const { user } = open();
    const next = screen.getByRole('button', { name: 'Next step' });
    next.focus();
    await user.keyboard('?');
    expect(dialog().open).toBe(true);
    await user.keyboard('{Escape}');
    expect(next).toHaveFocus();
  });

  it('does not open while typing in a slider or list (? belongs to the control)', async () => {
    const { user } = open();
    screen.getByRole('slider', { name: 'Amount' }).focus();
    await user.keyboard('?');
    expect(dialog().open).toBe(false);
    screen.getByRole('combobox', { name: 'Kind' }).focus();
    await user.keyboard('?');
    expect(dialog().open).toBe(false);
  });

  it('speaks the current language (lang=es)', async () => {
    const { user } = open('?scene=ssri&lang=es');
    expect(screen.getByRole('button', { name: es.shortcuts.button })).toBeInTheDocument();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Atajos de teclado' })).toBe(dialog());
    const keys = [...dialog().querySelectorAll('kbd')].map((k) => k.textContent);
    expect(keys).toEqual(expect.arrayContaining(['Espacio', 'Av Pág', 'Re Pág', 'Inicio', 'Fin']));
    expect(within(dialog()).getByRole('button', { name: 'Cerrar' })).toHaveFocus();
  });

  it('is not there in an embedded frame, where keys belong to the host page too', async () => {
    const { user } = open('?scene=ssri&embed=1');
    expect(screen.queryByRole('button', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(screen.queryByTestId('shortcuts')).toBeNull();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
