// test/quotes-speakers.test.ts — quotes round 3: speaker rules (outermost attribution, passive
// frames, relative "who", appositives, bylines, prior-sentence frames, nested outer sources) and
// frames outside the reporting lexicon, with must-not-match rows. Hand-made contexts (no
// entities analyzer), like test/quotes.test.ts.
import { describe, expect, it } from 'vitest';
import { notASpeaker } from '../src/analyze/quotes/speaker.js';
import { analyzedQuotes, runQuotes } from './helpers/quotes.js';

const run = runQuotes;

describe('speakers (round 3)', () => {
  // [name, text, words of the quote to find, speaker, speakerSpan as written, via]
  const rows: [string, string, string, string | null, string | null, string | null][] = [
    ['name ending in -ly is no adverb', '"Elections matter," Kelly said.', 'Elections matter', 'Kelly', 'Kelly', null],
    ['title abbreviation before the name', '“Carolina’s going to win,” Gov. Kasich replied.', 'Carolina’s going to win', 'Kasich', 'Gov. Kasich', null],
    ['lower-case premodifier', '“It was opposed,” said former Sen. Evan Bayh, a moderate.', 'It was opposed', 'Evan Bayh', 'former Sen. Evan Bayh', null],
    ['number-hyphen descriptor', '“He is a leader,” said the 46-year-old.', 'He is a leader', 'the 46-year-old', 'the 46-year-old', null],
    ['party tag', '“There is energy,” Rep. Earl Blumenauer (D-Ore.) said.', 'There is energy', 'Earl Blumenauer', 'Rep. Earl Blumenauer', null],
    ['long appositive with a possessive', '“We raised money,” Jeff Weaver, Sanders’ campaign manager, said.', 'We raised money', 'Jeff Weaver', 'Jeff Weaver', null],
    ['wrong-direction closing mark', '“It is unusual,“ said Larry Noble, an attorney.', 'It is unusual', 'Larry Noble', 'Larry Noble', null],
    ['full stop then a bare frame', '“I hope you find the emails.” Trump said.', 'I hope you find the emails.', 'Trump', 'Trump', null],
    ['dash byline', '“We deserve better.” ― Pamela Padilla', 'We deserve better.', 'Pamela Padilla', 'Pamela Padilla', null],
    ['outermost attribution', 'Lapp said she thinks Republicans “are going to be dragged down.”', 'are going to be dragged down.', 'Lapp', 'Lapp', null],
    ['coordinated predicate', 'Wilson praised Rubio and said the senator can “bring positive change” to Washington.', 'bring positive change', 'Wilson', 'Wilson', null],
    ['passive with agent', 'Sanders was asked by host Bill Maher, “Did you say it?”', 'Did you say it?', 'Bill Maher', 'host Bill Maher', null],
    ['relative who', 'Beck, who has described Trump as “a dangerous sociopath,” left early.', 'a dangerous sociopath', 'Beck', 'who', null],
    ['prior sentence frame', 'Smith spoke first.\n\nDianne Bystrom agreed. “Republicans are running out of time.”', 'Republicans are running out of time.', 'Dianne Bystrom', 'Dianne Bystrom', null],
    ['according to a document', '“Vote as you see fit,” Walker said, according to an Associated Press account.', 'Vote as you see fit', 'Walker', 'Walker', 'an Associated Press account'],
    ['outlet reports the frame', '“You are not welcome,” said Kristen Day, reports USA Today.', 'You are not welcome', 'Kristen Day', 'Kristen Day', 'USA Today'],
    ['according to as the frame', 'According to the newspaper, “Gun laws empower dealers.”', 'Gun laws empower dealers.', 'the newspaper', 'the newspaper', null],
    ['verb outside the lexicon', 'Cruz blamed the law on “knuckleheaded Democratic politicians.”', 'knuckleheaded Democratic politicians.', 'Cruz', 'Cruz', null],
    ['absolute participle frame', 'Supporters punched a protester at the rally, with Trump reportedly yelling: “Get him out of here!”', 'Get him out of here!', 'Trump', 'Trump', null],
    ['long quotation after a name and a colon', 'POLLS NOT WRONG - Mark Blumenthal: “Although the polls failed to predict the win, it isn’t because they were dead wrong.”', 'Although the polls failed to predict the win, it isn’t because they were dead wrong.', 'Mark Blumenthal', 'POLLS NOT WRONG - Mark Blumenthal', null],
    ['long quotation, subject outside the lexicon', 'The email goes on to say: “Trump wants to write racism into our law books and it could threaten our security.”', 'Trump wants to write racism into our law books and it could threaten our security.', 'The email', 'The email', null],
    ['digits joined by a slash in a descriptor', '“They are 100 percent wrong,” said 9/11 widow Terry Strada.', 'They are 100 percent wrong', 'Terry Strada', '9/11 widow Terry Strada', null],
    ['gerund noun ending an inverted frame', '“A state cannot avoid the conclusion,” said the ruling.', 'A state cannot avoid the conclusion', 'the ruling', 'the ruling', null],
    ['manner verb after a quote', '"Hey, hey! Ho, ho! Rahm Emanuel has got to go!" some protesters chanted.', 'Hey, hey! Ho, ho! Rahm Emanuel has got to go!', 'some protesters', 'some protesters', null],
    ['as X put it', 'At the time, as prosecutor Marc Trevidic put it, "there was not much to complain about in the strict terms of the law."', 'there was not much to complain about in the strict terms of the law.', 'Marc Trevidic', 'prosecutor Marc Trevidic', null],
    ['a quoted name inside the appositive', '“We have had better conventions,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said.', 'We have had better conventions', 'Bill Eastland', 'Texas delegate Bill Eastland', null],
    ['according to a source provided by a name', '“They are too much,” Bill Clinton said, according to audio provided by Wyoming Public Radio.', 'They are too much', 'Bill Clinton', 'Bill Clinton', 'audio provided by Wyoming Public Radio'],
    ['reported speech, then the same person verbatim', '“We stay,” said Hishammuddin Hussein.\n\nCarter said that for decades critics had predicted a withdrawal.\n\n“That is because this region matters to us and always will.”', 'That is because this region matters to us and always will.', 'Carter', 'Carter', null],
    ['an -ly adverb opening the introduction', 'Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked.”', 'Last night, our nation was attacked.', 'Trump', 'Trump', null],
    ['a comma inside an introduction', 'Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test “a clear violation” of the resolutions.', 'a clear violation', 'Security Council', 'the Security Council', null],
    ['particle verb', 'Clinton played down the dispute as “a distraction from the real issues.”', 'a distraction from the real issues.', 'Clinton', 'Clinton', null],
  ];
  it.each(rows)('%s', (_name, text, said, speaker, who, via) => {
    const q = run(text).find((x) => x.said === said);
    expect(q).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.who).toBe(who);
    expect(q!.via).toBe(via);
  });

  it('pronoun does not take a name inside its own quote', () => {
    const q = run('Officials met on Monday.\n\n“Trump is wrong about this,” he said.').find((x) => x.kind === 'direct');
    expect(q?.who).toBe('he');
    expect(q?.speaker).not.toBe('Trump');
  });

  it('clause of a relative frame stops at its comma', () => {
    const q = run('Smith, who estimates that his costs were “in the seven figures,” has sued the city.').find((x) => x.kind === 'indirect');
    expect(q?.said).toBe('his costs were “in the seven figures,”');
  });
});

