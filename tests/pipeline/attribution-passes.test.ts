/**
 * Each attribution pass on small paragraphs written for it: who speaks the
 * quotation, and which pass decided it. No entity list: everyone is found in
 * the text.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/pipeline/attribution.ts';
import { createEntityMatcher } from '../../src/pipeline/entities.ts';
import type { SpeakerPass } from '../../src/schema/briefing.ts';

const none = createEntityMatcher([]);
/** The speaker and pass of the quotation in `paragraphs` whose text starts with `quote`. */
function speakerOf(paragraphs: string[], quote: string) {
  const { quotes } = analyseArticle(
    paragraphs.map((text) => ({ text })),
    none,
  );
  const found = quotes.find((q) => q.text.startsWith(quote));
  if (!found) throw new Error(`no quotation starting "${quote}" among ${JSON.stringify(quotes.map((q) => q.text))}`);
  return { speaker: found.speaker?.name ?? null, pass: found.pass, role: found.speaker?.role ?? null };
}

interface Case {
  name: string;
  paragraphs: string[];
  quote: string;
  speaker: string | null;
  pass: SpeakerPass | null;
}

const cases: Case[] = [
  {
    name: 'a speech verb after the quote',
    paragraphs: ['“We will not back down,” Maria Delgado said.'],
    quote: 'We will not',
    speaker: 'Maria Delgado',
    pass: 'cue-after-quote',
  },
  {
    name: 'inverted, with an apposition after the name',
    paragraphs: ['“It is a positive thing,” said Kristen Day, executive director of the group.'],
    quote: 'It is a positive',
    speaker: 'Kristen Day',
    pass: 'cue-after-quote',
  },
  {
    name: 'an apposition with commas of its own before the verb',
    paragraphs: ['“We need people who unite,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.'],
    quote: 'We need people',
    speaker: 'Harry Bond',
    pass: 'cue-after-quote',
  },
  {
    name: 'a place and a role before the name',
    paragraphs: ['“Every publisher rejected me,” says Cambridge cartoonist Andre Campbell.'],
    quote: 'Every publisher',
    speaker: 'Andre Campbell',
    pass: 'cue-after-quote',
  },
  {
    name: 'a question mark ends the sentence before the cue',
    paragraphs: ['“Do we want more of this?” said Gokool. “No.”'],
    quote: 'Do we want',
    speaker: 'Gokool',
    pass: 'cue-after-quote',
  },
  {
    name: 'a signature after the quote',
    paragraphs: ['“I’m so ashamed.” ― Pamela Padilla', '“He cannot answer a question.” ― Krystal Correa'],
    quote: 'He cannot',
    speaker: 'Krystal Correa',
    pass: 'cue-after-quote',
  },
  {
    name: 'inverted: a role, then the name',
    paragraphs: ['“Most places will not print fewer than 1,000 copies,” says Campbell’s partner, Jason Louth.'],
    quote: 'Most places',
    speaker: 'Jason Louth',
    pass: 'cue-after-quote',
  },
  {
    name: 'inverted: a possessive’s role, then the name in apposition',
    paragraphs: ['“We treat the whole month as one long election day,” said Lyon’s deputy campaign manager, Rita Beaumont, who ran the last ground game.'],
    quote: 'We treat',
    speaker: 'Rita Beaumont',
    pass: 'cue-after-quote',
  },
  {
    name: 'a possessive’s role, the name in apposition, then the verb',
    paragraphs: ['“Positions are going to soften,” state Sen. Paul Oduya’s chief of staff, Joel Kessler, told reporters.'],
    quote: 'Positions are',
    speaker: 'Joel Kessler',
    pass: 'cue-after-quote',
  },
  {
    name: '“his wife, Name,” names the speaker, not the person named before',
    paragraphs: [
      'Public defender Nora Quist wrote that Andrei Balan was a devoted father.',
      '“We need him because life is hard,” his wife, Irina Balan, wrote to the court.',
    ],
    quote: 'We need him',
    speaker: 'Irina Balan',
    pass: 'cue-after-quote',
  },
  {
    name: 'inverted: a possessive’s role of one word, then a one-word name',
    paragraphs: ['Theo Marsh, 16, sold 40 copies.', '“Without the shop, Theo would not be drawing,” says Marsh’s dad, Darren.'],
    quote: 'Without the shop',
    speaker: 'Darren',
    pass: 'cue-after-quote',
  },
  {
    name: 'inverted: a lower-case role with “of” before the name',
    paragraphs: ['“The first line of defence is the community,” said former secretary of state Helen Ward, who praised the plan.'],
    quote: 'The first line',
    speaker: 'Helen Ward',
    pass: 'cue-after-quote',
  },
  {
    name: 'a surname that is also a speech verb, after the quote, is the name',
    paragraphs: ['Chief executive Lily Sing said the board had weighed the risk.', '“We have assessed this deal with care,” Sing said.'],
    quote: 'We have assessed',
    speaker: 'Lily Sing',
    pass: 'cue-after-quote',
  },
  {
    name: 'inverted: an abbreviated rank inside the name',
    paragraphs: ['“We are already at war with them,” said army spokesman Navy Capt. Joel Dane, who was asked about the strategy.'],
    quote: 'We are already',
    speaker: 'Joel Dane',
    pass: 'cue-after-quote',
  },
  {
    name: 'a person of a body',
    paragraphs: ['“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.'],
    quote: 'It was the least',
    speaker: 'Morgan',
    pass: 'cue-after-quote',
  },
  {
    name: 'a description, then the name, then the verb',
    paragraphs: ['“She is also a mother,” another friend, Mariam Emara told CTV News.'],
    quote: 'She is also',
    speaker: 'Mariam Emara',
    pass: 'cue-after-quote',
  },
  {
    name: 'an inverted speech verb opening the sentence',
    paragraphs: ['Said Dorothy Poynter, who grew up with him in the neighbourhood, “We were all so proud of him.”'],
    quote: 'We were all',
    speaker: 'Dorothy Poynter',
    pass: 'cue-before-quote',
  },
  {
    name: 'a speech verb before the quote, in its sentence',
    paragraphs: ['After the debate, Hillary Clinton shot back, “I chose to fulfil my profession.”'],
    quote: 'I chose',
    speaker: 'Hillary Clinton',
    pass: 'cue-before-quote',
  },
  {
    name: 'an object between the verb and the quote',
    paragraphs: ['San Diego chapter president Luis Osuna told The Huffington Post: “A lot of people are assuming things.”'],
    quote: 'A lot of people',
    speaker: 'Luis Osuna',
    pass: 'cue-before-quote',
  },
  {
    name: 'a possessive’s role and the name in apposition before the verb, after a place',
    paragraphs: ['In a statement to the Gazette, her senior policy adviser, Jacob Sellers, said: “She values a strong voice in Europe.”'],
    quote: 'She values',
    speaker: 'Jacob Sellers',
    pass: 'cue-before-quote',
  },
  {
    name: 'a participle continues the clause’s first speaker',
    paragraphs: ['Ryan and Trump will meet next week, Sean Spicer said, adding, “They need to sit down and talk.”'],
    quote: 'They need',
    speaker: 'Sean Spicer',
    pass: 'cue-before-quote',
  },
  {
    name: 'a participle after an object: the clause’s subject, not its object',
    paragraphs: ['During a speech, Donald Trump attacked Hillary Clinton for her vote, saying, “She is trigger-happy.”'],
    quote: 'She is trigger',
    speaker: 'Donald Trump',
    pass: 'cue-before-quote',
  },
  {
    name: 'a noun that looks like a verb is no cue',
    paragraphs: ['Jeff Weaver was not impressed with Bernie Sanders’ comments Tuesday, telling reporters, “A lot of people said so.”'],
    quote: 'A lot of people',
    speaker: 'Jeff Weaver',
    pass: 'cue-before-quote',
  },
  {
    name: 'a party label in the apposition',
    paragraphs: ['Sen. Ron Johnson, R-Wis., said in an op-ed, “The State Department failed.”'],
    quote: 'The State Department',
    speaker: 'Ron Johnson',
    pass: 'cue-before-quote',
  },
  {
    name: 'inverted after a comma, before the quote',
    paragraphs: ['Would another layout work better, asks Policy Options editor Jennifer Ditchburn, “has anyone ever considered it?”'],
    quote: 'has anyone',
    speaker: 'Jennifer Ditchburn',
    pass: 'cue-before-quote',
  },
  {
    name: 'a speech phrase of two words',
    paragraphs: ['In mid-December Elon Musk again took to Twitter with this: “Chairman is an honorific.”'],
    quote: 'Chairman is',
    speaker: 'Elon Musk',
    pass: 'cue-before-quote',
  },
  {
    name: 'a clause ending in a colon: its known subject speaks',
    paragraphs: ['Ted Cruz spoke next.', 'Then Cruz called the moderators on it: “The questions asked tonight are unfair.”'],
    quote: 'The questions',
    speaker: 'Ted Cruz',
    pass: 'cue-before-quote',
  },
  {
    name: 'a body named in full before a colon',
    paragraphs: ['As if replying, the Illinois Board of Elections was conclusive in its findings: “Further discussion is unnecessary.”'],
    quote: 'Further discussion',
    speaker: 'Illinois Board of Elections',
    pass: 'cue-before-quote',
  },
  {
    name: 'a verb governed by another: “interjected to say”',
    paragraphs: ['Martin O’Malley, who signed gun laws as governor, interjected to say: “They have both been inconsistent.”'],
    quote: 'They have both',
    speaker: 'Martin O’Malley',
    pass: 'cue-before-quote',
  },
  {
    name: 'a verb governed by a longer chain: “went on to say”',
    paragraphs: ['He wrote that she lacked the temperament.', 'Martin Brynes went on to say, “From the bottom of my heart, I know this to be true.”'],
    quote: 'From the bottom',
    speaker: 'Martin Brynes',
    pass: 'cue-before-quote',
  },
  {
    name: 'a chain before “to say” stops at its subject: “… because he refused to say”',
    paragraphs: [
      'Donald Trump, the nominee, seized on the attacks. He demanded that Mr. Obama resign because he refused to say the words “radical Islam” in his remarks.',
    ],
    quote: 'radical Islam',
    speaker: 'Donald Trump',
    pass: 'cue-before-quote',
  },
  {
    name: 'a participle after two linking words: “And then X went on the attack, saying”',
    paragraphs: ['Donald Trump tweeted twice that morning.', 'And then Trump went fully on the attack, saying, “Is the president going to say the words?”'],
    quote: 'Is the president',
    speaker: 'Donald Trump',
    pass: 'cue-before-quote',
  },
  {
    name: 'the paragraph before ends with a colon',
    paragraphs: ['Senator Ted Cruz continued:', '“You look at the questions asked tonight.”'],
    quote: 'You look',
    speaker: 'Ted Cruz',
    pass: 'colon-introduction',
  },
  {
    name: 'a short speaking sentence introduces the quote',
    paragraphs: ['Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”'],
    quote: 'Mainstream',
    speaker: 'Dianne Bystrom',
    pass: 'colon-introduction',
  },
  {
    name: 'a partial quote belongs to the reported speaker',
    paragraphs: ['Dana Whitfield said on Tuesday that the plan, which had been delayed twice since March, was “dead on arrival” in the Senate.'],
    quote: 'dead on arrival',
    speaker: 'Dana Whitfield',
    pass: 'reported-speech',
  },
  {
    name: 'a partial quote belongs to the sentence’s named subject',
    paragraphs: ['Crown prosecutor Michael Pilon called the conclusion “bold” and based on “one giant assumption.”'],
    quote: 'bold',
    speaker: 'Michael Pilon',
    pass: 'sentence-subject',
  },
  {
    name: 'a quote continues the speaker of the quote before it',
    paragraphs: ['“It feels good,” Dennis Brooks said.', '“And nobody can bother you.”'],
    quote: 'And nobody',
    speaker: 'Dennis Brooks',
    pass: 'quote-continues',
  },
  {
    name: 'a second partial quote continues the first in its sentence',
    paragraphs: ['Crown prosecutor Michael Pilon called the conclusion “bold” and based on “one giant assumption.”'],
    quote: 'one giant',
    speaker: 'Michael Pilon',
    pass: 'quote-continues',
  },
  {
    name: 'a quote just before another in its sentence shares its speaker',
    paragraphs: ['“Talks,” “more talks” and “no deal,” said Ana Ruiz, were all she heard.'],
    quote: 'Talks',
    speaker: 'Ana Ruiz',
    pass: 'next-quote',
  },
  {
    name: 'a pronoun far from its antecedent skips a person whose given name is of the other gender',
    paragraphs: [
      'Wendy Walsh, a nurse, opened the clinic in 2015.',
      'Filmmaker Richard Moss tells its story in a short documentary.',
      'The clinic now treats 40 patients a week.',
      '“We never gave up,” she says.',
    ],
    quote: 'We never',
    speaker: 'Wendy Walsh',
    pass: 'cue-after-quote',
  },
  {
    name: 'a pronoun next to the name outweighs what the given name suggests',
    paragraphs: ['Dana Moore runs the co-op.', 'Lee Finell, a manager at the dairy board, said she is unsure. “We will keep going,” she said.'],
    quote: 'We will keep',
    speaker: 'Lee Finell',
    pass: 'cue-after-quote',
  },
  {
    name: 'a description with a list of adjectives is the person the article is about',
    paragraphs: [
      'Klaus Weber, an engineer, knows that he is entering uncharted waters.',
      '“I don’t know any carmaker that makes money on this,” the lanky, bespectacled professor said.',
    ],
    quote: 'I don’t know',
    speaker: 'Klaus Weber',
    pass: 'cue-after-quote',
  },
  {
    name: 'a quote continues a paragraph of reported speech whose "he said" follows a verb of belief',
    paragraphs: [
      'Justin Trudeau spoke on Tuesday.',
      'There are people trying to create fear, anger and doubt about newcomers, he said, though he named nobody.',
      '“But that kind of fear-mongering is something we all must answer.”',
    ],
    quote: 'But that kind',
    speaker: 'Justin Trudeau',
    pass: 'quote-continues',
  },
  {
    name: '“he” after a heading is the man the paragraphs before are about, named as a subject only',
    paragraphs: [
      'The appointment of Daniel Moretti as minister gave hope to critics of the Harper government’s law.',
      'In a post to his constituents at the time, Moretti expressed concern that the law was too narrow.',
      '‘I was not able to give it my vote’',
      '“On these grounds, I was not able to give it my vote in good conscience,” he wrote.',
      'Prime Minister Stephen Harper named him on Monday.',
    ],
    quote: 'On these grounds',
    speaker: 'Daniel Moretti',
    pass: 'cue-after-quote',
  },
  {
    name: 'a paragraph of quotation alone, after a paragraph about a known person',
    paragraphs: [
      '“Cruz can win,” Richard Vanterpool said.',
      'Vanterpool is upbeat about the senator’s chances in November, in part because he sees him as a uniter.',
      '“Not only can he win in November, he is the one with the best chance of winning.”',
    ],
    quote: 'Not only',
    speaker: 'Richard Vanterpool',
    pass: 'paragraph-subject',
  },
  {
    name: 'no paragraph subject when someone else is named beside the quotation',
    paragraphs: ['Dana Whitfield spoke about the plan at length in the morning.', '“It will not pass this year,” reacted Tom Ellery, a councillor.'],
    quote: 'It will not',
    speaker: null,
    pass: null,
  },
  {
    name: 'no paragraph subject when a signature paragraph follows',
    paragraphs: ['Dana Whitfield spoke about the plan at length in the morning.', '“It will not pass this year.”', '- Tom Ellery.'],
    quote: 'It will not',
    speaker: null,
    pass: null,
  },
  {
    name: 'no attribution anywhere: no speaker',
    paragraphs: ['The sign read “Closed for the season.”', 'Nobody came.'],
    quote: 'Closed',
    speaker: null,
    pass: null,
  },
];

