/**
 * Headlines no bigger than their evidence (issue 17), in both languages: a finding from rats says
 * "in rats" in its title; what is inferred from blood says "probably"; the home page calls the
 * fertilizer story what it is, a leading idea. (Each scene's own test checks that animal and cell
 * findings are labelled in the step text.)
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { es } from '../../src/lib/i18n/es';
import { scene as ketamine } from '../../src/scenes/ketamine/index';
import { strings as ketEn } from '../../src/scenes/ketamine/strings.en';
import { strings as ketEs } from '../../src/scenes/ketamine/strings.es';
import { strings as bdnfEn } from '../../src/scenes/bdnf/strings.en';
import { strings as bdnfEs } from '../../src/scenes/bdnf/strings.es';

describe('headlines no bigger than the evidence', () => {
  it('says "in rats" in the title of the 24-hour regrowth step', () => {
    expect(ketEn.steps.regrow?.patient.title).toMatch(/^In rats\b/);
    expect(ketEs.steps.regrow?.patient.title).toMatch(/^En ratas\b/);
  });

  it('says the brain has "probably" less fertilizer: the measurements are in blood', () => {
    expect(bdnfEn.steps.thinning?.patient.body).toMatch(/probably less of this fertilizer/);
    expect(bdnfEn.steps.thinning?.patient.body).toMatch(/blood/i);
    expect(bdnfEs.steps.thinning?.patient.body).toMatch(/probablemente hay menos de este abono/);
    expect(bdnfEn.paramHelp?.stress?.patient).toMatch(/probably/);
    expect(bdnfEs.paramHelp?.stress?.patient).toMatch(/probablemente/);
  });

  it('says the "10 of 11 within four hours" study was open-label, beside the randomised result', () => {
    expect(ketEn.steps.early?.patient.body).toMatch(/everyone knew they had ketamine, 10 of 11/);
    expect(ketEn.steps.early?.patient.body).toMatch(/compared it with a dummy drip/);
    expect(ketEs.steps.early?.patient.body).toMatch(/todos sabían que recibían ketamina, 10 de 11/);
    expect(ketEn.steps.early?.clinician.body).toMatch(/open-label .*10 of 11.*randomised/s);
    expect(ketEs.steps.early?.clinician.body).toMatch(/estudio abierto .*10 de 11.*aleatorizado/s);
  });

  it('never points to a relief line the ketamine chart does not draw', () => {
    expect(ketamine.chartReadouts).not.toContain('relief');
    for (const strings of [ketEn, ketEs]) {
      const all = JSON.stringify(strings.steps);
      expect(all).not.toMatch(/relief (line|curve)|(línea|curva) de alivio/i);
    }
  });

  it('calls thinning and regrowing branches a leading idea on the home page', () => {
    expect(en.scenes.bdnf.blurb).toMatch(/A leading idea: they thin in depression/);
    expect(es.scenes.bdnf.blurb).toMatch(/Una idea destacada: se adelgazan/);
  });
});

/** Every patient-vocabulary string of every scene's words, English and Spanish. */
const modules = import.meta.glob<{ strings: Record<string, unknown> }>(
  '../../src/scenes/*/strings.*.ts',
  { eager: true },
);
function patientWords(node: unknown, out: string[] = [], inPatient = false): string[] {
  if (typeof node === 'string') {
    if (inPatient) out.push(node);
  } else if (Array.isArray(node)) {
    for (const n of node) patientWords(n, out, inPatient);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) patientWords(v, out, inPatient || k === 'patient');
  }
  return out;
}

describe('patient words', () => {
  const files = Object.entries(modules);

  it('reads the words of every scene in both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s: no "calming blocker" and no "non-responder"', (_file, mod) => {
    const words = patientWords(mod.strings);
    expect(words.length).toBeGreaterThan(20);
    for (const w of words) {
      expect(w).not.toMatch(/calming blocker|bloqueador calmante/i);
      expect(w).not.toMatch(/non-?responder|sin respuesta\)/i);
    }
  });
});

describe('Spanish terms a Spanish-speaking clinician expects', () => {
  const es = Object.entries(modules)
    .filter(([file]) => file.endsWith('.es.ts'))
    .map(([, mod]) => JSON.stringify(mod.strings))
    .join(' ');

  it('reads the Spanish words of every scene', () => {
    expect(es.length).toBeGreaterThan(10_000);
  });

  it('says "semivida", "espray nasal", "activación postsináptica" and "Imagínelos como"', () => {
    expect(es).not.toMatch(/tiempo medio|aerosol|impulso postsináptico|Piense en ellos/i);
    expect(es).toMatch(/semivida/);
    expect(es).toMatch(/espray nasal/);
    expect(es).toMatch(/Activación postsináptica/);
    expect(es).toMatch(/Imagínelos como un termostato/);
  });
});
