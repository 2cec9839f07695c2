/** axe-core and stage-label contrast on every step of the bdnf scene (see lib/axe.mjs). */
import { sceneAxeSuite } from './lib/axe.mjs';

sceneAxeSuite('bdnf');
