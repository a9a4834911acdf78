import { describe, expect, it } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { cleanParagraphs, creditedNames } from '../../src/pipeline/clean.ts';
import { splitParagraphs } from '../../src/pipeline/ingest.ts';
import { gold, seedArticles, seedDefinitions, sourceIdOf } from '../helpers/seeds.ts';

describe('clean on the seeds', () => {
  const { briefing } = annotateBriefing(seedArticles(), seedDefinitions());

  it('removes every boilerplate line in gold.json, verbatim, and nothing else', () => {
    const removed = briefing.sources.flatMap((source) => source.removed.map((r) => `${source.id}: ${r.text}`)).sort();
    const expected = gold.boilerplate.map((b) => `${sourceIdOf(b.article)}: ${b.text}`).sort();
    expect(removed).toEqual(expected);
  });

  it('keeps every other sentence of the source as a claim', () => {
    for (const source of briefing.sources) {
      const article = seedArticles().find((a) => a.file === source.file)!;
      const raw = new TextDecoder().decode(article.bytes);
      const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
      let rest = body;
      const take = (text: string) => {
        const at = rest.indexOf(text);
        expect(at, `${source.id}: "${text}" not found in order`).toBeGreaterThanOrEqual(0);
        rest = rest.slice(0, at) + ' '.repeat(text.length) + rest.slice(at + text.length);
      };
      if (source.titleFrom === 'text') take(source.title!);
      for (const removed of source.removed) take(removed.text);
      for (const claim of briefing.claims.filter((c) => c.source === source.id)) take(claim.text);
      expect(rest.trim(), `${source.id}: text not accounted for`).toBe('');
    }
  });

  it('infers title and contributors as gold.json has them, and invents no title', () => {
    for (const [article, expected] of Object.entries(gold.articles)) {
      const source = briefing.sources.find((s) => s.id === sourceIdOf(article))!;
      expect(source.title).toBe(expected.title);
      expect(source.contributors).toEqual(expected.contributors);
      expect(source.outlet).toBe(expected.outlet);
      expect(source.published).toBe(expected.published);
    }
  });
});

describe('clean rules', () => {
  const clean = (text: string) => cleanParagraphs(splitParagraphs(text, 1), []);

  it('removes read-more, newsletter and app lines of other outlets', () => {
    const result = clean('A fact.\nREAD MORE: Another story here\nSign up for our morning newsletter\nDownload the Daily Planet app for alerts\nLast fact.');
    expect(result.kept.map((p) => p.text)).toEqual(['A fact.', 'Last fact.']);
    expect(result.removed.map((r) => r.rule)).toEqual(['read-more', 'newsletter', 'app-advert']);
  });

  it('takes a script label off a paragraph but keeps its text', () => {
    const result = clean('SOUNDBITE: The minister spoke.');
    expect(result.kept[0]).toMatchObject({ text: 'The minister spoke.', start: 11 });
    expect(result.removed[0]).toMatchObject({ text: 'SOUNDBITE:', rule: 'script-label' });
  });

  it("removes a live blog's housekeeping notes, not sentences that merely follow something", () => {
    const result = clean(
      'Follow our live coverage of the election. All times are GMT.\nThis is a developing story.\nThe company will follow the rules.\nAll times were good ones, she said.',
    );
    expect(result.kept.map((p) => p.text)).toEqual(['The company will follow the rules.', 'All times were good ones, she said.']);
    expect(result.removed.map((r) => r.rule)).toEqual(['live-coverage-note', 'live-coverage-note']);
  });

  it('removes a wire credit in brackets and reads its names', () => {
    const result = clean('Dockers walked out.\n(Reporting by Thomas Mertens in Antwerp; Editing by Alison Grey)');
    expect(result.kept.map((p) => p.text)).toEqual(['Dockers walked out.']);
    expect(result.removed).toMatchObject([{ rule: 'reporting-credit', text: '(Reporting by Thomas Mertens in Antwerp; Editing by Alison Grey)' }]);
    expect(result.contributors).toEqual(['Thomas Mertens', 'Alison Grey']);
    // A sentence in brackets that merely mentions reporting stays.
    expect(clean('(Reporting on the strike continues.)').kept).toHaveLength(1);
  });

  it('reads names out of credits', () => {
    expect(creditedNames("Fox News' Elizabeth Pritchett contributed to this report.")).toEqual(['Elizabeth Pritchett']);
    expect(creditedNames('Reporting by Josh Smith in Seoul and Ju-min Park; Editing by Gerry Doyle')).toEqual(['Josh Smith', 'Ju-min Park', 'Gerry Doyle']);
  });

  it('applies a user pattern and names it', () => {
    const result = cleanParagraphs(splitParagraphs('Story.\nPromoted content from partners', 1), [
      { id: 'promoted', pattern: /^promoted content/i, reason: 'sponsored' },
    ]);
    expect(result.removed).toEqual([{ line: 2, text: 'Promoted content from partners', reason: 'sponsored', rule: 'content:promoted' }]);
  });
});
