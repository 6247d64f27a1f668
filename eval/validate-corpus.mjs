#!/usr/bin/env node
// Validates a pitch-coach evaluation corpus (JSON Lines) and prints statistics.
// Usage: node eval/validate-corpus.mjs eval/corpus/en.jsonl [more.jsonl ...]
// Exits 1 if any line breaks a rule below. Plain Node ESM, no dependencies.
import { readFileSync } from 'node:fs';

const LABELS = ['problem', 'hero', 'change', 'outcome', 'ask'];
const STATUSES = ['present', 'weak', 'missing'];
const LENGTHS = ['elevator', 'short', 'three-minute', 'five-minute'];
const QUALITIES = ['strong', 'medium', 'weak'];
const HARD_CASES = [
  'problem-as-story', 'outcome-as-goal', 'organisation-hero', 'buried-problem', 'no-numbers',
  'feature-list', 'we-protagonist', 'vague-ask', 'bare-headings', 'rhetorical-questions',
];
/** Word-count ranges per length class (Markdown markers excluded), generous on purpose. */
const WORD_RANGES = {
  elevator: [40, 110],
  short: [90, 380],
  'three-minute': [330, 560],
  'five-minute': [580, 820],
};
// Three digits, or four once a language passes 999 (en-1000-slug).
const ID_PATTERN = /^[a-z]{2}-(?:\d{3}|[1-9]\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Normalises Markdown or a unit's text for comparison: drops emphasis markers (`*`, `_`),
 * link syntax (`[`, `](url)`) and collapses whitespace.
 * @param {string} s
 */
function normalise(s) {
  return s
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[*_[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text left between matched units may only be Markdown block markers and whitespace. */
const GAP_OK = /^(?:\s|#{1,6}(?=\s)|-(?=\s)|\d+\.(?=\s)|>)*$/;

function countWords(text) {
  const plain = text.replace(/^\s*(?:#{1,6}|-|\d+\.)\s+/gm, '');
  return normalise(plain).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node eval/validate-corpus.mjs <corpus.jsonl> [...]');
  process.exit(2);
}

const errors = [];
const ids = new Set();
const stats = {
  pitches: 0, sentences: 0, unlabelled: 0, words: 0,
  labels: Object.fromEntries(LABELS.map((l) => [l, 0])),
  elements: Object.fromEntries(LABELS.map((l) => [l, Object.fromEntries(STATUSES.map((s) => [s, 0]))])),
  quality: {}, length: {}, domain: {}, hardCases: {},
  allFourPresent: 0, someWeakOrMissing: 0,
};
const bump = (o, k) => { o[k] = (o[k] ?? 0) + 1; };

for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    const err = (msg) => errors.push(`${where}${obj?.id ? ` (${obj.id})` : ''}: ${msg}`);
    let obj;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: invalid JSON: ${e.message}`);
      return;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return err('not an object');
    stats.pitches++;
    if (typeof obj.id !== 'string' || !ID_PATTERN.test(obj.id)) err(`bad id ${JSON.stringify(obj.id)}`);
    else if (ids.has(obj.id)) err('duplicate id');
    else ids.add(obj.id);
    if (!['en', 'sv', 'fi'].includes(obj.lang)) err(`bad lang ${JSON.stringify(obj.lang)}`);
    else if (typeof obj.id === 'string' && !obj.id.startsWith(`${obj.lang}-`)) err('id does not start with lang');
    if (typeof obj.domain !== 'string' || obj.domain === '') err('missing domain');
    else bump(stats.domain, obj.domain);
    if (!LENGTHS.includes(obj.length)) err(`bad length ${JSON.stringify(obj.length)}`);
    else bump(stats.length, obj.length);
    if (!QUALITIES.includes(obj.quality)) err(`bad quality ${JSON.stringify(obj.quality)}`);
    else bump(stats.quality, obj.quality);
    if (!Array.isArray(obj.hardCases)) err('hardCases must be an array');
    else for (const h of obj.hardCases) {
      if (!HARD_CASES.includes(h)) err(`unknown hard case ${JSON.stringify(h)}`);
      else bump(stats.hardCases, h);
    }
    if (typeof obj.text !== 'string' || obj.text.trim() === '') return err('missing text');
    if (!Array.isArray(obj.sentences) || obj.sentences.length === 0) return err('missing sentences');

    const words = countWords(obj.text);
    stats.words += words;
    const range = WORD_RANGES[obj.length];
    if (range && (words < range[0] || words > range[1])) {
      err(`${words} words is outside ${range[0]}-${range[1]} for length "${obj.length}"`);
    }

    // Every unit must be found, in order, and together they must cover all prose.
    const norm = normalise(obj.text);
    let cursor = 0;
    const used = Object.fromEntries(LABELS.map((l) => [l, 0]));
    obj.sentences.forEach((s, j) => {
      if (typeof s?.text !== 'string' || s.text.trim() === '') return err(`sentence ${j}: empty text`);
      if (!Array.isArray(s.labels)) return err(`sentence ${j}: labels must be an array`);
      if (new Set(s.labels).size !== s.labels.length) err(`sentence ${j}: duplicate labels`);
      for (const l of s.labels) {
        if (!LABELS.includes(l)) err(`sentence ${j}: unknown label ${JSON.stringify(l)}`);
        else { used[l]++; stats.labels[l]++; }
      }
      stats.sentences++;
      if (s.labels.length === 0) stats.unlabelled++;
      const needle = normalise(s.text);
      const at = norm.indexOf(needle, cursor);
      if (at < 0) {
        const anywhere = norm.indexOf(needle) >= 0;
        return err(`sentence ${j} ${anywhere ? 'is out of order' : 'not found'}: ${JSON.stringify(s.text.slice(0, 70))}`);
      }
      const gap = norm.slice(cursor, at);
      if (!GAP_OK.test(gap)) err(`text not covered by any unit before sentence ${j}: ${JSON.stringify(gap.slice(0, 70))}`);
      cursor = at + needle.length;
    });
    const tail = norm.slice(cursor);
    if (!GAP_OK.test(tail)) err(`text not covered by any unit at the end: ${JSON.stringify(tail.slice(0, 70))}`);

    // Statuses, and their agreement with the sentence labels.
    if (typeof obj.elements !== 'object' || obj.elements === null) return err('missing elements');
    for (const l of LABELS) {
      const st = obj.elements[l];
      if (!STATUSES.includes(st)) { err(`elements.${l}: bad status ${JSON.stringify(st)}`); continue; }
      stats.elements[l][st]++;
      if (st === 'present' && used[l] === 0) err(`elements.${l} is present but no unit is labelled ${l}`);
      if (st === 'missing' && used[l] > 0) err(`elements.${l} is missing but ${used[l]} unit(s) are labelled ${l}`);
    }
    for (const k of Object.keys(obj.elements)) if (!LABELS.includes(k)) err(`elements: unknown key ${k}`);
    const four = ['problem', 'hero', 'change', 'outcome'].map((l) => obj.elements[l]);
    if (four.every((s) => s === 'present')) stats.allFourPresent++;
    else stats.someWeakOrMissing++;
  });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`pitches: ${stats.pitches}, units: ${stats.sentences} (${stats.unlabelled} unlabelled), words: ${stats.words}`);
console.log(`all of problem/hero/change/outcome present: ${stats.allFourPresent}; at least one of them weak or missing: ${stats.someWeakOrMissing}`);
console.log('\nunit labels:');
for (const l of LABELS) console.log(`  ${pad(l, 9)} ${stats.labels[l]}`);
console.log('\nelement statuses:      present  weak  missing');
for (const l of LABELS) {
  const e = stats.elements[l];
  console.log(`  ${pad(l, 20)} ${pad(e.present, 8)} ${pad(e.weak, 5)} ${e.missing}`);
}
const show = (name, o) => console.log(`\n${name}: ${Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
show('quality', stats.quality);
show('length', stats.length);
show('domain', stats.domain);
show('hard cases', stats.hardCases);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('\nOK');
