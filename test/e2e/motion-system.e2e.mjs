/**
 * Reduced motion asked for by the system (prefers-reduced-motion: reduce, no `motion` in the
 * link), in a real browser (issue 8): nothing on the page moves by itself, on any step of any
 * scene. The suite is test/keys/motion-suite.mjs; motion.e2e.mjs runs it with `motion=reduced`.
 */
import { motionSuite } from '../keys/motion-suite.mjs';

await motionSuite({
  name: 'the system setting (prefers-reduced-motion)',
  query: '',
  reducedMotion: 'reduce',
});