describe('must not attribute (round 3)', () => {
  it('a quote closed by its own period: the next sentence is not its frame', () => {
    const qs = run('Pataki praised Kasich as “a uniter.” He warns that the party could split.');
    expect(qs.some((q) => q.cue === 'warns' && q.said.includes('uniter'))).toBe(false);
  });
  it('the addressee of a passive frame is not the speaker', () => {
    expect(run('Trump was asked, “What is the most dangerous place?”').some((q) => q.speaker === 'Trump')).toBe(false);
  });
  it('a capitalised verb form inside a name is no cue', () => {
    expect(run('Officials in the United States “remain concerned about the situation here.”').some((q) => q.cue === 'States')).toBe(false);
  });

  // No quoted words attributed at all (no direct/partial quote, no clause containing the marks).
  const rows: [string, string][] = [
    ['title in a predicate', 'Clinton said in an interview with “Fox News Sunday.”'],
    ['so-called', 'The senators backed the so-called “fair deal for working families” in May.'],
    ['copula', 'The slogan was “Make the country work again for everyone.”'],
    ['perception verb', 'The senator watched “The Daily Show with Trevor Noah” last night.'],
  ];
  it.each(rows)('%s', (_name, text) => {
    expect(run(text).filter((q) => q.kind !== 'indirect' || q.said.includes('“'))).toEqual([]);
  });
});

