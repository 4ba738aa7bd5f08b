// src/analyze/ner/build-gazetteer.ts — builds the shipped name lexicon
// (src/analyze/lexicons/gazetteer.txt.gz) from the gazetteers in ../shared/data/gazetteers.
// Build-time only (called by script/train-ner.ts); the runtime reads the lexicon, never the data.
// Only lists whose licence allows shipping are used (see docs/ner.md for credits); mledoze (ODbL,
// share-alike) is deliberately left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconForm, type GazCategory } from './gazetteer.js';

function tsv(path: string, sep = '\t'): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const head = splitRow(lines[0] ?? '', sep);
  return lines.slice(1).map((l) => {
    const cells = splitRow(l, sep);
    const row: Record<string, string> = {};
    head.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
}

/** Split a TSV row, or a CSV row with simple double-quoted fields. */
function splitRow(line: string, sep: string): string[] {
  if (sep === '\t') return line.split('\t');
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === sep) out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const CORP_SUFFIX = /[,.]?\s+(inc|corp|corporation|co|ltd|plc|llc|lp|l\.p|sa|ag|nv|se|holdings?|group|company|limited|trust)\.?$/i;

/** category -> names, in source order (deduplicated by the caller). */
export function collectNames(dir: string): Map<GazCategory, string[]> {
  const out = new Map<GazCategory, string[]>();
  const add = (cat: GazCategory, ...names: (string | undefined)[]) => {
    let list = out.get(cat);
    if (!list) out.set(cat, (list = []));
    for (const n of names) {
      const t = n?.trim();
      if (t && t.length > 1 && t.length < 60 && !/[;()\[\]{}]/.test(t)) list.push(t);
    }
  };
  const g = (p: string) => join(dir, p);

  for (const r of tsv(g('ssa-first-names/ssa-first-names-1880-2020.tsv'))) {
    if (Number(r.count_since_1950) >= 2000) add('first', r.name);
  }
  for (const f of ['male-first-names-1990.tsv', 'female-first-names-1990.tsv']) {
    for (const r of tsv(g(`census-1990-names/${f}`))) add('first', titleCase(r.name ?? ''));
  }
  for (const r of tsv(g('census-1990-names/surnames-1990.tsv'))) {
    if (Number(r.rank) <= 40000) add('last', titleCase(r.name ?? ''));
  }
  for (const r of tsv(g('factbook-countries/factbook-country-names.tsv'))) {
    add('country', r.conventional_short_form, r.conventional_long_form, r.abbreviation);
    add('demonym', r.nationality_adjective, ...(r.nationality_noun ?? '').replace(/\(s\)|\(es\)/g, '').split(/,|\bor\b/));
    add('city', r.capital?.replace(/;.*$/, ''));
  }
  for (const r of tsv(g('country-codes/country-codes.csv'), ',')) {
    add('country', r['CLDR display name'], r['UNTERM English Short']?.replace(/\s*\(the\)$/, ''));
  }
  for (const r of tsv(g('geonames-cities15000/cities15000.tsv'))) {
    add('city', r.name, r.asciiname);
  }
  for (const r of tsv(g('geonames-admin1/admin1.tsv'))) add('region', r.name, r.name_ascii);
  for (const r of tsv(g('natural-earth-physical/physical-features.tsv'))) add('region', titleCase(r.name ?? ''));
  add('region', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Antarctica',
    'Oceania', 'Middle East', 'Balkans', 'Caucasus', 'Scandinavia', 'Central Asia', 'Southeast Asia', 'Gulf');
  for (const r of tsv(g('partyfacts-parties/partyfacts-core-parties.tsv'))) {
    add('org', r.name, ...(r.name_english ?? '').split(' / '));
  }
  for (const r of tsv(g('factbook-international-orgs/international-organizations.tsv'))) {
    if (r.abbreviation || /[A-Z]/.test(r.name?.[0] ?? '')) add('org', r.name, r.abbreviation, ...(r.aliases ?? '').split('|'));
  }
  for (const r of tsv(g('us-federal-agencies/agencies-and-subs.csv'), ',')) add('org', r.Agency, r.Bureau);
  for (const r of tsv(g('ticker-sniffer-company-aliases/company-symbol-aliases.tsv'))) {
    const n = (r.company_name ?? '').replace(CORP_SUFFIX, '').replace(/\s*(&|and)$/i, '').replace(CORP_SUFFIX, '');
    add('company', n);
  }
  for (const r of tsv(g('news-fundus-publishers/fundus-publishers.tsv'))) add('outlet', r.name);
  for (const r of tsv(g('news-freebie-websources/freebie-websources.tsv'))) add('outlet', r.name);
  return out;
}

/** Nationality adjective -> country ("Russian" -> "Russia"), unambiguous ones only (Factbook). */
export function collectAdjectives(dir: string): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const independent = new Set(
    tsv(join(dir, 'country-codes/country-codes.csv'), ',').filter((r) => r.is_independent === 'Yes').map((r) => r['ISO3166-1-Alpha-2']),
  );
  for (const r of tsv(join(dir, 'factbook-countries/factbook-country-names.tsv'))) {
    const country = r.conventional_short_form?.trim();
    if (!country || country === 'none' || !independent.has(r.iso2)) continue;
    for (const adj of (r.nationality_adjective ?? '').split(/,|\bor\b/)) {
      const a = adj.trim();
      if (!/^\p{Lu}[\p{L}-]+$/u.test(a)) continue;
      if (!seen.has(a)) seen.set(a, new Set());
      seen.get(a)!.add(country);
    }
  }
  const out = new Map<string, string>();
  for (const [a, cs] of seen) if (cs.size === 1) out.set(a, [...cs][0]!);
  return out;
}

/** Serialize: one `#category` line, then one name per line; `#adjective` lines are `adj<TAB>country`. */
export function serializeGazetteer(names: Map<GazCategory, string[]>, adjectives = new Map<string, string>()): string {
  const parts: string[] = [];
  parts.push('#adjective', ...[...adjectives].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([a, c]) => `${a}\t${c}`));
  for (const [cat, list] of [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    parts.push(`#${cat}`, ...[...new Set(list.map(lexiconForm))].filter((n) => n.length > 1).sort());
  }
  return parts.join('\n') + '\n';
}
