/**
 * Reduced motion asked for by the system (prefers-reduced-motion: reduce, no `motion` in the
 * link), in a real browser (issue 8): nothing on the page moves by itself on the first three steps
 * of every scene. motion.e2e.mjs checks every step with `motion=reduced`; both reach the same
 * switch (shell.reducedMotion). The suite is test/keys/motion-suite.mjs.
 */
import { motionSuite } from '../keys/motion-suite.mjs';

await motionSuite(
  { name: 'the system setting (prefers-reduced-motion)', query: '', reducedMotion: 'reduce' },
  { maxSteps: 3 },
);
