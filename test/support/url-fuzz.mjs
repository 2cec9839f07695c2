/**
 * The URL fuzz's generators and oracle, shared by the pure test (test/lib/url-fuzz.test.ts: the
 * app's URL parsers against the README for thousands of queries, in node) and the browser test
 * (test/e2e/fuzz.e2e.mjs: the built app in Chromium for the hand-written hostile URLs and a
 * seeded sample of the generated ones).
 *
 * The oracle reads only the README ("URL parameters"), never the app's code: per known key a
 * verdict of 'valid' (an exact README value), 'invalid' (clearly not allowed: must be corrected)
 * or 'unsure' (the app may reasonably accept it, e.g. "1.0" for speed 1 or "on" for a toggle).
 */
import fc from 'fast-check';

/** The fuzz's fixed seed (FUZZ_SEED overrides it); printed by both tests. */
export const SEED = Number(globalThis.process?.env?.FUZZ_SEED ?? 20260611);

/** Built scenes and what their URL keys accept (README, "URL parameters"). */
export const SCENE_KEYS = {
  ssri: {
    duration: 56,
    choices: {
      drug: ['none', 'citalopram', 'escitalopram', 'sertraline', 'fluoxetine', 'paroxetine'],
      profile: ['typical', 'nonresponder'],
    },
    toggles: ['block2a7', 'pindolol'],
    /** Dose range and slider step per drug, mg/day (src/models/ssri.ts DRUGS; none: 0 only). */
    dose: {
      none: { min: 0, max: 0, step: 1 },
      citalopram: { min: 10, max: 40, step: 5 },
      escitalopram: { min: 5, max: 20, step: 5 },
      sertraline: { min: 25, max: 200, step: 25 },
      fluoxetine: { min: 10, max: 80, step: 10 },
      paroxetine: { min: 10, max: 50, step: 10 },
    },
  },
  ketamine: {
    duration: 336,
    choices: {},
    toggles: ['stress', 'rapamycin'],
    /** mg/kg over 40 min (src/models/ketamine.ts); 0 means no ketamine. */
    dose: { any: { min: 0, max: 1, step: 0.05 } },
  },
  bdnf: {
    duration: 84,
    choices: { treatment: ['none', 'ssri', 'snri', 'lithium', 'ect', 'tms', 'exercise'] },
    toggles: ['stress'],
    /** Day the treatment starts (src/models/bdnf.ts). */
    numbers: { startDay: { min: 0, max: 28, step: 1 } },
  },
  opioid: {
    duration: 120,
    choices: { pattern: ['daily', 'continuous'] },
    toggles: ['naloxone'],
    /** Days of regular use before stopping (src/models/opioid.ts). */
    numbers: { useDays: { min: 0, max: 60, step: 1 } },
  },
};
const SHELL_KEYS = ['scene', 'vocab', 'lang', 'play', 'speed', 'embed', 'contrast', 'motion'];
const SCENE_ONLY_KEYS = [
  'step',
  't',
  'drug',
  'dose',
  'profile',
  'block2a7',
  'pindolol',
  'stress',
  'rapamycin',
  'treatment',
  'startDay',
  'useDays',
  'pattern',
  'naloxone',
];
const KNOWN_KEYS = [...SHELL_KEYS, ...SCENE_ONLY_KEYS];

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '<iframe src=javascript:alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
];
const NUMBERS = ['1e308', '-1e308', '9999999999', '-9999999999', '1e-320', '-0', '0x10', '1_000'];
const NAN_INF = ['NaN', 'Infinity', '-Infinity', 'undefined', 'null'];
/** Names an object inherits: a lookup with `in` or `obj[key]` would wrongly accept them. */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'];
const UNICODE = [
  '😀',
  '👩🏽‍⚕️',
  '\u202Essri',
  'مرحبا',
  'עברית',
  'e\u0301\u0301\u0301',
  'ssri\u0301',
  '\u0000',
  'ssri\u0000',
  '\u200B',
  '\uFEFF1',
  'ｓｓｒｉ',
  '１',
];
/** Broken percent-encoding: only meaningful raw (un-encoded), where the browser keeps it as is. */
const PERCENT_JUNK = ['%E0%A4%A', '%', '%%', '%zz', '%C0%AF', '%FF%FE', '%00', '%2', '%E2%82'];
const BLANKS = ['', ' ', '  1  ', '\t', '+'];
const JUNK = [...PAYLOADS, ...NUMBERS, ...NAN_INF, ...INHERITED, ...UNICODE, ...BLANKS];

