'use strict';
/*
 * Builds the lesson's database with real Sequelize v6 (sync, then seeding through its own create, bulkCreate and
 * association accessors) on PostgreSQL, MariaDB and SQLite, and writes what it did as SQL fixtures for
 * junction-core's tests (junction-core/src/test/resources/sequelize/<dialect>.sql):
 *
 *   -- ddl        the CREATE/ALTER statements Sequelize executed, in order, as its logging callback saw them
 *   -- rows       every row, read back with SELECT * and written as INSERTs whose literals are sequelize.escape(…)
 *   -- sequences  (PostgreSQL) where each SERIAL's sequence stands, as setval calls
 *
 * Run on demand:  cd tools/sequelize-fixtures && npm ci && npm run generate
 * It makes a scratch database sqlz_fixture on each server (dropping it first if a previous run left it, and
 * afterwards) and touches no other. Servers: JUNCTION_PG_* / JUNCTION_MARIADB_* host, port, user, password
 * (defaults 127.0.0.1:5432 postgres and 127.0.0.1:3306 root, no passwords). The clock is pinned to SEEDED so the
 * fixtures are the same on every run.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const SEEDED = Date.parse('2024-03-04T20:00:00.000Z');
const RealDate = Date;
class SeededDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(SEEDED); else super(...args);
  }
  static now() {
    return SEEDED;
  }
}
global.Date = SeededDate;

const { Sequelize, DataTypes, QueryTypes } = require('sequelize');

const SCRATCH = 'sqlz_fixture';
const OUT = path.join(__dirname, '..', '..', 'junction-core', 'src', 'test', 'resources', 'sequelize');

/** The lesson's models; Lifeguard, Beach, SandcastleType and the SandcastleTypeTool join model are underscored. */
function defineLesson(sequelize) {
  const name = (attribute) => ({ [attribute]: { type: DataTypes.STRING, unique: true, allowNull: false } });
  const User = sequelize.define('User', name('username'));
  const Show = sequelize.define('Show', name('title'));
  const Town = sequelize.define('Town', name('name'));
  const Beach = sequelize.define('Beach', name('name'), { underscored: true });
  const Lifeguard = sequelize.define('Lifeguard', name('name'), { underscored: true });
  const SandcastleType = sequelize.define('SandcastleType', name('name'), { underscored: true });
  const Tool = sequelize.define('Tool', name('name'));
  const Sandcastle = sequelize.define('Sandcastle', {
    name: { type: DataTypes.STRING, allowNull: false },
    height: DataTypes.INTEGER
  });
  const SandcastleTypeTool = sequelize.define('SandcastleTypeTool', { quantity: DataTypes.INTEGER },
    { underscored: true });

  User.belongsToMany(Show, { as: 'Favorites', through: 'UserFavorites' });
  Show.belongsToMany(User, { through: 'UserFavorites' });
  User.belongsToMany(Show, { as: 'Watched', through: { model: 'Viewings', unique: false } });
  Show.belongsToMany(User, { as: 'Viewers', through: { model: 'Viewings', unique: false } });
  Town.hasMany(Beach);
  Beach.belongsTo(Town);
  Lifeguard.belongsToMany(Beach, { through: 'Shifts' });
  Beach.belongsToMany(Lifeguard, { through: 'Shifts' });
  Beach.hasMany(Sandcastle);
  Sandcastle.belongsTo(Beach);
  Sandcastle.belongsTo(SandcastleType);
  SandcastleType.belongsToMany(Tool, { through: SandcastleTypeTool });
  Tool.belongsToMany(SandcastleType, { through: SandcastleTypeTool });
  return sequelize.models;
}