describe('attribution passes', () => {
  for (const c of cases) {
    it(`${c.pass ?? 'none'}: ${c.name}`, () => {
      const found = speakerOf(c.paragraphs, c.quote);
      expect(found.speaker).toBe(c.speaker);
      expect(found.pass).toBe(c.pass);
    });
  }
});

describe('mention → speaker', () => {
  it('“she said” is the last woman named, not the man named since', () => {
    const found = speakerOf(
      ['Nadia Jamil said she had hoped for more. She met Mayor John Tory in October.', '“A lot of the guests had difficulty,” she said.'],
      'A lot of the guests',
    );
    expect(found.speaker).toBe('Nadia Jamil');
  });

  it('“he said” skips a person named only in passing', () => {
    const found = speakerOf(
      [
        'Asked what he would tell Toronto Mayor John Tory about being homeless, Dennis Brooks says he wants to be heard.',
        'But he said it has been a journey. “I got presents for every one of them,” he says.',
      ],
      'I got presents',
    );
    expect(found.speaker).toBe('Dennis Brooks');
  });

  it('a sentence’s subject that “he” refers back to is a person, and the antecedent of the next “he said”', () => {
    const found = speakerOf(
      [
        'Hiram Macharia said the police came. Mamadou Dia was on a business trip when he ended up huddled in a room.',
        '“They told us by text to wait,” he said.',
      ],
      'They told us',
    );
    expect(found.speaker).toBe('Mamadou Dia');
  });

  it('a role as a sentence’s subject (“the mayor brought up …”) keeps its person salient for the next “he said”', () => {
    const found = speakerOf(
      [
        '“I was clear,” Mayor Doug McCallum said.',
        '“The estimate did not consider schedules,” a spokesperson said.',
        'On Dec. 13, the mayor brought up the plan again.',
        '“We can reduce costs considerably,” he said.',
      ],
      'We can reduce',
    );
    expect(found.speaker).toBe('Doug McCallum');
  });

  it('a surname and “Mr.” resolve to the full name introduced earlier', () => {
    const paragraphs = ['Tony Blair, the prime minister, spoke first.', '“We will win,” Mr. Blair said.', '“Again,” Blair added.'];
    expect(speakerOf(paragraphs, 'We will win').speaker).toBe('Tony Blair');
    expect(speakerOf(paragraphs, 'Again').speaker).toBe('Tony Blair');
  });

  it('a shared surname goes to the one of the two mentioned last', () => {
    const paragraphs = [
      'Bill Clinton spoke at noon, and Hillary Clinton, the candidate, spoke later.',
      'Hillary Clinton thanked the crowd.',
      '“We are stronger together,” Clinton said.',
    ];
    expect(speakerOf(paragraphs, 'We are stronger').speaker).toBe('Hillary Clinton');
  });

  it('a title or role is split off the name and kept as the role', () => {
    const found = speakerOf(['“We have no plans,” Home Secretary Charles Clarke said.'], 'We have no plans');
    expect(found).toMatchObject({ speaker: 'Charles Clarke', role: 'Home Secretary' });
  });

  it('an abbreviation the article defines speaks for the body', () => {
    const found = speakerOf(['The Joint Chiefs of Staff (JCS) met on Monday.', '“The review is complete,” the JCS said.'], 'The review');
    expect(found.speaker).toBe('Joint Chiefs of Staff');
  });

  it('a body named in full is a subject, and “the agency” is that body afterwards', () => {
    const paragraphs = [
      'The U.S. State Department called for their release and expressed “deep concern” over the detentions.',
      '“We share Canada’s commitment to the rule of law,” the agency said in a statement.',
    ];
    expect(speakerOf(paragraphs, 'deep concern')).toMatchObject({ speaker: 'U.S. State Department', pass: 'sentence-subject' });
    expect(speakerOf(paragraphs, 'We share').speaker).toBe('U.S. State Department');
  });

  it('an unnamed source keeps its description', () => {
    const found = speakerOf(['“It was never going to work,” said one Western defence official, who spoke on condition of anonymity.'], 'It was never');
    expect(found.speaker).toBe('one Western defence official');
  });

  it('never a date, a pronoun alone, a dateline or “It”', () => {
    const paragraphs = [
      'WASHINGTON -- Real estate tycoon Donald Trump rallied supporters, saying, “We will win.”',
      'On Christmas Day, “the boys” came over.',
      '“It is over,” it said.',
    ];
    expect(speakerOf(paragraphs, 'We will win').speaker).toBe('Donald Trump');
    expect(speakerOf(paragraphs, 'the boys').speaker).toBeNull();
    expect(speakerOf(paragraphs, 'It is over').speaker).toBeNull();
  });
});
