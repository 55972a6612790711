'use strict';
// The Sequelize contender of junction-bench's workloads, each written the way a Sequelize user writes it, with the
// data, the per-call state and the checks of the Java workload of the same name (W1BulkInsert.java, W2EagerLoad.java,
// W4SetDiff.java, W5AddExisting.java, and W9: count(user) × 1,000). A contender is
//   { favorites, prepare(trial), beforeEach?(trial), op(trial), verify(trial) }
// prepare runs once after the trial's place is seeded; beforeEach runs before every measured call, untimed (JMH's
// @Setup(Level.Invocation)); verify runs the operation as the Java verify() does and throws unless it did the whole job.
//
// Keys are passed as strings: Sequelize reads BIGINT columns as strings, and its set/add compare the linked keys with
// the wanted ones by ===, so numbers would make every set rewrite all twenty links and every add insert a duplicate.

const { USERS, FAVORITES, REPLACED, favorite, replacement, queryLong } = require('./database');

function check(what, expected, actual) {
  if (expected !== actual) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

/** Sum of the ids of one user's favourites (Dataset.favoritesChecksum). */
function favoritesChecksum(user) {
  let sum = 0;
  for (let k = 0; k < FAVORITES; k++) sum += favorite(user, k);
  return sum;
}

/** User instances as a Sequelize user holds them after reading: persisted, key and name set. */
function userInstances(trial, count, userOf) {
  const users = new Array(count);
  for (let i = 0; i < count; i++) {
    const u = userOf(i);
    users[i] = trial.User.build({ id: String(u), username: `user${u}` }, { isNewRecord: false });
  }
  return users;
}

/** W1: bulkCreate of 20,000 join rows into an empty join table (one INSERT statement, so one transaction). */
function w1() {
  const rows = () => {
    const list = new Array(USERS * FAVORITES);
    let n = 0;
    for (let u = 1; u <= USERS; u++) for (let k = 0; k < FAVORITES; k++) list[n++] = { UserId: u, ShowId: favorite(u, k) };
    return list;
  };
  let expectedSum = 0;
  for (let u = 1; u <= USERS; u++) expectedSum += favoritesChecksum(u);
  const contender = {
    favorites: false,
    prepare() {},
    async beforeEach(trial) {
      await trial.sql.query('TRUNCATE TABLE "UserFavorites"');
    },
    async op(trial) {
      return (await trial.UserFavorites.bulkCreate(rows())).length;
    },
    async verify(trial) {
      await contender.beforeEach(trial);
      check('W1 sequelize returned rows', USERS * FAVORITES, await contender.op(trial));
      check('W1 sequelize rows', USERS * FAVORITES, await queryLong(trial, 'SELECT COUNT(*) FROM "UserFavorites"'));
      check('W1 sequelize show ids', expectedSum, await queryLong(trial, 'SELECT SUM("ShowId") FROM "UserFavorites"'));
    },
  };
  return { benchmark: 'W1BulkInsert', contenders: { sequelize: contender } };
}

/** W2: every user with its favourites, one findAll with the include; a checksum of every id seen. */
function w2() {
  let expected = 0;
  for (let u = 1; u <= USERS; u++) expected += u + favoritesChecksum(u);
  const contender = {
    favorites: true,
    prepare() {},
    async op(trial) {
      let sum = 0;
      for (const user of await trial.User.findAll({ include: [{ model: trial.Show, as: 'Favorites' }] })) {
        sum += Number(user.id);
        for (const show of user.Favorites) sum += Number(show.id);
      }
      return sum;
    },
    async verify(trial) {
      check('W2 sequelize checksum', expected, await contender.op(trial));
    },
  };
  return { benchmark: 'W2EagerLoad', contenders: { sequelize: contender } };
}

/**
 * W4: each call makes one user's favourites a list of twenty sharing ten with what is linked (user after user, each
 * alternating between its seeded and its replaced favourites). `sequelize`: user.setFavorites(keys), as written in
 * Sequelize's docs (its SELECT, DELETE and INSERT then run outside any transaction); `sequelizeTx`: the same call in a
 * managed transaction, which gives it the atomicity Junction's set has.
 */
function w4() {
  const CALLS = USERS;
  const CHECKED = 200;
  const make = (inTransaction) => {
    const state = { next: 0, atReplaced: new Array(USERS).fill(false) };
    const seeded = [];
    const replaced = [];
    for (let u = 1; u <= USERS; u++) {
      const a = [];
      const b = [];
      for (let k = 0; k < FAVORITES; k++) {
        a.push(String(favorite(u, k)));
        b.push(String(k < REPLACED ? favorite(u, k) : replacement(u, k)));
      }
      if (new Set(b).size !== FAVORITES || b.slice(REPLACED).some((s) => a.includes(s))) {
        throw new Error(`Replacements of user ${u} overlap its favourites`);
      }
      seeded.push(a);
      replaced.push(b);
    }
    const contender = {
      favorites: true,
      prepare(trial) {
        state.users = userInstances(trial, USERS, (i) => i + 1);
      },
      async op(trial) {
        const i = state.next;
        state.next = (state.next + 1) % CALLS;
        state.atReplaced[i] = !state.atReplaced[i];
        const wanted = (state.atReplaced[i] ? replaced : seeded)[i];
        const user = state.users[i];
        if (inTransaction) {
          await trial.sequelize.transaction((transaction) => user.setFavorites(wanted, { transaction }));
        } else {
          await user.setFavorites(wanted);
        }
        return i;
      },
      async verify(trial) {
        const name = `W4 ${inTransaction ? 'sequelizeTx' : 'sequelize'}`;
        for (let i = 0; i < CHECKED; i++) await contender.op(trial);
        let expected = 0;
        for (const shows of replaced.slice(0, CHECKED)) for (const show of shows) expected += Number(show);
        const mine = ` FROM "UserFavorites" WHERE "UserId" <= ${CHECKED}`;
        check(`${name} links`, CHECKED * FAVORITES, await queryLong(trial, `SELECT COUNT(*)${mine}`));
        check(`${name} show ids`, expected, await queryLong(trial, `SELECT SUM("ShowId")${mine}`));
        check(`${name} all links`, USERS * FAVORITES, await queryLong(trial, 'SELECT COUNT(*) FROM "UserFavorites"'));
      },
    };
    return contender;
  };
  return { benchmark: 'W4SetDiff', contenders: { sequelize: make(false), sequelizeTx: make(true) } };
}

/** W5: user.addFavorite(show) of a pair already linked, 10,000 calls (each user ten times, another show each time). */
function w5() {
  const CALLS = 10000;
  const state = { next: 0 };
  const shows = new Array(CALLS);
  for (let i = 0; i < CALLS; i++) shows[i] = String(favorite(1 + (i % USERS), Math.floor(i / USERS) % FAVORITES));
  const contender = {
    favorites: true,
    prepare(trial) {
      state.users = userInstances(trial, CALLS, (i) => 1 + (i % USERS));
    },
    async op(trial) {
      const i = state.next;
      state.next = (state.next + 1) % CALLS;
      await state.users[i].addFavorite(shows[i]);
      return i;
    },
    async verify(trial) {
      const before = await queryLong(trial, 'SELECT SUM("ShowId") FROM "UserFavorites"');
      for (let i = 0; i < USERS; i++) await contender.op(trial);
      check('W5 sequelize links', USERS * FAVORITES, await queryLong(trial, 'SELECT COUNT(*) FROM "UserFavorites"'));
      check('W5 sequelize show ids', before, await queryLong(trial, 'SELECT SUM("ShowId") FROM "UserFavorites"'));
    },
  };
  return { benchmark: 'W5AddExisting', contenders: { sequelize: contender } };
}

/** W9: user.countFavorites() of one user per call, user after user (1,000 calls make the workload). */
function w9() {
  const CALLS = USERS;
  const state = { next: 0 };
  const contender = {
    favorites: true,
    prepare(trial) {
      state.users = userInstances(trial, CALLS, (i) => i + 1);
    },
    async op() {
      const i = state.next;
      state.next = (state.next + 1) % CALLS;
      return state.users[i].countFavorites();
    },
    async verify(trial) {
      state.next = 0;
      for (let i = 0; i < CALLS; i++) check(`W9 sequelize count of user ${i + 1}`, FAVORITES, await contender.op(trial));
    },
  };
  return { benchmark: 'W9CountPerUser', contenders: { sequelize: contender } };
}

/** Every workload, in run order. */
const WORKLOADS = [w1, w2, w4, w5, w9];

module.exports = { WORKLOADS };
