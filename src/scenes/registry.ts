/**
 * Every scene the app knows, in home-page order. Built scenes carry a loader (code-split:
 * a scene's code is fetched only when opened); unbuilt ones show on the home page, not clickable.
 * Benchmarks and tests iterate over this list.
 */
import type { SceneId } from '../models/types';
import type { AnySceneDef } from './types';

export interface SceneEntry {
  id: SceneId;
  load?: () => Promise<AnySceneDef>;
}

export const SCENES: readonly SceneEntry[] = [
  { id: 'ssri', load: () => import('./ssri/index').then((m) => m.scene) },
  { id: 'ketamine', load: () => import('./ketamine/index').then((m) => m.scene) },
  { id: 'bdnf', load: () => import('./bdnf/index').then((m) => m.scene) },
  { id: 'opioid', load: () => import('./opioid/index').then((m) => m.scene) },
];

export const BUILT: readonly SceneId[] = SCENES.filter((s) => s.load).map((s) => s.id);

export function entry(id: SceneId): SceneEntry | undefined {
  return SCENES.find((s) => s.id === id);
}
