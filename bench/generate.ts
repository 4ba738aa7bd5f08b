// bench/generate.ts — a synthetic news corpus with known story labels, for the story benchmark.
// Each event has a type (earthquake, arrest, ...), made-up people/places/organisations, numbers
// and a date; its articles are sentences from the event type's templates filled with the event's
// slots, plus common news filler (some from examples/seeds), in varied order. About one article in
// six is a near-copy of an earlier article of its event (wire republishing). Look-alike events of
// one type differ only in names, numbers and dates — as in ECB+. Seeded: same N, same corpus.
import type { Article } from '../src/types.js';
import { rng } from '../src/util/random.js';

export interface SyntheticArticle {
  article: Article;
  /** Gold story label (event index). */
  event: number;
}


const SYL = ['ka', 'lo', 'ren', 'vi', 'tor', 'sa', 'mi', 'del', 'an', 'bru', 'ce', 'dor', 'el', 'fa', 'gun', 'ha', 'is', 'jo', 'ku', 'lan', 'mor', 'na', 'os', 'pe', 'qui', 'ras', 'sil', 'ta', 'ul', 'ven', 'wes', 'yor', 'za'];
const TYPES: string[][] = [
  ['A magnitude {n1}.{n2} earthquake struck near {place} in {region} on {wd}, killing at least {n3} people.',
    'The quake damaged buildings across {place}, and {org} said {n4} homes lost power.',
    'Rescue teams searched the rubble in {place} while {person} visited the injured.',
    'Aftershocks shook {region} through the night, {org} officials said.'],
  ['Police in {place} arrested {person} on {wd} on suspicion of drunk driving.',
    '{person}, who plays for {org}, failed a sobriety test on Route {n3}, officers said.',
    'The {org} general manager said the team was aware of the arrest of {person}.',
    '{person} was released from the {place} county jail after posting bail of {n4} dollars.'],
  ['Voters in {region} elected {person} as mayor of {place} on {wd} with {n3} percent of the vote.',
    '{person}, the candidate of {org}, defeated the incumbent after a campaign about housing.',
    'Turnout in {place} reached {n4} voters, the {region} election board said.',
    '{org} leaders congratulated {person} and promised cooperation in {place}.'],
  ['A fire broke out at a warehouse owned by {org} in {place} on {wd}.',
    'Firefighters from {region} fought the blaze for {n3} hours, and {n4} residents were evacuated.',
    '{person}, the {place} fire chief, said the cause of the fire was under investigation.',
    'Smoke from the {org} warehouse could be seen across {region}.'],
  ['Workers at {org} in {place} went on strike on {wd} demanding a {n3} percent pay rise.',
    'Union leader {person} said {n4} employees had joined the walkout in {region}.',
    'Management of {org} called the strike illegal and offered talks in {place}.',
    'The strike halted production across {region}, {person} said.'],
];
const FILLER = [
  'Officials said more details would be released later.',
  'The situation remained tense on Wednesday evening.',
  'Local media reported the news first, citing witnesses.',
  'It is wrong to say that Moscow was unhappy, a spokesman said.',
  'Traditionally, the government is ready to build good relations with those who believe in dialogue.',
  'It is unclear who orchestrated the events.',
  'Critics said the response had been too slow.',
  'The story is developing and will be updated.',
];
const WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function name(r: () => number, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYL[Math.floor(r() * SYL.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

interface Event {
  type: number;
  slots: Record<string, string>;
  day: number;
}

function makeEvent(i: number, r: () => number): Event {
  const slots: Record<string, string> = {
    place: name(r, 3), region: name(r, 2) + 'ia', person: `${name(r, 2)} ${name(r, 3)}`, org: `${name(r, 2)} ${['Corp', 'Agency', 'Party', 'Union', 'Group'][Math.floor(r() * 5)]}`,
    wd: WD[Math.floor(r() * 7)]!, n1: String(4 + Math.floor(r() * 5)), n2: String(Math.floor(r() * 10)), n3: String(2 + Math.floor(r() * 90)), n4: String(100 + Math.floor(r() * 50000)),
  };
  // Events spread over ~3 years, so the corpus has look-alikes both near and far in time.
  return { type: i % TYPES.length, slots, day: 17000 + Math.floor(r() * 1100) };
}

const fill = (t: string, s: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => s[k] ?? k);

function toArticle(id: string, title: string, text: string, day: number | null): Article {
  return {
    id, input: { path: null, url: null, format: 'text' }, outlet: null, title, subtitle: null,
    published: day === null ? null : new Date(day * 86400000).toISOString().slice(0, 10),
    dateline: null, language: 'en', text, removed: [], headings: [], sentences: [], entities: [], quotes: [], numbers: [], cues: [], issues: [],
  };
}

/** N articles, about `perEvent` per event, generated lazily (constant memory). 10% undated. */
export function* generate(n: number, seed = 1, perEvent = 8): Generator<SyntheticArticle> {
  const r = rng(seed);
  const events: Event[] = [];
  const lastText: (string | undefined)[] = [];
  const eventCount = Math.max(1, Math.round(n / perEvent));
  for (let i = 0; i < n; i++) {
    // Articles arrive roughly in event order, with a window of ~50 active events.
    const e = Math.min(eventCount - 1, Math.floor((i / n) * eventCount + (r() - 0.5) * 50 * (eventCount / n) * perEvent / 8));
    const ev = Math.max(0, e);
    while (events.length <= ev) events.push(makeEvent(events.length, r));
    const E = events[ev]!;
    let text: string;
    const prev = lastText[ev];
    if (prev && r() < 0.17) {
      text = prev + '\n\n' + FILLER[Math.floor(r() * FILLER.length)]!; // a wire copy with a line added
    } else {
      const tpl = [...TYPES[E.type]!].sort(() => r() - 0.5).slice(0, 3);
      const sents = tpl.map((t) => fill(t, E.slots));
      sents.splice(Math.floor(r() * sents.length), 0, FILLER[Math.floor(r() * FILLER.length)]!);
      text = sents.join('\n\n');
      lastText[ev] = text;
    }
    const day = r() < 0.1 ? null : E.day + Math.floor(r() * 3);
    const title = fill(TYPES[E.type]![0]!.split(/[,.]/)[0]!, E.slots);
    yield { article: toArticle(`syn${i}`, title, text, day), event: ev };
  }
}
