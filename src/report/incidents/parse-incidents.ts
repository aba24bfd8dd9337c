import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { escapeRegExp } from '../escape-regexp.js';
import { isoDay } from '../iso-date.js';
import { COUNTRY_NAMES, REGION_NAMES } from '../places.js';
import { splitSentences } from '../split-sentences.js';
import type { Incident, IncidentEvidence, IncidentKind, Report } from '../types.js';
import { MONTH_NAMES } from '../vocabulary.js';
import { capitalOf } from './capitals.js';
import {
  AFTER_EVENT,
  COURT_CLAUSE_OPENING,
  classifyIncident,
  executedByTheState,
  RELATIVE_TOLL,
  TOLL_IN_RELATIVE,
} from './classify-incident.js';
import {
  type Casualties,
  type CasualtyReading,
  NO_CASUALTIES,
  PERSON,
  REGION_APPOSITIVE,
  readCasualties,
  TOLL_BROUGHT_TO,
  twoAccounts,
} from './count-casualties.js';
import {
  BEFORE_DAY_NAMED,
  COUNTED_ON_OPENING,
  type DateMention,
  daysLater,
  endedThen,
  findDates,
  findLater,
  SAME_DAY_NEW_ACT,
  SAME_PERIOD,
  TOLL_REVISED_AFTER,
  TOLL_REVISED_BEFORE,
  TOLL_SAID,
} from './find-dates.js';
import {
  ACRONYM_PLACES,
  actorsIn,
  buildNameBook,
  countriesIn,
  countryOfPart,
  namesIn,
  placeWords,
  WEEKDAY_NAME,
  wordIndex,
} from './find-names.js';
import { NUMBER_PATTERN, parseNumber, QUALIFIER_PATTERN } from './parse-number.js';

const COUNTRY_OR_REGION = new Set([...COUNTRY_NAMES, ...REGION_NAMES]);

interface Draft {
  /** The figures of the clause are told for this event and another dated with it ("On May 1 and May 3, …"). */
  shared?: boolean;
  /** What the text tells of this event by its place in the order of the events told with it ("The first wounded 14"). */
  ordinal?: string[];
  sectionId: string;
  passageId: string;
  mention: DateMention;
  /** Set when a later sentence tells when the event ended ("declared the city liberated on October 23"). */
  endDate: string | null;
  kind: IncidentKind;
  /** The part of the sentence that tells this event: what kind, places and figures are read from. */
  clause: string;
  sentences: string[];
  /** Sentences after the first that figures and places are read from (not those that only name the event again). */
  further: string[];
  /** The story's own words, for places, where the record is a day counted from it and names none itself. */
  story?: string;
  /** The sentence before, for a town the record's sentence names only the sites of ("between the X and Y stations"). */
  before?: string;
  /** Up to three sentences of the passage before `before`, nearest last. */
  earlier?: string[];
  /** The town the passage opens on as its subject ("Karachi suffered twice more before the month was out."). */
  topic?: { places: string[]; sentence: string };
  /** For one of the events a clause lists after a colon, the words before the list ("May 3 saw three attacks in Tarn:"). */
  lead?: string;
  /** The verb of the clause before, for a clause joined by "and" with none of its own ("… on May 3 and three police
   * officers in Ulma on May 9"). */
  verb?: string;
  /** One of a list of events each closed by its place and date ("attacks in Vavuniya on January 7 and in Jaffna on
   * January 23 killed 13 and ten soldiers, respectively"): the `at`-th of `of`, and the words after the last date,
   * which every event of the list shares. */
  listed?: { at: number; of: number; tail: string };
  /** Fighting begun ("launched an offensive", "fighting broke out"): a record only where a toll is told for it. */
  tentative?: boolean;
}

// An undated sentence that opens a new story rather than going on with the dated one before it:
// "In addition, terrorists launched an attack against a small restaurant in Wajir …", "On election day, insurgents
// fired mortars …" (a day the text does not date), "After the war, 11,000 suspects were detained …" (a time after all).
const NEW_STORY =
  /^(?:In addition|Additionally|Separately|Elsewhere|Meanwhile|Several(?! (?:hundred|thousand|dozen) (?!(?:troops|soldiers|police|policemen|officers|security|forces|personnel|gendarmes)\b)\S)|Other|There (?:have|has) been|There were(?! no (?:immediate |reported )?(?:reports? of (?:any )?)?(?:casualties|deaths|fatalities|injuries)\b)|Legislation|Countering|Regional|International|Terrorist Safe|Overview)\b|^(?:By|At|Toward|Towards) (?:the )?(?:end of (?:the )?year|year['’]s end|year-end)\b|^By (?:the (?:end|middle) of |mid-|late |early )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![^,;.]{0,20},\s+the\s+(?:death\s+)?toll\b)|^(?:During|Throughout|Through|Over|For|Across) (?:the (?:course of the )?year|(?:19|20)\d{2})\b|^(?:During|Throughout|Over|In) the (?:month of [A-Z][a-z]+|(?:following |next |ensuing |subsequent )?(?:weeks|months)|search for|manhunt|hunt for|ensuing (?:search|manhunt|operations?|crackdown))\b|^In (?:19|20)\d{2},|^(?:In all|Overall|Altogether|In total)\b|^On (?!(?:the|that) (?:same|following|next)\b)(?:[\w-]+\s+){0,3}?(?:day|night|eve)\b|^(?:[A-Z][\w'’-]*\s+){1,4}(?:in\s+[A-Z][\w'’-]*\s+)?also\s|^(?:An?|Another)\s+(?:[\w-]+\s+){0,3}?(?:bombing|attack|blast|explosion|bomb|shooting|ambush)\s+(?:in|at|near|on)\s+(?:the\s+)?[A-Z]|^An?\s+(?:[\w-]+\s+){0,2}?(?:feud|rivalry|vendetta|turf war|power struggle)\s+(?:between|among|within)\b|^(?:After|Following|Since) the (?:end of the )?(?:war|conflict|ceasefire|truce|peace (?:deal|agreement|accord))\b/;
/**
 * Whether a sentence opening "In all," tells the whole toll of the story before it ("In all, 23 people died, including
 * nine attackers"), not a count of many events or of the year ("In all, 300 people died in attacks during the year").
 */
// "There were no other casualties": no one but the attacker who died.
const NO_OTHER_CASUALTIES = /^There were no (?:other|further) (?:casualties|deaths|fatalities|injuries)\b/;
const OWN_DEATH =
  /\b(?:blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:[\w-]+ )?(?:vests?|belts?|explosives)|killed (?:himself|herself|themselves))\b/i;
/** Whether `sentence` denies other casualties right after the open story's sentence that told an attacker's own death. */
function othersDenied(sentence: string, r: Reader): boolean {
  const before = r.earlier[r.earlier.length - 1] ?? '';
  return (
    r.open !== null && NO_OTHER_CASUALTIES.test(sentence) && OWN_DEATH.test(before) && r.open.sentences.includes(before)
  );
}
function storyTotal(sentence: string, story: Draft | null): boolean {
  return (
    story !== null &&
    TOTAL_OPENING.test(sentence) &&
    !YEAR_COUNT.test(sentence) &&
    !COUNTED_EVENTS.test(sentence) &&
    !PERIOD_WORD.test(sentence) &&
    // (Where the story told a toll already, the total would be added to it; so would arrests to arrests told.)
    !storyWords(story).some((s) => HARM_WORD.test(s) || (ARREST_WORD.test(s) && ARREST_WORD.test(sentence)))
  );
}
const PERIOD_WORD = /\b(?:month|months|weeks|year|half|quarter|period|since)\b/i;
/** The story's own clause and the last few sentences that go on telling it (a few: this stays linear). */
function storyWords(story: Draft): string[] {
  return [story.clause, ...story.further.slice(-3)];
}
// Words of the dead and of the hurt (HARM_WORD is both, with words of either).
const KILL_STEMS = 'kill|died|dead|death|fatalit';
const HURT_STEMS = 'wound|injur|hurt';
const KILL_WORD = new RegExp(`\\b(?:${KILL_STEMS})`, 'i');
const HURT_WORD = new RegExp(`\\b(?:${HURT_STEMS})`, 'i');
/** Whether `sentence` tells again a toll of a kind the story told (not "… more …", which adds to it). */
function tollToldAgain(story: Draft, sentence: string): boolean {
  if (/\b(?:more|another|other|further|additional)\b/i.test(sentence)) return false;
  const told = storyWords(story).join(' ');
  return (KILL_WORD.test(told) && KILL_WORD.test(sentence)) || (HURT_WORD.test(told) && HURT_WORD.test(sentence));
}
const TOTAL_OPENING = /^(?:In all|Altogether|In total),/;
const SEVERAL_TOTAL =
  /^The (?:[\w'’-]+ ){0,2}?(?:attacks|bombings|blasts|explosions|strikes|assaults)\b[^.;]*\b(?:in all|in total|altogether|combined)\b/;
// A toll told of an event in a relative clause after it: ", which killed two soldiers".
const ASIDE_TOLL_AFTER = new RegExp(`^${TOLL_IN_RELATIVE}`);
// The same told by a participle after an event counted back: ", killing 21 people", ", killing two and wounding five".
const ASIDE_PARTICIPLE_TOLL =
  /^,\s+(?:killing|wounding|injuring)\s[^,;.]*(?:,?\s+and\s+(?:wounding|injuring)\s[^,;.]*)?/;
// The words of a day counted back from another: "January 17 … two days after".
const COUNTED_BACK_WORDS = /\b(?:after|before)$/;
// An arrest told (ARREST_ONLY), with no harm done (HARM_VERB), and an attack (ATTACK_VERB).
const ARREST_ONLY = /\b(?:arrested|detained|captured|apprehended|rounded up|took (?:\w+ )?into custody)\b/i;
const HARM_VERB = /\b(?:kill|wound|injur|shot|shoot|attack|bomb|storm|ambush|explod|detonat|clash|fought|fire)/i;
const ATTACK_VERB =
  /\b(?:attack(?:ed|s)?|bomb(?:ed|ing|s)?|stormed|ambush(?:ed)?|struck|opened fire|detonated|explo(?:ded|sions?)|blasts?|shootings?|massacre)\b/i;
/**
 * The toll told after an event counted back ("…, two days after gunmen attacked a hotel in Kerno, killing 21 people"),
 * where the rest of the sentence, the counted-back part and its toll left out, tells an arrest and no harm: the toll
 * cannot be the arrest's.
 */
function arrestOnlyBesides(
  sentence: string,
  start: number,
  comma: number,
  toll: RegExpExecArray | null,
): RegExpExecArray | null {
  if (!toll) return null;
  const rest = `${sentence.slice(0, start)} ${sentence.slice(comma + toll[0].length)}`;
  return ARREST_ONLY.test(rest) && !HARM_VERB.test(rest) ? toll : null;
}
// A span of days counted on from the story's: "Over the following three days", "In the next two days".
const DAYS_SPAN_COUNTED =
  /^(?:over|in|during|within) the (?:next|following|ensuing) ((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})) days$/i;
// Events told together as the subject of a toll or where it fell: "The two attacks", "Both attacks together", "in the
// two blasts".
const JOINT_EVENTS =
  /^(?:The|Both|These|Those|All)\s+(?:(?:two|three|four|five|twin|both|separate|earlier)\s+)?(?:attacks|bombings|blasts|explosions|incidents|assaults|ambushes)\b|\b(?:in|during|from|by)\s+(?:the|both|these|those)\s+(?:two|three|four|five|twin)\s+(?:attacks|bombings|blasts|explosions|incidents|assaults|ambushes)\b/;
/** The days the passage read so far has told events on. */
function daysOfPassage(r: Reader): Set<string> {
  return new Set(r.drafts.slice(r.passageFirst).map((draft) => draft.mention.date));
}
// Rioting or reprisals that followed the story, told as an event of their own.
const AFTERMATH =
  /^(?:In|During|Amid) the (?:[\w-]+ )?(?:rioting|riots|violence|unrest|clashes|protests|demonstrations|reprisals|reprisal attacks) that (?:followed|ensued)\b/;
// An undated sentence told after several events: "Following the killings, …", "In the wake of the attacks, …".
const AFTER_SEVERAL =
  /^(?:Following|After|In the wake of|In response to|Since) (?:the|these|those) (?:[\w-]+ )?(?:killings|attacks|bombings|murders|assassinations|blasts|explosions)\b/;
const SEVERAL_EVENTS_TOLD = /\b(?:twin|two|three|four|several|multiple|simultaneous|coordinated|series|both)\b/i;
const COUNTED_EVENTS =
  /\b(?:attacks|incidents|bombings|operations|raids|clashes|strikes|ambushes|kidnappings|plots|cases|investigations)\b/i;
// An undated sentence that can only go on telling the story before it: a denial of casualties ("There were no other
// casualties."), the event named by its
// kind with no place of its own ("The blast also wounded 12", not "The attack in Tarn …"), a toll given again.
const GOES_ON_TELLING =
  /^(?:No one|Nobody|None of (?:them|the)\b|There (?:were|was) no (?:other |further |immediate |reported )?(?:reports? of (?:any )?)?(?:casualties|injuries|deaths|fatalities)\b|No (?:immediate )?(?:casualties|injuries|deaths|fatalities) were reported\b)|^The (?:[\w-]+ )?(?:blast|explosion|bombing|attack|assault|ambush|raid|siege|fighting|death toll|toll)s? (?!(?:in|on|at|of|near|against) [A-Z])|^The number of (?:dead|deaths|fatalities|people killed)\b|^By the (?:next|following) (?:day|morning|week),? the (?:death )?toll\b|^(?:[A-Z][\w'’.-]*\s+){1,6}(?:later\s+)?revised\b/;
const ANY_MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`);
// A count over the year or the country, not one event's toll: "in 2021", "during the year", "(were arrested) in the
// first nine months of 2004" (not "the deadliest attack in the first six months"), "Across India, …",
// "nationwide", "during the five days of violence across Tarn, Ulma, Sorra, and Kesh states" (not "… in the city").
const YEAR_COUNT =
  /\b(?:in|during|throughout|over|for) (?:the (?:course of (?:the )?)?(?:year|(?:19|20)\d{2})|(?:19|20)\d{2})\b|\bsince (?:January|the start of the year)\b|\b(?:arrested|detained|killed|captured)\s+(?:in|during|over) the first (?:[a-z]+|\d{1,2}) months of (?:the year|(?:19|20)\d{2})\b|^(?:Across|Throughout|Nationwide|Countrywide)\b|\b(?:across the country|nationwide|countrywide)\b|\bacross (?:[A-Z][\w'’-]+,\s+){2,}/;
// ("In the first half of the year, attacks killed 88 people, compared with 140 in the same period of 2013": the same;
// "Fighting in the capital that month killed more than 200 people", a month's.)
const YEAR_LONG =
  /\b(?:over|during|throughout) the (?:course of (?:the )?)?(?:year|(?:19|20)\d\d)\b|\bby (?:the )?(?:end of the year|year['’]s end)\b|\b(?:in|during) the (?:first|second|latter) half of the year\b|\bcompared (?:with|to) [\d,]+ (?:in|during) the same period\b|^(?:Fighting|Clashes|Violence|Attacks)\b[^.;]{0,60}?\b(?:that|during the|over the|throughout the) (?:month|week)\b/i;
/** A count of a year's conflict or violence ("750 people were killed … in armed conflict … during 2011"), not a toll told again ("… in the blast, the deadliest in 2015"). */
function yearsConflict(sentence: string): boolean {
  // ("… 'neutralized' more than 1,100 militants and detained more than 2,000 suspects over the course of the year".)
  if (YEAR_LONG.test(sentence)) return true;
  return (
    YEAR_COUNT.test(sentence) &&
    /\b(?:conflict|violence|attacks|incidents|fighting|operations)\b/i.test(sentence) &&
    !/\b(?:the|this|that) (?:blast|attack|bombing|explosion|assault|ambush|raid)\b/i.test(sentence)
  );
}
const MILITANT_ACT =
  /\b(?:militants|gunmen|insurgents|rebels|attackers|fighters|bombers?|terrorists|jihadists|guerrillas)\b[^.;]{0,40}?(?<!\b(?:were|was|been|be|being)\s)\b(?:bombed|attacked|ambushed|killed|stormed|raided|shot|abducted|kidnapped|struck|detonated)\b|\b(?:[Ii]n retaliation|[Ii]n response)\b/;
// Fighting begun, by forces or between sides: "the army launched an offensive in the Tarn forest", "Heavy fighting broke
// out in Tarn", "government forces began an operation to retake Ulma".
// ("The standoff at the mosque in Tarn lasted from July 3 to 11.": the same, told by how long it lasted.)
const FIGHTING_BEGUN =
  /\b(?:fighting|clashes|battles?|gunfights?)\s+(?:broke out|erupted|raged)\b|\b(?:standoff|stand-off)\b[^.;]{0,80}?\b(?:lasted|began|ended|went on|continued)\b|\b(?:army|troops|forces|military|soldiers|security forces|armed forces)\b[^.;]{0,60}?\b(?:launched|began|mounted|conducted|carried out|initiated|started)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:offensive|operation|campaign)\b/i;
const MILITANTS_STOPPED =
  /\b(?:militants|gunmen|insurgents|attackers|fighters|armed men|assailants|jihadists|rebels|terrorists)\b(?<!\b(?:pursuing|chasing|hunting|tracking|searching for|for)\s+(?:the\s+)?(?:militants|gunmen|insurgents|attackers|fighters|armed men|assailants|jihadists|rebels|terrorists))[^.;]{0,40}?\b(?:stopped|intercepted|boarded|hijacked|surrounded|entered|invaded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:bus|buses|vehicle|vehicles|convoy|truck|trucks|car|minibus|village|school|church|mosque|market|camp|compound)\b/i;
// A sentence that tells when its event happened, the date inside it: "The deadliest attack took place on June 6, when
// a landmine destroyed a bus" (the sentences after tell that event, not the one before).
const TOOK_PLACE_ON =
  /\b(?:took place|occurred|came|happened|began|started|broke out|erupted)\b[^.;,]{0,40}?\s(?:early |late )?(?:on|in)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?[A-Z][a-z]+\b[^.;]{0,30}?,?\s+when\b/;
// Words of a response to the story open: "pursued the attackers", "suspects linked to the bombing".
// (Linked to the story's event or its doers, not to a group: "a suicide bomber linked to the Islamic State killed 33
// people in Sorra".)
const RESPONSE_TO_STORY =
  /\b(?:linked to (?:the|that|this|those|these|both|either|an?) (?:[a-z-]+ ){0,3}?(?:attacks?|bombings?|blasts?|explosions?|plots?|killings?|assaults?|ambush(?:es)?|massacres?|kidnappings?|abductions?|shootings?|raids?|murders?|incidents?|violence|bombers?|gunmen|attackers)\b|linked to (?:him|her|them|it)\b|responsible for|behind the|pursued|in connection with|suspected (?:of|in)|accomplices|the attackers|the bombers?|the gunmen|the assailants|the perpetrators)\b/i;

/**
 * Whether a violent event dated inside its sentence ("Militants stormed the police school in Manawan on March 30, …")
 * opens a story of its own, so that the undated sentences after it tell it: it is an attack or a clash, later than the
 * story open, at places of its own, and no response to the story.
 */
function opensOwnStory(draft: Draft | undefined, open: Draft): boolean {
  if (!draft || (draft.kind !== 'attack' && draft.kind !== 'clash')) return false;
  if (draft.mention.date <= open.mention.date || draft.mention.reference) return false;
  // (Not a response to the story: "Troops pursued the attackers and killed four of them in a raid in Ulma on March 5",
  // "killing two suspects linked to the bombing".)
  if (RESPONSE_TO_STORY.test(draft.clause)) return false;
  return /\b(?:in|at|near|on|outside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[A-Z]/.test(draft.clause);
}

/** Whether the sentence's own subject "took place on June 6, when …" (not "The assault followed fighting that broke out on May 28, when …"). */
function tellsWhenItTookPlace(sentence: string): boolean {
  const m = TOOK_PLACE_ON.exec(sentence);
  return (
    m !== null && !/\b(?:that|which|who|followed|after|since|before|amid|during)\b/i.test(sentence.slice(0, m.index))
  );
}
// Words after the last date of a list that go on with the list rather than tell a clause of their own.
// (A denial told of them all after a semicolon: "…; the warnings prevented casualties".)
const SHARED_TAIL =
  /^,?\s*(?:killing|wounding|injuring|leaving|causing|without|with no|resulting|respectively|and no|but no|in which|which killed|that killed)\b|^[^.;]{0,40}\b(?:respectively|a total of|in total|altogether|in all)\b|^;\s+(?:the\s+|all\s+|both\s+)?[a-z]+s\s+(?:[a-z]+\s+){0,3}?(?:prevented|averted|caused no|resulted in no)\b/i;
// A claim, then after a semicolon a toll told in the passive: "…; one officer and three attackers were killed".
// "Thirty-two people were killed and 110 wounded in the bombing; ISIS claimed responsibility the same day.": the story's
// toll, then a claim made on a day counted from it.
// (Read from the sentence's last semicolon: one pass, however many tolls the words before it hold.)
// ("; ISIL announced responsibility in a statement two days later", "; the Sorra Front claimed the attack the next day".)
const CLAIM_AFTER =
  /^;\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:later\s+)?(?:(?:claimed|announced|accepted|admitted)\s+(?:its\s+)?responsibility|claimed\s+(?:the|both|all)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|assaults?|killings?))\b[^;]*)$/;
const TOLL_BEFORE = /\b(?:killed|wounded|injured|dead|died)\b/;
/** The toll and the claim of "N were killed …; X claimed responsibility the same day", or null. */
function tollThenClaim(sentence: string): { toll: string; claim: string } | null {
  const semicolon = sentence.lastIndexOf(';');
  if (semicolon < 0) return null;
  const claim = CLAIM_AFTER.exec(sentence.slice(semicolon))?.[1];
  const toll = sentence.slice(0, semicolon);
  // (Only a claim dated by a day of its own; the toll a clause of its own.)
  if (!claim || toll.includes(';') || !TOLL_BEFORE.test(toll) || findLater(claim) === null) return null;
  return { toll, claim };
}
/**
 * The toll and the later event of "Five attackers and four civilians were killed; security forces killed the remaining
 * militants in a housing complex the following morning": a toll told in the passive, with no day, in a clause before
 * one that tells an event on a day counted on; or null.
 */
function tollThenLater(sentence: string): { toll: string; later: string } | null {
  const semicolon = sentence.indexOf(';');
  if (semicolon < 0 || sentence.indexOf(';', semicolon + 1) >= 0) return null;
  const toll = sentence.slice(0, semicolon);
  const later = sentence.slice(semicolon + 1).trim();
  if (!PASSIVE_TOLL.test(toll) || ACTED.test(toll) || findLater(toll) !== null || findLater(later) === null)
    return null;
  // (The later clause an event of its own: not "two days later, the death toll rose to 30".)
  if (classifyIncident(later) === null || /\b(?:toll|died|succumbed)\b/i.test(later)) return null;
  // (Nor deaths told of another incident: "Two soldiers were killed in a separate incident; …".)
  if (/\b(?:separate|elsewhere|unrelated|another)\b/i.test(toll)) return null;
  return { toll, later };
}
// A toll told in the passive or as deaths ("Five attackers and four civilians were killed", "23 people died"), and an act
// told with its agent ("gunmen attacked …"), which makes a clause an event of its own.
const PASSIVE_TOLL = /^[^;]{0,160}?\b(?:(?:were|was) (?:\w+ly )?(?:killed|wounded|injured|hurt)|died)\b/;
const ACTED =
  /\b(?:attacked|bombed|stormed|ambushed|opened fire|detonated|blew|shot|kidnapped|abducted|raided|fired|exploded|struck|seized)\b/i;
const CLAIM_THEN_TOLL = /;\s[^;.]{0,120}?\b(?:were|was) (?:\w+ )?(?:killed|wounded|injured|captured|arrested)\b/;
// A day that is what its sentence is about: "August 7 was the deadliest day in Kabul since 2001."
// ("The deadliest day of the year came on July 23.": the same, the day told last.)
const DAY_AS_SUBJECT =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})? (?:was|saw|brought|became)\b|^The (?:[\w'’-]+ ){1,3}day (?:of the year |of the month )?(?:came|fell|was) on (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\.?$/;
// A start told to rank the event, not a count for a year: "the deadliest attack since the insurgency began in 2015".
const SINCE_BEGAN =
  /\bsince (?:the |its |their )?(?:[\w'’-]+ ){0,3}?(?:began|started|erupted|broke out) in (?:19|20)\d{2}\b/g;
// The words that rank the event against one of another year: ", making it the deadliest attack in Somalia since".
const RANKED_SINCE =
  /,?\s+(?:(?:making it|and was|which (?:was|made it)|it was)\s+)?(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:deadliest|worst|largest|biggest|bloodiest|highest|heaviest|most (?:lethal|deadly|serious))\b[^.;]{0,80}?\bsince\b/;
// What the event set off, with a toll of its own: "His death set off months of unrest in which more than 80 people died".
// ("… and the incident was followed by three days of clashes between Muslims and Christians, in which one more person
// died": the same.)
const SET_OFF =
  /\b(?:set off|sparked|triggered|touched off|provoked|unleashed|(?:was|were) followed by) (?:[\w'’-]+ ){0,4}?(?:unrest|protests?|riots?|rioting|violence|demonstrations?|reprisals?|clashes|fighting)\b/i;
// A sentence that opens with a day told relative to the record before it: "On the same day, a suicide bomber …",
// "The following day, two bombers struck …", "Two days later, …", "Two days earlier, …"; and hours or minutes after
// it, the same day: "About an hour later, a second suicide bomber struck …", "Hours later, security forces killed …".
// The event a day is counted from, named after "… days after the": "attack", "twin bombings", "siege".
const AFTER_THE_EVENT =
  /^\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|assaults?|ambush(?:es)?|raids?|massacres?|blasts?|explosions?|kidnappings?|siege|shootings?)\b/i;
// A story told as a count of separate events ("three separate attacks struck Tarn"; not "coordinated" ones, which are
// one event), and a sentence that tells one of them in its own words ("A truck bomb in Ulma killed 15 people").
const SEVERAL_TOLD =
  /\b(?:two|three|four|five|six|seven|several|multiple) (?:(?:nearly |almost )?(?:simultaneous|near-simultaneous|coordinated|suicide|car|truck|deadly|large|major) ){0,3}(?:(?:separate|distinct|different) (?:attacks|bombings|blasts|explosions|assaults|suicide attacks|suicide bombings)\b|(?:attacks|bombings|blasts|explosions|assaults|suicide attacks|suicide bombings)\b(?! (?:in|across|throughout) (?:the )?(?:year|month|country|region)))|\b(?:staged|launched|carried out|conducted|mounted) (?:a series of |a wave of )?(?:coordinated|simultaneous|near-simultaneous) (?:(?:suicide|car|truck|bomb|gun|armed) )?(?:attacks|bombings|assaults)\b|\b(?:attacks|bombings|militants|insurgents) (?:hit|struck|targeted) (?:two|three|four|five|several|multiple) (?:towns|cities|villages|provinces|districts|locations|sites)\b|\bstruck (?:twice|three times)\b/i;
const ANOTHER_YEAR_TOLD = /\b(?:previous|last|prior|preceding) year\b|\byears? (?:earlier|before|ago)\b/i;
/** Whether `sentence` names a year other than the report's, or a year before. */
function anotherYear(sentence: string, year: number | null): boolean {
  return (
    ANOTHER_YEAR_TOLD.test(sentence) || [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => Number(m[0]) !== year)
  );
}
// ("In Karachi, gunmen killed four police officers": one of them told by its town first.)
const ONE_OF_SEVERAL =
  /^(?:(?:An?|One|Another|The (?:first|second|third|fourth|last|other|latter))\s(?:[\w'’-]+\s){0,6}?|(?:In|At|Near|Outside) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2},\s+(?:[\w'’-]+\s){0,6}?)(?:bomb|bomber|bombing|blast|explosion|attack|attacker|gunman|gunmen|assault|IED|grenade|device|rocket|(?<!\b(?:army|military|government|coalition|state|air force|Israeli|U\.S\.|American|French|Saudi|Turkish|Russian)\s+)(?:missile|drone)|mortar|militants|assailants)s?\b|^(?:In|At|Near|Outside) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2},\s+(?:[\w'’-]+\s){1,6}?(?:were|was) (?:\w+ly )?(?:killed|wounded|injured|shot dead)\b|^(?:Hours|Minutes|Moments) later,\s+(?:an?\s+)?(?:[\w'’-]+\s){0,6}?(?:bomb|bomber|gunman|gunmen|attackers|militants|assailants)\b/;
// Events counted before a colon that goes on to tell each: "was targeted twice:", "two attacks struck the city:".
const COUNTED_THEN_TOLD =
  /\b(?:twice|three times|several times|(?:two|three|four|several) (?:separate )?(?:attacks|bombings|times))\b[^.;:]{0,40}:/i;
// An aside that names the event a relative day counts from: ", the day after the kidnapping, ".
const DAY_AFTER_NAMED_ASIDE = /^,\s+the (?:day|morning|evening|night) after (?:the|that|this)(?=\s)/i;
// Hours or minutes, or "Shortly", opening a sentence before "after": "A few hours", "Minutes", "Shortly".
const HOURS_OR_SOON = String.raw`(?:(?:About|Roughly|Some|Nearly|Just|Only|Barely)\s+)?(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Aa] few|\d{1,2})\s+)?(?:[Hh]ours?|[Mm]inutes?)|Shortly|Soon|Moments|Immediately`;
const RELATIVE_DAY = new RegExp(
  String.raw`^(?:(?:Shortly|Just|Soon) )?after midnight\b|^(?:(?:On|Later on|Also on) )?(?:the|that) (?:same day|same evening|same night|same morning|following day|next day|day after|day before(?= (?:the|his|her|its|their)\s))\b|^At (?:nearly |about |around |roughly |almost )?the same (?:moment|time)\b|^That (?:night|evening|afternoon|morning)\b|^(?:Later|Earlier) that (?:day|week|month)\b|^(?:The )?(?:next|following) (?:day|morning|evening|week)\b|^(?:The|That) (?:previous|preceding|prior) (?:day|morning|evening|night|week)\b|^The (?:day|night|evening) before,|^In (?:a|an|another) (?:separate|second|different|similar) (?:incident|attack|bombing|raid|ambush) (?:the (?:same|next|following) (?:day|week)|that (?:day|week|month))\b|^(?:The|That) next (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|^(?:(?:Exactly|Just|Only|Precisely|Almost|Nearly|About|Some|Barely|Less than|More than)\s+)?(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|(?:Twenty|Thirty)-(?:one|two|three|four|five|six|seven|eight|nine)|Twenty|Thirty|\d{1,2}) (?:day|week)s? (?:later|earlier|afterwards?|before(?=,)|(?:after|before) (?:the|a|an|his|her|its|their|that|this)\b|after (?=[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,))|^(?:(?:About|Some|Nearly|Almost|Just|Barely|Less than|More than)\s+)?(?:A|One|Two|Three|Four|Five|Six) months? later\b|^(?:(?:About|Roughly|Some|Nearly|Around|Approximately|Less than|More than|Just|Only|Barely)\s+)?(?:(?:an?|one|two|three|four|five|six|several|a few|\d{1,2})\s+)?(?:hours?|minutes?)\s+(?:later|afterwards?|earlier)\b|^Within (?:(?:an?|one|two|three|a few|several|\d{1,2}) )?(?:hours?|minutes?)\b(?! of\b)|^(?:Over|In|During|Within) the (?:next|following|ensuing) (?:(?:two|three|four|five|few|several|\d{1,2}) )?(?:days|weeks)\b|^(?:Days|Weeks) later\b` +
    // ("Hours after the Dorva attack, a suicide bomber struck a market in Kelumi": the same day, where a new attack is
    // told; not "Shortly after the attack, the toll rose to 12" nor "…, soldiers killed three of the attackers".)
    String.raw`|^(?:${HOURS_OR_SOON}) after (?:the|that|this)\b(?=[^,;]{0,60}(?:${SAME_DAY_NEW_ACT.source.slice(1)}|,\s+(?:armed\s+)?(?:gunmen|militants|attackers|assailants|insurgents|fighters|bombers)\s+(?:\w+\s+)?(?:attacked|stormed|struck|killed|shot|ambushed|raided|opened fire)\b|,\s+(?![^.;]{0,60}\bof the (?:wounded|injured|victims|hostages|dead)\b)[^.;]{0,120}?\b(?:were|was)\s+(?:shot dead|killed|assassinated|gunned down)\b[^.;]{0,80}?\b(?:in|at)\s+(?:[\w'’-]+\s+){0,3}?[A-Z]))`,
  'i',
);
const HOLIDAY_WORD = /\b(?:Christmas|Easter|Ramadan|Eid|Independence|New Year|Ashura|Diwali|Nowruz|Passover)\b/;
const TOLD_EVENT_NOUN =
  /(?:^|\s)(?:arrests?|captures?|detentions?|killings?|deaths?|assassinations?|murders?|abductions?|kidnappings?|attacks?|bombings?|shootings?|ambush(?:es)?|raids?|beheadings?|stabbings?|massacres?|assaults?|blasts?|explosions?|strikes?)$/;
// A name after "the day after" that is no day of the story: a person's occasion or a holiday ("President Tal's
// inauguration", "Christmas"), not a month's day ("May 3").
const COUNTED_FROM_NAMED = new RegExp(`^\\s+(?!(?:${MONTH_NAMES.join('|')})\\b)[A-Z]`);
// The story's event told as coming some days after another told in its own words (not "after the bombing", which
// names one): "The killings came five days after security forces cleared …".
// ("That attack came one day after a bus bombing in Dambulla, in Matale district, killed 18 passengers": an event told
// by "a", with a verb and a toll of its own, is another event too.)
const CAME_DAYS_AFTER =
  /\b(?:came|followed|occurred)\s+(?:just\s+|only\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? after\s+(?:(?!(?:the|a|an|this|that|these|those|its|their|his|her)\s)|(?=an?\s[^.;]{0,100}?\b(?:killed|wounded|injured)\s+(?:at least\s+|more than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s)))/i;
// The words that rank an event before its name: "The deadliest attack of the year was the ", "The worst single incident
// came with the ".
const RANKED_EVENT =
  /^(?:The|One of the) (?:deadliest|worst|largest|biggest|bloodiest|most (?:lethal|deadly|serious|significant|notable|prominent|high-profile)) (?:single )?(?:[\w-]+ ){0,2}?(?:attacks?|incidents?|bombings?|events?)(?: (?:of|in) (?:the year|\d{4}|the country|[A-Z][\w'’-]+))?,? (?:was|were|came (?:with|on)|occurred (?:with|on)) (?:the|an?)\s+$/;
// A sentence that opens with a time counted from another: "Three weeks later", "A week later", "Six days after the attack".
const LATER_OPENING =
  /^(?:(?:Exactly|Just|Only|About|Some|Nearly|Almost|Less than|More than|Fewer than|Barely|Roughly)\s+)?(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,2}|A few|Several)\s+(?:days?|weeks?|months?)\s+(?:later|earlier|after\s+(?:the|a|an|its|his|her|their)\s+[^,]{1,60})/i;
// The words between a relative day and the day it names written out: ", on Saturday, ", ", on the evening of ".
const LEADS_TO_DAY =
  /^[,\s]*(?:(?:late|early)\s+)?(?:on\s+|in\s+)?(?:the\s+(?:morning|evening|night|afternoon|early hours|eve)\s+of\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;
// A day of the moon's calendar named: "the Eid al-Fitr holiday", "Ashura".
const ISLAMIC_DAY = /\b(?:Eid|Idul|Ashura)\b/;
/**
 * The day the words opening `sentence` count to from `from` ("Three days later, on …"), where it lies within a day of
 * the day written out after them (`day`) or in another year; else null.
 */
function countedTo(sentence: string, from: string | null, day: DateMention): string | null {
  const opening = LATER_OPENING.exec(sentence);
  if (!opening || from === null || from.length !== 10 || day.date.length !== 10) return null;
  const days = daysLater(opening[0], from);
  const date = days === null ? null : shiftDays(from, days);
  // (Or in another year: "On August 5, 2013, … Three days later, on the Eid al-Fitr holiday, …" is no day of this one.)
  if (date === null) return null;
  const apart = Math.abs(differenceInCalendarDays(parseISO(date), parseISO(day.date)));
  return apart <= 1 || date.slice(0, 4) !== day.date.slice(0, 4) ? date : null;
}
// A time told from the story's event, the same day: "36 minutes after", "Minutes before the attack", "hours later".
// ("ISIS-K claimed responsibility … within hours", "… on Twitter while the attack was still under way".)
// A second attack told right after the story's, by its attackers, with more dead or hurt: "Militants then attacked the
// hospital …, killing 11 more people".
// The opening of a sentence that tells another event: "Another bomber struck …", "A second explosion, at a market in
// Izmu, …", "In a third attack, in the evening, …".
const ANOTHER_EVENT =
  /^(?:Another|A (?:second|third|fourth|fifth|further|separate)|In (?:a|another) (?:second |third |fourth |separate )?(?:attack|incident|bombing|blast|explosion|shooting|assault|ambush))\b/;
const THEN_ANOTHER_ATTACK =
  /^(?:(?:The\s+)?(?:[A-Z][\w'’-]*\s+)?(?:militants|gunmen|attackers|insurgents|assailants|fighters|bombers))\s+(then\s+(?:attacked|stormed|struck|bombed|raided|opened fire on|targeted|ambushed))\b[^.;]*\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at least\s+)?(?:\d+|[a-z]+)\s+(?:more|other|additional)\b/i;
// The attacker gone on to another place, killing there himself: "he then drove to Utoya, where he shot and killed 69
// people" (not "the attackers then fled to Tarn, where security forces killed three of them").
const THEN_WENT_ON =
  /\b(?:he|she|they|the (?:gunm[ae]n|attackers?|assailants?|militants|fighters))\s+then\s+(?:drove|went|moved|travell?ed|headed|proceeded|walked|ran)\s+to\b(?=[^.;]{0,80}?\b(?:where|and)\s+(?:he|she|they)\s+(?:[a-z]+\s+){0,2}?(?:killed|shot dead|opened fire)\b(?!\s+(?:himself|herself|themselves)\b))/i;
const SAME_DAY =
  /\b(?:(?:\d{1,3}|a few|several|some|two|three|four|five|ten|twenty|thirty) )?(?:minutes|hours) (?:before|after|later)\b|\b(?:shortly|soon|moments|immediately) (?:before|after)\b|\bwithin (?:(?:an?|one|two|three|a few|several|\d{1,2}) )?(?:hours?|minutes?)\b|\bwhile the (?:attack|siege|assault)s? (?:was|were) (?:still )?(?:under ?way|ongoing|continuing|in progress)\b/i;
// A later sentence of the same story that dates its end: "The AFP declared the city liberated on October 23".
// (An investigation or a trial that "concluded" ends no event.)
const EVENT_END =
  /\b(?:ended|liberated|liberation|(?<!(?:investigation|inquiry|probe|trial|case|hearing|review|talks)\s)concluded|was over|were over|retook|recaptured|regained control|(?<!(?:investigation|inquiry|probe|trial|case|hearing|review|talks|ban|curfew|emergency)\s)lasted (?:until|till|through|into))\b/i;
// Where one told event ends and the next may begin, inside a sentence: a semicolon, a bullet, a dash aside, and the
// list words of running text (", as well as", ", and the", ", the"). Used only between two dates.
const CLAUSE_BREAK =
  /;|•|\s[–—]\s|,\s+(?:as well as|and then|and,?|while|but|the|an?|who|which|when|after|before)\s|\sas well as\s|,?\s+(?:was|were) followed\s/g;
// A name used as the label of another event ("suspected in the Shubarshy incident") places nothing here.
// ("A suspect in the Ulma market bombing was arrested in Tarn": the label with a word of the site, after what the one
// held is suspected of.)
const EVENT_LABEL =
  /\b(?:suspects? in|suspected in|accused of|involvement in|connection with|role in|responsible for|(?:alleged|accused|suspected|said) to have (?:[a-z]+ and )?(?:planned|carried out|plotted|masterminded|perpetrated)) the [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [a-z]+ (?:incident|attack|bombing|shooting|explosion|massacre|siege)s?\b|\bthe [A-Z][\w'’-]+(?: (?:(?:el|al|ad|as|ar|an)-)?[A-Z][\w'’-]+)? (?:incident|attack|bombing|shooting|explosion|event|massacre|siege|operation|case)s?\b|\b(?:prepar|mak|build|assembl|plant|suppl|smuggl)\w* the [A-Z][\w'’-]+(?: (?:(?:el|al|ad|as|ar|an)-)?[A-Z][\w'’-]+)? (?:bombs|explosives|devices)\b/g;

// What a date may name that is no incident: "the May 11 national elections", "the June 2 peace talks", "the April Shakai
// peace agreement", "a plot to attack the August 17 Independence Day ceremony", "the January 25 Palestinian Legislative
// Council elections".
const NAMES_NO_EVENT =
  /^\s+(?:(?:[\w-]+\s+){0,3}?elections|(?:[\w-]+\s+){0,2}?(?:elections?|polls|vote|referendum|ballot|summit|conference|peace talks|talks|ceasefire|truce|agreement|accord|deal|treaty|pact|inauguration|coalition|alliance|movement|bloc|ceremon(?:y|ies)|celebrations?|commemorations?|parades?))\b(?!\s+(?:bombings?|attacks?|blasts?|explosions?|shootings?|massacres?|stampedes?))/i;
// An attack named by its date: "an October 14 attack on …", "the May 3 car bombing in …".
// The words just before a date that names an event: "over the", "including the group's", "of an".
const REFERENCE_LEAD = /\b(?:the|an?|its|their|his|her|[\w-]+['’]s)\s+$/i;
// (Not a verb of words about attacks: "on May 30 threatened new attacks on oil facilities".)
// A threat made on the day after it: "threatened on ", "warned in ".
const THREAT_BEFORE_DAY = /\b(?:threatened|warned|vowed)\s+(?:on|in)\s+$/;
// (Not a verb after "to", nor what a claim was for: "threatened on June 12 to attack foreign embassies", "claimed
// responsibility on November 5 for the bombing of a police bus".)
// The state's own, before a day: "the army's ", "security forces' ".
const STATE_OWN_BEFORE =
  /\b(?:army|military|police|government|troops|forces|soldiers|regime|navy)['’]s?\s+(?:[\w-]+\s+)?$/i;
const NAMED_BY_DATE =
  /^\s+(?:(?![\w-]+ing\b|(?:threatened|warned|vowed|promised|claimed|denied|condemned|announced|planned|plotted|urged|called|praised|demanded|to|for)\b)[\w-]+\s+){0,2}?(?<!\b(?:to|for)\s)(attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|ambush(?:es)?|assaults?|kidnappings?|killings?|assassinations?|murders?|beheadings?|abductions?|hijackings?|sieges?|stabbings?|hostage-takings?)\b/;
// "…, and then shot dead 69 people on Utoya", "…, and a bomb in Kandahar wounded two", "…, and on the same night killed 13 shepherds in Basantgarh", "…, and gunmen
// killed six soldiers in Ismailia" (a new attacker and a verb), "two bombings
// struck: the first, in Mastung, killed 60; the second, in Hangu, killed five", "…, killing three, while in Ismailia a
// car bomb killed six", "…attacked Monguno, killing 20 soldiers, and Goni Usmanti village in Nganzai, where 38 civilians
// died", "…, while simultaneous raids in Riyadh resulted in the arrest of five suspects", "a roadside bomb killed two
// gendarmes in Tarn province while a rocket attack on a police station in Ulma wounded three officers".
// ("attacked a boat near Bamba, killing 49 civilians, and a military post at Bourem, killing 15 soldiers": a second
// target of the verb with a toll of its own.)
// ("… in a shootout in Nestrava on June 18, the same day a bomb in Olvenko wounded four": an event of that day, told as
// the day of the first.)
const THEN =
  /(?<=,\s+(?:killing|wounding|injuring)\s[^;.,]{1,60}),\s+and\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:post|base|camp|checkpoint|village|town|market|bus|convoy|station|mosque|church|school|barracks|boat|ferry)\s+(?:at|in|near|outside)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:killing|wounding|injuring)\b)|,?\s+and then\s+|,\s+(?:on\s+)?the same day,?\s+(?=(?:an?|the|two|three|four|\d{1,3})\s+(?:[\w-]+\s+){0,3}?(?:bomb|car bomb|blast|explosion|attack|grenade|gunmen|militants|suicide bomber)s?\b[^;.]{0,60}?\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z])|;\s+(?=(?:gunmen|militants|attackers|insurgents|assailants|suicide bombers)\s+(?:also\s+)?(?:killed|shot dead|ambushed)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|an?)\s[^;.]{0,80}?\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z])|,\s+while\s+(?=(?:two|three|four|five|several|\d{1,2})\s+(?:[\w-]+\s+){0,2}?(?:bombs|car bombs|blasts|explosions|bombers)\s+(?:exploded|detonated|went off|struck)\b[^;.]{0,40}?\b(?:the same (?:day|morning|night|evening|afternoon)|(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]))|,\s+and\s+(?=separately\s+(?:\w+\s+){0,2}?(?:attacked|detonated|bombed|struck|ambushed|killed|kidnapped|abducted|fired|shot|stormed)\b)|;\s+(?:and\s+)?(?=an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombing|blast|explosion|grenade|IED|device|bomber|gunman|shooting|attack)\s+(?:at|on|in|near|outside|inside)\s+[^;.]{0,80}?\s(?:killed|wounded|injured)\b)|;\s+(?:and\s+)?(?=in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+(?:[\w'’-]+\s+){1,4}?(?:killed|wounded|injured|attacked|bombed|shot)\b)|,\s+(?:and\s+)?(?=an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombing|blast|explosion|grenade attack|attack|shooting|IED)\s+(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:killed|wounded|injured)\b)|(?<=\b(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(?=(?:an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombing|blast|explosion|grenade|IED|device)|another(?:\s+(?:bomb|blast|explosion|device|grenade))?)\s+(?:wounded|killed|injured)\s+[^.;]{0,40}?\b(?:in|at|near)\s+(?:nearby\s+)?[A-Z])|(?<=\b(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(?=(?:wounded|injured|killed|shot dead)\s+(?:[\w'’-]+\s+){1,4}?(?:in|at|near)\s+[A-Z])|;\s+(?:and\s+)?(?=(?:an?|the)\s+[^;.,]{0,80}?\b(?:in|at|near)\s+[A-Z][^;.]{0,60}?,\s+(?:killing|wounding|injuring)\s+[^;.]{0,40}(?:;|\.|$))|;\s+(?=(?:two|three|four|five|several|another|a second|a third)\s+(?:other\s+|more\s+)?(?:[\w-]+\s+)?(?:bombs|blasts|explosions|bombings|attacks|bombers|bomb|blast|explosion|bombing|attack|bomber)\s+(?:[^;.]{0,60}?\s)?(?:killed|wounded|injured)\b)|,\s+and\s+(?=an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|grenade|IED|device|suicide bomber|gunman)\s+(?:(?:at|on|in|near|under|hidden in|planted (?:in|on)|attached to) (?:an?|the) (?:[\w-]+\s+){1,3}?)?(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:district|province|neighbou?rhood|area|quarter|suburb)(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,)?\s+(?:killed|wounded|injured)\b)|;\s+then\s+|(?:,\s+and\s+(?:on\s+|later\s+|late\s+|early\s+|(?:before|at) dawn\s+)?|\s+and\s+later\s+)(?:the|that)\s+(?:same\s+)?(?:night|day|evening|morning|afternoon)\s+|;\s+(?=(?:simultaneous|separate|parallel)\s|(?:later\s+|early\s+|late\s+)?that (?:day|night|evening|afternoon|morning)\b|an?\s+(?:simultaneous|separate|parallel)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|assaults?|raids?|shootings?|incidents?)\b|[^;.]{0,60}\bthe same (?:day|night)\b|the (?:second|other|latter)\b|(?:(?:about |some )?(?:an?|one|two|three|\d{1,2}|a few|several) )?(?:hours?|minutes?) (?:later|earlier)\b)|,\s+and\s+(?=the (?:second|other|latter),)|,\s+and\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:village|town|city|district))?(?:\s+(?:in|near)\s+[A-Z][\w'’-]*)?,\s+where\s+(?!(?:it|they|he|she)\b)(?=[^,;.]{0,80}?\b(?:killed|died|dead|wounded|injured)\b)(?![^,;.]{0,80}?\bof the (?:wounded|injured)\b))|,\s+while\s+(?=(?:in|at|near)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?[A-Z][^;.]{0,120}?\b(?:killed|died|dead|wounded|injured|shot|bombed|attacked|exploded|kidnapped|abducted)\b|(?:attacks|bombings|blasts|explosions)\s+(?:[\w-]+\s+){0,4}?(?:in|at|near)\s+(?:the\s+)?[A-Z])|(?<!,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+and\s+(?=(?:another|a second|a third|a further|(?:two|three|four|five|six|\d{1,2}) (?:more|other))\s)(?!\S+ (?:more|other) (?:were|had been|was)\b)(?!\S+ (?:more|other) (?:[\w.'’-]+ ){1,8}?(?:were|had been|was) (?:\w+ly )?(?:wounded|injured|hurt|killed)\b)|,\s+while\s+(?=(?:a|an|another)\s+(?:separate|second|third|further)\s+(?:[\w-]+\s+)?(?:attack|bombing|bomb|blast|explosion|shooting|assault|ambush|device|grenade|IED)\b|another\s+(?:[\w-]+\s+)?(?:attack|bombing|bomb|blast|explosion|shooting|assault|ambush|device|grenade|IED)\b|(?:simultaneous|separate|parallel|other|further)\s+(?:[\w-]+\s+)?(?:raids|operations|attacks|bombings|strikes)\s+(?:in|at|on|near|across)\s+[A-Z])|,\s+while\s+(?=(?:an?|another)\s+(?:suicide\s+)?(?:car\s+)?(?:bomber|gunman|attacker|militant)\s+(?:\w+\s+)?(?:killed|shot|attacked|stormed|ambushed|detonated|blew)\b)|,?\s+while(?<=\b(?:killed|killing|wounded|wounding|injured|injuring)\s[^;.]{0,80}\swhile)\s+(?=(?:an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|grenade|rocket|mortar|IED|device|attack|ambush|bomber|gunman)\s+(?:[^;.,]{0,80}?\s)?(?:killed|wounded|injured)\s+(?:\d|an?\s|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|an?\s+(?:[\w-]+\s+){0,3}?(?:attack|bomb|blast|explosion|grenade|rocket)\s+(?:in|at|on|near)\s+[^;.,]{0,60}?\bcaused no\b|(?:an?|one|two|three|four|five|six|\d{1,2})\s+(?:[\w-]+\s+){0,2}?(?:officers?|soldiers?|policemen|police officers?|civilians?|people|guards?|gendarmes?)\s+(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured)\s+in\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:attack|bombing|blast|explosion|ambush)\s+(?:on\s+[^;.,]{1,60}?\s+)?in\s+)?[A-Z]|(?:security forces|police|troops|soldiers|the army)\s+(?:\w+\s+)?(?:killed|shot dead)\s+(?:\d|an?\s|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)[^;.]{0,60}?\b(?:in|near|at)\s+(?:an?\s+(?:[\w-]+\s+)?(?:raid|operation)\s+in\s+)?[A-Z]))|(?:,\s+and|;)\s+(?=(?:[\w-]+\s+)?(?:days?|weeks?)\s+(?:later|after that)\b)|;\s+(?=(?:in|over|during) the (?:following|next|ensuing|subsequent) (?:(?:few|two|three|four|several)\s+)?(?:days|weeks)\b|in the (?:days|weeks) (?:that followed|after(?:wards?)?)\b)|(?:,\s+and,?|;)\s+(?=(?:later (?:that|the same) month|in the same month|the same month|later in the month)\b)|,\s+and,?\s+(?=(?:(?:about |some )?(?:an?|one|two|three|\d{1,2}|a few|several) )?(?:hours?|minutes?) later\b)|(?:,\s+and,?|;)\s+(?=in (?:a|an|another) (?:separate|second|third|different|later|further) (?:attack|incident|bombing|assault|shooting)\b)|(?:,\s+(?:and\s+)?|(?:;\s+(?:and\s+)?|\s+and\s+)(?<=\b(?:killed|killing|wounded|wounding|injured|injuring)\b[^;.]{0,120}?\b(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:;\s+(?:and\s+)?|\s+and\s+)))(?=(?:(?:[A-Z][\w'’-]*\s+){1,2})?(?:(?:armed\s+)?gunmen|militants|attackers|assailants|insurgents|fighters|(?:a\s+)?suicide bombers?|bombers)\s+(?:\w+\s+)?(?:killed|shot|attacked|stormed|ambushed|abducted|kidnapped|bombed|detonated|set off|opened fire on|fired|raided|beheaded)\b)|(?<!\b(?:19|20)\d\d),\s+and\s+(?=an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|grenade|IED|device|landmine|mine)\s+(?:killed|wounded|injured)\s+(?:[^,;.]{0,60}?\s)?(?:in|at|near)\s+[A-Z])|;\s+(?=in\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:province|district|region|state|county|governorate)\s*)?,\s+(?:an?|the|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,3}?(?:bombers?|gunmen|militants|attackers|bombs?|explosions?|blasts?|grenades?)\b)|,?\s+and\s+(?=(?:(?:at|in|on)\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+[^,;.]{1,40})?,\s+where\s+(?!(?:it|they|he|she)\b)[^,;.]{0,80}?\b(?:killed|died|dead|wounded|injured)\b)|,\s+and\s+(?=in\s+(?:nearby\s+|neighbou?ring\s+)?(?:(?:el|al)-)?[A-Z][\w'’-]+(?:\s+(?:(?:el|al|ad|as|an|ar)-)?[A-Z][\w'’-]+){0,2},?\s+(?:(?:armed\s+)?gunmen|militants|attackers|assailants|insurgents|fighters|(?:an?\s+)?(?:second\s+|third\s+|another\s+)?(?:suicide\s+)?bombers?|an?\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|grenade|IED))\s+(?:\w+\s+)?(?:killed|shot|attacked|stormed|ambushed|abducted|kidnapped|bombed|detonated|set|opened|raided|beheaded|exploded|wounded|struck|hit)\b)/;
const THEN_ALL = new RegExp(THEN.source, 'g');
const DEVICE_OF_ITS_OWN =
  /^(?:an?|the|two|three|four|\d{1,3})\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|grenade|IED)s?\b/i;
const OTHER_FORCE_ARRESTED =
  /,\s+(?:and|while)\s+(?:(?:in|during) (?:a|an) (?:coordinated|separate|parallel|joint|simultaneous) (?:operation|raid|sweep),?\s+)?(?=(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?(?:police|officers|agents|authorities|troops|soldiers|gendarmes)\s+(?:in\s+[A-Z][\w'’-]*\s+)?(?:arrested|detained|captured|apprehended)\s)/;
const ANOTHER_ARRESTED =
  /,\s+and\s+(?=(?:another|a second|a third)\s+(?:[\w-]+\s+)?(?:suspect|man|woman|person|member|militant)\s+was\s+(?:also\s+|later\s+)?(?:arrested|detained|captured|apprehended)\s+(?:in|at|near)\s+[A-Z])/;
// (Or the force placed before its verb: "Police in Algiers arrested 27 …", "gendarmes in Skikda detained seven more".)
// (The place told after the day's other words: "arrested Ann Roe and Bo Tarn after a standoff at a flat in west Ulma".)
const ARRESTED_IN_PLACE =
  /\b(?:arrested|detained|captured|apprehended)\s+(?:\S+\s+){0,14}?(?:in|at|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|downtown)\s+)?[A-Z]|\b(?:[Pp]olice|officers|agents|authorities|troops|soldiers|gendarmes)\s+in\s+[A-Z][\w'’-]*\s+(?:arrested|detained|captured|apprehended)\b/;
const ARRESTED_SOON =
  /;\s+(?=(?:the\s+)?(?:police|authorities|security forces|troops|soldiers|officers|gendarmes)\s+(?:later\s+|subsequently\s+)?(?:arrested|detained|apprehended)\s+[^;.]{0,80}?\b(?:that (?:night|evening|afternoon|day)|the same (?:day|night|evening)|(?:hours|minutes) later|the (?:next|following) (?:day|morning))\b)/i;
const VIOLENT_ACT =
  /\b(?:kill|shot|shoot|bomb|attack|stabb|detonat|explod|murder|assassin|kidnap|behead|execut|massacr|ambush|wound|injur|struck|casualt|died)/i;
// (For telling two events of one sentence apart, also: "an ambush near Sebba left 53 dead", "Fighters briefly occupied
// the town of Boni"; not "Russia-occupied Crimea", "the dead were buried", "police raided".)
const SPLIT_VIOLENCE =
  /\b(?:ambush(?:ed|es)?|occupied (?:the )?(?:town|city|village|base|camp)|overr[au]n|left\s[^.;]{0,40}\bdead)\b/i;
const STATE_EXECUTION =
  /\b(?:government|authorities|state|courts?|prison officials)\b[^.;]{0,40}?\b(?:executed|hanged)\b|\b(?:executed|hanged)\s+(?:\w+\s+){0,2}?(?:convicted|condemned|death-row)\b/i;
const violentAct = (text: string) => VIOLENT_ACT.test(text) || SPLIT_VIOLENCE.test(text);
// A part told some days after the date of its sentence: "…, and two days later struck Sorra", "…, and another teacher
// was killed in Tessa two days later".
// ("…, and, the next day, four more in Ardovan": the part opened by the day after.)
const COUNTED_ON =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days?|weeks?) (?:later|after that)\b|^\s*(?:,\s*)?(?:and,?\s+)?\bthe (?:next|following) (?:day|morning)\b/i;

const SAME_MONTH = /^\s*(?:later (?:that|the same) month|in the same month|the same month|later in the month)\b/i;
// What ended, right after "… days after the": "siege ended", "attack was over".
const ENDED_AFTER =
  /^\s*(?:siege|attack|assault|stand-?off|occupation|hostage (?:crisis|taking)|fighting|battle|operation)\s+(?:had\s+)?(?:ended|was over|concluded)\b/i;
// An occasion a relative day may count from whose day the text seldom gives: "after the vote", "after the elections".
const UNDATED_ANCHOR =
  /^\s*(?:\w+\s+)?(?:vote|votes|election|elections|polls|referendum|inauguration|ceremony|summit|holiday|festival|census)\b(?!\s+(?:bombings?|attacks?|violence|blasts?|massacres?|shootings?|clashes))/i;
// The day of a chapter's elections, told as a date of the vote ("the July 25 general elections") or as the day they were
// held ("held its first parliamentary elections in more than three decades on September 18", "Presidential elections
// were held on May 14").
// (A runoff, a second round or a referendum is a day of a vote too: with the first, two days, and no one day to count
// from.)
const ELECTION_ON = new RegExp(
  String.raw`\b((?:${MONTH_NAMES.join('|')})\s+\d{1,2})\s+(?:(?!and\b)[\w-]+\s+){0,3}?(?:elections?|polls)\b|\belections?(?:\s+(?:was|were)\s+held)?(?:\s+(?:in|for|to)\s+[^,.;:]{0,50}?)?\s+on\s+((?:${MONTH_NAMES.join('|')})\s+\d{1,2})\b|\b(?:run-?off|second round|referendum)\b[^.;,]{0,40}?\bon\s+((?:${MONTH_NAMES.join('|')})\s+\d{1,2})\b`,
  'gi',
);
// The elections named right after a relative day: " the election", " vote", " the parliamentary elections".
const ELECTION_NEXT = /^\s*(?:the\s+)?(?:[\w-]+\s+)?(?:elections?|vote|polls)\b/i;
/** The one day of elections `text` tells in `year`; null where it tells none or more than one. */
function electionDayOf(text: string, year: number | null): string | null {
  if (year === null || !/\belections?\b/.test(text)) return null;
  const days = new Set<string>();
  for (const m of text.matchAll(ELECTION_ON)) {
    // ("the first since the 2008 elections on April 2": elections of another year.)
    const years = text.slice(Math.max(0, m.index - 16), m.index + m[0].length).match(/\b(?:19|20)\d\d\b/g) ?? [];
    if (years.some((y) => Number(y) !== year)) continue;
    const [day] = findDates(m[1] ?? m[2] ?? m[3] ?? '', year, null, null);
    if (day && day.date.length === 10 && !day.endDate) days.add(day.date);
  }
  return days.size === 1 ? ([...days][0] ?? null) : null;
}
// Elections named by their month: "the January elections", "the October parliamentary elections".
const MONTH_ELECTIONS = new RegExp(
  String.raw`\bthe (${MONTH_NAMES.join('|')}) (?:(?:parliamentary|presidential|general|provincial|legislative|national|local|municipal) )*elections?\b`,
);
/** The number of a month named in full (1 for January). */
function monthNumberOf(name: string): number {
  return MONTH_NAMES.indexOf(name) + 1;
}
// A day a sentence tells by the elections: "On election day", "On the eve of the election", "on polling day".
const ELECTION_DAY_TOLD =
  /\b[Oo]n (?:the )?(?:(eve|day) of (?:the )?(?:(?:parliamentary|presidential|general|provincial|legislative|national|local|municipal) )*(?:elections?|vote|polls)|(?:(?:parliamentary|presidential|general) )?(?:election|polling|voting) day)\b/;
const YEAR_BEFORE = /\b(?:(?:a|one) year (?:earlier|before)|the (?:previous|preceding|prior) year)\b/;
/** The date of a later part of a sentence: the sentence's day, or the day its words count on to. */
const FOLLOWING_DAYS =
  /^\s*(?:(?:in|over|during) the (?:following|next|ensuing|subsequent) (?:(?:few|two|three|four|several)\s+)?(?:days|weeks)|in the (?:days|weeks) (?:that followed|after(?:wards?)?))\b/i;
function countedOn(mention: DateMention, part: string): DateMention {
  // ("…; on the same day a year earlier, a bomb in Uzvara had killed 11": the same day of the year before, an event of
  // another year's report.)
  const yearBefore = YEAR_BEFORE.exec(part);
  if (yearBefore)
    return {
      ...mention,
      date: `${Number(mention.date.slice(0, 4)) - 1}${mention.date.slice(4)}`,
      endDate: null,
      words: `${mention.words} … ${yearBefore[0]}`,
    };
  // ("…, and in the same month the group attacked …", "…; later that month, an ambush …": some day of that month.)
  const sameMonth = SAME_MONTH.exec(part);
  if (sameMonth && !DIED_BEFORE.test(part.slice(Math.max(0, sameMonth.index - 80), sameMonth.index)))
    return { ...mention, date: mention.date.slice(0, 7), endDate: null, words: `${mention.words} … ${sameMonth[0]}` };
  // ("…; in the following days, gunmen killed 70 men in reprisal": some days after, none told; the month is all that is
  // known.)
  const following = FOLLOWING_DAYS.exec(part);
  if (following)
    return { ...mention, date: mention.date.slice(0, 7), endDate: null, words: `${mention.words} … ${following[0]}` };
  const counted = mention.date.length === 10 ? COUNTED_ON.exec(part) : null;
  const words = counted?.[0].replace(/^[\s,]*(?:and,?\s+)?/, '');
  // ("…, and a third soldier, who was wounded, died in a hospital in Tarn two days later": the day a victim died, no
  // day of an event.)
  if (!counted || !words || DIED_BEFORE.test(part.slice(Math.max(0, counted.index - 80), counted.index)))
    return mention;
  const days = daysLater(words, mention.date);
  const date = days ? shiftDays(mention.date, days) : null;
  return date ? { ...mention, date, endDate: null, words: `${mention.words} … ${words}` } : mention;
}

/**
 * Whether a sentence dates the end of the story before it: an end word ("liberated", "ended") before the date, in
 * the same clause ("declared the city liberated on October 23"; not "Not every operation ended peacefully: on
 * December 27, …", which opens another event).
 */
// The story's own event going on to a day counted from it: "The siege lasted until the next morning", "The siege
// ended the following day; …", "The attack lasted into the next morning and killed 26": its end, not a new event.
const OVER_NEXT_DAYS =
  /\b(?:over|in|during|within) the (?:next|following|ensuing|subsequent) (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days\b/i;
const ENDED_ON = /\b(?:that|which) (?:ended|lasted (?:until|into)|continued (?:until|into))\s+(?:on\s+)?$/i;
const STORY_NOUNS =
  'siege|attack|assault|standoff|stand-off|fighting|battle|gunfight|firefight|shooting|shootout|hostage crisis|occupation|operation|raid|clashes';
const STORY_GOES_ON = new RegExp(
  `^(?:The|That|This) (?:${STORY_NOUNS})(?:,\\s+which)? (?:lasted|ended|continued|went on|was over)\\b|\\bended the (?:siege|standoff|stand-off|hostage crisis|occupation)\\b`,
  'i',
);
// ("Eleven soldiers and 12 militants were killed in the fighting, which continued into the next morning.": the story's
// toll, and how long it went on, in a clause that ends the sentence; not "During the fighting, which continued into
// the next morning, militants also attacked …", another event.)
const STORY_WENT_ON_CLAUSE = new RegExp(
  `\\b(?:in|during) the (?:${STORY_NOUNS}),\\s+which (?:lasted|continued|went on) (?:into|until|till|through) the (?:next|following) (?:day|morning|afternoon|evening|night)\\s*[.;]?\\s*$`,
  'i',
);

// "By the time the siege ended the following day, 37 civilians … had been killed", "By the time the front lines
// stabilized on May 14, the fighting had killed more than 100": the day the story ended, and its toll.
// ("When the shooting ended the next day, five militants and two police officers were dead": the same.)
// (Only the story's own fighting ends so: "When the ceasefire ended on May 4, militants attacked …" tells a new event.)
const BY_THE_TIME =
  /^(?:By the time (?:the )?(?:[\w-]+ ){0,3}?|(?:When|Once|After) the (?:siege|shooting|shootout|standoff|stand-off|fighting|battle|gunfight|firefight|clashes|assault|raid|operation|hostage crisis|occupation) )(?:ended|was over|concluded|stabilized|stabilised|was lifted|was broken)\b/i;

/** Whether a sentence names places and none of them is a place its story names. */
/**
 * The record a sentence after a story goes on telling: the story's, or, where the story's sentence told several events
 * and this sentence names the place of one other than the story's, that one ("On January 17, fighters attacked the
 * garrison in Menaka; the following day they attacked Aguelhok. … 37 were killed in the fighting at Menaka.").
 */
function placedSibling(open: Draft, sentence: string, drafts: readonly Draft[], places: readonly string[]): Draft {
  const siblings: Draft[] = [];
  for (let i = drafts.length - 1; i >= 0 && siblings.length < 6; i -= 1) {
    const d = drafts[i];
    if (!d || d.passageId !== open.passageId || d.sentences[0] !== open.sentences[0]) break;
    siblings.push(d);
  }
  if (siblings.length < 2) return open;
  const named = namesIn(sentence, places);
  if (named.length === 0) return open;
  const naming = siblings.filter((d) => named.some((p) => d.clause.includes(p)));
  return naming.length === 1 && naming[0] && !named.some((p) => open.clause.includes(p)) ? naming[0] : open;
}

function elsewhere(sentence: string, story: Draft, places: readonly string[] = []): boolean {
  const here = namesIn(sentence, places);
  if (here.length === 0) return false;
  const there = namesIn(story.sentences.join(' '), places);
  return there.length > 0 && !here.some((p) => there.includes(p));
}

function endsTheStory(sentence: string, dateStart: number): boolean {
  const end = EVENT_END.exec(sentence);
  // ("Forces retook the town on December 7, killing several militants": a retaking fought with a toll is an event of its
  // own.)
  return (
    end !== null &&
    end.index < dateStart &&
    !/[:;]/.test(sentence.slice(end.index, dateStart)) &&
    !(/^(?:retook|recaptured|regained)/i.test(end[0]) && /,\s+(?:killing|wounding|injuring)\b/i.test(sentence))
  );
}

// An aside that tells what befell someone in another year: "released professors Ann Roe and Omar Tal, kidnapped in
// August 2016, in exchange for …", "found Ann Roe, one of the 200 schoolgirls abducted from Tessa in April 2014,
// near …". Its violence is no event of the clause.
const PAST_RELATIVE =
  /\b(?:who|which|that) (?:had been|had|were|was) (?:[a-z]+ed|taken|held|seized)\b[^,;.]{0,60}?\b((?:19|20)\d{2})\b/g;
const PAST_ASIDE =
  /,\s+(?:one of (?:the )?(?:[\w-]+ ){0,5}?)?(?:(?:who|which) (?:had been|was|were) |(?:which|whom) (?:the )?(?:[A-Z][\w.'’-]*\s+){1,4}(?:had\s+)?)?(?:[a-z]+ed|taken|held|seized)\b[^,;.]{0,60}?\b((?:19|20)\d{2}),/g;

/** The clause without asides dated in another year than `year`, for telling its kind. */
function withoutPastAsides(clause: string, year: number | null): string {
  if (year === null || !/\b(?:19|20)\d{2}\b/.test(clause)) return clause;
  // ("four hostages who had been kidnapped from Arlit in September 2010 were released": the same, with no commas.)
  const told = clause.replace(PAST_RELATIVE, (aside: string, y: string) => (Number(y) === year ? aside : ' '));
  if (!/\b(?:19|20)\d{2},/.test(told)) return told;
  return told.replace(PAST_ASIDE, (aside: string, y: string) => (Number(y) === year ? aside : ','));
}

// The words before the day a victim died of the wounds of an event told before it: "died of his wounds in Qatar on".
const DIED_OF_WOUNDS_ON =
  /\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:wounds|injuries)(?:\s+(?:in|at)\s+(?:an?\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s+(?:on|in)\s+$/i;
// A relative clause told in the past perfect, up to a date with no comma between: ", who had been kidnapped … in".
// ("stormed the town of Tarn, where 11 officers had been killed on August 14": "where" and its subject, the same.)
const PAST_PERFECT_RELATIVE = /,\s+(?:(?:who|which|whom)|where\s+(?:[\w'’-]+\s+){1,6}?)\s*had\s+[^,;.]*$/;

// A victim described by an earlier kidnapping, up to its date: ", a Malaysian hostage kidnapped from Tarn, Ulma, in".
const TAKEN_RELATIVE =
  /,\s+(?:an?|the|one of (?:the )?)\s*(?:[\w'’-]+\s+){0,4}?(?:kidnapped|abducted)\s+(?:from|in|near|by|at)\s[^;.]*$/;

// What the one held had done before, told after a semicolon: "police detained a bomb maker in Varna; authorities said he
// had supplied explosives for attacks that killed more than 100 people", "; he is suspected of having bombed a church in
// Dorra, killing 14", "; the militant had planted the bomb that killed nine". No figure or place of the arrest.
const HELD_ONES_PAST =
  /;\s+(?:(?:officials|police|authorities|prosecutors|investigators|the (?:\w+ )?(?:ministry|government|army|military|police))\s+(?:said|say|stated|alleged|believed)\s+(?:that\s+)?)?(?:he|she|they|the (?:suspects?|militants?|men|man|woman|commander|leader|bomb[ -]?maker))\s+(?:had|(?:is|was|were|are)\s+(?:\w+ly\s+)?(?:suspected|believed|accused|wanted|alleged|thought|said|linked|blamed))\b[^;]*/;
/** An arrest's clause without what the one held had done before (see HELD_ONES_PAST). */
function withoutHeldOnesPast(clause: string, kind: IncidentKind): string {
  if (kind !== 'arrest' || !clause.includes(';')) return clause;
  const past = HELD_ONES_PAST.exec(clause);
  return past ? clause.slice(0, past.index) + clause.slice(past.index + past[0].length) : clause;
}

// A count up to the year's end told after the event's toll: ", and, after Zarb-e-Azb began, reported killing 1,100
// militants in North Waziristan by the end of the year" (no part of the event's toll or places).
const RUNNING_TOTAL =
  /\b(?:by the end of (?:(?:the|that) (?:year|month)|January|February|March|April|May|June|July|August|September|October|November|December)|by (?:the )?year['’]s end|by year-end|so far (?:this|that) year)\b/;
// (Also "… at the scene and 14 more by the end of the year": the count's own words after "and".)
const TOTAL_BREAK = /,\s+and,?\s+|;\s+|\s+and\s+(?=\S+\s+(?:more|others?)\b)/g;
const TOTAL_WORD = /\b(?:kill|arrest|detain|captur|dead|died|injur|wound|hurt)/i;
const HELD_ACT = /\b(?:arrest|detain|captur|apprehend)/i;
/** The clause without a count up to the year's end told after its own words (see RUNNING_TOTAL). */
function withoutRunningTotal(clause: string): string {
  const total = RUNNING_TOTAL.exec(clause);
  if (!total) return clause;
  // (Cut at the last break before it, where the words from there tell the count; only after words of the event's own.)
  const last = [...clause.slice(0, total.index).matchAll(TOTAL_BREAK)].at(-1);
  const cut = last?.index ?? -1;
  const head = clause.slice(0, cut);
  // (A break before "14 more" counts more of those the verb before it tells.)
  const more = last !== undefined && /^\s+and\s+$/.test(last[0]);
  return cut > 0 && (more || TOTAL_WORD.test(clause.slice(cut))) && (VIOLENT_ACT.test(head) || HELD_ACT.test(head))
    ? clause.slice(0, cut)
    : clause;
}

/**
 * The clause without the words that rank its event against one of another year, with that event's place and toll
 * ("…, the deadliest attack since the October 14, 2017, truck bomb in Darlo, which killed 587").
 */
function withoutRanking(clause: string, year: number | null): string {
  const ranked = clause.includes('since') ? RANKED_SINCE.exec(clause) : null;
  if (!ranked || ranked.index === 0) return clause;
  const rest = clause.slice(ranked.index);
  // ("In the deadliest attack in Tarn since 2001, on April 19 militants detonated …": a ranking that opens the clause
  // keeps its words of this event, "in Tarn"; only the other year's, from "since" to its comma, are cut.)
  if (/^\s*(?:In|With|As)$/i.test(clause.slice(0, ranked.index))) {
    const since = ranked.index + ranked[0].length - 'since'.length;
    let comma = clause.indexOf(',', since);
    // ("since the 2009 bombing of the Ulma market, which killed 80 people, on May 2 …", "since April 2011, when 40 people
    // died in Ulma, …": the other event's aside, with its toll and place, goes with it.)
    const aside = comma > 0 ? /^,\s+(?:which|when|where|in which)\s[^,;.]*(?=,)/.exec(clause.slice(comma)) : null;
    if (aside) comma += aside[0].length;
    return comma > 0 && /(?:19|20)\d\d/.test(clause.slice(since, comma))
      ? `${clause.slice(0, since)}${' '.repeat(comma - since)}${clause.slice(comma)}`
      : clause;
  }
  // (Not an aside before the clause's own verb: "The May 3 bombing in Tarn, the deadliest since 2011, killed 45".)
  if (/,\s+(?:killed|wounded|injured|left)\b/.test(rest)) return clause;
  const another = /\b(?:19|20)\d\d\b/g;
  for (const m of rest.matchAll(another)) if (Number(m[0]) !== year) return clause.slice(0, ranked.index);
  return clause;
}

// A force that arrests, opening a clause: "police arrested", "security forces detained".
const SAME_DAY_ARRESTS =
  /^(?:the\s+)?(?:police|security forces|troops|soldiers|authorities|gendarmes)\s+(?:\w+\s+)?(?:arrested|detained|captured)\b/i;
const SAME_DAY_OPENING =
  /^(?:later\s+|early\s+|late\s+)?(?:that|the same)\s+(?:day|night|evening|morning|afternoon),?\s+/i;
// Where a clause parts into two events of one day: after "; meanwhile,", "; separately,", "; elsewhere,", before ", and
// police arrested …" (another force's arrests), and, in a sentence that opens "In (two) separate incidents", before
// " and" and a clause of its own.
const SEPARATE_EVENT =
  /;\s+(?:meanwhile|separately|elsewhere|in a separate (?:attack|incident)),?\s+|,\s+and\s+(?=(?:the\s+)?(?:police|security forces|authorities|gendarmes)\s+(?:\w+\s+)?(?:arrested|detained|captured)\b)/i;
// ("In separate incidents on November 11, a police officer was shot dead in Fennik and two soldiers were wounded …": in
// a sentence that opens so, before " and" and a clause of its own.)
const SEPARATE_OPENING = /^In (?:two |three )?separate (?:incidents|attacks)\b/i;
const AND_ANOTHER_CLAUSE =
  /\s+and\s+(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|the|gunmen|militants|attackers|insurgents)\s)/i;
// ("a bomb in an Ollan cafe killed four people| and |a grenade attack on a police post in Marsk wounded three officers":
// a second act with its own subject and toll, after a first that told its own toll.)
const AND_SECOND_ACT =
  /(?<![;,])\s+and\s+(?=(?:an?|another|a second)\s+(?:[\w-]+\s+){0,3}?(?:attack|bombing|blast|explosion|bomb|ambush|shooting)\b[^.;,]{0,80}?\b(?:killed|wounded|injured)\s)/i;
const TOLD_TOLL_BEFORE =
  /\b(?:killed|wounded|injured)\s+(?:\w+\s+){0,2}?(?:people|civilians|soldiers|officers|policemen|\d+)\b/i;
function secondAct(clause: string): RegExpExecArray | null {
  const m = AND_SECOND_ACT.exec(clause);
  return m && TOLD_TOLL_BEFORE.test(clause.slice(0, m.index)) ? m : null;
}
// A part of a clause that tells an act of its own, in a place of its own.
const OWN_PLACE = /\b(?:in|at|near|outside)\s+(?:nearby\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z][\w'’-]+/;
function ownEvent(part: string): boolean {
  return OWN_PLACE.test(part) && (VIOLENT_ACT.test(part) || /\b(?:arrested|detained|captured)\b/i.test(part));
}
/** Whether every town `later` names is one `earlier` names too. */
function namesNoOtherTown(later: string, earlier: string, places: readonly string[]): boolean {
  const told = namesIn(earlier, places);
  return namesIn(later, places).every((p) => told.includes(p));
}
/** Whether two parts name a place in common (the same event told on, not another). */
function sharesPlace(first: string, second: string): boolean {
  const names = (part: string) => new Set(part.match(/\b[A-Z][a-z][\w'’-]+/g) ?? []);
  const a = names(first);
  return [...names(second)].some((n) => a.has(n) && !/^(?:In|On|At|The|A|An|Police|Security|Army)$/.test(n));
}

/**
 * Splits "X, and then Y" where both halves tell violence and the second names its own place; Y is split again, a few
 * times at most ("…, killing 92; earlier the same day, a bomb at Tarn killed 11, and a blast in Ulma killed 22").
 */
// "militants killed two police officers in Bellam and, later that day, another officer in nearby Corvan": a second
// toll, later the same day, in a town of its own, read with the first's verb.
const AND_LATER_ELSEWHERE =
  /\s+(?=and,?\s+(?:later (?:that|the same) (?:day|night|evening)|hours later|minutes later|the (?:next|following) (?:day|morning)|that (?:evening|night)),\s+(?:another|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s[^.;,]{0,60}?\b(?:in|near|at)\s+(?:nearby\s+)?[A-Z][^.;,]*[.;]?\s*$)/;
// A toll, or its denial, told of the first step of a story told step by step ("… and then …").
const FIRST_STEP_TOLL =
  /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|dead|died|deaths?|casualties|executed|executing|beheaded|beheading|murdered|murdering|harmed|hurt|shot dead|fatally)\b/i;
// The second step told by a verb of the same actors, with no subject of its own: "stabbed people in and around …", "made
// their way to …", "also attacked …" (not "a second bomber attacked …", "security forces killed …", "in a separate
// attack …", "threatened further attacks").
const SAME_ACTORS_GO_ON =
  /^(?:also\s+|later\s+)?(?!(?:threatened|warned|vowed|claimed|announced|issued|released|posted|published)\b)(?:[a-z]+ed|made|set|fought|swept|stole|shot|drove|threw|struck|took|went|ran|hit|held|blew|broke|tore|beat|cut|fled|overran|began|opened|seized|forced|slit|spent|sent|rode|burnt|led|left|got|came|brought|caught|lit|hid|put|kept|sped|fell)\b/;
function splitThen(clause: string, depth = 0, places: readonly string[] = []): string[] {
  // "police arrested 15 people in Kobra; meanwhile, a bomb killed two people in Tamsa", "the army killed 23 militants
  // near Lirro, and police arrested 11 suspected militants in Nadim", "In separate incidents on November 11, a police
  // officer was shot dead in Fennik and two soldiers were wounded by a roadside bomb in Gorvel": two events of the day,
  // each with an act and a place of its own.
  const apart =
    clause.includes(';') || clause.includes(' and ')
      ? (SEPARATE_EVENT.exec(clause) ??
        (SEPARATE_OPENING.test(clause) ? AND_ANOTHER_CLAUSE.exec(clause) : null) ??
        secondAct(clause))
      : null;
  if (apart && depth < 3) {
    const first = clause.slice(0, apart.index);
    const second = clause.slice(apart.index + apart[0].length);
    // (Not the same people, held by another force: "…, and the police detained seven of them in Orsk".)
    if (ownEvent(first) && ownEvent(second) && !sharesPlace(first, second) && !/\b(?:of them|them)\b/.test(second))
      return [first, ...splitThen(second, depth + 1, places)];
  }
  const later = clause.includes(' and') ? AND_LATER_ELSEWHERE.exec(clause) : null;
  if (later && /\b(?:killed|wounded|injured|shot dead|abducted|kidnapped)\s/.test(clause.slice(0, later.index)))
    return [clause.slice(0, later.index), clause.slice(later.index + later[0].length)];
  // "police arrested nine suspects in Ahmedabad, and in a coordinated operation ATS officers detained four more in
  // Pune": two forces, each arresting its own in its own place.
  const other = OTHER_FORCE_ARRESTED.exec(clause);
  if (
    other &&
    ARRESTED_IN_PLACE.test(clause.slice(0, other.index)) &&
    ARRESTED_IN_PLACE.test(clause.slice(other.index)) &&
    // ("…, and the police detained seven of them in Sorra": the same people, held by another force.)
    !/\b(?:of them|them)\b/.test(clause.slice(other.index))
  )
    return [clause.slice(0, other.index), clause.slice(other.index + other[0].length)];
  // ("police arrested a man and a woman near Sandbach, and another suspect was arrested in Liverpool": one more, taken
  // in a town of its own.)
  const oneMore = clause.includes('another') || clause.includes(' a second') ? ANOTHER_ARRESTED.exec(clause) : null;
  if (oneMore && ARRESTED_IN_PLACE.test(clause.slice(0, oneMore.index)))
    return [clause.slice(0, oneMore.index), clause.slice(oneMore.index + oneMore[0].length)];
  // ("…, killing three police officers, gunmen killed six soldiers near Ulma, and …": clauses parted by a comma alone
  // only where the words before tell a toll of their own, not "On May 3, gunmen killed 12".)
  let m: RegExpExecArray | null = null;
  for (const found of clause.matchAll(THEN_ALL)) {
    // (The same for attackers who "fired", after ", and": "…, and assailants fired grenades at a post in Ulma; the attacks
    // killed 11 in all" parts nothing where no toll came before.)
    const commaOnly =
      /^,\s+$/.test(found[0]) ||
      (/^,\s+and\s+$/.test(found[0]) && /^\S+(?:\s+\S+)?\s+fired\b/.test(clause.slice(found.index + found[0].length)));
    if (commaOnly && !/\b(?:killed|killing|wounded|wounding|injured|injuring)\b/.test(clause.slice(0, found.index)))
      continue;
    m = found;
    break;
  }
  if (!m) {
    // "…, killing one person and wounding 12; police arrested two suspects that night": the arrests, made the same
    // day or the next, are an event of their own.
    const arrest = ARRESTED_SOON.exec(clause);
    if (arrest && VIOLENT_ACT.test(clause.slice(0, arrest.index)))
      return [clause.slice(0, arrest.index), clause.slice(arrest.index + arrest[0].length)];
    return [clause];
  }
  const first = clause.slice(0, m.index);
  const second = clause.slice(m.index + m[0].length);
  // ("struck two targets: a military base in Tarn, where 18 … were killed, and a uranium plant in Ulma, where …": the
  // items of a list after a colon are read with the list, not split here.)
  if (first.includes(':') && /^(?:(?:at|in|on)\s+)?(?:an?|the)\s/.test(second) && /\bwhere\b/.test(second))
    return [clause];
  // ("October 7 saw three attacks: …; a car bomb in Sorra killed three; and gunmen …": the same for items after
  // semicolons.)
  // (Not the colon of a dated item: "February 14: In coordinated bombings, a bomb …; a bomb at … killed three".)
  const colon = m[0].startsWith(';') ? first.lastIndexOf(':') : -1;
  if (
    colon >= 0 &&
    first.slice(0, colon).trim().split(/\s+/).length >= 5 &&
    /^(?:an?|the)\s(?!(?:second|third|fourth)\b)/.test(second)
  )
    return [clause];
  // ("…, and late that night insurgents attacked Camp Integrity, …": a site named as what was attacked; "in the nearby
  // village of Ngom".)
  const placed =
    /\b(?:in|at|on|near|outside|attacked|stormed|struck|raided) (?:the )?(?:[a-z]+ (?:of )?){0,2}(?:(?:al|el|ad|an|ar|as)-)?[A-Z]/.test(
      second,
    );
  // Whether the second part opens on the same day: ", and later that day …", "; that evening, …".
  const sameDayTold =
    /\b(?:that|the same)\s+(?:day|night|evening|morning|afternoon)\s+$/.test(m[0]) || SAME_DAY_OPENING.test(second);
  // ("…, killing 15; a separate attack on a convoy the same day killed 14 more": told as another event, placed or not.)
  // ("…; the same day, gunmen shot and killed another American contractor in his villa in the capital": another
  // victim, or the capital, is another event too.)
  const another =
    /^an?\s+(?:separate|different)\s/i.test(second) ||
    // ("…: a bomb on a bus killed 12 people, and a second bomb at the hospital killed 13 more": a second device, a
    // second attack, with a toll of its own.)
    (/^an?\s+(?:second|third|fourth)\s+(?:[\w-]+\s+)?(?:bomb|blast|explosion|bomber|device|attack|grenade)\b/i.test(
      second,
    ) &&
      /\b(?:killed|killing|wounded|wounding)\b/.test(first) &&
      /\b(?:killed|killing|wounded|wounding)\b/.test(second) &&
      // (At a site of its own, named: "at the emergency ward of the Jinnah Hospital"; not "nearby".)
      // ("in a restaurant in the city's Rabweh district": a town's quarter, told by whose it is.)
      /\b(?:in|at|on|near)\s+(?:the\s+)?(?:[a-z-]+(?:['’]s)?\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z]/.test(second)) ||
    /\b(?:killed|shot dead|murdered|kidnapped|abducted|attacked) another\b|\bin the capital\b/i.test(second) ||
    // ("…, killing 152 people; in the following days, gunmen killed as many as 70 men in reprisal": the later killings
    // are told as events of their own.)
    (FOLLOWING_DAYS.test(second) &&
      /\b(?:killing|killed|wounding|wounded)\s/.test(first) &&
      // (Not more of the same dead: "…; in the following days, four of the wounded died".)
      /\b(?:killing|killed|wounding|shot|executed|beheaded|massacred|murdered)\s/.test(second) &&
      !/\bof the (?:wounded|injured)\b/.test(second)) ||
    // ("…, killing nine soldiers, and later that day ambushed a truck near the same village, killing 12 passengers": a
    // second attack the same day, told after its time, with a toll of its own.)
    // ("…; later that day, the same group ambushed a patrol outside Ulma, killing seven": the same after a semicolon.)
    (sameDayTold &&
      // (Or a place of its own where the first told no toll: "…; later that day, the group ambushed a convoy outside Ulma,
      // killing seven".)
      (/\b(?:killing|killed|wounding|wounded)\s/.test(first) || placed) &&
      /^(?:[\w-]+\s+){0,3}?(?:attacked|ambushed|stormed|struck|raided|bombed|shelled|opened fire on|fired on)\b[^;.]*\b(?:killing|killed|wounding|wounded)\s/.test(
        second.replace(SAME_DAY_OPENING, ''),
      )) ||
    // ("…, killing 26; two other bombs in a market of the town killed 11": other devices, with a toll of their own.)
    (/^(?:two|three|four|five|several)\s+(?:other|more)\s+(?:[\w-]+\s+)?(?:bombs|blasts|explosions|attacks|bombers)\b/i.test(
      second,
    ) &&
      /\b(?:killed|killing|wounded|wounding)\b/.test(first) &&
      /\b(?:killed|wounded|injured)\b/.test(second));
  // ("a driver beheaded his employer and then rammed his van into gas canisters at a plant in Tarn": one attack told
  // step by step, its place told once, after "and then" with no comma.)
  // ("three attackers drove a van into pedestrians on London Bridge and then stabbed people in and around Borough Market,
  // killing eight": the same, its toll told once, after the last step, where the second names no town the first does
  // not; not "set off a car bomb in central Oslo and then carried out a mass shooting … on the island of Utoya".)
  // (Only the same actors going on, told by a verb with no subject of its own, and no threat or claim after the act:
  // not "a bomber struck a market in Tarn and then a second bomber attacked a mosque", "… without causing casualties and
  // then gunmen attacked …", "claimed responsibility … and then threatened further attacks".)
  const oneStory =
    /^\s+and then\s+$/.test(m[0]) &&
    (!/\b(?:in|at|near|on) (?:the )?(?:[a-z]+ )?[A-Z]/.test(first) ||
      (!FIRST_STEP_TOLL.test(first) && SAME_ACTORS_GO_ON.test(second) && namesNoOtherTown(second, first, places)));
  // ("…; two soldiers died in the attack, and a third soldier, who was wounded, died in a hospital in Tarn two days
  // later": a victim of the same attack who died later, no event of its own.)
  // ("…; later that month, a fourth officer died in a hospital in Ulma": the same.)
  const laterDeath =
    (/\b(?:who (?:was|had been) (?:\w+ly )?(?:wounded|injured)|of (?:his|her|their) (?:wounds|injuries))\b/i.test(
      second,
    ) ||
      /\b(?:died|succumbed)\s+(?:later\s+)?in (?:a |the )?hospital\b|\b(?:an?|one) (?:second|third|fourth|fifth|sixth) (?:[a-z-]+ )?(?:officer|soldier|policeman|victim|civilian|guard|person|worker|passenger) (?:later |also )?(?:died|succumbed)\b/i.test(
        second,
      )) &&
    !/\b(?:kill|attack|bomb|blast|explo|grenade|shot|shoot|stabb|detonat|ambush|clash|fight|raid|fire|massacre)/i.test(
      second,
    );
  // ("…, while simultaneous raids in Riyadh resulted in the arrest of five suspects": raids of their own, with arrests.)
  const raids =
    /^(?:simultaneous|separate|parallel|other|further)\s/i.test(second) &&
    /\barrest/i.test(second) &&
    !/\bno (?:\w+ )?arrests?\b|\bno one was arrested\b/i.test(second);
  // ("…, killing 20 people at a bus station in Kesh, and later that day police arrested three suspects in Sorra": the
  // day's arrests by a force, in a town of their own.)
  const sameDayArrest =
    sameDayTold && SAME_DAY_ARRESTS.test(second.replace(SAME_DAY_OPENING, '')) && ARRESTED_IN_PLACE.test(second);
  // ("… and later that day ambushed a convoy near Sorra, killing 12 people in total": a toll of both together, one story,
  // where the first part tells none of its own.)
  const jointToll =
    !/\b(?:killing|killed|wounding|wounded|dead|died)\b/.test(first) &&
    (IN_TOTAL.test(second) || JOINT_TOLL.test(second));
  return violentAct(first) &&
    (violentAct(second) || raids || sameDayArrest) &&
    (placed || another) &&
    !jointToll &&
    !oneStory &&
    !laterDeath
    ? [first, ...(depth < 3 ? splitThen(second, depth + 1, places) : [second])]
    : [clause];
}

// "two suicide bombings killed more than 75 people: one in Baghdad killed 28 people, and another in Muqdadiyah killed
// 47": the toll of both, before a colon that opens the first one's own.
// (The whole's words, up to its colon: "killed more than 75 people".)
const WHOLE_TOLL = `\\b(?:killed|killing|left|leaving)\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\b[^.;:]{0,40}`;
const WHOLE_BEFORE_ONE = new RegExp(
  `${WHOLE_TOLL}(?=:\\s+(?:the\\s+)?(?:one|first)\\b[^.;:]*\\b(?:killed|killing|left)\\s)`,
  'i',
);
/**
 * The parts of a clause split at "…, and another …", the first without the toll of them all told before its colon
 * (blanked to spaces: the words kept stand where they were written); each part keeps its own toll.
 */
function wholeBeforeParts(parts: string[]): string[] {
  const [first, second, ...rest] = parts;
  if (
    first === undefined ||
    second === undefined ||
    !first.includes(': ') ||
    !/^(?:(?:and|while)\s+)?(?:another|the other|the second|a second)\b/i.test(second.trim())
  )
    return parts;
  const whole = WHOLE_BEFORE_ONE.exec(first);
  if (!whole) return parts;
  const blanked =
    first.slice(0, whole.index) + ' '.repeat(whole[0].length) + first.slice(whole.index + whole[0].length);
  return [blanked, second, ...rest];
}

/**
 * The parts of a clause told as several events, the last without a toll of them all told after its semicolon ("a bomb
 * killed three in Tessa and another killed five in Ulma; more than 40 people were wounded in the two blasts").
 */
function withoutJointTail(parts: string[]): string[] {
  const last = parts.at(-1);
  if (parts.length < 2 || last === undefined) return parts;
  const semicolon = last.lastIndexOf('; ');
  return semicolon > 0 && JOINT_TOLL.test(last.slice(semicolon))
    ? [...parts.slice(0, -1), last.slice(0, semicolon)]
    : parts;
}

// A clause that goes on a list with "and" and has no verb: "and the Jammu and Kashmir Liberation Front on March 22".
// A part of a count told with its day: ", including 59 in late October and November", ", including two who were
// detained on September 7" (the figure, the words up to the day).
const INCLUDED_BEFORE_DAY = new RegExp(
  `,\\s+including\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?:[\\w'’-]+\\s+){0,8}?(?:in|on|during)\\s+(?:(?:early|mid-|late)\\s*)?$`,
  'i',
);
// The verb a clause's figure is read with, for a clause after it that has none of its own.
const CASUALTY_VERB =
  /\b(?:killed|killing|shot dead|shot and killed|murdered|assassinated|beheaded|executed|executing|wounded|wounding|injured|injuring|arrested|arresting|detained|detaining|(?:arrest|detention|killing)s? of)\b/i;

/**
 * The figures of a clause with no verb of its own ("and three police officers in Ulma on May 9"), read with the verb
 * of the clause before it; the words quoted are the clause's own (the verb, told elsewhere, is left out of them).
 */
// The death of one person told as the second event of a sentence that tells first how he was taken: "Reverend Ann Roe
// … was kidnapped from Tarn on January 2 and beheaded by his captors on January 20" (the clause of January 20), "… and
// was killed on October 8 during a rescue attempt".
const KILLED_AFTER_TAKEN =
  /^\s*,?\s*and\s+(?:later\s+|then\s+|subsequently\s+)?((?:(?:was|were)\s+(?:later\s+)?)?(?:beheaded|killed|executed|shot dead|murdered)(?:\s+by\s+(?:his|her|their|the)\s+(?:captors|kidnappers|abductors))?)(?=\s+(?:by|on|in|at|near)\b)/;
// (One person: not a group, which GROUP_TAKEN counts, nor one killed "along with four other hostages".)
const ONE_TAKEN =
  /^(?!(?:An?\s+)?(?:group|number|total|team|party|convoy|busload|family)\b|\d|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Scores|Several)\b)[A-Z][^.;]{0,200}?\b(?:was|had been)\s+(?:kidnapped|abducted|seized|taken hostage)\b/;
const KILLED_WITH_OTHERS =
  /\b(?:along|together) with\b|\band (?:\w+ )?others\b|\bof (?:his|her) (?:captors|kidnappers|abductors)\b/;

/** One killed where the clause tells only the death of the one the sentence says was taken (see KILLED_AFTER_TAKEN). */
function killedWhenTaken(reading: CasualtyReading, clause: string, sentence: string): CasualtyReading {
  if (Object.values(reading.figures).some((v) => v !== null)) return reading;
  const killed = KILLED_AFTER_TAKEN.exec(clause);
  if (!killed?.[1] || KILLED_WITH_OTHERS.test(clause)) return reading;
  // ("A group of 12 aid workers was kidnapped in Tarn on May 2 and executed by their captors on May 20": the group.)
  const group = GROUP_TAKEN.exec(sentence);
  const count = group?.[1] ? parseNumber(group[1]) : null;
  if (group && count !== null)
    return {
      figures: { killed: count, wounded: null, arrested: null },
      evidence: { killed: `${group[0]} … ${killed[1]}` },
      accounts: null,
    };
  if (!ONE_TAKEN.test(sentence)) return reading;
  return { figures: { killed: 1, wounded: null, arrested: null }, evidence: { killed: killed[1] }, accounts: null };
}
// ("Two Italian engineers were kidnapped in Tarn on March 3 and were killed …": the same, counted with no "group".)
const GROUP_TAKEN = new RegExp(
  `^(?:(?:An?\\s+)?group of )?(${NUMBER_PATTERN})\\s+(?:[\\w'’-]+\\s+){0,3}?(?:was|were|had been)\\s+(?:kidnapped|abducted|seized|taken hostage)\\b`,
  'i',
);

// Nouns that name an event of a list's item ("the kidnapping of …", "the arrest of …"): NEXT_ITEM and OWN_EVENT_NOUN.
const LISTED_EVENT_NOUN =
  '(?:kidnappings?|abductions?|murders?|killings?|assassinations?|bombings?|arrests?|detentions?|captures?|beheadings?|executions?|shootings?)';
const OWN_EVENT_NOUN = new RegExp(
  `^(?:the|an?|another)\\s+(?:[\\w-]+\\s+){0,2}?(?:${LISTED_EVENT_NOUN}|attacks?|ambush(?:es)?|raids?|releases?|rescues?|hijackings?|stabbings?)\\b`,
  'i',
);
function withVerb(reading: CasualtyReading, clause: string, verb: string | undefined): CasualtyReading {
  if (verb === undefined || Object.values(reading.figures).some((v) => v !== null)) return reading;
  // ("the arrest of 12 … in Samarkand on April 9 and of nine more in Fergana": the noun's "of" is the clause's.)
  const body = clause
    .replace(
      /^\s*(?:[,;]\s*(?:and,?\s+)?|and,?\s+)(?:(?:later (?:that|the same) (?:day|night|evening)|hours later|minutes later|the (?:next|following) (?:day|morning)|that (?:evening|night)),\s+)?/i,
      '',
    )
    .replace(/^of\s+/i, verb.endsWith(' of') ? '' : '$&')
    // ("… and, on June 4, two more in Yastrovel": the clause opened by its day.)
    .replace(DAY_OPENING, '');
  // ("the killing of a reporter in Varno on February 9 and the abduction of a photographer in Mirta on February 21": an
  // item named by an event of its own takes no verb of the one before.)
  if (OWN_EVENT_NOUN.test(body)) return reading;
  // ("…; on January 10, another in Velmora; and on January 12, a third in Orvane": one more of those the verb told.)
  const oneMore = ONE_MORE_OF_THEM.exec(body);
  const field = oneMore ? FIELD_WORDS.find(([, words]) => words.test(verb))?.[0] : undefined;
  if (oneMore && field)
    return { figures: { ...reading.figures, [field]: 1 }, evidence: { [field]: oneMore[0] }, accounts: null };
  const again = readCasualties(`${verb} ${body}`);
  const figures: Casualties = { killed: null, wounded: null, arrested: null };
  const evidence: CasualtyReading['evidence'] = {};
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const words = again.evidence[field];
    // (Only a figure whose words open with the verb and go on in the clause: then the rest is quoted as written.)
    if (again.figures[field] === null || !words?.startsWith(`${verb} `) || words.includes(' … ')) continue;
    figures[field] = again.figures[field];
    evidence[field] = words.slice(verb.length + 1);
  }
  return Object.values(figures).some((v) => v !== null) ? { figures, evidence, accounts: null } : reading;
}

// A clause's own day at its opening, with its year or without: "on June 4, 2019, ".
const DAY_OPENING = new RegExp(`^(?:on\\s+)?(?:${MONTH_NAMES.join('|')})\\s+\\d{1,2}(?:,\\s+(?:19|20)\\d\\d)?,?\\s+`);
const ONE_MORE_OF_THEM =
  /^(?:another|an?\s+(?:second|third|fourth|fifth|sixth)|one more)\b(?=\s+(?:in|at|near|outside)\s|\s*[,.;]|\s*$)/i;
// ("and a further 44, including publisher Ann Roe, in Ulma on October 28": "including" is no verb.)
// ("… and 21 more in Lorn district the following morning": a day's words are no verb.)
const AND_NO_VERB =
  /^\s*(?:,\s*(?:and,?\s+)?|and,?\s+)(?![^.;]*\b(?:\w+ed|(?!(?:including|following|morning|evening|during|building)\b)\w+ing|was|were|is|are|had|has|struck|shot|blew|hit|left|took|set|went|ran|fled|led|fought|seized|stormed|overran|burned|abducted|arrested|killed)\b)[^.;]*\.?\s*$/i;

// "the Westgate attack", "the Garissa University attack": an event named by a proper name.
const LABEL = /\bthe ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:attacks?|bombings?|siege|massacre|shooting|assault)\b/;

// "The hotel blast also wounded 46 people", "The mosque attack killed more than 120": an event named by its site.
const SITE_LABEL =
  /^The ((?:[a-z]+ )?(?:hotel|mosque|church|market|parade|school|embassy|consulate|stadium|airport|headquarters|bank|university|prison|checkpoint|shrine|temple|bus|train|rally|funeral|wedding|courthouse|hospital|mall|restaurant|cafe|café|nightclub|bar)) (?:attack|bombing|blast|explosion|siege|assault|shooting|massacre)s?\b/;

// ("Officials said seven soldiers had died in the convoy attack": the same, named where the toll fell.)
const SITE_LABEL_IN =
  /\b(?:in|during|from) the ((?:[a-z]+ )?(?:convoy|patrol|checkpoint|hotel|mosque|church|market|school|embassy|stadium|airport|prison|bus|train|wedding|hospital|restaurant|cafe|café)) (?:attack|bombing|blast|explosion|ambush|assault|shooting)s?\b/;
/** The record an undated sentence with figures names by site: the one recent record whose words name that site. */
// ("…. Two days later, a bomb exploded at a checkpoint in Lydda, killing four officers. The Kilroy attack killed seven
// passengers.": an event named by its town, told before the one told last.)
const TOWN_LABEL =
  /^The ((?!(?:First|Second|Third|Last|Latest|Same|Previous|Earlier|Later|Deadliest|Worst)\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:attack|bombing|blast|explosion|ambush|assault|shooting|massacre|raid)s? (?:also )?(?:killed|left|wounded|injured)\b/;
// ("On April 25, a landmine killed five policemen near Tarn. On the same day, an ambush in Ulma killed two more. The
// landmine blast also wounded six policemen.": the same, named by its weapon.)
const WEAPON_LABEL =
  /^The ((?:land ?mine|mine|car bomb|truck bomb|roadside bomb|suicide bomb|rocket|mortar|grenade|drone|missile|IED)) (?:attack|bombing|blast|explosion|strike)s? (?:also )?(?:killed|left|wounded|injured)\b/;
// (Only past an event told by its weapon, guns or blades included, where that is another: "…. On April 9, militants
// attacked a post in Velst. The rocket attack also wounded five" goes on with the attack told last, its weapon untold.)
const TOLD_BY_WEAPON =
  /\b(?:ambush\w*|shooting|shot|gunm[ae]n|gunfire|opened fire|stabb\w*|knife|hacked|rockets?|mortars?|car bomb|truck bomb|roadside bomb|suicide|bomb(?:er|ing)?s?|IED|grenades?|drones?|missiles?|(?:land)?mines?)\b/i;
// ("… The attack, which followed a raid on Tarn on June 1, …. The earlier raid had killed seven people.": the toll of
// the event told as the earlier of the last two, dated before the one the story is of.)
const EARLIER_LABEL =
  /^The (?:earlier|previous|former) (?:attack|raid|bombing|blast|ambush|assault|explosion|incident)s? (?:had )?(?:also )?(?:killed|left|wounded|injured)\b/;
function toldBefore(sentence: string, drafts: readonly Draft[], open: Draft): Draft | null {
  const earlier = drafts.filter((d) => d !== open && !d.mention.reference && d.mention.date < open.mention.date);
  const last = earlier.reduce<Draft | null>((a, d) => (a === null || d.mention.date > a.mention.date ? d : a), null);
  if (last === null || earlier.filter((d) => d.mention.date === last.mention.date).length > 1) return null;
  const figures = readCasualties(sentence).figures;
  return figures.killed === null && figures.wounded === null ? null : last;
}
function toldBySite(sentence: string, drafts: readonly Draft[], open: Draft | null = null): Draft | null {
  if (open && EARLIER_LABEL.test(sentence)) return toldBefore(sentence, drafts, open);
  const weapon = open && TOLD_BY_WEAPON.test(open.clause) ? WEAPON_LABEL.exec(sentence)?.[1] : undefined;
  const site =
    SITE_LABEL.exec(sentence)?.[1] ??
    TOWN_LABEL.exec(sentence)?.[1] ??
    SITE_LABEL_IN.exec(sentence)?.[1] ??
    (weapon && !new RegExp(`\\b${escapeRegExp(weapon.split(' ').at(-1) ?? weapon)}`, 'i').test(open?.clause ?? '')
      ? weapon
      : undefined);
  if (!site) return null;
  const word = new RegExp(`\\b${escapeRegExp(site)}\\b`, 'i');
  const holding = drafts
    .slice(Math.max(0, drafts.length - 6))
    .filter((d) => !d.mention.reference && word.test(d.clause));
  if (holding.length !== 1) return null;
  const figures = readCasualties(sentence).figures;
  return figures.killed === null && figures.wounded === null ? null : (holding[0] ?? null);
}

// "The first attack killed six police officers; the second killed 13 civilians and wounded 22": the tolls of the last
// two events told, in their order.
const FIRST_AND_SECOND =
  /^The first(?: (?:attack|bombing|blast|explosion|ambush|one|incident))?\s+(?:also\s+)?(?:killed|left|wounded|injured)\b[^;]*?(;\s+|,\s+(?:and|while)\s+)the second\b/;
/** Gives each part of a "the first …; the second …" sentence to the two last events of the passage; whether it did. */
function tellsFirstAndSecond(sentence: string, drafts: readonly Draft[], passageFirst: number, open: Draft): boolean {
  const parts = sentence.startsWith('The first') ? FIRST_AND_SECOND.exec(sentence) : null;
  const [first, second] = drafts.slice(-2);
  if (!parts?.[1] || drafts.length - passageFirst < 2 || !first || !second || second !== open) return false;
  const cut = parts[0].lastIndexOf(parts[1]);
  // (Both records' words hold the sentence, so each toll is quoted from its record's own text.)
  first.sentences.push(sentence);
  second.sentences.push(sentence);
  first.further.push(sentence.slice(0, cut));
  second.further.push(sentence.slice(cut + parts[1].length));
  return true;
}

/** Gives `sentence` to the one record of the passage other than `open` that it names by its site; whether it did. */
function toldBySiteElsewhere(sentence: string, drafts: readonly Draft[], open: Draft): boolean {
  const named = toldBySite(sentence, drafts, open);
  if (named === null || named === open) return false;
  named.sentences.push(sentence);
  named.further.push(sentence);
  return true;
}

/** The record an undated sentence with figures names by label, if an earlier record's words hold the label. */
function toldByLabel(sentence: string, drafts: readonly Draft[]): Draft | null {
  const label = LABEL.exec(sentence)?.[1];
  if (!label) return toldBySite(sentence, drafts);
  // The record first (a few string searches), the figures only when one names the label.
  let named: Draft | null = null;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 200 && named === null; i -= 1) {
    const d = drafts[i];
    // (An attack's record, not one that names it in passing: "arrested X, wanted in connection with the Casablanca and
    // Madrid bombings" is no toll's.)
    if (d?.clause.includes(label) && d.further.length < 8 && (d.kind === 'attack' || d.kind === 'clash')) named = d;
  }
  if (named === null) return null;
  const figures = readCasualties(sentence).figures;
  return figures.killed === null && figures.wounded === null ? null : named;
}

// A table of incidents written as fields: "Date: January 8. Location: Tanguieta. Description: militants ambushed …".
const FIELD_START = /^(?:Date|Location|Place|Description|Details|Casualties|Perpetrators?|Group|Target):\s/;
// The field that opens a row of such a table.
const DATE_FIELD = /^Date:\s/;

/** Joins the fields of one table row ("Date: …", "Location: …", "Description: …") into one sentence. */
function joinFields(sentences: string[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const last = out.length - 1;
    if (last >= 0 && DATE_FIELD.test(out[last] ?? '') && FIELD_START.test(sentence) && !DATE_FIELD.test(sentence)) {
      out[last] = `${out[last]} ${sentence}`;
    } else out.push(sentence);
  }
  return out;
}

/**
 * The passages with each table row told one field to a line ("Date: January 4", "Location: Basilan", "Description: …")
 * joined into one passage, with the first field's id; every other passage as it is.
 */
function withFieldRows<P extends { id: string; text: string }>(
  passages: readonly P[],
): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  let row = false;
  for (const passage of passages) {
    const last = out[out.length - 1];
    if (row && last && FIELD_START.test(passage.text) && !DATE_FIELD.test(passage.text)) {
      last.text = `${last.text}\n${passage.text}`;
      continue;
    }
    row = DATE_FIELD.test(passage.text) && passage.text.length < 200;
    out.push({ id: passage.id, text: passage.text });
  }
  return out;
}

/** A record's own text: its sentence, or only its clause where the "sentence" is a run of text with no stop. */
function own(sentence: string, clause: string): string {
  return sentence.length > 3000 ? clause : sentence;
}

function shiftDays(date: string, days: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return days === 0 ? date : null;
  const d = parseISO(date);
  return isValid(d) ? isoDay(addDays(d, days)) : null;
}

// A campaign begun: "launched an offensive", "Beginning May 12", "fighting … began", "continued until".
const CAMPAIGN_START = /\b(?:[Bb]eginning|[Ss]tarting|began|launched|started|continued)\b/;
// What a campaign is: an operation, an offensive, fighting, a siege.
const CAMPAIGN =
  /\b(?:operations?|Operation|offensive|campaign|fighting|siege|battle|clashes|(?:air ?)?strikes|airstrikes|raids|sweep)\b/i;
// The day a campaign is told up to: "by March 30", "until November 22", "by late August".
const UNTIL = new RegExp(
  `\\b(?:by|until|till)\\s+(?:the time\\s[^,;.]{0,80}?\\bon\\s+)?(?:(early|mid-|late)\\s?)?(${MONTH_NAMES.join('|')})(?:\\s+(\\d{1,2}))?\\b(?!,?\\s+\\d{4})`,
  'g',
);

// The story's event going on to a day: "The ensuing battle lasted until September 2", "Fighting continued until May 9".
const LASTED_UNTIL = new RegExp(
  `^(?:(?:The|That|This|Fighting|Clashes)\\b[^.;]{0,40}?|The (?:fighting|clashes|siege|battle|standoff|stand-off|offensive|occupation|assault|attack|hostage crisis|hostage-taking|hostage standoff)\\b(?:(?!\\b(?:that|who|sparked|prompted|drew|caused|triggered|imposed)\\b)[^.;]){0,80}?)\\b(?:lasted|continued)\\s+(?:for\\s+[^.;]{1,30}?\\s+)?(?:until|till)\\s+(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})`,
);

/** The day an undated sentence says the story's event lasted until, after the story's own date; or null. */
function lastedUntil(sentence: string, from: DateMention, year: number | null): string | null {
  const m = LASTED_UNTIL.exec(sentence);
  if (!m || year === null || from.date.length < 7) return null;
  const date = `${year}-${String(monthNumberOf(m[1] ?? '')).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
  return isValid(parseISO(date)) && date > from.date ? date : null;
}

/**
 * The last day of a campaign its sentence opens at `opening` and tells up to a day ("by March 30"), where the
 * campaign starts before that day's words; with the mentions those words cover ("by late August, when the coalition
 * seized the airport on August 23": the day refines the month).
 */
function untilDay(
  sentence: string,
  opening: DateMention,
  mentions: readonly DateMention[],
  year: number | null,
): { date: string; covers: (m: DateMention) => boolean } | null {
  if (year === null) return null;
  UNTIL.lastIndex = opening.end;
  const m = UNTIL.exec(sentence);
  UNTIL.lastIndex = 0;
  if (!m) return null;
  const before = sentence.slice(0, m.index);
  if (!CAMPAIGN_START.test(before) || !CAMPAIGN.test(before)) return null;
  const month = monthNumberOf(m[2] ?? '');
  let date = m[3]
    ? `${year}-${String(month).padStart(2, '0')}-${m[3].padStart(2, '0')}`
    : `${year}-${String(month).padStart(2, '0')}`;
  let end = m.index + m[0].length;
  // ("by late August, when … on August 23": the day of that month told in the words after it.)
  if (!m[3]) {
    const day = mentions.find(
      (x) => x.start >= end && x.start - end < 120 && x.date.startsWith(date) && x.date.length === 10,
    );
    if (day) {
      date = day.date;
      end = day.end;
    }
  }
  // (A month alone, "retook Gao by early February", tells how far the campaign had come, not when it ended.)
  if (date.length < 10 || !isValid(parseISO(date)) || date <= opening.date) return null;
  const from = m.index;
  return { date, covers: (x) => x !== opening && x.start >= from && x.start < end };
}

// A month counted from the one told last, opening a sentence: "The next month, …", "The following month, …".
const NEXT_MONTH = /^(?:The|In the) (?:next|following) month\b/;
// How many months "A month later" or "Two months later" counts on.
const MONTH_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

function monthsLater(words: string): number | null {
  const m = /\b(a|one|two|three|four|five|six) months? later\b/i.exec(words);
  return m?.[1] ? (MONTH_COUNT[m[1].toLowerCase()] ?? null) : null;
}

/** The month `months` on from `month` ("2004-02", 1 → "2004-03"); null when `month` is no month. */
function shiftMonths(month: string, months: number): string | null {
  if (!/^\d{4}-\d{2}$/.test(month)) return null;
  const d = parseISO(`${month}-01`);
  return isValid(d) ? isoDay(addMonths(d, months)).slice(0, 7) : null;
}

/** Where the opening phrase that ends at `at` ("Two days after the bombings") ends: at the next comma, if any. */
function phraseEnd(sentence: string, at: number): number {
  const comma = sentence.indexOf(',', at);
  return comma < 0 || comma - at > 60 ? at : comma;
}

// What follows "and" when a clause of its own starts there: a noun ("and a market in Varsk") or a verb ("and took"), or
// a figure of people with a place of its own ("and three police officers in Lorn", not "and 51 troops").
// (" and a further 44, including …, in Ulma on October 28": a group more, of the verb before, on a day of its own; so
// " and 21 more on May 9", " and 21 more the following day".)
// (" and was killed on October 8": the death of the one taken, told with a day of its own after the day he was taken.)
const FURTHER_GROUP = new RegExp(`^ and (?:a further|another|an additional)\\s+${NUMBER_PATTERN}\\b`);
const AND_OWN_CLAUSE = new RegExp(
  `${FURTHER_GROUP.source}|^ and (?:later\\s+)?(?:was|were)\\s+(?:later\\s+)?(?:killed|beheaded|executed|shot dead|murdered)\\s|^ and (?:(?:a|an|the|another)\\s|(?:\\w+ly\\s+)?(?:took|seized|struck|shot|hit|blew|set|\\w+ed)\\s|(?:suspected\\s+)?(?:(?!(?:The|A|An)\\b)[A-Z][\\w'’-]*\\s+){0,3}(?:gunmen|militants|insurgents|attackers|assailants|bombers|rebels|fighters|troops|soldiers|police|security forces)\\s+(?:\\w+ly\\s+)?(?:took|seized|struck|shot|hit|blew|set|stormed|\\w+ed)\\s|(?:(?:at least|more than|some|about) )?${NUMBER_PATTERN}\\s+(?:[a-z-]+\\s+){1,3}?(?:in|at|near)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]+){0,2}(?:\\s+(?:province|district|region|state|county|governorate|area|city|town|village))?,?\\s+(?:(?:on|in|during|late|early)\\s+(?:the\\s+)?)?(?:(?:night|morning|evening|afternoon)\\s+of\\s+)?$|(?:(?:at least|more than|some|about|another) )?${NUMBER_PATTERN}\\s+(?:more|others?)\\s+(?:on\\s+)?$|(?:(?!\\w+(?:ed|ing)\\s)[a-z-]+\\s+){0,3}(?:(?:al-|el-)?[A-Z][\\w'’-]+\\s+){1,4}(?:(?:in|at|near)\\s+[A-Z][\\w'’-]+\\s+(?:[A-Z][\\w'’-]+\\s+)?)?on\\s*$)`,
);
// (" and police officer Ann Roe on December 5": one more victim, of the verb before, on a day of his own.)
// Words that make the day after them a statement's: "according to officials on", "police said on".
const REPORTED_ON = /\b(?:according to|(?:said|announced|reported|stated|confirmed)\s+(?:on|in)\s*$)/i;
/** Whether the words before a later day tell a harm of its own on that day (see AND_OWN_HARM), with nothing between. */
function ownHarmThen(words: string): boolean {
  const harm = AND_OWN_HARM.exec(words);
  if (!harm) return false;
  const rest = words.slice(harm[0].length);
  return rest.length <= 80 && !HARM_DAY_ASIDE.test(rest);
}
const HARM_DAY_ASIDE = /\b(?:before|after|until|till|whose|which|who|whom)\b|,\s+(?:including|among them)\b/i;
const AND_OWN_HARM = new RegExp(
  `^ and (?:(?:at least|more than|some|about) )?${NUMBER_PATTERN}\\s+(?:[a-z-]+\\s+){1,2}?(?:died|were (?:killed|wounded|injured|kidnapped|abducted))\\b`,
);

const DESIGNATED_AGAIN = /^\s*,?\s*and\s+(?:also\s+)?(?:designated|listed|banned|proscribed)\s/i;
// What joins two dates of one list: ", ", ", and ", " and ".
// (", on May 4, and again on May 9": the same, each day told with its own "on".)
const DATE_LIST_LINK = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:again|also)\s+)?(?:on\s+)?$/;
// The next item of a list of events, right after the date that closed the one before: ", a roadside bomb that …".
// (Or an item named by its event: "the kidnapping of an official in Ulma on February 2, the murder of an aid worker in
// Tessa on August 12, …".)
// (Or the same subject's next act, by its verb, on a day of its own: "… killed 40 students in Zarqend on September 29,
// burned a market in Nuvali on October 4, and …".)
const NEXT_ITEM = new RegExp(
  `^,\\s+(?:(?:an?|another)\\s+(?!(?:day|week|month|year|few|number|total|time)\\b)[a-z]|the\\s+(?:[\\w-]+\\s+){0,2}?${LISTED_EVENT_NOUN}\\s+of\\b|(?:then\\s+)?(?:attacked|burned|burnt|bombed|raided|stormed|abducted|kidnapped|killed|shot|struck|ambushed|looted|torched|beheaded|massacred|shelled|overran|hijacked)\\s+(?:an?|the(?!\\s+(?:[\\w-]+\\s+)?(?:hostages|captives|victims|abductees|prisoners|engineers|workers|men|women|girls|boys|children|students)\\b)|\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|hundreds)\\s[^,;.]*\\bon\\s*$)`,
);

/** Whether a stretch of a sentence holds a clause break (a semicolon, ", and", ", while", a dash aside …). */
function hasClauseBreak(text: string): boolean {
  CLAUSE_BREAK.lastIndex = 0;
  const found = CLAUSE_BREAK.test(text);
  CLAUSE_BREAK.lastIndex = 0;
  return found;
}

// The words before the first of several events an opening names by their days: "After the", "Following the".
const NAMES_EVENTS_FIRST =
  /^\s*(?:(?:[Ss]hortly|[Ss]oon|[Dd]ays|[Ww]eeks)\s+)?(?:[Aa]fter|[Ff]ollowing|[Ii]n the wake of)\s+the\s+$/;
/** Where each date's own words start: after the last clause break between the date before it and it. */
// The words after ", and" that go on with a list of people: "…, his wife, and two of their children, in …".
// (", and his driver on October 11", ", and two associates, in an ambush": more of those the verb before took, with no
// verb of their own.)
const LIST_GOES_ON = new RegExp(
  `^(?:${NUMBER_PATTERN}\\s+(?:of\\s+)?(?:their|his|her|its)\\b|${NUMBER_PATTERN}\\s+(?:[a-z-]+\\s+)?(?:associates|aides|bodyguards|guards|companions|accomplices|followers|others|relatives)\\b(?!\\s+(?:were|was|had|have|fled|escaped|survived)\\b)|${NUMBER_PATTERN}\\s+other\\s+(?:[a-z-]+\\s+)?[a-z]+\\b(?!\\s+(?:were|was|had|have|fled|escaped|survived|died)\\b)|(?:his|her|their)\\s+[a-z]+,|(?:his|her|their)\\s+(?:[a-z-]+\\s+)?(?:driver|bodyguards?|guards?|wife|husband|sons?|daughters?|brothers?|sisters?|father|mother|children|nephew|niece|cousin|aide|escort|secretary|interpreter|assistant|companion)\\b(?!\\s+(?:was|were|had|has|is|are|also|later|then|died|fled|escaped|survived)\\b))`,
  'i',
);
// ("killed Ann Roe, an adviser to the minister, and seven other people on December 27": the others of the verb's list.)
// What may follow a date that closes its sentence: a name for the day (", the eve of the election.", ", a Friday.").
const DAY_NAMED_AFTER = /^,\s+(?:the|a|an)\s[^,;:()]{0,60}$/;
const TELLS_CASUALTIES = /\b(?:killed|wounded|injured|died|dead|arrested|detained)\b/;
// (Harm told in any form: "; a second bomb exploded nearby, killing a passer-by".)
const HARM_AFTER = /\b(?:kill|wound|injur|died\b|dead\b|arrest|detain|hurt)/i;
// A toll over a period, not of one day: "Fighting around Ulma killed 40 people over the winter".
const OVER_A_PERIOD =
  /\b(?:over|during|throughout) the (?:winter|summer|spring|autumn|fall|year|month|months|weeks|past \w+|course of)\b|\bsince\b/i;
// (More harm of the same event after the break: ", and injured 30 others", ", and seven injured", ", while three others
// sustained injuries", ", and their vehicle was destroyed", ", and kidnapped two engineers".)
const MORE_CASUALTIES_AFTER =
  /^,?\s+(?:and|while)\s+(?:[^,;.]|(?<=\b[A-Z])\.){0,80}?\b(?:killed|killing|wounded|wounding|injured|injuring|injuries|hurt|burns|hospitali[sz]ed|destroyed|damaged|burned|kidnapped|abducted)\b/;
// A toll of the past or of many events, which a later day does not date: "have killed 15 teachers", "since its founding".
const NOT_THIS_DAY_TOLL = /\b(?:has|have|had) (?:\w+ )?killed\b|\bsince\b|\blast year\b|\bin earlier\b|\bso far\b/;
// A clause after a semicolon that only tells when what came before was made known.
const MADE_KNOWN_AFTER =
  /^;\s+(?:the\s+)?(?:arrests?|captures?|detentions?|raids?|operations?|strikes?|killings?|deaths?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:announced|confirmed|made public|disclosed|revealed)\s+(?:on|in)\s/i;
function clauseStarts(sentence: string, mentions: readonly DateMention[]): number[] {
  const breaks: number[] = [];
  const strong: boolean[] = [];
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    breaks.push(m.index + (m[0].startsWith(',') ? 1 : 0));
    // ", and Bongaigaon" goes on with a list of names; ", and riots broke out" starts a clause.
    // (", and two of their children, in the Serena Hotel …" goes on with a list of victims.)
    strong.push(
      m[0] === ';' ||
        (/^,\s+(?:and|while|but)\s$/.test(m[0]) &&
          /[a-z]/.test(sentence.charAt(m.index + m[0].length)) &&
          (!LIST_GOES_ON.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
            // (", and his brother on May 9" after a day told before it: a victim of a day of his own.)
            (ANY_MONTH.test(sentence.slice(0, m.index)) &&
              ANY_MONTH.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 50)))) &&
          // ("claimed the Beslan siege, the airliner bombings, and the Rizhskaya attack": the last of a list of "the …".)
          !(
            sentence.startsWith('the ', m.index + m[0].length) &&
            /,\s+the\s[^,;]{1,60}$/.test(sentence.slice(Math.max(0, m.index - 70), m.index))
          )),
    );
  }
  let b = 0;
  return mentions.map((mention, i) => {
    if (i === 0) {
      // "Violence went on in A and B; on June 29, rebels attacked a boat on the C reservoir": a first date told after
      // a semicolon or ", and" has the words after it; the clause before tells something else.
      let start = 0;
      // ("In Tarn, a policeman and a civilian were killed, and two others were wounded, when men fired on a post on
      // September 12": a date that closes its sentence dates all of it; only a semicolon parts it.)
      // ("… on April 4, the eve of the election.": a date with only a name for the day after it closes its sentence.)
      const after = sentence.slice(mention.end);
      // ("… when their vehicle struck a landmine near Tarn on September 14; authorities blamed the Sorra Front.": the
      // same where only a clause that tells no harm and no day follows, after a semicolon.)
      const closes =
        !/[A-Za-z]/.test(after) ||
        (DAY_NAMED_AFTER.test(after) && !TELLS_CASUALTIES.test(after)) ||
        (mentions.length === 1 &&
          /^;\s/.test(after) &&
          !HARM_AFTER.test(after) &&
          !ANY_MONTH.test(after) &&
          !OVER_A_PERIOD.test(sentence.slice(0, mention.start)));
      // (One search, not one per break: the first word of casualties in the sentence.)
      const casualtyAt = closes ? sentence.search(TELLS_CASUALTIES) : -1;
      const pastToll = casualtyAt >= 0 ? sentence.search(NOT_THIS_DAY_TOLL) : -1;
      while (b < breaks.length && (breaks[b] ?? 0) < mention.start) {
        const at = breaks[b] ?? 0;
        // (Where the words before the break tell casualties of their own: "The bombing, and reports that …, led to a
        // dispute … in March" dates the dispute.)
        // (Only where the break goes on with more casualties of the same event: ", and two others were wounded, when …";
        // "…, and the army launched an offensive in Ulma on May 5" is an event of its own.)
        const keep =
          casualtyAt >= 0 &&
          casualtyAt < at &&
          sentence.charAt(at) !== ';' &&
          MORE_CASUALTIES_AFTER.test(sentence.slice(at, at + 110)) &&
          !(pastToll >= 0 && pastToll < at);
        // (Nor to a clause with no verb, or with a verb of the same subject and no event, the date closing the sentence:
        // "Gunmen killed a teacher, a farmer, and a nurse in Kesh on September 1", "Gunmen attacked a checkpoint, killing
        // two soldiers, and fled on June 2"; not "…, and the government declared a state of emergency on May 14".)
        const noEventAfter =
          closes &&
          (AND_NO_VERB.test(sentence.slice(at)) ||
            (/^\s*and\s+(?:then\s+|later\s+|also\s+)?(?:fled|escaped|[a-z]+ed)\b/.test(sentence.slice(at)) &&
              classifyIncident(sentence.slice(at)) === null));
        // ("… arrested Ali Tessa and two associates near Ulma; the arrests were announced on September 5": the day the
        // words before were made known dates them.)
        const madeKnown = sentence.charAt(at) === ';' && MADE_KNOWN_AFTER.test(sentence.slice(at, at + 80));
        if (strong[b] && !mention.leads && !keep && !noEventAfter && !madeKnown) start = at;
        b += 1;
      }
      return start;
    }
    const previousEnd = mentions[i - 1]?.end ?? 0;
    let start = mention.start;
    while (b < breaks.length && (breaks[b] ?? 0) < mention.start) {
      // "In late December, the agency detained 12 suspects in connection with the October 14 bombing": the comma
      // right after the date before closes its opening phrase, not its clause.
      // (", and" that opens a clause right after it is a break all the same: "abducted five aid workers in June, and in a
      // video released on July 22 they were shown being executed".)
      // ("…, killing eight; in Sorra, a car bomb on October 17 killed 15": the place that opens a clause is the clause's.)
      // (Not a comma right before the day, after the clause's own words: "…, and police killed two suspects in a
      // shootout in Mathare, Ulma, the following day".)
      if (
        (breaks[b] ?? 0) >= previousEnd &&
        (strong[b] === true || /[A-Za-z]/.test(sentence.slice(previousEnd, breaks[b] ?? 0))) &&
        (strong[b] === true ||
          start === mention.start ||
          /[A-Za-z]/.test(sentence.slice(breaks[b] ?? 0, mention.start))) &&
        !(start !== mention.start && FRONTED_PLACE.test(sentence.slice(start, breaks[b] ?? 0)))
      )
        start = breaks[b] ?? start;
      b += 1;
    }
    // "attacked a bus in Orsk on May 3 and a market in Varsk on May 9": with no clause break between the two dates,
    // the words after the last "and" are the second date's, where they open a noun or a verb of their own ("and took
    // eight more into custody … the following week"; "and 51 troops" goes on a list).
    if (start === mention.start) {
      const between = sentence.slice(previousEnd, mention.start);
      const lastAnd = between.lastIndexOf(' and ');
      // ("… on October 4 and a further 44, including publisher Ann Roe and academic Bo Tarn, in Ulma on October 28": the
      // first "and" opens the clause where the last is inside a list of its own.)
      const firstAnd = between.indexOf(' and ');
      const and =
        firstAnd >= 0 &&
        firstAnd < lastAnd &&
        !AND_OWN_CLAUSE.test(between.slice(lastAnd)) &&
        FURTHER_GROUP.test(between.slice(firstAnd))
          ? firstAnd
          : lastAnd;
      // (Not where the later day is a statement's: "…, according to officials on May 4".)
      // (Not where a relative clause closes after it and the sentence's subject goes on: "The Front, whose fighters on
      // May 14 ambushed a convoy near Sorra and killed 12 soldiers, was designated … on June 1".)
      if (
        and >= 0 &&
        AND_OWN_CLAUSE.test(between.slice(and)) &&
        !REPORTED_ON.test(between.slice(and)) &&
        !RELATIVE_CLOSED.test(between.slice(and))
      )
        start = previousEnd + and + 1;
      // (The later day's clause is then the subject's own: ", was designated … on June 1".)
      else if (and >= 0 && RELATIVE_CLOSED.test(between.slice(and)))
        start = previousEnd + and + (RELATIVE_CLOSED.exec(between.slice(and))?.index ?? 0) + 1;
      // (" and two soldiers died in a similar attack at Kotulo in November": a figure with a harm of its own, on a day
      // of its own.)
      // (Not where the later day belongs to an aside or to another act: "… and 14 people were killed, including the
      // candidate, whose campaign had opened in April", "… and 40 people were killed before the army restored order on
      // May 6".)
      else if (and >= 0 && mentions[i - 1]?.date !== mention.date && ownHarmThen(between.slice(and)))
        start = previousEnd + and + 1;
      // "Attacks included the shooting of two tappers in Raman on July 3, a roadside bomb that wounded six rangers in
      // Nong Chik on July 14, …": where each date closes its item, the next item starts right after the date before.
      else if (!mentions[i - 1]?.leads && NEXT_ITEM.test(between)) start = previousEnd + 1;
      // "After a bomb exploded at a market in Amburu on June 2, killing seven, police in Lonsefa arrested three suspects
      // on June 4": the opening clause an event of its own day; the main clause starts after its last comma.
      else if (
        i === 1 &&
        mentions.length === 2 &&
        AFTER_EVENT_OPENING.test(sentence.slice(0, mentions[0]?.start ?? 0))
      ) {
        const comma = between.lastIndexOf(', ');
        const main = between.slice(comma);
        if (comma >= 0 && !/^,\s+[a-z]+ing\b/.test(main) && MAIN_CLAUSE_ACT.test(main)) start = previousEnd + comma + 1;
      }
      // ("On March 20, the Front claimed responsibility for twin bombings in Ulma that killed 74 people on March 11": the
      // event the relative clause tells is dated by the day after it.)
      else {
        const told = RELATIVE_TOLL_BEFORE_DAY.exec(between);
        if (told) start = previousEnd + told.index;
      }
    }
    // ("The July 11 bombings in Kampala, which killed 74 people, followed a June 28 grenade attack in Gulu": the
    // subject's relative clause, closed before the verb that names the later day, is the subject's, not the later day's.)
    if (i > 0 && start < mention.start) {
      const closed = RELATIVE_CLOSED_BEFORE_VERB.exec(sentence.slice(start, mention.start));
      if (closed) start += closed.index + closed[0].length;
    }
    return start;
  });
}
const RELATIVE_CLOSED_BEFORE_VERB =
  /(?:^\s*|,\s+)(?:which|who|that|in which)\s+[^,;]{1,100},\s+(?=(?:followed|preceded|came|was|were|had been)\s+(?:[\w-]+\s+){0,3}?(?:an?|the)\s+$)/;

// The act of the main clause after such an opening: "police … arrested", not "the president visited the wounded".
const MAIN_CLAUSE_ACT =
  /\b(?:arrested|detained|captured|apprehended|rounded up|took (?:\w+ )?into custody|killed|attacked|bombed|raided|stormed|kidnapped|abducted|exploded|detonated|struck|ambushed|shot|opened fire|set fire|burned|torched|seized|beheaded|executed|fired)\b/;
// An opening clause that tells an earlier event with a verb of its own: "After a bomb exploded at a market in Amburu on".
const AFTER_EVENT_OPENING =
  /^(?:(?:Two|Three|Four|Five|Several|A few) (?:days|weeks) )?(?:After|Following) (?:an?|the|two|three|\d{1,3}) (?:[\w'’-]+ ){0,3}?(?:bombs?|bombers?|gunmen|militants|attackers|insurgents|car bombs?|grenades?|explosions?|blasts?) (?:[\w'’-]+ ){0,2}?(?:exploded|went off|detonated|attacked|struck|stormed|killed|ambushed|opened fire)\b[^,;]*$/;
// A lower-case word other than a preposition or a link: a verb of the clause's own ("Airstrikes hit Amburu on").
const OWN_VERB_BEFORE = /\b(?!(?:in|on|at|near|and|the|of|from|to|by|with|between)\b)[a-z]{2,}\b/;
// A relative clause closed by a comma, the sentence's subject going on with a verb of its own: ", was designated".
const RELATIVE_CLOSED = /,\s+(?:was|were|has been|have been|had been|is|are|remained|became)\s/;
// A relative clause that tells a toll, closed by the next day: " that killed 74 people on ".
const RELATIVE_TOLL_BEFORE_DAY = /\b(?:that|which)\s+(?:had\s+)?(?:killed|wounded|injured|left)\b[^,;.]*\bon\s*$/;
// A day counted from the one named right after it: "Two days after", "A week after".
const COUNTED_FROM_NEXT = /\b(?:days?|weeks?) (?:after|before)$/i;
// A sentence told as another story than the passage's: "In a separate development, …", "Separately, …", "Elsewhere, …".
const SEPARATE_STORY =
  /^(?:In (?:a|an) (?:separate|unrelated) (?:development|incident|case|attack)|Separately|Elsewhere|Meanwhile)\b/;
// A place that opens a clause, before its comma: "; in Sorra", "; at the Tarn market".
const FRONTED_PLACE =
  /^[;•]\s*(?:(?:and|while|but)\s+)?(?:in|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]+(?:\s+(?:district|province|region|area|neighborhood|city|town|village|market))?\s*,?$/i;
// A day a sentence tells with no date: "On election day", "During the night", "On Friday".
const OWN_DAY_UNDATED =
  /\b(?:[Oo]n|[Dd]uring|[Bb]y) (?:the )?(?:[\w-]+ ){0,2}?(?:day|night|eve|morning|evening|afternoon|weekend)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// A statement opening a sentence, then the event it tells: ", the Air Force said that an air strike on Taye on".
// The words up to the day of an arrest announced by its noun: "announced the arrest of Front commander Ann Roe on",
// "…, who was captured on" (not a day of what the one taken did or planned: "… of planning the bombing … on").
const ANNOUNCED_ARREST =
  /\b(?:announced|reported|confirmed|disclosed)\s+the\s+(?:arrests?|capture|detention)\s+of\s+(?:(?!\b(?:attacks?|bombings?|planning|planned|plot|plotting|suspected|organi[sz]er|to|of|for|in connection)\b)[^,;.]){1,80}?(?:,\s+who\s+(?:was|were|had been)\s+(?:\w+ly\s+)?(?:captured|arrested|detained|apprehended|caught)\b(?:(?!\b(?:attacks?|bombings?|planning|plot|to)\b)[^,;.]){0,60}?)?\s(?:on|in)\s*$/;
const STATEMENT_THEN_EVENT =
  /^,?\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}(?:[a-z]+\s+){0,2}?(?:said|announced|reported|stated|confirmed|claimed)\s+(?:that\s+)?[^;:]{0,120}$/;
/** Where the reading of one report's sentences stands: the drafts so far, and what the sentences before told. */
interface Reader {
  readonly report: Omit<Report, 'incidents'>;
  /** The day of the elections the chapter tells, where it tells one day of them ("On election day" is that day). */
  readonly electionDay: string | null;
  /** How many drafts there were when the passage being read began. */
  passageFirst: number;
  readonly book: ReturnType<typeof buildNameBook>;
  readonly drafts: Draft[];
  /** The dates of the events told so far in their own words, brought up to date on use: linear in the drafts. */
  readonly toldDates: () => Set<string>;
  sectionId: string;
  passageId: string;
  /** The story the passage before ended on: a bullet that opens "That same evening, …" goes on from it. */
  carried: Draft | null;
  /** Whether a sentence of this passage before the one told last named a month. */
  monthInPassage: boolean;
  /** The month told last, for a day written alone ("On the 19th, …"). */
  toldMonth: string | null;
  /** The day the sentence before told last (a relative day in the next one counts from it). */
  previousDay: string | null;
  /** How many sentences with no day of their own the day before has been kept over. */
  previousDayAge: number;
  /** The story the sentences of the passage go on telling. */
  open: Draft | null;
  /** The sentence before. */
  previous: string;
  /** The passage's sentences before the one before ("in the town" may name the town told further back). */
  earlier: string[];
  /** An event named by its date alone, whose toll the next sentence may tell. */
  figuresFor: Draft | null;
  /**
   * A day told as the subject of a sentence of its own ("August 7 was the deadliest day in Kabul"): the next
   * sentence's event, told without a date, happened on it.
   */
  dayHeader: DateMention | null;
  /** The events the sentence before told together, in order, for "the first …", "the second …" after them. */
  ordered: Draft[] | null;
}

/**
 * Extracts one incident record per dated security event of a report. Every date of a sentence may start a
 * record, wherever it stands ("Incidents illustrating this include the September 15 … attack in Morelia"); each
 * record reads its kind, places and figures from its own part of the sentence, from the clause break before its
 * date to the one before the next date. The undated sentences after a sentence that tells one event go on telling
 * it (figures "The attacks resulted in at least 55 deaths" count). A date naming an event already recorded
 * ("claiming responsibility for the October 31 explosions") gives no second record. Dated policy milestones (a law
 * signed, an agreement ratified, a meeting) are not incidents.
 *
 * @param report - a parsed report without its incidents
 * @returns the records in report order, ids `${report.id}/i${n}`
 * @example
 * // "On July 9, in the Kenkiyak village, police killed nine armed men …, while one Special Forces officer was killed."
 * // → { date: '2011-07-09', places: ['Kenkiyak'], kind: 'clash', killed: 10, … }
 */
// A court's act told in a clause of its own after the event, with its own places: "…, and in Puntland, the Bosaso
// military court sentenced several members to death".
const COURT_ACT_AFTER = new RegExp(
  `${COURT_CLAUSE_OPENING}(?:sentenced|convicted|acquitted|indicted|charged|ruled|ordered|jailed)\\b[^;.]*`,
  'g',
);
// Events counted over a span of months: "a series of operations", "numerous raids".
const EVENTS_COUNTED =
  /\b(?:series of|numerous|a number of|multiple|several|dozens of|hundreds of|a wave of|a string of)\s+(?:[\w-]+\s+){0,2}?(?:operations|raids|strikes|air ?strikes|arrests|attacks|clashes|offensives|sweeps)\b/i;
// A count told on a day of what was done over a span before it: "On November 18, the military announced that air
// strikes had killed 83 militants during the previous two months" (not what one who was arrested had done: "arrested
// Ali Tal, who had killed 12 people since 2015"; nor a first of its kind since a time: "…, their first major engagement
// since deploying"; nor a reason: "arrested two men, since both had traveled to Syria").
const COUNT_OVER_SPAN =
  /(?<!\b(?:who|which|that|whom)\s)\b(?:had|have|has)\s+(?:\w+ly\s+)?(?:killed|arrested|detained|captured|neutralized|eliminated)\b[^.;]{0,100}?\b(?:(?<!\b(?:first|largest|deadliest|worst|biggest|heaviest|bloodiest)\b[^.;]{0,40})since(?!\s+(?:both|they|he|she|it|all|each|the (?:\w+ )?(?:men|suspects|two|three|four|group))\s+(?:had|have|has|were|was|are|is)\b)|(?:over|in|during) the (?:past|previous|last|preceding) (?:\w+ )?(?:months|year)|during the year|so far (?:this|that) year)\b/i;
// (The count told by whoever announced it, with no act of the day told before the announcement: "the military announced
// that air strikes and raids …"; not "a suicide bomber struck a mosque in Orsk; the army said insurgents had killed 300 civilians during the year",
// "a group police say has killed 40 people since 2017 bombed a bridge".)
const COUNT_ANNOUNCED = /\b(?:announced|said|reported|stated|confirmed)\s/i;
// (Nor an act told in what was announced: "police said gunmen attacked a bus in Orsk and killed 12 passengers, and that
// the group has killed 200 people since 2013".)
const ACT_TOLD =
  /\b(?:attacked|exploded|killed|killing|bombed|stormed|ambushed|struck|detonated|shot|kidnapped|abducted|arrested|detained|captured|wounded|injured|wounding|injuring)\b/i;
const ACT_OF_THE_DAY =
  /\b(?:kill|arrest|detain|captur|wound|injur|struck|bomb|explo|raid|storm|attack|ambush|seiz|shot|shoot|fired|stabb|kidnap|abduct|behead)/i;
/** Whether a record spanning months is a count over them (see parseIncidents), or a day's count of months before it. */
function periodTotal(record: Incident, clause: string): boolean {
  const { date, endDate } = record;
  const span = date.length === 10 && endDate === null ? COUNT_OVER_SPAN.exec(clause) : null;
  const before = span ? clause.slice(0, span.index) : '';
  const announced = span && !before.includes(';') ? COUNT_ANNOUNCED.exec(before) : null;
  if (
    announced &&
    !ACT_OF_THE_DAY.test(before.slice(0, announced.index)) &&
    !ACT_TOLD.test(before.slice(announced.index))
  )
    return true;
  if (date.length !== 7 || endDate === null || endDate.length !== 7 || endDate <= date) return false;
  // (Arrests over three months or more; not "in late November and December", "during September and October".)
  const months = Number(endDate.slice(5, 7)) - Number(date.slice(5, 7));
  return (
    (date.endsWith('-01') && endDate.endsWith('-12')) ||
    (record.kind === 'arrest' && months >= 3) ||
    EVENTS_COUNTED.test(clause)
  );
}

export function parseIncidents(report: Omit<Report, 'incidents'>): Incident[] {
  const allText = report.sections.flatMap((s) => s.passages.map((p) => p.text)).join('\n');
  const book = buildNameBook(allText, report.country);
  const drafts: Draft[] = [];
  const toldSoFar = new Set<string>();
  let toldUpTo = 0;
  const toldDates = (): Set<string> => {
    for (; toldUpTo < drafts.length; toldUpTo += 1) {
      const draft = drafts[toldUpTo];
      if (draft && !draft.mention.reference) toldSoFar.add(draft.mention.date);
    }
    return toldSoFar;
  };
  // (Each step of a sentence's reading is a function of its own: V8 optimizes small functions sooner, and at a
  // fraction of the compile cost, than one of 15 KB of bytecode, which it compiled again after each deoptimization.)
  const r: Reader = {
    report,
    electionDay: electionDayOf(allText, report.year),
    book,
    drafts,
    toldDates,
    sectionId: '',
    passageId: '',
    carried: null,
    monthInPassage: false,
    toldMonth: null,
    previousDay: null,
    previousDayAge: 0,
    open: null,
    previous: '',
    earlier: [],
    dayHeader: null,
    figuresFor: null,
    ordered: null,
    passageFirst: 0,
  };
  for (const section of report.sections) {
    r.sectionId = section.id;
    r.carried = null;
    r.toldMonth = null;
    r.previousDay = null;
    // The lead-in of a list of dated passages, with the one town it names: "Al-Shabaab's major attacks in Mogadishu
    // included the following:".
    let lead: { places: string[]; sentence: string } | null = null;
    for (const passage of withFieldRows(section.passages)) {
      r.passageId = passage.id;
      r.open = null;
      r.previous = '';
      r.monthInPassage = false;
      r.earlier = [];
      r.dayHeader = null;
      r.figuresFor = null;
      r.ordered = null;
      const first = r.drafts.length;
      r.passageFirst = first;
      const sentences = joinFields(splitSentences(passage.text));
      let sentenceBefore = '';
      for (const sentence of sentences) {
        const from = r.drafts.length;
        readSentence(r, sentence);
        // "Security in Fenno deteriorated in the spring. On April 25, a suicide bomber killed four worshippers at a mosque
        // there.": "there" is the one town the sentence before names.
        if (sentenceBefore && r.drafts.length > from && THERE.test(sentence)) {
          const places = namesIn(sentenceBefore, book.places).filter((p) => !COUNTRY_OR_REGION.has(p));
          if (places.length === 1)
            for (const draft of r.drafts.slice(from))
              if (THERE.test(draft.clause)) draft.topic ??= { places, sentence: sentenceBefore };
        }
        sentenceBefore = sentence;
      }
      // "Karachi suffered twice more before the month was out. Two car bombs exploded on May 26 outside the consulate
      // …": a passage that opens with a town as the subject of an undated sentence is about that town.
      const opening = sentences[0] ?? '';
      if (sentences.length > 1 && r.drafts.length > first) {
        // (Whether the opening tells a day of its own, looked for once.)
        let undated: boolean | undefined;
        const isUndated = () => {
          undated ??= findDates(opening, report.year, null, report.country).length === 0;
          return undated;
        };
        const places = topicTown(opening, book.places, report.year).filter((p) => !COUNTRY_OR_REGION.has(p));
        if (places.length === 1 && isUndated()) {
          // (An opening that names one event's town names the first event's only.)
          // ("In a separate development, on August 8 the army killed nine militants …": told as another story.)
          // (The year's worst attack is an attack: not "Police said on August 9 that they had arrested three suspects".)
          const oneEvent = ONE_EVENT_AT.test(opening);
          for (const draft of r.drafts.slice(first, oneEvent ? first + 1 : undefined))
            if (!draft.sentences.some((told) => SEPARATE_STORY.test(told)) && !(oneEvent && draft.kind === 'arrest'))
              draft.topic = { places, sentence: opening };
        }
        // (The targets' town goes to the attacks that name no place, up to the first event placed elsewhere.)
        const targetPlaces = targetsTown(opening, book.places, report.year).filter((p) => !COUNTRY_OR_REGION.has(p));
        if (targetPlaces.length === 1 && isUndated())
          for (const draft of r.drafts.slice(first)) {
            if (draft.topic) break;
            if (namesIn(draft.clause, book.places).some((p) => !targetPlaces.includes(p))) break;
            if (draft.kind === 'attack') draft.topic = { places: targetPlaces, sentence: opening };
          }
      }
      // ("… in Mogadishu included the following:", then "March 22: A car bomb detonated outside the Weheliye Hotel …":
      // each item of the list is in the lead-in's town where it names no place of its own.)
      if (lead && DATED_ITEM.test(passage.text)) for (const draft of r.drafts.slice(first)) draft.topic ??= lead;
      else lead = null;
      if (sentences.length === 1 && LEAD_IN_PASSAGE.test(opening) && !OTHER_PLACES_TOO.test(opening)) {
        const places = namesIn(opening, book.places).filter((p) => !COUNTRY_OR_REGION.has(p));
        lead = places.length === 1 && !otherYear(opening, report.year) ? { places, sentence: opening } : null;
      }
      r.carried = r.open;
    }
  }
  return keepOnePerEvent(
    drafts
      .flatMap(eachEventListed)
      .map((d) => buildRecord(d, book, report.country))
      .filter(({ draft, record }) => !draft.tentative || record.killed !== null || record.wounded !== null)
      // ("Between January and December, police arrested more than 70 suspects", "Between August and December, police
      // arrested more than 700 suspects", "Between January and March, security forces carried out a series of operations …,
      // killing 15": a count over months is a total, no incident; not "From May to November, militants besieged Marawi".)
      .filter(({ draft, record }) => !periodTotal(record, draft.clause))
      // ("On January 1, a bomb killed four in Ulma. A day before that, gunmen killed two guards in Sorra": a day counted
      // into another year, with no year written, dates an event of that year's report.)
      .filter(
        ({ record }) =>
          record.date.startsWith(String(report.year)) || /\b(?:19|20)\d\d\b/.test(record.evidence.date ?? ''),
      )
      .flatMap(eachPlaceOwnToll),
    report.id,
  );
}

// "there" told of a place, not of what there was: "at a mosque there", "militants there fired" (not "there were").
const THERE =
  /\bthere\b(?!\s+(?:was|were|is|are|have|has|had|would|will|remain(?:s|ed)?|appear(?:s|ed)?|seem(?:s|ed)?)\b)/;
// A passage that only leads in to a list: "Attacks in Mogadishu included the following:".
const LEAD_IN_PASSAGE = /^[^:;]{0,200}\b(?:included|include|were|as follows|the following|among them)\b[^:;]{0,60}:$/;
// A lead-in that names places beside its town: "… in Mogadishu and elsewhere included:".
const OTHER_PLACES_TOO = /\b(?:elsewhere|across|throughout|outside|beyond|around)\b/i;
// A passage that opens with its day: "March 22: …", "On March 22, …", "22 March – …".
const DATED_ITEM = new RegExp(
  `^(?:On\\s+)?(?:(?:${MONTH_NAMES.join('|')})\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTH_NAMES.join('|')})\\b|(?:(?:Early|Mid-|Late)\\s*)?(?:${MONTH_NAMES.join('|')})(?=\\s*[:–—-]))`,
);
/** Whether a text names a year other than the report's. */
// A site told as one known already: "the hotel", "the Sorra Hotel", "the airport", "on the mountain" (the noun in group 1).
const SITE_TOLD_BEFORE =
  /\bthe (?:same )?(?:(?:[A-Z][\w'’.-]*|[a-z]+-[a-z]+) ){0,4}(hotel|airport|mosque|church|seminary|temple|embassy|compound|base|camp|market|university|campus|theat(?:er|re)|palace|town|city|village|mountain|prison|hospital|school|stadium|bridge|station|port|mission|consulate|garrison)(?:s|es)?\b/i;
// Fighting told as taken up again where it was: "Clashes resumed …", "fighting broke out again", "gunmen returned and …".
const TOLD_AGAIN =
  /\b(?:clashes|fighting|hostilities)\s+(?:resumed|(?:flared|broke out|erupted) again)\b|\b(?:returned|came back)\s+(?:and\s+(?:[a-z]+ly\s+)?(?:attacked|killed|abducted|kidnapped|burned|torched|shot|opened fire|stormed|looted|set fire|raided|beheaded)|to attack)\b/i;
// (Not where the sentence names a wider area of its own, "in the border districts", "across the region"; nor after a
// sentence that told no fighting, or an arrest.)
const OWN_AREA = /\b(?:regions?|districts?|provinces?|areas?|border|across|countryside|states?|governorates?)\b/i;
const FIGHTING_TOLD = /\b(?:attack|kill|clash|fight|bomb|shell|ambush|abduct|kidnap|raid|storm|shot)/i;
const ARREST_TOLD = /\b(?:arrest|detain|captur|apprehend)/i;
// A place the sentence names that the book of names may not hold: "into Jarablus", "the siege of Deir ez-Zor", "off the
// Somali coast".
// (Not a site named so: "in the Lotus Hotel".)
const UNKNOWN_PLACE_TOLD =
  /\b(?:in|into|near|off|to|from|of|outside|toward|towards)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?![A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Hotel|Mosque|Church|Cathedral|Temple|Airport|Market|Mall|School|University|Hospital|Stadium|Theat(?:er|re)|Palace|Embassy|Consulate|Prison|Camp|Base)s?\b)[A-Z][a-z]/;

/**
 * The town a site an event's sentence tells as known already lies in, for an event whose own sentence names no place
 * ("… stormed the Sorra Hotel in Ulma. … Fighters struck the Tessa Hotel with a truck bomb on July 26"): the one town
 * of the nearest sentence of the passage before it that names that kind of site, or else of the nearest that names a
 * town; with the words that name it. Null where the sentence names no such site, may name a place the book lacks, or
 * the sentence found names several towns.
 */
function townTold(
  placeText: (s: string) => string,
  d: Draft,
  places: readonly string[],
  country: string,
): { places: string[]; words: string } | null {
  const ownSentence = d.sentences[0] ?? '';
  const told = SITE_TOLD_BEFORE.exec(ownSentence);
  // ("Clashes resumed between September 7 and September 14, killing at least 18", "Two days later, gunmen returned and
  // abducted five villagers": the place of the sentences just before, where nothing else is told of it.)
  const again =
    told || OWN_AREA.test(ownSentence) || !FIGHTING_TOLD.test(d.before ?? '') || ARREST_TOLD.test(d.before ?? '')
      ? null
      : TOLD_AGAIN.exec(ownSentence);
  const site = told?.[1]?.toLowerCase() ?? (again ? '' : undefined);
  if ((!told && !again) || site === undefined || UNKNOWN_PLACE_TOLD.test(ownSentence)) return null;
  // (Not where the sentence places it itself: "rockets fired at the airport in the capital".)
  if (IN_THE_CAPITAL.test(ownSentence)) return null;
  // ("… attacked the Lido Hotel again": the sentence that named that very site, before one naming another hotel.)
  const siteName = told ? /^the (?:same )?([A-Z].*)$/.exec(told[0])?.[1] : undefined;
  // (Not an event told as another story: "In a separate development, … in the northern mountains".)
  if (SEPARATE_STORY.test(ownSentence) || NOT_THE_TOPIC.test(ownSentence)) return null;
  if (namesIn(ownSentence, places).length > 0 || countriesIn(ownSentence, country).length > 0) return null;
  const earlier = [d.before, ...[...(d.earlier ?? [])].reverse()]
    .filter((s): s is string => s !== undefined)
    .slice(0, again ? 1 : undefined);
  // (A sentence that names only countries, "its ambassador to Switzerland", says nothing of the scene.)
  const townsOf = (sentence: string) => namesIn(placeText(sentence), places).filter((p) => !COUNTRY_OR_REGION.has(p));
  const sentence =
    (siteName === undefined ? undefined : earlier.find((s) => s.includes(siteName) && townsOf(s).length > 0)) ??
    (site ? earlier.find((s) => s.toLowerCase().includes(site) && townsOf(s).length > 0) : undefined) ??
    earlier.find((s) => townsOf(s).length > 0);
  if (sentence === undefined) return null;
  const towns = townsOf(sentence);
  // (Taken up again: the place and the town it is near, "the Ain al-Hilweh camp near Sidon".)
  if (towns.length !== 1 && !(again && towns.length === 2)) return null;
  const words = placeWords(sentence, towns);
  return words ? { places: towns, words } : null;
}

function otherYear(text: string, year: number | null): boolean {
  return (text.match(/\b(?:19|20)\d\d\b/g) ?? []).some((y) => Number(y) !== year);
}

// The lead-in of events listed after a colon: "October 7 saw three separate attacks: …", "January 10 brought three
// attacks on a single day: …", "suicide bombers carried out three attacks: …" (the count in group 1).
// ("suicide bombers struck three targets in Tashkent within minutes of one another: at the U.S. Embassy, …; at the
// Israeli Embassy, …": the targets struck, each told with its own toll.)
const EVENTS_LISTED =
  /\b(?:(?:saw|brought|witnessed|included|featured|there were|carried out|conducted|staged|launched|mounted) (two|three|four|five|six|several|multiple) (?:(?:separate|distinct|coordinated|simultaneous|near-simultaneous|further|more|major|deadly) )?(?:attacks|bombings|incidents|assaults|explosions|blasts|shootings)|(?:struck|hit|attacked|targeted) (two|three|four|five|six|several|multiple) (?:(?:separate|different|other) )?(?:targets|sites|locations)|(?:struck|attacked) in (two|three|four|five|six|several|multiple) (?:towns|cities|villages|places|provinces|districts)|^(?:On|In) [^,]{1,30},\s+(two|three|four|five|six|several) (?:separate )?(?:attacks|bombings) (?:took place|occurred)|^(two|three|four|five|six|several|multiple) (?:[\w-]+ )?(?:bombs|blasts|explosions|car bombs|suicide bombers|grenades) (?:exploded|went off|struck|detonated))\b[^:;.]{0,80}:\s+/i;
/**
 * A draft whose clause lists its events after a colon, one draft for each event, each read from its own words
 * ("October 7 saw three separate attacks: rockets at a station in Maadi …; a car bomb in El-Tor killed three …; and
 * gunmen shot dead six soldiers near Ismailia"). Items are split at semicolons, else at ", a"/", and a"; where there
 * are more items than the count, the draft stays whole.
 */
function eachEventListed(draft: Draft): Draft[] {
  const lead = draft.clause.includes(':') ? EVENTS_LISTED.exec(draft.clause) : null;
  if (!lead) return [draft];
  const list = draft.clause.slice(lead.index + lead[0].length);
  // (Targets struck only where each is told in a clause of its own, between semicolons: "struck two targets: a base in
  // Tarn, where …, and a plant in Ulma, where …" is read as places listed.)
  if ((lead[2] ?? lead[4]) !== undefined && !list.includes(';')) return [draft];
  const items = (
    list.includes(';')
      ? list.split(/;\s+(?:and\s+)?/)
      : list.split(/,\s+(?:and\s+)?(?=(?:an?|another)\s|in\s+[A-Z][\w'’-]*,)(?<!\bin\s+[A-Z][\w'’-]*,\s+)/)
  )
    .map((item) => item.trim().replace(/[.;,]$/, ''))
    .filter((item) => item.length > 0);
  const count = parseNumber(lead[1] ?? lead[2] ?? lead[3] ?? lead[4] ?? lead[5] ?? '');
  // (Fewer than the count where the last items have clauses of their own: ", and a suicide bomber killed seven …".)
  if (items.length < 2 || (count !== null && items.length > count)) return [draft];
  // (Only events told each with a verb of its own: not the targets of one attack, "gunmen struck a police station, a
  // bank, and a church, killing 14", nor the phases of one, "a car bomb at the gate, a bomber inside, …"; and not where
  // the toll is told after them all, "In all, 24 people were killed".)
  const kinds = items.map((item) => classifyIncident(item));
  if (kinds.some((kind) => kind === null)) return [draft];
  if (draft.further.length > 0 && items.every((item) => !FIGURE_WORD.test(item))) return [draft];
  const before = draft.clause.slice(0, lead.index + lead[0].length);
  return items.map((item, i) => ({
    ...draft,
    clause: item,
    further: [],
    kind: kinds[i] ?? draft.kind,
    lead: before,
  }));
}

// An attack told with a later death: "… when militants attacked the hospital".
/** Whether the sentences of a story tell any dead or wounded. */
function toldCasualties(sentences: string[]): boolean {
  const { killed, wounded } = readCasualties(sentences.join(' ')).figures;
  return (killed ?? 0) > 0 || (wounded ?? 0) > 0;
}
const ANOTHER_ATTACK =
  /\b(?:when|after|as)\b[^.;]{0,60}?\b(?:attack|bomb|shell|struck|explod|ambush|fired|stormed|raided|opened fire)/i;
// A sentence that tells only of victims of the event before who died later (see readSentence).
// ("A fourth victim died on May 4, bringing the number killed to four": one more of them.)
// The bodies of those taken, found: "The bodies of three of the women were found three days later", "his body was
// recovered", told after an abduction.
// (Only bodies told as of those taken: not "the bodies of four militants were found", "the body of a police officer".)
const BODIES_FOUND_LATER =
  /\b(?:(?:[Hh]is|[Hh]er|[Tt]heir) (?:bod(?:y|ies)|remains|corpses?)|[Tt]he (?:bod(?:y|ies)|remains|corpses?) of (?:the|his|her|their|both|all|[\w-]+ of (?:the|them|those))\b[^.;,]{0,60}?) (?:was|were|had been) (?:later )?(?:found|discovered|recovered)\b/;
const TAKEN_WORD = /\b(?:abduct|kidnap|seized|snatched|taken hostage)/i;
// The story's toll revised on a later day: "The death toll from the March 3 bombing rose to 40 on March 10", "By March
// 10, the death toll had risen to 40".
const TOLL_ROSE_ON =
  /\b(?:death |casualty )?toll\b[^.;]{0,60}?\b(?:rose|had risen|has risen|climbed|had climbed|increased|had increased|reached|had reached)\b|\bnumber of (?:dead|deaths|people killed|victims)\b[^.;]{0,40}?\b(?:rose|had risen|climbed|reached|had reached)\b/i;
/**
 * Whether a sentence tells a toll risen with no toll of its own before it: "The death toll from the March 3 bombing rose
 * to 40 on March 10"; not "On December 7, twin bombs exploded in Lahore, killing 48 people; the death toll later rose to
 * 66", an event of its own with its toll.
 */
// "Four days later, the army said 38 soldiers had died.": the toll of the story made known on a later day (a bare toll:
// not "… were killed by a roadside bomb near Velst", "… had died of cholera", an event or a count of its own).
const TOLL_MADE_KNOWN = new RegExp(String.raw`^(?:[^,;]{0,40},\s+)?${TOLL_SAID}\s*\.?$`);
function tollRoseAlone(sentence: string): boolean {
  const rose = TOLL_ROSE_ON.exec(sentence);
  return rose !== null && !HARM_WORD.test(sentence.slice(0, rose.index));
}
const LATER_DEATHS_TOLD = new RegExp(
  `^(?:(?:${NUMBER_PATTERN}) more|[Aa]nother) (?:[a-z]+ )?(?:later |subsequently )?(?:died|succumbed)(?: (?:of|from|to) (?:his|her|their|the) (?:wounds|injuries))? in (?:a |the )?hospital\\b|^(?:${NUMBER_PATTERN}) more (?:people|persons|victims|[a-z]+s) (?:later |subsequently )?(?:died|succumbed) (?:of|from) (?:their|the) (?:wounds|injuries)\\b|^(?:${NUMBER_PATTERN}|several|some) (?:more |other )?of the (?:[a-z]+ )?(?:wounded|injured)(?: [a-z]+){0,2}? (?:later |subsequently )?(?:died|succumbed)\\b|^(?:${NUMBER_PATTERN}|several|some) of (?:the (?:victims|wounded|injured)|them|those (?:wounded|injured))(?:, [^,;.]{1,60},)? (?:later |subsequently )?(?:died|succumbed)\\b|^(?:an?|the) (?:second|third|fourth|fifth|sixth|seventh) (?:victim|person|soldier|officer|policeman|civilian|passenger|worshipper|student|child|guard)\\b[^.;,]{0,30}? (?:later |subsequently )?(?:died|succumbed)\\b|^[A-Z][^.;,]{0,80}, (?:who (?:had been|was) )?(?:wounded|injured) in the (?:blast|attack|bombing|explosion|ambush|shooting)[^.;,]{0,40}, (?:later )?died\\b|^(?:He|She) (?:later |subsequently )?(?:died|succumbed) (?:of|from|to) (?:his|her) (?:wounds|injuries)\\b`,
  'i',
);

// Words of a toll of dead or hurt (no arrests: "Police arrested three men in the May 3 bombing" is an event of its own).
const ARREST_WORD = /\b(?:arrest|detain|captur|apprehend|custody)/i;
const HARM_WORD = new RegExp(`\\b(?:${KILL_STEMS}|${HURT_STEMS}|harm|casualt)`, 'i');

// A day counted from an event the sentence names: "Eight days after the Ashdod bombing, …" (its name in group 1).
const DAYS_AFTER_NAMED = new RegExp(
  String.raw`^(?:(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|(?:Twenty|Thirty)-(?:one|two|three|four|five|six|seven|eight|nine)|Twenty|Thirty|\d{1,2}) (?:day|week)s?|The (?:day|morning|evening|night)|${HOURS_OR_SOON}) (?:after|before) (?:the ([^,;]{0,60}?(?:bombings?|attacks?|blasts?|explosions?|assaults?|ambush(?:es)?|massacres?|killings?|raids?|shootings?|kidnappings?|abductions?|sieges?|hijackings?))|([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)),`,
);
// ("Four days after Karrada, …": a town's name standing for the attack there, in group 2.)
// How many of the latest stories a named event is looked for among.
const NAMED_EVENT_REACH = 30;

/**
 * The story `sentence` counts its day from where it names it ("Eight days after the Ashdod bombing, …") after undated
 * words of a new passage: the latest of the last few whose words (or whose passage's opening) hold every capitalized
 * word of the name; null where the name has none ("after the bombing") or no story holds it.
 */
function namedEvent(r: Reader, sentence: string): Draft | null {
  const named = DAYS_AFTER_NAMED.exec(sentence);
  if (!named) return null;
  const names = (named[1] ?? named[2] ?? '').match(/\b[A-Z][\w'’-]+/g) ?? [];
  if (names.length === 0) return unnamedEvent(r, named[1] ?? '');
  const wholeWords = names.map((name) => new RegExp(`(?<![\\w'’-])${escapeRegExp(name)}(?![\\w'’-])`));
  const holds = (text: string) => wholeWords.every((word) => word.test(text));
  // (Counted from the day told just before, unless the name is not of the sentence before: "… on February 16 in
  // Jama'are … On March 9, Ansaru announced … Three days after the Jama'are kidnapping, …" counts from February 16.)
  // (Not where the sentence before only counted from the same event too: "Three days after the Karrada attack, police
  // …. Four days after Karrada, …".)
  if ((r.monthInPassage || ANY_MONTH.test(r.previous)) && holds(r.previous) && !DAYS_AFTER_NAMED.test(r.previous))
    return null;
  const reach = r.drafts.slice(Math.max(0, r.drafts.length - NAMED_EVENT_REACH)).filter((d) => !d.mention.reference);
  // (The event an attack's noun names is an attack: not a later arrest in the same town.)
  const kindOk = (draft: Draft) => /\b(?:raids?|operations?)$/.test(named[1] ?? '') || draft.kind === 'attack';
  const told = reach.findLast((draft) => kindOk(draft) && holds(draft.sentences.join(' ')));
  if (told) return told;
  // (A passage's opening names the first event it tells: "The deadliest attack … took place at Tarn port. On March 14,
  // … On March 30, police arrested …".)
  const opened = reach.findLast((draft) => kindOk(draft) && draft.topic !== undefined && holds(draft.topic.sentence));
  return opened ? (reach.find((draft) => draft.passageId === opened.passageId) ?? opened) : null;
}

// The words of an event's noun that say which event, not what kind: "the synagogue attack" (not "the first attack").
const NOT_WHICH =
  /^(?:the|a|an|first|second|third|last|latest|previous|earlier|deadly|deadliest|major|recent|same|initial|original|double|twin|coordinated|simultaneous|apparent|terrorist|militant|attempted|foiled)$/;
/**
 * The event "Two weeks after the bombing" or "Two days after the synagogue attack" counts from, where the noun names
 * no one: the passage's latest attack told with those words ("the bombing" being told by a bomb, a blast or an explosion).
 */
function unnamedEvent(r: Reader, noun: string): Draft | null {
  const words = noun.toLowerCase().split(/\s+/);
  const kind = words.pop() ?? '';
  const which = words.filter((w) => !NOT_WHICH.test(w));
  // (Any attack is told by "the attack"; a bombing by a bomb, a blast or an explosion; else by the noun's stem.)
  const told = /^(?:bomb|blast|explosion)/.test(kind)
    ? /\b(?:bomb|blast|explo|detonat)/i
    : /^(?:attack|assault)/.test(kind)
      ? null
      : new RegExp(`\\b${escapeRegExp(kind.replace(/(?:ings?|es|s)$/, ''))}`, 'i');
  // (A word in the singular names the plural too: "the hotel bombings" after "struck three hotels".)
  const wholeWords = which.map((w) => new RegExp(`(?<![\\w'’-])${escapeRegExp(w)}(?:s|es)?(?![\\w'’-])`, 'i'));
  // (In the passage; or, where words say which ("the hotel bombings"), in the stories before it too.)
  const from = Math.max(which.length > 0 ? 0 : r.passageFirst, r.drafts.length - NAMED_EVENT_REACH);
  for (let i = r.drafts.length - 1; i >= from; i -= 1) {
    const draft = r.drafts[i];
    if (!draft || draft.mention.reference || draft.kind !== 'attack') continue;
    const text = draft.sentences.join(' ');
    if ((told === null || told.test(text)) && wholeWords.every((word) => word.test(text))) return draft;
  }
  return null;
}

// The words before a day in a clause of what someone had done: "who had entered France via the island of Lampedusa in "
// (no clause of its own after "and", no violence: "a man who had bombed a bus in March" tells an event).
const HAD_DONE_WORDS = String.raw`\b(?:who|which|whom|that)\s+had\s+(?:(?!(?:and(?!\s+(?:then|later)\b)|bomb\w*|attack\w*|kill\w*|shot|shoot\w*|stabb\w*|kidnap\w*|abduct\w*|murder\w*|behead\w*|explod\w*|detonat\w*|fired|ambush\w*)\b)[\w'’-]+\s+){1,12}?(?:in|on|since)\s+`;
const HAD_DONE_BEFORE = new RegExp(`${HAD_DONE_WORDS}$`, 'i');
// A day that only says who someone was or when a period began: "A gunman released from prison on July 2 killed three
// people … on July 18", "During Ramadan, which began on June 6, militants …".
const DESCRIBED_BEFORE =
  /\b(?:(?:gunman|man|woman|attacker|assailant|suspect|bomber|militant|convict|teenager|youth)\s+(?:who\s+(?:was|had\s+been)\s+)?(?:released|freed|paroled|deported|repatriated|returned|born)\s+(?:(?:from|to)\s+(?:[\w'’-]+\s+){1,2})?|(?:which|that)\s+(?:began|started|ended|begins|starts)\s+)on\s+$/i;
// That clause, for the places: what someone had done is no place of the event.
const HAD_DONE_CLAUSE = new RegExp(`${HAD_DONE_WORDS}(?:${MONTH_NAMES.join('|')})\\b`, 'g');
/** Whether `m` is a day in a clause of what someone had done before the event, with no toll of its own after it. */
// The words before a day that tell it as the day of a plan: "planning New Year's Eve attacks", "plotting to bomb the
// parade on", "had planned to strike the embassy on".
const PLANNED_FOR =
  /\b(?:planning|plotting)\s+(?:to\s+(?:carry out|stage|launch|mount|conduct|attack|bomb|strike|target)\s+)?(?:(?:an?|the)\s+)?(?:(?!(?:and|or|but|then|who|which|they|he|she|on|in|at|for|during)\b)[\w'’-]+\s+){0,3}?(?:(?:attacks?|bombings?|assaults?|strikes?|celebrations?|parade|festivities)\s+(?:on|for|during|over|at)\s+(?:the\s+)?)?$|\b(?:planned|plotted|intended)\s+to\s+(?:[\w'’-]+\s+){1,4}?(?:on|for|during|over|at)\s+(?:the\s+)?$/i;
function hadDone(sentence: string, m: DateMention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 120), m.start);
  return (
    (HAD_DONE_BEFORE.test(before) || DESCRIBED_BEFORE.test(before)) &&
    !/^,?\s+(?:killing|wounding|injuring)\b|\b(?:which|that) (?:killed|wounded|injured)\b/.test(
      sentence.slice(m.end, m.end + 60),
    )
  );
}

/**
 * Whether mention `i` of a sentence is a day of what someone had done before its event: after the first, or the first
 * where a day of the event follows and the words after it tell an event ("Ould Tal, who had escaped from custody on
 * April 2, was recaptured in Tarn on April 9"; not "Ann Roe, who had been arrested on April 2, escaped from custody on
 * April 9", whose arrest is the event).
 */
function doneBefore(sentence: string, m: DateMention, i: number, mentions: readonly DateMention[]): boolean {
  if (i === 0 && !mentions.some((other) => other.start > m.end && !other.reference)) return false;
  if (!hadDone(sentence, m)) return false;
  return i > 0 || classifyIncident(sentence.slice(m.end)) !== null;
}

/** Reads one sentence of a passage: its dates, the drafts it opens, and the story it goes on telling. */
function readSentence(r: Reader, sentence: string): void {
  const { book, earlier } = r;
  const header = r.dayHeader;
  r.dayHeader = null;
  const figuresFor = r.figuresFor;
  r.figuresFor = null;
  const ordered = r.ordered;
  r.ordered = null;
  // ("The Sorra Front claimed responsibility the next day, …" opening the next passage: the claim is counted from
  // the story the passage before told.)
  // ("Four days after the hotel bombings, police arrested …" opening a passage: counted from the story named, where
  // one is; else from the story the passage before ended on, as below.)
  const namedFirst = r.previous === '' && DAYS_AFTER_NAMED.test(sentence) ? namedEvent(r, sentence) : null;
  if (namedFirst) {
    r.open = namedFirst;
    r.previousDay = null;
  } else if (
    r.previous === '' &&
    r.carried !== null &&
    (RELATIVE_DAY.test(sentence) ||
      (sentence.includes('claimed responsibility') && findLater(sentence, r.carried.mention.date) !== null) ||
      // ("No one was killed in the blast, …", "The death toll rose to 40.", "Air strikes began the following day,
      // …": a passage of one undated line that can only go on with the story before it.)
      (!ANY_MONTH.test(sentence) &&
        (GOES_ON_TELLING.test(sentence) || findLater(sentence, r.carried.mention.date) !== null)))
  )
    r.open = r.carried;
  // ("Israel responded with strikes in Gaza. Eight days after the Ashdod bombing, a helicopter fired …": a day counted
  // from an event a story before told by that name, after undated words of a new passage.)
  else if (r.previous !== '' && DAYS_AFTER_NAMED.test(sentence)) {
    const named = namedEvent(r, sentence);
    // (Counted from that story's day, not from the day told last.)
    if (named) {
      r.open = named;
      r.previousDay = null;
    }
  }
  // (Only a toll the open story's: not "Elsewhere, two soldiers were killed near Ulma; …", nor one told with a day.)
  const parted =
    r.open !== null && (sentence.includes('responsibility') || sentence.includes('claimed'))
      ? tollThenClaim(sentence)
      : null;
  if (
    r.open !== null &&
    parted &&
    !NEW_STORY.test(parted.toll) &&
    !elsewhere(parted.toll, r.open, r.book.places) &&
    findDates(parted.toll, r.report.year, r.toldMonth, r.report.country).length === 0 &&
    findLater(parted.toll) === null
  ) {
    r.open.sentences.push(sentence);
    r.open.further.push(parted.toll);
    readSentence(r, parted.claim);
    return;
  }
  // ("…; security forces killed the remaining militants the following morning": the toll before is the story's.)
  // (Its own reading first: the dates of a sentence are read once more below, so only where it is one.)
  const tollFirst = r.open !== null && !parted && sentence.includes(';') ? tollThenLater(sentence) : null;
  if (
    r.open !== null &&
    tollFirst &&
    !NEW_STORY.test(tollFirst.toll) &&
    !elsewhere(tollFirst.toll, r.open, r.book.places) &&
    findDates(sentence, r.report.year, r.toldMonth, r.report.country).length === 0
  ) {
    r.open.sentences.push(sentence);
    r.open.further.push(tollFirst.toll);
    readSentence(r, tollFirst.later);
    return;
  }
  const before = r.previous;
  if (before) earlier.push(before);
  if (before && !r.monthInPassage && ANY_MONTH.test(before)) r.monthInPassage = true;
  r.previous = sentence;
  const { mentions, relative, later, counted, story } = datesOf(r, sentence);
  // ("Two weeks later, militants detonated a car bomb at a hotel …; security forces ended the siege after 12 hours": an
  // event of its own told before the end of its siege, not the end of the story before.)
  const goesOn = r.open !== null && (later !== null || relative !== null) ? STORY_GOES_ON.exec(sentence) : null;
  if (
    r.open !== null &&
    ((goesOn !== null && classifyIncident(sentence.slice(0, goesOn.index)) === null) ||
      BY_THE_TIME.test(sentence) ||
      (later !== null && STORY_WENT_ON_CLAUSE.test(sentence)))
  ) {
    const end = mentions[0];
    // (An event ends within weeks of its start: a day months on ends some other story.)
    const soon = end && parseISO(end.date) <= addDays(parseISO(r.open.mention.date), 45);
    if (end && end.date.length === 10 && end.date > r.open.mention.date && soon) {
      r.open.endDate = end.date;
      r.open.sentences.push(sentence);
      r.open.further.push(sentence);
      return;
    }
  }
  if (mentions.length === 0) {
    // "… exploded in the Korvel market on April 3 and April 10. The first wounded nine people. In the second, four were
    // killed": each event's own words, by its place in the order.
    if (ordered && byOrder(sentence, 0, ordered)) {
      r.ordered = ordered;
      return;
    }
    // ("… killing 16 people. About an hour later, a third bomber … killing 16 more. More than 300 people were wounded in
    // the two attacks.": a figure of the passage's events together is neither's.)
    // (Two events told apart on one day: not "two car bombs exploded minutes apart in Bouira …. Eleven people died in
    // the two blasts", one record of both, after another day's event.)
    const [one, other] = r.drafts.slice(-2);
    if (
      r.drafts.length - r.passageFirst >= 2 &&
      one !== undefined &&
      other !== undefined &&
      one.mention.date === other.mention.date &&
      JOINT_TOLL.test(sentence) &&
      FIGURE_WORD.test(sentence) &&
      !NEW_STORY.test(sentence)
    )
      return;

    // ("… was the January bombing at Moscow's airport. 750 people were killed … in the North Caucasus during 2011": a
    // count for the year is no toll of the event before it.)
    if (figuresFor && FIGURE_WORD.test(sentence) && !NEW_STORY.test(sentence) && !yearsConflict(sentence)) {
      if (!toldBySiteElsewhere(sentence, r.drafts.slice(Math.max(r.passageFirst, r.drafts.length - 6)), figuresFor))
        figuresFor.further.push(sentence);
    } else readUndated(r, sentence, header);
    return;
  }
  const [only] = mentions;
  // "No one was hurt in the January incident", "Two guards died in the May 3 incident": the toll of the event being
  // told, named by its date in a sentence that tells no event of its own.
  if (
    r.open !== null &&
    mentions.length === 1 &&
    only?.reference === true &&
    !only.leads &&
    (only.date === r.open.mention.date || (only.date.length === 7 && r.open.mention.date.startsWith(only.date))) &&
    HARM_WORD.test(sentence) &&
    // (Not a toll of a kind the story told already: "… killing four. Four people died in the May 3 incident" is the same
    // four; "Four more passengers died …" adds to it.)
    !tollToldAgain(r.open, sentence) &&
    !NEW_STORY.test(sentence) &&
    classifyIncident(sentence) === null
  ) {
    r.open.sentences.push(sentence);
    r.open.further.push(sentence);
    return;
  }
  // "… were abducted in Tarn. The bodies of three of them were found three days later": the abduction's dead, found
  // later; no event of its own.
  if (
    r.open !== null &&
    mentions.length === 1 &&
    only &&
    only.date >= r.open.mention.date &&
    TAKEN_WORD.test(r.open.clause) &&
    BODIES_FOUND_LATER.test(sentence) &&
    classifyIncident(sentence.replace(BODIES_FOUND_LATER, ' ')) === null
  ) {
    r.open.sentences.push(sentence);
    r.open.further.push(sentence);
    return;
  }
  // "One of the injured recruits succumbed to his wounds the next day, bringing the toll to 43", "Two of the wounded
  // died in hospital the next day", "Ann Roe, wounded in the blast, died of his injuries on July 20": the victims of
  // the event told before who died later; its toll, no event of its own.
  if (
    r.open !== null &&
    mentions.length === 1 &&
    only &&
    only.date >= r.open.mention.date &&
    LATER_DEATHS_TOLD.test(sentence) &&
    // (The day told is the death's, not that of another attack the victim was wounded in: "Ann Roe, wounded in the attack
    // in Ulma on May 9, died of his wounds"; and no attack is told with it: "… died on May 20 when militants attacked
    // the hospital".)
    (only.words.includes('…') || DIED_BEFORE.test(sentence.slice(Math.max(0, only.start - 80), only.start))) &&
    !ANOTHER_ATTACK.test(sentence) &&
    // ("… police arrested two suspects in Tarn. One more died in hospital on March 9.": more dead only of a story that
    // told casualties.)
    (!/^(?:[\w-]+ more|another)\b/i.test(sentence) || toldCasualties(r.open.sentences))
  ) {
    r.open.sentences.push(sentence);
    r.open.further.push(sentence);
    return;
  }
  // "The death toll from the March 3 bombing rose to 40 on March 10": the story's toll, revised weeks at most after its
  // day, no event of its own (not where another attack is told: "… rose to 40 on March 10, when a second bomb …").
  const open = r.open;
  if (
    open !== null &&
    (((sentence.includes('toll') || sentence.includes('number of')) && tollRoseAlone(sentence)) ||
      ((open.kind === 'attack' || open.kind === 'clash') && TOLL_MADE_KNOWN.test(sentence))) &&
    mentions.every(
      (m) =>
        m.date >= open.mention.date &&
        m.date <= (shiftDays(open.mention.date.length === 7 ? `${open.mention.date}-01` : open.mention.date, 45) ?? ''),
    ) &&
    !ANOTHER_ATTACK.test(sentence) &&
    !NEW_STORY.test(sentence)
  ) {
    open.sentences.push(sentence);
    open.further.push(sentence);
    return;
  }
  // ("On March 3, gunmen stormed a hotel in Sorra. Twelve guests were killed before special forces killed the two gunmen
  // the following morning.": the day the attack was ended, counted from its own, is its last day; the toll is its.)
  // (Not a count of attacks whose parts were told one by one: "… two nearly simultaneous attacks. In Agadez, …. In
  // Arlit, …. The Agadez attackers took cadets hostage; the siege ended the following day …" is an event of its own.)
  const endedBy =
    r.open !== null &&
    r.open.kind === 'attack' &&
    !r.open.tentative &&
    mentions.length === 1 &&
    only?.words.includes(' … ') &&
    only.date > r.open.mention.date &&
    only.date <= (shiftDays(r.open.mention.date, 2) ?? '') &&
    endedThen(sentence, only.start);
  if (r.open !== null && only && endedBy) {
    r.open.endDate = only.date;
    r.open.sentences.push(sentence);
    r.open.further.push(sentence);
    return;
  }
  if (
    r.open !== null &&
    !r.open.tentative &&
    mentions.length === 1 &&
    only &&
    // (A day counted from the story's, "that afternoon", "two days later", is the story's wherever it stands.)
    (!only.leads || only.words.includes(' … ')) &&
    endsTheStory(sentence, only.start) &&
    // "…killed a commander near Chitama. … forces recaptured a camp near Mucojo on December 2": the end of an
    // event elsewhere, not this one's.
    !elsewhere(sentence, r.open, book.places) &&
    // ("Special forces ended the siege that afternoon": on its own day, its end, with no day of its own.)
    (only.date > r.open.mention.date || (only.date === r.open.mention.date && only.words.includes(' … ')))
  ) {
    if (only.date > r.open.mention.date) r.open.endDate = only.date;
    r.open.sentences.push(sentence);
    r.open.further.push(sentence);
    return;
  }
  const made = r.drafts.length;
  readDated(r, sentence, mentions, counted, story, before);
  if (r.drafts.length - made >= 2) {
    const together = r.drafts.slice(made);
    r.ordered = together;
    // ("on March 5 and March 19 gunmen attacked offices in Darlo; the first assault left six dead, and the second …":
    // told of each after the last date, where the clause's figures are the events' together.)
    const last = mentions[mentions.length - 1];
    if (last && together.every((d) => d.shared || d.listed)) byOrder(sentence, last.end, together);
  }
}

// "The first wounded nine people", "In the second, four were killed", "; the first assault left six dead, and the
// second, police said, ended …": words told of one of several events by its place in their order (not "the first
// time", "the second day", "the first such attack", "the first of its kind").
const ORDINAL_OPENING =
  /(?:^|[;:]\s+|,?\s+(?:and|while|whereas|but)\s+)((?:(?:In|in|During|during|At|at)\s+)?(?:The|the)\s+(first|second|third|fourth|(?:former|latter)(?=[,;.]|\s+(?:was|were|had|killed|wounded|injured|left|caused|claimed|took)\b)))\b(?!\s+(?:time|day|days|week|weeks|month|months|year|years|half|quarter|anniversary|such|ever|known|recorded|of its kind|in\b|to\b|two|three|four|five|six|few|several|\d)|-)/g;
const ORDER = { first: 0, second: 1, third: 2, fourth: 3, former: 0 } as Record<string, number>;

/**
 * Gives each of `events` (told together, in order) the words from `from` on that name it by its place in the order:
 * "the first …" up to "the second …". Returns whether the words open with such a name (only those are read).
 */
function byOrder(sentence: string, from: number, events: readonly Draft[]): boolean {
  const told = sentence.slice(from);
  const marks = [...told.matchAll(ORDINAL_OPENING)];
  const [opening] = marks;
  if (!opening || (from === 0 && opening.index !== 0)) return false;
  const parts: Array<{ event: Draft; words: string }> = [];
  for (const [i, m] of marks.entries()) {
    const word = (m[2] ?? '').toLowerCase();
    const event = events[word === 'latter' ? events.length - 1 : (ORDER[word] ?? -1)];
    if (!event) continue;
    const whole = told.slice(m.index + m[0].length - (m[1] ?? '').length, marks[i + 1]?.index ?? told.length);
    // ("The first killed four, and in all 12 people died in the two attacks", "The first attack killed six; in Ulma,
    // meanwhile, …": its words end where a total of them all, or another story, begins.)
    const stop = whole.search(ORDINAL_WORDS_END);
    parts.push({ event, words: stop >= 0 ? whole.slice(0, stop) : whole });
  }
  for (const { event, words } of parts) event.ordinal = [...(event.ordinal ?? []), words];
  return true;
}
const ORDINAL_WORDS_END =
  /;|,\s+(?:and\s+)?(?:in all|in total|altogether|overall),?\s|,\s+(?:meanwhile|elsewhere),?\s/i;

// Events in the plural, named before a colon: "Attacks in Punjab in October left dozens dead:".
const EVENTS_BEFORE_COLON =
  /\b(?:attacks|bombings|incidents|explosions|blasts|assaults|raids|strikes|killings|shootings)\b[^.;:]*$/i;
/**
 * Whether a month mention ending at `monthEnd` only frames the events told with their days after a colon before
 * `dayStart`: events in the plural before the colon, and no figure for them all.
 */
function framedMonth(sentence: string, monthEnd: number, dayStart: number): boolean {
  const colon = sentence.indexOf(':', monthEnd);
  if (colon < 0 || colon > dayStart || /[;.]/.test(sentence.slice(monthEnd, colon))) return false;
  const before = sentence.slice(0, colon);
  if (!EVENTS_BEFORE_COLON.test(before)) return false;
  const { killed, wounded, arrested } = readCasualties(before).figures;
  return killed === null && wounded === null && arrested === null;
}
// A sentence that tells only that some of the wounded of the story before died, or its toll risen, after the day it
// counts: "In the following days, four of the wounded died", "Over the next week, two more of the injured succumbed to
// their wounds", "Over the following days, the death toll rose to 14".
const STORY_TOLL_ONLY =
  /^(?:[^,;.]{1,40},\s+)?(?:(?:(?:at least|another)\s+)?[\w-]+\s+(?:more\s+)?of the (?:wounded|injured)\s+(?:(?:later|subsequently|also)\s+)?(?:died|succumbed)\b(?:\s+(?:of|from|to) (?:their|his|her|the) (?:wounds|injuries))?(?:\s+in (?:a |the )?hospital)?|the (?:death )?toll (?:later |eventually |subsequently )?(?:rose|climbed|increased) to (?:at least |more than )?[\w-]+(?: (?:dead|people|deaths))?)\s*\.?\s*$/i;
// Words that make a death one of the wounded of an event told before: "of their wounds", "one of the injured", "in
// hospital".
const OF_WOUNDS = /\b(?:wounds|injuries|wounded|injured|hospital)\b/i;
// Words after a day that tell an event of its own: "in a second blast", "when a bomb exploded", "after militants …".
const NEW_EVENT_AFTER =
  /^[^.;]{0,40}?\b(?:when|after|as|in (?:an?|the) (?:second|new|separate|further|another|later)|in (?:an?|the) (?:[a-z]+ )?(?:attack|bombing|blast|explosion|ambush|raid|shooting|clash|strike))\b/i;
// A victim's later death told right before a day counted from the story: "died of his injuries in hospital a week later".
const DIED_BEFORE = /\b(?:died|succumbed)\b[^.;]{0,60}$/;
// The words before the day a victim died of the wounds of an event told before it: "died of their wounds in",
// "succumbed to his injuries on", "died in hospital in early".
const LATER_DEATH_BEFORE =
  /\b(?:later |subsequently )?(?:died|succumbed)(?: (?:of|from|to) (?:his|her|their|the) (?:wounds|injuries))?(?: in (?:a |the )?hospital)?(?: (?:in|on|during|by))(?: (?:early|mid|late|mid-))?\s*$/;

/**
 * The dates of a sentence as its events are told: a day that refines the month before it, a campaign told up to a
 * day, a day counted from the story before ("five days later"), with what that counting says.
 */
function datesOf(r: Reader, sentence: string) {
  const { report } = r;
  let mentions = findDates(sentence, report.year, r.toldMonth, report.country).filter(
    (m) => m.leads || !/^\s*$/.test(sentence.slice(m.end)),
  );
  // (A day of what someone had done before the event tells no month the story is in.)
  // ("Ould Tal, who had escaped from custody on April 2, was recaptured in Tarn on April 9": the same for the first day,
  // where a day of the event follows.)
  mentions = mentions.map((m, i) =>
    !m.reference && doneBefore(sentence, m, i, mentions) ? { ...m, reference: true } : m,
  );
  // ("arrested 18 suspects who were allegedly planning New Year's Eve attacks in Ankara": the day of what was planned,
  // no event.)
  // (Only where another day dates what was done: "Police arrested four men plotting to bomb the parade on May 3" keeps
  // its one day; "a well-planned attack on June 12" is no plan.)
  if (mentions.length > 1 && (sentence.includes('plan') || sentence.includes('plott')))
    mentions = mentions.filter(
      (m) => m.reference || !PLANNED_FOR.test(sentence.slice(Math.max(0, m.start - 60), m.start)),
    );
  // ("On election day, rocket attacks on polling centers in Tarn killed two police officers": the day of the elections the
  // chapter tells, or the day before it on their eve.)
  const byElection = mentions.length === 0 && r.electionDay !== null ? ELECTION_DAY_TOLD.exec(sentence) : null;
  const electionDate = byElection && r.electionDay ? shiftDays(r.electionDay, byElection[1] === 'eve' ? -1 : 0) : null;
  // ("Insurgents tried to disrupt the January elections; on election day, suicide bombers struck polling stations …":
  // where the chapter gives no day of the elections, the month it names them by.)
  const monthOfElections =
    r.electionDay === null && report.year !== null && mentions.every((m) => m.reference)
      ? MONTH_ELECTIONS.exec(sentence)
      : null;
  const electionDay = monthOfElections ? ELECTION_DAY_TOLD.exec(sentence) : null;
  if (monthOfElections && electionDay && electionDay.index > monthOfElections.index && electionDay[1] !== 'eve')
    mentions = [
      {
        start: electionDay.index,
        end: electionDay.index + electionDay[0].length,
        date: `${report.year}-${String(monthNumberOf(monthOfElections[1] ?? '')).padStart(2, '0')}`,
        endDate: null,
        leads: false,
        reference: false,
        words: `${monthOfElections[0]} … ${electionDay[0]}`,
      },
    ];
  else if (byElection && electionDate)
    mentions = [
      {
        start: byElection.index,
        end: byElection.index + byElection[0].length,
        date: electionDate,
        endDate: null,
        leads: byElection.index === 0,
        reference: false,
        words: byElection[0],
      },
    ];
  // ("On August 13, a bomb … Security services also acted in the north. The next month, police arrested eight …": the
  // month after the one told last.)
  const nextMonth = r.toldMonth !== null && !mentions[0]?.leads ? NEXT_MONTH.exec(sentence) : null;
  const month = nextMonth && r.toldMonth ? shiftMonths(r.toldMonth, 1) : null;
  if (nextMonth && month?.startsWith(String(report.year)))
    mentions = [
      {
        start: 0,
        end: nextMonth[0].length,
        date: month,
        endDate: null,
        leads: true,
        reference: false,
        words: nextMonth[0],
      },
      ...mentions,
    ];
  // "…, killing seven and wounding 53; one of the wounded died in hospital in early January", "three civilians were
  // killed (two more died of their wounds in December)": the day a victim of the event died later is no event of its
  // own; the event's day stays the sentence's.
  // (Only the wounded of the event, told so, with nothing after the day that tells an event of its own: "11 more died on
  // May 9 in a second blast in Ulma", "hostage Ann Roe died on May 20 after militants executed him" are events.)
  if (mentions.length > 1 && (sentence.includes('died') || sentence.includes('succumbed')))
    mentions = mentions.filter((m, i) => {
      if (i === 0) return true;
      const before = sentence.slice(Math.max(0, m.start - 80), m.start);
      return !(
        LATER_DEATH_BEFORE.test(before) &&
        OF_WOUNDS.test(before) &&
        !NEW_EVENT_AFTER.test(sentence.slice(m.end, m.end + 60))
      );
    });
  // ("On August 23, the Air Force said that an air strike on Taye on August 19 had killed three commanders": the day a
  // statement was made is no event's; the event is the day it tells.)
  const [said, told] = mentions;
  if (
    said &&
    told &&
    said.leads &&
    !told.reference &&
    STATEMENT_THEN_EVENT.test(sentence.slice(said.end, told.start)) &&
    (/\bhad\s+(?:been\s+)?\w+ed\b/.test(sentence.slice(said.end, told.end + 60)) ||
      // ("On June 6, police announced the arrest of Ann Roe, who was captured on June 2 …": the same, told by a noun,
      // in one clause; not "… announced the arrest of five men, and on June 9 police killed …".)
      (ANNOUNCED_ARREST.test(sentence.slice(said.end, told.start)) &&
        !/,\s+(?:and|but|while)\s|;/.test(sentence.slice(said.end, told.start))))
  )
    mentions = mentions.slice(1);
  // "In January, police arrested X … at the airport on January 12": the day refines the month it opened with.
  // ("In October, … on October 9 and 12": the month opens both days.)
  const [monthOnly, day, third] = mentions;
  const andDay =
    third !== undefined &&
    mentions.length === 3 &&
    day !== undefined &&
    third.date.length === 10 &&
    third.date.startsWith(day.date.slice(0, 7)) &&
    sentence.slice(day.end, third.start) === ' and ';
  if (
    (mentions.length === 2 || andDay) &&
    monthOnly &&
    day &&
    monthOnly.date.length === 7 &&
    !monthOnly.endDate &&
    !monthOnly.reference &&
    !day.reference &&
    // (A span of days refines it only in brackets right after it: "in early November (November 3-4)".)
    (!day.endDate || /^\s*\($/.test(sentence.slice(monthOnly.end, day.start))) &&
    day.date.length === 10 &&
    day.date.startsWith(monthOnly.date) &&
    // (Not a day of what the event led to: ", prompting thousands to march in Korvel on November 11".)
    !/[;:]|,\s+(?:and|while|but|whereas|prompting|leading|sparking|causing|triggering|which)\s|\s(?:and|then) (?:on|in)\s/.test(
      sentence.slice(monthOnly.end, day.start),
    )
  )
    mentions = [{ ...day, start: monthOnly.start, leads: monthOnly.leads }, ...mentions.slice(2)];
  else if (
    monthOnly &&
    day &&
    monthOnly.date.length === 7 &&
    !monthOnly.endDate &&
    !monthOnly.reference &&
    day.date.length === 10 &&
    day.date.startsWith(monthOnly.date) &&
    ((COUNTED_THEN_TOLD.test(sentence.slice(monthOnly.end, day.start)) &&
      // (No toll told for them all before the colon: "three attacks in Tarn, killing 30 people: …" is a joint figure.)
      !HARM_WORD.test(sentence.slice(0, sentence.indexOf(':', monthOnly.end)))) ||
      // ("Attacks in Punjab in October left dozens dead: a bomber killed 31 … on October 1, and six days later …": the
      // same, told of events in the plural with no figure for them all.)
      framedMonth(sentence, monthOnly.end, day.start))
  )
    // "In December, the same base was targeted twice: a bomber killed 48 soldiers on December 10, and eight days later
    // …": the month the events are counted in, each told after the colon with its day.
    mentions = mentions.slice(1);
  // "launched an offensive in Tarn in late February; by March 30 the army said …", "Beginning May 2, troops …,
  // killing 40 by May 18", "Operation Sorra, launched on June 5, continued until June 22": the day a campaign is
  // told up to closes the period its first date opened (no event of its own).
  const [opening] = mentions;
  if (
    opening &&
    !opening.endDate &&
    !opening.reference &&
    !opening.aside &&
    (sentence.includes('by ') || sentence.includes('until ') || sentence.includes('till ')) &&
    CAMPAIGN_START.test(sentence)
  ) {
    const until = untilDay(sentence, opening, mentions, report.year);
    if (until) mentions = [{ ...opening, endDate: until.date }, ...mentions.slice(1).filter((m) => !until.covers(m))];
  }
  // "…, killing 30 people; three attackers were killed in the counterassault that ended the next day": the day an event
  // ended closes the period of the date before it (no event of its own).
  for (let i = 1; i < mentions.length; i += 1) {
    const [prior, end] = [mentions[i - 1], mentions[i]];
    if (
      prior &&
      end &&
      !prior.endDate &&
      prior.date.length === 10 &&
      end.date.length === 10 &&
      end.date > prior.date &&
      ENDED_ON.test(sentence.slice(Math.max(0, end.start - 40), end.start))
    ) {
      mentions = [...mentions.slice(0, i - 1), { ...prior, endDate: end.date }, ...mentions.slice(i + 1)];
      break;
    }
  }
  const lastTold = mentions.findLast((m) => !m.reference);
  if (lastTold) r.toldMonth = (lastTold.endDate ?? lastTold.date).slice(0, 7);
  // The day the sentence before told last (a relative day in this one counts from it), kept for one sentence.
  const lastDay = r.previousDay;
  // ("… cleared the sit-ins in Cairo on August 14. The ministry said 638 people were killed that day. Five days later,
  // militants stopped two minibuses …": kept over up to two sentences of the same passage that tell no day of their own.)
  // (Not over a sentence that opens a day of its own no date gives: "On election day, insurgents …".)
  // ("…; by September 30, police said they had arrested 15 suspects. On the same day, militants hurled grenades …": a
  // day told as a deadline is no day the next sentence counts from.)
  const deadline = (m: DateMention) => /\b[Bb]y\s+$/.test(sentence.slice(Math.max(0, m.start - 4), m.start));
  const dayTold = mentions.findLast((m) => !m.reference && !deadline(m));
  const keep =
    !dayTold &&
    mentions.every((m) => !m.reference && deadline(m)) &&
    lastDay !== null &&
    r.earlier.length > 0 &&
    r.previousDayAge < 2 &&
    !OWN_DAY_UNDATED.test(sentence);
  r.previousDay = dayTold && dayTold.date.length === 10 && !dayTold.endDate ? dayTold.date : keep ? lastDay : null;
  r.previousDayAge = keep ? r.previousDayAge + 1 : 0;
  // ("On August 5, a fire broke out in an apartment in Antalya …. The following day, police in Diyarbakir arrested …": a
  // day the sentence before told counts, though it told no event.)
  const relativeAt =
    (r.open !== null || lastDay !== null || r.electionDay !== null) && !mentions[0]?.leads
      ? RELATIVE_DAY.exec(sentence)
      : null;
  // ("The day after the election, …", "Ten days after the vote, …": counted from the chapter's day of elections, where
  // it gives one, with or without a story before.)
  const byTheElection =
    relativeAt !== null &&
    r.electionDay !== null &&
    /\b(?:after|before)(?: the)?$/i.test(relativeAt[0]) &&
    ELECTION_NEXT.test(sentence.slice(relativeAt.index + relativeAt[0].length));
  // "A week later, on August 31, …", "Two days after the bombings, on March 13, …": the day is written out; the
  // words before it only count to it.
  // ("Three weeks later, on Saturday, May 2", "A week later, on the evening of June 9": the day is written out,
  // and opens the sentence as much as the words before it.)
  const first = mentions[0];
  const writtenOut =
    first !== undefined &&
    LATER_OPENING.test(sentence.slice(0, first.start)) &&
    LEADS_TO_DAY.test(sentence.slice(LATER_OPENING.exec(sentence)?.[0].length ?? 0, first.start));
  if (first && writtenOut && !first.leads) mentions = [{ ...first, leads: true }, ...mentions.slice(1)];
  // ("On October 11, … Three days later, on the Eid al-Fitr holiday, a blast …": a holiday of the moon's calendar is
  // kept a day apart from one country to the next; the day the report counts to, within a day of it, is the event's.)
  const countedDay = first && writtenOut && ISLAMIC_DAY.test(first.words) ? countedTo(sentence, lastDay, first) : null;
  if (first && countedDay)
    mentions = [
      { ...first, date: countedDay, leads: true, words: sentence.slice(0, first.end).replace(/^\s+/, '') },
      ...mentions.slice(1),
    ];
  // ("Less than a month later, another bomber struck the police station in Thenia (January 29), …": the day written in
  // brackets is the event's; the span counted from the story before only led to it.)
  const bracketedDay =
    mentions.length === 1 &&
    mentions[0] !== undefined &&
    mentions[0].date.length === 10 &&
    !mentions[0].reference &&
    sentence.charAt(mentions[0].start - 1) === '(' &&
    !/,\s+and\s|;/.test(sentence.slice(0, mentions[0].start));
  const relative =
    relativeAt &&
    !bracketedDay &&
    // ("In the following days, four of the wounded died.": more of the story's dead, no event of its own.)
    !STORY_TOLL_ONLY.test(sentence) &&
    !(
      mentions[0] &&
      (mentions[0].start <= phraseEnd(sentence, relativeAt[0].length) + 8 ||
        LEADS_TO_DAY.test(sentence.slice(phraseEnd(sentence, relativeAt[0].length), mentions[0].start)))
    )
      ? relativeAt
      : null;
  // "Army commandos ended the siege the next morning, killing five attackers": an undated sentence that tells
  // an event of its own on a day counted from the story's date, wherever the day stands in it.
  const story = r.open?.clause;
  // "Authorities arrested the mayor three days later, and … from December 4 to 12": a day counted from the
  // story before the sentence's own dates.
  // (Counted, as a relative day is, from the day the sentence before told last: "…dealt AQI a blow on April 18,
  // when … AQI responded five days later" is April 23.)
  const laterFrom = lastDay ?? r.open?.mention.date;
  // (Or from the day the sentence before told, though it told no event: "On October 18, Bhutto returned from exile. Her
  // procession in Karachi was attacked that night by two bombers".)
  const laterAt =
    !relative && (r.open !== null || lastDay !== null) && laterFrom ? findLater(sentence, laterFrom) : null;
  const later =
    laterAt &&
    !bracketedDay &&
    (mentions.length === 0 ||
      ((mentions[0]?.start ?? 0) - (laterAt.index + laterAt.words.length) > 8 &&
        !LEADS_TO_DAY.test(sentence.slice(laterAt.index + laterAt.words.length, mentions[0]?.start ?? 0)))) &&
    classifyIncident(sentence) &&
    // ("The blasts killed more than 80 people …; ISIS-K claimed responsibility … the same day": the story's toll,
    // told with a claim that day, is no event of its own.)
    !(laterAt.days === 0 && GOES_ON_TELLING.test(sentence)) &&
    // ("Police revised the toll to four dead the following week after two of the wounded died": the day of a
    // statement about the event, no event of its own.)
    !TOLL_REVISED_BEFORE.test(sentence.slice(Math.max(0, laterAt.index - 60), laterAt.index)) &&
    // ("…, and a police conscript wounded on the first day died of his injuries in a Cairo hospital a week later": the
    // day a victim died, no event of its own.)
    !DIED_BEFORE.test(sentence.slice(Math.max(0, laterAt.index - 80), laterAt.index)) &&
    !TOLL_REVISED_AFTER.test(
      sentence.slice(laterAt.index + laterAt.words.length, laterAt.index + laterAt.words.length + 60),
    )
      ? laterAt
      : null;
  // (A day counted in this sentence is no sentence without a day: the day kept over is let go.)
  if (keep && (relative !== null || later !== null || laterAt !== null || RELATIVE_DAY.test(sentence))) {
    r.previousDay = null;
    r.previousDayAge = 0;
  }
  // Told before the story's event ("earlier that day"), an event is not placed by the story.
  const counted =
    ((relative !== null || later !== null) &&
      !/\b(?:earlier|previous|preceding|prior|before)\b/i.test(relative?.[0] ?? later?.words ?? '')) ||
    (writtenOut && r.open !== null && !/^[^,]*\bearlier\b/i.test(sentence));
  if (later && laterFrom) {
    // "In separate raids in Semarang later that month, …": the story's month, no day told.
    // ("In late May, a rocket struck Mirta, killing two. A week later, a roadside bomb …": counted from a month, the
    // month is all that is known.)
    const date =
      /\b(?:that|in the) month\b/i.test(later.words) || laterFrom.length === 7
        ? laterFrom.slice(0, 7)
        : shiftDays(laterFrom, later.days);
    if (date !== null) {
      mentions = [
        {
          start: later.index,
          end: later.index + later.words.length,
          date,
          // ("… during the same two days": the story's days, to its last.)
          endDate: SAME_PERIOD.test(later.words) ? (r.open?.endDate ?? r.open?.mention.endDate ?? null) : null,
          leads: true,
          reference: false,
          words: r.open ? `${r.open.mention.words} … ${later.words}` : later.words,
        },
        ...mentions,
      ];
    }
  }
  // ("…; Ansarul Islam claimed responsibility on December 20. Five days after the attack, soldiers …": a day counted
  // from the event named, the story's, not from the claim told last.)
  // ("Eight days after the Tarn bombing, …": the same, from the story that named it.)
  // ("…; the climbers were released on July 20. The next morning, the day after the kidnapping, gunmen …": the
  // aside names the event counted from.)
  const afterRelative = relativeAt ? sentence.slice(relativeAt.index + relativeAt[0].length) : '';
  const namedAside = DAY_AFTER_NAMED_ASIDE.exec(afterRelative);
  const afterTheEvent =
    relativeAt !== null &&
    ((/\bafter (?:the|that|this)$/i.test(relativeAt[0]) &&
      (AFTER_THE_EVENT.test(afterRelative.slice(0, 40)) || DAYS_AFTER_NAMED.test(sentence))) ||
      (namedAside !== null &&
        AFTER_THE_EVENT.test(afterRelative.slice(namedAside[0].length, namedAside[0].length + 40))));
  // ("Two days after the siege ended, police arrested …": counted from the story's last day, where it told one.)
  const fromEnd =
    relativeAt !== null && /\bafter (?:the|that|this)$/i.test(relativeAt[0]) && ENDED_AFTER.test(afterRelative)
      ? (r.open?.endDate ?? r.open?.mention.endDate ?? null)
      : null;
  const relativeFrom = byTheElection
    ? r.electionDay
    : (fromEnd ?? (afterTheEvent ? (r.open?.mention.date ?? lastDay) : (lastDay ?? r.open?.mention.date)));
  if (relative && relativeFrom) {
    // "Later that day" and "the same day" are the day itself; "Five days later" counts on five.
    // "Later that month" is the story's month; "The following week" counts on seven days.
    // "…claimed responsibility in a video released on March 31. That same day, two bombers struck …": counted
    // from the day the sentence before told last, where it told one.
    const from = relativeFrom;
    // "In the following weeks", "Days later": some day of the story's month, not a day told.
    // "A month later", "Two months later": the month counted on, no day told.
    const months = /\bmonths? later\b/i.test(relative[0]) ? monthsLater(relative[0]) : null;
    // ("Four days after the vote, gunmen …": counted from an event the text gives no day of; its month is all that
    // is known.)
    // (Where the sentence before tells the occasion with its day, "Presidential elections were held on May 14. Two days
    // after the elections, …", the day counts from it.)
    const anchor = UNDATED_ANCHOR.exec(
      sentence.slice(relative.index + relative[0].length, relative.index + relative[0].length + 30),
    );
    const anchorWord = (anchor?.[0].trim().split(/\s+/).pop() ?? '').replace(/s$/i, '');
    const previous = r.earlier[r.earlier.length - 1] ?? '';
    const undatedAnchor =
      /\bafter (?:the|that|this)$/i.test(relative[0]) &&
      anchor !== null &&
      !(anchorWord !== '' && previous.toLowerCase().includes(anchorWord.toLowerCase()) && ANY_MONTH.test(previous));
    // ("The day after President Tal's inauguration, a bomber …", "The day after Christmas, …": counted from a day of its
    // own that the story has not told; only the year is known.)
    // (Not where the story has just told the event named, with its day: "On May 3, police arrested Ali Tessa. The day
    // after Tessa's arrest, …" counts from May 3; "The day after Tessa's funeral" names an occasion the story never
    // dated, and a holiday is no event of the story.)
    const after = sentence.slice(relative.index + relative[0].length);
    // ("Tarn's market bombing": the noun after a word or two of what was hit.)
    const named = /^\s+((?:[A-Z][a-z]{2,})(?:\s+[A-Z][a-z]{2,})*)(?:['’]s\s+((?:[a-z]+\s+){0,2}[a-z]+))?/.exec(after);
    const namedWord = named?.[1]?.split(/\s+/).pop();
    const toldEvent =
      named !== null &&
      namedWord !== undefined &&
      from.length === 10 &&
      !HOLIDAY_WORD.test(named[1] ?? '') &&
      (named[2] === undefined || TOLD_EVENT_NOUN.test(named[2])) &&
      r.drafts.slice(-3).some((d) => new RegExp(`\\b${namedWord}\\b`).test(d.clause));
    const fromNamed = /\bafter$/i.test(relative[0]) && COUNTED_FROM_NAMED.test(after) && !toldEvent;
    // ("Ten days after the election, a suicide bomber …": counted from the day of the elections the chapter tells, `from`.)
    // (And a day counted on from such a day: the year again.)
    const date = byTheElection
      ? shiftDays(
          from,
          daysLater(relative[0], from) ??
            (/\bday before\b/i.test(relative[0]) ? -1 : /\bday after\b/i.test(relative[0]) ? 1 : 0),
        )
      : fromNamed || from.length === 4
        ? from.slice(0, 4)
        : undatedAnchor
          ? from.slice(0, 7)
          : months !== null
            ? shiftMonths(from.slice(0, 7), months)
            : /\bmonth\b|^(?:(?:over|in|during|within) the (?:next|following|ensuing) (?:\w+ )?weeks|(?:days|weeks) later)\b/i.test(
                  relative[0],
                )
              ? from.slice(0, 7)
              : // ("In mid-December, troops killed two militants …. The following day, a roadside bomb …": a day
                // counted from a month told alone is in that month, no day known; "In late May, … A week later, a
                // roadside bomb …" too.)
                from.length === 7 && /\b(?:days?|morning|evening|night|afternoon|weeks?)\b/i.test(relative[0])
                ? from
                : shiftDays(
                    from,
                    // ("Shortly after midnight, a suicide bomber struck a market in Orsk": the night ran into the next day.)
                    daysLater(relative[0], from) ??
                      (/\b(?:next|following|day after|after midnight)\b/i.test(relative[0]) ? 1 : 0),
                  );
    // ("Nine days later, 13 bombs ripped through Guwahati … on October 30": the day counted to is the day written; one
    // event, told by the written day.)
    const [written] = mentions;
    if (date !== null && mentions.length === 1 && written && written.date === date && !written.reference)
      mentions = [{ ...written, leads: true }];
    else if (date !== null) {
      // (The words name the day counted from: "The day after Christmas".)
      const occasion = fromNamed ? (/^[^,;]{1,60}?(?=[,;])/.exec(sentence.slice(relative[0].length))?.[0] ?? '') : '';
      // ("Over the following three days, security forces killed 12 militants": the days counted, to the last.)
      const span = DAYS_SPAN_COUNTED.exec(relative[0]);
      const days = span?.[1] ? parseNumber(span[1]) : null;
      const endDate = days !== null && days > 1 && date.length === 10 ? shiftDays(date, days - 1) : null;
      mentions = [
        {
          start: 0,
          end: relative[0].length + occasion.length,
          date,
          endDate,
          leads: true,
          reference: false,
          words: relative[0] + occasion,
        },
        ...mentions,
      ];
    }
  }
  return { mentions, relative, later, counted, story };
}

/** An event of its own told in `sentence` on the day of `story`, the words `said` telling it is that day's. */
function onTheStoryDay(r: Reader, story: Draft, sentence: string, said: string, kind: IncidentKind): Draft {
  return {
    sectionId: r.sectionId,
    passageId: r.passageId,
    mention: { ...story.mention, words: `${story.mention.words} … ${said}`, reference: false, leads: false },
    endDate: null,
    kind,
    clause: sentence,
    sentences: [own(sentence, sentence)],
    further: [],
  };
}

/**
 * A sentence with no date of its own: a new story, an event on the story's day or counted back from it, the story
 * told on (its figures), the event of a day told as a header, or the figures of an event named by its label.
 */
// Strikes told as the forces' reply to the attack before: "U.S. attack helicopters and artillery responded, killing four
// militants", "In response, the army launched air strikes on militant positions, killing 12 fighters".
const STRIKES_IN_REPLY =
  /^(?:[A-Z][\w.'’-]*\s+){0,3}(?:[a-z-]+\s+){0,2}(?:aircraft|warplanes|jets|helicopters|gunships|drones|artillery)\b[^.;]{0,60}?\b(?:responded|retaliated|struck back)\b|^In (?:response|retaliation)(?:\s+(?:to|for)\s+[^,.;]{1,60})?,\s+[^.;]{0,80}?\b(?:air ?strikes?|air raids?|drone strikes?|shelled|bombed|bombarded)\b|^(?!(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Front|Brigades?|Movement|Group|Taliban|Hamas|Hizballah|Hezbollah|ISIS|ISIL|al-Shabaab|Boko Haram|[Mm]ilitants|[Ii]nsurgents|[Rr]ebels|[Ff]ighters)\b)(?:(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}(?:forces|military|army|air force|troops)|[A-Z][a-z]+)\s+(?:responded|retaliated)\s+with\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes|strikes|air raids)\b(?![^.;]{0,80}\bof the (?:attackers|assailants|gunmen|militants)\b)/;

function readUndated(r: Reader, sentence: string, header: DateMention | null): void {
  const { report, book, drafts, sectionId, passageId } = r;
  // "On August 7, three separate attacks struck Tarn. A truck bomb in Ulma shortly after midnight killed 15 …": each
  // of the events the story counts, told in a sentence of its own, is a record of its own on the story's day; the
  // count itself is kept only where a toll is told for it.
  const counted =
    r.open !== null &&
    ONE_OF_SEVERAL.test(sentence) &&
    (r.open.kind === 'attack' || r.open.kind === 'clash') &&
    SEVERAL_TOLD.test(r.open.clause) &&
    !HARM_WORD.test(r.open.clause) &&
    HARM_WORD.test(sentence) &&
    // (Not an event of another year told for comparison: "An attack on a Tarn mosque in 2013 killed 40".)
    !anotherYear(sentence, report.year)
      ? classifyIncident(sentence)
      : null;
  if (r.open !== null && (counted === 'attack' || counted === 'clash')) {
    // ("A missile hit a parade at Jala camp, killing 36 people, and a car bomb struck a police station in Othman,
    // killing 13": two of the events counted, told in one sentence, each a record.)
    const parts = splitThen(sentence, 0, r.book.places);
    for (const part of parts.length > 1 ? parts : [sentence])
      drafts.push({
        sectionId,
        passageId,
        mention: { ...r.open.mention, leads: false, reference: false },
        endDate: null,
        kind: parts.length > 1 ? (classifyIncident(part) ?? counted) : counted,
        clause: part,
        sentences: [own(sentence, part)],
        further: [],
        story: r.open.clause,
      });
    r.open.tentative = true;
    return;
  }
  // "On August 24, militants fired rockets at two bases …. U.S. attack helicopters and artillery responded, killing four
  // suspected militants": strikes the forces made in reply are a clash of their own on the story's day (returning fire
  // at the scene is the attack's own fight: "Troops returned fire, killing three attackers").
  if (
    r.open !== null &&
    r.open.kind === 'attack' &&
    STRIKES_IN_REPLY.test(sentence) &&
    HARM_WORD.test(sentence) &&
    // (Any event the sentence tells: "attack helicopters" may read as an attack; the reply is the forces'.)
    classifyIncident(sentence) !== null
  ) {
    drafts.push({
      sectionId,
      passageId,
      mention: { ...r.open.mention, leads: false, reference: false },
      // (Over the days the attack was told over: "From May 3 to 6, … fired 690 rockets …. Israel responded with strikes …".)
      endDate: r.open.endDate,
      kind: 'clash',
      clause: sentence,
      sentences: [own(sentence, sentence)],
      further: [],
      story: r.open.clause,
    });
    return;
  }
  // ("A suicide bomber blew himself up at a checkpoint in Tarn. There were no other casualties.": the bomber's story
  // goes on, where the sentence before told his own death; after any other sentence, a new story.)
  if (NEW_STORY.test(sentence) && !storyTotal(sentence, r.open) && !othersDenied(sentence, r)) r.open = null;
  // ("…, the deadliest of which, two bombs in Tarn, killed 37 people. The day's attacks killed more than 70 people in
  // all.": a total of the story and others with it, where the story told its own toll, is added to none.)
  if (r.open && SEVERAL_TOTAL.test(sentence) && storyWords(r.open).some((s) => HARM_WORD.test(s))) r.open = null;
  // ("… killed the group's deputy leader in Selvo. In the first half of the year, attacks killed 88 people, compared with
  // 140 in the same period of 2013.": a count over a span of the year is no toll of the story before it.)
  if (r.open && YEAR_LONG.test(sentence) && HARM_WORD.test(sentence)) r.open = null;
  // ("… killing three worshippers as well as themselves. In the rioting that followed the Karachi attack, a mob set fire
  // to a restaurant, where six employees died.": what came of the attack, told as an event of its own, adds nothing to
  // its toll.)
  if (r.open && AFTERMATH.test(sentence)) r.open = null;
  // ("On June 4, militants bombed a bridge near Tessa, and on June 9 they attacked a barracks in Ulma. The two attacks
  // left 23 soldiers dead.", "… More than 40 people were injured in the two blasts.": a toll of events of several days
  // together is put on none of them.)
  // (Not where the story itself told several: "The following day, two car bombs exploded minutes apart in Darlo. Eleven
  // people died in the two blasts.")
  if (r.open && JOINT_EVENTS.test(sentence) && !SEVERAL_EVENTS_TOLD.test(r.open.clause) && daysOfPassage(r).size >= 2)
    r.open = null;
  // ("… killed the principal and a teacher. Following the killings, police detained more than 500 people": what came
  // after several events, told after one of them, belongs to none; not after a story of several itself: "On May 3,
  // two bombs exploded …. Following the bombings, police arrested 12".)
  if (
    r.open &&
    AFTER_SEVERAL.test(sentence) &&
    // (Of the story's own clause: "… claimed responsibility for several of the killings" after it tells others.)
    !SEVERAL_EVENTS_TOLD.test(r.open.clause) &&
    !COUNTED_EVENTS.test(r.open.clause)
  )
    r.open = null;
  // "Police arrested the suspect 36 minutes after the first call", "Minutes before the attack, the gunman
  // e-mailed a manifesto": an arrest or a threat told minutes or hours from the story's event is an event of
  // its own on the story's day.
  const sameDay = r.open !== null ? SAME_DAY.exec(sentence) : null;
  const thenAnother = r.open !== null && sentence.includes(' then ') ? THEN_ANOTHER_ATTACK.exec(sentence) : null;
  const sameDayKind = sameDay ? classifyIncident(sentence) : null;
  const overDays = r.open !== null && r.open.mention.date.length === 10 ? OVER_NEXT_DAYS.exec(sentence) : null;
  // "The killings came five days after security forces cleared two sit-ins in Cairo, in which hundreds were
  // killed": an earlier event told in its own words, counted back from the story's day.
  const came = r.open !== null && sentence.includes(' after ') ? CAME_DAYS_AFTER.exec(sentence) : null;
  const cameDays = came?.[1] ? parseNumber(came[1]) : null;
  const cameFrom = r.open !== null && cameDays !== null ? shiftDays(r.open.mention.date, -cameDays) : null;
  const cameClause = came ? sentence.slice(came.index + came[0].length) : '';
  const cameKind = cameFrom !== null ? classifyIncident(cameClause) : null;
  // ("That attack came two days after a bus bombing in Ulma killed 18" on January 1: an event of the year before is no
  // record, nor its toll the story's.)
  if (r.open && came && cameFrom && cameKind && !cameFrom.startsWith(String(report.year))) {
    r.open.sentences.push(sentence);
  } else if (r.open && came && cameFrom && cameKind) {
    const draft: Draft = {
      sectionId,
      passageId,
      mention: {
        start: came.index,
        end: came.index + came[0].length,
        date: cameFrom,
        endDate: null,
        leads: false,
        reference: false,
        words: `${r.open.mention.words} … ${came[0].trim()}`,
      },
      endDate: null,
      kind: cameKind,
      clause: cameClause,
      sentences: [own(sentence, cameClause)],
      further: [],
    };
    drafts.push(draft);
    r.open.sentences.push(sentence);
  } else if (
    r.open &&
    sameDay &&
    (sameDayKind === 'arrest' || sameDayKind === 'threat') &&
    sameDayKind !== r.open.kind &&
    // ("Police arrested him at the scene within minutes": taken at the scene, the attack's own arrest.)
    !(sameDayKind === 'arrest' && AT_THE_SCENE.test(sentence))
  ) {
    drafts.push(onTheStoryDay(r, r.open, sentence, sameDay[0], sameDayKind));
  } else if (r.open && r.open.kind === 'attack' && r.open.mention.date.length === 10 && thenAnother) {
    // "… a bomb on a bus killed 14 students. Militants then attacked the hospital where the wounded had been taken,
    // killing 11 more people": a second attack the same day, with its own toll, is a record of its own.
    const next = onTheStoryDay(r, r.open, sentence, thenAnother[1] ?? '', 'attack');
    drafts.push(next);
    r.open = next;
  } else if (
    r.open &&
    r.open.kind === 'attack' &&
    r.open.mention.date.length === 10 &&
    sentence.includes(' then ') &&
    THEN_WENT_ON.test(sentence) &&
    elsewhere(sentence, r.open, book.places)
  ) {
    // "… in Oslo, killing eight people. Dressed as a police officer, he then drove to Utoya, where he shot and killed 69
    // people": the attacker gone on to another place and killing there, an attack of its own on the story's day.
    const next = onTheStoryDay(r, r.open, sentence, THEN_WENT_ON.exec(sentence)?.[0] ?? '', 'attack');
    drafts.push(next);
    r.open = next;
  } else if (r.open && overDays && r.open.kind !== 'arrest' && classifyIncident(sentence) === 'arrest') {
    // "Security forces arrested 11 suspects in the area over the next three days": arrests after the story's day, an
    // event of their own from the day after it.
    const days = parseNumber(overDays[1] ?? '') ?? 1;
    const from = shiftDays(r.open.mention.date, 1);
    if (from !== null)
      drafts.push({
        sectionId,
        passageId,
        mention: {
          ...r.open.mention,
          date: from,
          words: `${r.open.mention.words} … ${overDays[0]}`,
          reference: false,
          leads: false,
        },
        endDate: days > 1 ? shiftDays(r.open.mention.date, days) : null,
        kind: 'arrest',
        clause: sentence,
        sentences: [own(sentence, sentence)],
        further: [],
        story: r.open.clause,
      });
  } else if (
    r.open &&
    (r.open.kind === 'attack' || r.open.kind === 'clash') &&
    // (After a story that told harm done: arrests after a raid told alone are the raid's own, "Police raided a farmhouse
    // outside Tarn. Officers arrested six men and seized explosives.")
    HARM_WORD.test(r.open.clause) &&
    ARREST_TOLD_APART.test(sentence) &&
    !HARM_WORD.test(sentence) &&
    !LATER_ARREST.test(sentence) &&
    // (Not arrests told with a day or a year of their own: "Police arrested a suspect on January 2, 2015.")
    !ANY_MONTH_OR_YEAR.test(sentence) &&
    // (Not the attackers themselves: "Both attackers were arrested at the scene", "Police arrested the gunman".)
    !ATTACKERS_TAKEN.test(sentence) &&
    // (Nor those taken in the raid itself: "LAF units raided two camps in Arsal, …, killing a girl. More than 350 people
    // were detained in the operation.")
    !(
      r.open.kind === 'clash' &&
      IN_THE_RAID.test(sentence) &&
      !elsewhere(sentence, r.open, book.places) &&
      !/\b(?:that followed|which followed|(?:following|after) the (?:raid|operation|sweep|offensive|assault|attack)|subsequent|follow-up|later)\b/i.test(
        sentence,
      )
    ) &&
    classifyIncident(sentence) === 'arrest'
  ) {
    // "… killed the group's leader in a shootout in Tarn. Police arrested two other suspects at the scene.": arrests
    // told in a sentence of their own after a killing or a fight are an arrest of their own on the story's day (not
    // the story's figure, as "… 29 of the attackers were killed and three were captured" is).
    const said = ARREST_TOLD_APART.exec(sentence)?.[0].trim() ?? '';
    drafts.push({ ...onTheStoryDay(r, r.open, sentence, said, 'arrest'), story: r.open.clause });
  } else if (r.open && tellsFirstAndSecond(sentence, drafts, r.passageFirst, r.open)) {
    // "On June 3, militants attacked a convoy near Ulma. The following week, on June 10, a bomb exploded in Sorra. The
    // first attack killed six police officers; the second killed 13 civilians": each toll goes to its own event.
  } else if (
    r.open &&
    toldBySiteElsewhere(sentence, drafts.slice(Math.max(r.passageFirst, drafts.length - 6)), r.open)
  ) {
    // "… Two days later, a bomber attacked a mosque in Ruska, killing five. The hotel blast also wounded 46 people.":
    // figures of the event named by its site go to that one, not to the story told last.
  } else if (
    r.open &&
    r.open.mention.date.length === 10 &&
    (r.open.kind === 'attack' || r.open.kind === 'clash') &&
    ANOTHER_EVENT.test(sentence) &&
    elsewhere(sentence, r.open, book.places) &&
    HARM_WORD.test(sentence)
  ) {
    // "On February 6, a suicide bomber killed nine people at a mosque in Zeffa. Another bomber struck a market in Lirro,
    // killing four.": another event, told with a place of its own, is a record of its own on the story's day; its toll
    // is not the story's.
    const kind = classifyIncident(sentence);
    if (kind === 'attack' || kind === 'clash') {
      const next = onTheStoryDay(r, r.open, sentence, ANOTHER_EVENT.exec(sentence)?.[0] ?? '', kind);
      drafts.push(next);
      r.open = next;
    } else r.open = null;
  } else if (r.open && OPENS_ELSEWHERE.test(sentence) && elsewhere(sentence, r.open, book.places)) {
    // ("… killed Ali Tessa and two others on Ulma's outskirts. In Sorra, security forces killed 11 militants in two
    // operations in late summer.": an event of another place, told with a subject and a verb of its own, ends the
    // story; its toll is not the story's.)
    r.open = null;
  } else if (r.open) {
    r.open.sentences.push(sentence);
    // "The ensuing battle lasted until September 2, when the army took the camp": the day the story ended (a
    // day after "until" is no date of an event of its own).
    if (r.open.endDate === null && (sentence.includes('lasted') || sentence.includes('continued')))
      r.open.endDate = lastedUntil(sentence, r.open.mention, report.year) ?? null;
    // "The attacks followed the September 17, 2008 assault on the embassy, which killed 19": figures of an
    // event dated in another year are not the story's.
    const otherYear = OTHER_YEAR.exec(sentence);
    // "More than 10,000 people died in violence across Nigeria in 2021": a count for the year is no toll of it.
    // "No one was killed in the blast, but the attack triggered reprisals": the toll told before what the event
    // set off is the event's own.
    // (What it set off is no count for the year either: "…, but the attack triggered reprisals across the
    // country".)
    const setOff = SET_OFF.exec(sentence);
    // ("The blasts killed 23 people; the attack followed the July 2005 bombings in Sharm el-Sheikh, which killed
    // 88": the clauses before the one that names the other year are the story's.)
    // ("At least 121 people were killed, making it the deadliest attack since the October 14, 2017, truck bomb": the
    // words before the ranking are the story's.)
    const ranked = otherYear ? RANKED_SINCE.exec(sentence) : null;
    const ownPart =
      otherYear && Number(otherYear[1]) !== report.year
        ? ranked && ranked.index < otherYear.index
          ? sentence.slice(0, ranked.index)
          : sentence.slice(0, Math.max(0, sentence.lastIndexOf(';', otherYear.index)))
        : sentence;
    const told = setOff && setOff.index < ownPart.length ? sentence.slice(0, setOff.index) : ownPart;
    // ("More than 20 other people were arrested in connection with the failed attacks by the end of the year": a count up
    // to the year's end is no figure of the story either.)
    if (
      told &&
      !YEAR_COUNT.test(told.includes('since ') ? told.replace(SINCE_BEGAN, ' ') : told) &&
      // (Not the story's own toll revised by then: "The death toll rose to 292 by the end of the month.")
      (!RUNNING_TOTAL.test(told) || tollRoseAlone(told))
    )
      placedSibling(r.open, sentence, drafts, book.places).further.push(told);
  } else {
    const headed = header ? splitThen(sentence) : [];
    const headedKinds = headed.map((part) => classifyIncident(part));
    if (header && headedKinds[0]) {
      for (const [j, part] of headed.entries()) {
        const kind = headedKinds[j] ?? headedKinds[0];
        const draft: Draft = {
          sectionId,
          passageId,
          mention: { ...header, leads: true, reference: false },
          endDate: null,
          kind,
          clause: part,
          sentences: [own(sentence, part)],
          further: [],
        };
        drafts.push(draft);
        if (j === 0) r.open = draft;
      }
      return;
    }
    // "Official figures on the Westgate attack listed 65 civilians …": figures of an event named by its
    // label, told apart from it, go to the record that names it.
    // (Not what came of it: "In the rioting that followed the Karachi attack, … six employees died".)
    const told = AFTERMATH.test(sentence) ? null : toldByLabel(sentence, drafts);
    // Its figures, not its words: the record's text stays the sentences of its own passage.
    if (told) told.further.push(sentence);
  }
}

const ANY_MONTH_OR_YEAR =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2})\b/;
const ATTACKERS_TAKEN =
  /\b(?:arrested|detained|apprehended|captured)\s+(?:him|her|them|(?:the|both|all|an?|(?:one|two|three|some|several|all) of the)\s+(?:[\w-]+\s+)?(?:attackers?|gunm[ae]n|bombers?|assailants?|perpetrators?|hijackers?|shooters?|suspect\b(?!s)))|^(?:The|An?|One|Both|All|Two|Three|Four)\s+(?:[\w-]+\s+){0,2}?(?:attackers?|gunm[ae]n|(?:suicide )?bombers?|assailants?|perpetrators?|hijackers?|shooters?)\b|^(?:He|She|They)\s/i;
// An arrest told as a sentence's own act: "Police arrested two other suspects at the scene", "Six other militants were
// arrested in the Tarn operation", "Local residents apprehended three suspects".
// The raid or operation a sentence after it names as where its arrests were made: "in the operation", "during the raid".
const IN_THE_RAID = /\b(?:in|during) (?:the|that|this) (?:same )?(?:operation|raids?|sweep|offensive|assault)\b/i;
const ARREST_TOLD_APART =
  /^(?:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,3}?(?:arrested|detained|apprehended|captured)\s+(?!(?:by|in|at|on|during|included?|includes|were|was|are|is)\b)|^(?:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,3}?(?:were|was)\s+(?:also\s+)?(?:arrested|detained|apprehended|captured)\b/;

// A sentence that opens in a place and tells an act of its own there: "In Sorra, security forces killed 11 militants …".
const OPENS_ELSEWHERE =
  /^In (?:the )?[A-Z][^,;.]{0,40},\s+(?:[\w'’-]+\s+){1,4}?(?:killed|attacked|ambushed|bombed|stormed|raided|shot|abducted|kidnapped|arrested|detained)\b/;

/**
 * A sentence with dates: one draft per dated clause and part ("…, and then …"), an aside its own event, and the
 * story the sentences after go on telling.
 */
const OWN_ATTACK_VERB =
  /\b(?:stormed|attacked|ambushed|bombed|raided|struck|opened fire|shot|detonated|exploded|fired|kidnapped|abducted|seized)\b/;
/** Whether a sentence of several events ends on an attack or a fight of a day of its own, told with no toll. */
function endsOnCountedAttack(made: readonly Draft[], told: readonly Draft[]): boolean {
  const last = made[made.length - 1];
  if (last === undefined || made.length < 2 || !told.includes(last)) return false;
  if (made.some((d) => d !== last && (d.mention.date === last.mention.date || d.clause === last.clause))) return false;
  // (Told with a verb of its own: not "claimed … three attacks in Garissa, and an attack in Wajir in September. Ten
  // individuals died in these other attacks".)
  if (!OWN_ATTACK_VERB.test(last.clause)) return false;
  // (A day counted from the one before, "three days later": one story told on; not "… and on March 12 militants
  // attacked the governor's office in Pelk. Security forces killed 11 militants in operations across the north".)
  if (!/\b(?:later|after|next|following)\b/i.test(last.mention.words)) return false;
  if (last.kind !== 'attack' && last.kind !== 'clash') return false;
  const { killed, wounded } = readCasualties(last.clause).figures;
  return killed === null && wounded === null;
}

function readDated(
  r: Reader,
  sentence: string,
  dates: DateMention[],
  counted: boolean,
  story: string | undefined,
  before: string,
): void {
  const { report, drafts, earlier, toldDates, sectionId, passageId } = r;
  let mentions = dates;
  // An aside ("a week after extremists set off an explosion that killed one of their own,") is its own
  // event up to the next comma, and no part of the event of the date it is counted from.
  // "troops rescued Ann Roe and her husband, who had been kidnapped by the group in Tessa in October, in an
  // operation in Lorn that killed three kidnappers": a date in a relative clause told in the past perfect dates
  // an earlier event, an aside from the relative word to the comma after the date.
  const relativeStart = new Map<DateMention, number>();
  const asideEnd = new Map<DateMention, number>();
  // ("beheaded Ann Roe, a hostage kidnapped from Tarn in May, in Bessa": a victim described by an earlier event,
  // the same.)
  const hadClause = sentence.includes(' had ');
  const takenClause = sentence.includes('kidnapped') || sentence.includes('abducted');
  if (mentions.length > 1 && (hadClause || takenClause)) {
    mentions = mentions.map((m, i) => {
      const previousEnd = mentions[i - 1]?.end;
      if (previousEnd === undefined || m.aside || m.leads) return m;
      const from = Math.max(previousEnd, m.start - 150);
      const told = sentence.slice(from, m.start);
      const relative =
        (hadClause ? PAST_PERFECT_RELATIVE.exec(told) : null) ?? (takenClause ? TAKEN_RELATIVE.exec(told) : null);
      if (!relative) return m;
      const marked = { ...m, aside: true };
      relativeStart.set(marked, from + relative.index + 1);
      return marked;
    });
  }
  // "After the April 11 bombings in Algiers, which killed 33 people, police arrested …": an event named by its day to date
  // another, told nowhere before in the report (neither its day nor its month), is an event of its own: the opening up
  // to its last comma.
  // ("Two days after the October 5 bombing in Kabul, in which …": the day named after the day counted from it.)
  const namedAt =
    !mentions[0]?.reference &&
    mentions[1]?.reference &&
    COUNTED_FROM_NEXT.test(sentence.slice(mentions[0]?.start ?? 0, mentions[0]?.end ?? 0))
      ? 1
      : 0;
  const namedFirst = mentions[namedAt];
  // Where the sentence's own events start being told, past an opening that names others by their days.
  let mainFrom = 0;
  const opening = namedFirst?.reference && !namedFirst.aside && mentions.length > 0 ? AFTER_EVENT.exec(sentence) : null;
  const openingEnd = opening ? sentence.lastIndexOf(',', opening.index + opening[0].length) : -1;
  if (
    namedFirst &&
    opening &&
    namedFirst.date.length === 10 &&
    namedFirst.end < openingEnd &&
    // (One event named, not two: "After the April 11 attack in Tarn and the April 14 attack in Ulma, which together …".)
    mentions.every((m, i) => i <= namedAt || m.start > openingEnd) &&
    !toldDates().has(namedFirst.date) &&
    !toldDates().has(namedFirst.date.slice(0, 7)) &&
    // (Not an event of another country: "Following the November 26 attacks in Tarn, India, which killed 166 people".)
    namesIn(sentence.slice(0, openingEnd), COUNTRY_NAMES).every((c) => c === report.country)
  ) {
    const marked = { ...namedFirst, aside: true };
    asideEnd.set(marked, openingEnd);
    mentions = [...mentions.slice(0, namedAt), marked, ...mentions.slice(namedAt + 1)];
  } else if (
    namedFirst?.reference &&
    !namedFirst.aside &&
    NAMES_EVENTS_FIRST.test(sentence.slice(0, namedFirst.start))
  ) {
    // "After the April 11 attack in Tarn and the April 14 attack in Ulma, police arrested …": several events named by
    // their days, each an event of its own up to the next "and the" (or ", the") (one told before is the same event
    // again), where the opening tells no toll of one of them.
    let count = 1;
    while (
      count < mentions.length &&
      /^[^,;]{0,60}?(?:,\s+(?:and\s+)?|\s+and\s+)the\s+$/.test(
        sentence.slice(mentions[count - 1]?.end ?? 0, mentions[count]?.start ?? 0),
      )
    )
      count += 1;
    const named = mentions.slice(0, count);
    const last = named[named.length - 1];
    // The opening ends at the first comma after the last; past ", which together killed 40," where one follows: a toll
    // of them together, on none of them nor on the event after the opening.
    const comma = last ? sentence.indexOf(',', last.end) : -1;
    const which = comma >= 0 && /^,\s+(?:which|where|in which|during which|that)\s/.test(sentence.slice(comma));
    const openingEnd = which ? sentence.indexOf(',', comma + 1) : comma;
    if (
      named.length > 1 &&
      comma >= 0 &&
      openingEnd >= comma &&
      named.every((m) => m.reference && m.date.length === 10) &&
      !/[;:]|\b(?:which|together|kill|wound|injur|dead|died|death)/i.test(sentence.slice(0, comma)) &&
      mentions.slice(count).every((m) => m.start > openingEnd) &&
      namesIn(sentence.slice(0, openingEnd), COUNTRY_NAMES).every((c) => c === report.country)
    ) {
      const marks = named.map((m, i) => {
        const marked = { ...m, aside: true };
        const next = named[i + 1];
        // (Each up to where the next one's "and the" or ", the" begins.)
        // (Searched in the words between the two only: linear however many the opening names.)
        const end = next
          ? m.end + sentence.slice(m.end, next.start).search(/(?:,\s+(?:and\s+)?|\s+and\s+)the\s+$/)
          : comma;
        asideEnd.set(marked, end);
        return marked;
      });
      mentions = [...marks, ...mentions.slice(count)];
      mainFrom = openingEnd + 1;
    }
  }
  const asides = mentions
    .filter((m) => m.aside)
    .map((m) => {
      const told = asideEnd.get(m);
      if (told !== undefined) return { mention: m, start: m.start, end: told };
      // (Up to the next comma, or a semicolon before it: "…had been killed on August 14; a general died in the raid".)
      // (Or past a toll told of it in a relative clause: "the previous day's shooting in Pella, which killed two
      // soldiers".)
      const first = sentence.indexOf(',', m.end);
      // ("arrested three suspects on January 17, two days after gunmen attacked a hotel in Kerno, killing 21 people": the
      // earlier event counted back, told with a verb of its own, takes the toll told of it after the comma.)
      const toll =
        first < 0
          ? null
          : (ASIDE_TOLL_AFTER.exec(sentence.slice(first)) ??
            // (Only where the sentence's own event is an arrest, which kills no one, and the one counted back an attack:
            // not "Gunmen stormed a hotel in Kerno on January 17, a day after forces raided a hideout in Velko, killing
            // 21 guests", nor "… two days after police arrested the group's leader, killing nine officers".)
            (!m.reference && COUNTED_BACK_WORDS.test(m.words) && ATTACK_VERB.test(sentence.slice(m.end, first))
              ? arrestOnlyBesides(sentence, m.start, first, ASIDE_PARTICIPLE_TOLL.exec(sentence.slice(first)))
              : null));
      const comma = toll ? first + toll[0].length : first;
      const semicolon = sentence.indexOf(';', m.end);
      const stop = semicolon >= 0 && (comma < 0 || semicolon < comma) ? semicolon : comma;
      // ("September 8 (two days after Batna): A car bomb …": an aside in brackets ends with them; what follows is the
      // day's own event.)
      const open = sentence.lastIndexOf('(', m.start);
      const close = open >= 0 && sentence.lastIndexOf(')', m.start) < open ? sentence.indexOf(')', m.end) : -1;
      const end = close >= 0 && (stop < 0 || close < stop) ? close : stop;
      return { mention: m, start: relativeStart.get(m) ?? m.start, end: end < 0 ? sentence.length : end };
    });
  // "Five days later, police cornered an organizer of the June 27 attacks, …": a date that names an event already
  // recorded, inside the clause of the date before it, is part of that clause and cuts it nowhere.
  // ("The May 11 national elections marked …": a date that names an election or a meeting dates no incident, and
  // cuts no clause.)
  const main = mentions.filter(
    (m, i) =>
      !m.aside &&
      // ("On October 29, a man who had entered France via Lampedusa in September attacked …": a day of what someone had
      // done before, told after the event's day, dates nothing and cuts no clause.)
      !doneBefore(sentence, m, i, mentions) &&
      // ("…, killing six officials; the mayor, seriously injured, died of his wounds in Qatar on August 1": the day a
      // victim of the event told died, no event of its own.)
      !(i > 0 && DIED_OF_WOUNDS_ON.test(sentence.slice(Math.max(0, m.start - 80), m.start))) &&
      // ("Following the July uprising in Lorn, police detained 23 nationals in Tarn on August 3": the event the sentence
      // opens after, named by its day, dates nothing where the sentence tells its own day.)
      // (A month only: a day named so is an event of the story, told before or not, whose clause is cut off as such.)
      !(
        m.reference &&
        m.date.length === 7 &&
        AFTER_NAMED_OPENING.test(sentence.slice(0, m.start)) &&
        mentions.some((other) => other.start > m.end && !other.reference)
      ) &&
      // ("…, a candidate in the municipal elections scheduled for February 8, in Janakpur": the day of what was
      // scheduled, told after the event's, dates nothing and cuts no clause.)
      // (Only where a comma closes the day: "scheduled for February 8 in Ulma" is where the vote was to be.)
      !(
        i > 0 &&
        sentence.charAt(m.end) === ',' &&
        SCHEDULED_FOR_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start))
      ) &&
      // ("sentenced two members to death (commuted to life after the abolition of the death penalty in June) for the
      // Valentine's Day bombing of a bus": a day in brackets that tells no violence, and the event a sentence is for.)
      !quietBracket(sentence, m) &&
      !(m.reference && i > 0 && COURT_FOR_BEFORE.test(sentence.slice(Math.max(0, m.start - 250), m.start))) &&
      !(m.reference && NAMES_NO_EVENT.test(sentence.slice(m.end, m.end + 40))) &&
      // ("On June 30, five days before Kandaria's July 5 national day, police arrested …": the day counted from, named
      // after the day told, cuts no clause.)
      !(i > 0 && m.reference && COUNTED_FROM_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start))) &&
      // ("police detained 28 suspects, including two wanted for the June 24 bus bombing": the event the ones held are
      // wanted for, named inside the arrest's clause, cuts it nowhere.)
      // (One told with its own toll still dates its event: "charged over the January 17 bombing …, which killed three".)
      // (First in the sentence too where the arrest's own day follows: "Police arrested four suspects in the October 2
      // attack on October 9".)
      !(
        (i > 0 || mentions.some((other) => other.start > m.end && !other.reference)) &&
        m.reference &&
        WANTED_FOR_BEFORE.test(sentence.slice(Math.max(0, m.start - 50), m.start)) &&
        !/\b(?:which|that) (?:killed|wounded|injured|left)\b|,\s+killing\b/.test(sentence.slice(m.end, m.end + 100))
      ) &&
      !(
        m.reference &&
        i > 0 &&
        !hasClauseBreak(sentence.slice(mentions[i - 1]?.end ?? 0, m.start)) &&
        toldDates().has(m.date)
      ),
  );
  const starts = clauseStarts(sentence, main);
  const withoutAsides = (from: number, to: number) => {
    let text = sentence.slice(from, to);
    for (const a of asides) {
      if (a.start >= from && a.end <= to) text = text.replace(sentence.slice(a.start, a.end), '');
    }
    return text;
  };
  const made: Draft[] = [];
  for (const a of asides) {
    const clause = sentence.slice(a.start, a.end);
    const kind = classifyIncident(clause);
    if (!kind) continue;
    const draft: Draft = {
      sectionId,
      passageId,
      mention: a.mention,
      endDate: null,
      kind,
      clause,
      sentences: [own(sentence, clause)],
      further: [],
    };
    drafts.push(draft);
  }
  let skip = -1;
  let sharedWith = -1;
  // The words after two days of one clause that share their figures out "respectively".
  let pairTail: string | null = null;
  // Where the sentence first says "respectively" (one search): a pair of days reads its tail only just before it.
  // ("… on consecutive days, May 11 and May 12, killing six and five soldiers": two figures before one noun are told
  // in the same order, as with the word.)
  const saidAt = sentence.search(/\brespectively\b/i);
  const respectivelyAt = saidAt >= 0 ? saidAt : sentence.search(IN_ORDER);
  // "On September 1 and 3, bombers attacked …, first a procession in Tarn that killed 35 and then a rally in
  // Bessa …": two dates sharing a clause told as two events in their order, the second date's event.
  let pairedPart: string | null = null;
  // The kind the sentence's dates told last, for a date joined to them by "and" with no verb of its own.
  let sentenceKind: IncidentKind | null = null;
  // "Rebels seized Kidal on March 30, Gao on March 31, and Timbuktu on April 1": each date has its own place
  // before it, and the words before the first place and after the last date are every event's.
  // (Read in the few words before each date: linear in the sentence however many dates it has.)
  const placeBefore =
    main.length > 1
      ? main.map((m) => {
          const from = Math.max(0, m.start - 80);
          const found = PLACE_ON_DATE.exec(sentence.slice(from, m.start));
          return found ? { index: from + found.index } : null;
        })
      : [];
  // (Also "… in Vavuniya on January 7 and in Jaffna on January 23", "a market in Davao City on September 9 and a ferry
  // terminal in Ozamiz City on September 22": the words between may name the next target, but tell no verb of their own.)
  // ("… in Ulma on June 2 (one killed), in Tarn on July 15 (no casualties), and …": each date's toll in brackets right
  // after it is its own.)
  const ownEnd = (m: DateMention | undefined) =>
    m ? m.end + (BRACKET_AFTER.exec(sentence.slice(m.end, m.end + 64))?.[0].length ?? 0) : 0;
  const placesListed =
    placeBefore.length > 1 &&
    placeBefore.every(
      (p, i) => p !== null && (i === 0 || LISTED_LINK.test(sentence.slice(ownEnd(main[i - 1]), p.index))),
    );
  // "attacks on February 14, March 2, and June 11 in Arauca spilled crude but caused no casualties": three or more
  // dates in a list, each an event of its own told with the words before the first and after the last.
  // (Which dates are joined to the one before by a list's comma or "and", read once.)
  const inList = main.map((m, i) => i > 0 && DATE_LIST_LINK.test(sentence.slice(main[i - 1]?.end ?? 0, m.start)));
  // ("The captors murdered two hostages, Ali Tessa and Omar Bessa, on July 25 and July 30, respectively", "Bombs
  // exploded in Lessa and Kesh on June 4 and June 11, respectively, killing three and five people": two dates too,
  // where the words after them share the sentence out.)
  const datesListed =
    (main.length >= 3 ||
      (main.length === 2 && /^,?\s+respectively\b/i.test(sentence.slice(main[main.length - 1]?.end ?? 0)))) &&
    inList.every((linked, i) => i === 0 || linked);
  // ("Fighting raged in Ulma on May 2, May 3, and May 4, killing 40": days in a row are one event over them.)
  const daysInARow = datesListed && main.every((m, i) => i === 0 || shiftDays(main[i - 1]?.date ?? '', 1) === m.date);
  // "attacked a mosque in Tarn on June 25 and a shrine in Ulma on July 3, killing respectively 12 and 9 people": the
  // words after the last of several dated clauses share out one figure to each, in order.
  const lastMain = main[main.length - 1];
  const sharedTail =
    !placesListed &&
    !datesListed &&
    main.length >= 2 &&
    lastMain &&
    respectivelyAt > lastMain.end &&
    // (Each date with words of its own: not "On May 3 and May 9, attacks in Tarn and Ulma killed …, respectively".)
    // ("Bombings on March 6 in Tessa and on March 9 in Ulma killed 15 and 22 people": or its own place.)
    main.every((m, i) => {
      const between = sentence.slice(main[i - 1]?.end ?? 0, m.start);
      return i === 0 || (between.match(/[A-Za-z]{3,}/g)?.length ?? 0) > 2 || /\b(?:in|at|near) [A-Z]/.test(between);
    })
      ? sentence.slice(ownEnd(lastMain))
      : '';
  const sharesOut = sharedTail !== '' && respectively(sharedTail, main.length) !== null;
  // ("…; on December 3, five rockets hit Tarn, and on December 5, two rockets struck Ulma, neither attack causing
  // casualties": a denial told after the last of the day's events is each one's.)
  const denial = main.length > 1 && sentence.includes('casualties') ? JOINT_DENIAL.exec(sentence) : null;
  const jointDenial = denial && NO_CASUALTIES.test(denial[0]) ? denial : null;
  // ("neither" of the last two only: "On December 1, gunmen stormed a hotel in Orsk; on December 3, …" keeps its own;
  // "none of them" of all.)
  const neither = jointDenial?.[0].includes('neither') ?? false;
  // ("…, and on March 4, two rockets hit Orsk; neither caused casualties": the two devices the last event counts, its
  // own denial; not one that names the events, "neither attack causing casualties".)
  const devicesDenied =
    jointDenial !== null &&
    neither &&
    !/\b(?:attacks?|incidents?|events?|strikes?)\b/.test(jointDenial[0]) &&
    DEVICES_COUNTED.test(sentence.slice(starts[main.length - 1] ?? 0, jointDenial.index));
  const deniedFrom =
    jointDenial === null
      ? -1
      : devicesDenied
        ? Number.POSITIVE_INFINITY
        : neither
          ? Math.max(-1, starts[main.length - 2] ?? 0)
          : -1;
  for (const [i, mention] of main.entries()) {
    if (i === skip) continue;
    const from = Math.max(starts[i] ?? 0, i === 0 ? mainFrom : 0);
    const to = starts[i + 1] ?? sentence.length;
    let clause = withoutAsides(from, to);
    // ("Two days after a bombing in Lisk on April 10 that killed four people, a second bomb …": the first event told
    // without the words that count on from it to the second's day.)
    const opensCounting =
      i === 0 && main[1]?.words.startsWith(`${mention.words} … `) ? COUNTED_ON_OPENING.exec(clause) : null;
    if (opensCounting && main[1]?.words.endsWith(` … ${opensCounting[0].trim()}`))
      clause = clause.slice(opensCounting[0].length);
    if (jointDenial && from >= deniedFrom && to <= jointDenial.index && !FIGURE_WORD.test(clause))
      clause = `${clause.replace(/[\s,;]+(?:and\s+)?$/, '')}${jointDenial[0]}`;
    // "… struck the Posh Hotel in Mogadishu; security forces ended the siege early the next day": the end of the event
    // told just before, a few days on at most and with no toll of its own, is its end, not an event.
    const ended = made[made.length - 1];
    if (
      i > 0 &&
      ended &&
      ended.endDate === null &&
      mention.date.length === 10 &&
      ended.mention.date.length === 10 &&
      mention.date > ended.mention.date &&
      // ("Operation Steel Curtain began on November 5 in Tarn and ended on November 22": an operation told as begun,
      // weeks on.)
      mention.date <=
        (shiftDays(ended.mention.date, /\b(?:began|launched|started)\b/i.test(ended.clause) ? 60 : 3) ?? '') &&
      endsTheStory(clause, mention.start - from) &&
      !/\b(?:kill|dead|died|death|wound|injur|arrest|detain|captur)/i.test(clause)
    ) {
      ended.endDate = mention.date;
      continue;
    }
    // (The first keeps the words before it, so that every quote of a record is words of the text; the others
    // take the first's kind.)
    let listed: Draft['listed'];
    if (placesListed) {
      const tail = sentence.slice(ownEnd(main[main.length - 1]));
      // (Each but the first from just after the date before it: "and a ferry terminal in Ozamiz City on September 22".)
      const own = sentence.slice(i === 0 ? 0 : ownEnd(main[i - 1]), ownEnd(mention));
      // The words after the last date are every event's where they go on the list ("…, killing two and five people
      // respectively", "… killed a total of 17") or the first event has no verb of its own; after "A bomb exploded
      // in Tarn on May 3, and two more in Ulma on May 9 killed six people" they are the last one's.
      const firstOwn = sentence.slice(0, main[0]?.end ?? 0);
      // (Where every event before the last told its toll in brackets, "… on July 15 (no casualties), and at the pier on
      // August 3, wounding four": the words after the last date are the last one's.)
      const lastOnly = main.slice(0, -1).every((m) => ownEnd(m) > m.end);
      const everyOne = !lastOnly && (SHARED_TAIL.test(tail) || !VIOLENT_ACT.test(firstOwn));
      clause = everyOne || i === main.length - 1 ? `${own}${tail}` : own;
      if (everyOne) listed = { at: i, of: main.length, tail };
    }
    if (daysInARow) {
      if (i > 0) continue;
      clause = withoutAsides(from, sentence.length);
    } else if (sharesOut) {
      // (Without the last date's own place: "… and on March 9 in Ulma killed 15 and 22 people".)
      const tail = sharedTail.replace(LEADING_PLACE, '');
      if (i < main.length - 1) clause = `${clause}${tail}`;
      listed = { at: i, of: main.length, tail };
    } else if (datesListed) {
      const head = sentence.slice(starts[0] ?? 0, main[0]?.start ?? 0);
      const tail = sentence.slice(main[main.length - 1]?.end ?? 0);
      clause = `${head}${sentence.slice(mention.start, mention.end)}${tail}`;
      listed = { at: i, of: main.length, tail };
    }
    // "On July 8 and September 6 in attacks in Lamu County, …": a date with no words of its own shares
    // the next date's clause.
    const ownWords = sentence.slice(mention.end, main[i + 1]?.start ?? sentence.length).match(/[A-Za-z]{3,}/g) ?? [];
    const next = main[i + 1];
    let endDate: string | null = daysInARow ? (main[main.length - 1]?.date ?? null) : null;
    // Only a date that opens its clause lends it: "Strikes hit Sorra on May 2, and on May 9 …" keeps its own.
    const wordsBefore = sentence.slice(from, mention.start).match(/[A-Za-z]{3,}/g) ?? [];
    let shared = sharedWith === i;
    // (Not a day that closes a clause of its own act: "Militants killed 11 villagers on May 1 and 21 more on May 9".)
    // (Nor one a semicolon closes after a verb of its own: "Airstrikes hit Amburu on January 30; three days later, a car
    // bomb killed 11 …"; not "In Orsk on May 1; and in Velst on May 3, gunmen attacked …".)
    if (
      ownWords.length <= 2 &&
      next &&
      wordsBefore.length <= 3 &&
      !(
        sentence.slice(mention.end, next.start).includes(';') &&
        OWN_VERB_BEFORE.test(sentence.slice(from, mention.start))
      ) &&
      !placesListed &&
      !datesListed &&
      !sharesOut &&
      !VIOLENT_ACT.test(sentence.slice(from, mention.start))
    ) {
      clause = `${clause}${sentence.slice(to, starts[i + 2] ?? sentence.length)}`;
      // ("On August 9 and 14, strikes near Tarn killed four and 13 fighters respectively": each day its share.)
      // (Only where "respectively" follows within 400 characters: a page of dates with no full stop reads no tail per
      // pair.)
      const tail = respectivelyAt > next.end && respectivelyAt - next.end <= 400 ? sentence.slice(next.end) : '';
      const ownShares = tail !== '' && respectively(tail, 2) !== null;
      // "On September 30 and October 1, JNIM fighters attacked …": two days in a row of one event (not where each day
      // has its own share of the toll).
      if (next.endDate === null && shiftDays(mention.date, 1) === next.date && !ownShares) {
        endDate = next.date;
        skip = i + 1;
      } else {
        // "On May 1 and May 3, militants attacked villages in Rondo, killing 27": a figure of both events
        // together is put on neither.
        shared = true;
        sharedWith = i + 1;
        pairTail = ownShares ? tail : null;
      }
    }
    // "bombed government buildings in Oslo, killing eight, and then shot dead 69 people … on the island of
    // Utoya": one date, two events, each with its own place and toll.
    // "Tanzania arrested 500 suspects …, including an October 14 attack on the village of Kitaya": the noun the
    // date stands before says what the dated event was.
    // (Not where the day is counted from the one written: in "Two days after the December 11 bombings, police arrested
    // six suspects" the bombings are the other event's.)
    // ("the army's July 9 siege of the Front's base": a siege the state laid is no attack named by its day.)
    const nounAfter = NAMED_BY_DATE.exec(sentence.slice(mention.end, mention.end + 40))?.[1];
    const named =
      /\b(?:day|week)s? (?:after|before)\b/i.test(mention.words) ||
      (/^siege/i.test(nounAfter ?? '') &&
        STATE_OWN_BEFORE.test(sentence.slice(Math.max(0, mention.start - 40), mention.start)))
        ? undefined
        : nounAfter;
    let narrowed = false;
    // ("In August, the High Court in Kampala began the trial of four suspects charged over the January 17 bombing of a
    // taxi in Kasese, which killed three", "expanded its kidnappings in the Sahel, including the group's February
    // kidnapping of two tourists in southern Tunisia": an event named by its date inside another's sentence is told
    // by the words from its date on; the places before it are the other's.)
    if (
      named &&
      !mention.leads &&
      mention.start > from &&
      REFERENCE_LEAD.test(sentence.slice(from, mention.start)) &&
      !/\b(?:following|after|since|before|until|ahead of|in the wake of)\s+(?:the\s+)?$/i.test(
        sentence.slice(from, mention.start),
      ) &&
      // (Nor where the words before remember it: "marked the tenth anniversary of the September 11 attacks", "held
      // services for the victims of the Easter Sunday bombings".)
      !/\b(?:anniversar(?:y|ies)|victims|memory|memorials?|commemorations?|remembrance)\s+of\s+(?:the\s+)?$/i.test(
        sentence.slice(from, mention.start),
      ) &&
      // (Where the named event tells its own place: "… bombing of a minibus taxi in Kasese".)
      /^[^,;]{0,80}?\b(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]/.test(sentence.slice(mention.end, to)) &&
      // (Not where the words before tell the event's toll: "Militants killed 12 people in the May 3 attack on a market in
      // Tarn", "At least 30 people died in the March 5 bombing of a mosque in Ulma".)
      !/\d|\b(?:killed|killing|died|dead|deaths?|wounded|wounding|injured|injuring|lives)\b/i.test(
        sentence.slice(from, mention.start),
      )
    ) {
      clause = withoutAsides(mention.start, to);
      narrowed = true;
    }
    // ("Densus 88 arrested more than 140 suspects during the year, including 59 in late October and November": the day's
    // own count is the part told with it, read with the verb of the whole.)
    let includedVerb: string | undefined;
    let includedKind: IncidentKind | null = null;
    const included =
      !narrowed && mention.start > from && sentence.includes(' including ')
        ? INCLUDED_BEFORE_DAY.exec(sentence.slice(from, mention.start))
        : null;
    if (included?.[1] !== undefined) {
      const whole = sentence.slice(from, from + included.index);
      const verb = CASUALTY_VERB.exec(whole);
      if (verb) {
        includedVerb = verb[0];
        includedKind = classifyIncident(whole);
        clause = sentence.slice(from + included.index + included[0].indexOf(included[1]), to);
      }
    }
    // ("bombed a police post in Tessa on July 7 and a checkpoint in Varno on July 9; the two attacks killed a total of nine
    // officers": the toll of the events together, told after the last, is neither's.)
    if (main.length > 1 && i === main.length - 1 && clause.includes('; ')) clause = clause.replace(JOINT_TAIL, '');
    let firstKind: IncidentKind | null = null;
    let parts = wholeBeforeParts(
      withoutJointTail(splitThen(withoutRanking(withoutRunningTotal(clause), report.year), 0, r.book.places)),
    );
    const paired = shared && pairedPart !== null;
    if (paired && pairedPart !== null) parts = [pairedPart];
    else if (shared && sharedWith === i + 1 && parts.length === 2) {
      pairedPart = parts[1] ?? null;
      parts = parts.slice(0, 1);
    }
    if (paired || pairedPart !== null) shared = false;
    if (paired) pairedPart = null;
    // ("On June 2, police detained three people in Wolmaro and, on June 4, two more in Yastrovel": a day that opens a
    // clause joined by "and" with no verb of its own; it goes on with the verb and kind of the clause before.)
    const gapped =
      i > 0 &&
      /(?:\band,?|;)\s+(?:and\s+)?(?:on\s+)?$/.test(sentence.slice(Math.max(0, mention.start - 10), mention.start)) &&
      AND_NO_VERB.test(`, ${sentence.slice(mention.end, to)}`);
    for (const [j, part] of parts.entries()) {
      // "…, and militants killed 15 laborers in Bessa in early January 2007": a part told in another year.
      const partYear = j > 0 ? OTHER_YEAR_IN.exec(part)?.[1] : undefined;
      if (partYear !== undefined && Number(partYear) !== report.year) continue;
      // "banned Group A on February 28 and Group B on March 22": a date joined by "and" with no verb of its own
      // tells what the date before it told.
      // ("The Front, which the government had banned on June 3, threatened on June 12 to attack embassies": the verb
      // right before the day, in the clause before it, says what was done that day.)
      const threatBefore =
        j === 0 && i > 0 && THREAT_BEFORE_DAY.test(sentence.slice(Math.max(0, mention.start - 30), mention.start));
      // ("The Front claimed responsibility in a statement on September 2 for the killing of a judge in Morin the day
      // before": dated back to the act it claimed, the record is that act's.)
      const claimedAct =
        j === 0 && mention.claimed ? part.indexOf(' for ', part.indexOf(mention.words.split(' … ')[0] ?? '')) : -1;
      const told: IncidentKind | null =
        (threatBefore ? 'threat' : null) ??
        (claimedAct >= 0 ? classifyIncident(part.slice(claimedAct + 5)) : null) ??
        classifyIncident(withoutPastAsides(part, report.year)) ??
        // (An event named by its date and a word of violence: "the March 5 abduction of 23 pupils".)
        (narrowed && j === 0 ? 'attack' : null) ??
        // (The part of a count told with its day: the kind of the whole.)
        (j === 0 ? includedKind : null) ??
        // "…, and another in Sorra caused no casualties": a later part goes on with the kind of the first.
        (j > 0 ? firstKind : null) ??
        (placesListed && i > 0 ? sentenceKind : null) ??
        (paired ? sentenceKind : null) ??
        // ("attacks on February 14, March 2, and June 11 in Arauca spilled crude": each date of a list told with the
        // first's words.)
        (j === 0 && inList[i] ? sentenceKind : null) ??
        (i > 0 && (AND_NO_VERB.test(part) || AND_NO_VERB.test(sentence.slice(main[i - 1]?.end ?? 0, to)) || gapped)
          ? sentenceKind
          : null) ??
        // ("designated the Front as a Foreign Terrorist Organization on May 23 and designated the Ulma Group on
        // September 5": the same act again, told with its verb only.)
        (i > 0 && sentenceKind === 'designation' && DESIGNATED_AGAIN.test(part) ? sentenceKind : null);
      // ("The Crimes Tribunal continued to try cases, and two opposition leaders were executed in November": the state's.)
      // ("…, and hours later the government executed two convicted militants in Sukkur": a part of its own, the same.)
      const byTheState: boolean =
        told === 'attack' && (executedByTheState(part, sentence) || (parts.length > 1 && STATE_EXECUTION.test(part)));
      let kind: IncidentKind | null = byTheState
        ? null
        : named && told !== null && told !== 'attack' && told !== 'clash'
          ? 'attack'
          : told;
      // "air strikes killed 30 militants; simultaneous raids in Arhab the same day killed four more": a part
      // that names no attacker of its own goes on with the security operation before it.
      // (Not a device set off by no force: "…, the same day a bomb in Olvenko wounded four".)
      if (firstKind === 'clash' && kind === 'attack' && !ATTACKER.test(part) && !DEVICE_OF_ITS_OWN.test(part))
        kind = 'clash';
      // ("… police killed five attackers in Cambrils, and on August 21 they shot dead the van driver near Subirats": a
      // later day's part told of the same forces by a pronoun goes on with their clash.)
      // ("Security forces killed two members in a clash on May 3, and killed a further three militants during a firefight
      // on September 13": a part with no subject of its own goes on with the same forces, whoever it kills.)
      if (
        kind === 'attack' &&
        i > 0 &&
        sentenceKind === 'clash' &&
        (PRONOUN_GOES_ON.test(part) || NO_SUBJECT_GOES_ON.test(part))
      )
        kind = 'clash';
      // "On May 22, the army launched an offensive in the Tarn forest. Over the next ten days, soldiers killed 17
      // terrorists.": fighting begun, a clash if its toll is told (the guide: a battle in which people were killed or
      // wounded); with none, no record.
      // ("December 21 - Militants stopped a bus near El Wak. … two people were killed.": militants stopping a vehicle or
      // entering a place, an attack where its toll is told.)
      const begun = kind === null && j === 0 && FIGHTING_BEGUN.test(part);
      const stopped = kind === null && j === 0 && !begun && MILITANTS_STOPPED.test(part);
      const tentative = begun || stopped;
      if (begun) kind = 'clash';
      if (stopped) kind = 'attack';
      firstKind ??= kind;
      if (!kind) {
        // ("… was abducted near Tarn on June 6; his body was found two days later": the dead of the abduction just told,
        // found later; no event of its own.)
        const taker = made[made.length - 1];
        if (taker && BODIES_FOUND_LATER.test(part) && TAKEN_WORD.test(taker.clause)) taker.further.push(part);
        continue;
      }
      sentenceKind = kind;
      const draft: Draft = {
        sectionId,
        passageId,
        mention: j > 0 ? countedOn(mention, part) : mention,
        endDate: endDate ?? mention.endDate,
        kind,
        // ("… killed 22 villagers in Tarn, and 13 more in Ulma the same night; in all, 35 people died in the two
        // massacres": the total of both is neither's.)
        clause: withoutHeldOnesPast(parts.length > 1 ? part.replace(JOINT_TAIL, '') : part, kind),
        sentences: [own(sentence, part)],
        further: [],
      };
      if (shared && pairTail !== null && j === 0 && part.endsWith(pairTail))
        draft.listed = { at: sharedWith === i ? 1 : 0, of: 2, tail: pairTail };
      else if (shared) draft.shared = true;
      if (listed && j === 0) draft.listed = listed;
      if (tentative) draft.tentative = true;
      // ("Gunmen killed two soldiers in Korvel on May 3 and three police officers in Ulma on May 9": the second reads
      // its figure with the first's verb.)
      const previous = made[made.length - 1];
      // (Of a list, the event's own words: "… and two more in Ulma on May 9, charging them …".)
      const ownPart = listed && part.endsWith(listed.tail) ? part.slice(0, part.length - listed.tail.length) : part;
      // (Down a list: "killed a police chief in Tessa on December 3, a judge in Ulma on December 10, and an elder in Sorra
      // on December 12": the last takes the verb the one before took.)
      const verb =
        previous && ((i > 0 && j === 0) || j > 0) && (AND_NO_VERB.test(ownPart) || (gapped && j === 0))
          ? (CASUALTY_VERB.exec(previous.clause)?.[0] ?? previous.verb)
          : undefined;
      if (verb) draft.verb = verb;
      else if (includedVerb !== undefined && j === 0) draft.verb = includedVerb;
      // A statement or a listing made that day is no event at the story's place.
      // ("In a separate attack the next day, a grenade wounded 14 people in the plaza": another event, not at its place.)
      if (
        counted &&
        i === 0 &&
        story &&
        kind !== 'threat' &&
        kind !== 'designation' &&
        !/^In (?:a|an|another) (?:separate|different)\b/i.test(sentence)
      )
        draft.story = story;
      if (before) {
        draft.before = before;
        draft.earlier = earlier.slice(Math.max(0, earlier.length - 4), earlier.length - 1);
      }
      drafts.push(draft);
      made.push(draft);
    }
  }
  // The sentences after go on telling the event of a sentence that opens with a date, or the one event of a
  // sentence that dates it inside, unless that sentence is itself part of a story already told.
  const told = made.filter((d) => !d.mention.reference);
  // "ISIS claimed responsibility the same day. Officials later revised the death toll to 23": a claim made on
  // a day counted from the story tells no story of its own; the sentences after go on with the one before.
  const claimsOnly = told.length > 0 && told.every((d) => d.kind === 'threat' || d.kind === 'designation');
  if (claimsOnly && counted && r.open !== null) r.open.sentences.push(sentence);
  // "AQIS claimed the plot on September 10; one navy officer and three attackers were killed": the toll told
  // after a dated claim is the story's, the claim has none.
  else if (claimsOnly && r.open !== null && !main[0]?.leads && CLAIM_THEN_TOLL.test(sentence)) {
    r.open.further.push(sentence.slice(sentence.indexOf(';') + 1));
  }
  // ("A suicide bomber destroyed a mosque in Jamrud on March 27, killing 48 people, and three days later gunmen stormed
  // the police school at Manawan. Eight recruits died …": a sentence that ends on an attack of a day of its own, told
  // with no toll, goes on in the sentence after.)
  else if (endsOnCountedAttack(made, told)) r.open = made[made.length - 1] ?? null;
  else if (told.length > 0 && main[0]?.leads) r.open = told[told.length - 1] ?? null;
  // ("…came on March 31, when insurgents bombed Yala, killing 11, and, an hour later, Hat Yai, killing three. A
  // third car bomb exploded in Sorra the same afternoon": one date told as several events goes on with the last.)
  else if (
    (r.open === null ||
      (told.length === 1 && main.length === 1 && (tellsWhenItTookPlace(sentence) || opensOwnStory(told[0], r.open)))) &&
    (told.length === 1 || (told.length > 1 && main.length === 1))
  )
    r.open = told[told.length - 1] ?? null;
  // "The November 13 attacks in Paris were the deadliest in its history. Gunmen … killed 130 people.": a sentence
  // whose subject is an event named by its date opens its story; the sentences after tell it.
  // ("The deadliest attack of the year was the December 6 bombing of …, which killed 56": the same, the event named
  // after the words that rank it.)
  else if (
    made.length === 1 &&
    told.length === 0 &&
    (/^The\s+$/.test(sentence.slice(0, main[0]?.start ?? 0)) ||
      (RANKED_EVENT.test(sentence.slice(0, main[0]?.start ?? 0)) &&
        // (Not a ranking of another year's: "The deadliest attack in 2014 was the May 6 bombing".)
        !anotherYear(sentence.slice(0, main[0]?.start ?? 0), report.year)))
  )
    r.open = made[0] ?? null;
  // ("Other violence in 2007 included the January 19 murder of journalist Ann Roe in Ulma. Police arrested the gunman in
  // Sorra the following day.": an event named by its date, told nowhere else, is the story a day after counts from.)
  else if (
    made.length === 1 &&
    told.length === 0 &&
    r.open === null &&
    made[0] !== undefined &&
    !toldDates().has(made[0].mention.date)
  )
    r.open = made[0];
  // A sentence that only names an event again ("Publicly claiming responsibility for the October 31
  // explosions, JAK …") goes on with the story in words, not in figures or places.
  else if (made.length > 0 && told.length === 0 && r.open !== null) r.open.sentences.push(sentence);
  else if (made.length === 0 && main[0]?.leads) r.open = null;
  const [subject] = main;
  if (made.length === 0 && main.length === 1 && subject && subject.date.length === 10 && DAY_AS_SUBJECT.test(sentence))
    r.dayHeader = subject;
  // "The FARC was also blamed for the September 1 car bomb that exploded outside the Palace of Justice in Cali. Four
  // people were killed …": an event named by its date that no sentence tells otherwise takes the toll told right after.
  const [named] = made;
  if (made.length === 1 && told.length === 0 && named && !toldDates().has(named.mention.date)) r.figuresFor = named;
}

/** One record per event: a naming or a retelling of an event recorded already gives its figures and places to it. */
function keepOnePerEvent(records: Array<{ draft: Draft; record: Incident }>, reportId: string): Incident[] {
  // A date naming an event (`the October 31 explosions in Atyrau`) gives no record where another record tells it:
  // one told in its own words anywhere, or an earlier naming. Records are grouped by date so this stays linear.
  const byDate = new Map<string, Array<{ at: number; reference: boolean; places: string[] }>>();
  // The records told in their own words with a day, by month: "after the October attacks in Sorra" names one of them.
  const byMonth = new Map<string, Array<{ at: number; reference: boolean; places: string[] }>>();
  records.forEach(({ draft, record }, at) => {
    const list = byDate.get(record.date) ?? [];
    list.push({ at, reference: draft.mention.reference, places: record.places });
    byDate.set(record.date, list);
    if (record.date.length === 10 && !draft.mention.reference) {
      const month = byMonth.get(record.date.slice(0, 7)) ?? [];
      month.push({ at, reference: false, places: record.places });
      byMonth.set(record.date.slice(0, 7), month);
    }
  });
  const overlap = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || a.some((p) => b.includes(p));
  const dropped = new Set<number>();
  records.forEach(({ draft, record }, at) => {
    const same = byDate.get(record.date) ?? [];
    // At most a few dozen records share a date in a real chapter; look at no more than 64 of them.
    const told = draft.mention.reference
      ? (same.slice(0, 64).find(
          (o) =>
            o.at !== at &&
            (!o.reference || o.at < at) &&
            // ("Police arrested six suspects in Ulma on May 4, a day after the bombings": the day counted back names
            // the bombings told before, wherever they were; Ulma is the arrests' place. Only where the aside tells
            // nothing of its own, and names an event of the kind told: "a day after the Ulma bus station bombing that
            // killed four people" is an event of its own.)
            (overlap(o.places, record.places) ||
              (draft.mention.aside === true &&
                o.at < at &&
                !o.reference &&
                record.killed === null &&
                record.wounded === null &&
                record.arrested === null &&
                records[o.at]?.record.kind === record.kind) ||
              // ("Relations with Syria deteriorated after the August 19 bombings": the event told before, named again
              // beside a country that is none of its places, with nothing of its own.)
              // ("… protested after the attack on Ann Roe, and the League organized strikes after the August 21
              // attack": the same where its place was read from no words of its own.)
              (o.at < at &&
                !o.reference &&
                (record.places.every((p) => COUNTRY_OR_REGION.has(p)) || record.evidence.places === undefined) &&
                record.killed === null &&
                record.wounded === null &&
                record.arrested === null &&
                records[o.at]?.record.kind === record.kind)),
        ) ??
        (record.date.length === 7
          ? byMonth
              .get(record.date)
              ?.slice(0, 64)
              .find(
                (o) =>
                  (o.at < at && overlap(o.places, record.places)) ||
                  // ("responded to the July bombings of two Jakarta hotels", told in an overview before the bombings'
                  // own record; "the June attack on its headquarters": a naming of the month's event told in its own
                  // words anywhere, at its place or of its kind with nothing of its own.)
                  (o.at > at &&
                    records[o.at]?.record.kind === record.kind &&
                    (o.places.some((p) => record.places.includes(p)) ||
                      (record.places.every((p) => COUNTRY_OR_REGION.has(p)) &&
                        record.killed === null &&
                        record.wounded === null &&
                        record.arrested === null))),
              )
          : undefined))
      : // "Overview: … the deadliest attack in its history on March 15, when …" told again in full in another
        // section: one event, one record, the first, with what the retelling adds.
        record.date.length === 10
        ? same.slice(0, 64).find((o) => {
            const other = records[o.at];
            return (
              o.at < at &&
              !o.reference &&
              !dropped.has(o.at) &&
              other !== undefined &&
              (other.record.sectionId !== record.sectionId ||
                RETELLING.test(draft.clause) ||
                claimRetells(draft.clause, other.record.text)) &&
              other.record.kind === record.kind &&
              // (One telling may give the day it ended, the other not.)
              (other.record.endDate === record.endDate || other.record.endDate === null || record.endDate === null) &&
              (['killed', 'wounded', 'arrested'] as const).every(
                (f) => other.record[f] === null || record[f] === null || other.record[f] === record[f],
              ) &&
              // (The places the event has by now: an overview's "attacked churches and hotels on Easter Sunday" takes
              // the places of the first retelling, and other events of that day elsewhere stay events of their own.)
              overlap(other.record.places, record.places)
            );
          })
        : undefined;
    const into = told ? records[told.at] : undefined;
    if (!told || !into) return;
    dropped.add(at);
    // (A day counted back in an aside, told at another place, gives nothing: its words are the other event's.)
    if (!overlap(into.record.places, record.places)) return;
    // "The March 22 attacks killed 32 people": the figures of a naming or a retelling go to the record of the event.
    const target = into.record;
    for (const f of ['killed', 'wounded', 'arrested'] as const) {
      const words = record.evidence[f];
      if (target[f] !== null || record[f] === null) continue;
      target[f] = record[f];
      if (words) target.evidence[f] = words;
    }
    if (target.endDate === null && record.endDate !== null) {
      target.endDate = record.endDate;
      if (record.evidence.date) target.evidence.date = record.evidence.date;
    }
    if (target.places.length === 0 && record.places.length > 0) {
      target.places = record.places;
      if (record.evidence.places) target.evidence.places = record.evidence.places;
    }
  });
  const kept = records.filter((_, at) => !dropped.has(at));
  return kept.map(({ record }, i) => ({ ...record, id: `${reportId}/i${i + 1}`, reportId: reportId }));
}

// ("Khyber Agency": a tribal agency of Pakistan is a region.)
const REGION_WORD = '(?:region|province|oblast|department|state|governorate|county|prefecture|agency|strip|peninsula)';

const ENDS_IN_REGION_WORD = new RegExp(`\\b${REGION_WORD}$`, 'i');
const SPACE_REGION_WORD = new RegExp(`\\s${REGION_WORD}$`, 'i');
const SPACE_REGION_WORD_ANYWHERE = new RegExp(`\\s${REGION_WORD}\\b`, 'i');
// Each place's mention pattern, compiled once per place name (a report names the same places record after record).
const PLACE_MENTIONS = new Map<string, RegExp>();

/** A global pattern for every mention of a place, with "'s" and a region word after it when there is one. */
function placeMentions(place: string): RegExp {
  let pattern = PLACE_MENTIONS.get(place);
  if (pattern === undefined) {
    const escaped = escapeRegExp(place);
    pattern = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])(?:['’]s)?(?: ${REGION_WORD}\\b)?`, 'gi');
    if (PLACE_MENTIONS.size >= 4096) PLACE_MENTIONS.clear();
    PLACE_MENTIONS.set(place, pattern);
  }
  return pattern;
}

/**
 * The places named for the incident itself: a region, a state or a country is dropped where a town is named too
 * ("Boralday of the Almaty region" → Boralday; "Maiduguri, Borno State" → Maiduguri).
 */
// A region named with the land that holds it: "the Bari region of Puntland" (the region in group 1, the land in 2).
const HOLDING_OF =
  /(?<![\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:region|province|governorate|state|county|department|prefecture) of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?![\w'’-])/g;
const HOLDS_A_REGION = /\b(?:region|province|governorate|state|county|department|prefecture) of [A-Z]/;
// The opening of a sentence told after an event it names: "Following the ", "In the wake of the ".
const AFTER_NAMED_OPENING = /^(?:Following|After|In the wake of|In response to|In retaliation for) the\s+$/;
// The words before a day that something was planned for: "scheduled for ", "planned for ".
const SCHEDULED_FOR_BEFORE = /\b(?:scheduled|planned|slated|due)\s+(?:for|on)\s+(?:the\s+)?$/;
// A landform that runs through many districts: "the Messalo River", "the Jordan Valley".
const LONG_LANDFORM = /\s(?:River|Valley|Lake|Basin|Delta|Corridor)$/;
/**
 * The two towns a road is named by, in place of the road's name: "on the Tamrevi-Bekkura highway" gives Tamrevi and
 * Bekkura (a reader maps towns; the road's name is no town).
 */
function roadTowns(places: string[], text: string): string[] {
  if (!places.some((p) => ROAD_NAME.test(p))) return places;
  const towns = places.flatMap((p) => {
    const road = ROAD_NAME.exec(p);
    // (Only a road's name, letters and a hyphen, is read into the patterns below: any other place is kept as it is.)
    if (!road) return [p];
    // (Only a name told as a road's and never as a town's, and not a town named with a prefix of its own: "Tizi-Marek",
    // "Ain-Defla".)
    const asRoad = new RegExp(`\\b${p} (?:road|highway|axis|route)\\b`).test(text);
    const asTown = new RegExp(`\\b(?:in|at|near|outside|of)\\s+${p}\\b(?! (?:road|highway|axis|route)\\b)`).test(text);
    return asRoad && !asTown && !TOWN_PREFIX.test(road[1] ?? '') ? [road[1] ?? p, road[2] ?? p] : [p];
  });
  return [...new Set(towns)];
}
const ROAD_NAME = /^([A-Z][a-z]+)[-–]([A-Z][a-z]+)$/;
const TOWN_PREFIX =
  /^(?:Ain|Tizi|Sidi|Bir|Ras|Bou|Oued|Djebel|Jebel|Dar|Kafr|Tel|Tell|Bab|Wadi|Deir|Beit|Umm|Bani|Ouled|Hassi|Ait|Douar|Saint)$/;

function finestPlaces(named: string[], text: string): string[] {
  if (named.length < 2) return named;
  // "in the Bari region of Puntland": the land that holds a region the clause names is no finer place (a quarter's
  // city stays: "the Karrada district of Baghdad").
  // (Only where the region is itself a place of the clause: "in Lorn and in the Sorra region of Tarn" keeps Tarn where
  // Sorra is no place the clause names.) One scan of the text, whatever the number of places.
  const holders = new Set<string>();
  if (HOLDS_A_REGION.test(text))
    for (const m of text.matchAll(HOLDING_OF)) {
      const [, region = '', land = ''] = m;
      if (named.includes(region)) holders.add(land);
      // ("the Ulma Tarn region of Bessa": a region of one word after another name.)
      else if (named.includes(region.split(' ').pop() ?? '')) holders.add(land);
    }
  const held = holders.size > 0 ? named.filter((p) => !holders.has(p)) : named;
  const places = held.length > 0 ? held : named;
  if (places.length < 2) return places;
  // (Mentions read only where the text names a kind of region at all.)
  const regionTold = SPACE_REGION_WORD_ANYWHERE.test(text);
  const regional = (p: string) => {
    // ("the FATA agency of Orakzai", "the CAR's Ouham prefecture": a land named by its acronym holds the finer place.)
    if (ENDS_IN_REGION_WORD.test(p) || COUNTRY_OR_REGION.has(p) || p === 'West Bank' || ACRONYM_PLACES.includes(p))
      return true;
    if (!regionTold) return false;
    const all = text.match(placeMentions(p)) ?? [];
    return all.length > 0 && all.every((m) => SPACE_REGION_WORD.test(m));
  };
  // "Thawa and neighboring hamlets of Doda district": a district named after a town of the incident is its
  // surroundings ("Hakkari province's Cukurca district" keeps Cukurca: no town before it; "Pattani's Nong Chik
  // district" keeps Nong Chik, the district of the owner named).
  const districtTold = text.includes(' district');
  const district = (p: string) => {
    if (!districtTold) return false;
    const escaped = escapeRegExp(p);
    // ("in Tarn's Ulma district": a district named as the town's own is the finer place, not its surroundings.)
    const all = text.match(new RegExp(`(?:['’]s )?(?<![\\w-])${escaped}(?![\\w-])(?: district\\b)?`, 'g')) ?? [];
    return all.length > 0 && all.every((m) => m.endsWith(' district') && !/^['’]s /.test(m));
  };
  // "Ulma, Sorra District": a district told as an aside after a town of the incident is that town's surroundings.
  const aside = (p: string) => {
    if (!p.endsWith(' District')) return false;
    const all = [...text.matchAll(placeMentions(p))];
    return (
      all.length > 0 &&
      all.every(
        (m) =>
          places.some((town) => town !== p && text.endsWith(`${town}, `, m.index)) &&
          // ("villages in Tarn, Sorra District, and Ulma District": an item of a list of places.)
          !/^,?\s+(?:and\s+)?[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
      )
    );
  };
  // (Only a town told just before the district, in the same phrase: "In Chechnya, militants killed 18 soldiers in the
  // Vedeno district" keeps Vedeno, the region that opens the sentence being no town of it.)
  const townJustBefore = (p: string) => {
    const at = text.indexOf(` ${p} district`);
    return (
      at >= 0 &&
      fine.some((town) => {
        // ("along the Messalo River in Muidumbe district": a river or a valley runs through many; the district is where.)
        if (LONG_LANDFORM.test(town)) return false;
        const t = text.lastIndexOf(town, at);
        const between = text.slice(t + town.length, at);
        // ("in Darlo, in the Sorra district": the same, told with its own "in".)
        return t >= 0 && at - t <= 80 && (!/[,;]/.test(between) || /^,(?:\s+in(?:\s+the)?)?$/.test(between));
      })
    );
  };
  const fine: string[] = [];
  for (const p of places) {
    if (regional(p) || aside(p)) continue;
    if (fine.length > 0 && district(p) && townJustBefore(p)) continue;
    fine.push(p);
  }
  return fine.length > 0 ? fine : places;
}

// A town named only to tell how far away the place is: "about 30 miles west of Barcelona".
// The region a town told before is the capital of: "in Palu, the provincial capital of Central Sulawesi," (where the
// clause names the town).
const CAPITAL_OF_AFTER_TOWN =
  /,(?<=\b[A-Z][\w'’-]+,)\s+the (?:provincial |regional |state |district |departmental |administrative )?capital of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}/g;
// An earlier event named by its town, that an arrest is for: "in connection with the September 2 Davao City bombing",
// "in connection with the Tongo Tongo ambush" (where the clause names a place of its own).
// (Or by its town after it: "in connection with the attacks in Tessa and Ulma", "after a bombing in Vessa"; by several:
// "in connection with the Tessa and Ulma bombings"; or its suspects by it: "one of the principal Ulma suspects".)
const EVENT_NAMED_BY_TOWN =
  /\b(?:in connection with|for (?:their|his|her) (?:role|part|involvement) in|over) the (?:[A-Z][a-z]+ \d{1,2},? )?(?:(?:19|20)\d\d )?(?:[A-Z][\w'’-]+ ){1,3}(?:(?:and |, (?:and )?)(?:[A-Z][\w'’-]+ ){1,2}){0,3}(?:[a-z-]+ )?(?:bombings?|attacks?|ambush(?:es)?|blasts?|massacres?|killings?|kidnappings?|sieges?|shootings?|raids?)\b|\b(?:in connection with|after|following) (?:an?|the) (?:[a-z-]+ )?(?:bombings?|attacks?|ambush(?:es)?|blasts?|explosions?|massacres?|killings?|kidnappings?|shootings?)(?: (?:in|at|on|near) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:(?:, (?:and )?| and )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?){0,4})\b|\bthe (?:[a-z]+ )?(?:[A-Z][\w'’-]+ ){1,2}(?:(?:bombing|attack) )?(?:suspects|plotters)\b/g;
// The killing an arrest is for, with what is told of it: "for the murder of blogger Ann Roe, who was hacked to death".
// The event an arrest follows or is for, with its toll: "following a gun attack … that killed three guests", "suspected
// of killing two police officers", "after a rocket attack … wounded four soldiers" (not the forces' own fight: "captured
// 45 fighters after a battle near Harra in which 20 militants … were killed" is a clash).
const ARRESTED_AFTER_TOLL =
  /\b(?:after|following|over|in connection with|in the wake of|suspected of|accused of|on suspicion of)\s+(?!(?:an?|the)\s+(?:[\w-]+\s+)?(?:battle|clash(?:es)?|fighting|shootout|gunfight|firefight|exchange of fire|raid|operation|siege|standoff)\b)(?:[^;.,]|,(?=\s+(?:which|that|who)\b)){0,120}?\b(?:killed|killing|wounded|wounding|injured|injuring|deaths?|dead)\b[^,;.]*/gi;
// The attack an arrest is for, told with its toll in a relative clause: "arrested four men for a grenade attack on a
// police post two weeks earlier that wounded three officers" (not "preparing for an attack", and not the arrest's own
// toll told after it: "arrested two suspects for the bombing and shot dead a third").
const ARRESTED_FOR_ATTACK_TOLL =
  /(?<!\b(?:preparing|planning|plotting|ready|training|gearing up)\s)\bfor\s+(?:an?|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|blasts?|ambush(?:es)?|shootings?|assaults?|killings?|murders?)\b[^;.,]{0,100}?\b(?:that|which)\s+(?:had\s+)?(?:also\s+)?(?:killed|wounded|injured|left)\b[^,;.]*/gi;
const ARRESTED_FOR_KILLING =
  /\b(?:for|over|in connection with|on suspicion of) (?:the|his|her|their) (?:(?:19|20)\d\d )?(?:murders?|killings?|assassinations?|beheadings?|stabbings?) of [^;.]{1,160}/g;
// A killing of an earlier year named by its year: "the 2013 murder of blogger Ann Roe".
// ("the August 2020 killing of six French aid workers in Niger": with its month.)
const PAST_KILLING_OF = new RegExp(
  `\\bthe (?:(?:${MONTH_NAMES.join('|')}) (?:\\d{1,2},? )?)?((?:19|20)\\d\\d) (?:murders?|killings?|assassinations?|beheadings?|stabbings?|shootings?) of [^,;.]{1,80}`,
  'g',
);
// A people named for who the victims were, though a region bears its name: "most of them ethnic Amhara".
const ETHNIC_NAME = /\bethnic(?:ally)? [A-Z][\w'’-]+(?:(?:,? and |, | or )[A-Z][\w'’-]+)*/g;
// A road named by the towns it joins: "on the Beirut-Damascus highway" (where the clause names a place of its own).
// (Or ", on the road from Sorra to Ulma" told after the event's own place; a road that is all the clause places, "on
// the road between Kompienga and Pama", keeps its ends.)
const ROAD_WORD = /\b(?:highway|road|motorway|expressway|railway|rail line|route|corridor|pipeline)\b/;
const ROAD_BETWEEN =
  /\b[A-Z][\w'’]+(?:[-–][A-Z][\w'’]+)+ (?:highway|road|motorway|expressway|railway|rail line|route|corridor|pipeline)\b|(?<=[A-Z][\w'’-]+),\s+(?:on|along) (?:the|a) (?:main )?(?:road|highway|route|railway) (?:from|between) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:to|and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?/g;
// (Not where the other place is the region the town lies in: "about 30 kilometers west of Sevare, in the Mopti region".)
const DISTANCE_FROM =
  /\b\d+\s+(?:miles|kilometers|kilometres|km)\s+(?:\w+\s+)?(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?![\w'’-])(?!,\s+(?:in\s+)?(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:region|province|district|state|governorate|department|county)\b)/g;

// A site named for a town and told to stand in another: "a branch of the Kabul Bank in Jalalabad", "the Tessa prison
// in Ulma", "a Korvel Coach bus at the … station in Tarn", "the Dar al-Salam hotel in central Tarn". The name is the
// site's, not the town of the event (blanked; the article is kept). A town in a district keeps its name: "the Ulma
// market in Tarn province". ("an explosion at Ulma University in Tessa", "outside the Sorra consulate in Kessa"; "the
// Tessa hotel in the same city": the town told before; not "the Orsk police station in the same district", a town in it;
// not "a network in the West Bank in November", a month after it.)
const SITE_NAMED_IN =
  /\b((?:[Tt]he|[Aa]n?|at|in|near|outside) )(?![A-Z][\w'’]*-bound\b)(?:(?:al-|el-)?[A-Z][\w'’-]* ){1,3}(?:[a-z]+ )?(?<!Air Force )(?:[Bb]ank|bus|[Cc]oach|[Hh]otel|[Pp]rison|[Ss]tation|[Mm]arket|[Mm]osque|[Cc]hurch|[Ss]chool|[Hh]ospital|[Mm]all|[Rr]estaurant|[Ss]tadium|[Ee]mbassy|[Cc]onsulate|[Uu]niversity|[Cc]ollege|[Aa]cademy|[Aa]irport|[Bb]ridge|[Dd]am|[Pp]roject|[Pp]lant|[Rr]efinery|[Tt]erminal|[Cc]athedral|[Tt]emple|[Ss]hrine|[Cc]ourthouse)\b(?: (?:branch|office|compound|building|project))?(?=,? (?:at|in|near|outside) (?:the )?(?:central |downtown )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]+\b(?! (?:[Pp]rovince|[Dd]istrict|[Rr]egion|[Ss]tate|[Cc]ounty|[Gg]overnorate)\b)|,? in the same (?:city|town|village|neighbou?rhood|quarter|area)\b(?!\s+as\b))/g;
// A place that only says whose a title is: "Sulu Governor Ann Tan stepped off the plane" (the governor's province is
// no place of the event). A title of a site keeps its town: "the office of Tarn Mayor Ann Tan".
const TITLE_OF_PLACE =
  /(?<!\b(?:of|at|in|near|outside|inside) )\b[A-Z][\w'’-]+ (?=(?:Governor|Deputy Governor|Mayor|Police Chief|Senator|Congressman|Congresswoman|Representative|Deputy|MP|Councilor|Councillor) [A-Z][a-z])/g;

// A town told near another to say where it lies: "at a gas plant in Tarn, near Ulma" (Tarn is the place).
const NEAR_A_PLACE =
  /(\b(?:in|at) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+(?:just |close )?near (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?/g;

// (The police acting, not a site of theirs: "the Aghia Paraskevi police station".)
const SPAN_WORD = / the (?:course of (?:the )?)?(?:year|conflict|war|insurgency|(?:19|20)\d\d)\b| since /;
const SPAN_COUNT_CLAUSE =
  /(?:,?\s+(?:and|while|but)\s+|;\s+|,\s+(?=(?:raising|bringing)\b))(?=[^.;:]{0,200}?\b(?:arrested|detained|killed|died|captured|neutralized|wounded)\b)[^.;:]{0,120}?(?:\b(?:over|during|throughout) the (?:course of (?:the )?)?(?:year|conflict|war|insurgency|(?:19|20)\d\d)\b|\bsince the (?:start|beginning) of\b|\b(?:has|have) (?:been )?(?:arrested|detained|killed|died)\b[^.;:]{0,120}?\bsince\b)[^.;:]{0,200}/gi;
const POLICE_OF_A_TOWN =
  /\b[A-Z][a-z]+(?= police (?:later )?(?:arrested|detained|raided|apprehended|captured|killed|shot|said|reported|announced)\b)/g;
// Where those the event struck came from (HOME_OF), what was plotted, where the attackers fled, a town that tells how
// far it was: "killed three residents of Lomi at a market in Casso", "killed five Ulma residents who were attending a wedding in
// Tessa", "two activists from Tessa", "arrested five suspects who were planning attacks in Ulma", "before escaping into
// the Gessel Forest", "some 40 kilometers from the provincial capital, Ulma". Blanked only where the clause names
// another place: with none left, the clause is read whole.
// (Not those taken from a place: "kidnapped 20 students from Tarn near Bessa" took them there.)
// ("militants from Sorra attacked a police station in Kessa", "shot dead a cleric from Sorra as he left a mosque in
// Kessa", "gunmen, who had followed their victim from Ulma, shot dead a journalist in Sorra": where they came from.)
const HOME_OF =
  /\b(?:residents?|natives?|activists?|people|villagers|pilgrims|students|workers|traders|farmers|fishermen|militants|fighters|gunmen|attackers|assailants|cleric|imam|priest|pastor|journalist|businessman|victim|man|woman|men|women)\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?/g;
const HOME_OR_AIM =
  /\b[A-Z][\w'’-]+(?=\s+(?:residents|natives?|villagers)\b)|\b[A-Z][\w'’-]+['’]s\s+(?=(?:mayor|governor|police chief|chief of police|deputy mayor|imam|bishop)\b)|\bof(?<=\b(?:Mayor|Governor|Deputy Governor|Police Chief)\s+(?:[A-Z][\w'’-]+\s+){1,3}of)\s+[A-Z][\w'’-]+|\b(?:planning|plotting|preparing|conspiring|(?:had|who) (?:planned|plotted))\b[^.;,]{0,60}?\b(?:in|on|against|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+)*|\b(?:before|after|then)\s+(?:escaping|fleeing|retreating|withdrawing)\s+(?:back\s+)?(?:into|to|across|toward|towards)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\b\d+\s+(?:miles|kilometers|kilometres|km)\s+from\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:capital,\s+)?[A-Z][\w'’-]+/g;
// Where rockets or missiles were fired from, and the land they were fired toward, where the clause names where they
// struck: "fired three rockets from near the village of Tarkuna in southern Lebanon into northern Israel; the rockets
// landed in the town of Nahariya", "militants in Gaza fired rockets into southern Israel; one struck a house in
// Ashkelon", "fired rockets from across the border in Morvale toward Qandaria; one struck a school in Gresk" (blanked
// only where another place is named: with none left, the clause is read whole).
const FIRED_FROM_PLACE =
  /\b(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,4}?(?:from|out of)\s+(?:(?:near|inside|within|across the border in|across the border from|the)\s+)*(?:(?:village|town|city|area|region|district|outskirts) of\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,?\s+in\s+(?:(?:northern|southern|eastern|western|central)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?|\b(?:militants|fighters|gunmen|groups|factions|insurgents)\s+(?:in|from|based in)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,2}(?=(?:\w+\s+)?(?:fired|launched)\b)|(?<=\b(?:fired|launched|lobbed)\s+[^.;]{0,120}?)\b(?:into|toward|towards|at)\s+(?:(?:northern|southern|eastern|western|central)\s+)?[A-Z][\w'’-]+(?=[^.;]{0,20}[;,]\s+(?:one|two|three|the rockets?|the missiles?|a rocket|a missile|they|it)\b[^.;]{0,40}?\b(?:struck|hit|landed|fell|exploded)\b)/g;
// The event an arrest is for, told with its own place: "arrested four suspects in Marrakesh in connection with the killing
// of two hikers near Imlil" (blanked only where another place is named: with none left, the clause is read whole).
const IN_CONNECTION_WITH =
  /\b(?:in connection with|for (?:their|his|her) (?:alleged )?(?:role|involvement|part) in) (?:the|an?) (?:[\w-]+ ){0,3}?(?:killings?|murders?|bombings?|attacks?|kidnappings?|abductions?|shootings?|assassinations?|beheadings?) of [^,;.]{0,100}/g;
// What an event led to, told after it: ", prompting thousands to march in Kabul", ", sparking protests in Tarn".
const LED_TO = /,\s+(?:prompting|sparking|triggering|provoking|leading to|leading)\s[^.;]*/g;

// Where someone is from or is based, not where the event was: "French aircraft operating from Niamey struck a convoy
// north of Tillia", "an Iranian diplomat based in Vienna", "the worst terrorist attack in Philippine history".
const BASED_IN =
  /\b(?:(?:operating|flying|taking off) (?:from|out of)|(?<=\b(?:diplomat|official|national|businessman|journalist|citizen|resident|man|woman|preacher|cleric) )based in|(?:crossed|came|infiltrated|arrived) (?:over )?from|in(?= (?:[A-Z][\w'’-]+ ){1,2}history\b)) (?:[A-Z][\w'’-]+ ?){1,3}/g;

// What every BASED_IN match holds (the pattern, tried at every position, is kept off the texts without them).
const BASED_IN_WORDS = / from | out of | based in | history/;
const NEVER = /(?!)/g;

// Who told it, closing the clause: ", the U.S. Africa Command said.", ", according to the Tarn Ministry of Defense." The
// teller's name places nothing.
// (Or the police of a town: ", police in Ulma said.", ", the Tessa police chief said.")
const TOLD_BY =
  /,\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:said|reported|stated|announced|confirmed)|(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:police|officials|authorities)(?:\s+(?:chief|spokesman|spokesperson|commander))?(?:\s+in\s+[A-Z][\w'’-]+)?\s+(?:said|reported|stated|announced|confirmed)|according to (?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})[.;]?\s*$/;

// The opening that dates an event by one told before, naming its place: "Two days after the raid on Mocimboa da Praia,
// they overran Quissanga" (the place of the raid is no place of this event).
// An earlier event told after the day's own, counted from it, with a verb of its own: ", a day after gunmen killed three
// soldiers at a checkpoint in Sorra", ", three days after militants had ambushed a patrol near Marra, killing six
// soldiers". No place or figure of the day's event (the earlier one is not made a record here).
const DAYS_AFTER_EVENT_TAIL =
  /,\s+(?:(?:about|some|nearly|almost|just|only|less than|more than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a few)\s+(?:hours?|days?|weeks?)\s+(?:after|before)\s+(?!the\s+[^,;.]{1,60}[,;.])(?:[\w'’-]+\s+){1,4}?(?:had\s+)?(?:killed|attacked|ambushed|bombed|stormed|struck|shot|detonated|exploded|wounded|kidnapped|abducted)\b[^;.]*/g;
const DAYS_AFTER_EVENT_OPENING =
  /^(?:(?:about|some|nearly|almost|just|less than|more than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a few)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s+the\s+[^,;]{1,80},/i;

// A place told as the one just named: "in the area", "the operation killed 11 terrorists" (the operation the sentence
// before placed), "nearby", "in the same town", "during a raid there".
const IN_THE_AREA =
  /\b(?:in|near|around|across|on|cleared|secured|sealed off|cordoned off|retook|recaptured|liberated|overran|stormed|attacked|seized|captured|entered|raided|occupied) the (?:same )?(?:area|vicinity|town|village|city|district|island|neighbou?rhood|quarter|suburb)\b(?! of)|\b(?:at|in|near|on) the same (?:airport|market|site|mosque|church|camp|base|road|checkpoint|location|place|spot)\b|\bin the same (?:state|province|region|county|governorate)\b|\bnearby\b|\b(?:raids?|operations?|attacks?|bombings?|clash(?:es)?|fighting|ambush|sweep|search|killed|arrested|detained|struck|exploded|died)\s+there\b|\b(?:broke|lifted|ended|broke through) the siege\b|^[^,;]{0,80}?\bthe (?:operation|offensive|campaign|sweep) (?:killed|left|captured|arrested|detained)\b/i;
// "there" as a place: "during a raid there", not "there were no arrests".
const THERE_PLACED = /\bthere\b(?!\s+(?:was|were|is|are|had|have|has|will|would|had been|have been)\b)/;
// The last words of a sentence that tell someone went to a town: "… before returning to Tarn.", "fled to Ulma in May".
// (No capitalized word after it but a month: "moved to Tarn in March"; not a name's possessive, "Boko Haram's".)
const WENT_TO = new RegExp(
  `\\b(?:return(?:ed|ing)?|mov(?:ed|ing)|fle(?:d|eing)|travell?(?:ed|ing)|went|going|relocat(?:ed|ing)|head(?:ed|ing)|came|coming) (?:back )?to ([A-Z][\\w-]+(?: [A-Z][\\w-]+)?)(?=[\\s,.;]|$)(?![^.;]*\\b(?!(?:${MONTH_NAMES.join('|')})\\b)[A-Z][a-z])`,
);
// ("… a roadside bomb killed four more in the same area": the place told last, a sentence or two back.)
const IN_THE_TOWN =
  /\b(?:in|near|outside) the (?:same )?(?:town|village|city)\b(?! of)|\b(?:in|near) the same (?:area|district|neighbou?rhood|vicinity|province|region)\b/i;
// The lead-in of a list of dated items told in one sentence: "Attacks in the city during the year included the
// following:".
const LIST_LEAD_IN = /^[^:;]{0,160}\b(?:included|include|were|was|as follows|the following)[^:;]{0,40}:(?=\s)/;
// A place that opens a sentence: "In Zamboanga City, …", "Near Orsk, …".
const NOT_THE_TOPIC =
  /^(?:an?|another)\s+(?:separate|different)\s|\b(?:[Ee]lsewhere|(?:an?|another|in a) (?:separate|different) (?:incident|attack|bombing|event)|in the (?:north|south|east|west|northeast|northwest|southeast|southwest|interior|countryside)\b(?! of the (?:city|town|capital)))\b/;
// An opening that tells of events in one town: "In Kabul, the Taliban mounted several complex attacks", "attacks in
// Mogadishu grew more ambitious" (not "Since the 2008 attacks in Tarn, security has tightened", "after the bombings in
// Tarn", nor a year other than the report's).
const OPENING_IN_TOWN = /^In ([^,]{1,60}),/;
// Several events, by the plural noun that names them.
const EVENTS_NOUN =
  '(?:attacks|bombings|blasts|explosions|assaults|raids|ambushes|kidnappings|shootings|killings|assassinations|clashes)';
// ("Sectarian clashes erupted in Tarn between …": a verb of their breaking out may stand between.)
const EVENTS_IN_TOWN = new RegExp(
  String.raw`\b${EVENTS_NOUN}\s+(?:(?:erupted|broke out|flared|resumed|continued|took place|occurred)\s+(?:[a-z]+ly\s+)?)?in\s+((?:[A-Z][\w'’-]*\s?){1,3})(?!\s*(?:,|and|or)\s+[A-Z])`,
);
const TOLD_BEFORE_NOW = new RegExp(
  String.raw`\b(?:since|after|following|before)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?${EVENTS_NOUN}\b`,
  'i',
);

/** The town a passage's opening makes the scene of the events it goes on to tell, if it names one. */
function topicTown(opening: string, places: readonly string[], year: number | null): string[] {
  const subject = TOPIC_PLACE.exec(opening) ?? ONE_EVENT_AT.exec(opening);
  if (subject) {
    const years = opening.match(/\b(?:19|20)\d\d\b/g) ?? [];
    // (The place itself, not those that say where it lies: "the Erez crossing between Gaza and Israel".)
    const named = (subject[1] ?? subject[2] ?? '').split(
      /\s+(?:between|near|outside|(?:north|south|east|west)\w* of)\s/,
    )[0];
    return years.some((y) => Number(y) !== year) ? [] : namesIn(named ?? '', places);
  }
  if (!MANY_EVENTS.test(opening) || TOLD_BEFORE_NOW.test(opening)) return [];
  const years = opening.match(/\b(?:19|20)\d\d\b/g) ?? [];
  if (years.some((y) => Number(y) !== year)) return [];
  const inTown = namesIn(OPENING_IN_TOWN.exec(opening)?.[1] ?? '', places);
  if (inTown.length > 0) return inTown;
  return namesIn(EVENTS_IN_TOWN.exec(opening)?.[1] ?? '', places);
}

/**
 * The town of the targets a passage's opening tells ("Al-Shabaab repeatedly targeted hotels in Mogadishu …",
 * "Diplomatic missions remaining in Tripoli were targeted in the spring."), the place of the attacks after it that name
 * none; not of targets of the police ("sympathizers in Nairobi were targeted by police").
 */
function targetsTown(opening: string, places: readonly string[], year: number | null): string[] {
  if (!(MANY_EVENTS.test(opening) || OFTEN.test(opening)) || TOLD_BEFORE_NOW.test(opening)) return [];
  if (otherYear(opening, year)) return [];
  const targets = TARGETS_IN_TOWN.exec(opening);
  if (
    !targets ||
    BY_THE_STATE.test(opening.slice(targets.index + targets[0].length, targets.index + targets[0].length + 40))
  )
    return [];
  return namesIn(targets[1] ?? targets[2] ?? '', places);
}

// A town as the subject of a passage's opening sentence: "Karachi suffered …", "Tarn bore the brunt …", "Kabul
// itself was hit repeatedly", "The city of Tarn saw …".
// An opening that tells of several events: "In Kabul, the Taliban mounted several complex attacks.", "Al-Shabaab's attacks
// in Mogadishu grew more ambitious", "TAK claimed two car bombings in Ankara within a month".
const MANY_EVENTS =
  /\b(?:attacks|bombings|blasts|explosions|assaults|raids|ambushes|kidnappings|shootings|clashes|twice|repeated(?:ly)?|several|series|wave|spate|string)\b|\b[a-z]+s\s+(?:[a-z-]+\s+){0,2}in\s+[A-Z][\w'’-]+\s+were\s+(?:\w+ly\s+)?(?:targeted|attacked)\b/;
// ("Terrorists frequently targeted hotels in Arish.", "continued to target churches in Jos": events told as many.)
const OFTEN = /\b(?:frequently|often|regularly|continued to (?:target|attack|strike))\b/i;
const BY_THE_STATE = /^\s+by\s+(?:the\s+)?(?:police|security forces|authorities|army|military|troops|government)\b/i;
const TARGETS_IN_TOWN =
  /\b(?:targeted|target|struck|attacked|attack|hit)\s+(?:[a-z-]+\s+){1,3}?in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|\b[a-z]+s\s+(?:[a-z-]+\s+){0,2}in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+were\s+(?:\w+ly\s+)?(?:targeted|attacked)\b/;
const TOPIC_PLACE =
  /^(?:The (?:city|town|port|capital) of )?((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+?)(?:['’]s (?:[A-Za-z-]+ ){0,3}?[a-z]+| itself)? (?:suffered|saw|bore|witnessed|was hit|was struck|was targeted|remained|endured|experienced|faced)\b/;
const OPENING_PLACE = /^(?:In|Near|Outside|At) (?:the )?[A-Z][^,;.]{1,60},/;
// An opening that names where the event the passage tells took place: "The most serious attack inside Jordan during the
// year took place in downtown Amman.", "The deadliest single attack of the year took place at Ashdod port.", "The worst
// attack of the spring struck Tarn port.", "The year opened with an attack at the Erez crossing."
// ("2009 Terrorist Incidents: The most serious attack of the year occurred at the al-Furqan mosque in the village of
// Ai Bayae, …": after a heading's label; at a site in the town.)
const ONE_EVENT_AT =
  /^(?:(?:19|20)\d\d [A-Z][\w ]{0,30}:\s+)?The (?:most \w+|worst|deadliest|bloodiest|largest|biggest|single|only)\b(?: [\w-]+){0,3}? (?:attack|bombing|incident)\b[^.;]{0,60}?\b(?:(?:took place|occurred|happened)\s+(?:at|in)|struck)\s+(?:downtown\s+|central\s+)?([A-Z][^,.;]{1,40}|(?:the|an?) (?:[\w'’-]+ ){0,4}?(?:mosque|church|temple|market|school|hotel|shrine|camp|base|station|checkpoint)s? (?:in|at) (?:the (?:village|town|city) of )?[A-Z][^,.;]{1,40})|^The year (?:opened|began|started) with an? (?:[\w-]+ )?(?:attack|bombing) (?:at|in|on) (?:the )?([A-Z][^,.;]{1,40})/;

// A town named only to tell which way the place lies from it: "northeast of Damascus", "just south of Mosul"; or the
// border the place lies on: "the Nahal Oz fuel depot on the Gaza border" (not the border post named for a place: "at the
// Kessa border crossing").
// (Not where the other place is the region the town lies in: "about 30 kilometers west of Sevare, in the Mopti region".)
const DIRECTION_OF =
  /\b(?:(?:just|about|some|roughly|directly) )?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)? of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?![\w'’-])(?!,\s+(?:in\s+)?(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:region|province|district|state|governorate|department|county)\b)|\b(?:on|near|along|at|by) the [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:border|frontier|boundary)\b(?!\s+(?:crossings?|posts?|checkpoints?|gates?|points?|stations?|terminals?))/g;

// An event of another year named for context: "linked to the 2010 German Bakery bombing in Pune", "since the March and
// April 2007 suicide bombings in Casablanca", "recalled a 2012 kidnapping in Tamanrasset".
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
// ("the July 17, 2015 ambush in Ain Defla": with its day, where the year is another than the record's; see placeText.)
const PAST_EVENT = new RegExp(
  `\\b(?:the|an?) (?:${MONTH} (?:\\d{1,2},? )?(?:(?:and|or|to) ${MONTH} )?|(?:Christmas(?: Eve| Day)?|New Year['’]s (?:Eve|Day)|Easter(?: Sunday)?|Boxing Day) )?((?:19|20)\\d{2}),? [^.;,]{0,40}?(?:bombings?|attacks?|blasts?|explosions?|siege|massacre|ambush(?:es)?|kidnappings?|abductions?)(?: of (?:[^.;,]|(?<=\\b(?:St|Mt|Ft))\\.){1,50}?)?(?: in| at| on) (?:the )?[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+)?`,
  'g',
);

// A toll of another time told to say where: "close to where four soldiers were killed in October 2017", "where the
// October 4, 2017 ambush killed four soldiers" (the year names the event, and its toll follows it).
// ("…, less than a year after the March 2019 massacre there in which some 160 villagers died": the same, told as the
// event the story came after.)
const PAST_TOLL =
  /\b(?:(?:close to|near|not far from)\s+)?where\s(?:[^,;.]|\.(?=\S|\s+[a-z])){0,120}?\b(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\b|the\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})\b[^,;.]{0,120})|\b(?:after|since|before|following)\s+the\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})\b[^,;.]{0,60}?\b(?:in which|which|that|when)\b[^,;.]{0,120}/g;

// An event of a year written out, named with its toll: "the July 17, 2015 ambush in Ain Defla, which killed nine
// soldiers," (the year in group 1).
const PAST_EVENT_TOLL = new RegExp(
  `\\bthe (?:${MONTH} (?:\\d{1,2},? )?)?((?:19|20)\\d{2}),? [^.;,]{0,60}?\\b(?:ambush(?:es)?|attacks?|bombings?|blasts?|explosions?|massacres?|assaults?|raids?|shootings?)\\b[^.;,]{0,100}?,?\\s+(?:which|that|in which)\\s+(?:\\w+\\s+)?(?:killed|wounded|injured|left|died)\\b[^,;.]*,?`,
  'g',
);
// A clause after a semicolon that holds a day of a year written out: "; two more died … on January 2, 2021".
const OTHER_YEAR_SEMICOLON =
  /;\s+[^;]*?\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+((?:19|20)\d{2})\b[^;]*/g;

// Who attacks, in words the series uses for militants.
// A part whose subject is a pronoun for those the part before told of, right after its opening words ("and on August
// 21 they …").
const PRONOUN_GOES_ON =
  /^[^,;.]{0,40}?\b(?:they|he|she)\s+(?:also\s+|later\s+|then\s+)?(?!(?:were|was|had|said|claimed|threatened)\b)[a-z]{3,}\b/i;
// A part that opens with its verb, told of those the part before told of: ", and killed a further three militants".
// (Those it kills are militants: not "…, and killed 30 villagers in Ulma", militants' own act after a clash.)
const NO_SUBJECT_GOES_ON =
  /^[\s,]*(?:and\s+)?(?:then\s+|later\s+|also\s+|subsequently\s+)?(?:killed|shot dead|neutralized|eliminated)\s+(?:[\w-]+\s+){0,4}?(?:militants|insurgents|terrorists|fighters|gunmen|rebels|extremists|jihadists|attackers|members)\b/i;
const ATTACKER =
  /\b(?:militants?|gunmen|gunman|insurgents?|rebels?|bombers?|attackers?|terrorists?|fighters|assailants?|extremists?|jihadists?)\b/i;

// A day dated with its year: "the September 17, 2008 assault".
const OTHER_YEAR_IN =
  /\bin (?:(?:early|mid-|late)\s?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b/;
// The same, closing a clause joined by "and", "while" or "but": "…, and militants killed 15 in Bessa in early January 2007".
const OTHER_YEAR_CLAUSE = new RegExp(`,\\s+(?:and|while|but)\\s+[^;.]{0,200}?${OTHER_YEAR_IN.source}[^;.]*`, 'g');
const OTHER_YEAR =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?(\d{4})\b/;

// Sites named without their town: "between the Avtozavodskaya and Paveletskaya stations", "at the Rizal Street market".
const SITES_ONLY =
  /\b[A-Z][\w'’-]+(?: (?:and|or) (?:the )?[A-Z][\w'’-]+)? (?:stations?|metro stations?|markets?|streets?|squares?|bridges?|mosques?|churches?|temples?)\b/;

// Where a clause turns to the attack an operation answers: ", following an attack on a FAN patrol".
const RESPONSE_TO =
  /,\s+(?:following|after|in retaliation for|in response to) (?:an?|the) (?:[\w-]+ ){0,3}?(?:attacks?|ambush(?:es)?|raids?|bombings?)\b/i;

// The capital, unnamed: "in the capital", "a hotel in the capital".
// A seat of the state as what was attacked: "attacked the Ministry of Internal Security", "stormed the Presidential
// Palace", "a car bomb outside the Interior Ministry" (not a ministry named as who acted: "the Ministry of Defense said").
const SEAT_OF_STATE =
  /(?:\b(?:attacked|stormed|struck|targeted|hit|bombed|shelled|raided|besieged)|(?<=\b(?:bomb|blast|explosion|attack|grenade|shooting|gunfire|bomber|gunmen)s?\s(?:[\w-]+\s){0,3}?)(?:outside|near|at|inside)) the (?:(?:Ministry|Ministries) of (?:the )?(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+|(?:Interior|Defen[cs]e|Foreign|Justice|Finance|Education|Health|Information) Ministry|[Pp]residential [Pp]alace|(?:national )?[Pp]arliament(?: building)?|National Assembly|Supreme Court)\b/;
const IN_THE_CAPITAL =
  /\b(?:in|near|outside|around|across) the (?:country['’]s |nation['’]s )?capital\b(?!\s+(?:of|city of)\b)/i;
// A quarter of the capital: "in the Dimbeul neighborhood of the capital", "on the outskirts of the capital".
// (Where it happened, told with "in", "at", "on" or "near", or in an aside ("in Hodan, a district of the capital"): not
// "30 kilometers from the outskirts of the capital", "fled the outskirts of the capital"; nor a capital named after it:
// "the Hodan district of the capital, Mogadishu,".)
const QUARTER_OF_THE_CAPITAL =
  /(?:\b(?:in|at|on|inside|near)\s+(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,3}?|,\s+an?\s+(?:[\w-]+\s+){0,2}?)(?:neighbou?rhood|district|suburb|outskirts|quarter|section)s?\s+of\s+the\s+(?:country['’]s\s+|nation['’]s\s+)?capital\b(?!\s+(?:of|city of)\b)(?!\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[,.;])/;

// A sentence that gives a toll again: "The government initially put the death toll at 359", "the toll rose to 40",
// "a local newspaper put the number of dead at more than 30", "Officials gave a lower figure, 35 dead".
const TOLL_AGAIN =
  /\b(?:death toll|toll|revised|initially|later raised|later lowered|(?:number|count|tally) of (?:the )?(?:dead|deaths|fatalities|victims)|total (?:number of )?(?:dead|deaths|fatalities|killed)|(?:lower|higher|different|smaller|larger) (?:figure|count|number|estimate)|put the (?:figure|number|count) at)\b/i;

// The event's whole toll in a sentence of its own: "The attack resulted in two deaths", "The bombing left three dead".
const RESULT_TOTAL =
  /^The (?:[\w-]+ )?(?:attack|bombing|blast|explosion|assault|ambush|shooting|raid|incident)s? (?:resulted in|caused|left) (?:a total of )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;
// A sentence that gives someone's account: "Local media said 25 people died.", "Residents said the attack killed at
// least 25.", "According to the police, …". Its figures are another account of the toll told, never added to it,
// unless it tells of more victims ("Police said the attackers also killed two guards").
const ACCOUNT_OPENING =
  /^(?:(?:The\s+)?(?:[A-Z][\w'’.-]*\s+)(?:[\w'’-]+\s+){0,3}?(?:said|reported|stated|claimed|estimated|put|counted|gave)\b|According to\b)/;
// ("Al-Shabaab claimed to have killed more than 50", "other sources said 40": no more victims, another account.)
const MORE_VICTIMS =
  /\b(?:also|another|further|more(?!\s+than\b)|additional|separately)\b|\bother(?!\s+(?:sources|reports|accounts|estimates|officials|media)\b)/i;
// A place just before a date it is told on: "… Gao on March 31" (matched at the end of the text before the date).
// (Several places joined by "and" or commas, and their region as an aside: "in Sanxenxo and Baiona, in Galicia, on".)
const PLACE_NAME_ON = "[A-Z][\\w'’-]+(?: (?:(?:de|del|de la|la|al|el|du|des|di|da|do|dos|ul) )?[A-Z][\\w'’-]+){0,2}";
// A toll in brackets right after a date: " (one killed)", " (no casualties)".
const BRACKET_AFTER = /^\s*\([^()]{1,60}\)/;
const PLACE_ON_DATE = new RegExp(
  `${PLACE_NAME_ON}(?:(?:, |,? and )${PLACE_NAME_ON}){0,3}(?:, (?:in |near |outside )?(?:the )?[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,3},)? on $`,
);
// The words between a date and the next place of such a list: a comma or "and", then at most a preposition, or a
// target with no verb ("and in ", ", and a ferry terminal in ", " and of nine more in ").
const LISTED_LINK =
  /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:(?:of\s+)?(?:an?|the|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|\d+)\s+(?:(?!\w+(?:ed|ing)\b)[\w'’-]+\s+){0,4}?)?(?:in|near|at|outside)\s+(?:the\s+)?)?$/;
// Where victims were treated or died later, no place of the event: "one of whom later died in a hospital in Cotabato
// City", "were taken to a hospital in Tarn".
// (Only a death told as later, of the wounded; where the clause names no other place, the hospital's town stays.)
const HOSPITAL_IN =
  /\b(?:later died|died later|succumbed(?: to (?:his|her|their) (?:wounds|injuries))?)\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:[a-z]+\s+)?hospital\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\bthe (?:wounded|injured) were (?:taken|flown|evacuated) to (?:a\s+|the\s+)?(?:[a-z]+\s+)?hospital\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?/g;
// What those held are held for: "wanted for", "charged in", "accused of", "charged them with" (not "suspected militants
// in Tarn", where "suspected" tells who they are).
// ("captured Ann Roe, a suspect in the September 2012 attack on U.S. facilities in Tarn, near Ulma": the same, told by
// a noun.)
const HELD_FOR_WORDS =
  '(?:(?:wanted|charged|suspected|accused|convicted|sentenced|tried|indicted|responsible|blamed)\\s+(?:(?:them|him|her|it|\\w+ly)\\s+)?(?:for|of|in|over|with|in connection with)|(?:a|the|one|key|main|prime)\\s+suspect\\s+in(?!\\s+(?:(?:northern|southern|eastern|western|central|downtown|north|south|east|west)\\s+)?[A-Z][\\w-]*(?:[\\s,.;]|$)))';
const HELD_FOR = `\\b${HELD_FOR_WORDS}\\s+`;
// The same, and those the event is told of by what they did in it or their tie to it: "the mastermind of", "linked to"
// (where a place after the event may be of either, so only for where clauses are cut).
const TIED_TO = `\\b(?:${HELD_FOR_WORDS}|(?:linked|tied|connected)\\s+(?:[a-z]+\\s+)?to|involved\\s+in|suspects\\s+in|(?:masterminds?|organi[sz]ers?|planners?|architects?|perpetrators?|ringleaders?)\\s+(?:of|behind))\\s+`;
// The event those held are held for, with its place: "wanted for the June 24 bus bombing in Ulma" (no place of the
// arrest; a plot is: "accused of plotting attacks in Kabul").
const WANTED_FOR_EVENT = new RegExp(
  `${HELD_FOR}(?!(?:[\\w'’-]+\\s+){0,3}?(?:plotting|planning|preparing|plots?|plans?)\\b)(?:the\\s+)?(?:[A-Z][a-z]+\\s+\\d{1,2}\\s+)?(?:[\\w'’-]+\\s+){0,4}?(?:bombings?|attacks?|blasts?|explosions?|killings?|kidnappings?|assassinations?|massacres?|shootings?|ambush(?:es)?|abductions?|beheadings?|hijackings?)\\b(?:\\s+(?:of|on)\\s+(?:an?\\s+|the\\s+)?(?:[a-z]+|U\\.S\\.(?:\\s+(?!(?:in|at|near)\\b)[a-z]+){1,2}))?(?:\\s+(?:in|at|near)\\s+(?:the\\s+)?[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?){0,6})?`,
  'g',
);
// A court's sentence, then what it is for, right before an event named by its date: "sentenced two members to death
// (…) for the".
// ("convicted Ann Roe of participating in the March bombing": the same, told by the part played.)
const COURT_FOR_BEFORE =
  /\b(?:sentenced|convicted|acquitted|condemned to (?:death|life|\w+ years))\b[^;.]{0,200}\b(?:for (?:the\s+|his\s+|her\s+|their\s+)?(?:role in the\s+)?|of (?:participating|taking part|involvement|complicity) in the\s+)$/i;

const OTHER_ACT_IN_BRACKET =
  /\b(?:abolition|abolished|commuted|elected|elections?|adopted|enacted|amended|ratified|signed|pardoned|sentenced|acquitted|convicted|appointed|resigned)\b/i;
/** Whether a date stands inside brackets whose words tell no violence ("(… the death penalty was abolished in June)"). */
function quietBracket(sentence: string, m: DateMention): boolean {
  // (Searched in 200 characters either side: linear however many dates a sentence holds.)
  const from = Math.max(0, m.start - 200);
  const before = sentence.slice(from, m.start);
  const opened = before.lastIndexOf('(');
  if (opened < 0 || before.lastIndexOf(')') > opened) return false;
  const open = from + opened;
  const shut = sentence.slice(m.end, m.end + 200).indexOf(')');
  if (shut < 0) return false;
  const close = m.end + shut;
  const inside = sentence.slice(open + 1, close);
  // (A bracket of a date alone, "(June 3)", "(on May 2, 2019)", dates what stands before it.)
  const ownWords = `${sentence.slice(open + 1, m.start)} ${sentence.slice(m.end, close)}`.match(/[A-Za-z]{3,}/g) ?? [];
  return (
    ownWords.length >= 4 &&
    // (Only a bracket that tells another act: "(… commuted … after the abolition of the death penalty in June)", not
    // "(on the morning of March 3, local officials said)".)
    OTHER_ACT_IN_BRACKET.test(inside) &&
    !VIOLENT_ACT.test(inside) &&
    !/\b(?:kill|dead|died|wound|injur|arrest|detain|casualt|hurt|harm)/i.test(inside)
  );
}

// A past the ones an event is about had, told in a relative clause: "a group whose members had participated in the 2004
// Superferry bombing and the Valentine's Day bombings in Makati" (no place of this event).
// Where someone had been before, told in a relative clause: "who had trained with the TTP in Waziristan" (the place
// only, not the words after it).
const HAD_BEEN_IN =
  /\bwho\s+had\s+(?:been\s+)?(?:trained|studied|lived|fought)\s+(?:[\w'’-]+\s+){0,4}?in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?/g;
const HAD_TAKEN_PART =
  /\b(?:who|whose (?:[a-z]+ )?members|which)\s+had\s+(?:participated|taken part|been involved|been implicated)\s+in\b(?:[^.;,]|,(?=\s*(?:\d|["“]|[A-Z]|and\s+[A-Z])))*/g;
// What those held are held for, right before an event named by its date: "wanted for the", "charged in the".
const COUNTED_FROM_BEFORE = new RegExp(`\\b(?:days?|weeks?)\\s+(?:before|after)\\s+${BEFORE_DAY_NAMED}?$`);
const WANTED_FOR_BEFORE = new RegExp(`${TIED_TO}(?:the\\s+)?$`, 'i');
// A toll told: a word of death beside a figure.
const DEATH_TOLD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?)\b[^.;]{0,100}?\b(?:killed|killing|dead|died|deaths|fatalities|lives)\b|\b(?:killed|killing|left)\s+(?:\w+\s+){0,3}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?)\b|\btoll\b/i;
// A sentence that tells a part of the toll told: "The deadliest attack, in Kut, killed 37 people." It fills a field
// the others leave open, never adds.
// "Follow-up raids in France and Spain netted more than 20 other suspects", "Protests against his arrest in Baidoa left
// at least 11 people dead", "Two other suspects were detained in Antalya that week": an operation, unrest or arrests
// after the event, told in a sentence of their own, are no figure of it.
// ("In the 48 hours following the Sehwan bombing, security forces said they had killed more than 100 militants": the
// operations after an event, told in their own sentence.)
// ("Army Scout Rangers then pursued the rebels into the hills, and four fighters were killed there over the following
// ten days": a pursuit after the event, its deaths told after the pursuit and over the days after, no toll of it; not
// "In the rescue operation, 14 hostages were killed, and three more died over the following days".)
const PURSUED = /\b(?:pursued|pursuing|hunted down|tracked down)\b/i;
const DEATHS_WORD = /\b(?:killed|died|dead)\b/i;
const OVER_THE_DAYS_AFTER = /\b(?:over|in|during) the (?:following|next|ensuing) (?:\w+ )?(?:days|weeks|months)\b/i;
// ("In a manhunt over the following days, security forces killed all three attackers", "launched an offensive in the area,
// and 30 militants were killed over the next two weeks": an operation of its own, told with "a".)
const OPERATION_OF_ITS_OWN =
  /\b(?:an?|launched (?:an? )?)\s*(?:[\w-]+\s+)?(?:manhunt|offensive|operation|sweep|pursuit|crackdown)\b/i;
function pursuitAfter(sentence: string): boolean {
  if (OPERATION_OF_ITS_OWN.test(sentence) && OVER_THE_DAYS_AFTER.test(sentence)) return true;
  const pursued = PURSUED.exec(sentence);
  if (!pursued) return false;
  const rest = sentence.slice(pursued.index);
  const deaths = DEATHS_WORD.exec(rest);
  return deaths !== null && OVER_THE_DAYS_AFTER.test(rest.slice(deaths.index));
}
const FOLLOW_UP =
  /^(?:(?:In|During) )?(?:the )?(?:follow-?up|subsequent|later) (?:raids?|operations?|searches|arrests|sweeps?|investigations?)\b|^(?:In|During) the (?:counter-?attacks?|counter-?offensive|pursuit) (?:that (?:followed|ensued)|after(?:wards?)?)\b|^(?:Protests|Riots|Demonstrations|Unrest|Clashes) (?:against|over|after|following|that followed)\b|\b(?:arrested|detained|captured)\b[^.;]*\b(?:(?:later )?that (?:week|month)|in the (?:days?|weeks?|months?) (?:after|following|that followed)|over the (?:following|next|ensuing) (?:days|weeks))\b|^(?:In|During|Over|Within) the (?:\w+ )?(?:hours|days|weeks)(?: that)? (?:following|after|followed)\b/i;
const LATER_OPERATIONS =
  /;\s+(?:the\s+)?(?:security forces|troops|police|soldiers|the army|army|forces|government forces)\b[^;.]{0,100}?\b(?:in (?:the )?(?:pursuit|follow-?up|subsequent|search) operations?|(?:over|in|during) the (?:following|next|ensuing) (?:days|weeks)|in the days (?:that followed|after))\b[^;.]*/gi;
// A total of several events told at the end of their sentence: "; in all, 35 people died in the two massacres".
// ("…; the two attacks killed a total of nine officers": the events told together by their count.)
const JOINT_TAIL =
  /;\s+(?:(?:in all|in total|altogether|overall|together),?\s|(?:the|these|those) (?:two|three|four|five|twin|both) (?:[\w-]+ )?(?:attacks|bombings|blasts|explosions|assaults|shootings|ambushes|raids|incidents)\b)[^;]*$/i;
// (Also who the dead were, after the toll: "The dead included the attackers: two bombers, and four gunmen killed by the
// crowd", "Among the dead were three police officers".)
const PART_AGAIN =
  /^(?:The|In the) (?:single )?(?:deadliest|worst|largest|biggest|bloodiest|most (?:deadly|lethal|serious))\b/;
// (Where no toll was told before it, who the dead were is the toll: "… raided a villa in Batu. The dead included
// Azahari bin Husin and an accomplice.")
const WHO_DIED =
  /^(?:The (?:dead|victims|fatalities)|Those (?:killed|who died)) (?:also )?included\b|^Among (?:the|those) (?:dead|victims|killed)\b/;

// A clause that tells an event already told, by its definite name: "On February 13, the attack on Ngouboua killed five
// people" after "Boko Haram … attacked the village of Ngouboua on February 13".
const RETELLING =
  /^(?:[^,;]{0,40},\s+)?the (?:[\w'’-]+ ){0,2}?(?:attack|bombing|assault|raid|ambush|explosion|blast|shooting|massacre|siege)s? (?:on|in|at|against)\s/i;
// A claim of an act told with its day: "The Front claimed the killing of Ann Roe, who was shot dead in Tarn on July 3".
const CLAIM_RETOLD =
  /\bclaim(?:ed|s)\s+(?:(?:joint |full )?responsibility\s+for\s+)?the\s+(?:[\w'’-]+\s+){0,2}?(?:killing|murder|assassination|kidnapping|abduction|attack|bombing|ambush|assault|beheading)\b/i;
/** Whether a claim retells the act told in `earlier`: the people it names (two words or more) are named there too. */
function claimRetells(clause: string, earlier: string): boolean {
  const claim = CLAIM_RETOLD.exec(clause);
  if (!claim) return false;
  const named = clause.slice(claim.index + claim[0].length).match(/\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+/g) ?? [];
  return named.every((name) => earlier.includes(name));
}

const NO_FIGURES: CasualtyReading = {
  figures: { killed: null, wounded: null, arrested: null },
  evidence: {},
  accounts: null,
};

/**
 * The figures of a record: its own clause's and those of the sentences that go on telling it ("The attacks resulted
 * in at least 55 deaths"), added. A later sentence that gives a toll again is another account of the same deaths:
 * it only fills a field the others leave open.
 */
/** A reading with the fields it leaves open filled from the sentences that tell a part of the toll (PART_AGAIN). */
// Who died with the one the toll named: "The dead included his bodyguard and three passers-by", "… Roe's driver …".
const THE_ONE_S_OWN = /^The (?:dead|victims) (?:also )?included (?:his|her|[A-Z][\w-]*['’]s) /;

/**
 * The toll of one named victim and of those who died with him, listed in a sentence of who died after it ("Ann Roe was
 * killed … The dead included his bodyguard and three passers-by" is five); any other reading as it is.
 */
function withCompanions(reading: CasualtyReading, whoDied: readonly string[]): CasualtyReading {
  const companions = reading.figures.killed === 1 ? whoDied.find((s) => THE_ONE_S_OWN.test(s)) : undefined;
  if (companions === undefined) return reading;
  const listed = readCasualties(companions.split(';')[0] ?? '');
  if (listed.figures.killed === null || listed.evidence.killed === undefined) return reading;
  return {
    ...reading,
    figures: { ...reading.figures, killed: 1 + listed.figures.killed },
    evidence: { ...reading.evidence, killed: `${reading.evidence.killed ?? ''} … ${listed.evidence.killed}` },
  };
}

function withParts(reading: CasualtyReading, further: readonly string[]): CasualtyReading {
  const parts = further.filter((s) => PART_AGAIN.test(s));
  if (parts.length === 0) return reading;
  const part = readCasualties(parts.join(' '));
  const figures = { ...reading.figures };
  const evidence = { ...reading.evidence };
  for (const f of ['killed', 'wounded', 'arrested'] as const) {
    if (figures[f] !== null || part.figures[f] === null) continue;
    figures[f] = part.figures[f];
    const words = part.evidence[f];
    if (words) evidence[f] = words;
  }
  return { ...reading, figures, evidence };
}

function readFigures(clause: string, further: readonly string[]): CasualtyReading {
  const reading = readFiguresOf(clause, further);
  // Every quote is words of the text: the period that closed the clause is no part of one; and where words between
  // were left out of the clause ("killed Captain Ann Roe, who had been investigating [the 2005 assassination of …], along
  // with his bodyguard"), the quote is its pieces on either side of the gap.
  const gapped = Object.values(reading.evidence).some(
    (words) => typeof words === 'string' && /\S\s{2,}\S|,,/.test(words),
  );
  if (further.length === 0 && !gapped) return reading;
  const source = [clause, ...further].join(' ');
  const evidence = { ...reading.evidence };
  for (const f of ['killed', 'wounded', 'arrested'] as const) {
    const words = evidence[f];
    if (words !== undefined)
      evidence[f] = words
        .split(' … ')
        .flatMap((piece) => piece.split(/\s{2,}(?:[,;:]\s*)?/))
        // (An aside cut out between two commas leaves ",,": "Teodor Kresh, 58,[ who had been abducted …], was found".)
        .flatMap((piece) => piece.split(/(?<=,),\s*/))
        .filter((piece) => piece.length > 0)
        .map((piece) => (source.includes(piece) ? piece : piece.replace(/[.,;:]+$/, '')))
        .join(' … ');
  }
  return { ...reading, evidence };
}

// A sentence whose figure is of an event of a year named: "… more than 200 members detained during the 2007 fighting at
// Tarn" (not a comparison: "the worst attack since the 2014 bombings; 30 people died").
const OTHER_YEAR_EVENT =
  /\b(?:detained|arrested|held|captured|killed|wounded|injured|displaced)\s+(?:during|in|after|over)\s+the (?:19|20)\d\d (?:[a-z-]+ )?(?:fighting|bombings?|attacks?|clashes|siege|war|conflict|violence|uprising|riots?|crisis|offensive|campaign|insurgency)\b/;
// A sentence after the event that counts over a span: "The government said that more than 250 terrorists had
// surrendered under the Charter since 2006", "Over the year, police arrested 400 suspects" (not a ranking: "the
// deadliest since 2008").
// ("Since January, bombings in the province have killed 140 people", "have been killed since the insurgency began",
// "had surrendered since the amnesty was announced")
// ("Through June, militant violence in the province had killed more than 600 civilians", "By early August, authorities
// had detained more than 1,400 people": a count up to a month, no day of its own.)
const SPAN_COUNTED =
  /\bsince the (?:start|beginning) of (?:the |this )?year\b|\bsince (?:(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?: (?:19|20)\d\d\b)?|(?:19|20)\d\d\b|the (?:[\w-]+ ){1,3}?(?:began|started|broke out|was (?:announced|launched|declared|signed))\b)|\b(?:over|during|throughout|in) the (?:course of (?:the )?)?(?:year|conflict|war|insurgency|campaign)\b|\bso far (?:this|that) year\b/i;
const UP_TO_MONTH =
  /\b(?:through|by|as of|up to)\s+(?:the end of\s+|(?:early|late|mid)[-\s])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/i;
// (Not the event's own toll revised by then: "By the end of March, the death toll had risen to 15".)
const TOLL_REVISED =
  /\b(?:toll|tally)\b|\b(?:rose|risen|climbed|increased) to\b|\bdied (?:of|from) (?:their|his|her) (?:wounds|injuries)\b/i;
const RANKED_AS_SINCE = /\b(?:deadliest|worst|largest|biggest|bloodiest|most|first|highest)\b[^.;]{0,40}\bsince\b/i;
/** Whether a sentence told after an event counts over a span of time, no figure of that event. */
function spanCount(sentence: string): boolean {
  return (
    (SPAN_COUNTED.test(sentence) || (UP_TO_MONTH.test(sentence) && !TOLL_REVISED.test(sentence))) &&
    !RANKED_AS_SINCE.test(sentence)
  );
}
const PARTS_BY_PLACE =
  /\b(?:in|at|near)\s+[A-Z][^.;]{0,40}?\s(?:and|,)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b[^.;]{0,40}?\b(?:in|at|near)\s+[A-Z]/;
function readFiguresOf(clause: string, further: readonly string[]): CasualtyReading {
  // A sentence gives the toll again only after a toll was told: "Gunmen attacked two camps. The government said 38
  // soldiers were killed. Fifteen attackers also died." tells the deaths first in the account.
  let told = DEATH_TOLD.test(clause);
  const againAt = new Set<string>();
  for (const s of further) {
    if (
      told &&
      !PART_AGAIN.test(s) &&
      !WHO_DIED.test(s) &&
      (TOLL_AGAIN.test(s) || (ACCOUNT_OPENING.test(s) && !MORE_VICTIMS.test(s)))
    )
      againAt.add(s);
    // ("Gunmen killed a judge in Ulma. The attack resulted in two deaths and 15 arrests.": the event's whole toll, after
    // one killed was told by who he was.)
    else if (KILL_WORD.test(clause) && RESULT_TOTAL.test(s)) againAt.add(s);
    told ||= DEATH_TOLD.test(s);
  }
  // (After a count over a span, the sentences that go on count with it: "… were killed during the conflict. More than
  // 2,100 Palestinians were killed, according to the UN.")
  const spanAt = further.findIndex(spanCount);
  const isAgain = (s: string) => againAt.has(s);
  const again = further.filter((s, k) => isAgain(s) && (spanAt < 0 || k < spanAt));
  // (The clause closed as a sentence, so that no figure or name runs on into the sentence after it.)
  const closed = further.length > 0 ? clause.replace(/[\s,;:]+$/, '').replace(/(?<![.!?])$/, '.') : clause;
  const tollTold = DEATH_TOLD.test(clause);
  // ("… was killed. The dead included his bodyguard and three passers-by; at least 38 people were injured.": who died
  // is no second toll, but what the sentence tells after a semicolon is the event's.)
  const whoDied = tollTold ? further.filter((s) => WHO_DIED.test(s) && !isAgain(s) && !PART_AGAIN.test(s)) : [];
  // ("…arrested 16 suspected members. Nine were detained in Lumo and seven in Gorsk.": the whole told again town by
  // town, no more of them.)
  const whole = further.some((s) => PARTS_BY_PLACE.test(s)) ? readCasualties(closed).figures : null;
  const partsOfWhole = (s: string) => {
    if (!whole || !PARTS_BY_PLACE.test(s)) return false;
    const parts = readCasualties(s).figures;
    return (['killed', 'wounded', 'arrested'] as const).some((f) => whole[f] !== null && parts[f] === whole[f]);
  };
  const ownText = [
    closed,
    ...further.flatMap((s, k) => {
      if (spanAt >= 0 && k >= spanAt) return [];
      if (partsOfWhole(s)) return [];
      if (whoDied.includes(s)) return s.includes(';') ? [s.slice(s.indexOf(';') + 1).trim()] : [];
      return !isAgain(s) && !PART_AGAIN.test(s) && !FOLLOW_UP.test(s) && !pursuitAfter(s) && !OTHER_YEAR_EVENT.test(s)
        ? [s]
        : [];
    }),
  ].join(' ');
  const own = withCompanions(withParts(readCasualties(ownText), further), whoDied);
  if (again.length === 0) return own;
  // Each sentence is an account of its own ("Somali officials said 100 … Al-Shabaab claimed 140 …"): never added to
  // one another; the first that gives a figure is taken for each field, and one that differs is told as an account.
  // ("… killing 40 people. The number of dead eventually reached 52.": a revision that gives no figure alone is read
  // with the clause it revises.)
  // ("… killed seven people. Of the 22 wounded, three later died, raising the death toll to 10.": the later deaths and
  // the toll they bring are read with the clause, 7 + 3 = 10.)
  const readings = again.map((sentence) => {
    const reading = readCasualties(sentence);
    const killed = reading.figures.killed;
    if (killed !== null && !TOLL_BROUGHT_TO.test(sentence)) return { sentence, reading };
    const joined = readCasualties(`${closed} ${sentence}`);
    const better = killed === null ? joined.accounts?.includes('revised') : (joined.figures.killed ?? 0) > killed;
    return { sentence, reading: better ? joined : reading };
  });
  const more: CasualtyReading = {
    figures: { killed: null, wounded: null, arrested: null },
    evidence: {},
    accounts: null,
  };
  for (const { reading } of readings) {
    for (const f of ['killed', 'wounded', 'arrested'] as const) {
      if (more.figures[f] !== null || reading.figures[f] === null) continue;
      more.figures[f] = reading.figures[f];
      const words = reading.evidence[f];
      if (words) more.evidence[f] = words;
    }
    more.accounts ??= reading.accounts;
  }
  const firstKilled = readings.find(({ reading }) => reading.figures.killed !== null);
  const otherKilled = readings.find(
    ({ reading }) => reading.figures.killed !== null && reading.figures.killed !== firstKilled?.reading.figures.killed,
  );
  if (firstKilled && otherKilled && own.figures.killed === null)
    more.accounts ??= twoAccounts(
      firstKilled.sentence,
      firstKilled.reading.figures.killed ?? 0,
      otherKilled.sentence,
      otherKilled.reading.figures.killed ?? 0,
    );
  const figures = { ...own.figures };
  const evidence = { ...own.evidence };
  // "Initial reports put the death toll at six, but officials later said at least 24 had died": a toll revised
  // upward replaces the one told first.
  const revises = again.some(
    (t) =>
      RESULT_TOTAL.test(t) ||
      /\b(?:later|revised|rose|raised)\b|\b(?:raising|bringing) the (?:death toll|toll|total)\b|\btotal (?:number of )?(?:dead|deaths|fatalities|killed)\b[^.;]{0,40}?\b(?:reached|stood at)\b/i.test(
        t,
      ) ||
      /\b(?:toll|number of (?:dead|deaths|victims))\b[^.;]{0,30}?\b(?:risen|climbed|increased|reached|grown|grew)\b/i.test(
        t,
      ),
  );
  for (const f of ['killed', 'wounded', 'arrested'] as const) {
    const higher = revises && f === 'killed' && (more.figures[f] ?? 0) > (figures[f] ?? 0);
    if ((figures[f] !== null && !higher) || more.figures[f] === null) continue;
    figures[f] = more.figures[f];
    const words = more.evidence[f];
    if (words) evidence[f] = words;
  }
  // "A bomb killed 18 people in Ostra. Local media said 25 died.": two accounts, the first kept, both told.
  const differs =
    !revises &&
    own.figures.killed !== null &&
    more.figures.killed !== null &&
    own.figures.killed !== more.figures.killed;
  const accounts =
    own.accounts ??
    more.accounts ??
    (differs ? twoAccounts(ownText, own.figures.killed ?? 0, again.join(' '), more.figures.killed ?? 0) : null);
  return { figures, evidence, accounts };
}

// Words of a journey, and the words before a place that make it where one ends (or, in a journey, starts).
const JOURNEY =
  /\b(?:travel(?:l)?ing|travel(?:l)?ed|(?:planned|planning|plans|preparing|about|going|hoped) to travel|en route|bound|flying|sailing|heading|headed|leave for|leaving for|departing for|on (?:its|their|his|her) way|carrying (?:\w+ )?(?:passengers|tourists|pilgrims|workers|students|soldiers|troops))\b/i;
// Where those who acted came from: "two teenagers from the Jabalya refugee camp", "a 16-year-old from Askar" (their
// home, no place of the event, as a journey's start is none).
// (Not those taken from it: "abducted 40 girls from Tarn".)
// (Those taken from a place were there: "abducted 40 girls from Tarn".)
const TAKEN_VERBS = 'abducted|kidnapped|seized|took|taken|freed|rescued|evacuated|released';
const FROM_HOME = new RegExp(
  `\\b(?:\\d{1,2}-year-old|teenagers?|bombers?|attackers?|gunm[ae]n|assailants?)(?<!\\b(?:${TAKEN_VERBS})\\b[^.;]{0,40}(?:\\d{1,2}-year-old|teenagers?|bombers?|attackers?|gunm[ae]n|assailants?))\\s+from\\s+(?:the\\s+)?[A-Z]`,
);
// The words before a place that make it someone's home, a past of theirs, or what they plotted, or after it that make
// it the name of a role or a group; and one pass that finds whether a clause holds any of them.
const ROLE_WORDS = 'commander|chief|emir|leader|head|governor|spokesman|wali|bomber';
const GROUP_WORDS = 'cell|group|network|faction|militia|tribe|clan';
const OTHER_THAN_EVENT_WORDS = new RegExp(
  `\\b(?:from|based|who|plot\\w*|plan\\w*|charges?|accused|suspected|convicted|${ROLE_WORDS}|${GROUP_WORDS})\\b`,
);
// A role or a bombing told by a town's name: " commander", " provincial governor", " bomber" (after it), "commander in "
// (before it).
const ROLE_AFTER = new RegExp(
  `^ (?:(?:provincial|district|regional|deputy|police|local|military|militia)\\s+)?(?:${ROLE_WORDS})\\b`,
);
const ROLE_IN_BEFORE = /\b(?:commander|emir) (?:in|for) $/;
// A group named by a town: "the Ulma cell", "the Sons of Tarsis group".
const GROUP_AFTER = new RegExp(`^ (?:${GROUP_WORDS})\\b`);
const GROUP_NAME_BEFORE = /\bthe (?:[A-Z][\w'’-]* (?:of )?)?$/;
// (Where attackers were based, not where anyone was: "militants based in Korvel shelled Ulma", but "attacked the
// barracks of soldiers based in Korvel" is Korvel's.)
const HOME_BEFORE = new RegExp(
  `\\b(?:(?:\\d{1,2}-year-old|${PERSON}s?|[a-z]+men)\\s+(?:originally\\s+|hailing\\s+)?from|(?:militants|fighters|insurgents|rebels|guerrillas|terrorists|jihadists|extremists|gunmen|attackers|bombers|assailants|suspects|groups?|cells?)\\s+(?:\\w+ly\\s+)?based\\s+in)\\s+(?:the\\s+)?(?:(?:town|village|city|district|province|region|area)\\s+of\\s+)?$`,
);
const TAKEN_FROM_BEFORE = new RegExp(`\\b(?:${TAKEN_VERBS})\\b`);
// (The words after the past or the plot, up to the place, tell no verb of the event and no time of it: "gunmen who had
// fought in Korvel attacked a wedding in Tarn" is Tarn's, "on charges of plotting attacks during a raid in Tarn" too;
// nor did one come to the event's place, "militants who had infiltrated near Tarn"; nor is the past's verb one of the
// event's, which it may be where a journey was cut out before: "gunmen who had [crossed from Korvel] attacked a wedding
// in Tarn".)
const NO_EVENT_VERB_UNTIL_PLACE =
  "(?:(?![a-z]+ed\\b|(?:struck|shot|blew|set|hit|fought|took|stormed|threw|led|met|began|broke|drove|ran|stabbed|seized|held|killing|wounding|injuring|during|while|when|after|following)\\b)[\\w'’-]+\\s+){0,14}$";
// (Of one told by an aside after a comma, "Ali Tessa, who had received training in Korvel, was arrested in Tarn", "Ali
// Tessa, a trader who had lived in Korvel, …"; not victims told without one: "killed 12 worshippers who had assembled
// at a mosque in Korvel".)
const PAST_OF_ONE_BEFORE = new RegExp(
  `^\\s*(?:an?\\s+(?:[\\w'’-]+\\s+){0,3}?)?who\\s+(?:had|(?:was|were|is|are)\\s+(?:believed|thought|suspected|alleged|said)\\s+to\\s+have)\\s+(?:been\\s+)?(?!(?:infiltrated|crossed|entered|come|arrived|sneaked|slipped|moved|returned|gathered|hidden|hiding|attacked|killed|struck|stormed|bombed|shot|kidnapped|abducted|ambushed|raided|fired|opened|detonated|exploded|blew|set|hit|targeted|seized|stabbed|murdered)\\b)[a-z]+\\s+${NO_EVENT_VERB_UNTIL_PLACE}`,
);
// ("police in Velst arrested nine people accused of recruiting students at Orsk University", "arrested two men in Tarnby,
// who were suspected of links to the 2002 Orsk bombings": what those held are accused of, with its place, where the
// place of the arrest is told before; not "executed three men accused of spying for the government in Tarnby, in Orsk
// province", "arrested a man suspected of financing terrorism at the airport in Tarnby".)
const ACCUSED_OF_BEFORE = new RegExp(
  `\\b(?:accused|suspected|convicted)\\s+of\\s+(?:[a-z]+ing|links?\\s+to|ties\\s+to)\\s+${NO_EVENT_VERB_UNTIL_PLACE}`,
);
const PLOTTED_BEFORE = new RegExp(
  `\\b(?:on\\s+charges?\\s+of|(?:plotting|planning|preparing)\\s+(?:an?\\s+|the\\s+)?(?:[a-z]+\\s+)?(?:attacks?|bombings?|assaults?|strikes?)|(?:plot|plan|plans|plots)\\s+to\\s+(?:attack|bomb|strike|blow\\s+up|target))\\s+${NO_EVENT_VERB_UNTIL_PLACE}`,
);
// ("to retake Sirte": the town a campaign is fought for is its place, no journey's end.)
const JOURNEY_END =
  /^(?:\S+\s+)?(?:to|for|towards?)\s(?!(?:retake|recapture|reclaim|regain|liberate|free|clear|seize|capture|storm|attack)\s)/i;
const JOURNEY_END_OR_START = /^(?:\S+\s+)?(?:to|for|towards?|from|out of)\s/i;
// Fire from somewhere: "rockets were fired from the Hasbaya area", "a rocket fired from near Tarn".
const FIRED_FROM = /\b(?:fired|launched|lobbed)\s(?:[\w-]+\s){0,4}?from\s/i;
const FROM_START = /^(?:\S+\s+)?(?:from|out of)\s/i;
const ROLE_OF_EVENT =
  /,\s+the (?:suspected|alleged|accused|presumed) (?:[a-z]+ )?(?:organi[sz]er|mastermind|planner|leader|perpetrator|bomber|ringleader|financier|architect) of [^;]{1,160}?,(?=\s+(?:was|were|had been|has been)\s)/;
// Who a person is, told between commas with a place of theirs, before the place of the event: "arrested Ann Roe, a
// diplomat accredited to the embassy in Vienna, near Aschaffenburg" (no place of the arrest).
// (Not a clause of the event after its day: "On May 3, a bomber struck a market in Tarn, in Ulma province, …".)
const PERSON_ASIDE_PLACE =
  /(?<!\d),\s+an?\s+(?:(?!(?:struck|attacked|exploded|detonated|killed|opened|stormed|hit|blew|fired|bombed|targeted|ambushed|rammed|raided|seized|kidnapped|abducted|shot|set|launched)\b)[\w'’-]+\s+){1,8}?(?:in|of|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,(?=\s+(?:near|in|at|outside)\s+(?:the\s+)?[A-Z])/g;
const FLED_TO = /^(?:fled|escaped|fleeing|escaping|taken|smuggled)\s+(?:back\s+)?(?:to|into|across)\s/i;
const FLED_TO_ANYWHERE =
  /\b(?:fled|escaped|fleeing|escaping)\s+(?:back\s+)?(?:to|into|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}/g;

// The most places one clause gives its event. Real report text names at most six in a clause (six was
// the most over every fixture, gold chapter and 3,300 synthetic chapters); a clause listing hundreds of towns is no
// one event's place, and reading each against the clause made such a clause quadratic.
const MOST_PLACES = 24;

/** Whether `stretch` (ending at a mention of `place`, starting at `from` in `clause`) tells what those held are accused
 * of, after an arrest and another place of the clause are named. */
function accusedAfterOtherPlace(
  clause: string,
  place: string,
  found: readonly string[],
  from: number,
  stretch: string,
): boolean {
  const accused = ACCUSED_OF_BEFORE.exec(stretch);
  if (!accused) return false;
  const at = from + accused.index;
  // (Of those held only: "militants in Velst killed a man suspected of collaborating with police near Tarnby" may tell
  // where he was killed.)
  if (!/\b(?:arrest|detain|captur|apprehend|round(?:ed)? up)\w*/i.test(clause.slice(0, at))) return false;
  return found.some((other) => {
    if (other === place) return false;
    const first = clause.indexOf(other);
    return first >= 0 && first < at;
  });
}

/**
 * The places a clause names for its event: those before a semicolon where the clause goes on after one ("… in
 * Ahmedabad …; police later defused bombs in Surat"), without a destination or an origin ("a bus traveling from
 * Mandera to Nairobi", "a convoy bound for Djibo", "tourists from Moscow near the town of Baksan") where another place
 * is named.
 */
function placesOf(clause: string, names: readonly string[]): string[] {
  const semicolon = clause.indexOf(';', 1);
  // (": in Tarn, a bomb killed two; in Ulma, …": a clause for each place, every one of them the event's.)
  const placeByPlace = semicolon > 0 && /^;\s+(?:and\s+)?in\s/i.test(clause.slice(semicolon));
  const head = semicolon > 0 && !placeByPlace ? namesIn(clause.slice(0, semicolon), names) : [];
  // (At most MOST_PLACES, the first named: each is read against the clause below.)
  const found = (head.length > 0 ? head : namesIn(clause, names)).slice(0, MOST_PLACES);
  if (found.length === 0) return found;
  // "a Thalys train traveling from Amsterdam to Paris, near Arras", "a minibus carrying tourists from Moscow near the
  // town of Baksan": where the clause tells a journey, where it started is no place of the event either.
  // ("a bus traveling from Darlo to Sorra": the start is kept where the journey is all the clause places.)
  // (Each place's mentions found with indexOf, each read with the two words before it: a pattern over the whole clause
  // per place was quadratic in a clause of many towns.)
  const without = (ends: RegExp) =>
    found.filter((place) => {
      for (let at = clause.indexOf(place); at >= 0; at = clause.indexOf(place, at + 1)) {
        if (/[\w-]/.test(clause.charAt(at + place.length))) continue;
        const told = `${/(?:\S+\s+){0,2}$/.exec(clause.slice(Math.max(0, at - 60), at))?.[0] ?? ''}${place}`;
        if (!ends.test(told) || /^(?:close|next)\s/i.test(told)) return true;
      }
      return false;
    });
  // ("… said that his accomplices had fled to Iraq", "abducting his wife, who was taken to Somalia": where someone fled
  // or was taken to is never where the event was.)
  if (/\b(?:fled|escaped|fleeing|escaping|taken|smuggled)\s/.test(clause)) {
    const stayed = without(FLED_TO);
    const reduced = clause.replace(FLED_TO_ANYWHERE, ' ');
    // (Read again without those words, once: what is left names no such place.)
    if (stayed.length < found.length) return reduced !== clause ? placesOf(reduced, names) : stayed;
  }
  // ("a schoolteacher from Ardan was shot at a checkpoint outside Bessa", "militants based in Korvel shelled Ulma", "a
  // man who had fought in Sorra", "arrested a man suspected of plotting an attack in Darlo in Tarn": someone's home, a
  // past of theirs or what they plotted is no place of the event, where the clause names another; nor a town that only
  // says whose a role, a bombing or a group is: "arrested X, AQI's Baghdad commander", "killed Kunduz provincial
  // governor Omar", "a cousin of the Tarn bomber", "members of the Ulma cell".)
  if (found.length > 1 && OTHER_THAN_EVENT_WORDS.test(clause)) {
    const kept = found.filter(
      (place) =>
        !everyMention(clause, place, (at) => {
          const stretch = /[^,;()]{0,160}$/.exec(clause.slice(Math.max(0, at - 160), at))?.[0] ?? '';
          const after = clause.slice(at + place.length, at + place.length + 40);
          return (
            (HOME_BEFORE.test(stretch) && !TAKEN_FROM_BEFORE.test(clause.slice(Math.max(0, at - 100), at))) ||
            PAST_OF_ONE_BEFORE.test(stretch) ||
            PLOTTED_BEFORE.test(stretch) ||
            accusedAfterOtherPlace(clause, place, found, at - stretch.length, stretch) ||
            ROLE_AFTER.test(after) ||
            ROLE_IN_BEFORE.test(stretch) ||
            (GROUP_AFTER.test(after) && GROUP_NAME_BEFORE.test(stretch))
          );
        }),
    );
    if (kept.length > 0 && kept.length < found.length) return placesOf(clause, kept);
  }
  const journey = JOURNEY.test(clause);
  const elsewhere = journey || FROM_HOME.test(clause) ? without(JOURNEY_END_OR_START) : [];
  // (Where every place is a home of those who acted, the clause names no place of the event.)
  if (!journey && FROM_HOME.test(clause) && elsewhere.length === 0) return [];
  if (found.length < 2) return found;
  if (elsewhere.length > 0) return elsewhere;
  // ("rockets fired from the Hasbaya area toward Kiryat Shmona", "a rocket fired from Tarn hit a house in Ulma": where
  // the fire came from is no place of the event; where it fell is.)
  if (FIRED_FROM.test(clause)) {
    const struck = without(FROM_START);
    if (struck.length > 0) return struck;
  }
  const kept = /\b(?:to|for|towards?)\s/i.test(clause) ? without(JOURNEY_END) : found;
  const chosen = kept.length > 0 ? kept : found;
  // A neighbour named as the line a place is near ("near the boundary with North Kivu", "near the border with the
  // Democratic Republic of the Congo in Bundibugyo district").
  // (Each test only where the clause holds its words: each runs a pattern over the clause per place, quadratic in a
  // clause of many towns.)
  const borderTold = /\b(?:border|boundary|frontier) with\b/i.test(clause);
  const acrossBorder = (place: string) =>
    borderTold &&
    (clause.match(new RegExp(`(?:\\S+\\s+){0,3}${escapeRegExp(place)}(?![\\w-])`, 'g')) ?? []).every((m) =>
      /\b(?:border|boundary|frontier) with (?:the )?(?:\S+\s+){0,2}$/i.test(m.slice(0, m.length - place.length)),
    );
  // A town that only names a force or an office ("the Maharashtra Anti-Terrorism Squad arrested three suspects, including
  // one in Madhubani").
  const forceTold = FORCE_WORD.test(clause);
  const forceOf = (place: string) =>
    forceTold &&
    (clause.match(new RegExp(`${escapeRegExp(place)}(?![\\w-])(?:\\s+\\S+){0,4}`, 'g')) ?? []).every((m) =>
      FORCE_NAMED_FOR.test(m.slice(place.length)),
    );
  // A town's name standing for its attack, told before: "September 9 (after Batna): a car bomb in Tizi …", "a week
  // after Beslan".
  const afterTold = /\b(?:after|before|following|since)\s/i.test(clause);
  const eventOf = (place: string) => {
    if (!afterTold) return false;
    let seen = false;
    for (let at = clause.indexOf(place); at >= 0; at = clause.indexOf(place, at + 1)) {
      if (/[\w-]/.test(clause.charAt(at + place.length)) || /[\w'’-]/.test(clause.charAt(at - 1))) continue;
      seen = true;
      const word = /(\S+)\s+$/.exec(clause.slice(Math.max(0, at - 30), at))?.[1] ?? '';
      const next = /^\s+(\S+)/.exec(clause.slice(at + place.length, at + place.length + 30))?.[1] ?? '';
      if (!/^\(?(?:after|before|following|since)$/i.test(word) || /^[a-z]/.test(next)) return false;
    }
    return seen;
  };
  // A hotel's, a restaurant's or a club's own name, where the clause names a town too: "In Tarn, gunmen attacked the
  // Sorra hotel" ("stormed the Lorn hotel where journalists stayed", naming no other place, keeps Lorn).
  const siteTold = SITE_WORD.test(clause);
  const siteOf = (place: string) =>
    siteTold &&
    everyMention(
      clause,
      place,
      (at) => clause.endsWith('the ', at) && SITE_AFTER.test(clause.slice(at + place.length, at + place.length + 12)),
    );
  // A region told only as what a town is in: "the Puntland port of Bosaso" (or as the name of its force or office).
  const kindTold = KIND_OF_TOWN.test(clause);
  const regionOf = (place: string) =>
    kindTold &&
    everyMention(
      clause,
      place,
      (at) =>
        (clause.endsWith('the ', at) &&
          KIND_OF_TOWN_AFTER.test(clause.slice(at + place.length, at + place.length + 40))) ||
        FORCE_NAMED_FOR.test(clause.slice(at + place.length, at + place.length + 60)),
    ) &&
    KIND_OF_TOWN_AFTER.test(clause.slice(clause.indexOf(place) + place.length));
  // The town whose office a victim held, where the clause tells a town of the event besides: "killed Orrin Dahl, the
  // mayor of Ulma, in an ambush near his home in Tessa" (Tessa); not where the other place is a region that holds it
  // ("the mayor of Ulma in Sorra province", "the Mayor of Altena in North-Rhine Westphalia").
  const officeTold = OFFICE_OF.test(clause);
  const officeOf = (place: string) =>
    officeTold &&
    everyMention(clause, place, (at) => OFFICE_OF_BEFORE.test(clause.slice(Math.max(0, at - 40), at))) &&
    chosen.some(
      (other) =>
        other !== place &&
        !COUNTRY_OR_REGION.has(other) &&
        everyMention(
          clause,
          other,
          (at) =>
            SITE_BEFORE.test(clause.slice(Math.max(0, at - 40), at)) &&
            !REGION_AFTER.test(clause.slice(at + other.length, at + other.length + 16)),
        ),
    );
  const placed =
    chosen.length > 1
      ? chosen.filter(
          (place) =>
            !officeOf(place) &&
            !acrossBorder(place) &&
            !forceOf(place) &&
            !eventOf(place) &&
            !siteOf(place) &&
            !regionOf(place),
        )
      : chosen;
  const towns = placed.length > 0 ? placed : chosen;
  // ("the SSS arrested Kabiru Sokoto in Taraba State": a town's name as the surname of one a verb names.)
  // (Only where the clause names someone by a given name after such a word at all.)
  const givenTold = ONE_NAMED_ANYWHERE.test(clause);
  const named = givenTold ? towns.filter((place) => !surnameOfOne(clause, place)) : towns;
  return named.length > 0 ? named : towns;
}

// An office of a town held by a victim: "the mayor of ", "the village chief of ".
const OFFICE_OF = /\b(?:[Mm]ayor|[Bb]ishop|[Gg]overnor|chief|imam|pastor|priest|chairman) of [A-Z]/;
const OFFICE_OF_BEFORE =
  /\b(?:[Mm]ayor|[Bb]ishop|[Gg]overnor|chief|imam|pastor|priest|chairman) of (?:the (?:town|village|city) of )?$/;
// A place told as where something was, after a common noun: "home in ", "restaurant at ", "the village of ".
// (Not after a name: "the Mayor of Altena in North-Rhine Westphalia" tells where Altena is.)
const SITE_BEFORE = /(?:\b[a-z]{3,}\s+(?:in|at|near|outside)|\b(?:town|village|city) of)\s+$/;
// A region's word after its name: " province", " state".
const REGION_AFTER = /^\s+(?:province|region|state|district|governorate|county|department|prefecture|oblast)\b/i;
// The kind of a town and its name after a region: " port of Bosaso" in "the Puntland port of Bosaso".
const KIND_OF_TOWN = /\s(?:capital|port|town|city|village|stronghold|enclave|hub) of [A-Z]/;
const KIND_OF_TOWN_AFTER = /^\s+(?:[a-z-]+\s+)?(?:capital|port|town|city|village|stronghold|enclave|hub) of [A-Z]/;
// A site named for its owner rather than its town: "the Sorra hotel".
const SITE_WORD = /\s(?:hotel|restaurant|cafe|café|nightclub|club)\b/;
const SITE_AFTER = /^\s(?:hotel|restaurant|cafe|café|nightclub|club)\b/;
// The words after a town that make it the name of a force, an office or a newspaper: " Anti-Terrorism Squad", " Police",
// " Port Authority", " Tribune".
const FORCE_WORDS =
  'Squad|Police|Army|Forces?|Unit|Brigade|Battalion|Corps|Command|Ministry|Department|Agency|Bureau|Directorate|Guard|Service|Authority|Tribune|Gazette|Herald|Times';
const FORCE_WORD = new RegExp(`\\b(?:${FORCE_WORDS})\\b`);
const FORCE_NAMED_FOR = new RegExp(
  `^\\s+(?:[A-Z][\\w'’-]*\\s+){0,3}(?:${FORCE_WORDS})\\b(?!\\s+(?:of\\b|Academy|Training|College|Centre|Center|Station|Lines|Headquarters|[Hh]eadquarters|building|office|compound|post|barracks))`,
);
// A person named by a given name and a town's name, as the object of a verb or after a role: "arrested Kabiru ",
// "militant leader Omar ".
const ONE_NAMED_BEFORE =
  /\b(?:arrested|detained|captured|killed|kidnapped|abducted|shot|assassinated|named|identified|extradited|sentenced|leader|commander|chief|member|suspect|militant|cleric|preacher|journalist|businessman)\s+([A-Z][a-z]{2,}) $/;
const ONE_NAMED_ANYWHERE =
  /\b(?:arrested|detained|captured|killed|kidnapped|abducted|shot|assassinated|named|identified|extradited|sentenced|leader|commander|chief|member|suspect|militant|cleric|preacher|journalist|businessman)\s+[A-Z][a-z]{2,} /;
const NOT_GIVEN_NAME =
  /^(?:Lake|Mount|North|South|East|West|Central|Upper|Lower|New|Old|Port|Fort|San|Santa|Santo|Saint|Sao|Wadi|Jebel|Bab|Ain|Bir|Sidi|Tel|Kafr|Deir|Khan|Greater|Little|Grand|Cape|Point|Camp|Rio|Los|Las|Great|Western|Eastern|Northern|Southern|Inner|Outer|Gulf|Bay|Isla|Police|Army|Government|State|Federal|Military)$/;

/**
 * Whether `place` stands in `clause` as a word of its own at least once, and `holds` at every such place (found with
 * indexOf: no pattern over the whole clause per place).
 */
function everyMention(clause: string, place: string, holds: (at: number) => boolean): boolean {
  let seen = false;
  for (let at = clause.indexOf(place); at >= 0; at = clause.indexOf(place, at + 1)) {
    if (/[\w'’-]/.test(clause.charAt(at + place.length)) || /[\w'’-]/.test(clause.charAt(at - 1))) continue;
    if (!holds(at)) return false;
    seen = true;
  }
  return seen;
}

/** Whether every mention of `place` in `clause` is the surname of a person named right before it. */
function surnameOfOne(clause: string, place: string): boolean {
  return everyMention(clause, place, (at) => {
    const given = ONE_NAMED_BEFORE.exec(clause.slice(Math.max(0, at - 40), at))?.[1];
    return given !== undefined && given !== '' && !NOT_GIVEN_NAME.test(given);
  });
}

// Words that put an arrest after the event and apart from it: "Police later arrested", "within days", "in the days
// after the attacks", "over the next three weeks", "in connection with the bombing", "in the ensuing search", an arrest
// told as what an attack answered ("attacked army posts after the army arrested their commander"). "At the scene"
// keeps it.
const LATER_ARREST =
  /\b(?:later|subsequently|afterwards?|over the (?:holy |whole |entire |following |next |subsequent )?(?:month|weeks|period)\b|within (?:(?:a|an|\w+) )?(?:hours?|days?|weeks?|months?)|in the (?:hours|days|weeks|months) (?:after|following|that followed)|over the (?:next|following) (?:\w+ )?(?:days|weeks|months)|in the (?:following|next|subsequent|ensuing) (?:\w+ )?(?:hours|days|weeks|months)|(?:in the course of )?the ensuing (?:\w+ )?(?:search|investigation|operations?|crackdown|manhunt|sweeps?|raids?)|in the aftermath|(?<!\b(?:minutes|moments)\s)(?:following|after) the (?:[\w'’-]+ ){0,4}?(?:attacks?|bombings?|blasts?|explosions?|kidnappings?|shootings?|massacres?|ambush(?:es)?|sieges?|stabbings?)|in connection with|(?:investigations?|inquiry|inquiries) (?:into|following|after)|after (?:the )?(?:army|police|authorities|security forces|troops|soldiers) (?:had )?(?:arrested|detained|captured))\b/i;
// Forces that open the clause of a capture: "…; security forces killed three of the attackers and captured the other two".
// (After the day, and with the forces named by their places: "Between March 14 and March 31, Tarn and Ulma forces
// repelled an incursion, … capturing more than 100".)
const SECURITY_OPENS =
  /^\s*(?:(?:On|In|Between|From|During|By|Late on|Early on)\s[^,]{1,40},\s+)?(?:the\s+)?(?:(?:[\w-]+|[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*)\s+)?(?:police|troops|soldiers|security forces|forces|army|military|guards|officers|gendarmes|marines|commandos)\b/i;
/**
 * Whether the arrests read ("capturing seven others") are of those the attackers took: a capture whose clause does not
 * open with forces ("AQAP fighters ambushed an army unit, killing five soldiers and capturing seven others").
 */
const SECURITY_NEAR =
  /\b(?:police|troops|soldiers|security forces|forces|army|military|guards|officers|gendarmes|marines|commandos)\b[^;.]{0,40}$/i;
const TAKEN_ATTACKERS = /\b(?:attackers?|militants?|suspects?|gunm[ae]n|insurgents?|fighters?|assailants?|members)\b/i;
function takenByTheAttackers(words: string | undefined, text: string): boolean {
  if (!words || !/^captur(?:ing|ed) /i.test(words)) return false;
  const at = text.indexOf(words);
  if (at < 0) return false;
  // ("troops captured two of the attackers", "…, and the army, after a firefight, captured three others": forces
  // just before the verb, or attackers taken, are an arrest.)
  if (/^captured /i.test(words)) {
    const before = text.slice(Math.max(0, at - 60), at);
    return !SECURITY_NEAR.test(before) && !TAKEN_ATTACKERS.test(words);
  }
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  return !SECURITY_OPENS.test(text.slice(start, at));
}
const AT_THE_SCENE = /\b(?:at|near|from) the scene\b|\bon the spot\b/i;

/**
 * Whether every phrase an arrest figure was read from stands in a clause that tells the arrests as made later.
 * (`dated`: the words the record's own date was read from; "Two days later, security forces killed one suspect and
 * arrested two others" is later than the story before it, not than its own event.)
 */
function arrestsMadeLater(words: string | undefined, clause: string, further: string, dated: string): boolean {
  if (!words) return false;
  let text = `${clause} ${further}`;
  for (const piece of dated.split(' … ')) {
    // ("Five days after the attack, soldiers … arrested 11 others": the words that date the record, with the event
    // they count from, say nothing of arrests made after it.)
    const counted = /\b(?:after|before)\s+(?:the|an?)$/i.test(piece)
      ? new RegExp(`${escapeRegExp(piece)}\\s+[\\w'’-]+`).exec(text)?.[0]
      : undefined;
    if (counted) text = text.replace(counted, ' ');
    else if (LATER_ARREST.test(piece)) text = text.replace(piece, ' ');
    // ("A week later, on December 28, security forces arrested …": later than the story before, not than its own day.)
    else if (piece)
      text = text.replace(new RegExp(`\\b(?:[\\w-]+\\s+){1,3}later,?\\s+(?:on|in)\\s+${escapeRegExp(piece)}`), ' ');
  }
  return words.split(' … ').every((phrase) => {
    const at = text.indexOf(phrase);
    if (at < 0) return false;
    const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
    const ends = [text.indexOf('. ', at + phrase.length), text.indexOf('; ', at + phrase.length)].filter((e) => e >= 0);
    const told = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
    return LATER_ARREST.test(told) && !AT_THE_SCENE.test(told);
  });
}

// "killing six and five soldiers": figures with no noun of their own before one noun, one for each day or place in
// order, as if "respectively" followed (not "killing 12, and 40 others were wounded", nor "killed 12 and 40 people were
// wounded": a figure of a clause of its own).
const IN_ORDER = new RegExp(
  `\\b(?:killing|killed|wounding|wounded|injuring|injured)\\s+(${NUMBER_PATTERN}(?:(?:, ${NUMBER_PATTERN})+,? and | and )${NUMBER_PATTERN})\\s+(?!(?:others|more)\\b)(?:[a-z-]+\\s+){0,2}?(?:[a-z]+s|people|[a-z]*men|children)\\b(?!\\s+(?:respectively|were|was|had|have|died|fled|escaped|later|also)\\b)`,
  'i',
);

/** The figures IN_ORDER reads, one per place, or null where the clause has no such list of that length. */
function inOrder(clause: string, places: number): PlaceTolls | null {
  const m = IN_ORDER.exec(clause);
  const values = m ? listCounts(m[1] ?? '', places) : null;
  if (!m || !values) return null;
  const field = /^(?:wound|injur)/i.test(m[0]) ? 'wounded' : 'killed';
  return new Map([[field, shares(values, m[0])]]);
}

// "bombs exploded in Tarn and Bessa, killing five and seven people respectively": figures listed in the order of
// the places. The list, and the words up to "respectively" (no sentence or clause end between).
const RESPECTIVELY = new RegExp(
  `\\b(${NUMBER_PATTERN}(?:, ${NUMBER_PATTERN})*,? and ${NUMBER_PATTERN})\\b([^.;:]{0,60}?),? respectively\\b`,
  'gi',
);
// ("killed four police officers and a soldier, respectively": the items may name who they were, one by "a"; "one,
// none, and six": an item may be none.)
const RESPECTIVELY_ITEM = `(?:${NUMBER_PATTERN}|an?|one|none|no one|nobody)(?:\\s+(?!(?:and|killed|dead|died|wounded|injured|arrested|detained|in|at|near|on)\\b)[A-Za-z'’-]+){0,3}?`;
const RESPECTIVELY_ITEMS = new RegExp(
  `\\b(${RESPECTIVELY_ITEM}(?:, ${RESPECTIVELY_ITEM})*,? and ${RESPECTIVELY_ITEM}),? respectively\\b`,
  'gi',
);
// A second list of figures told before the same "respectively": "and wounding 30 and 12".
const FIGURE_LIST = new RegExp(`\\b(${NUMBER_PATTERN}(?:, ${NUMBER_PATTERN})*,? and ${NUMBER_PATTERN})\\b`, 'gi');
// "respectively 12 and 9 people", "respectively, killing three and five people": the list after the word.
const RESPECTIVELY_LEADING = new RegExp(
  `^respectively,?\\s+(?:(?:killing|wounding|injuring|leaving)\\s+)?(${NUMBER_PATTERN}(?:, ${NUMBER_PATTERN})*,? and ${NUMBER_PATTERN})\\b([^.;:,]{0,30})`,
  'i',
);
const RESPECTIVELY_FIGURE = new RegExp(`^(${NUMBER_PATTERN})(?=\\s|$)`, 'i');
// A second list told after the word: "killing 12 and 7 people, respectively, and wounding 40 and 12".
const RESPECTIVELY_THEN = new RegExp(
  `^,?\\s+(?:and\\s+|while\\s+)?(?:killing|wounding|injuring|leaving|killed|wounded|injured)\\s+(${NUMBER_PATTERN}(?:, ${NUMBER_PATTERN})*,? and ${NUMBER_PATTERN})\\b(?!\\s+(?:others|more)\\b)([^.;:,]{0,30})`,
  'i',
);
const FIELD_WORDS: ReadonlyArray<[keyof Casualties, RegExp]> = [
  ['killed', /\b(?:kill|dead|died|deaths|lives)/i],
  ['wounded', /\b(?:wound|injur|hurt)/i],
  ['arrested', /\b(?:arrest|detain|captur)/i],
];

/**
 * One record per place where the clause gives each place its own toll (the guide: each attack with its own place and
 * toll is a record of its own): figures listed in the places' order with "respectively", or a toll told right after
 * each place ("a mosque in Kabul, where 39 people were killed, and a mosque in Ghor, where 33 died"). A figure the
 * clause gives for them all together is no figure of any one of them.
 */
function eachPlaceOwnToll(built: Built): Array<{ draft: Draft; record: Incident }> {
  const { draft, record } = built;
  if (draft.shared || draft.listed) return [built];
  // ("On April 26 and 27, fighters killed more than 40 civilians in the villages of Aklaz and Awkassa, 18 of them in
  // Aklaz": over days, only a part told of one of two towns shares the toll out.)
  if (record.endDate !== null) {
    const subset = record.places.length >= 2 ? subsetTolls(draft.clause, draft.clause, record.places, record) : null;
    return subset ? recordsPerPlace(built, subset.ordered, subset.tolls) : [built];
  }
  // ("…: the mosque in Kabul, where 39 were killed, and a mosque in Ghor province, where 33 died": a province with a
  // toll of its own is the place of its own event, though a town is named too.)
  // ("ambushed police in Mombasa's Changamwe area, and other attackers struck Kilifi; six officers were killed in
  // Changamwe and four in Kilifi": a town named only as the owner of a quarter goes with the quarter's record.)
  // ("January 19: In Tarn's Ulma district, insurgents … killing four": the owner and its district are one place, whose
  // toll is told once.)
  // (The pairs are read once, from each possessive of the clause: a test per pair of names over the whole clause was
  // cubic in a clause of many towns.)
  const pairs = possessivePairs(draft.clause, [...new Set([...built.named, ...record.places])]);
  const owns = (owner: string, owned: string) => pairs.has(`${owner}\u0000${owned}`);
  const pairList = [...pairs].map((pair) => pair.split('\u0000') as [string, string]);
  const ownerOfAnother = (names: readonly string[]) =>
    pairList.some(([owner, owned]) => names.includes(owner) && names.includes(owned));
  const own =
    built.named.length > record.places.length && !ownerOfAnother(built.named)
      ? eachPlaceOwnTollOf(built, built.named)
      : null;
  if (own) return own;
  if (record.places.length < 2) return [built];
  // ("…, killing 20 soldiers, and the village of Ulma in Sorra LGA, killing 40 civilians": a region told as where a
  // place of the clause lies has no toll of its own; each town keeps its own, as where the region follows a comma.)
  const heldIn = new Set<string>();
  for (const region of record.places)
    for (const place of record.places)
      if (
        place !== region &&
        (draft.clause.includes(`${place} in ${region}`) || draft.clause.includes(`${place}, ${region}`))
      )
        heldIn.add(region);
  const unheld = record.places.filter((place) => !heldIn.has(place));
  if (heldIn.size > 0 && unheld.length >= 2) {
    const each = eachPlaceOwnTollOf(built, unheld);
    if (each) return each;
  }
  const owners = record.places.filter((owner) =>
    pairList.some(([o, owned]) => o === owner && record.places.includes(owned)),
  );
  if (owners.length === 0) return eachPlaceOwnTollOf(built, record.places) ?? placesByClause(built) ?? [built];
  if (record.places.length - owners.length < 2) return [built];
  const rest = eachPlaceOwnTollOf(
    built,
    record.places.filter((place) => !owners.includes(place)),
  );
  return (
    rest?.map((one) => {
      const owner = owners.find((o) => one.record.places.some((p) => owns(o, p)));
      return owner ? { ...one, record: { ...one.record, places: [owner, ...one.record.places] } } : one;
    }) ?? [built]
  );
}

/**
 * "In Tarn and Ulma, gunmen attacked police stations, killing six; in Sorra, a bomb wounded four": where each clause of
 * the sentence (cut at its semicolons) names some of the places, no place twice, and tells an event with a toll of its
 * own, and the clauses' tolls add up to the record's, one record for each clause with its places. Null otherwise.
 */
function placesByClause(built: Built): Array<{ draft: Draft; record: Incident }> | null {
  const { draft, record } = built;
  if (record.places.length < 3 || !draft.clause.includes('; ')) return null;
  const clauses = draft.clause.split(/;\s+/);
  const groups = clauses.map((clause) => record.places.filter((place) => wordIndex(clause, place) >= 0));
  const all = groups.flat();
  if (groups.some((g) => g.length === 0) || all.length !== record.places.length || new Set(all).size !== all.length)
    return null;
  // (Each an event told there and then: not "in Sorra, the governor condemned the attacks, which also wounded four", nor
  // "in Sorra, an attack in 2013 had killed four".)
  const kinds = clauses.map((clause, i) => (i === 0 ? record.kind : classifyIncident(clause)));
  if (
    kinds.some((kind) => kind === null) ||
    clauses
      .slice(1)
      .some((clause) =>
        /\b(?:which|that)\s+(?:also\s+)?(?:killed|wounded|injured|left)\b|\bhad\s+(?:\w+\s+)?(?:killed|wounded|injured)\b|\b(?:19|20)\d\d\b/i.test(
          clause,
        ),
      )
  )
    return null;
  const readings = clauses.map((clause) => readCasualties(clause));
  if (readings.some((r) => r.figures.killed === null && r.figures.wounded === null)) return null;
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const sum = readings.reduce((n, r) => n + (r.figures[field] ?? 0), 0);
    if (sum !== (record[field] ?? 0)) return null;
  }
  return groups.map((places, i) => {
    const reading = readings[i] ?? readings[0];
    const evidence: IncidentEvidence = { ...record.evidence };
    const words = placeWords(draft.clause, places);
    if (words) evidence.places = words;
    const own: Incident = { ...record, places, evidence, kind: kinds[i] ?? record.kind };
    for (const field of ['killed', 'wounded', 'arrested'] as const) {
      own[field] = reading?.figures[field] ?? null;
      const told = reading?.evidence[field];
      if (own[field] !== null && told) evidence[field] = told;
      else delete evidence[field];
    }
    return { draft, record: own };
  });
}

// A quarter named with its city: "the Karrada neighborhood of Baghdad", "the Dora district of Baghdad", "the al-Zahra
// neighborhood of Homs".
const QUARTER_OF =
  /\bthe ((?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}) (?:neighbou?rhood|district|quarter|suburb|area) of ((?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})/g;
/** Every "Owner's Owned" pair of the names in a clause, as `owner\u0000owned`: read at each possessive, once. */
function possessivePairs(clause: string, names: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  // ("the Karrada neighborhood of Baghdad": the same, told with "of".)
  if (clause.includes(' of '))
    for (const m of clause.matchAll(QUARTER_OF)) {
      const [, owned = '', owner = ''] = m;
      if (names.includes(owned) && names.includes(owner) && owned !== owner) pairs.add(`${owner}\u0000${owned}`);
    }
  if (!clause.includes("'s ") && !clause.includes('’s ')) return pairs;
  for (const m of clause.matchAll(/['’]s /g)) {
    const before = clause.slice(Math.max(0, m.index - 60), m.index);
    const owners = names.filter(
      (n) => before.endsWith(n) && !/[\w-]/.test(before.charAt(before.length - n.length - 1)),
    );
    if (owners.length === 0) continue;
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const owned = names.filter((n) => after.startsWith(n) && !/[\w-]/.test(after.charAt(n.length)));
    for (const o of owners) for (const d of owned) if (o !== d) pairs.add(`${o}\u0000${d}`);
  }
  return pairs;
}

/** The records of `places`, one for each, where the clause tells each its own toll; null where it does not. */
function eachPlaceOwnTollOf(
  built: { draft: Draft; record: Incident },
  places: readonly string[],
): Array<{ draft: Draft; record: Incident }> | null {
  const { draft, record } = built;
  // The places in the order the clause names them; a place it does not name leaves the record whole.
  const at = new Map(places.map((place) => [place, draft.clause.indexOf(place)]));
  let tolls: PlaceTolls | null = null;
  let ordered = [...places].sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
  if ([...at.values()].every((i) => i >= 0))
    tolls =
      respectively(draft.clause, ordered.length) ??
      tollAfterEach(draft.clause, ordered, at, record, draft.further.join(' ')) ??
      tollsListed(draft.clause, ordered, at, record) ??
      tollsBeforeEach(draft.clause, ordered, at, record) ??
      tollsByClause(draft.clause, ordered, at);
  // "bombs exploded in Tarn, Vell Province, and Orsk, killing five people in Tarn and seven in Orsk": the places named
  // again, in the same order, with their tolls.
  const again = tolls ? null : new Map(places.map((place) => [place, draft.clause.lastIndexOf(place)]));
  if (
    again &&
    places.every((place) => (again.get(place) ?? -1) > (at.get(place) ?? -1) && (at.get(place) ?? -1) >= 0)
  ) {
    const reordered = [...places].sort((a, b) => (again.get(a) ?? 0) - (again.get(b) ?? 0));
    const first = reordered[0] ?? '';
    // (Only after the last place of the first naming: the toll is told of all of them.)
    const told = Math.max(...places.map((place) => (at.get(place) ?? 0) + place.length));
    if ((again.get(first) ?? 0) > told && reordered.join() === ordered.join()) {
      const tail = draft.clause.slice(told);
      const atTail = new Map(reordered.map((place) => [place, (again.get(place) ?? 0) - told]));
      // ("…, killing two people in Tarn; no one was hurt in Ulma": a clause of each place's, the first's own toll.)
      tolls =
        tollsListed(tail, reordered, atTail, record) ??
        tollsBeforeEach(tail, reordered, atTail, record) ??
        tollsByClause(tail, reordered, atTail);
    }
  }
  // ("three suicide bombers struck restaurants in Bali, killing 15 in Kuta and five in Jimbaran": the places the toll
  // names, each with its figure; the region named before it is theirs.)
  if (!tolls && places.length >= 3) {
    const tollAt = draft.clause.search(/\b(?:killing|killed|leaving|left)\b/);
    const tail = tollAt > 0 ? draft.clause.slice(tollAt) : '';
    const named = ordered.filter((place) => wordIndex(tail, place) >= 0);
    // (Only a region told right before the toll, "restaurants in Bali, killing …"; a third struck town stays a place.)
    const left = ordered.filter((place) => !named.includes(place));
    // ("In Diyala and Anbar, suicide attacks on April 15 killed more than 40 people in Baqubah and 13 at a restaurant in
    // Ramadi": or the regions the sentence opens with.)
    const opening = REGIONS_OPENING.exec(draft.clause);
    const region =
      (left.length === 1 &&
        /^,?\s*$/.test(draft.clause.slice(draft.clause.lastIndexOf(left[0] ?? '') + (left[0] ?? '').length, tollAt))) ||
      (left.length >= 1 &&
        opening !== null &&
        left.every((place) => wordIndex(opening[0], place) >= 0) &&
        opening[0].length <= tollAt);
    if (named.length >= 2 && region) {
      const atTail = new Map(named.map((place) => [place, wordIndex(tail, place)]));
      const byTail = [...named].sort((a, b) => (atTail.get(a) ?? 0) - (atTail.get(b) ?? 0));
      // (A figure told of them all elsewhere, "More than 100 people were wounded", is neither town's.)
      const told = readCasualties(tail).figures;
      const listed = tollsListed(tail, byTail, atTail, {
        ...record,
        wounded: told.wounded === null ? null : record.wounded,
        arrested: told.arrested === null ? null : record.arrested,
      });
      if (listed) {
        tolls = listed;
        ordered = byTail;
      }
    }
  }
  // ("Ulma was struck again on August 25, when near-simultaneous bombs exploded at Lessa Park, killing 10, and at a food
  // stall in Koti, killing 32": the town the sentence is about is each event's; the sites after it have their own tolls.)
  let topic: string | null = null;
  if (!tolls && places.length >= 3) {
    const [town = '', ...sites] = ordered;
    const subject = TOWN_AS_SUBJECT.exec(draft.clause);
    const each =
      subject !== null && wordIndex(subject[0], town) >= 0 && sites.every((site) => wordIndex(subject[0], site) < 0)
        ? tollAfterEach(draft.clause, sites, at, record, draft.further.join(' '))
        : null;
    if (each) {
      topic = town;
      tolls = each;
      ordered = sites;
    }
  }
  // ("… struck a recruitment center and a bus in Kunduz and Kabul; the Kunduz attack killed four, the Kabul attack
  // five": each place's event named by its place, the second's toll with the first's verb.)
  if (!tolls && places.length === 2) tolls = ellipticTolls(draft.clause, ordered) ?? siteTolls(draft.clause, ordered);
  // "killed more than 40 civilians in the villages of Aklaz and Awkassa near Menaka, 18 of them in Aklaz": the part told
  // of one of two towns listed together is its toll, the rest the other's.
  if (!tolls) {
    const subset =
      subsetTolls(draft.clause, draft.clause, places, record) ??
      subsetTolls(draft.further[0] ?? '', draft.clause, places, record);
    if (subset) ({ ordered, tolls } = subset);
  }
  // "… against courts in Chittagong and Gazipur. The attack in Gazipur killed seven people …; the Chittagong blast
  // killed a police officer …": the sentence after tells each place its own toll.
  const next = draft.further[0];
  // ("Officials said 62 people were wounded in the two blasts": a figure of them all together, after, is no one's.)
  // (Nor arrests made after it: "… subsequently arrested 11 suspects in the Malegaon case".)
  const more = draft.further.slice(1).filter((s) => !JOINT_TOLL.test(s) && !LATER_ARREST.test(s));
  if (!tolls && next && !FIGURE_WORD.test(more.join(' '))) {
    // ("… exploded in Malegaon, Maharashtra, and Modasa, Gujarat. Officials said five people died in Malegaon, and a
    // boy was killed in Modasa": a region told after its town, and not again, is no place of its own.)
    const named = places.filter((place) => wordIndex(next, place) >= 0);
    const regionsOnly = places
      .filter((place) => !named.includes(place))
      .every((region) => named.some((town) => draft.clause.includes(`${town}, ${region}`)));
    if (named.length < 2 || !regionsOnly) return null;
    const atNext = new Map(named.map((place) => [place, wordIndex(next, place)]));
    ordered = [...named].sort((a, b) => (atNext.get(a) ?? 0) - (atNext.get(b) ?? 0));
    // ("… in Abuja and, less than an hour later, … in Kaduna. Three people were killed in Abuja and four in Kaduna.")
    tolls = tollAfterEach(next, ordered, atNext, null) ?? tollsListed(next, ordered, atNext, record);
  }
  // "… struck a barracks in Agadez and a mine in Arlit. The Agadez attack killed 20 soldiers …. In Arlit, one worker was
  // killed and 14 were wounded …": each sentence after tells one place's toll.
  if (!tolls) {
    const each = tollPerSentence(draft.further, places);
    if (each) ({ ordered, tolls } = each);
  }
  // ("… at a barracks in Dorvo and at a market in Zuma. The Dorvo explosion killed at least 13 people; there were no
  // deaths in Zuma": the same, each clause of the sentence after cut at its semicolon.)
  const parts = !tolls && draft.further[0]?.includes('; ') ? draft.further[0].split(/;\s+/) : null;
  if (parts && parts.length === places.length) {
    const each = tollPerSentence([...parts, ...draft.further.slice(1)], places);
    if (each) ({ ordered, tolls } = each);
  }
  // "… in Tarn, Ulma, and Sorra. The Tarn blast killed six and wounded 22; the Ulma bomb wounded four, and the Sorra
  // bomb wounded two": each clause of the sentence after tells one place's event by its place.
  if (!tolls) {
    // (Or after the clause's colon: "… struck three cities: in Tessa a car bomb killed 12 people; in Ulma, 9; and in
    // Sorra, 13".)
    const colon = draft.clause.indexOf(': ');
    const each =
      tollPerClause(draft.further[0] ?? '', places) ??
      tollPerPlaceOpening(draft.further[0] ?? '', places) ??
      (colon >= 0 ? tollPerPlaceOpening(draft.clause.slice(colon + 2), places) : null);
    if (each) ({ ordered, tolls } = each);
  }
  if (!tolls) return null;
  return recordsPerPlace(built, ordered, tolls, topic === null ? [] : [topic]);
}
// A town as the subject of a sentence that goes on to tell its events: "Ulma was struck again on August 25, when …",
// "In Ulma, …".
const TOWN_AS_SUBJECT =
  /^(?:(?:The (?:city|town|capital) of )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:was|were) (?:\w+ )?(?:struck|hit|attacked|targeted|rocked|shaken)\b[^.;:]{0,60}?\b(?:when|as)\s|In [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},\s)/;

/** One record for each place, with its own toll, from the record told of them all (`shared`: places of every one). */
function recordsPerPlace(
  built: { draft: Draft; record: Incident },
  ordered: readonly string[],
  tolls: PlaceTolls,
  shared: readonly string[] = [],
): Array<{ draft: Draft; record: Incident }> {
  const { draft, record } = built;
  return ordered.map((place, i) => {
    const evidence: IncidentEvidence = { ...record.evidence };
    const words = placeWords(draft.clause, [...shared, place]);
    if (words) evidence.places = words;
    const own: Incident = { ...record, places: [...shared, place], evidence };
    for (const field of ['killed', 'wounded', 'arrested'] as const) {
      const toll = tolls.get(field)?.[i];
      own[field] = toll?.value ?? null;
      if (toll) evidence[field] = toll.words;
      else delete evidence[field];
    }
    return { draft, record: own };
  });
}

const FIGURE_WORDS = new RegExp(`\\b${NUMBER_PATTERN}\\b`, 'gi');
// A part of the dead told of one place: ", 18 of them in Aklaz", ", 15 of them in Kuje".
const SUBSET_IN = new RegExp(
  `,\\s+(${NUMBER_PATTERN}) of them (?:were\\s+)?(?:killed\\s+)?(?:in|at)\\s+(?:the\\s+(?:village|town|city) of\\s+)?`,
  'gi',
);

/**
 * The deaths of two towns the clause lists together ("in the villages of Aklaz and Awkassa"), where the text (the
 * clause or the sentence after it) tells one town's part of the whole (", 18 of them in Aklaz"): that part, and the
 * rest for the other. Null where it does not.
 */
function subsetTolls(
  text: string,
  listedIn: string,
  places: readonly string[],
  record: Incident,
): { ordered: string[]; tolls: PlaceTolls } | null {
  const total = record.killed;
  if (total === null || !text.includes(' of them ')) return null;
  for (const m of text.matchAll(SUBSET_IN)) {
    const after = m.index + m[0].length;
    const place = places.find((p) => text.startsWith(p, after) && !/^[\w'’-]/.test(text.slice(after + p.length)));
    const part = m[1] ? parseNumber(m[1]) : null;
    // (A part of the dead: the words before it tell deaths, not wounds.)
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (!place || part === null || part >= total || !/\b(?:killed|killing|dead|died|deaths)\b/i.test(before)) continue;
    if (/\b(?:wounded|wounding|injured|injuring)\b[^.;]*$/i.test(before)) continue;
    const others = places.filter(
      (other) =>
        other !== place && (listedIn.includes(`${place} and ${other}`) || listedIn.includes(`${other} and ${place}`)),
    );
    const other = others[0];
    if (others.length !== 1 || !other) return null;
    // (Only two towns listed: "in Tarn, Ulma and Sorra, killing 18, 15 of them in Ulma" leaves the rest to none; and
    // only a part of the whole toll, told right before it: "killing 18 soldiers and 20 civilians, 15 of them" is a part
    // of the civilians.)
    const inList = (p: string) =>
      [place, other].some((q) => listedIn.includes(`${p}, ${q}`) || listedIn.includes(`${q}, ${p}`));
    if (places.some((p) => p !== place && p !== other && inList(p))) return null;
    // (The last figure before the part is the whole it is a part of.)
    const figures = [...before.matchAll(FIGURE_WORDS)];
    const last = figures[figures.length - 1]?.[0];
    if (!last || parseNumber(last) !== total) return null;
    const words = m[0].replace(/^,\s+/, '') + place;
    const whole = record.evidence.killed ?? '';
    const tolls: PlaceTolls = new Map([
      [
        'killed',
        [
          { value: part, words },
          { value: total - part, words: whole ? `${whole} … ${words}` : words },
        ],
      ],
    ]);
    return { ordered: [place, other], tolls };
  }
  return null;
}

const DEATH_WORD = /\b(?:kill|died|dead|deaths|behead|slaughter|execut|murder)/gi;
// A figure told of several events together: "wounded in the two blasts", "in both attacks", "The two attacks killed 16
// people"; or told as a sum, "killing 12 people in total".
const IN_TOTAL = /\b(?:in total|in all|altogether|a total of)\b/i;
const JOINT_TOLL =
  /\b(?:in|from|by) (?:the )?(?:two|three|four|both|twin|all|these|those) (?:[\w-]+ )?(?:blasts|attacks|bombings|explosions|incidents|assaults|shootings)\b|\bin (?:both|either) (?:attack|blast|bombing|explosion|incident)\b|^(?:The (?:two|three|four|twin)|Both(?: the)?(?: two)?) (?:[\w-]+ )?(?:blasts|attacks|bombings|explosions|incidents|assaults|shootings)\b/i;
// Two devices one event counts, which a "neither" after it may be of: "two rockets", "both bombs" (told as the event's
// own, not "the second of two blasts").
const DEVICES_COUNTED =
  /(?<!\bof\s)\b(?:two|both)\s+(?:[\w-]+\s+)?(?:rockets|missiles|bombs|shells|mortars|mortar rounds|grenades|devices|drones|explosions|blasts)\b/i;
// (Its words as NO_CASUALTIES reads them: "neither attack causing casualties", "none of them causing casualties", ";
// neither caused casualties".)
const JOINT_DENIAL = /[,;]\s+(?:neither|none)\b[^,;.]{1,80}(?=[\s.]*$)/;
// Any word of a casualty figure: sentences after the one of tolls per place that tell more leave the record whole.
const FIGURE_WORD = /\b(?:kill|died|dead|death|wound|injur|arrest|detain)/i;
type PlaceTolls = Map<keyof Casualties, Array<{ value: number; words: string } | null>>;

/** Each place's figures from its own reading, in order; a field no reading tells is left out. */
// "In Tessa, 11 people were killed; in Ulma, seven; and in Vardo, four": each clause of the sentence after opens with
// one place; a clause of only a figure ("in Ulma, seven") tells the same of its place as the first clause does of its own.
const PLACE_OPENING = /^\s*(?:and\s+)?(?:in|at|near)\s+(?:the\s+)?/i;
const ONLY_A_FIGURE = new RegExp(`^,?\\s*(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s*[.;]?\\s*$`, 'i');
function tollPerPlaceOpening(
  sentence: string,
  places: readonly string[],
): { ordered: string[]; tolls: PlaceTolls } | null {
  if (places.length < 2 || !sentence.includes(';') || !FIGURE_WORD.test(sentence)) return null;
  const clauses = sentence.split(/;\s+/);
  if (clauses.length !== places.length) return null;
  const ordered: string[] = [];
  const rests: string[] = [];
  for (const clause of clauses) {
    const opening = PLACE_OPENING.exec(clause);
    const after = opening ? clause.slice(opening[0].length) : '';
    const place = places.find((p) => after.startsWith(p) && !/^[\w'’-]/.test(after.slice(p.length)));
    if (!place || ordered.includes(place)) return null;
    ordered.push(place);
    rests.push(after.slice(place.length));
  }
  const first = readCasualties(clauses[0] ?? '');
  const told = (['killed', 'wounded', 'arrested'] as const).filter((field) => first.figures[field] !== null);
  if (told.length !== 1) return null;
  const field = told[0] ?? 'killed';
  const readings: CasualtyReading[] = [first];
  for (const [i, rest] of rests.entries()) {
    if (i === 0) continue;
    const only = ONLY_A_FIGURE.exec(rest);
    const value = only ? parseNumber((only[1] ?? '').replace(new RegExp(`^${QUALIFIER_PATTERN}`, 'i'), '')) : null;
    if (only && value !== null) {
      readings.push({
        ...first,
        figures: { killed: null, wounded: null, arrested: null, [field]: value },
        evidence: { [field]: only[1] ?? '' },
      });
      continue;
    }
    const own = readCasualties(clauses[i] ?? '');
    if (own.figures.killed === null && own.figures.wounded === null && own.figures.arrested === null) return null;
    readings.push(own);
  }
  return { ordered, tolls: tollsOfReadings(readings) };
}

function tollsOfReadings(readings: readonly CasualtyReading[]): PlaceTolls {
  const tolls: PlaceTolls = new Map();
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    if (readings.every((r) => r.figures[field] === null)) continue;
    tolls.set(
      field,
      readings.map((r) =>
        r.figures[field] === null ? null : { value: r.figures[field] ?? 0, words: r.evidence[field] ?? '' },
      ),
    );
  }
  return tolls;
}

// An event named by its place: "The Tarn blast", "the Ulma bomb", "the Sorra attack".
const PLACE_EVENT_NOUN = '(?:blast|bomb|bombing|explosion|attack|device|ambush|raid|assault|shooting)';

/**
 * Each place's toll told in a clause of one sentence, the clause naming the place's event by the place ("The Tarn
 * blast killed six; the Ulma bomb wounded four, and the Sorra bomb wounded two"): the places in the order told, and
 * their tolls (a place whose clause tells no figure of a field has none). Null where the sentence is not so told.
 */
function tollPerClause(sentence: string, places: readonly string[]): { ordered: string[]; tolls: PlaceTolls } | null {
  if (places.length < 2 || !FIGURE_WORD.test(sentence)) return null;
  const clauses = sentence.split(/;\s+|,\s+(?:and|while|whereas)\s+(?=the\s)/i);
  if (clauses.length !== places.length) return null;
  const ordered: string[] = [];
  for (const clause of clauses) {
    const named = places.filter((place) =>
      new RegExp(`^\\s*the\\s+${escapeRegExp(place)}\\s+(?:[a-z-]+\\s+)?${PLACE_EVENT_NOUN}s?\\b`, 'i').test(clause),
    );
    if (named.length !== 1 || ordered.includes(named[0] ?? '')) return null;
    ordered.push(named[0] ?? '');
  }
  const readings = clauses.map((clause) => readCasualties(clause));
  if (readings.some((r) => r.figures.killed === null && r.figures.wounded === null && r.figures.arrested === null))
    return null;
  return { ordered, tolls: tollsOfReadings(readings) };
}

/**
 * Each place's toll told in a sentence of its own, one place per sentence, in the sentences right after the event's
 * (and no figure in those after them): the places in the order told, and their tolls; null where they are not so told
 * or a place has no deaths.
 */
function tollPerSentence(
  further: readonly string[],
  places: readonly string[],
): { ordered: string[]; tolls: PlaceTolls } | null {
  if (further.length < places.length) return null;
  const ordered: string[] = [];
  for (const sentence of further.slice(0, places.length)) {
    const named = places.filter((place) => wordIndex(sentence, place) >= 0);
    if (named.length !== 1 || ordered.includes(named[0] ?? '')) return null;
    ordered.push(named[0] ?? '');
  }
  const readings = further.slice(0, places.length).map((sentence) => readCasualties(sentence));
  // ("… in Chittagong, the explosion killed a constable and a passerby. Three police officers and two civilians were
  // injured. The Chittagong bomber, himself seriously hurt, was taken into custody.": a sentence after them that names
  // one of the places, or none and goes on with the last, tells more of that place's toll, where it tells no figure
  // that place has not; a toll of them all together, or any other, leaves the record whole.)
  let last = places.length - 1;
  for (const sentence of further.slice(places.length)) {
    if (!FIGURE_WORD.test(sentence) && !/\bcustody\b/i.test(sentence)) continue;
    if (JOINT_TOLL.test(sentence) || LATER_ARREST.test(sentence) || TOTAL_OPENING.test(sentence)) return null;
    const named = places.filter((place) => wordIndex(sentence, place) >= 0);
    if (named.length > 1) return null;
    if (named.length === 1) last = ordered.indexOf(named[0] ?? '');
    const into = readings[last];
    if (!into) return null;
    const more = readCasualties(sentence);
    // (Deaths told again leave the record whole; any other figure told again keeps the first: "The Chittagong bomber,
    // himself seriously hurt, …" after the wounded were counted.)
    if (more.figures.killed !== null && into.figures.killed !== null) return null;
    const fields = (['killed', 'wounded', 'arrested'] as const).filter(
      (field) => more.figures[field] !== null && into.figures[field] === null,
    );
    readings[last] = {
      ...into,
      figures: { ...into.figures, ...Object.fromEntries(fields.map((field) => [field, more.figures[field]])) },
      evidence: { ...into.evidence, ...Object.fromEntries(fields.map((field) => [field, more.evidence[field]])) },
    };
  }
  const tolls: PlaceTolls = new Map();
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const values = readings.map((r) => r.figures[field]);
    if (values.every((v) => v === null) || (field === 'killed' && values.some((v) => v === null))) continue;
    tolls.set(
      field,
      readings.map((r) =>
        r.figures[field] === null ? null : { value: r.figures[field] ?? 0, words: r.evidence[field] ?? '' },
      ),
    );
  }
  return tolls.has('killed') ? { ordered, tolls } : null;
}

const EVENT_NOUN = '(?:attack|bombing|blast|explosion|strike|raid|assault|ambush)s?';

/** "the Kunduz attack killed four, the Kabul attack five": two places' deaths, the second with no verb of its own. */
function ellipticTolls(clause: string, ordered: readonly string[]): PlaceTolls | null {
  const [a = '', b = ''] = ordered;
  // (The pattern is built only where the clause holds its words: one for each clause of two towns cost milliseconds.)
  if (!clause.includes(`the ${b} `) || !clause.includes(` ${a} `)) return null;
  const m = new RegExp(
    `\\b(?:[Tt]he|[Ii]n) ${escapeRegExp(a)} ${EVENT_NOUN} (?:killed|left) ((?:(?:at least|more than|over|about|nearly|some) )?${NUMBER_PATTERN})(?: (?:people|dead))?,? (?:and |while )?the ${escapeRegExp(b)} ${EVENT_NOUN} ((?:(?:at least|more than|over|about|nearly|some) )?${NUMBER_PATTERN})(?=\\s*[,.;]|\\s*$|\\s+(?:people|dead)\\b|,?\\s+including\\b)`,
  ).exec(clause);
  const figure = (words: string | undefined) =>
    words ? parseNumber(words.replace(/^(?:at least|more than|over|about|nearly|some) /, '')) : null;
  const first = figure(m?.[1]);
  const second = figure(m?.[2]);
  if (!m || first === null || second === null) return null;
  const words = m[0];
  return new Map([
    [
      'killed',
      [
        { value: first, words },
        { value: second, words },
      ],
    ],
  ]);
}

// The site each of two towns was struck at: "a cafe in Ulma", "the market in Sorra" (group 1).
const SITE_WORDS =
  '(cafe|café|market|mosque|church|school|hotel|checkpoint|camp|base|station|bazaar|shrine|temple|restaurant|bar|bus|rally|court(?:house)?|hospital|stadium|mall|office|compound|post)';

/**
 * "bombs exploded at a cafe in Ulma and a market in Sorra, killing four at the cafe and seven at the market": each of two
 * towns' figures told by its site; null unless both are.
 */
function siteTolls(clause: string, ordered: readonly string[]): PlaceTolls | null {
  const [a = '', b = ''] = ordered;
  const siteOf = (town: string) =>
    new RegExp(
      `\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?${SITE_WORDS}\\s+(?:in|at|near)\\s+${escapeRegExp(town)}\\b`,
      'i',
    ).exec(clause)?.[1];
  const siteA = siteOf(a);
  const siteB = siteOf(b);
  if (!siteA || !siteB || siteA.toLowerCase() === siteB.toLowerCase()) return null;
  const m = new RegExp(
    `\\b(?:killing|killed|leaving)\\s+(${NUMBER_PATTERN})\\s+(?:[a-z-]+\\s+){0,2}?(?:at|in)\\s+the\\s+${siteA}\\s+and\\s+(${NUMBER_PATTERN})\\s+(?:at|in)\\s+the\\s+${siteB}\\b`,
    'i',
  ).exec(clause);
  const first = m?.[1] ? parseNumber(m[1]) : null;
  const second = m?.[2] ? parseNumber(m[2]) : null;
  if (!m || first === null || second === null) return null;
  return new Map([
    [
      'killed',
      [
        { value: first, words: m[0] },
        { value: second, words: m[0] },
      ],
    ],
  ]);
}

/**
 * The figure a toll told after the event's sentence gives each place ("four in Agadez and two in Arlit"), in the
 * places' order; null unless every place has one, told once, in a sentence of deaths.
 */
function restByPlace(further: string, places: readonly string[]): Array<{ value: number; words: string }> | null {
  if (!further || !/\b(?:killed|died|dead)\b/.test(further)) return null;
  const rest: Array<{ value: number; words: string }> = [];
  for (const place of places) {
    const told = [...further.matchAll(new RegExp(`\\b(${NUMBER_PATTERN}) (?:in|at) ${escapeRegExp(place)}\\b`, 'gi'))];
    const value = told.length === 1 ? parseNumber(told[0]?.[1] ?? '') : null;
    if (value === null) return null;
    rest.push({ value, words: told[0]?.[0] ?? '' });
  }
  return rest;
}

/**
 * The count an item of a "respectively" list names: its figure ("a dozen soldiers" 12, "one hundred civilians" 100),
 * one for a person named with "a" ("a soldier"), none for words with no count ("a number of civilians").
 */
function itemCount(item: string): number | null {
  const figure = RESPECTIVELY_FIGURE.exec(item);
  if (figure?.[1]) return parseNumber(figure[1]);
  // ("killing one, none, and six people respectively": the place where none died has 0.)
  if (/^(?:none|no one|nobody)\b/i.test(item)) return 0;
  return /^(?:an?|one)\s+(?!(?:number|few|couple|further|handful|host|series|total|group|dozen|hundred|thousand)\b)/i.test(
    item,
  )
    ? 1
    : null;
}

/** "killing five and seven people respectively": one figure per place, in order, with the words of the list. */
function respectively(clause: string, places: number): PlaceTolls | null {
  const said = clause.search(/\brespectively\b/i);
  if (said < 0) return inOrder(clause, places);
  // (The list stands right before the word: read in the few hundred characters before it, so that a long list of
  // items with no "respectively" after it is never searched from every item.)
  const from = Math.max(0, said - 400);
  const told = clause.slice(from, said + 'respectively'.length);
  const tolls: PlaceTolls = new Map();
  const bare = [...told.matchAll(RESPECTIVELY)];
  for (const m of bare.length > 0 ? bare : told.matchAll(RESPECTIVELY_ITEMS)) {
    m.index += from;
    const list = m[1] ?? '';
    const values = listCounts(list, places);
    if (!values) continue;
    // The casualty word the list is told with: right after it ("five and seven killed"), else just before it
    // ("killing five and seven people").
    // (Right after it means before the next verb: "killing 14 and 6 people and wounding 30 and 12, respectively" tells
    // the dead first, then a second list of the wounded.)
    const after = m[0].slice(list.length);
    const near = after.split(/,|\s+and\s+/)[0] ?? '';
    const before = clause.slice(Math.max(0, m.index - 24), m.index);
    const field =
      FIELD_WORDS.find(([, words]) => words.test(near))?.[0] ??
      FIELD_WORDS.find(([, words]) => words.test(before))?.[0];
    if (field && !tolls.has(field)) tolls.set(field, shares(values, m[0]));
    if (bare.length === 0) continue;
    for (const more of after.matchAll(FIGURE_LIST)) {
      const moreValues = listCounts(more[1] ?? '', places);
      const moreField = FIELD_WORDS.find(([, words]) =>
        words.test(after.slice(Math.max(0, more.index - 24), more.index)),
      )?.[0];
      if (moreField && !tolls.has(moreField) && moreValues) tolls.set(moreField, shares(moreValues, m[0]));
    }
  }
  // ("killing respectively 12 and 9 people": the word before the list.)
  const leading = tolls.size === 0 ? RESPECTIVELY_LEADING.exec(clause.slice(said, said + 120)) : null;
  const values = leading ? listCounts(leading[1] ?? '', places) : null;
  if (leading && values) {
    const field =
      FIELD_WORDS.find(([, words]) => words.test(clause.slice(Math.max(0, said - 24), said)))?.[0] ??
      FIELD_WORDS.find(([, words]) => words.test(leading[2] ?? ''))?.[0] ??
      // ("respectively, killing three and five people": the verb after the word.)
      FIELD_WORDS.find(([, words]) => words.test(leading[0]))?.[0];
    if (field) tolls.set(field, shares(values, leading[0]));
  }
  // ("killing 12 and 7 people, respectively, and wounding 40 and 12": a second list after the word.)
  const then = tolls.size > 0 ? RESPECTIVELY_THEN.exec(clause.slice(said + 'respectively'.length, said + 140)) : null;
  const thenValues = then ? listCounts(then[1] ?? '', places) : null;
  const thenField = then ? FIELD_WORDS.find(([, words]) => words.test(then[0]))?.[0] : undefined;
  if (then && thenField && !tolls.has(thenField) && thenValues)
    tolls.set(thenField, shares(thenValues, then[0].replace(/^,?\s+/, '')));
  return tolls.size > 0 ? tolls : null;
}

/** The counts of a list told in order ("12 and 7", "6, 9, and 12"), or null where it has not one count per place. */
function listCounts(list: string, places: number): number[] | null {
  const values = list.split(/,? and |, /).map(itemCount);
  return values.length === places && values.every((v) => v !== null) ? (values as number[]) : null;
}

/** One share per place, each quoted with the words of the whole list. */
const shares = (values: readonly number[], words: string) => values.map((value) => ({ value, words }));

// The place a clause's words start with: " in Ulma", " at the Tessa market".
const LEADING_PLACE = /^,?\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}/;

// The regions a sentence opens with: "In Diyala and Anbar, ".
const REGIONS_OPENING = /^(?:In|Across|Throughout) [A-Z][^,;.]{0,60},/;
// The words between one place and the next in a list of tolls told once: "…, 22 in Hilla", "'s Kadhimiya district, and
// seven in Baquba", " market district and 13 at a restaurant in " (the figure, then the place's own words).
// (Or one person told by a noun: "killed two traders in Tarn and a policeman in Ulma", "… and a taxi driver in Ulma".)
// (Or told as more: "arrested six suspects in Tarn and another four in Ulma".)
const LISTED_TOLL = new RegExp(
  `^${REGION_APPOSITIVE}?(?:[^,;.]{0,50},\\s+(?:and\\s+)?|(?:\\s+[a-z]+){0,3}\\s+and\\s+)(?:another\\s+)?((?:(?:at least|more than|over|about|nearly|some) )?${NUMBER_PATTERN}|an?(?=\\s+(?:second|third|fourth|fifth)\\b)|an?(?=\\s+(?:[a-z-]+\\s+){1,2}(?:in|at|near)\\s))\\s+(?:(?:more|others?|people|second|third|fourth|fifth)\\s+|[a-z-]+\\s+(?!(?:in|at|near|and|were|was|had)\\b)[a-z]+\\s+(?=(?:in|at|near)\\s)|(?!(?:in|at|near|and|were|was|had)\\b)[a-z]+\\s+)?(?:in|at|near)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$`,
  'i',
);

/** A figure without the qualifier written before it: "about 70" → "70" ("about 70 in Tarn and 30 in Ulma" adds up). */
const withoutQualifier = (figure: string) => figure.replace(/^(?:at least|more than|over|about|nearly|some)\s+/i, '');

// The first figure of a breakdown after a colon or a comma, up to the first place: ": 15 in ", "four suspects, three in ".
const BREAKDOWN_FIRST = new RegExp(
  `[:,]\\s+((?:(?:at least|more than|over|about|nearly|some) )?${NUMBER_PATTERN})\\s+(?:(?:more|others?|people)\\s+)?(?:(?:were\\s+)?(?:killed|died|wounded|injured|arrested|detained)\\s+)?(?:in|at|near)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$`,
  'i',
);

/**
 * "car bombs killed 19 people in Tarn, 22 in Ulma, and seven in Sorra", "police detained seven suspects in Tarn and
 * five in Ulma", "… and a third in Sorra": one verb, then a figure before each place; the first place's figure as
 * read, each other's the bare figure before it, where together they make the record's. Every figure the record has
 * must be so told, or it stays whole.
 */
function tollsListed(
  clause: string,
  ordered: readonly string[],
  at: ReadonlyMap<string, number>,
  record: Incident,
): PlaceTolls | null {
  const first = ordered[0] ?? '';
  const reading = readCasualties(clause.slice(0, (at.get(first) ?? 0) + first.length));
  // ("police arrested 38 suspects: 15 in Tarn, 17 in Ulma, and six in Sorra": a breakdown of the whole after a colon,
  // the first place's figure the one right before it.)
  const breakdown = BREAKDOWN_FIRST.exec(clause.slice(0, at.get(first) ?? 0));
  const broken = breakdown?.[1] ? parseNumber(withoutQualifier(breakdown[1])) : null;
  const tolls: PlaceTolls = new Map();
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const opening = breakdown && broken !== null ? broken : reading.figures[field];
    if (opening === null || record[field] === null || reading.figures[field] === null) continue;
    const openingWords =
      breakdown && broken !== null
        ? clause.slice(breakdown.index + breakdown[0].indexOf(breakdown[1] ?? ''), (at.get(first) ?? 0) + first.length)
        : (reading.evidence[field] ?? '');
    const each: Array<{ value: number; words: string }> = [{ value: opening, words: openingWords }];
    for (const [i, place] of ordered.entries()) {
      if (i === 0) continue;
      const prior = ordered[i - 1] ?? '';
      const from = (at.get(prior) ?? 0) + prior.length;
      const to = at.get(place) ?? 0;
      const m = LISTED_TOLL.exec(clause.slice(from, to));
      const value = m?.[1] ? (/^an?$/i.test(m[1]) ? 1 : parseNumber(withoutQualifier(m[1]))) : null;
      if (!m || value === null) break;
      // (The words quoted as written, from the figure to the place.)
      // (Found as a word: the "a" of "and a policeman" is not the one in "and".)
      const figureAt = m[0].search(new RegExp(`\\b${escapeRegExp(m[1] ?? '')}\\b`));
      each.push({ value, words: clause.slice(from + Math.max(0, figureAt), to + place.length) });
    }
    if (each.length === ordered.length && each.reduce((n, t) => n + t.value, 0) === record[field])
      tolls.set(field, each);
  }
  const told = (['killed', 'wounded', 'arrested'] as const).filter((field) => record[field] !== null);
  return told.length > 0 && told.every((field) => tolls.has(field)) ? tolls : null;
}

/**
 * "the mosque in Kabul, where 39 people were killed, and a mosque in Ghor province, where 33 died": each place's
 * own words, up to the next place, tell its deaths; none before the first place, and together they make the
 * record's toll.
 */
function tollAfterEach(
  clause: string,
  ordered: readonly string[],
  at: ReadonlyMap<string, number>,
  record: Incident | null,
  further = '',
): PlaceTolls | null {
  // Each place's deaths need words of their own: fewer death words than places tell one toll for them all (a cheap
  // count first; most clauses with several places stop here).
  // (`record` null: a sentence of tolls after the event's own, each place's read as told, with no sum to agree with.)
  if (record && record.killed === null) return null;
  if ((clause.match(DEATH_WORD) ?? []).length < ordered.length) return null;
  // Each toll after its place ("… in Tarn, killing five, and in Ulma, where three died"), or, where the words after
  // the last place tell none, before it ("killed five villagers in Tarn, and beheaded three more in Ulma").
  const last = ordered[ordered.length - 1] ?? '';
  // ("two suicide bombings killed more than 75 people: one in Baghdad killed 28 people, and another in Muqdadiyah killed
  // 47": the whole before a colon, then each place's part after it.)
  const opening = clause.slice(0, at.get(ordered[0] ?? '') ?? 0);
  const wholeThenParts = opening.includes(': ') && WHOLE_THEN_PART.test(opening);
  const tollBefore = !wholeThenParts && readCasualties(opening).figures.killed !== null;
  const tollsFirst =
    tollBefore && readCasualties(clause.slice((at.get(last) ?? 0) + last.length)).figures.killed === null;
  // ("a suicide bomber killed the cleric and four others at his seminary in Lahore, and a bomb at a mosque in Nowshera
  // killed four soldiers": the first place's toll before it, the second's after it, in a clause of its own.)
  const first = ordered[0] ?? '';
  const mixed =
    tollBefore &&
    !tollsFirst &&
    ordered.length === 2 &&
    /,\s+and\s[^.;]*\b(?:bomb|blast|explosion|attack|gunmen|militants|suicide|grenade|rocket|mortar|shooting|ambush|raid|strike)/i.test(
      clause.slice((at.get(first) ?? 0) + first.length, at.get(last) ?? 0),
    );
  if (tollBefore && !tollsFirst && !mixed) return null;
  const readings = ordered.map((place, i) => {
    if (mixed) return readCasualties(i === 0 ? clause.slice(0, at.get(last) ?? 0) : clause.slice(at.get(last) ?? 0));
    if (tollsFirst) {
      const prior = ordered[i - 1];
      const from = prior === undefined ? 0 : (at.get(prior) ?? 0) + prior.length;
      return readCasualties(clause.slice(from, (at.get(place) ?? 0) + place.length));
    }
    const from = at.get(place) ?? 0;
    const to = i + 1 < ordered.length ? (at.get(ordered[i + 1] ?? '') ?? clause.length) : clause.length;
    return readCasualties(clause.slice(from, to));
  });
  // Each field whose figures are told for every place and add up to the sentence's ("killing 11 and wounding 100, and
  // … in Hat Yai, killing three and wounding 400"); deaths must be, or the record stays whole.
  // (Wounded or arrested told for one place only go to that place: "where 39 were killed and 20 wounded, and … where 33
  // died".)
  const tolls: PlaceTolls = new Map();
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const values = readings.map((r) => r.figures[field]);
    const told = values.filter((v) => v !== null);
    if (told.length === 0 || (field === 'killed' && told.length < values.length)) continue;
    const sum = told.reduce((n: number, v) => n + (v ?? 0), 0);
    // ("… where 18 soldiers and one civilian were killed, and … in Arlit, where one employee died. All of the attackers,
    // four in Agadez and two in Arlit, were killed.": the sentence after gives each place the rest of its toll.)
    const rest = record && sum !== record[field] && field === 'killed' ? restByPlace(further, ordered) : null;
    if (record && sum + (rest?.reduce((n, r) => n + r.value, 0) ?? 0) !== record[field]) continue;
    tolls.set(
      field,
      readings.map((r, i) => {
        if (r.figures[field] === null) return null;
        const more = rest?.[i];
        const words = r.evidence[field] ?? '';
        return more
          ? { value: (r.figures[field] ?? 0) + more.value, words: `${words} … ${more.words}` }
          : { value: r.figures[field] ?? 0, words };
      }),
    );
  }
  return tolls.has('killed') ? tolls : null;
}

// A toll, a colon, then the first event's words up to its place: "killed more than 75 people: one in ", "left 30 dead:
// the first bombing, at a market in ".
const WHOLE_THEN_PART = new RegExp(`${WHOLE_TOLL}:\\s+(?:the\\s+)?(?:one|first)\\b[^.;:]{0,60}$`, 'i');
// A figure told right before its place, with its verb or without: "killing four officers in ", "and wounding nine in
// ", "and three in ".
const TOLL_VERBS = 'killing|killed|wounding|wounded|injuring|injured|arresting|arrested|detaining|detained';
const TOLL_FIGURE_BEFORE_PLACE = `((?:(?:at least|more than|over|about|nearly|some) )?${NUMBER_PATTERN}|an?)\\s+(?:(?!(?:in|at|near|and|were|was|had|of)\\b)[a-z-]+\\s+){0,2}(?:in|at|near)\\s+(?:the\\s+)?(?:(?:town|city|village|district) of\\s+)?$`;
const FIRST_TOLL_BEFORE_PLACE = new RegExp(`\\b(${TOLL_VERBS})\\s+${TOLL_FIGURE_BEFORE_PLACE}`, 'i');
const NEXT_TOLL_BEFORE_PLACE = new RegExp(
  `^,?\\s+and\\s+(?:(${TOLL_VERBS})\\s+)?(?:another\\s+)?${TOLL_FIGURE_BEFORE_PLACE}`,
  'i',
);

/**
 * "killing four officers in Brisk and wounding nine in Qalun", "killing a soldier in Dorvi and three in Pellam": each
 * place told right after a figure of its own, with a verb of its own or the one before. Each place gets its figures;
 * where the clause's reading read only the first, "and three" was read as no figure, and the places' figures stand.
 */
function tollsBeforeEach(
  clause: string,
  ordered: readonly string[],
  at: ReadonlyMap<string, number>,
  record: Incident,
): PlaceTolls | null {
  const first = ordered[0] ?? '';
  const firstAt = at.get(first) ?? 0;
  const opening = FIRST_TOLL_BEFORE_PLACE.exec(clause.slice(Math.max(0, firstAt - 80), firstAt));
  if (!opening) return null;
  const told: Array<{ field: keyof Casualties; value: number; words: string }> = [];
  let verb = opening[1] ?? '';
  for (const [i, place] of ordered.entries()) {
    const prior = ordered[i - 1];
    const from = prior === undefined ? Math.max(0, firstAt - 80) : (at.get(prior) ?? 0) + prior.length;
    const to = at.get(place) ?? 0;
    const m = prior === undefined ? opening : NEXT_TOLL_BEFORE_PLACE.exec(clause.slice(from, to));
    if (!m?.[2]) return null;
    verb = m[1] ?? verb;
    const field = FIELD_WORDS.find(([, words]) => words.test(verb))?.[0];
    const value = /^an?$/i.test(m[2]) ? 1 : parseNumber(withoutQualifier(m[2]));
    if (!field || value === null) return null;
    // (The words quoted from the verb where the place has one of its own: "wounding nine in Qalun", "three in Pellam".)
    const wordsAt = from + (prior === undefined ? m.index : 0) + m[0].indexOf(m[1] ?? m[2]);
    told.push({ field, value, words: clause.slice(wordsAt, to + place.length) });
  }
  const tolls: PlaceTolls = new Map();
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const each = told.map((t) => (t.field === field ? { value: t.value, words: t.words } : null));
    const values = each.flatMap((t) => (t ? [t.value] : []));
    if (values.length === 0) continue;
    // (The clause's figure is their sum, or the first alone where its reading stopped there.)
    const sum = values.reduce((n, v) => n + v, 0);
    if (record[field] !== sum && record[field] !== values[0]) return null;
    tolls.set(field, each);
  }
  return tolls.size > 0 ? tolls : null;
}

/**
 * "bombs exploded at courts in three districts: in Tarn, a bomb killed a clerk and a litigant; in Ulma, a bomb killed
 * a bailiff and wounded 12 people; and in Sorra, a device wounded four lawyers": a clause of its own for each place,
 * each opened by "in" and the place after a colon or a semicolon, and closed by the next. Each place gets what its
 * clause tells, where every clause tells a figure.
 */
function tollsByClause(clause: string, ordered: readonly string[], at: ReadonlyMap<string, number>): PlaceTolls | null {
  const readings: CasualtyReading[] = [];
  for (const [i, place] of ordered.entries()) {
    const where = at.get(place) ?? 0;
    const opening = PLACE_CLAUSE_OPENING.exec(clause.slice(Math.max(0, where - 40), where));
    // ("…, killing two people in Tarn; no one was hurt in Ulma": a clause that denies casualties at its place.)
    const denied = opening ? null : PLACE_DENIAL_OPENING.exec(clause.slice(Math.max(0, where - 60), where));
    // ("bombs left 32 pilgrims dead in Baghdad; in Kirkuk, 25 died …": the first place may stand anywhere in the first
    // clause, which is all its own.)
    const first = i === 0 && !opening && !denied && clause.indexOf(';') > where;
    if (!opening && !denied && !first) return null;
    // (A toll told of them all in the first clause is neither's: "killing two in Tarn and wounding 30 in both towns".)
    if (first && JOINT_WORDS.test(clause.slice(0, clause.indexOf(';')))) return null;
    const end = clause.indexOf(';', where);
    // (A denial is read up to its place only: what follows it tells no figure of the place.)
    const reading = denied
      ? readCasualties(clause.slice(Math.max(0, where - 60) + denied.index, where + place.length))
      : readCasualties(clause.slice(first ? 0 : where, end < 0 ? clause.length : end));
    if (Object.values(reading.figures).every((v) => v === null)) return null;
    readings.push(reading);
  }
  // (Each clause read on its own reads what a reading of them all together may miss: "a bomb killed a clerk; in Ulma, a
  // bomb killed a bailiff" is one death in each.)
  const tolls = tollsOfReadings(readings);
  return tolls.size > 0 ? tolls : null;
}
// What opens the clause of one place: ": in ", "; in the town of ", "; and in " (not ": In Tarn and ", where the place
// is the second of a list that one clause tells).
const PLACE_CLAUSE_OPENING = /[:;]\s+(?:and\s+)?in\s+(?:the\s+)?(?:(?!(?:and|or)\s)[\w'’-]+\s+){0,3}?$/i;
const PLACE_DENIAL_OPENING =
  /[:;]\s+(?:and\s+|but\s+)?(?:no one|nobody|none) (?:was|were) (?:hurt|injured|wounded|killed|harmed) (?:in|at)\s+(?:the\s+)?$/i;
const JOINT_WORDS = /\b(?:both|all (?:the )?(?:two|three|four)|the two|the three|in total|altogether|in all)\b/i;

// Words after the last of several days that only share them out: ", respectively.".
const RESPECTIVELY_ONLY = /^,?\s+respectively\s*[.;]?\s*$/i;

/** A reading with only its zero figures ("no casualties"), for figures shared by several events. */
/**
 * The figures of one event of a list each closed by its place and date: those its own words tell, else its share of
 * the words after the last date: its figure of a list told "respectively", a denial ("without causing casualties"),
 * but no figure the events share ("killed a total of six officers": the guide puts it on none of them).
 */
function listedFigures(
  listed: NonNullable<Draft['listed']>,
  clause: string,
  further: readonly string[],
  verb: string | undefined,
): CasualtyReading {
  const ownEnd = clause.length - listed.tail.length;
  const whole = withVerb(readFigures(clause, further), clause, verb);
  if (ownEnd <= 0 || !clause.endsWith(listed.tail)) return whole;
  const shares = respectively(listed.tail, listed.of);
  // (Where the tail shares its figures out, an item's own words borrow no verb: "…, and Sorra on May 20, killing 14 and
  // 6 people …" is no "killing Sorra".)
  const ownRead = readFigures(clause.slice(0, ownEnd), []);
  const own = shares ? ownRead : withVerb(ownRead, clause.slice(0, ownEnd), verb);
  const figures: Casualties = { killed: null, wounded: null, arrested: null };
  const evidence: CasualtyReading['evidence'] = {};
  // ("murdered two hostages … on July 25 and July 30, respectively": as many as the days, one on each.)
  const onePerDay = RESPECTIVELY_ONLY.test(listed.tail);
  for (const f of ['killed', 'wounded', 'arrested'] as const) {
    const share = shares?.get(f)?.[listed.at];
    const [value, words] =
      own.figures[f] !== null
        ? [onePerDay && own.figures[f] === listed.of ? 1 : own.figures[f], own.evidence[f]]
        : share
          ? [share.value, share.words]
          : whole.figures[f] === 0
            ? [0, whole.evidence[f]]
            : [null, undefined];
    figures[f] = value;
    if (value !== null && words) evidence[f] = words;
  }
  return { figures, evidence, accounts: own.accounts ?? null };
}

/** A reading with the figures the words naming the event by its order tell (`Draft.ordinal`) put first. */
function ownByOrder(reading: CasualtyReading, ordinal: readonly string[] | undefined): CasualtyReading {
  if (!ordinal) return reading;
  const own = readFigures(ordinal.join(' '), []);
  const figures: Casualties = { ...reading.figures };
  const evidence: CasualtyReading['evidence'] = { ...reading.evidence };
  // (Not arrests: "The first wounded 30, and police later arrested five suspects" are no figure of the attack.)
  for (const f of ['killed', 'wounded'] as const) {
    if (own.figures[f] === null) continue;
    figures[f] = own.figures[f];
    evidence[f] = own.evidence[f];
  }
  return { figures, evidence, accounts: reading.accounts };
}

// A toll told of several events together: "in the two assaults", "in both attacks", "in the three bombings".
const TOLL_OF_SEVERAL =
  /\b(?:in|during|across) (?:the|these|those|both|all) (?:(?:two|three|four|five|six|seven|several)\s+)?(?:attacks|assaults|bombings|raids|ambushes|incidents|blasts|explosions)\b/i;
// (Not a day that names another event: "the June 4 bombing".)
const DAY_OF_MONTH_ALL = new RegExp(`(?<!\\bthe )\\b(?:${MONTH_NAMES.join('|')}) \\d{1,2}\\b`, 'g');
/** How many days of a month a sentence tells, up to `end` (not one that names another event: "the June 4 bombing"). */
function daysTold(sentence: string, end = sentence.length): number {
  return sentence.slice(0, end).match(DAY_OF_MONTH_ALL)?.length ?? 0;
}
function zerosOnly(reading: CasualtyReading): CasualtyReading {
  const figures: Casualties = { killed: null, wounded: null, arrested: null };
  const evidence: CasualtyReading['evidence'] = {};
  for (const f of ['killed', 'wounded', 'arrested'] as const) {
    if (reading.figures[f] !== 0) continue;
    figures[f] = 0;
    const words = reading.evidence[f];
    if (words) evidence[f] = words;
  }
  return { figures, evidence, accounts: null };
}

/**
 * A record as built, with the places the clause names before a region is dropped for a town (`finestPlaces`; "a
 * mosque in Ghor province, where 33 died").
 */
// Deaths told in unrest after an event: "11 people died in protests in Baidoa over the following three days".
const DIED_IN_UNREST =
  /\b(?:died|killed|dead|deaths)\b[^.;]{0,40}?\b(?:in|during) (?:the )?(?:ensuing |subsequent |following )?(?:protests|riots|rioting|demonstrations|unrest)\b/i;
const UNREST =
  /\b(?:protest|riot|demonstrat|unrest|march|rall(?:y|ies)|procession|sit-in|gathering|mourners|funeral|crowd)/i;
type Built = { draft: Draft; record: Incident; named: string[] };

/**
 * The kind a record's own toll settles, as the guide reads it: a raid or operation of the state with no one killed or
 * hurt and people arrested is an arrest ("police raided a farmhouse outside Hallen … Officers arrested six men"); an
 * arrest told with deaths of its own is a clash ("the army captured 45 fighters after a battle near Hallen in which 20
 * militants and four soldiers were killed").
 */
function kindByToll(
  kind: IncidentKind,
  reading: CasualtyReading,
  arrestedCounts: boolean,
  clause: string,
): IncidentKind {
  const { killed, wounded, arrested } = reading.figures;
  const held = arrestedCounts && arrested !== null && arrested > 0;
  if (kind === 'clash' && held && killed === null && wounded === null && !HARM_WORD.test(clause)) return 'arrest';
  if (kind === 'arrest' && held && killed !== null && killed > 0 && BATTLE_WORD.test(clause)) return 'clash';
  return kind;
}
const BATTLE_WORD =
  /\b(?:battle|fighting|firefight|gunfight|gun battle|clash(?:es)?|shootout|exchange of fire|operation|raid)\b/i;

function buildRecord(draft: Draft, book: ReturnType<typeof buildNameBook>, country: string): Built {
  // (Fighting begun takes no toll of an attack told after it: "In retaliation, militants bombed a market in Ulma,
  // killing 30 people.")
  // ("…detained Ali Tessa in Tarn on December 13. At least 11 people died in protests in Tarn over the following three
  // days.": deaths in the unrest an event set off are no figure of it.)
  const calm = draft.further.length > 0 && !UNREST.test(draft.clause);
  // ("… on May 3 …; on May 9 … . Nine people were wounded in the two attacks.": a toll of both, on neither.)
  const datesTold = daysTold(draft.sentences[0] ?? '') >= 2;
  const kept = draft.further.filter(
    (s) =>
      !(draft.tentative && MILITANT_ACT.test(s)) &&
      !(calm && DIED_IN_UNREST.test(s)) &&
      !(datesTold && TOLL_OF_SEVERAL.test(s)),
  );
  const d = kept.length < draft.further.length ? { ...draft, further: kept } : draft;
  // "forces killed 22 militants near Tera, following an attack on a patrol that left five soldiers dead": the attack
  // a security operation answers is another event; its figures and places are not the operation's.
  const response = d.kind === 'clash' ? RESPONSE_TO.exec(d.clause) : null;
  const year = d.mention.date.slice(0, 4);
  // "…, and ULFA militants killed 15 laborers in Tinsukia in early January 2007": an event of another year told in
  // the same sentence is no part of this one (no figures, no places).
  // ("…, killing three soldiers; two more soldiers died in a similar attack near Sorra on January 2, 2021": the same,
  // after a semicolon.)
  // (Only up to the next semicolon: "…, following the Tarn attack; the army said the strikes killed 50 militants" tells
  // the operation's toll again.)
  const responseEnd = response ? d.clause.indexOf(';', response.index) : -1;
  const clause = (
    response ? `${d.clause.slice(0, response.index)}${responseEnd >= 0 ? d.clause.slice(responseEnd) : ''}` : d.clause
  )
    .replace(OTHER_YEAR_CLAUSE, (told: string, other: string) => (other === year ? told : ' '))
    .replace(OTHER_YEAR_SEMICOLON, (told: string, other: string) => (other === year ? told : ' '));
  const text = d.sentences.join(' ');
  const further = d.further.join(' ');
  // Figures come from this event's clause and the sentences that go on telling it, not from other dates' clauses.
  // A claim, a threat or a listing has no casualties of its own (the figures near it are the attack's): nothing is read.
  const noFigures = d.kind === 'threat' || d.kind === 'designation';
  // "…near Tongo Tongo, close to where four U.S. soldiers were killed in October 2017": an earlier year's toll, told to
  // say where, is not this event's.
  const ownClause = clause
    .replace(PAST_TOLL, (aside: string, inYear?: string, named?: string, after?: string) =>
      (inYear ?? named ?? after) === year ? aside : ' ',
    )
    // ("killed the leader of the cell that carried out the July 17, 2015 ambush in Ain Defla, which killed nine soldiers,
    // in a raid": the same, an event of another year named with its toll.)
    .replace(PAST_EVENT_TOLL, (aside: string, other: string) => (other === year ? aside : ' '))
    // ("arrested five suspects in connection with the 2013 murder of blogger Ann Roe": the same, one killed then.)
    .replace(PAST_KILLING_OF, (named: string, other: string) => (other === year ? named : ' '))
    // ("…, killing 13 police officers; security forces killed 20 Maoists in pursuit operations over the following
    // days": the operations after the attack are another event, told without a day of their own.)
    .replace(LATER_OPERATIONS, ' ')
    .replace(clause.includes(' after ') || clause.includes(' before ') ? DAYS_AFTER_EVENT_TAIL : NEVER, ' ')
    // ("…, and over the course of the year they arrested 120 more", "; Detachment 88 has arrested some 900 suspects since
    // 2002", "; over the course of the conflict, some 3,000 people have been killed": a count over a span, no figure of
    // the day.)
    .replace(SPAN_WORD.test(clause) ? SPAN_COUNT_CLAUSE : NEVER, ' ')
    // ("In connection with the November 20 attack on a hotel, which killed 20 people, police arrested two suspects": the
    // toll of the event an arrest is for is no figure of the arrest.)
    .replace(d.kind === 'arrest' ? RELATIVE_TOLL : NEVER, ' ')
    // ("arrested two men for the murder of blogger Ann Roe, who was hacked to death in 2015": the killing the arrest is
    // for.)
    .replace(d.kind === 'arrest' ? ARRESTED_FOR_KILLING : NEVER, ' ')
    // ("police detained 10 people following a gun attack on a wedding in Dalmi that killed three guests", "arrested four
    // men suspected of killing two police officers", "Two days after the May 4 bombing … that killed 17 people, police
    // arrested four suspects": the toll of the event the arrest follows is no figure of the arrest.)
    .replace(d.kind === 'arrest' ? ARRESTED_AFTER_TOLL : NEVER, ' ')
    .replace(d.kind === 'arrest' ? ARRESTED_FOR_ATTACK_TOLL : NEVER, ' ');

  const read = noFigures
    ? NO_FIGURES
    : d.listed
      ? listedFigures(d.listed, ownClause, d.further, d.verb)
      : withVerb(readFigures(ownClause, d.further), ownClause, d.verb);
  // A figure told for this event and another together is put on neither; "no one was injured" is each one's all the
  // same ("fired missiles at the ship on October 9 and 12; no one was injured").
  const taken = killedWhenTaken(read, ownClause, text);
  // ("attacked a military base at Sagme on June 5 and again on June 14, killing a total of seven soldiers in the two
  // assaults": a toll told of several events, each dated in the sentence, is put on none of them.)
  // (The days of its clause only, before or after its words: "killing 20 people in the three bombings, on June 5, June 7,
  // and June 14"; not "…, killing 20 people in the three blasts; the market had reopened on June 1", nor "…, ten days
  // after the June 4 bombing", a day that names another event.)
  const first = d.sentences[0] ?? '';
  const severalAt = TOLL_OF_SEVERAL.test(ownClause) ? first.search(TOLL_OF_SEVERAL) : -1;
  const clauseEnd = severalAt < 0 ? -1 : first.indexOf(';', severalAt);
  const ofSeveral = !d.shared && severalAt > 0 && daysTold(first, clauseEnd < 0 ? first.length : clauseEnd) >= 2;
  const reading = ownByOrder(d.shared || ofSeveral ? zerosOnly(taken) : taken, d.ordinal);
  // ("Ali Tessa, the suspected organizer of the 2011 bombing of a church in Ulma, was rearrested in Tarn": the place of the
  // event that says who the one arrested was is not the arrest's.)
  const placeText = (s: string) =>
    s
      .replace(ROLE_OF_EVENT, ',')
      .replace(PERSON_ASIDE_PLACE, ',')
      .replace(DAYS_AFTER_EVENT_OPENING, ' ')
      .replace(clause.includes(' after ') || clause.includes(' before ') ? DAYS_AFTER_EVENT_TAIL : NEVER, ' ')
      .replace(EVENT_LABEL, ' ')
      .replace(PAST_EVENT, (told: string, other: string) =>
        other === year && (/\d,? (?:19|20)\d{2}/.test(told) || /^an?\s/i.test(told)) ? told : ' ',
      )
      .replace(PAST_EVENT_TOLL, (aside: string, other: string) => (other === year ? aside : ' '))
      .replace(PAST_KILLING_OF, (named: string, other: string) => (other === year ? named : ' '))
      .replace(s.includes('ethnic') ? ETHNIC_NAME : NEVER, ' ')
      .replace(TOLD_BY, ' ')
      .replace(SITE_NAMED_IN, '$1 ')
      .replace(TITLE_OF_PLACE, ' ')
      .replace(WANTED_FOR_EVENT, ' ')
      .replace(HAD_TAKEN_PART, ' ')
      .replace(HAD_BEEN_IN, ' ')
      .replace(HAD_DONE_CLAUSE, ' ')
      .replace(BASED_IN_WORDS.test(s) ? BASED_IN : NEVER, ' ');
  // "the town of Adra northeast of Damascus": a town named only to tell where the place lies, when another is named.
  // ("…were found beheaded in Zabul province, prompting thousands to march in Kabul": what the event led to is
  // elsewhere, when the event names a place of its own.)
  // ("about 30 miles west of Barcelona" too; the town is the place only where the clause names no other.)
  const placed = placesOf(
    placeText(clause)
      .replace(DISTANCE_FROM, ' ')
      .replace(ROAD_WORD.test(clause) ? ROAD_BETWEEN : NEVER, ' ')
      .replace(EVENT_NAMED_BY_TOWN, ' ')
      .replace(clause.includes('capital of') ? CAPITAL_OF_AFTER_TOWN : NEVER, ' ')
      .replace(HOSPITAL_IN, ' ')
      .replace(DIRECTION_OF, ' ')
      .replace(NEAR_A_PLACE, '$1')
      .replace(LED_TO, ' ')
      .replace(clause.includes('court') || clause.includes('tribunal') ? COURT_ACT_AFTER : NEVER, ' ')
      // ("Tarn police arrested nine suspects in Ulma": the police's town, where the clause names the event's own.)
      .replace(POLICE_OF_A_TOWN, ' ')
      .replace(HOME_OR_AIM, ' ')
      .replace(/\b(?:connection with|role in|involvement in|part in) /.test(clause) ? IN_CONNECTION_WITH : NEVER, ' ')
      .replace(
        clause.includes('fired') || clause.includes('launched') || clause.includes('lobbed') ? FIRED_FROM_PLACE : NEVER,
        ' ',
      )
      .replace(TAKEN_WORD.test(clause) ? NEVER : HOME_OF, ' '),
    book.places,
  );
  let places = placed.length > 0 ? placed : placesOf(placeText(clause), book.places);
  // ("The most serious attack … took place in downtown Amman. At midday on September 4, a gunman opened fire … He was
  // motivated by anger over the war in Lebanon.": the town the passage opens with, before any the sentences after name.)
  // (Not where the clause points at a place told before it: "a second on the same road on March 23 killed one".)
  if (places.length === 0 && d.topic && !NOT_THE_TOPIC.test(clause) && !IN_THE_AREA.test(clause))
    places = d.topic.places;
  // (Not from a later round of arrests: "Police detained a further 12 suspects in Tarn in the week after the bombings".)
  if (places.length === 0 && further)
    places = namesIn(placeText(d.further.filter((s) => !FOLLOW_UP.test(s)).join(' ')), book.places);
  // "In Zamboanga City, a grenade … on November 6, and a second device was defused on the 8th": a place that opens
  // the sentence is the place of each event the sentence tells.
  if (places.length === 0) {
    const opening = OPENING_PLACE.exec(d.sentences[0] ?? '');
    if (opening) places = namesIn(opening[0], book.places);
  }
  // "Three more were killed in the area on the 27th": the place the sentence before names.
  // ("…in Afaka, Kaduna State, and on April 20 gunmen took 20 students from a university in the same state": the place
  // named earlier in the sentence comes first.)
  // The places the words before the clause in its own sentence name.
  const placedBefore = (): string[] => {
    // (An event of a list is placed by the list's lead-in, not by the events listed before it.)
    if (d.lead !== undefined) return namesIn(placeText(d.lead), book.places);
    const sentence = d.sentences[0] ?? '';
    const at = sentence.indexOf(clause.slice(0, 40));
    return at > 0 ? namesIn(placeText(sentence.slice(0, at)), book.places) : [];
  };
  if (places.length === 0 && IN_THE_AREA.test(clause)) {
    places = placedBefore();
    if (places.length === 0 && d.before) {
      places = namesIn(placeText(d.before), book.places);
      // ("… fought in Bessa before returning to Tarn. … during a raid there": "there" is the place named last.)
      const before = d.before;
      if (places.length > 1 && /\bthere\b/.test(clause))
        places = places
          .map((p) => ({ p, at: before.lastIndexOf(p) }))
          .sort((a, b) => b.at - a.at)
          .slice(0, 1)
          .map(({ p }) => p);
      // (The same where the place named last is one the report names nowhere else, after a verb of going there.)
      // (Not "there were no arrests", "never went to Ulma", "going to Sunday markets", "moved to Boko Haram's stronghold".)
      const went = THERE_PLACED.test(clause) ? WENT_TO.exec(before) : null;
      const wentTo = went?.[1] ?? '';
      if (
        went &&
        !COUNTRY_OR_REGION.has(wentTo) &&
        !MONTH_NAMES.includes(wentTo) &&
        !WEEKDAY_NAME.test(wentTo) &&
        !/\b(?:never|not|n['’]t|no longer)\s+(?:\w+\s+)?$/i.test(
          before.slice(Math.max(0, went.index - 30), went.index),
        ) &&
        places.every((p) => before.lastIndexOf(p) < went.index)
      )
        places = [wentTo];
    }
    // "The deadliest attacks took place in Tarn in October. On October 6, … On October 25, gunmen stormed a guest house
    // in the town": the town told last, a few sentences back.
    if (places.length === 0 && (IN_THE_TOWN.test(clause) || /\bthe siege\b/i.test(clause)))
      for (const sentence of [...(d.earlier ?? [])].reverse()) {
        places = namesIn(placeText(sentence), book.places).filter((p) => !COUNTRY_OR_REGION.has(p));
        if (places.length > 0) break;
      }
  }
  // "In Maiduguri itself, … Attacks in the city during the year included the following: March 16 – a mosque in the
  // Umarari area – 22 killed; October 12 – a bus station – eight killed": each item of a list is at the place its
  // lead-in names, or, where the lead-in says "the city", the place the sentence before names.
  const leadIn = LIST_LEAD_IN.exec(d.sentences[0] ?? '')?.[0];
  if (leadIn) {
    let around = namesIn(placeText(leadIn), book.places);
    if (around.length === 0 && d.before && IN_THE_AREA.test(leadIn)) around = namesIn(placeText(d.before), book.places);
    for (const place of around) if (!places.includes(place)) places.push(place);
  }
  // ("Karachi suffered twice more … On May 31, a bomb at the Ali Raza shrine on Jinnah Road …": the passage's town.)
  // (Not an event the text puts elsewhere: "Elsewhere, on June 3, …", "in a separate incident in the north".)
  if (places.length === 0 && d.topic && !NOT_THE_TOPIC.test(clause)) places = d.topic.places;
  // "Army commandos ended the siege the next morning": the place of the story it is counted from.
  if (places.length === 0 && d.story) places = namesIn(placeText(d.story), book.places);
  // "The year began with a bombing in the Moscow Metro. On February 6, a bomb exploded between the A and B
  // stations": a clause naming only sites is at the town the sentence before names.
  if (places.length === 0 && d.before && SITES_ONLY.test(clause)) places = namesIn(placeText(d.before), book.places);
  // "In October, militants in South Waziristan abducted two engineers; commandos stormed the hideout on October 14":
  // a clause that names no place is where the words before it in its sentence put things.
  // ("…; a separate attack on a convoy the same day killed 14 more": elsewhere, where the text does not say.)
  if (places.length === 0 && !/^(?:an?|another)\s+(?:separate|different)\s/i.test(clause)) places = placedBefore();
  // ("Three bombs exploded in Ulma on October 29: the blast at the Sorra market killed 50, a bomb near the Lessa bazaar
  // killed nine, …": each event listed is in the one town the lead-in names too.)
  if (d.lead !== undefined) {
    const around = namesIn(placeText(d.lead), book.places).filter((p) => !COUNTRY_OR_REGION.has(p));
    const [town] = around;
    if (town !== undefined && around.length === 1 && !places.includes(town)) places = [town, ...places];
  }
  const named = places;
  places = roadTowns(finestPlaces(places, `${clause} ${further}`), `${clause} ${further}`);
  // "On September 12 and October 21, roadside bombs in Wajir and Garissa killed four police officers and a soldier,
  // respectively": as many places as days, shared out in the order the text names them, like the figures.
  const listing = d.listed;
  if (listing && places.length === listing.of && /\brespectively\b/i.test(listing.tail)) {
    const inOrder = [...places].sort((a, b) => clause.indexOf(a) - clause.indexOf(b));
    // (Places listed, not one inside the other: "in the Sorra market area of Ulma on March 27 and 30, respectively".)
    const between = (i: number) =>
      clause.slice(
        clause.indexOf(inOrder[i - 1] ?? '') + (inOrder[i - 1] ?? '').length,
        clause.indexOf(inOrder[i] ?? ''),
      );
    const asList = inOrder.every((_, i) => i === 0 || (/^[^.;]{0,30}$/.test(between(i)) && !/\bof\b/.test(between(i))));
    if (asList && inOrder.every((p) => clause.indexOf(p) >= 0)) places = inOrder.slice(listing.at, listing.at + 1);
  }
  // "strikes in Iraq and Syria": where the clause lists countries, the report's own is one of them.
  if (places.some((p) => COUNTRY_OR_REGION.has(p))) {
    for (const c of countriesIn(placeText(clause), country)) {
      if (places.includes(c)) continue;
      // ("in Idlib Province in northwest Syria": the part of the country the clause names stands for it.)
      const whole = countryOfPart(c);
      places = whole !== null && places.includes(whole) ? places.map((p) => (p === whole ? c : p)) : [...places, c];
    }
  }
  // "another wave of bombings killed 69 in the capital": the capital of the report's country, where nothing else is named.
  // ("gunmen attacked the Ministry of Internal Security", "stormed the Presidential Palace": a seat of the state, in the
  // capital where the text names no other place; the words quoted are those that put it there.)
  // ("in the Dimbeul neighborhood of the capital": the quarter, and the capital it is in.)
  let capitalWords: string | undefined;
  // (Not where the clause puts it in another country: "in Somalia, … in the Hodan district of the capital"; a bomb
  // "smuggled from Kenya" is still in the report's.)
  const quarter = QUARTER_OF_THE_CAPITAL.exec(clause);
  const otherCountry =
    quarter !== null && namesIn(clause, COUNTRY_NAMES).some((c) => c !== country && clause.includes(`in ${c}`));
  if (places.length === 0) {
    const told = IN_THE_CAPITAL.exec(clause) ?? (otherCountry ? null : quarter) ?? SEAT_OF_STATE.exec(clause);
    const capital = told ? capitalOf(country) : null;
    if (told && capital) {
      places = [capital];
      capitalWords = told[0];
    }
  } else if (quarter && !otherCountry) {
    const capital = capitalOf(country);
    if (capital && !places.includes(capital)) {
      places = [...places, capital];
      capitalWords = quarter[0];
    }
  }
  // "Gunmen seized the Sorra Hotel in Ulma on March 27. … Fighters struck the Tessa Hotel with a truck bomb on July 26":
  // an attack whose sentence names no place at all is in the one town the nearest sentence of its passage before it
  // names, the words that name it quoted.
  let earlierWords: string | undefined;
  if (places.length === 0 && (d.kind === 'attack' || d.kind === 'clash') && !NOT_THE_TOPIC.test(clause)) {
    const inherited = townTold(placeText, d, book.places, country);
    if (inherited) {
      places = inherited.places;
      earlierWords = inherited.words;
    }
  }
  // The country only when nothing finer is named ("military strikes in Iraq and Syria").
  if (places.length === 0) places = countriesIn(placeText(clause), country);
  // A claim, a threat or a listing happens nowhere the text names: the countries it threatens ("further attacks on
  // Spain") and the places of the sentences after it are no place of its own.
  if (d.kind === 'threat' || d.kind === 'designation') {
    places = namesIn(placeText(clause), book.places).filter((p) => !COUNTRY_OR_REGION.has(p));
  }
  // A group listed or banned: a decision, not an event at a place ("designated the Sorra Front").
  if (d.kind === 'designation') places = [];
  const evidence: IncidentEvidence = { date: d.mention.words };
  // (Quoted from the text as written: a clause with an aside cut out would quote "Then,, in Patikul".)
  const told = `${text} ${further}`;
  const fromClause = placeWords(`${d.lead ?? ''}${clause} ${further}`, places);
  const placeEvidence = fromClause.split(' … ').every((piece) => told.includes(piece))
    ? fromClause
    : placeWords(told, places);
  // (The capital a quarter is of is quoted by the words that say so: "in the Dimbeul neighborhood of the capital".)
  if (placeEvidence && capitalWords && places.length > 1 && !placeEvidence.includes(capitalWords))
    evidence.places = capitalWords.includes(placeEvidence) ? capitalWords : `${placeEvidence} … ${capitalWords}`;
  else if (placeEvidence) evidence.places = placeEvidence;
  else if (capitalWords && places.length === 1 && places[0] === capitalOf(country)) evidence.places = capitalWords;
  else if (d.topic && places === d.topic.places) evidence.places = placeWords(d.topic.sentence, places);
  else if (earlierWords) evidence.places = earlierWords;
  // ("… to the Hay al-Farah neighborhood of Casablanca. During a raid there on April 10, …": the words of the sentence
  // before that named the place, or of the story it goes on; the last few sentences only.)
  // (Not a country's name, the place where nothing finer is named.)
  else if (places.length > 0 && !places.some((p) => COUNTRY_OR_REGION.has(p)))
    for (const sentence of [d.before, d.story, ...(d.earlier ?? []).slice(-4).reverse()]) {
      const words = sentence && places.every((p) => wordIndex(sentence, p) >= 0) ? placeWords(sentence, places) : '';
      if (words) {
        evidence.places = words;
        break;
      }
    }
  // "Police later arrested six men in connection with the bombing": arrests made after an attack are no figure of it.
  // ("AQAP fighters ambushed an army unit, killing five soldiers and capturing seven others": those the attackers took are
  // no arrests.)
  const takenByAttackers =
    d.kind === 'attack' && takenByTheAttackers(reading.evidence.arrested, `${ownClause} ${further}`);
  const arrestedLater =
    d.kind !== 'arrest' &&
    reading.figures.arrested !== null &&
    (takenByAttackers || arrestsMadeLater(reading.evidence.arrested, ownClause, further, d.mention.words));
  const arrestedCounts = d.kind === 'arrest' || (reading.figures.arrested !== null && !arrestedLater);
  for (const f of ['killed', 'wounded', 'arrested'] as const) {
    const words = reading.evidence[f];
    if (words && (f !== 'arrested' || arrestedCounts)) evidence[f] = words;
  }
  if (reading.accounts) evidence.accounts = reading.accounts;
  return {
    draft: d,
    named,
    record: {
      id: '',
      reportId: '',
      sectionId: d.sectionId,
      passageId: d.passageId,
      date: d.mention.date,
      endDate: d.endDate,
      places,
      actors: actorsIn(text, book),
      kind: kindByToll(d.kind, reading, arrestedCounts, ownClause),
      killed: reading.figures.killed,
      wounded: reading.figures.wounded,
      arrested: arrestedCounts ? reading.figures.arrested : null,
      text,
      evidence,
    },
  };
}