const UNKNOWN_KEYS = [
  'Scene',
  'STEP',
  'Dose',
  'x',
  'utm_source',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'scene ',
  ' scene',
  'scène',
  '',
];

// ----------------------------------------------------------------------------------------------
// The oracle: what the README says about a query string. Per known key a verdict of 'valid'
// (an exact README value), 'invalid' (clearly not allowed: must be corrected) or 'unsure' (the app
// may reasonably accept it, e.g. "1.0" for speed 1 or "on" for a toggle): unsure asserts nothing.
// ----------------------------------------------------------------------------------------------

/** Number from URL text; blank text is not a number. */
const num = (v) => (v.trim() === '' ? NaN : Number(v));
const DECIMAL = /^\d+(\.\d+)?$/;

function numberVerdict(v, ok) {
  const x = num(v);
  if (!Number.isFinite(x) || !ok(x)) return 'invalid';
  return DECIMAL.test(v) ? 'valid' : 'unsure';
}

function toggleVerdict(v) {
  if (/^(0|1|true|false)$/.test(v)) return 'valid';
  if (/^\s*(0|1|true|false|on|off|yes|no)\s*$/i.test(v)) return 'unsure';
  return 'invalid';
}

const oneOf = (v, valid, unsure = []) =>
  valid.includes(v) ? 'valid' : unsure.includes(v) ? 'unsure' : 'invalid';

/** Whether `dose` text is a valid dose for `drug` (README: the range follows the drug). */
function doseVerdictFor(v, r) {
  return numberVerdict(
    v,
    (x) =>
      x >= r.min &&
      x <= r.max &&
      Math.abs((x - r.min) / r.step - Math.round((x - r.min) / r.step)) < 1e-9,
  );
}

/**
 * The expectation for a query string (as the page saw it): which page shows, and whether the
 * notice must show (true), must not show (false) or either is fine (undefined). `steps` is the
 * story length per built scene, read from the app.
 */
export function expectFor(search, steps) {
  const q = new URLSearchParams(search);
  // Repeated keys: the last one wins.
  const last = (k) => {
    const all = q.getAll(k);
    return all.length ? all[all.length - 1] : null;
  };
  /** @type {Record<string, 'valid' | 'invalid' | 'unsure'>} */
  const verdicts = {};
  const sceneRaw = last('scene');
  const scene = sceneRaw !== null && Object.hasOwn(SCENE_KEYS, sceneRaw) ? sceneRaw : null;
  if (sceneRaw !== null) verdicts.scene = sceneRaw === '' ? 'unsure' : scene ? 'valid' : 'invalid';
  const shellRules = {
    vocab: (v) => oneOf(v, ['patient', 'clinician']),
    lang: (v) => oneOf(v, ['en', 'es']),
    play: toggleVerdict,
    embed: toggleVerdict,
    speed: (v) => numberVerdict(v, (x) => [0.5, 1, 2].includes(x)),
    contrast: (v) => oneOf(v, ['high'], ['normal']),
    motion: (v) => oneOf(v, ['reduced'], ['full']),
  };
  for (const [k, rule] of Object.entries(shellRules)) {
    const v = last(k);
    if (v !== null) verdicts[k] = rule(v);
  }
  // Step, t and model params only mean something on a built scene; elsewhere they are ignored.
  if (scene) {
    const spec = SCENE_KEYS[scene];
    const n = steps[scene];
    const step = last('step');
    if (step !== null) {
      verdicts.step = numberVerdict(step, (x) => Number.isInteger(x) && x >= 1 && x <= n);
    }
    const t = last('t');
    if (t !== null) verdicts.t = numberVerdict(t, (x) => x >= 0 && x <= spec.duration);
    for (const [k, options] of Object.entries(spec.choices)) {
      const v = last(k);
      if (v !== null) verdicts[k] = oneOf(v, options);
    }
    for (const k of spec.toggles) {
      const v = last(k);
      if (v !== null) verdicts[k] = toggleVerdict(v);
    }
    for (const [k, r] of Object.entries(spec.numbers ?? {})) {
      const v = last(k);
      if (v !== null) verdicts[k] = doseVerdictFor(v, r);
    }
    const dose = spec.dose ? last('dose') : null;
    if (dose !== null) {
      const drug = last('drug');
      // A valid drug in the URL fixes the range; otherwise the step's drug does, which the URL
      // does not say: then only a verdict that holds for every drug is certain. (Ketamine has
      // one range, keyed 'any'.)
      const candidates =
        drug !== null && Object.hasOwn(spec.dose, drug) ? [drug] : Object.keys(spec.dose);
      const all = new Set(candidates.map((d) => doseVerdictFor(dose, spec.dose[d])));
      verdicts.dose = all.size === 1 ? [...all][0] : 'unsure';
    }
  }
  const values = Object.values(verdicts);
  const notice = values.includes('invalid')
    ? true
    : values.every((v) => v === 'valid')
      ? false
      : undefined;
  return { page: scene ? 'scene' : 'home', scene, notice, verdicts };
}

