import { it } from 'vitest';
import { model, DRUGS } from '../../src/models/ssri';
import { simulateSeries } from '../../src/models/simulate';
it('probe', () => {
  const lines: string[] = [];
  for (const [drug, d] of Object.entries(DRUGS)) {
   for (const dose of [d.minMg, d.defaultMg, d.maxMg])
   for (const prof of [{}, {pindolol:true}, {profile:'nonresponder'}, {profile:'nonresponder', block2a7:true}]) {
    const p = { ...model.defaults, drug, dose, ...prof } as any;
    const s = simulateSeries(model, p, model.readoutNames, 1/24);
    const out: string[] = [];
    for (const n of ['occupancy','serotonin','brake','activity','relief','firing']) {
      let maxR = 0;
      for (let d = 5; d < 55; d++) {
        const seg = Array.from(s.values[n]!.slice(d*24, d*24+25));
        const r = Math.max(...seg) - Math.min(...seg);
        if (r > maxR) { maxR = r; }
      }
      const tail = Array.from(s.values[n]!.slice(40*24));
      out.push(`${n.slice(0,4)}:${maxR.toFixed(3)}[${Math.min(...tail).toFixed(2)}-${Math.max(...tail).toFixed(2)}]`);
    }
    lines.push(`${drug} ${dose} ${JSON.stringify(prof)} ${out.join(' ')}`);
   }
  }
  require('fs').writeFileSync('/tmp/ssri-scratch/ripple.txt', lines.join('\n'));
});
