import { it } from 'vitest';
import { model, type OpioidParams } from '../../src/models/opioid';
import { simulateSeries, simulateAt } from '../../src/models/simulate';
import { story } from '../../src/scenes/opioid/story';
const N = ['receptors','tolerance','withdrawal','reward','doseEffect'];
it('print', () => {
  const D: OpioidParams = { useDays: 28, pattern: 'daily', naloxone: false };
  const times = story.map(s => s.t);
  for (const s of story) {
    const r = simulateAt(model, {...D, ...s.params} as OpioidParams, N, [s.t]);
    console.log(s.id, s.t.toFixed(3), N.map(n => n + '=' + r.values[n]![0]!.toFixed(3)).join(' '));
  }
  for (const p of [D, {...D, pattern:'continuous'}, {...D, naloxone:true}, {...D, useDays:60}, {...D, useDays: 3}] as OpioidParams[]) {
    const s = simulateSeries(model, p, N, 1/24);
    console.log('---', JSON.stringify(p));
    for (let d = 0; d < 120; d += 1) {
      const i0 = d*24, i1 = d*24+24;
      const row = N.map(n => { const a = Array.from(s.values[n]!.slice(i0, i1)); return n.slice(0,4)+' '+Math.min(...a).toFixed(2)+'-'+Math.max(...a).toFixed(2); });
      if (d < 50 || d % 5 === 0) console.log(d, row.join(' | '));
    }
  }
});
