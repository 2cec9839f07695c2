/**
 * Model cost per frame (shared/DESIGN.md, "Performance rules" and "Who owns time"): for every
 * built scene in the registry,
 *   - one clinical step (model.step at maxStep) from a mid-timeline state, with the default params
 *     and with the params of the story step nearest mid-timeline (a drug on board);
 *   - one molecular frame (the scene's swarm, 1/60 s) in steady state;
 *   - the model work of one frame at normal speed: the clinical steps a frame needs
 *     (the most clinical time one 1/60 s frame covers anywhere on the scene's time axis, over
 *     maxStep, rounded up, at least 1), one readouts() for the snapshot,
 *     and one swarm frame. Target: well under 1 ms;
 *   - the whole timeline from t = 0 at maxStep (what the runner replays when the viewer seeks
 *     backwards). Target: under 100 ms (it was a timed unit test until issue 16; timings belong
 *     here, where a busy machine cannot fail CI).
 *
 * Run: npm run bench:models
 *      npx vitest bench --run --project unit --outputJson test/bench/results/models.json (JSON too)
 * Benchmarks report; they never fail on time (no timed unit tests).
 */
import { bench, describe } from 'vitest';
import { defaultParams, resolveParams } from '../../src/lib/params';
import { makeTimeAxis } from '../../src/lib/timeaxis';
import {
  advanceSwarm,
  countAlive,
  createSwarm,
  stepSwarm,
  type ReceptorKind,
  type SwarmInputs,
} from '../../src/models/particles';
import { runSteps, stepsTo } from '../../src/models/simulate';
import type { ParamValues, Readouts, SceneId } from '../../src/models/types';
import { SCENES } from '../../src/scenes/registry';
import { receptorSpots, swarmLayout } from '../../src/scenes/ssri/stage/geometry';
import type { AnySceneDef } from '../../src/scenes/types';

/** One frame at 60 Hz, real seconds. */
const FRAME_S = 1 / 60;

/**
 * Each scene's molecular layer, set up as its stage does: returns one frame's work. Scenes
 * without an entry here have no swarm yet (their frame is clinical steps only).
 */
const MOLECULAR: Partial<Record<SceneId, (r: Readouts, p: ParamValues) => () => void>> = {
  ssri(r, p) {
    // As src/scenes/ssri/Stage.svelte and stage/SwarmCanvas.svelte do.
    const layout = swarmLayout(receptorSpots(p.profile === 'nonresponder'));
    const inputs: SwarmInputs = {
      occupancy: r.occupancy ?? 0,
      serotonin: r.serotonin ?? 1,
      firing: r.firing ?? 1,
      blockedKinds: [
        ...(p.block2a7 ? ['r2a', 'r7'] : []),
        ...(p.pindolol ? ['auto'] : []),
      ] as ReceptorKind[],
    };
    const swarm = createSwarm(20240611, layout);
    advanceSwarm(swarm, inputs, 24); // the stage's warm start: steady state
    if (countAlive(swarm) === 0) throw new Error('ssri swarm is empty after the warm start');
    return () => stepSwarm(swarm, inputs, FRAME_S);
  },
};

interface Case {
  label: string;
  params: ParamValues;
}

const built: { id: SceneId; def: AnySceneDef }[] = [];
for (const s of SCENES) if (s.load) built.push({ id: s.id, def: await s.load() });
if (built.length === 0) throw new Error('no built scene in src/scenes/registry.ts');

for (const { id, def } of built) {
  const { model } = def;
  const mid = model.duration / 2;
  const midSteps = stepsTo(model, mid);
  const defaults = defaultParams(model);
  // The story step nearest mid-timeline: a realistic treated state (e.g. a drug on board).
  const storyStep = [...def.story].sort((a, b) => Math.abs(a.t - mid) - Math.abs(b.t - mid))[0];
  const cases: Case[] = [{ label: 'default params', params: defaults }];
  if (storyStep) {
    cases.push({
      label: `story step "${storyStep.id}" params`,
      params: resolveParams(model, defaults, storyStep.params).params,
    });
  }
  const axis = makeTimeAxis(def.timeAxis, model.duration, model.maxStep);
  let mostPerFrame = 0;
  for (let i = 0; i < 100; i++) {
    const from = (model.duration * i) / 100;
    mostPerFrame = Math.max(mostPerFrame, axis.advance(from, FRAME_S) - from);
  }
  const stepsPerFrame = Math.max(1, Math.ceil(mostPerFrame / model.maxStep));
  const t = `t=${mid} ${model.timeUnit}s`;

  describe(`${id}, whole timeline`, () => {
    bench(
      `seek replay: ${stepsTo(model, model.duration)} steps from t = 0; whole-run target < 100 ms`,
      () => {
        runSteps(model, defaults, stepsTo(model, model.duration));
      },
    );
  });

  for (const c of cases) {
    const p = c.params;
    const state = runSteps(model, p, midSteps);
    const readouts = model.readouts(state, p);
    const swarmFrame = MOLECULAR[id]?.(readouts, p);

    describe(`${id}, ${c.label}, ${t}`, () => {
      bench(`clinical step (dt = maxStep = ${+model.maxStep.toFixed(4)} ${model.timeUnit})`, () => {
        model.step(state, p, model.maxStep);
      });

      if (swarmFrame) bench('molecular frame (swarm, dt 1/60 s)', swarmFrame);

      bench(
        `model work of one frame (${stepsPerFrame} clinical step${stepsPerFrame > 1 ? 's' : ''}` +
          ` + readouts${swarmFrame ? ' + swarm frame' : ''}; target < 1 ms)`,
        () => {
          let s = state;
          for (let i = 0; i < stepsPerFrame; i++) s = model.step(s, p, model.maxStep);
          model.readouts(s, p);
          swarmFrame?.();
        },
      );
    });
  }
}
