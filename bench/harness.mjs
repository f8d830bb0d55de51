// What every benchmark shares: seeded data, a median-of-runs timer, the floor, and the report lines.

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
export function normal(rand) {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median time in ms of `repeats` runs of fn after one warm-up run. */
export function time(fn, repeats) {
  fn();
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Median times in ms of several functions measured in turns (a, b, a, b, …) after one warm-up
 * each, so that a shared, noisy machine slows them alike and their ratio stays meaningful.
 * `wall` is elapsed time; `cpu` is the process's CPU time (all its threads, so the garbage
 * collector's helpers count), which waiting for a core on a loaded machine does not inflate.
 */
export function timeInTurns(fns, repeats) {
  for (const fn of Object.values(fns)) fn();
  const wall = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < repeats; r++) {
    for (const [k, fn] of Object.entries(fns)) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      wall[k].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
    }
  }
  const medians = (times) => Object.fromEntries(Object.entries(times).map(([k, t]) => [k, median(t)]));
  return { wall: medians(wall), cpu: medians(cpu) };
}

/** I-chart data: x = 1..size, y standard normal. */
export function iChartRows(size, seed = 42) {
  const rand = random(seed);
  const data = new Array(size);
  for (let i = 0; i < size; i++) data[i] = { x: i + 1, y: normal(rand) };
  return data;
}

/**
 * The floor: the I chart's arithmetic (mean, moving ranges, limits, sigma signals, longest run,
 * crossings) as one typed-array loop per statistic, with nothing to check, sort or return.
 */
export function floorIChart(y) {
  const n = y.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += y[i];
  const cl = sum / n;
  let mr = 0;
  for (let i = 1; i < n; i++) mr += Math.abs(y[i] - y[i - 1]);
  const sigma = mr / (n - 1) / 1.128;
  const ucl = cl + 3 * sigma;
  const lcl = cl - 3 * sigma;
  let signals = 0;
  let longest = 0;
  let current = 0;
  let side = 0;
  let crossings = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] > ucl || y[i] < lcl) signals++;
    const s = Math.sign(y[i] - cl);
    if (s === 0) continue;
    if (s === side) current++;
    else {
      if (side !== 0) crossings++;
      side = s;
      current = 1;
    }
    if (current > longest) longest = current;
  }
  return signals + longest + crossings;
}

const results = [];

/** Prints one measurement beside its target ("≤" or "<"); `ok` is remembered for the summary. */
export function report(name, value, unit, target, comparison = "<") {
  const ok = comparison === "<" ? value < target : value <= target;
  results.push({ name, ok });
  const shown = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  console.log(`${name.padEnd(52)} ${(shown + " " + unit).padStart(12)}   target ${comparison} ${target} ${unit}  ${ok ? "ok" : "MISSED"}`);
  return ok;
}

/**
 * Prints how many targets were met. The exit code stays 0: `npm run bench` chains the benchmarks
 * with `&&`, and a missed target on a loaded machine should not hide the others.
 */
export function summary() {
  const missed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - missed.length} of ${results.length} targets met${missed.length ? `; missed: ${missed.map((r) => r.name.trim()).join("; ")}` : ""}`);
}
