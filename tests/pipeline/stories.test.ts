import { describe, expect, it } from 'vitest';
import { describeBriefing, describeStories, groupStories, type StoryInput } from '../../src/pipeline/stories.ts';

// Two made-up events, each told by three outlets, and one article on its own.
const strike = (id: string, published: string, extra: string): StoryInput => ({
  id,
  published,
  title: `Dockworkers strike halts the port of Antwerp ${extra}`,
  text: `Dockworkers walked off the job at the port of Antwerp on Tuesday, halting cargo handling. The union says automation of two container terminals would cost 1,200 jobs. Cranes stood idle and ships waited to berth. ${extra}`,
});
const flood = (id: string, published: string, extra: string): StoryInput => ({
  id,
  published,
  title: `Floods cut off villages in the Meuse valley ${extra}`,
  text: `Flood water from the Meuse cut off three villages on Sunday, and rescuers used boats to reach residents. The river rose two metres overnight after heavy rain. Shelters opened in schools. ${extra}`,
});
const articles: StoryInput[] = [
  strike('a-strike', '2024-03-05', 'as talks fail'),
  flood('a-flood', '2024-03-03', 'overnight'),
  strike('b-strike', '2024-03-05', 'for a second day'),
  flood('b-flood', '2024-03-04', 'as rain continues'),
  strike('c-strike', '2024-03-06', 'while ships wait'),
  flood('c-flood', '2024-03-04', 'and schools close'),
  {
    id: 'd-recipe',
    published: '2024-03-05',
    title: 'A spring recipe for asparagus',
    text: 'Peel the asparagus, boil it for six minutes and serve it with melted butter and a soft egg.',
  },
];

describe('stories', () => {
  it('groups the articles that tell one event, and leaves an unrelated one alone', () => {
    expect(groupStories(articles).map((story) => story.sources)).toEqual([
      ['a-flood', 'b-flood', 'c-flood'],
      ['a-strike', 'b-strike', 'c-strike'],
      ['d-recipe'],
    ]);
  });

  it('keeps apart the same words published weeks apart: two occurrences, two stories', () => {
    const later = [...articles, strike('e-strike', '2024-04-20', 'again a month later')];
    const stories = groupStories(later).map((story) => story.sources);
    expect(stories).toContainEqual(['e-strike']);
    expect(stories).toContainEqual(['a-strike', 'b-strike', 'c-strike']);
  });

  it('describes a briefing without briefing.yaml by its stories', () => {
    const sources = articles.map((article, k) => ({ id: article.id, title: article.title, published: article.published, outlet: `Outlet ${k % 3}` }));
    const stories = describeStories(groupStories(articles), sources, () => 0);
    expect(stories.map((story) => [story.id, story.first, story.last, story.outlets.length])).toEqual([
      ['floods-cut-off-villages-in-the-meuse-valley', '2024-03-03', '2024-03-04', 3],
      ['dockworkers-strike-halts-the-port-of-antwerp-as', '2024-03-05', '2024-03-06', 3],
      ['a-spring-recipe-for-asparagus', '2024-03-05', '2024-03-05', 1],
    ]);
    expect(describeBriefing(stories, sources)).toEqual({ title: '3 stories, March 2024', summary: '7 articles from 3 outlets on 3 stories, March 2024.' });
  });
});
