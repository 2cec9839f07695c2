/**
 * Draws the serotonin swarm on the canvas layer, in viewBox units under the same camera as the
 * SVG, plus three quiet event marks: a ring where a vesicle just fused, a glow in a pump that
 * just took a molecule in, and a soft ring on a receptor while serotonin sits in it.
 */
import {
  CAPACITY,
  DEAD,
  MOLECULE_R,
  UPTAKE,
  moleculeAlpha,
  type Swarm,
} from '../../../models/particles';
import type { Camera } from '../../../lib/stage/camera';
import { beginFrame, type Viewport } from '../../../lib/stage/viewport';
import { SERT, SEROTONIN, SEROTONIN_EDGE } from './palette';

const BURST_MARK_S = 0.8; // how long a fusion ring shows, s
const PUMP_MARK_S = 0.6;

export function drawSwarm(
  ctx: CanvasRenderingContext2D,
  sw: Swarm,
  vp: Viewport,
  cam: Camera,
): void {
  beginFrame(ctx, vp, cam);

  ctx.lineWidth = 3;
  sw.layout.releaseSites.forEach((site, s) => {
    const t = (sw.burstAge[s] ?? 99) / BURST_MARK_S;
    if (t >= 1) return;
    ctx.globalAlpha = 0.45 * (1 - t);
    ctx.strokeStyle = SEROTONIN;
    ctx.beginPath();
    ctx.ellipse(site.x, site.y, 16 + 46 * t, 6 + 22 * t, 0, 0, Math.PI);
    ctx.stroke();
  });
  sw.layout.pumps.forEach((p, i) => {
    const t = (sw.pumpAge[i] ?? 99) / PUMP_MARK_S;
    if (t >= 1) return;
    ctx.globalAlpha = 0.35 * (1 - t);
    ctx.fillStyle = SERT;
    ctx.beginPath();
    ctx.arc(p.x, p.y - 10, 26, 0, Math.PI * 2);
    ctx.fill();
  });
  ctx.strokeStyle = SEROTONIN;
  sw.layout.receptors.forEach((r, i) => {
    if (sw.holder[i] === -1) return;
    ctx.globalAlpha = 0.5;
    ctx.beginPath();
    ctx.arc(r.x, r.y, MOLECULE_R + 9, 0, Math.PI * 2);
    ctx.stroke();
  });

  ctx.lineWidth = 2.5;
  ctx.fillStyle = SEROTONIN;
  ctx.strokeStyle = SEROTONIN_EDGE;
  for (let i = 0; i < CAPACITY; i++) {
    if (sw.state[i] === DEAD) continue;
    const a = moleculeAlpha(sw, i);
    if (a <= 0.01) continue;
    ctx.globalAlpha = a;
    // shrinks as a pump pulls it in, so it reads as going inside rather than sitting on top
    const r = sw.state[i] === UPTAKE ? MOLECULE_R * (0.4 + 0.6 * a) : MOLECULE_R;
    ctx.beginPath();
    ctx.arc(sw.x[i]!, sw.y[i]!, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
