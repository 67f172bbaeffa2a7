#!/usr/bin/env node
/*
 * Runs the official OpenActive validators offline and prints one JSON document on stdout.
 *
 *   node openactive-validate.js model FILE.json   data-model-validator on each object in FILE
 *                                                 (an object, an array, or an RPDE page)
 *   node openactive-validate.js feed URL          rpde-validator walks the feed from URL, and the
 *                                                 data-model-validator checks every page it saw
 *
 * The activity list the model validator checks `activity` against is read from
 * tests/standards/openactive/activity-list/activity-list.jsonld (seeded into the validator's
 * own file cache), and every other remote fetch is refused and reported in `blockedRequests`,
 * so a run never depends on the network.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const axios = require('axios');
const { validate } = require('@openactive/data-model-validator');
const { RpdeValidator } = require('@openactive/rpde-validator');

const ACTIVITY_LIST_URL = 'https://openactive.io/activity-list';
const ACTIVITY_LIST_FILE = path.resolve(
  __dirname, '..', 'standards', 'openactive', 'activity-list', 'activity-list.jsonld',
);

const blockedRequests = [];
// The model validator fetches remote JSON with axios; refuse anything the seeded cache lacks.
axios.interceptors.request.use((config) => {
  blockedRequests.push(config.url);
  throw new Error(`offline: refused to fetch ${config.url}`);
});

function seedCache() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oa-validator-cache-'));
  const key = crypto.createHash('sha256').update(ACTIVITY_LIST_URL).digest('hex');
  const entry = {
    errorCode: 'error_none',
    statusCode: 200,
    url: ACTIVITY_LIST_URL,
    contentType: 'application/ld+json',
    exception: null,
    fetchTime: Date.now(),
    data: JSON.parse(fs.readFileSync(ACTIVITY_LIST_FILE, 'utf8')),
  };
  fs.writeFileSync(path.join(dir, `${key}.json`), JSON.stringify(entry));
  return dir;
}

const cacheDir = seedCache();
const MODEL_OPTIONS = {
  loadRemoteJson: true,
  remoteJsonCachePath: cacheDir,
  remoteJsonCacheTimeToLive: 10 * 365 * 24 * 3600,
  rpdeItemLimit: 100000,
};

function summarise(errors) {
  const pick = (severity) => errors
    .filter((e) => e.severity === severity)
    .map((e) => ({ type: e.type, path: e.path, message: e.message }));
  return { failures: pick('failure'), warnings: pick('warning'), suggestions: pick('suggestion') };
}

async function validateModel(file) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const objects = Array.isArray(data) ? data : [data];
  const results = [];
  for (const object of objects) {
    // eslint-disable-next-line no-await-in-loop
    const errors = await validate(object, MODEL_OPTIONS);
    results.push(summarise(errors));
  }
  return { mode: 'model', results };
}

async function fetchJson(url) {
  const response = await fetch(url);
  return response.json();
}

async function validateFeed(url) {
  const log = await RpdeValidator(url, { pageLimit: 1000, timeoutMs: 30000 });
  const pages = log.pages.map((page) => ({
    url: page.url,
    ...summarise(page.errors.map((e) => e.data)),
  }));
  // The RPDE walker checks paging and the item envelopes; the model validator checks the data
  // of every "updated" item on every page it walked. (Given a whole page, the model validator
  // also reports a deleted item's absent `data` and a last page's empty `items`, both of which
  // RPDE requires, so items are validated one by one, as the OpenActive validator site does.)
  const items = [];
  const seen = new Set();
  for (const page of log.pages) {
    if (!seen.has(page.url)) {
      seen.add(page.url);
      // eslint-disable-next-line no-await-in-loop
      const body = await fetchJson(page.url);
      for (const item of body.items || []) {
        if (item.state === 'updated') {
          // eslint-disable-next-line no-await-in-loop
          const errors = await validate(item.data, MODEL_OPTIONS);
          items.push({ id: item.id, kind: item.kind, ...summarise(errors) });
        } else {
          items.push({ id: item.id, kind: item.kind, state: item.state, failures: [], warnings: [], suggestions: [] });
        }
      }
    }
  }
  return { mode: 'feed', pages, items };
}

async function main() {
  const [mode, target] = process.argv.slice(2);
  let result;
  if (mode === 'model') {
    result = await validateModel(target);
  } else if (mode === 'feed') {
    result = await validateFeed(target);
  } else {
    process.stderr.write('usage: openactive-validate.js model FILE | feed URL\n');
    process.exit(2);
  }
  result.blockedRequests = blockedRequests;
  fs.rmSync(cacheDir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
