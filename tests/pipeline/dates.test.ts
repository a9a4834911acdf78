/** Date phrases: the days a sentence names, read against its article's publication date, and the manifest's `claims[].dates`. */
import { describe, expect, it } from 'vitest';
import { analyseBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { addDays, datePhrases } from '../../src/pipeline/dates.ts';
import { Briefing } from '../../src/schema/briefing.ts';
import { seedDefinitions } from '../helpers/seeds.ts';

describe('date phrases', () => {
  const wednesday = '2023-09-13';
  const dates = (text: string, published: string | null = wednesday) => datePhrases(text, published).map(({ phrase, date }) => [phrase, date]);

  it('reads a bare weekday as the last such day on or before publication', () => {
    expect(dates('Adrienne Watson said Tuesday.')).toEqual([['Tuesday', '2023-09-12']]);
    expect(dates('They met on Wednesday.')).toEqual([['on Wednesday', '2023-09-13']]);
    expect(dates('Thursday’s vote was close.')).toEqual([['Thursday’s', '2023-09-07']]);
  });

  it('reads "last" and "next" as the week before and the week after', () => {
    expect(dates('last Wednesday')).toEqual([['last Wednesday', '2023-09-06']]);
    expect(dates('next Monday')).toEqual([['next Monday', '2023-09-18']]);
    expect(dates('next Wednesday')).toEqual([['next Wednesday', '2023-09-20']]);
  });

  it('reads calendar dates, taking the year of publication when none is given', () => {
    expect(dates('on 13 September 2023, and on September 12, 2023')).toEqual([
      ['13 September 2023', '2023-09-13'],
      ['September 12, 2023', '2023-09-12'],
    ]);
    expect(dates('from Sept. 10 to 11 September')).toEqual([
      ['Sept. 10', '2023-09-10'],
      ['11 September', '2023-09-11'],
    ]);
    expect(dates('It began yesterday and ends tomorrow.')).toEqual([
      ['yesterday', '2023-09-12'],
      ['tomorrow', '2023-09-14'],
    ]);
  });

  it('finds no date in words that only look like one', () => {
    expect(dates('He may 5 times refuse, as in May 2019, or 31 February.')).toEqual([]);
    expect(dates('Wednesday (Septemeber 13)')).toEqual([['Wednesday', '2023-09-13']]);
  });

  it('needs a publication date for anything but a full date', () => {
    expect(dates('on Tuesday, 12 September, or 12 September 2023', null)).toEqual([['12 September 2023', '2023-09-12']]);
  });

  it('counts days across months and years', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('claims[].dates', () => {
  it('records the days each sentence names, against the article’s own date', () => {
    const text =
      '---\npublished: 2023-09-13\n---\nThe leaders met on Tuesday in the east.\n\nTalks resume on 2 October, officials said.\n\nNothing else was announced.\n';
    const { briefing } = analyseBriefing([{ file: 'a.md', bytes: new TextEncoder().encode(text) }], seedDefinitions());
    Briefing.parse(briefing);
    expect(briefing.claims.map((claim) => claim.dates)).toEqual([
      [{ phrase: 'on Tuesday', date: '2023-09-12' }],
      [{ phrase: '2 October', date: '2023-10-02' }],
      [],
    ]);
  });
});
