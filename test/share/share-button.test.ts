import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ShareButton from '../../src/lib/share/ShareButton.svelte';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from '../lib/fake-scene';
import type { SceneStrings } from '../../src/scenes/types';

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

const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

afterEach(() => {
  cleanup();
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
  else setClipboard(undefined);
});

function setup(search = '?scene=ssri&step=1&t=2&level=3', strings?: SceneStrings) {
  history.replaceState(null, '', `/app/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  const ctrl = new SceneController(fakeScene, shell, search);
  render(ShareButton, { ctrl, shell, strings: strings ?? fakeScene.strings.en! });
  return { ctrl, shell, user: userEvent.setup() };
}

const dialog = () => document.querySelector('dialog')!;
const linkField = () => screen.getByRole('textbox', { name: 'Link' }) as HTMLInputElement;
const linkQuery = () => Object.fromEntries(new URL(linkField().value).searchParams);

describe('ShareButton', () => {
  it('opens by keyboard, puts focus in the dialog, closes with Escape and gives focus back', async () => {
    const { user } = setup();
    const button = screen.getByRole('button', { name: 'Share' });
    expect(dialog().open).toBe(false);
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Share this view' })).toBeInTheDocument();
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(dialog().open).toBe(false);
    expect(button).toHaveFocus();
  });

  it('closes with its Close button and gives focus back', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog().open).toBe(false);
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
  });

  it('keys typed in the dialog do not drive the scene, and opening changes nothing', async () => {
    const { ctrl, user } = setup();
    const onWindow = vi.fn();
    window.addEventListener('keydown', onWindow);
    const before = { query: ctrl.query, url: location.href };
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.keyboard('{ArrowRight}{End} ');
    window.removeEventListener('keydown', onWindow);
    expect(onWindow).not.toHaveBeenCalled();
    expect(ctrl.step).toBe(0);
    expect(ctrl.query).toBe(before.query);
    expect(location.href).toBe(before.url);
  });

  it('the link is the page address with the app query, and follows every choice', async () => {
    const { ctrl, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(linkField().value).toBe(`${location.origin}/app/${ctrl.query}`);
    expect(linkField()).toHaveAttribute('readonly');

    await user.click(screen.getByRole('radio', { name: 'Clinician' }));
    expect(linkQuery().vocab).toBe('clinician');
    expect(linkQuery().t).toBe('2');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Start at' }), '2');
    expect(linkQuery().step).toBe('2');
    expect(linkQuery().t).toBeUndefined();
    expect(linkQuery().level).toBeUndefined();

    await user.click(screen.getByRole('checkbox', { name: /Embedded view/ }));
    expect(linkQuery().embed).toBe('1');
    await user.click(screen.getByRole('checkbox', { name: /Start playing/ }));
    expect(linkQuery().play).toBe('1');
    await user.click(screen.getByRole('checkbox', { name: /Embedded view/ }));
    expect(linkQuery().embed).toBeUndefined();

    // The QR code encodes the same link.
    expect(screen.getByRole('img', { name: 'QR code of the link' })).toBeInTheDocument();
    // The choices are the dialog's own: the page's words did not change.
    expect(ctrl.shell.vocab).toBe('patient');
  });

  it('names the steps in the start select, and starts from the state on screen each time', async () => {
    const { user } = setup('?scene=ssri&step=2&vocab=clinician');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const select = screen.getByRole('combobox', { name: 'Start at' });
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(options).toEqual([
      'As on screen (step 2 of 2)',
      'Step 1: Clinical step one',
      'Step 2: Clinical step two',
    ]);
    expect(screen.getByRole('radio', { name: 'Clinician' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Patient' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('radio', { name: 'Clinician' })).toBeChecked();
    expect(linkQuery().vocab).toBe('clinician');
  });

  it('Copy writes the link to the clipboard and announces it politely', async () => {
    const { user } = setup();
    const writeText = vi.fn(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: 'Share' }));
    setClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(linkField().value);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(status).toHaveTextContent('Link copied'));
    expect(screen.queryByTestId('copy-hint')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenLastCalledWith(
      (screen.getByRole('textbox', { name: /Embed in a slide/ }) as HTMLTextAreaElement).value,
    );
    await waitFor(() => expect(status).toHaveTextContent('Embed code copied'));
  });

  it('without a clipboard API, selects the link and shows "Press Ctrl+C"', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    setClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = linkField();
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByTestId('copy-hint')).toHaveTextContent(/Ctrl\+C/);
    expect(field).toHaveAccessibleDescription(/Ctrl\+C/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Ctrl\+C/));
  });

  it('when the clipboard refuses, falls back the same way for the embed code', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    setClipboard({ writeText: () => Promise.reject(new Error('denied')) });
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    const code = screen.getByRole('textbox', { name: /Embed in a slide/ }) as HTMLTextAreaElement;
    expect(code).toHaveFocus();
    expect(code.selectionEnd).toBe(code.value.length);
    expect(screen.getByTestId('copy-hint')).toHaveTextContent(/Ctrl\+C/);
  });

  it('the iframe snippet embeds the link and escapes a title with "<&>', async () => {
    const base = fakeScene.strings.en!;
    const strings = {
      ...base,
      title: { patient: 'Say "hi" <b>&</b>', clinician: 'Clinical "x" <&>' },
    };
    const { user } = setup('?scene=ssri', strings);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const code = () =>
      (screen.getByRole('textbox', { name: /Embed in a slide/ }) as HTMLTextAreaElement).value;
    expect(code()).toContain(
      'title="Say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt; · How treatments work"',
    );
    expect(code()).not.toMatch(/title="[^"]*[<>]/);
    const box = document.createElement('div');
    box.innerHTML = code();
    const frame = box.querySelector('iframe')!;
    expect(frame.getAttribute('title')).toBe('Say "hi" <b>&</b> · How treatments work');
    // The embed code always opens the embedded view, with the link's other choices.
    const src = new URL(frame.getAttribute('src')!);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('scene')).toBe('ssri');
    expect(frame.getAttribute('width')).toBe('960');
    expect(frame.getAttribute('height')).toBe('600');
    await user.click(screen.getByRole('radio', { name: 'Clinician' }));
    expect(code()).toContain('title="Clinical &quot;x&quot; &lt;&amp;&gt; · How treatments work"');
  });
});
