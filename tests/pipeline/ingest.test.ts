import { describe, expect, it } from 'vitest';
import { detectHeadline } from '../../src/pipeline/headline.ts';
import { ingestArticle, splitParagraphs } from '../../src/pipeline/ingest.ts';
import { ContentErrors } from '../../src/schema/content-error.ts';

describe('ingest', () => {
  it('splits one-paragraph-per-line text and keeps each paragraph’s line', () => {
    const paragraphs = splitParagraphs('First line.\nSecond line.\n\n', 1);
    expect(paragraphs).toEqual([
      { text: 'First line.', start: 0, line: 1 },
      { text: 'Second line.', start: 12, line: 2 },
    ]);
  });

  it('splits blank-line paragraphs and keeps soft-wrapped lines together', () => {
    const paragraphs = splitParagraphs('Title\n\nOne sentence\nwrapped.\n\n\nTwo.', 5);
    expect(paragraphs.map((p) => [p.text, p.line])).toEqual([
      ['Title', 5],
      ['One sentence\nwrapped.', 7],
      ['Two.', 11],
    ]);
  });

  it('normalises CRLF, a BOM and Unicode to NFC', () => {
    const article = ingestArticle('a.txt', '\uFEFFCafe\u0301 opens.\r\nIt is new.\r\n');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Café opens.', 'It is new.']);
  });

  it('reads front matter and counts body lines from the file’s first line', () => {
    const article = ingestArticle('a.txt', '---\noutlet: Example Times\npublished: 2024-01-02\n---\nBody here.\n');
    expect(article.frontMatter).toEqual({ outlet: 'Example Times', published: '2024-01-02' });
    expect(article.paragraphs[0]).toMatchObject({ text: 'Body here.', line: 5 });
  });

  it('names the file and line of a bad front-matter field', () => {
    const bad = '---\noutlet: Example\npublished: last Tuesday\n---\nBody.';
    expect(() => ingestArticle('bad.txt', bad)).toThrow(ContentErrors);
    expect(() => ingestArticle('bad.txt', bad)).toThrow('bad.txt:3: published: Expected an ISO date such as 2023-09-13');
  });

  it('rejects unknown front-matter fields and unclosed front matter', () => {
    expect(() => ingestArticle('x.md', '---\nheadline: Hi\n---\nBody.')).toThrow(/x\.md:2: .*headline/);
    expect(() => ingestArticle('y.md', '---\ntitle: Hi\nBody.')).toThrow('y.md:1: Unexpected front matter without an end');
  });
});

describe('headline', () => {
  const paragraphs = (text: string) => splitParagraphs(text, 1);

  it('takes a short first line without a final period as the title', () => {
    const found = detectHeadline(paragraphs("North Korea's Kim meets Putin, supports 'sacred war'\n\nSTORY: Text follows."), {});
    expect(found).toMatchObject({ title: "North Korea's Kim meets Putin, supports 'sacred war'", titleFrom: 'text' });
  });

  it('does not invent a title from a first sentence', () => {
    const found = detectHeadline(paragraphs('Leaders met on Wednesday.\nThey talked.'), {});
    expect(found).toMatchObject({ title: null, titleFrom: 'none', titleParagraph: null });
  });

  it('prefers front matter and recognises the same title line in the text', () => {
    const found = detectHeadline(paragraphs('Big News Today\n\nBy Jane Doe, Staff Writer\n\nStory.'), { title: 'Big news today' });
    expect(found.title).toBe('Big news today');
    expect(found.titleFrom).toBe('front-matter');
    expect(found.titleParagraph?.text).toBe('Big News Today');
    expect(found.byline).toBe('Jane Doe, Staff Writer');
  });
});

describe('dateline', () => {
  it('reads place, date and agency of wire copy, and nothing from ordinary text', async () => {
    const { detectDateline } = await import('../../src/pipeline/headline.ts');
    expect(detectDateline('ANTWERP, March 4 (Meridian News) - More than 3,000 dockworkers walked off the job.')).toEqual({
      place: 'ANTWERP',
      date: 'March 4',
      agency: 'Meridian News',
    });
    expect(detectDateline('Harvan, September 22 (TCNA) -- Comrade Bek Orzal inspected the harvest.')).toEqual({
      place: 'Harvan',
      date: 'September 22',
      agency: 'TCNA',
    });
    expect(detectDateline('SEOUL (Reuters) - North Korea fired a missile.')).toEqual({ place: 'SEOUL', date: null, agency: 'Reuters' });
    expect(detectDateline('Putin hosted Kim for a rare summit - the first in four years.')).toBeNull();
  });
});