/** The lesson's rows, written only through Sequelize's own create, bulkCreate and association accessors. */
async function seed(m) {
  const [alice, bob, carol] = await m.User.bulkCreate(
    [{ username: 'alice' }, { username: 'bob' }, { username: 'carol' }]);
  const dune = await m.Show.create({ title: 'Dune' });
  const arrival = await m.Show.create({ title: 'Arrival' });
  const solaris = await m.Show.create({ title: 'Solaris' });
  await alice.addFavorites([dune, arrival]);
  await bob.addFavorite(dune);
  await dune.addUser(carol);
  await alice.addWatched(solaris);
  await m.Viewings.bulkCreate([{ UserId: bob.id, ShowId: arrival.id }, { UserId: bob.id, ShowId: solaris.id }]);

  const seaside = await m.Town.create({ name: 'Seaside' });
  const harbor = await m.Town.create({ name: 'Harbor' });
  const north = await seaside.createBeach({ name: 'North Beach' });
  const south = await seaside.createBeach({ name: 'South Beach' });
  const harborBeach = await m.Beach.create({ name: 'Harbor Beach', TownId: harbor.id });
  await m.Beach.create({ name: 'Hidden Cove' });
  const [mitch, stephanie] = await m.Lifeguard.bulkCreate([{ name: 'Mitch' }, { name: 'Stephanie' }]);
  await m.Lifeguard.create({ name: 'Hobie' });
  await mitch.addBeaches([north, south]);
  await stephanie.addBeach(harborBeach);
  await harborBeach.addLifeguard(mitch);

  const moat = await m.SandcastleType.create({ name: 'Moat Castle' });
  const tower = await m.SandcastleType.create({ name: 'Tower' });
  const [bucket, spade, trowel] = await m.Tool.bulkCreate([{ name: 'Bucket' }, { name: 'Spade' }, { name: 'Trowel' }]);
  await moat.addTool(bucket, { through: { quantity: 2 } });
  await moat.addTool(spade, { through: { quantity: 1 } });
  await tower.addTools([bucket, trowel], { through: { quantity: 3 } });

  await north.createSandcastle({ name: 'Fort Sandy', height: 40, SandcastleTypeId: moat.id });
  await m.Sandcastle.bulkCreate([
    { name: 'Spire', height: 75, BeachId: south.id, SandcastleTypeId: tower.id },
    { name: 'Lump', height: null, BeachId: north.id, SandcastleTypeId: null }
  ]);
}

/** The tables in the order sync made them, so the INSERTs meet their references. */
function tablesInOrder(ddl, models) {
  const tables = Object.values(models).map((model) => model.getTableName());
  const at = (table) => ddl.findIndex((statement) => statement.includes(` ${quoteMark(ddl)}${table}${quoteMark(ddl)} (`));
  return tables.sort((a, b) => at(a) - at(b));
}

function quoteMark(ddl) {
  return ddl[0].includes('`') ? '`' : '"';
}

async function rowsAsInserts(sequelize, models, ddl) {
  const qi = sequelize.getQueryInterface();
  const out = [];
  for (const table of tablesInOrder(ddl, models)) {
    const model = Object.values(models).find((candidate) => candidate.getTableName() === table);
    const order = model.primaryKeyAttributes.map((key) => qi.quoteIdentifier(model.rawAttributes[key].field));
    const rows = await sequelize.query(`SELECT * FROM ${qi.queryGenerator.quoteTable(table)} ORDER BY ${order.join(', ')}`,
      { type: QueryTypes.SELECT });
    for (const row of rows) {
      const columns = Object.keys(row).map((column) => qi.quoteIdentifier(column)).join(', ');
      const values = Object.values(row).map((value) => sequelize.escape(value)).join(', ');
      out.push(`INSERT INTO ${qi.queryGenerator.quoteTable(table)} (${columns}) VALUES (${values});`);
    }
  }
  return out;
}