// ----------------------------------------------------------------------------------------------
// Generators.
// ----------------------------------------------------------------------------------------------

const str = (arb) => arb.map(String);

/** Keys that take 0/1/true/false: the shell's and every scene's toggles. */
const TOGGLE_KEYS = new Set([
  'play',
  'embed',
  ...Object.values(SCENE_KEYS).flatMap((spec) => spec.toggles),
]);

/** Values the README allows for a known key, in one scene or the other. */
function validValue(key) {
  const s = SCENE_KEYS.ssri;
  const k = SCENE_KEYS.ketamine;
  if (TOGGLE_KEYS.has(key)) return fc.constantFrom('0', '1', 'true', 'false');
  switch (key) {
    case 'scene':
      return fc.constant('ssri');
    case 'step':
      return str(fc.integer({ min: 1, max: 10 }));
    case 'vocab':
      return fc.constantFrom('patient', 'clinician');
    case 'lang':
      return fc.constantFrom('en', 'es');
    case 't':
      return fc.oneof(
        str(fc.integer({ min: 0, max: s.duration })),
        str(fc.double({ min: 0, max: k.duration, noNaN: true })),
      );
    case 'speed':
      return fc.constantFrom('0.5', '1', '2');
    case 'contrast':
      return fc.constant('high');
    case 'motion':
      return fc.constant('reduced');
    case 'drug':
      return fc.constantFrom(...s.choices.drug);
    case 'treatment':
      return fc.constantFrom(...SCENE_KEYS.bdnf.choices.treatment);
    case 'startDay':
      return str(fc.integer({ min: 0, max: 28 }));
    case 'useDays':
      return str(fc.integer({ min: 0, max: 60 }));
    case 'pattern':
      return fc.constantFrom(...SCENE_KEYS.opioid.choices.pattern);
    case 'profile':
      return fc.constantFrom(...s.choices.profile);
    case 'dose':
      // On the grid of some drug's range: valid or not depending on the drug in force.
      return fc
        .tuple(fc.constantFrom(...Object.values(s.dose), k.dose.any), fc.nat(40))
        .map(([r, n]) => String(+Math.min(r.max, r.min + n * r.step).toFixed(2)));
    default:
      return fc.constant('1');
  }
}

