import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SceneView from '../../src/lib/ui/SceneView.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from '../lib/fake-scene';

function open(search: string) {
  history.replaceState(null, '', `/${search}`);
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  render(SceneView, { def: fakeScene, shell, search });
  return shell;
}

const live = () => screen.getByTestId('describer');

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the describer', () => {
  it('is a polite live region, silent on the first picture', () => {
    open('?scene=ssri');
    expect(live()).toHaveAttribute('aria-live', 'polite');
    expect(live().textContent).toBe('');
  });

  it('says the new step and what the readouts mean now, in the current vocabulary', async () => {
    const shell = open('?scene=ssri');
    await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    // Step two is at t = 4, where x = 4: above the edge at 2.
    expect(live().textContent).toBe('Plain step two. The amount is high: 4.0 times baseline.');
    shell.setVocab('clinician');
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(live().textContent).toBe('Clinical step one. X is low (0.0 times baseline).');
  });

  it('says what a parameter change did, from the readouts', async () => {
    open('?scene=ssri&step=2');
    // Switching "on" makes x grow at `level` per unit: x = 6 * 4 at t = 4, still high.
    await fireEvent.click(screen.getByRole('switch', { name: /Switch it on/ }));
    expect(live().textContent).toMatch(/^The amount is high: \d+ times baseline\.$/);
    expect(live().textContent).not.toContain('4.0 times');
  });
});
