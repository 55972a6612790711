'use strict';
// JMH's average-time mode, by hand: an iteration calls the operation until its time is up (at least once) and reports
// the mean time per call; work before each call (beforeEach) is not timed, as with JMH's @Setup(Level.Invocation).

const VERSIONS = {
  sequelize: require('sequelize/package.json').version,
  pg: require('pg/package.json').version,
};

async function iteration(trial, contender, seconds) {
  const limit = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  let spent = 0n;
  let calls = 0;
  do {
    if (contender.beforeEach) await contender.beforeEach(trial);
    const start = process.hrtime.bigint();
    await contender.op(trial);
    spent += process.hrtime.bigint() - start;
    calls++;
  } while (process.hrtime.bigint() < limit);
  return Number(spent) / 1e6 / calls;
}

/** Warm-up iterations, then measured ones; returns the measured iterations' ms per call. */
async function measure(trial, contender, settings, log) {
  for (let i = 1; i <= settings.warmups; i++) {
    log(`warm-up ${i}: ${(await iteration(trial, contender, settings.warmupTime)).toFixed(3)} ms/op`);
  }
  const times = [];
  for (let i = 1; i <= settings.iterations; i++) {
    times.push(await iteration(trial, contender, settings.time));
    log(`iteration ${i}: ${times[times.length - 1].toFixed(3)} ms/op`);
  }
  return times;
}

/** One entry of JMH's JSON result format: the fields Report.java reads, and the settings for whoever reads it. */
function jmhEntry(benchmark, times, settings) {
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    jmhVersion: `none: junction-bench/sequelize, sequelize ${VERSIONS.sequelize}, pg ${VERSIONS.pg}`,
    benchmark,
    mode: 'avgt',
    threads: 1,
    forks: 1,
    jvm: process.execPath,
    vmName: 'node',
    vmVersion: process.version,
    warmupIterations: settings.warmups,
    warmupTime: `${settings.warmupTime} s`,
    measurementIterations: settings.iterations,
    measurementTime: `${settings.time} s`,
    params: { db: 'postgresql' },
    primaryMetric: {
      score: mean,
      scoreError: 'NaN',
      scoreUnit: 'ms/op',
      rawData: [times],
    },
    secondaryMetrics: {},
  };
}

module.exports = { measure, jmhEntry };
