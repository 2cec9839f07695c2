import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PrefsButton from '../../src/lib/prefs/PrefsButton.svelte';
import VocabSwitch from '../../src/lib/ui/VocabSwitch.svelte';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { loadPrefs, PREFS_KEY } from '../../src/lib/prefs/prefs';
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
  localStorage.clear();
  document.documentElement.lang = 'en';
});

function setup(search = '?scene=ssri', withScene = true) {
  history.replaceState(null, '', `/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  shell.lang = s.lang;
  const ctrl = withScene
    ? new SceneController(fakeScene, shell, search, { speed: s.speed })
    : undefined;
  render(PrefsButton, { shell, ctrl });
  return { shell, ctrl, user: userEvent.setup() };
}

const dialog = () => screen.getByTestId('prefs-dialog') as HTMLDialogElement;
const group = (name: string | RegExp) => within(screen.getByRole('group', { name }));

describe('Preferences dialog', () => {
  it('opens by keyboard with focus inside, closes with Escape and gives focus back', async () => {
    const { user } = setup();
    const button = screen.getByRole('button', { name: 'Preferences' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(dialog().open).toBe(false);
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Preferences' })).toBeInTheDocument();
    // Focus lands on the chosen words option.
    expect(document.activeElement).toBe(group('Words').getByRole('radio', { name: /Patient/ }));
    await user.keyboard('{Escape}');
    expect(dialog().open).toBe(false);
    expect(button).toHaveFocus();
  });

  it('shows the current settings, each group labelled, languages in their own language', async () => {
    const { user } = setup('?scene=ssri&vocab=clinician&speed=2&contrast=high');
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    expect(group('Words').getByRole('radio', { name: /Clinician/ })).toBeChecked();
    expect(group('Contrast').getByRole('radio', { name: /High/ })).toBeChecked();
    expect(group('Motion').getByRole('radio', { name: /Follow the system/ })).toBeChecked();
    expect(group('Playing speed').getByRole('radio', { name: /Fast/ })).toBeChecked();
    const es = group('Language').getByRole('radio', { name: /Español/ });
    expect(es.closest('label')!.querySelector('[lang="es"]')).toHaveTextContent('Español');
  });

  it('every change shows at once and is saved; a link value is not saved unless changed', async () => {
    const { user, shell, ctrl } = setup('?scene=ssri&vocab=clinician');
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(group('Contrast').getByRole('radio', { name: /High/ }));
    expect(shell.highContrast).toBe(true);
    await user.click(group('Motion').getByRole('radio', { name: /Reduced/ }));
    expect(shell.reducedMotion).toBe(true);
    await user.click(group('Playing speed').getByRole('radio', { name: /Slow/ }));
    expect(ctrl!.clock.speed).toBe(0.5);
    expect(loadPrefs()).toEqual({ contrast: 'high', motion: 'reduced', speed: 0.5 });
    // The link said clinician: shown, not saved.
    expect(shell.vocab).toBe('clinician');
    await user.click(group('Words').getByRole('radio', { name: /Patient/ }));
    expect(loadPrefs().vocab).toBe('patient');
  });

  it('switching the language re-renders the dialog in it and sets <html lang>', async () => {
    const { user, shell } = setup();
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(group('Language').getByRole('radio', { name: /Español/ }));
    expect(shell.lang).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByRole('dialog', { name: 'Preferencias' })).toBeInTheDocument();
    expect(group('Palabras').getByRole('radio', { name: /Paciente/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Preferencias' })).toBeInTheDocument();
    expect(loadPrefs().lang).toBe('es');
  });

  it('Reset to defaults clears storage, shows the defaults and says so', async () => {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ v: 1, vocab: 'clinician', speed: 2 }));
    const { user, shell, ctrl } = setup('?scene=ssri&vocab=clinician&speed=2&motion=reduced');
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(localStorage.getItem(PREFS_KEY)).toBeNull();
    expect(shell.vocab).toBe('patient');
    expect(shell.motion).toBeNull();
    expect(ctrl!.clock.speed).toBe(1);
    expect(group('Words').getByRole('radio', { name: /Patient/ })).toBeChecked();
    expect(screen.getByTestId('prefs-status')).toHaveTextContent('Back to the defaults.');
    expect(dialog().open).toBe(true);
  });

  it('on the home page (no scene) the speed is remembered for the next scene', async () => {
    const { user, shell } = setup('', false);
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await user.click(group('Playing speed').getByRole('radio', { name: /Fast/ }));
    expect(shell.speed).toBe(2);
    expect(loadPrefs().speed).toBe(2);
  });

  it('keys typed in the dialog do not reach the page behind', async () => {
    const { user, ctrl } = setup();
    let seen = 0;
    const count = () => seen++;
    window.addEventListener('keydown', count);
    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await fireEvent.keyDown(screen.getByRole('button', { name: 'Close' }), { key: 'PageDown' });
    window.removeEventListener('keydown', count);
    expect(seen).toBe(0);
    expect(ctrl!.step).toBe(0);
  });
});

describe('Header language switch', () => {
  it('EN | ES buttons with aria-pressed and lang; pressing one switches and saves', async () => {
    history.replaceState(null, '', '/?scene=ssri');
    const { shell: s, corrections } = parseShell('?scene=ssri', ['ssri']);
    const shell = new Shell(s, corrections);
    render(VocabSwitch, { shell });
    const user = userEvent.setup();
    const en = screen.getByRole('button', { name: /English/ });
    const es = screen.getByRole('button', { name: /Español/ });
    expect(en).toHaveAttribute('aria-pressed', 'true');
    expect(es).toHaveAttribute('aria-pressed', 'false');
    expect(es).toHaveAttribute('lang', 'es');
    expect(es).toHaveTextContent('ES');
    await user.click(es);
    expect(shell.lang).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByRole('button', { name: /Español/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: 'Idioma' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Paciente/ })).toBeChecked();
    expect(loadPrefs()).toEqual({ lang: 'es' });
  });
});
