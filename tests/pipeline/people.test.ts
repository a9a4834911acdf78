import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../src/pipeline/entities.ts';
import { findAbbreviations, findPeople, splitName } from '../../src/pipeline/people.ts';

describe('splitName', () => {
  it('splits titles, roles and possessives off the name', () => {
    expect(splitName('Home Secretary Charles Clarke')).toEqual({ role: 'Home Secretary', tokens: ['Charles', 'Clarke'], honorific: null });
    expect(splitName("Labour's Mr Livingstone")).toEqual({ role: "Labour's Mr", tokens: ['Livingstone'], honorific: 'Mr' });
    expect(splitName('UFCW Local 832 president Jeff Traeger').tokens).toEqual(['Jeff', 'Traeger']);
    expect(splitName('Rep. G.K. Butterfield (D-N.C.)')).toMatchObject({ tokens: ['G.K.', 'Butterfield'], honorific: 'Rep' });
    expect(splitName('Ursula von der Leyen').tokens).toEqual(['Ursula', 'von', 'der', 'Leyen']);
  });

  it('keeps a surname that is also a role word, and finds no name in a role or a date', () => {
    expect(splitName('Al Green').tokens).toEqual(['Al', 'Green']);
    expect(splitName('the President').tokens).toEqual([]);
    expect(splitName('Christmas Day').tokens).toEqual([]);
    expect(splitName('It').tokens).toEqual([]);
  });
});

describe('findPeople', () => {
  const none = createEntityMatcher([]);
  const people = (...paragraphs: string[]) =>
    findPeople(
      paragraphs,
      paragraphs.map(() => []),
      none,
    );

  it('takes a run for a person only where the text treats it as one', () => {
    const found = people('Darian Lonechild, a student, met police. Metro Vancouver grew. Nova Scotia was quiet.', 'Lonechild said she started her work early.');
    expect(found.people.map((person) => person.name)).toEqual(['Darian Lonechild']);
  });

  it('takes a run for a person when its surname comes back alone as a sentence’s subject, and its first word is a given name', () => {
    const found = people(
      'The appointment of Daniel Moretti as minister gave hope to critics of the law. Statistics Canada counted them.',
      'Moretti was one of four MPs who voted against it. Canada has changed since.',
    );
    expect(found.people.map((person) => person.name)).toEqual(['Daniel Moretti']);
  });

  it('reads names with capitals inside: McCallum, O’Malley, DeSantis', () => {
    const found = people('Doug McCallum said no. Martin O’Malley said yes. Ron DeSantis said maybe.');
    expect(found.people.map((person) => person.name)).toEqual(['Doug McCallum', 'Martin O’Malley', 'Ron DeSantis']);
  });

  it('tells gender from honorifics, gendered roles and the pronouns that follow', () => {
    const found = people('Spokeswoman Ana Ruiz spoke first.', 'Jeff Traeger said he was pleased. His members voted.', 'Dana Whitfield said she would run.');
    expect(Object.fromEntries(found.people.map((person) => [person.name, person.gender]))).toEqual({
      'Ana Ruiz': 'f',
      'Jeff Traeger': 'm',
      'Dana Whitfield': 'f',
    });
  });

  it('gives a surname alias only when one person has it', () => {
    const found = people('Bill Clinton said he would speak. Hillary Clinton said she would too.', 'Jeff Traeger said so.');
    const aliases = Object.fromEntries(found.definitions.map((entity) => [entity.name, entity.aliases.slice(0, 1)]));
    expect(aliases).toEqual({ 'Bill Clinton': [], 'Hillary Clinton': [], 'Jeff Traeger': ['Traeger'] });
    expect(found.candidates(['Clinton']).map((person) => person.name)).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });
});

describe('findAbbreviations', () => {
  it('reads an abbreviation given in brackets after a name, and not an agency credit', () => {
    expect(findAbbreviations(['The Joint Chiefs of Staff (JCS) met.', 'Lagos, March 4 (Reuters) - Talks'])).toEqual(
      new Map([['JCS', 'Joint Chiefs of Staff']]),
    );
  });
});
