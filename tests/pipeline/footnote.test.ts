import { toString as textOf } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { parseMdx } from '../helpers/mdx.ts';
import { seedArticles, seedDefinitions } from '../helpers/seeds.ts';

const { briefing, mdx } = annotateBriefing(seedArticles(), seedDefinitions());
/** Footnote texts of an article by claim id, read back from its MDX. */
const footnotes = (source: string) =>
  new Map(
    parseMdx(mdx.get(source)!)
      .children.filter((node) => node.type === 'footnoteDefinition')
      .map((node) => [node.identifier, textOf(node)]),
  );
const claimStarting = (text: string) => briefing.claims.find((claim) => claim.text.startsWith(text))!;

describe('footnotes', () => {
  it('say who claims a quotation, through which channels, and where another outlet has it', () => {
    const claim = claimStarting('"Russia is now rising');
    expect(footnotes(claim.source).get(claim.id)).toBe(
      'Direct quote — Kim Jong Un (“told”), in words released by the Kremlin in a video reported by the Washington Post. ' +
        'Reuters ¶4 carries the same remark in other words (or another translation).',
    );
  });

  it('say what differs when another outlet tells it differently', () => {
    const claim = claimStarting("Kim's regime continued");
    expect(footnotes(claim.source).get(claim.id)).toContain('Reuters ¶11 reports it differently — time: ‘hours before’ here, ‘just an hour before’ there.');
  });

  it('name the role, hedges, denials and topics, and single-source claims', () => {
    const watson = claimStarting('"Arms discussions');
    expect(footnotes(watson.source).get(watson.id)).toBe(
      'Direct quote — Adrienne Watson, White House National Security Council spokesperson (“said”). No other outlet in this briefing carries it. Hedged: “expected to”. Topics: Arms concerns.',
    );
    const denied = claimStarting('Washington and allies');
    expect(footnotes(denied.source).get(denied.id)).toContain('Denied: “both countries have denied such intentions”.');
    const narration = claimStarting('Putin showed Kim');
    expect(footnotes(narration.source).get(narration.id)).toMatch(/^Narration — Reuters, in its own words\./);
  });
});
