#!/usr/bin/env node
// Patient identity search over 100,000 identities (issue 6: "well under 100 ms").
//
// Seeds a scratch database with the identity schema (the service's own migrations, so the same indexes
// and pg_trgm), fills it with generated French-looking identities, then times the three search modes
// with the exact SQL the service runs (services/identity/dist/infra/patient-search-sql.js). Results are
// reported as ratios against floors measured in the same run on the same connection (a `SELECT 1` round
// trip and a primary-key lookup), with milliseconds for information only: nothing here asserts a time.
//
//   npx --yes pnpm@10.34.8 --filter ./libs/contracts --filter ./libs/nest-kit --filter ./services/identity build
//   node bench/patient-search.bench.mjs [--identities 100000] [--runs 300]
//
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/passerelle) names the server; the bench
// creates and drops its own database there.
import { createRequire } from 'node:module';
import { randomBytes, randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { identities: { type: 'string', default: '100000' }, runs: { type: 'string', default: '300' } },
});
const IDENTITIES = Number(args.identities);
const RUNS = Number(args.runs);
const WARMUP = 30;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const identityDir = join(root, 'services/identity');
const require = createRequire(join(identityDir, 'package.json'));
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { Client } = require('pg');
const { dataSourceOptions, migrate } = require('@passerelle/nest-kit');
const { database } = require(join(identityDir, 'dist/infra/database.js'));
const { patientSearchSql, APPROXIMATE_SIMILARITY_THRESHOLD } = require(join(identityDir, 'dist/infra/patient-search-sql.js'));
const { frenchPhoneticKey } = require(join(identityDir, 'dist/domain/patients/french-phonetic-key.js'));
const { normalisePersonName } = require(join(identityDir, 'dist/domain/patients/person-name.js'));

// ---- generated identities (seeded PRNG: every run searches the same data) ---------------------------
// mulberry32: 32-bit integer arithmetic only (Math.imul), so no precision is lost in doubles.
let seed = 0x5eed;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const COMMON_LAST_NAMES = `Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy
Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure André Mercier
Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu
Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas
Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert
Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte
Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury
Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard Baron Bertin Bailly
Hervé Schneider Fernandez Le Gall Collet Léger Bouvier Julien Prévost Millet Perrot Daniel Le Roux Cousin Germain Breton Besson
Langlois Rémy Le Goff Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud
Rodriguez Guichard Gillet Étienne Grondin Poulain Tessier Chevallier Collin Chauvin Da Silva Bouchet Gay Lemaître Bénard Maréchal
Humbert Reynaud Antoine Hoarau Perret Barthélemy Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte`.split(/\s+/);
const FIRST_NAMES = `Jean Marie Michel Pierre Philippe Nathalie Isabelle Sylvie Catherine Françoise Alain Patrick Nicolas Christophe
Christine Monique Stéphane Éric Sophie Valérie Laurent Sandrine Frédéric David Véronique Céline Julien Thomas Camille Léa Manon
Chloé Emma Louise Hugo Lucas Gabriel Louis Arthur Jules Adam Raphaël Inès Sarah Jade Zoé Lina Rose Anna Noé Théo Ethan Nathan
Amélie Aurélie Hélène Élodie Margaux Mathilde Baptiste Clément Maxime Antoine Romain Guillaume Quentin Benoît Yves Gérard
Danielle Josiane Lucie Pauline Juliette Agathe Ambre Léonie Capucine Mathis Timéo Sacha Malo Gaspard Aurore Noémie Océane`.split(/\s+/);
// Invented surnames from French-sounding syllables, so most of the 100,000 names are rare as in life.
const SYLLABLES = `bo la ri ve mon du fon tai ne ber nar gué rin chau vet mar ti lou pré vost gau thier le fè vre dé cha
peau mou lin ro che val bla neau tes sier bou vier ca zal ges ma ret pi quet co las roy er mas son vi gnal`.split(/\s+/);
const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

function generatedLastName() {
  if (random() < 0.6) return pick(COMMON_LAST_NAMES);
  const parts = 2 + Math.floor(random() * 2);
  return capitalise(Array.from({ length: parts }, () => pick(SYLLABLES)).join(''));
}

