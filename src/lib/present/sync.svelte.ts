/**
 * Keeps the audience window and the presenter's view on the same step (BroadcastChannel):
 * placeholder, filled in by the issue 7 work. Called once from SceneView's initialisation.
 */
import type { SceneController } from '../scene.svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function joinPresentation(ctrl: SceneController<any, any>): void {
  void ctrl;
}