/** PostgreSQL: where each SERIAL's sequence stands after Sequelize's inserts. */
async function sequences(sequelize, models) {
  const out = [];
  for (const model of Object.values(models)) {
    const id = model.rawAttributes.id;
    if (!id || !id.autoIncrement) continue;
    const table = model.getTableName();
    const [{ last }] = await sequelize.query(
      `SELECT last_value AS last FROM ${sequelize.getQueryInterface().quoteIdentifier(`${table}_id_seq`)}`,
      { type: QueryTypes.SELECT });
    out.push(`SELECT setval('"${table}_id_seq"', ${last}, true);`);
  }
  return out;
}

async function build(dialect, options) {
  const ddl = [];
  const logging = (sql) => {
    const statement = sql.replace(/^Executing \([^)]*\): /, '');
    if (/^(CREATE|ALTER)\b/i.test(statement)) ddl.push(statement.replace(/\s*\n\s*/g, ' '));
  };
  const sequelize = new Sequelize({ dialect, logging, ...options });
  try {
    const models = defineLesson(sequelize);
    await sequelize.sync();
    await seed(models);
    const rows = await rowsAsInserts(sequelize, models, ddl);
    const serials = dialect === 'postgres' ? await sequences(sequelize, models) : [];
    return { ddl, rows, serials, version: (await sequelize.databaseVersion()) };
  } finally {
    await sequelize.close();
  }
}

/** Runs {@code work} on a fresh scratch database of a server, dropping it before and after. */
async function onScratch(dialect, admin, work) {
  const server = new Sequelize({ dialect, logging: false, ...admin });
  const quote = (name) => server.getQueryInterface().quoteIdentifier(name);
  try {
    await server.query(`DROP DATABASE IF EXISTS ${quote(SCRATCH)}`);
    await server.query(`CREATE DATABASE ${quote(SCRATCH)}`);
    try {
      return await work({ ...admin, database: SCRATCH });
    } finally {
      await server.query(`DROP DATABASE IF EXISTS ${quote(SCRATCH)}`);
    }
  } finally {
    await server.close();
  }
}

function write(file, result) {
  const header = [
    `-- Made by tools/sequelize-fixtures/generate.js with Sequelize ${require('sequelize/package.json').version}`
      + ` on ${result.server}; do not edit by hand (regenerate with: npm run generate).`,
    '-- One statement a line.'
  ];
  const sections = ['-- ddl', ...result.ddl, '-- rows', ...result.rows];
  if (result.serials.length) sections.push('-- sequences', ...result.serials);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, file), [...header, ...sections, ''].join('\n'));
  console.log(`wrote ${file}: ${result.ddl.length} DDL statements, ${result.rows.length} rows`);
}

async function main() {
  const env = process.env;
  const only = process.argv.slice(2);
  const wanted = (dialect) => only.length === 0 || only.includes(dialect);
  if (wanted('postgres')) {
    const admin = { host: env.JUNCTION_PG_HOST || '127.0.0.1', port: Number(env.JUNCTION_PG_PORT || 5432),
      username: env.JUNCTION_PG_USER || 'postgres', password: env.JUNCTION_PG_PASSWORD || '', database: 'postgres' };
    const result = await onScratch('postgres', admin, (options) => build('postgres', options));
    write('postgresql.sql', { ...result, server: `PostgreSQL ${result.version}` });
  }
  if (wanted('mariadb')) {
    const admin = { host: env.JUNCTION_MARIADB_HOST || '127.0.0.1', port: Number(env.JUNCTION_MARIADB_PORT || 3306),
      username: env.JUNCTION_MARIADB_USER || 'root', password: env.JUNCTION_MARIADB_PASSWORD || '' };
    const result = await onScratch('mariadb', admin, (options) => build('mariadb', options));
    write('mariadb.sql', { ...result, server: `MariaDB ${result.version}` });
  }
  if (wanted('sqlite')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${SCRATCH}-`));
    try {
      const result = await build('sqlite', { storage: path.join(dir, `${SCRATCH}.sqlite`) });
      write('sqlite.sql', { ...result, server: `SQLite ${result.version}` });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
