#!/usr/bin/env node
'use strict';
// Sequelize 6 on PostgreSQL beside junction-bench's JMH workloads: the same tables, data and checks, each workload
// in Sequelize's own idiom (see lib/workloads.js), timed like JMH's average-time mode, written as a JMH JSON result
// file so that dev.junction.bench.Report pools it with the JMH files. junction-bench/run --sequelize runs it after
// each round's PostgreSQL trials.
//
//   node bench.js [--out FILE] [--warmups 3] [--warmup-time 1] [--iterations 3] [--time 1] [PATTERN...]
//
// A PATTERN is a JMH benchmark regex (what the run script passes JMH, e.g. dev\.junction\.bench\.W2); a workload runs
// when one matches dev.junction.bench.<Workload>.<contender>; none: every workload. Each trial (one contender of one
// workload) gets a schema of its own, seeded, dropped at the end. Exit status 1 when a check fails (a contender did
// less than the whole job) or anything else goes wrong; no result file is written then. No workload matching the
// patterns is not an error (the run script passes its JMH patterns as they are): the result file is an empty list.

const fs = require('node:fs');
const { serverConfig, openTrial, closeTrial } = require('./lib/database');
const { WORKLOADS } = require('./lib/workloads');
const { measure, jmhEntry } = require('./lib/measure');

function parseArgs(argv) {
  const settings = { warmups: 3, warmupTime: 1, iterations: 3, time: 1, out: null, patterns: [] };
  const numbers = { '--warmups': 'warmups', '--warmup-time': 'warmupTime', '--iterations': 'iterations', '--time': 'time' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') {
      settings.out = argv[++i];
    } else if (numbers[arg]) {
      const value = Number(argv[++i]);
      if (!(value > 0)) throw new Error(`${arg} needs a positive number`);
      settings[numbers[arg]] = value;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      settings.patterns.push(new RegExp(arg));
    }
  }
  return settings;
}

async function main() {
  const settings = parseArgs(process.argv.slice(2));
  const server = serverConfig();
  const results = [];
  for (const make of WORKLOADS) {
    const workload = make();
    for (const [name, contender] of Object.entries(workload.contenders)) {
      const benchmark = `dev.junction.bench.${workload.benchmark}.${name}`;
      if (settings.patterns.length > 0 && !settings.patterns.some((p) => p.test(benchmark))) continue;
      const log = (line) => console.error(`  [sequelize] ${workload.benchmark}.${name}: ${line}`);
      const trial = await openTrial(server, `sq_${workload.benchmark.toLowerCase()}_${name.toLowerCase()}`,
        contender.favorites);
      try {
        contender.prepare(trial);
        await contender.verify(trial);
        const times = await measure(trial, contender, settings, log);
        results.push(jmhEntry(benchmark, times, settings));
      } finally {
        await closeTrial(trial);
      }
    }
  }
  if (results.length === 0) console.error('  [sequelize] no Sequelize workload matches the patterns; nothing measured');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  if (settings.out) fs.writeFileSync(settings.out, json); else process.stdout.write(json);
}

main().catch((error) => {
  console.error(`sequelize benchmark failed: ${error.stack || error}`);
  process.exit(1);
});
