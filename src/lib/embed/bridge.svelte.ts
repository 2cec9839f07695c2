/**
 * The embed API (shared/DESIGN.md, "Embedding"): placeholder, filled in by the issue 7 work.
 * Called once from SceneView's initialisation.
 */
import type { Readouts } from '../../models/types';
import type { SceneController } from '../scene.svelte';

export function connectEmbed(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctrl: SceneController<any, any>,
  readouts: () => Readouts,
): void {
  void ctrl;
  void readouts;
}
