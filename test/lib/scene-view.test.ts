import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import SceneView from '../../src/lib/ui/SceneView.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from './fake-scene';
import type { AnySceneDef } from '../../src/scenes/types';
import type { Readouts } from '../../src/models/types';

function open(search: string, def: AnySceneDef = fakeScene) {
  history.replaceState(null, '', `/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  render(SceneView, { def, shell, search });
  return shell;
}

/** The fake scene with a callout: shown once x has more than doubled since t = 2. */
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

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('SceneView', () => {
  it('shows the step text and every readout with its number in the DOM', () => {
    open('?scene=ssri&t=2&on=1&level=3');
    expect(screen.getByRole('heading', { name: 'Plain step one' })).toBeInTheDocument();
    const x = document.querySelector('[data-readout="x"]')!;
    expect(Number(x.getAttribute('data-value'))).toBeCloseTo(6, 6);
    expect(x).toHaveTextContent('How much');
    expect(x).toHaveTextContent('6.0 × baseline');
    const t = document.querySelector('[data-readout="t"]')!;
    expect(Number(t.getAttribute('data-value'))).toBeCloseTo(2, 6);
  });

  it('generates a labelled control for every param from its spec', () => {
    open('?scene=ssri');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Amount' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Switch it on/ })).toBeInTheDocument();
  });

  it('switching to clinician words changes labels, story text and the URL', async () => {
    open('?scene=ssri');
    await fireEvent.click(screen.getByRole('radio', { name: /Clinician/ }));
    expect(screen.getByRole('heading', { name: 'Clinical step one' })).toBeInTheDocument();
    expect(screen.getByText('Point A')).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Level' })).toBeInTheDocument();
    expect(location.search).toContain('vocab=clinician');
    expect(JSON.parse(localStorage.getItem('htw.prefs.v1')!)).toMatchObject({ vocab: 'clinician' });
  });

  it('next step applies the step params and t, and the URL follows', async () => {
    open('?scene=ssri');
    await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 2 of 2');
    const q = new URLSearchParams(location.search);
    expect(q.get('step')).toBe('2');
    expect(q.get('t')).toBe('4');
    expect(q.get('mode')).toBe('b');
    expect(q.get('level')).toBe('7');
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });

  it('keyboard: arrows, Home and End move through the story; keys in a slider do not', async () => {
    open('?scene=ssri');
    await fireEvent.keyDown(window, { key: 'End' });
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 2 of 2');
    await fireEvent.keyDown(window, { key: 'PageUp' });
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
    await fireEvent.keyDown(screen.getByRole('slider', { name: 'Amount' }), { key: 'ArrowRight' });
    expect(screen.getByTestId('step-count')).toHaveTextContent('Step 1 of 2');
  });

  it('Space toggles play and the play button says what it will do', async () => {
    open('?scene=ssri');
    expect(screen.getByTestId('play')).toHaveAccessibleName('Play');
    await fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByTestId('play')).toHaveAccessibleName('Pause');
    expect(location.search).toContain('play=1');
  });

  it('a changed dependent choice moves the number to its new range', async () => {
    open('?scene=ssri&level=2');
    await fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), {
      target: { value: 'b' },
    });
    expect(new URLSearchParams(location.search).get('level')).toBe('6');
  });

  it('hostile values are corrected and reported as text, never markup', () => {
    const shell = open('?scene=ssri&level=<img src=x onerror=alert(1)>&t=1e308&step=-4');
    expect(shell.corrections.map((c) => c.key).sort()).toEqual(['level', 'step', 't']);
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows how to get help now, with the clinic number from the link or the generic words', () => {
    open('?scene=ssri&helpline=0800%20111%200111');
    const help = screen.getByTestId('help-now');
    expect(help).toHaveTextContent('If thoughts of suicide or self-harm come, call 0800 111 0111');
    expect(help).toHaveTextContent(/feel worse in the first weeks[^.]*tell your prescriber/);
    expect(location.search).toContain('helpline=0800+111+0111');
    cleanup();
    open('?scene=ssri');
    expect(screen.getByTestId('help-now')).toHaveTextContent(
      'call your local emergency number or a crisis line now',
    );
    cleanup();
    const shell = open('?scene=ssri&helpline=<b>call</b>');
    expect(shell.corrections.map((c) => c.key)).toEqual(['helpline']);
    expect(screen.getByTestId('help-now')).toHaveTextContent('your local emergency number');
    expect(document.querySelector('b')).toBeNull();
  });

  it("an opioid scene's help line is about an overdose: emergency number, naloxone, stay", () => {
    open('?scene=ssri&helpline=988', { ...fakeScene, help: 'opioid' });
    expect(screen.getByTestId('help-now')).toHaveTextContent(
      'If someone may have overdosed: call your local emergency number or 988, give naloxone',
    );
  });

  it('the stage alternative states the current readouts in words', () => {
    open('?scene=ssri&t=2&on=1&level=3');
    expect(screen.getByTestId('stage-alt')).toHaveTextContent(
      'At day 2 the amount is 6.0 times baseline.',
    );
  });

  it('shows a callout only while it applies, compared with the readouts at its reference time', () => {
    open('?scene=ssri&t=3&on=1&level=1', withCallout);
    expect(screen.queryByTestId('callout')).toBeNull(); // x = 3 vs 2 at t = 2
    cleanup();
    open('?scene=ssri&t=5&vocab=patient&on=1&level=1', withCallout);
    expect(screen.getByTestId('callout')).toHaveTextContent('Now 2.5 times as much.');
    expect(screen.getByRole('note')).toBe(screen.getByTestId('callout'));
  });
});