function birthDate() {
  const day = new Date(Date.UTC(1930, 0, 1) + Math.floor(random() * 90 * 365.25) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A typo as people make them: two neighbouring letters swapped ("Dupont" → "Dupnot"). */
function withTypo(name) {
  if (name.length < 4) return name;
  const at = 1 + Math.floor(random() * (name.length - 3));
  return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
}

/** Another spelling of the same sound, for the phonetic mode. */
const SOUND_ALIKES = [
  [/t$/, 'd'],
  [/ph/i, 'f'],
  [/è/, 'e'],
  [/au/, 'o'],
  [/y/, 'i'],
  [/ll/, 'l'],
];
function soundAlike(name) {
  for (const [pattern, replacement] of SOUND_ALIKES) if (pattern.test(name)) return name.replace(pattern, replacement);
  return name;
}

// ---- scratch database ------------------------------------------------------------------------------
const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle';
const scratch = `passerelle_bench_patients_${process.pid}`;
const adminUrl = new URL(baseUrl);
adminUrl.pathname = '/postgres';
const admin = new Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(baseUrl);
url.pathname = `/${scratch}`;

try {
  const dataSource = new DataSource(dataSourceOptions(url.toString(), database, 'patient-search-bench'));
  await dataSource.initialize();
  await migrate(dataSource, database.schema);
  await dataSource.destroy();

  const db = new Client({ connectionString: url.toString(), options: '-c search_path=identity' });
  await db.connect();

  const organisationId = randomUUID();
  const createdBy = randomUUID();
  const seeded = [];
  const started = performance.now();
  const BATCH = 5_000;
  for (let offset = 0; offset < IDENTITIES; offset += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, IDENTITIES - offset) }, () => {
      const lastName = generatedLastName();
      const firstName = pick(FIRST_NAMES);
      return { lastName, firstName, birthDate: birthDate() };
    });
    seeded.push(...rows.filter(() => random() < 0.01));
    // The NIR columns hold random bytes of the real ciphertext's size: search never reads them.
    await db.query(
      `INSERT INTO patient_identities (organisation_id, last_name, first_name, last_name_normalised, first_name_normalised,
         last_name_phonetic, first_name_phonetic, birth_date, nir_encrypted, nir_hmac, consent_given_by, consent_recorded_at, created_by)
       SELECT $1, l, f, ln, fn, lp, fp, b::date, e, h, 'patient', now(), $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         AS t(l, f, ln, fn, lp, fp, b, e, h)`,
      [
        organisationId,
        createdBy,
        rows.map((r) => r.lastName),
        rows.map((r) => r.firstName),
        rows.map((r) => normalisePersonName(r.lastName)),
        rows.map((r) => normalisePersonName(r.firstName)),
        rows.map((r) => frenchPhoneticKey(r.lastName)),
        rows.map((r) => frenchPhoneticKey(r.firstName)),
        rows.map((r) => r.birthDate),
        rows.map(() => `v1.${randomBytes(12).toString('base64url')}.${randomBytes(16).toString('base64url')}.${randomBytes(15).toString('base64url')}`),
        rows.map(() => randomBytes(32).toString('hex')),
      ],
    );
  }
  await db.query('ANALYZE patient_identities');
  const seedSeconds = (performance.now() - started) / 1000;
  const { rows: ids } = await db.query('SELECT id FROM patient_identities ORDER BY random() LIMIT 1000');
  const { rows: [{ distinct }] } = await db.query('SELECT count(DISTINCT last_name_normalised)::int AS distinct FROM patient_identities');

  // ---- timing ----------------------------------------------------------------------------------------
  // The floors are sampled interleaved with each mode's runs, so a busy machine slows both alike and the
  // ratios stay comparable from one run to the next.
  const person = (i) => seeded[i % seeded.length];
  const selectOne = async () => void (await db.query('SELECT 1'));
  const primaryKeyLookup = async (i) => void (await db.query('SELECT * FROM patient_identities WHERE id = $1', [ids[i % ids.length].id]));
  const percentiles = (samples) => {
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { p50: at(0.5), p95: at(0.95) };
  };
  async function time(run) {
    for (let i = 0; i < WARMUP; i++) await run(i);
    const samples = { search: [], one: [], pk: [] };
    let matches = 0;
    for (let i = 0; i < RUNS; i++) {
      let t0 = performance.now();
      await selectOne();
      samples.one.push(performance.now() - t0);
      t0 = performance.now();
      await primaryKeyLookup(i);
      samples.pk.push(performance.now() - t0);
      t0 = performance.now();
      matches += (await run(i)) ?? 0;
      samples.search.push(performance.now() - t0);
    }
    return { search: percentiles(samples.search), one: percentiles(samples.one), pk: percentiles(samples.pk), meanMatches: matches / RUNS };
  }

  /** As the service runs it: one transaction, the similarity threshold set locally, then the query. */
  async function searchAsService(query) {
    const { sql, params } = patientSearchSql(organisationId, { limit: 20, ...query });
    await db.query('BEGIN');
    await db.query(`SET LOCAL pg_trgm.similarity_threshold = ${APPROXIMATE_SIMILARITY_THRESHOLD}`);
    const { rowCount } = await db.query(sql, params);
    await db.query('COMMIT');
    return rowCount;
  }

  const modes = {
    'exact, last name': (i) => searchAsService({ mode: 'exact', lastName: person(i).lastName }),
    'exact, last + first name': (i) => searchAsService({ mode: 'exact', lastName: person(i).lastName, firstName: person(i).firstName }),
    'approximate, last name with a typo': (i) => searchAsService({ mode: 'approximate', lastName: withTypo(person(i).lastName) }),
    'approximate, last + first name with typos': (i) =>
      searchAsService({ mode: 'approximate', lastName: withTypo(person(i).lastName), firstName: withTypo(person(i).firstName) }),
    'approximate, typo + birth date': (i) =>
      searchAsService({ mode: 'approximate', lastName: withTypo(person(i).lastName), birthDate: person(i).birthDate }),
    'phonetic, last name sound-alike': (i) => searchAsService({ mode: 'phonetic', lastName: soundAlike(person(i).lastName) }),
    'phonetic, last + first name': (i) =>
      searchAsService({ mode: 'phonetic', lastName: soundAlike(person(i).lastName), firstName: soundAlike(person(i).firstName) }),
  };
  const results = {};
  for (const [name, run] of Object.entries(modes)) results[name] = await time(run);

  // Which index each mode's statement uses, for the reader (not part of the measure).
  const plans = {};
  for (const [name, query] of Object.entries({
    exact: { mode: 'exact', lastName: 'Dupont' },
    approximate: { mode: 'approximate', lastName: 'Dupnot' },
    phonetic: { mode: 'phonetic', lastName: 'Dupond' },
  })) {
    const { sql, params } = patientSearchSql(organisationId, { limit: 20, ...query });
    await db.query('BEGIN');
    await db.query(`SET LOCAL pg_trgm.similarity_threshold = ${APPROXIMATE_SIMILARITY_THRESHOLD}`);
    const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    await db.query('COMMIT');
    const indexes = new Set();
    const walk = (node) => {
      if (node['Index Name']) indexes.add(node['Index Name']);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(rows[0]['QUERY PLAN'][0].Plan);
    plans[name] = [...indexes].join(', ') || 'sequential scan';
  }
  await db.end();

  // ---- report ----------------------------------------------------------------------------------------
  const ms = (value) => `${value.toFixed(2)} ms`;
  const ratio = (value, floor) => `${(value / floor).toFixed(1)}×`;
  console.log(
    `patient search: ${IDENTITIES.toLocaleString('en')} identities in one organisation (${distinct.toLocaleString('en')} distinct last names), ` +
      `seeded in ${seedSeconds.toFixed(1)} s; ${RUNS} runs per line after ${WARMUP} warm-up runs, limit 20`,
  );
  console.log('search = BEGIN + SET LOCAL + query + COMMIT, as the service runs it; floors sampled interleaved on the same connection');
  console.log('| mode | p50 / SELECT 1 | p95 / SELECT 1 | p50 / PK lookup | p95 / PK lookup | search p50 | search p95 | SELECT 1 p50 | PK p50 | mean matches |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `| ${name} | ${ratio(r.search.p50, r.one.p50)} | ${ratio(r.search.p95, r.one.p95)} | ${ratio(r.search.p50, r.pk.p50)} | ` +
        `${ratio(r.search.p95, r.pk.p95)} | ${ms(r.search.p50)} | ${ms(r.search.p95)} | ${ms(r.one.p50)} | ${ms(r.pk.p50)} | ${r.meanMatches.toFixed(1)} |`,
    );
  }
  console.log('indexes used:', Object.entries(plans).map(([name, plan]) => `${name}: ${plan}`).join('; '));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.end();
}