/** Near misses: plausible text just outside what the README allows (or lenient spellings). */
function nearMiss(key) {
  if (TOGGLE_KEYS.has(key)) return fc.constantFrom('on', 'yes', 'TRUE', 'maybe', '2', '-1');
  switch (key) {
    case 'scene':
      return fc.constantFrom('opioids', 'nope', 'SSRI', 'ssri/', 'Ketamine');
    case 'step':
      return fc.constantFrom('0', '11', '-1', '2.5', '03', '1e1');
    case 'vocab':
      return fc.constantFrom('Patient', 'doctor');
    case 'lang':
      return fc.constantFrom('de', 'EN', 'en-US');
    case 't':
      return fc.constantFrom('-1', '57', '60', '337', '28.', '1e1', '0x1c');
    case 'speed':
      return fc.constantFrom('0', '-1', '3', '1.0', '.5', '1.5');
    case 'contrast':
      return fc.constantFrom('normal', 'low');
    case 'motion':
      return fc.constantFrom('full', 'none');
    case 'drug':
      return fc.constantFrom('prozac', 'Sertraline', 'ssri');
    case 'treatment':
      return fc.constantFrom('SSRI', 'therapy', 'rtms', 'none ');
    case 'startDay':
      return fc.constantFrom('-1', '29', '2.5', '7.0', '1e1');
    case 'useDays':
      return fc.constantFrom('-1', '61', '27.5', '28.0', '1e1', '0x1c');
    case 'pattern':
      return fc.constantFrom('Daily', 'weekly', 'continous', 'daily ');
    case 'profile':
      return fc.constantFrom('atypical', 'Typical');
    case 'dose':
      return fc.oneof(
        str(fc.integer({ min: -10, max: 260 })),
        str(fc.double({ min: 0, max: 200, noNaN: true })),
        fc.constantFrom('1.05', '0.03', '-0.05', '.5', '0.5.'),
      );
    default:
      return fc.constant('');
  }
}

const junkValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: str(fc.double()) },
  { weight: 1, arbitrary: str(fc.integer()) },
);

const unknownKey = fc.oneof(
  fc.constantFrom(...UNKNOWN_KEYS),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.string({ minLength: 1, maxLength: 8 }),
);

/** A value for a known key: mostly valid, sometimes a near miss, sometimes junk. */
const valueFor = (key) =>
  fc.oneof(
    { weight: 10, arbitrary: validValue(key) },
    { weight: 2, arbitrary: nearMiss(key) },
    { weight: 1, arbitrary: junkValue },
  );
const knownPair = fc
  .constantFrom(...KNOWN_KEYS)
  .chain((key) => fc.tuple(fc.constant(key), valueFor(key)));
const unknownPair = fc.tuple(unknownKey, fc.oneof(junkValue, fc.constantFrom('ssri', '1')));
const pair = fc.oneof({ weight: 4, arbitrary: knownPair }, { weight: 1, arbitrary: unknownPair });

/** Characters the browser's URL parser would strip or choke on when given raw. */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u001f\u007f]|[\uD800-\uDFFF]/;

const rawValue = fc.oneof(
  fc.constantFrom(...PERCENT_JUNK, ...PAYLOADS),
  junkValue.filter((v) => !RAW_UNSAFE.test(v)),
);

/**
 * A query: usually opens with scene=ssri (so scene keys are exercised), then random pairs, some
 * repeated, encoded with encodeURIComponent; a quarter are raw text with broken escapes.
 */
const sometimes = (arb, weight = 1) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight, arbitrary: arb });

/**
 * A query: usually opens with scene=ssri (so scene keys are exercised), then random pairs,
 * encoded with encodeURIComponent; sometimes a key repeated with different values (the last one
 * counts), sometimes raw text with broken escapes appended as is.
 */
export const queryArb = fc
  .record({
    lead: fc.constantFrom(
      'ssri',
      'ssri',
      'ketamine',
      'ketamine',
      'bdnf',
      'bdnf',
      'opioid',
      'opioid',
      null,
    ),
    pairs: fc.array(pair, { minLength: 0, maxLength: 5 }),
    repeat: sometimes(
      fc
        .constantFrom(...KNOWN_KEYS)
        .chain((k) => fc.tuple(fc.constant(k), valueFor(k), valueFor(k))),
      2,
    ),
    raw: sometimes(
      fc.array(fc.tuple(fc.constantFrom(...KNOWN_KEYS, 'x'), rawValue), {
        minLength: 1,
        maxLength: 2,
      }),
    ),
  })
  .map(({ lead, pairs, repeat, raw }) => {
    const enc = (s) => encodeURIComponent(s.toWellFormed());
    const parts = [];
    if (lead !== null) parts.push(`scene=${lead}`);
    for (const [k, v] of pairs) parts.push(`${enc(k)}=${enc(v)}`);
    if (repeat) {
      const [k, first, last] = repeat;
      parts.push(`${enc(k)}=${enc(first)}`, `${enc(k)}=${enc(last)}`);
    }
    if (raw) for (const [k, v] of raw) parts.push(`${k}=${v}`);
    return parts.join('&');
  });