describe('speakers and spans (round 4)', () => {
  // [name, text, words of the quote to find, speaker, speakerSpan as written]
  const rows: [string, string, string, string | null, string | null][] = [
    ['postmodifier stays in the speaker phrase', 'Another source familiar with Cruz’s thinking said, “He will try to be friendlier.”', 'He will try to be friendlier.', null, 'Another source familiar with Cruz’s thinking'],
    ['participle postmodifier: the head speaks, not the object', 'An intelligence source speaking to Fox News said, “The agents are investigating the donations.”', 'The agents are investigating the donations.', 'An intelligence source', 'An intelligence source'],
    ['sentence after a quote closed by its period', 'Cruz said that “the only way to win is to ask.” Asked which county he liked, he demurred: “Whichever one I’m in at the moment.”', 'Whichever one I’m in at the moment.', 'Cruz', 'he'],
    ['dateline before the subject', 'WASHINGTON, Dec. 8 (UPI) — Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”', 'We have to be ready to stop him.', 'Clinton’s right-hand woman', 'Clinton’s right-hand woman'],
    ['participle continues the cue before it', 'Ryan and Trump will meet next week, Spicer said, adding, “They need to sit down and have a good talk.”', 'They need to sit down and have a good talk.', 'Spicer', 'Spicer'],
    ['abbreviation ends the frame sentence', '“The record is not good,” Sanders said at a rally in Binghamton, N.Y. “She worked to export fracking throughout the world.”', 'She worked to export fracking throughout the world.', 'Sanders', 'Sanders'],
    ['party tag with state abbreviation', '“They have nothing to worry about,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.', 'They have nothing to worry about', 'Chuck Schumer', 'Sen. Chuck Schumer'],
    ['name set off after a descriptor', '“Positions are gonna soften,” Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO.', 'Positions are gonna soften', 'Joe Kasper', 'Joe Kasper'],
    ['premodifiers before the speaker', '"I have never been prouder," former State policy planning director Anne-Marie Slaughter wrote.', 'I have never been prouder', 'Anne-Marie Slaughter', 'director Anne-Marie Slaughter'],
    ['tail of the quoted sentence, then the frame', '"Many would consider that an embarrassment for Clinton" if she did not win by a wide margin, said David Wasserman, an analyst.', 'Many would consider that an embarrassment for Clinton', 'David Wasserman', 'David Wasserman'],
    ['participle after a verb and its object', 'At the time, she released a statement saying, "We are confident in our partner."', 'We are confident in our partner.', null, 'she'],
    ['progressive reporting verb', 'He’s predicting he will do “very, very well” in the next contest.', 'very, very well', null, 'He'],
    ['long opening phrase before a short predicate', 'As if addressing the magnate directly, the Illinois Board of Elections was conclusive: “Further discussion is unnecessary.”', 'Further discussion is unnecessary.', null, 'the Illinois Board of Elections'],
    ['statement announced in the previous paragraph', 'In response, Donald Trump issued the following statement:\n\n“Our prayers are with all those affected by the attacks.”', 'Our prayers are with all those affected by the attacks.', 'Donald Trump', 'Donald Trump'],
    ['dash signature in the next paragraph', 'Debate claims.\n\n"Almost all new income is going to the top 1 percent."\n\n- Bernie Sanders.', 'Almost all new income is going to the top 1 percent.', 'Bernie Sanders', 'Bernie Sanders'],
    ['restrictive relative "that"', 'The listing was replaced by a message that said, "Sorry, but the item is no longer in the system."', 'Sorry, but the item is no longer in the system.', 'a message', 'that'],
    ['nested subject of a told-clause', 'But he told ABC’s “Good Morning America” that he agrees Trump is a “total opportunist.”', 'total opportunist.', null, 'he'],
  ];
  it.each(rows)('%s', (_name, text, said, speaker, who) => {
    const q = run(text).find((x) => x.said === said);
    expect(q).toBeDefined();
    if (speaker !== null) expect(q!.speaker).toBe(speaker);
    expect(q!.who).toBe(who);
  });

  it('the clause of a partial quote stops at a coordinated predicate', () => {
    const q = run('She said she respects Sanders’ “passion and commitment” but argues that he cannot deliver.').find((x) => x.kind === 'indirect');
    expect(q?.said).toBe('she respects Sanders’ “passion and commitment”');
  });
});

describe('must not attribute (round 4)', () => {
  // [name, text, a speaker that must not appear]
  const rows: [string, string, string][] = [
    ['a subordinator is no speaker', 'When asked about the trail, Canova said, “No comment.”', 'When'],
    ['a capitalised preposition is no speaker', 'Alongside BLM calls for action, a top GOP strategist said, “She is going to have to come out.”', 'Alongside BLM'],
    ['a noun after a possessive is no cue', 'Experts have discounted Pyongyang’s claims, citing its “explosive yield” in the past.', 'discounted Pyongyang’s'],
    ['the object of a verb is no speaker', 'Hillary Clinton posted a Twitter comment of her own, saying, “We are so excited!”', 'a Twitter comment of her own'],
    ['a plural-noun cue form after "of" and a modifier is a noun', 'The site rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.', 'Republican'],
  ];
  it.each(rows)('%s', (_name, text, bad) => {
    expect(run(text).some((q) => q.speaker === bad || q.who === bad)).toBe(false);
  });
});

