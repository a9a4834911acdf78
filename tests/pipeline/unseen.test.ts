import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreBriefing, type GoldFile } from '../../src/eval/score.ts';
import { contentPaths } from '../../src/content-fs/paths.ts';
import { readArticles, readDefinitions, readTopics } from '../../src/content-fs/read-content.ts';
import { annotateBriefing } from '../../src/pipeline/annotate-briefing.ts';
import { EntityList } from '../../src/schema/content.ts';
import { parseYaml } from '../../src/schema/parse-yaml.ts';

// Eight articles of other outlets and formats, annotated by hand without looking at the code.
const dir = new URL('../fixtures/unseen/', import.meta.url).pathname;
const paths = contentPaths(dir);
const definitions = readDefinitions(paths);
definitions.entities = parseYaml(readFileSync(`${dir}entities.yaml`, 'utf8'), EntityList, 'entities.yaml');
// The folder has no topics of its own (and borrows none): the bundled ones are given, to test topic matching on unseen text.
const bundled = contentPaths();
definitions.topics = readTopics(bundled.topics, bundled.root);
const { briefing } = annotateBriefing(readArticles(paths), definitions);
const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as GoldFile;
const scores = new Map(scoreBriefing(briefing, gold).map((score) => [score.name, score]));

describe('on articles it has never seen', () => {
  it('gives at least 90% of quotations the right speaker', () => {
    const speakers = scores.get('quote speakers')!;
    expect(speakers.recall, speakers.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('assigns no claim of an unrelated article to the briefing’s topics', () => {
    expect(scores.get('unrelated kept out of topics')!.misses).toEqual([]);
  });

  it('still finds the topics of a related article', () => {
    const chips = briefing.claims.filter((claim) => claim.source === 'analysis-chip-exports');
    const topics = new Set(chips.flatMap((claim) => claim.topics.map((match) => match.topic)));
    expect([...topics].sort()).toEqual(['arms', 'satellites', 'summit']);
  });

  it('removes boilerplate with at least 90% precision', () => {
    expect(scores.get('boilerplate')!.precision).toBeGreaterThanOrEqual(0.9);
  });
});
