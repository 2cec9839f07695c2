/**
 * A scene's callout compares the readouts now with those at its reference time (the opioid
 * scene: the hour before stopping). One place computes that reference, for the scene view and
 * for the handout.
 */
import { runSteps, stepsTo } from '../models/simulate';
import type { ParamValues, Readouts, SceneModel } from '../models/types';
import type { Callout } from '../scenes/types';

/** The readouts at the callout's reference time, with these params (from t = 0). */
export function calloutReference<P extends ParamValues, S>(
  model: SceneModel<P, S>,
  callout: Callout<P>,
  params: P,
): Readouts {
  return model.readouts(
    runSteps(model, params, stepsTo(model, callout.referenceT(params))),
    params,
  );
}
