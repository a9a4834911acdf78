/**
 * Names: people (and some organisations) an article names that the entity list
 * does not know. A run of capitalised words counts as a person's name only where
 * the text treats it as one: next to a speech verb ("Pieter Claes said"), in
 * apposition ("Maria Delgado, a nurse"), or after a role ("spokesperson Pieter
 * Claes"). Each gets its surname and "Mr./Ms./Dr. Surname" as aliases, so later
 * mentions ("Brandt said", "Mr. Albright") resolve to the full name.
 */
import type { EntityDefinition } from '../schema/content.ts';
import type { EntityMatcher, Mention } from './entities.ts';
import { matchesOf } from './matches.ts';

const TOKEN = String.raw`(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}\.)`;
const PARTICLE = String.raw`(?:de|van|von|bin|al|da|le|di|del|der|du)`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}.’'-])(${TOKEN}(?:\s+(?:${TOKEN}|${PARTICLE}))*\s+\p{Lu}[\p{Ll}'’-]+)(?![\p{L}’'-])`, 'gu');
/** Head nouns of organisations and places: a run containing one is no person. */
export const NOT_A_PERSON =
  /\b(?:Authority|Ministry|Department|Council|Party|Union|University|College|School|Line|Lines|News|Federation|Agency|Bank|Group|Company|Corporation|Port|Street|Road|Avenue|City|River|Sea|Ocean|Island|Islands|Republic|Kingdom|States|Nations|Office|Service|Services|Police|Army|Navy|Force|Forces|Court|Commission|Committee|Institute|Museum|Festival|Times|Post|Herald|Journal|Review|Cosmodrome|Airport|Station|Hospital|Square|House|Hall|Centre|Center|Province|Region|County|Alliance|Association|Coalition|Front|Movement|Greens|Trust|Fund|Foundation|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** Capitalised words that open a sentence or a title rather than a name. */
const LEADING_NOISE = /^(?:(?:The|A|An|But|And|In|On|At|As|For|When|While|After|Before|Meanwhile|However|Earlier|Later|Asked|Standing|According|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|President|Prime|Minister|General|Secretary|Comrade|Governor|Mayor|Senator|Representative|Chancellor|Chairman|Chairwoman|Director|Chief|Judge|King|Queen|Prince|Princess|Pope|Sheikh|Sir|Dame|Lord|Lady|Captain|Colonel|Sergeant|Lieutenant|Admiral|Commander|Officer|Inspector|Detective|Professor|Ambassador|Economy|Foreign|Defence|Defense|Finance|Interior|Health|Culture|Trade|Deputy|Vice|Former|Acting|Regional|National|Federal|State|Port|Party|Union)\s+)+/u;
const CUE_AFTER = /^(?:\s*,\s*(?:an?|the|who|one|its|his|her|their|\d+)\b|,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|added|adds|stated|wrote|asked|replied|insisted|insists|argued|warned|noted|explained|estimated|urged|confirmed|denied|claimed|recalled|acknowledged|admitted|reported)\b)/u;
const CUE_BEFORE = /(?:\b(?:said|says|told|added|spokesperson|spokesman|spokeswoman|secretary|minister|director|president|chairman|chairwoman|analyst|economist|expert|official|officer|governor|mayor|leader|head|chief|manager|curator|councillor|councilor|lawyer|professor|resident|nurse|farmer|driver|worker|owner|founder|ambassador|envoy|commander|general|captain|comrade|colleague|member)\s+|\b(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)$/iu;

/** Names in `paragraphs` that look like people and are not in the entity list. */
export function discoverPeople(
  paragraphs: readonly string[],
  listedMentions: readonly (readonly Mention[])[],
  matcher: EntityMatcher,
): EntityDefinition[] {
  const found = new Map<string, EntityDefinition>();
  for (const [index, text] of paragraphs.entries()) {
    const listed = listedMentions[index] ?? [];
    for (const match of matchesOf(NAME_RUN, text)) {
      let name = match[1]!;
      let start = match.index;
      const lead = LEADING_NOISE.exec(name)?.[0] ?? '';
      name = name.slice(lead.length);
      start += lead.length;
      if (name.split(/\s+/).length < 2 || NOT_A_PERSON.test(name)) continue;
      const end = start + name.length;
      if (listed.some((mention) => mention.start < end && start < mention.end)) continue;
      if (matcher.lookup(name)) continue;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 40);
      if (!(CUE_AFTER.test(after) || CUE_BEFORE.test(before) || lead.length > 0)) continue;
      if (found.has(name)) continue;
      const surname = name.split(/\s+/).at(-1)!;
      found.set(name, { name, kind: 'person', aliases: [surname, `Mr. ${surname}`, `Ms. ${surname}`, `Mrs. ${surname}`, `Dr. ${surname}`] });
    }
  }
  // A surname shared by two discovered people is ambiguous: keep it for neither.
  const surnames = new Map<string, number>();
  for (const entity of found.values()) surnames.set(entity.aliases[0]!, (surnames.get(entity.aliases[0]!) ?? 0) + 1);
  return [...found.values()].map((entity) => (surnames.get(entity.aliases[0]!)! > 1 ? { ...entity, aliases: [] } : entity));
}