/** Hand-written cases: each is a query string after `?` (raw, as typed into the address bar). */
export const FIXED = [
  'scene=ssri&drug=<img src=x onerror=alert(1)>',
  'scene=ssri&vocab="><svg onload=alert(1)>&dose=<script>alert(1)</script>',
  'scene=javascript:alert(1)',
  'scene=<script>alert(1)</script>',
  'scene=ssri&dose=%E0%A4%A&t=%',
  'scene=%&step=%',
  '%=%&&==&scene=ssri',
  'scene=ssri&step=3&step=abc',
  'scene=ssri&step=abc&step=3',
  'scene=nope&scene=ssri',
  'scene=ssri&scene=nope',
  'scene=ssri&dose=1e308&t=-1e308',
  'scene=ssri&t=9999999999&step=9999999999',
  'scene=ssri&t=NaN&dose=Infinity&speed=-Infinity',
  'scene=ssri&drug=sertraline&dose=50',
  'scene=ssri&drug=sertraline&dose=60',
  'scene=ssri&drug=none&dose=5',
  'scene=ssri&step=3&vocab=clinician&t=28&drug=citalopram&dose=20',
  'dose=abc&step=-1&t=x',
  'scene=ketamine&dose=abc',
  'scene=ketamine&dose=0.5&stress=1&rapamycin=0&t=0.45',
  'scene=ketamine&dose=0.53&t=337',
  'scene=ketamine&dose=-0.5&rapamycin=<img src=x onerror=alert(1)>',
  'scene=ketamine&drug=sertraline&profile=nonresponder',
  'scene=ssri&stress=maybe&rapamycin=1',
  'scene=bdnf&treatment=tms&startDay=14&t=84',
  'scene=bdnf&treatment=<script>alert(1)</script>&startDay=1e9',
  'scene=bdnf&treatment=psychotherapy&startDay=-3&t=85',
  'scene=bdnf&dose=0.5&rapamycin=1&drug=sertraline',
  'scene=opioid&useDays=60&pattern=continuous&naloxone=1&t=120',
  'scene=opioid&useDays=0&t=0',
  'scene=opioid&useDays=61&pattern=weekly&t=121',
  'scene=opioid&useDays=<img src=x onerror=alert(1)>&naloxone=maybe',
  'scene=opioid&useDays=1e308&t=-0&step=8',
  'scene=opioid&treatment=ssri&dose=0.5&startDay=3',
  'scene=&vocab=clinician',
  'scene=ssri&embed=1&play=1&speed=2',
  'scene=ssri&contrast=high&motion=reduced&play=1',
  'scene=ssri&%F0%9F%98%80=%F0%9F%98%80&%E2%80%AE=%E2%80%AE',
  'scene=ssri&profile=%00&drug=%00',
  'scene=ssri&block2a7=%CC%81&pindolol=%D8%B9',
  'scene=ssri#<img src=x onerror=alert(1)>',
  'scene=ssri&t=28#&t=abc',
  'scene=ssri&vocab=clin+ician',
  'scene=ssri&dose=%2B20&drug=citalopram',
  'scene=ssri&t=56&play=1',
  'scene=ssri&step=10&play=1&speed=2',
  '&&&==&',
  'scene=constructor',
  'scene=__proto__&vocab=toString',
  'scene=ssri&drug=constructor&dose=10&profile=__proto__&step=toString',
  `scene=ssri&drug=${'A'.repeat(5000)}`,
  `scene=${'<b>'.repeat(500)}`,
  `scene=ssri&${Array.from({ length: 300 }, (_, i) => `k${i}=${i}`).join('&')}`,
  `scene=ssri&${Array.from({ length: 50 }, (_, i) => `step=${i}`).join('&')}`,
];
