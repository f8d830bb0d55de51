// Test files share a worker (vitest.config.ts: isolate: false), so what one file's libraries put
// on globalThis must not reach the next file. zod keeps its configuration there, and
// playwright-core's own copy of zod sets English default messages in it as soon as a browser test
// builds a schema. The plan loader no longer depends on it (it words every issue zod leaves
// unworded itself), but other schemas and their tests should not inherit another file's settings.
// Each file starts with zod's configuration as a fresh process has it (empty; the object itself
// is kept, as zod holds on to it).
const zod = (globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig;
if (zod !== undefined) for (const key of Object.keys(zod)) delete zod[key];
