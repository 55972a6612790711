'use strict';
// Where a Sequelize trial runs: a PostgreSQL schema of its own (named after the run, like the JMH trials' schemas,
// so the run script's cleanup drops whatever a killed run left), the models as a Sequelize user writes them, and the
// data of junction-bench's Dataset.java, written by the same set-based SQL.

const crypto = require('node:crypto');
const { Client } = require('pg');
const { Sequelize, DataTypes } = require('sequelize');

/** Dataset.java's sizes and formulas. */
const USERS = 1000;
const SHOWS = 1000;
const FAVORITES = 20;
const REPLACED = 10;

/** The id of the k-th favourite show (0 ≤ k < 20) of user `user` (1-based ids), as Dataset.favorite. */
function favorite(user, k) {
  return 1 + ((user * 7 + k * 37) % SHOWS);
}

/** The show W4 puts in place of the k-th favourite (REPLACED ≤ k < FAVORITES), as Dataset.replacement. */
function replacement(user, k) {
  return 1 + ((user * 7 + k * 37 + 500) % SHOWS);
}

/**
 * Server and credentials from JUNCTION_PG_URL (a JDBC URL), JUNCTION_PG_USER and JUNCTION_PG_PASSWORD, the run id from
 * JUNCTION_BENCH_RUN: the same variables and defaults as BenchDatabase.java.
 */
function serverConfig() {
  const env = (name, fallback) => (process.env[name] && process.env[name].trim()) || fallback;
  const jdbc = env('JUNCTION_PG_URL', 'jdbc:postgresql://127.0.0.1:5432/test');
  const url = new URL(jdbc.replace(/^jdbc:/, ''));
  const run = env('JUNCTION_BENCH_RUN', 'jb_adhoc').toLowerCase();
  if (!/^[a-z0-9_]+$/.test(run)) throw new Error(`Bad run id ${run}`);
  return {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'test',
    user: env('JUNCTION_PG_USER', 'postgres'),
    password: env('JUNCTION_PG_PASSWORD', ''),
    run,
  };
}

/** A plain pg connection outside Sequelize (schema creation, seeding, resets, checks); `options` as libpq's. */
async function plainClient(server, options) {
  const client = new Client({ host: server.host, port: server.port, database: server.database, user: server.user,
    password: server.password, options });
  await client.connect();
  return client;
}

/**
 * One trial's place: a fresh schema, a Sequelize on it (pool of ten like HikariCP on the Java side, sessions with
 * synchronous_commit=off like BenchDatabase's URL), the models, the tables made by Sequelize's own sync, and the data.
 * `favorites`: whether the join table gets every user's twenty favourites (W1 starts empty).
 */
async function openTrial(server, name, favorites) {
  const schema = `${server.run}_${name}_${crypto.randomBytes(4).toString('hex')}`;
  const sessionOptions = `-c search_path=${schema} -c synchronous_commit=off`;
  const admin = await plainClient(server);
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const sequelize = new Sequelize(server.database, server.user, server.password, {
    host: server.host,
    port: server.port,
    dialect: 'postgres',
    logging: false,
    pool: { max: 10, min: 1 },
    dialectOptions: { options: sessionOptions },
  });
  const trial = { schema, sequelize, sessionOptions, server };
  try {
    Object.assign(trial, defineModels(sequelize));
    await sequelize.sync();
    trial.sql = await plainClient(server, sessionOptions);
    await seed(trial.sql, favorites);
    return trial;
  } catch (e) {
    await closeTrial(trial);
    throw e;
  }
}

/**
 * The models the idiomatic way, shaped like JunctionSide.java's: User and Show with BIGINT keys (Junction's Long ids),
 * a title/username string, no timestamps (the Java side runs with timestamps off, so every contender writes the same
 * columns), and the many-to-many declared on both sides through "UserFavorites". Sequelize's sync then makes exactly
 * the tables Junction's sync makes: bigint keys, a composite primary key on the join table, cascading foreign keys.
 */
function defineModels(sequelize) {
  const options = { timestamps: false };
  const User = sequelize.define('User', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    username: DataTypes.STRING,
  }, options);
  const Show = sequelize.define('Show', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    title: DataTypes.STRING,
  }, options);
  User.belongsToMany(Show, { through: 'UserFavorites', as: 'Favorites', timestamps: false });
  Show.belongsToMany(User, { through: 'UserFavorites', timestamps: false });
  return { User, Show, UserFavorites: sequelize.models.UserFavorites };
}

/** Dataset.seed's rows, by the same SQL: users and shows, and optionally twenty favourites per user. */
async function seed(sql, favorites) {
  await sql.query(`INSERT INTO "Users" ("id", "username") SELECT g, 'user' || g FROM generate_series(1, ${USERS}) g`);
  await sql.query(`INSERT INTO "Shows" ("id", "title") SELECT g, 'show' || g FROM generate_series(1, ${SHOWS}) g`);
  if (favorites) {
    await sql.query(`INSERT INTO "UserFavorites" ("UserId", "ShowId") SELECT u, 1 + MOD(u * 7 + k * 37, ${SHOWS})`
      + ` FROM generate_series(1, ${USERS}) u CROSS JOIN generate_series(0, ${FAVORITES - 1}) k`);
  }
  await sql.query('ANALYZE');
}

/** A number read with plain SQL, for checks. */
async function queryLong(trial, text) {
  const result = await trial.sql.query(text);
  return Number(Object.values(result.rows[0])[0]);
}

/** Closes the trial's connections and drops its schema. */
async function closeTrial(trial) {
  if (trial.sql) await trial.sql.end().catch(() => {});
  await trial.sequelize.close().catch(() => {});
  const admin = await plainClient(trial.server);
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${trial.schema} CASCADE`);
  } finally {
    await admin.end();
  }
}

module.exports = {
  USERS, SHOWS, FAVORITES, REPLACED, favorite, replacement, serverConfig, openTrial, closeTrial, queryLong,
};
