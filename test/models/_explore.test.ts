import { it } from 'vitest';
import { model, DRUGS, type SsriParams } from '../../src/models/ssri';
type R = ReturnType<typeof model.readouts>;
function trace(p: SsriParams, days: number): R[] {
  let s = model.init(p, 1);
  const out: R[] = [model.readouts(s, p)];
  for (let i = 1; i <= days * 24; i++) { s = model.step(s, p, 1 / 24); out.push(model.readouts(s, p)); }
  return out;
}
const mean = (tr: R[], a: number, b: number, k: string) => { let m = 0, n = 0; for (let i = a * 24 + 1; i <= b * 24; i++) { m += tr[i]![k]!; n++; } return m / n; };
const f = (x: number) => x.toFixed(3);
it('explore', () => {
  for (const drug of Object.keys(DRUGS) as (keyof typeof DRUGS)[]) {
    for (const dose of [DRUGS[drug].minMg, DRUGS[drug].defaultMg, DRUGS[drug].maxMg, DRUGS[drug].defaultMg*4]) {
    const p: SsriParams = { drug, dose, profile: 'typical', block2a7: false, pindolol: false };
    const tr = trace(p, 56);
    const tp = trace({ ...p, pindolol: true }, 3);
    const occ = tr.slice(27 * 24 + 1, 28 * 24 + 1).map((r) => r.occupancy);
    const ac = mean(tr, 1, 2, 'serotonin'), ch = mean(tr, 20, 21, 'serotonin');
    console.log(drug.padEnd(12), String(dose).padStart(3), 'occ28', f(mean(tr, 27, 28, 'occupancy')), f(Math.min(...occ)), f(Math.max(...occ)), 'occ3', f(mean(tr, 2, 3, 'occupancy')),
      'C1-2', f(ac), 'C21', f(ch), 'ratio', f(ch / ac), 'F1-2', f(mean(tr, 1, 2, 'firing')), 'F21', f(mean(tr, 20, 21, 'firing')),
      'pind', f((mean(tp, 1, 2, 'serotonin') - 1) / (ac - 1)), 'rel7/14/42/56', [7, 14, 42, 56].map((d) => f(tr[d * 24]!.relief)).join(' '));
    }
  }
});
it('single', () => {
  for (const drug of ['escitalopram', 'sertraline', 'citalopram', 'paroxetine'] as const) {
    const p: SsriParams = { drug, dose: DRUGS[drug].defaultMg, profile: 'typical', block2a7: false, pindolol: false };
    const q = { ...p, dose: 0 };
    let s = model.init(p, 1);
    const occ: number[] = [0];
    for (let i = 1; i <= 48; i++) { s = model.step(s, q, 1 / 24); occ.push(model.readouts(s, q).occupancy); }
    console.log('SINGLE', drug, [2,4,6,8,12,24,48].map(h => h + 'h=' + occ[h]!.toFixed(3)).join(' '));
  }
});
