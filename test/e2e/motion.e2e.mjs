/**
 * Reduced motion asked for in the link (`motion=reduced`), in a real browser (issue 8): nothing
 * on the page moves by itself, on any step of any scene. The suite is test/keys/motion-suite.mjs;
 * motion-system.e2e.mjs runs it under the system setting (prefers-reduced-motion: reduce).
 */
import { motionSuite } from '../keys/motion-suite.mjs';

await motionSuite(
  { name: 'motion=reduced in the link', query: '&motion=reduced', reducedMotion: 'no-preference' },
  { withPlay: true },
);
