/**
 * A node:test reporter that writes one JSON array of every finished test: file, name, nesting,
 * duration and whether it passed. The e2e runner (test/e2e/run.mjs) gives it a file and prints
 * the slowest files and tests from it after the run, so where the time goes is in every CI log.
 */
export default async function* timings(source) {
  const rows = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const d = event.data;
    rows.push({
      file: d.file ?? '',
      name: d.name,
      nesting: d.nesting,
      ms: Math.round(d.details?.duration_ms ?? 0),
      ok: event.type === 'test:pass',
      // A describe block reports as a test of type 'suite'.
      suite: d.details?.type === 'suite',
    });
  }
  yield JSON.stringify(rows);
}