describe('fragment frames (round 5)', () => {
  // [name, text, fragment, speakerSpan as written]
  const rows: [string, string, string, string][] = [
    ['verb ... as before the fragment', 'Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd.” His supporters shrugged.', 'absurd.', 'Campaign chair Paul Manafort'],
    ['participle ... as before the fragment', 'The nominee staked his campaign on immigration, portraying immigrants, in particular, as "rapists" and criminals.', 'rapists', 'The nominee'],
    ['refer to ... as', 'Bush referred to Rubio as “a bright, charismatic leader” at the event.', 'a bright, charismatic leader', 'Bush'],
    ['one-word connective before the subject', 'Then he cut into Bush, calling him a "stiff" at the rally.', 'stiff', 'he'],
    ['but before a name subject', 'But Cruz entered the last week with counties still to visit, calling them “the Iowa way” of campaigning.', 'the Iowa way', 'Cruz'],
    ['possessive pronoun before a noun of speech', 'De Blasio also repeated his claim that “profit-making” was the motivation for the firms.', 'profit-making', 'his'],
    ['name possessive with a modifier', 'The worries go beyond Trump’s controversial pledge to be "neutral" during the peace talks.', 'neutral', 'Trump'],
  ];
  it.each(rows)('%s', (_name, text, said, who) => {
    const q = run(text).find((x) => x.said === said);
    expect(q).toBeDefined();
    expect(q!.who).toBe(who);
  });
});

describe('must not frame a fragment (round 5)', () => {
  // [name, text, fragment that must not become a quote]
  const rows: [string, string, string][] = [
    ['"known as" names, it does not attribute', 'The hacker known as “Guccifer” was extradited in 2014.', 'Guccifer'],
    ['"such as" lists', 'Officials searched for words such as "ambassador" in the records.', 'ambassador'],
    ['an AS verb far from "as"', 'The senator praised the workers at the plant on Monday and then, after a long lunch with the mayor, left the town as "a friend" of all.', 'a friend'],
    ['a noun of speech with an article has no owner', 'The claim that “profit-making” was the motivation was false.', 'profit-making'],
    ['a noun of speech far from the fragment', 'His statement on the budget came before the long recess and the vote on the “pork” bill.', 'pork'],
    ['"the" is no possessive owner', 'The worries go beyond the controversial pledge to be "neutral" during the peace talks.', 'neutral'],
  ];
  it.each(rows)('%s', (_name, text, said) => {
    expect(run(text).some((q) => q.said === said)).toBe(false);
  });
});

describe('pronoun antecedents with the entities analyzer', () => {
  const full = analyzedQuotes;
  it('the subject of the pronoun’s own sentence outranks the previous speaker', () => {
    const text = '“We will respond,” said Jean-Marc Ayrault, the French foreign minister.\n\nSecretary of State John Kerry condemned what he called a “brazen breach” of the resolutions.';
    const q = full(text).find((x) => x.said.includes('brazen breach'));
    expect(q?.speaker).toBe('John Kerry');
  });
  it('without a subject in the sentence, the previous speaker stays (must not move)', () => {
    const text = '“We will respond,” said Jean-Marc Ayrault, the French foreign minister.\n\n“It is a brazen breach,” he said.';
    const q = full(text).find((x) => x.said.includes('brazen breach'));
    expect(q?.speaker).toBe('Jean-Marc Ayrault');
  });
});

describe('frameless quotations inside a sentence (must not match)', () => {
  it.each([
    ['a short scare quote', 'Critics doubt the “reform” will pass this year.'],
    ['a nine-word fragment', 'The bill, which would “make the tax code simpler and fairer for everyone,” passed.'],
  ])('%s', (_name, text) => {
    expect(run(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('one reported clause with two quoted fragments', () => {
  it('grows one clause instead of two overlapping ones', () => {
    const text = 'Manafort said Trump has “several ways” of reaching the number, including with the “unbound” delegates who go to Cleveland.';
    const clauses = run(text).filter((q) => q.kind === 'indirect');
    expect(clauses.map((q) => q.said)).toEqual(['Trump has “several ways” of reaching the number, including with the “unbound” delegates who go to Cleveland']);
  });
});

describe('phrases that cannot name a speaker', () => {
  it.each([
    ['in the past', true],
    ['rallied young people', true],
    ['hacked', true],
    ['they’ve', true],
    // must not: noun phrases, and any phrase with a name in it
    ['officials', false],
    ['former employees', false],
    ['retired Air Force general Lloyd Newton', false],
    ['the campaign', false],
  ])('%s -> %s', (phrase, junk) => {
    expect(notASpeaker(phrase)).toBe(junk);
  });
});
