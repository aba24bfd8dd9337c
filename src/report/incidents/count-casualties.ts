import { MONTH_NAMES } from '../vocabulary.js';
import { ARRESTS_DENIED, mayDenyArrests } from './arrests-denied.js';
import { RELEASED_HELD, REWARD_FOR_CAPTURE } from './classify-incident.js';
import { buildGatedAlternation, holdsAny, holdsEach } from './find-gate-words.js';
import { NUMBER_PATTERN, parseNumber, QUALIFIER_PATTERN } from './parse-number.js';

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  arrested: number | null;
}

const MONTHS = MONTH_NAMES.join('|');
// The verbs that bring a toll to a figure ("raising the death toll to 10"): the figure is the whole, no toll of its own.
const TOLL_RAISED = '(?:raising|bringing|taking|pushing|putting)';
// "13-year-old Ann Roe", "twenty-two-year-old Ann Roe" are ages, not counts.
// ("all members of one family, died": a family counted is no count of people.)
const N = `(${QUALIFIER_PATTERN}${NUMBER_PATTERN})(?!(?:-(?:one|two|three|four|five|six|seven|eight|nine))?[-\\s](?:years?|months?)[-\\s]old)(?!\\s+(?:famil(?:y|ies)|households?)\\b(?!\\s+members?\\b))`;
// Up to six words between a figure and its verb (see WORDS): "one Special Forces officer was killed", "four members of the security forces were killed".
// A word between is never itself a figure ("Two police officers and three civilians were injured" reads "three",
// and the list before it adds "Two").
// (An age in digits is a word: "four officers and an 11-year-old girl were killed"; so is a count of countries:
// "Fifty-two people from more than a dozen countries were killed".)
// (", and dozens were injured" opens a clause of its own: "the dead were three guards and a driver, and dozens were
// injured" tells no figure of the wounded.)
const WORD = `(?:(?!(?:(?!\\d{1,3}-(?:year|month)-old\\b|(?:an?\\s+)?(?:dozen|\\d+|two|three|four|five|six|seven|eight|nine|ten|several)\\s+(?:countries|nations|nationalities|cells|networks|provinces)\\b)${NUMBER_PATTERN}|wound\\w*|injur\\w*|kill(?!ings\\b)\\w*|died|dead|shooting|before|after|which|that|but|(?<=,\\s+)and\\s+(?:dozens|scores|hundreds|thousands|many|several|some|more|others|numerous)|whose\\s+(?:[a-z-]+\\s+)?(?:was|were|had|has)|(?<=,\\s+)(?:and\\s+(?:both|all|they|he|she|it|then|the|its|his|her|their|an?))\\b|(?<=,\\s+)(?!including\\b)[a-z]+ing\\b(?![^,.;]{0,60},\\s))\\b)(?:[A-Za-z'’-]+(?:/[A-Za-z]+)?|\\d{1,3}-(?:year|month)-old|(?:[A-Z]\\.){2,}),?\\s+)`;
// (Up to nine where two of them open an "of" phrase: "two soldiers of his escort and the bomber died"; not "22 sergeant
// Ann Roe became the first woman killed".)
// (Or past a phrase of whom they worked for: "Four female vocational trainers working for a local non-governmental
// organization were shot dead".)
const WORDS = `(?:${WORD}{0,6}?|(?=\\S+\\s+(?:\\S+\\s+)?of\\s)${WORD}{1,2}?of\\s+${WORD}{1,6}?|(?=(?:\\S+\\s+){1,3}(?:working|serving|employed|stationed|deployed)\\s)${WORD}{1,3}?(?:working|serving|employed|stationed|deployed)\\s+${WORD}{1,6}?)`;
// "21 blasts killed 56", "guards at the two embassies were killed": a count of bombs, blasts or buildings is no count of victims.
const NOT_WEAPONS =
  '(?!(?:blasts?|bombs?|bombings?|explosions?|explosive devices|devices?|mines?|shells?|missiles?|drones?|attacks?|shots?|rockets?|mortars?|grenades?|car bombs?|IEDs?|embass(?:y|ies)|buildings?|offices?|checkpoints?|vehicles?|buses|villages|towns|cities|provinces|districts|countries|nations|cells|networks|nationalities|states|regions|areas|places|sites|locations|(?:minutes?|hours?|days?|weeks?|months?|years?|kilomet(?:er|re)s?|miles?|kilo(?:gram(?:me)?)?s?|kg|tons?|tonnes?|pounds|lit(?:er|re)s?)(?! old))\\b)';
// What a figure after a list of victims may count that is no person: "arrested six militants and seized … 40
// kilograms of explosives".
// The words that join the parts of a name: "al-Tessa", "bin Laden", "Zia ul-Haq", "Ali ibn Tessa", "Luis de Arro".
const PARTICLE = '(?:al|el|bin|ibn|abu|de|da|van|von|ul|ud|ur|ould|ag)';
const NOT_PEOPLE =
  '(?:kilo\\w*|kg|tons?|tonnes?|pounds?|lbs?|lit(?:er|re)s?|rounds|rifles|weapons|guns|pistols|grenades|vests|vehicles|cars|trucks|pickups|pickup trucks|boats|motorcycles|phones|laptops|computers|dollars|euros|rupees|naira|percent|meters|metres|miles|villages|towns|cities|hamlets|districts|provinces|communes|localities|camps|bases|checkpoints|churches|mosques|schools|buildings|houses|homes|attacks|bombings|bombs|explosions|blasts|hours|days|weeks|months|years|devices|mines|shells|rockets|missiles|IEDs|explosives|drones|helicopters|planes|aircraft|cells|networks|sheep|cattle|cows|goats|camels|livestock|animals)\\b';
const BE = '(?:(?:was|were|had been|have been|has been|are|is)\\s+(?:also\\s+)?)?';
// (A count of countries after "from" may take more: "Sixty-seven people from more than a dozen countries were killed";
// read by patterns of its own, as one more way out of WORDS costs every figure's pass.)
const FROM_COUNTRIES = `\\b${N}\\s+(?:[a-z]+\\s+){1,2}?(?:from|of)\\s+(?:(?:more than|over|at least|some|about)\\s+)?(?:an?\\s+)?(?:dozen|\\d+|[a-z]+)\\s+(?:countries|nations|nationalities),?\\s+${BE}`;

// What a pattern's every match holds, in lower case: all of the groups, one word of each. A text without them gets
// no pass of the pattern (a plain search of the lower-cased text costs far less than the pattern's pass). A pattern
// made with new RegExp has no such words and always runs. Keep the words in step when a pattern changes.
const NEEDS = new WeakMap<RegExp, readonly (readonly string[])[]>();

/** A case-insensitive pattern, with the words each of its matches holds (see NEEDS). */
function gated(needs: readonly (readonly string[])[], source: string, flags: string): RegExp {
  const pattern = new RegExp(source, flags);
  NEEDS.set(pattern, needs);
  return pattern;
}

/**
 * Every casualty pattern that has NEEDS, with them: a test runs each pattern over the fixtures and checks that every
 * match holds its words, so a pattern changed without its words fails there instead of silently losing figures.
 */
export function gatedCasualtyPatterns(): Array<{ pattern: RegExp; needs: readonly (readonly string[])[] }> {
  return Object.values(PATTERNS)
    .flat()
    .flatMap((pattern) => {
      const needs = NEEDS.get(pattern);
      return needs === undefined ? [] : [{ pattern, needs }];
    });
}

/** Whether a lower-cased text holds what the pattern needs (always, for a pattern without NEEDS). */
function mayMatch(pattern: RegExp, lower: string): boolean {
  const needs = NEEDS.get(pattern);
  return needs === undefined || holdsEach(lower, needs);
}

// "more than 70 were hospitalized", "ten others … were receiving treatment at a Tarn hospital": the wounded, where the
// text gives no other figure of them ("injuring 20; 12 of them
// were hospitalized" is 20; see readFieldPatterns).
const HOSPITALIZED = gated(
  [['hospital']],
  `\\b${N}\\s+${NOT_WEAPONS}${WORDS}${BE}(?:still\\s+|later\\s+)?(?:hospitali[sz]ed|remain(?:ed)? (?:in )?hospitali[sz]ed|(?:taken|rushed|admitted) to (?:a |the )?hospitals?|treated (?:in|at) (?:a |the )?hospitals?|(?:receiving|being given) (?:medical )?treatment (?:in|at) (?:an? |the )?(?:[A-Z][\\w'’-]+ )?hospitals?)\\b`,
  'gi',
);

const PATTERNS: Record<keyof Casualties, RegExp[]> = {
  killed: [
    gated(
      [
        [
          'kill',
          'murder',
          'execut',
          'behead',
          'assassinated',
          'shot dead',
          'shooting dead',
          'gunned down',
          'massacre of',
          'massacred',
          'massacring',
          'death',
          'throats of',
          'fatally',
        ],
      ],
      `\\b(?:killed|killing|kills|murdered|murdering|executed|executing|beheaded|beheading|assassinated|shot dead|shooting dead|fatally (?:stabbed|stabbing|shot|shooting)|gunned down|massacred|massacring|massacre of|deaths of|death of|(?:slit|slitting) the throats of|(?:hacked|hacking|stabbed|stabbing|beaten|beating|burned|burning|shot|shooting|stoned|stoning) to death)\\s+(?:the\\s+[\\w-]+['’]s\\s+|(?:[A-Z][\\w'’-]*\\s+){0,3}[A-Z][\\w-]*['’]s\\s+(?=\\S+\\s+(?:[a-z-]+\\s+)?(?:sons|daughters|brothers|sisters|children|wives|relatives|cousins|nephews|bodyguards|guards|aides|associates|companions|leaders|commanders|deputies|members|fighters|militants|operatives)\\b)|(?:its|their|his|her)\\s+|the\\s+(?:remaining|other|last)\\s+)?${N}\\b`,
      'gi',
    ),
    gated(
      [
        [
          'killed',
          'murdered',
          'massacred',
          'dead',
          'died',
          'deaths',
          'fatalities',
          'executed',
          'beheaded',
          'to death',
          'gunned down',
          'perished',
          'slain',
        ],
      ],
      // (Not the subject of a killing of its own: "two gunmen killed themselves and 19 others".)
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}${BE}(?<!,\\s+and\\s)(?:(?:shot|stabbed|abducted|kidnapped|tortured) and killed|killed|murdered|massacred|shot dead|gunned down|dead|died|perished|slain|deaths|fatalities|executed|beheaded|(?:stabbed|hacked|beaten|burned|bludgeoned|stoned) to death)\\b(?!\\s+(?:themselves|himself|herself)\\b)(?!\\s+(?:and|or)\\s+(?:wounded|injured|hurt)\\b(?!\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\b))`,
      'gi',
    ),
    // "killing what it said were 40 fighters", "killed what officials described as 30 militants": the figure as told.
    gated(
      [['what'], ['kill']],
      `\\b(?:killed|killing)\\s+what\\s+(?:[\\w'’-]+\\s+){1,3}?(?:said|described as|called|claimed|identified as|reported as|believed)\\s+(?:were\\s+|was\\s+|to be\\s+)?${N}\\b`,
      'gi',
    ),
    // "the throats of three farmers were slit": the passive of "slit the throats of three farmers".
    gated([['throats of'], ['slit']], `\\bthe throats of\\s+${N}\\s+${WORDS}(?:were|had been)\\s+slit\\b`, 'gi'),
    gated(
      [['left', 'leaving'], ['dead']],
      `\\b(?:left|leaving)\\s+${N}\\s+${WORDS}dead\\b(?!\\s+(?:and|or)\\s+(?:wounded|injured|hurt)\\b(?!\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\b))`,
      'gi',
    ),
    gated(
      [
        ['countries', 'nation'],
        ['killed', 'died', 'dead'],
      ],
      `${FROM_COUNTRIES}(?:killed|died|dead)\\b`,
      'gi',
    ),
    // "security forces found the bodies of six villagers"
    gated(
      [
        ['found', 'discovered', 'recovered'],
        ['bodies', 'corpses'],
      ],
      `\\b(?:found|discovered|recovered)\\s+(?:the\\s+)?(?:bodies|corpses)\\s+of\\s+${N}\\b`,
      'gi',
    ),
    // "Among the dead were three children and a police officer", "Killed in the attack were 12 soldiers and two
    // civilians": the figure after the verb, opening a list.
    gated(
      [['among the', 'killed in', 'killed during']],
      `\\b(?:[Aa]mong the (?:dead|killed|fatalities|victims)|[Kk]illed (?:in|during) [^,.;]{0,40}?) (?:were|was) ${N}\\b`,
      'g',
    ),
    // "killed 14 militants and lost two soldiers", "and lost two of their own", "…, losing two soldiers", "…, losing two
    // servicemen", "losing one South African soldier"
    gated(
      [['lost', 'losing']],
      `\\b(?:lost|losing)\\s+${N}\\s+(?:of\\s+(?:its|their)\\s+own\\b|(?:of\\s+(?:its|their)\\s+)?(?:[A-Z][\\w'’-]+\\s+){0,2}(?:[a-z]+\\s+)?(?:soldiers?|troops|officers?|policem[ae]n|servicem[ae]n|service members?|gendarmes?|personnel|m[ae]n|members?|fighters?)\\b)`,
      'gi',
    ),
    // "Three guards were killed, along with the three bombers", "left two soldiers dead, along with the two attackers"
    gated(
      [
        ['along with', 'together with'],
        ['killed', 'dead', 'died'],
      ],
      `\\b(?:along|together)(?<=\\b(?:killed|dead|died),?\\s+(?:along|together)) with\\s+${N}\\s+(?:suicide\\s+)?(?:bombers|attackers|gunmen|assailants|hostage-takers)\\b`,
      'gi',
    ),
    // (Others, right after the verb of a counted subject, where no list goes on: "The three occupants died along with
    // two tourists"; not "the bomber was killed along with two soldiers", read with the one named.)
    gated(
      [
        ['along with', 'together with'],
        ['killed', 'dead', 'died'],
      ],
      `\\b(?:along|together)(?<=\\b(?:${NUMBER_PATTERN}\\s+(?:[\\w-]+\\s+){0,3}?(?:died|were killed|were shot dead)|the (?:suicide )?(?:bomber|attacker|gunman|assailant) died)\\s+(?:along|together)) with\\s+${N}\\s+(?:[a-z-]+\\s+)?(?:tourists|civilians|passers-by|passersby|bystanders|soldiers|policemen|police officers|officers|guards|children|women|men|people|others|worshippers|pilgrims|students|villagers|residents)\\b(?!,?\\s+(?:and|as well as)\\s+(?!${N}\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was)\\b))`,
      'gi',
    ),
    // "Two officers died, as did all three attackers"; "put the number of dead at four, in addition to the three bombers"
    gated([['as did']], `\\b(?:died|killed|dead),?\\s+as did\\s+${N}\\b`, 'gi'),
    // "the toll reached 24", "later revised the toll to 89 soldiers"
    gated(
      [['toll']],
      `\\btoll(?:,\\s+(?:initially|first|originally)\\s+(?:put|given|reported|estimated)\\s+at\\s+[^,;.]{1,30},)? (?:later |eventually |subsequently )?(?:reached|rose to|climbed to|increased to|stood at)\\s+${N}\\b`,
      'gi',
    ),
    gated(
      [['revised']],
      `\\brevised (?:the (?:death )?toll|the (?:figure|number|count)|it) (?:(?:up|down)(?:ward)?\\s+)?to\\s+${N}\\b`,
      'gi',
    ),
    // "the government put the dead at 102", "officials put the toll at 35"
    gated([['put the'], [' at']], `\\bput the (?:dead|(?:final |official )?(?:death )?toll) at\\s+${N}\\b`, 'gi'),
    // "four heavily armed militants stormed the Indian Consulate at dawn and were killed after a day-long battle" (not
    // "… attacked a station, where two officers tried to resist and were killed", nor ", and three fled and were killed")
    gated(
      [['and were killed', 'and were shot dead', 'and were all killed']],
      `\\b${N}\\s+${NOT_WEAPONS}(?:[A-Za-z-]+\\s+){0,3}?[a-z]+(?:s|men)\\s+(?:stormed|attacked|entered|opened fire|fired|ambushed|raided|assaulted|infiltrated|tried|attempted)\\b(?:(?!\\b(?:where|who|whom|which|while|whereas)\\b|,\\s+and\\s+(?:${NUMBER_PATTERN}|the|an?|some|most|all)\\b)[^.;]){0,120}?\\band were (?:all |later |eventually )?(?:killed|shot dead)\\b`,
      'gi',
    ),
    // ("the number of dead rose to 17": a toll revised by the text itself; "put the number of soldiers killed at Tarn at
    // 82".)
    gated(
      [['number of'], ['dead', 'death', 'fatalit', 'killed']],
      `\\bnumber of (?:dead|deaths|fatalities|(?:[\\w-]+ ){0,2}?killed)(?: (?:at|in|near) (?!(?:since|during|over|from|between|until|this|last|the year)\\b)[A-Za-z][A-Za-z'’-]*(?: (?!(?:since|during|over|from|between|until|this|last|in)\\b)[A-Za-z][A-Za-z'’-]*){0,2}?(?= at\\s))? (?:(?:(?:later|eventually|subsequently) )?(?:rose|climbed|increased|jumped) )?(?:at|to|as|(?<=\\b(?:dead|deaths|fatalities|killed) )(?:(?:later|eventually|subsequently) )?reached)\\s+${N}\\b`,
      'gi',
    ),
    // "Total deaths from the attack reached 24", "the total killed stood at 12" (not the year's: "total deaths in 2015
    // reached 300"; nor that of several: "Total deaths from the two attacks reached 12").
    gated(
      [['total'], ['dead', 'death', 'fatalit', 'killed']],
      `\\btotal (?:number of )?(?:dead|deaths|fatalities|killed)(?: (?:from|in|of) the (?:(?:[a-z-]+ )?(?:attack|bombing|blast|explosion|ambush|raid|assault|shooting|massacre)|(?:twin|double|triple|coordinated|simultaneous|near-simultaneous) (?:suicide )?(?:attacks|bombings|blasts|explosions)))? (?:later |eventually |subsequently )?(?:reached|rose to|climbed to|increased to|stood at)\\s+${N}\\b`,
      'gi',
    ),
    // "The only people killed were the two bombers", "the only fatalities were three attackers"
    gated(
      [['the only']],
      `\\b[Tt]he only (?:people|persons|ones|fatalities|dead|deaths)(?: killed| who died)? (?:were|was) (?:the |all |both )?${N}\\b`,
      'g',
    ),
    // "the dead numbered 44 in all", "deaths totaled 21"
    gated(
      [
        ['numbered', 'totaled', 'totalled'],
        ['dead', 'death', 'fatalit', 'killed'],
      ],
      `\\b(?:dead|deaths|fatalities|killed) (?:numbered|totaled|totalled)\\s+${N}\\b`,
      'gi',
    ),
    gated(
      [['in addition to']],
      `\\bin addition to (?:the\\s+)?${N}\\s+(?:bombers|attackers|gunmen|assailants)\\b`,
      'gi',
    ),
    // "Seven people lost their lives", "nine passengers perished"
    gated(
      [['lost their lives', 'perished']],
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}(?:lost their lives|perished)\\b`,
      'gi',
    ),
    // "which claimed at least seven lives"
    gated([['claim', 'cost'], ['lives']], `\\b(?:claim(?:ed|ing)|cost(?:ing)?)\\s+${N}\\s+lives\\b`, 'gi'),
    // ("took the lives of 14 people")
    gated(
      [['claim', 'cost', 'took', 'taking'], ['lives']],
      `\\b(?:claim(?:ed|ing)|cost(?:ing)?|took|taking)\\s+the\\s+lives\\s+of\\s+${N}\\b`,
      'gi',
    ),
    // "insurgents killed a family of four": the family's size is the toll.
    gated(
      [['family of']],
      `\\b(?:killed|killing|murdered|murdering|massacred|massacring)\\s+(?:an?\\s+|the\\s+)?(?:entire\\s+|whole\\s+)?family\\s+of\\s+${N}\\b`,
      'gi',
    ),
    // "Official figures … listed 65 civilians, six soldiers and police officers, and four terrorists among the dead"
    gated(
      [['listed', 'counted', 'included'], ['among the ']],
      `\\b(?:listed|counted|included)\\s+${N}(?=[^.;]{0,160}\\bamong the (?:dead|killed|fatalities)\\b)`,
      'gi',
    ),
    // "the killing and beheading of eight soldiers", "the deaths of nine", "the January 9 killing in Paris of three"
    gated(
      [['killing', 'murder', 'execution']],
      `\\b(?:killing|murder|execution)(?:\\s+and\\s+[a-z]+)?(?:\\s+(?:in|on|near)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?(?:\\s+\\d{1,2})?)?\\s+of\\s+${N}\\b`,
      'gi',
    ),
    // "the fatal shooting of two rubber tappers", "the fatal stabbing of a teacher" (one, named by a noun, below).
    gated([['fatal']], `\\bfatal\\s+(?:shooting|stabbing|beating|attack|ambush)\\s+(?:on\\s+|of\\s+)${N}\\b`, 'gi'),
    // "with death tolls estimated at over 50"
    // ("the toll had risen to 16"; not the first part of a breakdown: "the death toll was 12 soldiers and 18 civilians")
    // ("The death toll was 17" opening its clause; not "in Ulma, the death toll was 12", another place's.)
    gated(
      [
        [
          'death toll',
          'the toll',
          'final toll',
          'eventual toll',
          'official toll',
          'confirmed toll',
          'revised toll',
          'final count',
          'eventual count',
          'official count',
          'revised count',
          'confirmed count',
        ],
      ],
      `\\b(?:(?<!\\b${TOLL_RAISED}\\s+the\\s+)death tolls?\\s+(?:(?:[a-z]+\\s+){0,2}(?:at|of|between|to)\\s+)?|(?<=(?:^|[.;]\\s+|,\\s+and\\s+|\\b(?:said|reported|stated|added|announced|confirmed)(?:\\s+that)?\\s+)[Tt]he\\s+(?:(?:final|official|overall|total|confirmed|revised)\\s+)?)death tolls?\\s+(?:was|stood at)\\s+(?:initially\\s+|originally\\s+|first\\s+)?|(?<=(?:^|[.;]\\s|,\\s(?:and|but)\\s)[Tt]he\\s)(?:final|eventual|official|confirmed|revised)\\s+toll\\s+(?:was|stood at|reached)\\s+|(?<=(?:^|[.;]\\s|,\\s(?:and|but)\\s)[Tt]he\\s)(?:final|eventual|official|revised|confirmed)\\s+count\\s+(?:was|stood at|reached|rose to)\\s+(?=${QUALIFIER_PATTERN}\\S+(?:\\s+(?:dead|deaths|people|killed))?\\s*(?:[,.;]|$))|(?<!\\b${TOLL_RAISED}\\s)the tolls?\\s+(?:(?:had|has|later|eventually|since|then)\\s+){0,2}(?:risen|rose|stood|climbed|increased|reached|jumped)\\s+(?:to|at)\\s+)${N}\\b(?!\\s+(?:[a-z-]+\\s+){0,2}?(?:and|plus)\\s+${NUMBER_PATTERN}\\b)`,
      'gi',
    ),
    // "abducted 11 coal miners near Tarn and killed them": those taken, then killed
    gated(
      [[' them'], ['abduct', 'kidnap', 'seized', 'took']],
      `\\b(?:abducted|kidnapped|seized|took)\\s+${N}\\s+(?:[\\w'’,-]+\\s+){0,10}?and\\s+(?:later\\s+|then\\s+)?(?:killed|executed|shot dead|beheaded|murdered)\\s+them\\b`,
      'gi',
    ),
    // "25 men were separated from the women and children and killed": those taken aside, then killed.
    gated(
      [
        ['separated', 'singled out', 'taken aside', 'pulled', 'dragged', 'marched'],
        ['killed', 'executed', 'shot dead', 'beheaded'],
      ],
      `\\b${N}\\s+(?:[a-z-]+\\s+){0,2}?(?:were|had been)\\s+(?:separated|singled out|taken aside|pulled|dragged|marched)\\b[^.;,]{0,80}?\\band\\s+(?:then\\s+|later\\s+)?(?:killed|executed|shot dead|beheaded)\\b`,
      'gi',
    ),
    // "Two Iraqi employees of a U.S. contractor were kidnapped in Tarn in early February and later found dead": those
    // taken, then found dead or killed.
    gated(
      [
        ['kidnapped', 'abducted', 'taken hostage'],
        ['found dead', 'killed', 'executed', 'beheaded'],
      ],
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}(?:were|had been)\\s+(?:kidnapped|abducted|taken hostage)\\b[^.;]{0,80}?\\band\\s+(?:were\\s+)?(?:(?:later|subsequently|then)\\s+)?(?:found dead|killed|executed|beheaded)\\b(?!\\s+(?:the|an?|his|her|their|its|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b(?!\\s+(?:next|following|same|previous)\\b|\\s+(?:\\w+\\s+)?(?:days?|weeks?|months?|hours?)\\b))`,
      'gi',
    ),
    // "a group of 31 unarmed men detained by security forces in Djibo was found dead": the group, found dead.
    gated(
      [['found dead']],
      `\\b(?:a|the) group of\\s+${N}\\s+(?:[^.;,]{1,80}?\\s)?(?:was|were) (?:later |subsequently )?found dead\\b`,
      'gi',
    ),
    // "stormed the mosque, where 32 militants had taken refuge, killing all of them"
    gated(
      [['all of them', 'all of whom'], ['kill']],
      `\\b${N}\\s+(?:[a-z-]+\\s+){0,2}?(?:militants|fighters|insurgents|gunmen|attackers|suspects|men|hostage-takers|rebels)\\b[^.;]{0,80}?\\b(?:killing|killed)\\s+all\\s+of\\s+(?:them|whom)\\b`,
      'gi',
    ),
    // "sank a boat carrying weapons, killing its crew of six"
    gated(
      [['crew of']],
      `\\b(?:killed|killing|executed|executing)\\s+(?:its|the|their|all)\\s+(?:[\\w-]+\\s+)?crew\\s+of\\s+${N}\\b`,
      'gi',
    ),
    // "the bodies of two police officers who had gone missing were found"
    gated([['bodies of', 'corpses of', 'remains of']], `\\b(?:bodies|corpses|remains) of\\s+${N}\\b`, 'gi'),
    // "slaughtered 40 villagers"; "estimates of the dead ranged from 47 to 56"
    gated([['slaughter']], `\\bslaughter(?:ed|ing)\\s+${N}\\b`, 'gi'),
    gated(
      [['ranged from', 'varied from']],
      `\\b(?:estimates of the (?:dead|death toll)|(?:death )?toll|the dead|the number of (?:dead|deaths))\\s+(?:[a-z]+\\s+)?(?:ranged|varied) from\\s+${N}\\b`,
      'gi',
    ),
    // "burning three teachers alive", "burned two shopkeepers alive", "burning alive 17 passengers", "eleven people were
    // burnt alive"
    gated(
      [['burn'], ['alive']],
      `\\b(?:burned|burning|burnt)\\s+(?:alive\\s+)?${N}\\s+(?!${NOT_PEOPLE})(?:(?:[A-Za-z'’-]+\\s+){0,3}?alive\\b|(?<=\\balive\\s+\\S+\\s+)(?:[A-Za-z'’-]+\\s+){0,2}?[a-z]+s\\b)|\\b${N}\\s+${NOT_WEAPONS}${WORDS}(?:were|was|had been)\\s+(?:burned|burnt)\\s+alive\\b`,
      'gi',
    ),
    // "stabbed three men to death", "hacked two villagers to death"
    gated(
      [[' to death']],
      `\\b(?:hacked|hacking|stabbed|stabbing|beat|beaten|beating|bludgeoned|burned|burning|stoned|stoning)\\s+${N}\\s+(?!${NOT_PEOPLE})(?:[A-Za-z'’-]+\\s+){0,3}?to death\\b`,
      'gi',
    ),
    // "both attackers were killed", "killing both"
    // (Not both of the events, killing others: "Both bombs killed nine soldiers".)
    new RegExp(
      `\\b(both)\\s+(?:[A-Za-z'’-]+\\s+){0,5}?${BE}(?:killed|shot dead|died|dead)\\b(?!\\s+(?:${QUALIFIER_PATTERN}${NUMBER_PATTERN}|an?|the|his|her|their|dozens|scores|hundreds|several|many)\\b)`,
      'gi',
    ),
    /\b(?:killing|killed)\s+(both)\b/gi,
    // "One of the gunmen was wounded in the exchange of fire and later died": the wounded who died are dead.
    gated(
      [['died']],
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}${BE}(?:\\w+ly\\s+)?(?:wounded|injured|shot)\\b(?=(?:\\s+(?:in|during|by|at|from|on)\\s+[^.;,]{0,40}?)?\\s+and (?:later |subsequently |then )?died\\b)`,
      'gi',
    ),
    // "Two soldiers wounded in the blast later died", "three officers who were wounded … subsequently died of their
    // wounds": the wounded told dead in a clause of their own. (Not some of a count: "Two of the 20 soldiers wounded …
    // later died" counts two.)
    gated(
      [['later died', 'subsequently died', 'later succumbed', 'subsequently succumbed']],
      `\\b${N}(?!\\s+of\\b)(?<!\\bof\\s+(?:the|those)\\s+[\\w,]+)\\s+${NOT_WEAPONS}${WORDS}(?:who\\s+(?:were|had been)\\s+)?(?:wounded|injured)\\b(?=(?:\\s+(?:in|during|by|at|from|on)\\s+[^.;,]{0,40}?)?\\s+(?:later|subsequently)\\s+(?:died|succumbed)\\b)`,
      'gi',
    ),
    // "Two people, a rickshaw puller in Tarn and a child in Ulma, were killed": who they were, told between commas.
    gated(
      [['killed', 'dead', 'died']],
      `\\b${N}\\s+(?:[a-z]+\\s+)?(?:people|persons|civilians|soldiers|officers|policemen|workers|children|women|men|villagers|students),\\s+(?![^,;.()]*\\b(?:${NUMBER_PATTERN})\\b)[^,;.()]{3,120}?,\\s+(?:(?:were|had been)\\s+(?:\\w+ly\\s+)?(?:killed|shot dead|murdered)|died)\\b`,
      'gi',
    ),
    // "gunmen pulled six peasant farmers from their homes … and executed them by the roadside": those taken, then killed.
    // ("stopped a bus, removed 14 soldiers who were traveling home on leave, and executed them": the same.)
    gated(
      [
        ['pulled', 'dragged', 'abducted', 'kidnapped', 'seized', 'rounded up', 'took', 'removed', 'separated'],
        [' them'],
      ],
      `\\b(?:pulled|dragged|abducted|kidnapped|seized|rounded up|took|removed|separated)\\s+${N}\\s+(?!${NOT_PEOPLE})(?:[\\w-]+\\s+){0,3}?[a-z]+s\\b(?:(?!\\b(?:and|but)\\s+(?:released|freed|later released)\\b)[^.;]){0,120}?\\band (?:later |then )?(?:executed|killed|shot dead|shot|beheaded|murdered|hanged) (?:all of )?them\\b`,
      'gi',
    ),
    // "took another seven lives", "claimed a further 12 lives"
    gated(
      [['took', 'taking', 'claimed', 'claiming'], ['lives']],
      `\\b(?:took|taking|claimed|claiming)\\s+(?:another|a further|an additional)\\s+(${NUMBER_PATTERN})\\s+lives\\b`,
      'gi',
    ),
    // "…; a Marine corporal also died": one more, told in a clause of its own.
    // ("… killed Ali Tessa. An accomplice also died in the raid": the same, told in a sentence of its own after.)
    gated(
      [['also died', 'later died', 'subsequently died']],
      `(?<=[;:.]\\s)(an?|one)\\s+(?:[A-Z][\\w'’-]*\\s+)?(?:[a-z-]+\\s+)?(?:soldier|officer|policeman|policewoman|marine|corporal|sergeant|private|civilian|guard|bystander|passer-by|child|woman|man|worker|teacher|student|driver|bodyguard|gendarme|trooper|militant|attacker|hostage|victim|pilgrim|worshipper|accomplice|associate|companion|guerrilla|fighter|insurgent|rebel|suspect)\\s+(?:also|later|subsequently)\\s+died\\b(?![^.;]{0,60}\\b(?:separate|another|different)\\s+(?:attack|bombing|blast|explosion|incident|ambush|shooting)\\b)`,
      'gi',
    ),
    // "… killed a village elder in Tarn. Another elder was also killed in the attack", "; another police officer was also
    // killed": one more, told of the same event after its toll.
    gated(
      [['also killed', 'killed too', 'killed as well']],
      `(?<=[;:.]\\s)([Aa])(?:n(?:other)?)?\\s+(?:[A-Z][\\w'’-]*\\s+)?(?:[a-z-]+\\s+)?(?:soldier|officer|policeman|policewoman|marine|corporal|sergeant|civilian|guard|bystander|passer-by|child|woman|man|worker|teacher|student|driver|bodyguard|gendarme|trooper|militant|attacker|hostage|victim|pilgrim|worshipper|accomplice|associate|companion|guerrilla|fighter|insurgent|rebel|suspect|elder|nurse|doctor|principal|journalist|citizen)(?:\\s+(?:who|whom)\\s+[^.;,]{1,60}?)?\\s+was\\s+(?:also\\s+killed|killed\\s+(?:too|as well))\\b`,
      'g',
    ),
    // "both were killed in the ensuing gunfight along with a gendarme": one more, of the other side.
    gated(
      [['along with', 'together with']],
      `(?<=\\b(?:were|was) (?:all |also )?(?:killed|shot dead)\\b(?:(?!\\b(?:when|after|as|while|because|attacked|stormed)\\b)[^.;,]){0,60}?)\\s+(?:along|together) with\\s+(an?)\\s+(?:[\\w-]+\\s+){0,2}?(?:soldier|gendarme|policeman|police officer|officer|guard|civilian|bystander|passer-by|child|woman|man|resident|villager|worshipper|student)\\b(?!s)(?!\\s+(?:militias?|forces|groups?|units?|patrols?|convoys?|and\\s+(?:${NUMBER_PATTERN}|an?)\\s))`,
      'gi',
    ),
    // "the army put the toll at 45 soldiers and about 200 militants killed": the second group of the toll put.
    gated(
      [['put the'], [' at ']],
      `(?<=\\bput the (?:death |final |official )?toll at\\s+(?:\\S+\\s+){1,3}?(?:soldiers|troops|officers|policemen|civilians|militants|insurgents|rebels|fighters|attackers|people|police)\\s+and\\s+)${N}\\s+(?:[a-z-]+\\s+)?(?:soldiers|troops|officers|policemen|civilians|militants|insurgents|rebels|fighters|attackers|people|police|drivers|workers|passengers|guards|contractors|employees|villagers|pilgrims|children|women|men)\\b(?!\\s+(?:\\w+ly\\s+)?(?:wounded|injured|hurt|captured|arrested|detained|missing|kidnapped|abducted)\\b)`,
      'gi',
    ),
    // "Two U.S. service members became the first Americans killed in action in the south since 2002".
    gated(
      [['became the first']],
      `\\b${N}\\s+(?:[\\w.'’-]+\\s+){0,3}?[a-z]+s\\s+became the first\\s+(?:[\\w-]+\\s+){0,3}?(?:killed|to die)\\b`,
      'gi',
    ),
    // "The dead – 53 in all, including …": the dead counted in a dash or comma aside.
    gated([['dead'], ['in all', 'in total']], `\\bthe dead\\s*(?:[–—]|,)\\s*${N}\\s+in (?:all|total)\\b`, 'gi'),
    // "a shootout left a militant dead": one, told with no figure.
    gated(
      [['left a', 'leaving a'], ['dead']],
      `\\b(?:left|leaving)\\s+(an?)\\s+(?!(?:number|few|total|dozen|couple|trail|string|series|toll|score)\\b)(?:[a-z'’-]+\\s+){1,3}?dead\\b`,
      'gi',
    ),
    // "a second clash left another officer and two militants dead", "left an ISF officer and two militants dead": one
    // more, told by "another" or "an" before a list the figure of the rest closes.
    gated(
      [['left a', 'leaving a'], ['dead']],
      `\\b(?:left|leaving)\\s+(an?(?=\\s)|an(?=other\\s))(?:other)?\\s+(?!(?:number|few|total|dozen|couple|trail|string|series|toll|score)\\b)(?:[A-Z]{2,6}\\s+)?(?:[a-z'’-]+\\s+){0,2}?(?:officer|soldier|policeman|policewoman|guard|militant|fighter|insurgent|gunman|attacker|civilian|man|woman|child|boy|girl|member|commander|worker|resident|villager)\\s+and\\s+(?:${QUALIFIER_PATTERN})?(?:${NUMBER_PATTERN})\\s+(?:[A-Za-z'’-]+\\s+){1,3}?dead\\b`,
      'gi',
    ),
  ],
  wounded: [
    gated(
      [['wound', 'injur', 'hurt']],
      // ("wounded their three companions", "wounding its two passengers": those of the ones told before; "the wounding of
      // three officers" in a list of what an operation resulted in.)
      `\\b(?:wounded|wounding|injured|injuring|injures|hurting|hurt)\\s+(?:(?<=\\b(?:wounding|injuring)\\s)of\\s+)?(?:(?:his|her|their|its)\\s+)?${N}\\b`,
      'gi',
    ),
    gated(
      [['wounded', 'injured', 'hurt']],
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}${BE}(?<!,\\s+and\\s)(?<!\\bof the\\s)(?:(?:shot|stabbed|beaten|attacked) and\\s+)?(?:wounded|injured|hurt)\\b(?!\\s+(?:women|men|people|persons|civilians|soldiers|officers|policemen|children|passengers|survivors|victims|militants|fighters|suspects|hostages|attackers)\\b)(?!\\s+(?:at least |more than |nearly |some )?(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\\b))(?!(?:\\s+(?:in|during|by|at|from|on)\\s+[^.;,]{0,40}?)?\\s+and (?:later |subsequently |then )?died\\b)`,
      'gi',
    ),
    gated(
      [
        ['countries', 'nation'],
        ['wounded', 'injured'],
      ],
      `${FROM_COUNTRIES}(?:wounded|injured)\\b`,
      'gi',
    ),
    /\b(?:wounding|wounded|injuring|injured)\s+(both)\b/gi,
    // "The government put the number of dead at 34 and the wounded at 122".
    gated(
      [['wounded at', 'injured at']],
      `\\bnumber of (?:dead|deaths|fatalities) at\\s+(?:\\S+\\s+){1,3}?and the (?:number of )?(?:wounded|injured) at\\s+${N}\\b`,
      'gi',
    ),
    // "a preliminary count put the wounded at 30", "police put the number of injured at 14".
    gated(
      [['put the '], ['wounded', 'injured', 'injuries']],
      `\\bput the (?:number of (?:the )?)?(?:wounded|injured|injuries)(?: (?:figure|count|toll|tally))? at\\s+${N}\\b`,
      'gi',
    ),
    // "both women were seriously injured"
    new RegExp(`\\b(both)\\s+(?:[A-Za-z'’-]+\\s+){0,2}?${BE}(?:\\w+ly\\s+)?(?:wounded|injured|hurt)\\b`, 'gi'),
    HOSPITALIZED,
    // "the injured numbered 60", "the wounded totaled 130"
    gated(
      [
        ['numbered', 'totaled', 'totalled'],
        ['wounded', 'injured', 'injuries'],
      ],
      `\\b(?:wounded|injured|injuries) (?:numbered|totaled|totalled)\\s+${N}\\b`,
      'gi',
    ),
    // "caused 12 fatalities and 35 injuries"
    gated([['injuries']], `\\b${N}\\s+(?:(?:serious|minor|other|non-fatal)\\s+)?injuries\\b`, 'gi'),
    // "causing minor injuries to two people"
    gated([['injuries to', 'wounds to']], `\\b(?:injuries|wounds) to\\s+${N}\\b`, 'gi'),
    // "left 19 passengers with severe burns", "37 people were treated for injuries", "four guards suffered wounds"
    gated(
      [['left', 'leaving'], [' with ']],
      `\\b(?:left|leaving)\\s+${N}\\s+${NOT_WEAPONS}${WORDS}with\\s+(?:[a-z-]+\\s+){0,2}?(?:injuries|wounds|burns)\\b`,
      'gi',
    ),
    gated(
      [['treated for', 'suffered', 'sustained', 'survived with']],
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}${BE}(?:treated for|suffered|sustained|survived with)\\s+(?:[a-z-]+\\s+){0,2}?(?:injuries|wounds|burns)\\b`,
      'gi',
    ),
    // "took the lives of four soldiers and left two more with amputated limbs"
    gated(
      [['left', 'leaving'], [' with ']],
      `\\b(?:left|leaving)\\s+${N}\\s+(?:more|others|other [a-z]+)\\s+with\\s+(?:[a-z-]+\\s+){0,2}?(?:limbs|legs|arms|injuries|wounds|burns)\\b`,
      'gi',
    ),
    // "capturing nine others, two of them wounded": the wounded among those a figure counts.
    gated([['of them']], `,\\s+${N}\\s+of them(?:\\s+(?:were|was))?\\s+(?:\\w+ly\\s+)?(?:wounded|injured)\\b`, 'gi'),
  ],
  arrested: [
    gated(
      [
        [
          'arrested',
          'arresting',
          'detained',
          'detaining',
          'apprehended',
          'captured',
          'capturing',
          'rounded up',
          'arrest of',
        ],
      ],
      `\\b(?:arrested|arresting|detained|detaining|apprehended|captured|capturing|recaptured|rounded up|arrest of)\\s+(?:the\\s+[\\w-]+['’]s\\s+|(?:[A-Z][\\w'’-]*\\s+){0,3}[A-Z][\\w-]*['’]s\\s+(?=\\S+\\s+(?:[a-z-]+\\s+)?(?:sons|daughters|brothers|sisters|children|wives|relatives|cousins|nephews|bodyguards|guards|aides|associates|companions)\\b)|(?:its|their|his|her)\\s+|the\\s+(?:remaining|other|last)\\s+)?${N}\\b(?!\\s+(?:towns?|villages?|cities|bases?|positions?|posts?|districts?|areas?|weapons|vehicles?)\\b)(?!(?<=\\bcaptur(?:ed|ing)\\s+[^.;]{1,30})\\s+(?:[A-Z][a-z]+\\s+)?(?:soldiers|troops|policemen|police officers|servicemen|hostages|civilians|villagers)\\b)`,
      'gi',
    ),
    // "announced the arrest in Tarn of 11 suspects"
    gated(
      [['arrest', 'detention', 'apprehension', 'capture'], [' of']],
      `\\b(?:arrests?|detentions?|apprehension|capture) (?:in (?:[A-Z][\\w'’-]+ ){1,2})?of\\s+${N}\\b`,
      'gi',
    ),
    gated([['arrests', 'detentions']], `\\b${N}\\s+(?:arrests|detentions)\\b`, 'gi'),
    // "dismantled a 13-member cell", "broke up a five-member network", "the dismantling of a 27-member cell": its
    // members, taken
    gated(
      [['dismantl', 'broke up', 'disrupted'], ['-member']],
      `\\b(?:dismantled|dismantling|broke up|breaking up|disrupted) (?:of )?(?:an? )?${N}-member\\b`,
      'gi',
    ),
    // "the arrest in Kabul of a four-man cell", "arrested a three-member team": its members, taken.
    gated(
      [
        ['arrest', 'detain', 'apprehend', 'captur'],
        ['-man', '-member', '-person'],
      ],
      `\\b(?:arrests? (?:in (?:[A-Z][\\w'’-]+ ){1,2})?of|arrested|detained|apprehended|captured) (?:an? |the |all (?:the )?(?:members of )?(?:an? |the )?)?${N}-(?:man|member|person) (?:[\\w-]+ )?(?:cell|team|group|gang|squad|network|ring)\\b`,
      'gi',
    ),
    // "a daylong gun battle left 14 people dead, …, and 20 suspects under arrest": those a fight left held.
    gated(
      [
        ['left', 'leaving'],
        ['under arrest', 'in custody'],
      ],
      // (A figure first, so that the look back is tried only where a figure stands.)
      `\\b(?=(?:${N})\\s)(?<=\\b(?:left|leaving)\\s(?:(?!\\b(?:freed|freeing|released|releasing|free)\\b)[^.;]){0,120}?)${N}\\s+(?:[a-z-]+\\s+){0,2}?(?:suspects|militants|people|men|fighters|insurgents|gunmen|attackers|members|others)\\s+(?:under arrest|in custody)\\b`,
      'gi',
    ),
    // "A seven-member cell was arrested in Ulma": the same, told in the passive.
    gated(
      [
        ['-man', '-member', '-person'],
        ['arrested', 'detained', 'captured', 'apprehended', 'rounded up'],
      ],
      `\\b(?:an?|the)\\s+${N}-(?:man|member|person)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:cell|team|group|gang|squad|network|ring)\\s+(?:was|were|had been|has been)\\s+(?:\\w+ly\\s+)?(?:arrested|detained|captured|apprehended|rounded up)\\b`,
      'gi',
    ),
    // "announced the arrest in Sanaa of a cell of 11", "apprehended a support network of nine people", "dismantled a cell
    // of eight suspected facilitators", "arrested a Sorra Front cell of 11 men", "broke up a network of seven people" (not
    // "dismantled a network of 40 websites")
    gated(
      [['arrest', 'detain', 'apprehend', 'captur', 'dismantl', 'broke up', 'breaking up'], [' of ']],
      `\\b(?:arrests? (?:in [A-Z][\\w'’-]+ )?of|(?:arrested|detained|apprehended|captured|dismantled|broke up|breaking up) (?:an?|the)) (?:(?:[A-Za-z][\\w'’-]* ){0,3}?(?:cell|network|group|ring) of\\s+)${N}\\b(?!\\s+(?:[a-z-]+\\s+)?(?:${NOT_PEOPLE}|websites|sites|pages|accounts|cells|networks|groups|channels|routes|roads|depots|warehouses|facilities|factories|laboratories|labs)\\b)`,
      'gi',
    ),
    // "took 14 suspects into custody", "took 44 members of banned groups, including …, into \"preventive detention\""
    gated(
      [
        ['took', 'taking', 'takes', 'taken'],
        ['into custody', 'into detention', 'preventive detention', 'protective custody'],
      ],
      `\\b(?:took|taking|takes|taken)\\s+${N}\\s+(?:[A-Za-z'’-]+\\s+){0,4}?(?:[A-Za-z'’-]+,\\s+(?:including|among them)\\s+[^,;.()]{1,100},\\s+)?into\\s+["“]?(?:preventive\\s+|protective\\s+)?(?:custody|detention)\\b`,
      'gi',
    ),
    // "took into custody four men"
    gated([['into custody']], `\\binto custody\\s+${N}\\b`, 'gi'),
    // "troops captured the stronghold of Gorsk, killing 35 militants and taking 50 prisoners" (by a force of the state;
    // prisoners a group takes are captives, no arrest).
    gated(
      [['prisoners']],
      `(?<=\\b(?:troops|soldiers|forces|army|police|military|gendarmes)\\s+(?:[a-z]+ed|took|overran|retook|stormed)\\b[^.;]{0,160})\\b(?:took|taking|taken)\\s+${N}\\s+(?:[a-z-]+\\s+)?prisoners\\b`,
      'gi',
    ),
    // (Not a plural told with "was", another's: "a man who phoned in threats to three ministries was arrested".)
    gated(
      [['arrested', 'detained', 'apprehended', 'captured', 'taken into custody', 'rounded up']],
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}${BE}(?<!\\b(?:and|had|have|has)\\s)(?<![a-z]s\\s+was\\s+)(?:arrested|detained|apprehended|captured|taken into custody|rounded up)\\b`,
      'gi',
    ),
    // "intercepted a trawler and detained its crew of six"
    gated(
      [['crew of']],
      `\\b(?:arrested|arresting|detained|detaining|captured|capturing|apprehended)\\s+(?:its|the|their|all)\\s+(?:[\\w-]+\\s+)?crew\\s+of\\s+${N}\\b`,
      'gi',
    ),
    // "arrested a five-person cell", "detained a three-member network", "the arrest on May 3 of a 12-member cell"
    gated(
      [
        ['arrest', 'detained', 'apprehended', 'captured', 'dismantled', 'broke up'],
        ['-person', '-member', '-man'],
      ],
      `\\b(?:arrested|detained|apprehended|captured|dismantled|broke up|arrest (?:on [A-Z][a-z]+ \\d{1,2} )?of)\\s+(?:an?|the)\\s+(${NUMBER_PATTERN})-(?:person|member|man)\\b`,
      'gi',
    ),
    // "Both attackers were apprehended at the scene"
    new RegExp(
      `\\b(both)\\s+(?:[A-Za-z'’-]+\\s+){0,3}?${BE}(?:arrested|detained|apprehended|captured|taken into custody)\\b`,
      'gi',
    ),
    // "police arrested both gunmen at the scene", "detained both brothers"
    /\b(?:arrested|arresting|detained|detaining|apprehended|captured|capturing)\s+(both)\b(?!\s+(?:towns?|villages?|cities|bases?|positions?|posts?))(?:\s+(?:of them|[a-z-]+))?/gi,
    // "intercepted four Kenyan nationals at the border post and handed them to the police", "raids that netted 19
    // suspects"
    gated(
      [['intercepted', 'netted']],
      `\\b(?:intercepted|netted)\\s+${N}\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:nationals|suspects|militants|fighters|members|individuals|citizens|migrants|men|women|people|persons)\\b`,
      'gi',
    ),
    // "some 14 men surrendered to officials": a surrender is an arrest (the guide's rule).
    gated([['surrendered']], `\\b${N}\\s+${NOT_WEAPONS}${WORDS}(?:had\\s+)?surrendered\\b`, 'gi'),
    // ("17 members of the Front, including two commanders, laid down their arms and surrendered", "32 fighters of the
    // Front gave themselves up to the army": the same, told with who they were or as giving themselves up.)
    gated(
      [['surrendered', 'gave themselves up', 'handed themselves']],
      `\\b${N}\\s+(?:(?:(?!(?:and|were|was|had|who)\\b)[\\w'’-]+|and(?<=[A-Z][\\w'’-]*\\s+and)(?=\\s+[A-Z]))\\s+){1,9}?(?:,\\s+including\\s+[^,;.]{1,60},\\s+)?(?:laid down (?:their|his) (?:arms|weapons) and\\s+)?(?:surrendered|gave themselves up|handed themselves (?:over|in))\\b`,
      'gi',
    ),
    // "two brothers wanted for the bombing … turned themselves in"; "17 people were held for questioning".
    gated(
      [['turned themselves in', 'held for questioning']],
      `\\b${N}\\s+${NOT_WEAPONS}${WORDS}(?:(?:had\\s+)?turned themselves in|${BE}held for questioning)\\b`,
      'gi',
    ),
    // "the detention on May 14 of 11 suspects in Mosul", "the arrest of 12 men": the figure a noun of arrest counts.
    gated(
      [['arrest', 'detention', 'capture'], [' of ']],
      `\\b(?:arrests?|detentions?|captures?)(?:\\s+on\\s+[A-Z][a-z]+\\s+\\d{1,2})?\\s+of\\s+${N}\\s+(?!${NOT_PEOPLE})(?:[\\w-]+\\s+){0,2}?(?:suspects|men|people|persons|members|militants|individuals|others|boys)\\b`,
      'gi',
    ),
    // "six men alleged to belong to a Haqqani Network cell planning suicide attacks in the capital were arrested"
    gated(
      [
        ['alleged to', 'suspected to', 'accused of', 'believed to', 'said to'],
        ['arrested', 'detained'],
      ],
      `\\b${N}\\s+(?:[a-z-]+\\s+){0,2}?(?:men|women|people|persons|suspects|individuals|members|militants|youths)\\s+(?:alleged to|suspected to|accused of|believed to|said to)\\s+[^.;]{1,100}?\\s+(?:were|had been)\\s+(?:\\w+ly\\s+)?(?:arrested|detained)\\b`,
      'gi',
    ),
  ],
};

// Patterns whose figure may open a list of figures ("listed 65 civilians, six soldiers …, and four terrorists").
const LISTS = new Set(PATTERNS.killed.filter((p) => /^\\b\(\?:(?:listed|left|\[Aa\]mong)/.test(p.source)));

const ANNIVERSARY_OF_DEATH =
  /\b[Aa]nniversary of (?:the )?(?:[\w-]+ )?(?:assassinations?|killings?|murders?|deaths?|bombings?|attacks?) of(?:\s+(?:the|former|late|[A-Z][\w'’.-]*))+/g;
// A toll of several events together, told after a semicolon: "; together the two attacks killed 48 people", "; the two
// rounds of strikes killed two people in total".
const JOINT_TOLL_BEFORE =
  ';\\s+(?:together|combined|in all|in total),?\\s+the (?:two|three|four|five|both) (?:attacks|bombings|blasts|explosions|incidents)[^.;]*';
const JOINT_TOLL_AFTER =
  ';\\s+the (?:two|three|four|five) (?:[\\w-]+\\s+){0,3}?(?:attacks|bombings|blasts|explosions|incidents|strikes|raids)\\b[^.;]*?\\b(?:in total|combined|together|in all)\\b';
const JOINT_TOLL = new RegExp(`${JOINT_TOLL_BEFORE}|${JOINT_TOLL_AFTER}`, 'i');
// Several events told as one, in the words before a joint toll: "near-simultaneous bombings hit …", "twin blasts".
const TOLD_AS_ONE =
  /\b(?:near-simultaneous|simultaneous|coordinated|twin|two|three|four|five|several)\s+(?:[\w-]+\s+)?(?:bombings|attacks|blasts|explosions|bombs|strikes|raids|assaults)\b|^(?:[\w,-]+\s+){0,5}?(?:bombings|attacks|blasts|explosions|bombs)\s+(?:struck|hit|exploded|tore|targeted)\b/i;
// (Not after another event named, nor where the text dates them apart: "a week after bombings in Ulma", "on May 3 … and on
// May 9 …".)
const TOLD_APART =
  /\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bombings|attacks|blasts|explosions)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b[^;]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// The victims a figure counts, up to the next figure of a list: "165 soldiers and police, and 47 civilians".
// ("six members of the Zone 9 collective and three journalists": digits after a capitalized word are part of a name.)
// ("arrested four militants and seized 18 grenades and two suicide vests": a verb of what else was done ends them.)
const VICTIMS = `(?:\\s+(?!wound|injur|arrest|including\\b|among\\b)(?!and\\s+(?:${QUALIFIER_PATTERN}${NUMBER_PATTERN}|an?|another)\\s)(?!and\\s+(?:then\\s+)?[a-z]+ing\\b)(?!and\\s+(?:then\\s+|also\\s+|later\\s+)?(?:seized|found|confiscated|recovered|discovered|defused|dismantled|destroyed|burned|torched|stole|looted|took|freed|rescued|released|fled|escaped|set|blew|detonated|planted|fired|raided|searched)\\b)(?:(?:[A-Z]\\.)+|[A-Za-z'’-]+|\\d{1,4}(?<=[A-Z][A-Za-z'’-]*\\s\\d{1,4})(?=\\s+[a-z]))){1,8}?`;
// (Up to five words where the list is searched for back from a figure, which is tried at every word before it.)
// ("500 prisoners escaped and 26 soldiers were killed": a verb ends the words of a victim.)
const VICTIMS_SHORT = `(?:\\s+(?!wound|injur|arrest|(?:escaped|fled|freed|released|rescued|remained|were|was|had|have|are|is)\\b)(?!and\\s+(?:${QUALIFIER_PATTERN}${NUMBER_PATTERN}|an?)\\s)(?:(?:[A-Z]\\.)+|[A-Za-z'’-]+)){1,5}?`;
const AFTER_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?:\d{1,2}\s?(?:[-–]|to|and)\s?)?$/;
/** Whether a number at `at` in `text` stands after a month's name, so is a day ("on August 22 left six …"). */
function dayOfMonthAt(text: string, at: number): boolean {
  return AFTER_MONTH.test(text.slice(Math.max(0, at - 24), at));
}
const RANGE_END = new RegExp(
  `\\b((?:between\\s+)?${NUMBER_PATTERN})(?:\\s+(?:to|or)\\s+|(?<=between\\s+\\S+)\\s+and\\s+)${NUMBER_PATTERN}\\b|\\b(\\d+)\\s*[-–]\\s*\\d+\\b`,
  'gi',
);
// An attacker killed at the end of the attack: "before police shot him dead", "before being shot dead by an officer".
// "…; the bomber also died", "the gunman was also killed", "the gunman was killed by police".
// Attackers told in the plural, and one told alone, before "before being killed".
const PLURAL_ATTACKERS =
  /\b(?:gunmen|militants|attackers|assailants|bombers|terrorists|insurgents|fighters|jihadists)\b/i;
const ONE_ATTACKER =
  /\b(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:gunman|militant|attacker|assailant|bomber|terrorist|insurgent|fighter|jihadist|man|woman|teenager|youth)\b(?!s)/i;
const ATTACKER_KILLED =
  /\b(?:before|after|until|when) (?:being (?:shot dead|(?:shot and )?killed)|(?:police|security forces|troops|soldiers|officers|an? (?:\w+ )?officer|guards?) (?:(?:stormed|entered|raided|surrounded) (?:[\w'’-]+ ){1,4}?and )?(?:shot (?:him|her|them|the (?:gunman|attacker|assailant)) dead|killed (?:him|her|them|the (?:gunman|attacker|assailant))))\b|\bthe (?:suicide )?(?:bomber|attacker|gunman|assailant|driver(?<=\bdr(?:ove|iving)\b[^.]{1,200}driver))(?:,\s+(?!who\b)[^,;.]{1,60}?,|,\s+who\b[^,;.]{1,60}?,(?= (?:also died|was also killed)))? (?:also died|was also killed|was also shot dead|(?:was [^.;,]{1,60}? and )?died|was (?:later |subsequently )?(?:shot dead|killed|shot and killed) by (?:the )?(?:police|security forces|troops|soldiers|guards|officers)\b)\b|\bbefore (?:he|she) (?:himself |herself )?was (?:shot dead|(?:shot and )?killed)\b|\bthe (?<!\bof the )(?:suicide )?(?:bombers|attackers|gunmen|assailants)(?:,\s+(?!who\b)[^,;.]{1,60}?,)? (?:were (?:also )?(?:shot dead|killed)|(?:also |both )?died)\b/i;
// A part of a figure told before it, in an aside: ", including six children,", ", 30 of them foreigners,". Its
// figures are already in the whole and are never added to it. A list goes on in the aside ("including two guards, a
// cook, and a driver"), but ", and" right after its one item closes it: in "five foreigners, including two Britons,
// and a local guard" the guard is one more victim. A list of who the victims were, between the figure and its verb,
// is an aside too: "Twenty-six people, among them guards and airline staff, were killed"; so is one told after the
// figure: "killing 37 people, two attackers among them, and wounding 125".
const PART_ASIDE = new RegExp(
  `,\\s+(?:including|among them)\\s+(?:the\\s+)?(?:${QUALIFIER_PATTERN}${NUMBER_PATTERN}|an?)\\s(?:\\b[A-Z]\\.|[^,;.()])*(?:(?:,\\s+(?:${NUMBER_PATTERN}|an?|his|her|their|several|some|many|dozens|scores|the)\\s(?:\\b[A-Z]\\.|[^,;.()])*)+(?:,\\s+and\\s+(?:${NUMBER_PATTERN}|an?|his|her|their|several|some|many|dozens|scores|the)\\s(?:\\b[A-Z]\\.|[^,;.()])*)?)?,?|,\\s+${NUMBER_PATTERN} of (?:them|whom)\\b(?:,\\s+[^,;.()]{1,40},(?=\\s+(?:later |subsequently |also )?(?:died|succumbed)\\b))?(?:\\b[A-Z]\\.|[^,;.()])*,?|,\\s+(?:most|many|all|some|several|half|nearly all|almost all) of (?:them|whom)\\b[^,;.()]*,(?=\\s)|,\\s+(?:including|among them)\\s+(?:the|his|her|their|its|[a-z][\\w'’-]*)\\s[^,;.()]*(?:,\\s+[^,;.()]*){0,4},(?=\\s+(?:(?:were|was|had been|have been)\\s|died\\b))|,\\s+(?:including|among them)\\s+(?:the\\s+)?[A-Za-z][\\w'’-]*\\s[^,;.()]*(?:,\\s+[^,;.()]*){0,4},(?=\\s+and\\s+(?:${NUMBER_PATTERN})\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was|had been|have been|died)\\b)|,\\s+(?:including|among them)\\s+(?:[A-Z][\\w'’.-]*\\s+){0,3}[A-Z][\\w'’-]*,(?=\\s+and\\s+(?:${NUMBER_PATTERN})\\s)|,\\s+(?:an?|the|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s[^,;.()]*\\bamong them(?:,|(?=[.;]))`,
  'gi',
);
// An aside between dashes that names who the victims were: "Four of the hikers — two Britons and a Dane — were
// killed", "Five people were killed — a man, a woman, and three locals — and 12 were hurt", "killed 60 people -- 40 in
// Darlo and 20 in Sorra -- and wounded 100". Its figures are parts of the figure beside it; blanked, so that figure
// reaches its verb. (An aside that tells a toll of its own keeps it.)
// (A hyphen between spaces is a dash too: "killing five people - a British woman and four others - and wounding 13".)
const DASH_ASIDE = /\s(?:—|–|--|-)\s(?:\b[A-Z]\.|[^—–.;()]){1,160}?\s(?:—|–|--|-)(?=\s)/g;
// ("The dead – 53 in all, including the owner – included …": a count of those just named is one too.)
const ASIDE_TOLL =
  /\b(?:kill|dead|died|death|wound|injur|hurt|arrest|detain|captur|custody)|^\s\S+\s+\S+\s+in (?:all|total)\b/i;
// An aside that names an event of its own, not a part of the victims: ", including an attack … that left eight dead".
// ("capturing nine others, two of them wounded": the wounded among those taken, where no wounded were told before.)
const WOUNDED_AMONG = /^,\s+\S+(?:\s+\S+)?\s+of (?:them|whom)\s+(?:were\s+|was\s+)?(?:\w+ly\s+)?(?:wounded|injured)\b/i;
// (`firstHurt`: where the text first tells the wounded, found once, so that each aside is one comparison.)
const woundedAmong = (aside: string, at: number, firstHurt: number) =>
  WOUNDED_AMONG.test(aside) && (firstHurt < 0 || firstHurt >= at);
const CASUALTIES_BEFORE = /\bcasualties$/i;
// A figure of people told as a whole, then the parts it is made of: "five members of one family, two women and three
// children", "six people, four men and two boys".
const BREAKDOWN_HEADS =
  'people|persons|members|civilians|individuals|victims|relatives|passengers|worshippers|villagers|employees|workers|staffers|tourists|foreigners|hostages';
const BREAKDOWN_HEAD = new RegExp(`\\b(?:${BREAKDOWN_HEADS})\\b`);
// (Heads whose parts are told by nation or faith only: "three employees, two Turkish converts and a German citizen", not
// "three employees, two guards and a driver", who are more victims.)
const NATIONS_ONLY_HEAD = /\b(?:employees|workers|staffers|tourists|foreigners|hostages)\b/;
const BREAKDOWN_ITEM = `(?:${NUMBER_PATTERN}|an?)\\s+(?:[a-z'’-]+\\s+)?[a-z'’-]+`;
const BREAKDOWN = new RegExp(
  `\\b(${NUMBER_PATTERN})\\s+(?:[a-z'’-]+\\s+)?(?:${BREAKDOWN_HEADS})(?:\\s+of\\s+(?:an?|one|the|their|his|her)\\s+[a-z-]+)?(,\\s+${BREAKDOWN_ITEM}(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${BREAKDOWN_ITEM})+)(?=\\s*[.;)]|\\s*$|,\\s+(?:and\\s+)?(?:wounding|injuring|leaving)\\b)`,
  'gi',
);
const OWN_TOLL =
  /^,\s+(?:including|among them)\s+(?:the\s+)?(?:an?\s+|one\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|ambush(?:es)?|raids?|blasts?|explosions?|assaults?|clash(?:es)?|strikes?)\b/i;
// Figures that are not this event's toll: a running total ("brought to 37 the number of officers killed"), and the
// parts of a figure told after a colon ("arrested five men: four in Herlev and one in Stockholm", "killed 26 people: 19
// died in Arnsk and seven in Belvo"), and the toll of what
// followed ("…; in the unrest that followed, more than 160 people were killed"), and the toll of the whole day or
// country after a semicolon ("…; the nationwide toll reached 116 dead").
// "Two of the dead were children", "accounted for 45 of the deaths": a part of a toll told already (tried only on a
// text that holds " of the d", " of those d" or " of the f").
// "…; among the dead were two children" after a toll already told (its words in TOLD_DEATHS) counts no one more.
// ("…, killing at least 120 people. The dead included the attackers: two bombers, and four gunmen killed by the crowd";
// "killed six people. Police said the dead included two suspected bombers".)
const AMONG_THE_DEAD_AFTER =
  /([;,.]\s{1,3})(?:and\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:said|reported|added)\s+)?(?:among the (?:dead|killed|fatalities|victims) (?:were|was)|the (?:dead|victims) included)\b[^.;]*/gi;
const TOLD_DEATHS = /\b(?:killed|killing|dead|died|deaths|death toll (?:at|of|was|stood|reached|rose))\b/i;
const PART_OF_THE_DEAD = new RegExp(
  `\\b(?:${NUMBER_PATTERN}|most|many|all|some|several|half|none) of (?:the|those) (?:dead|deceased|fatalities|deaths)\\b[^.;]*`,
  'gi',
);
// "detained seven suspects in the killing of a local judge": the crime an arrest is for, told before. Only the crime
// is blanked: the figure of those detained before it still counts. (A pattern of its own, started by its verb: as a
// lookbehind it was tried at every space of every text.)
const CRIME_OF =
  /\b(?:suspects?|suspected|wanted|charged|convicted|sentenced|arrested|detained)\b[^.;]{0,40}?( (?:in|for|over) (?:connection with )?the (?:[\w-]+['’]?s?['’]? )?(?:killings?|murders?|assassination|beheading|deaths?)(?: of [^.;,]*|(?=[\s,.;]|$)))/gi;
const CRIME_WORDS = [
  'the killing',
  'the murder',
  ' deaths',
  'killing of',
  'killings of',
  'murder of',
  'murders of',
  'assassination of',
  'beheading of',
  'death of',
  'deaths of',
];
const FATE = '(?:killed|wounded|injured|arrested|captured|detained)';
const EITHER_FATE = `${FATE}(?:,\\s+${FATE})*,?\\s+or\\s+${FATE}\\b`;
// Every figure of either fate holds "or" between spaces of any kind.
const EITHER_OR = /\sor\s/i;
// A toll of a group's past: "(responsible for) more than 5,000 deaths".
const GROUP_PAST_DEATHS =
  '(?:(?:more than|over|about|nearly|almost|some|at least|an estimated|roughly|approximately|around) )?' +
  `${NUMBER_PATTERN}\\s+(?:[\\w-]+\\s+)?(?:deaths|killings|fatalities|lives)`;
// Each part with words every match of it holds (lower case, any one of them), so a text gets a pass of only the parts
// it may match (a text holds few of them; a part that cannot match changes no match of the others).
// (Only after this event's own toll: "killed three people, in the market where a 2011 bombing had killed 60"; a
// clause that tells only the other event, "a similar attack on January 17 had killed 15", is that event's.)
const TOLL_TOLD_BEFORE = '(?<=\\b(?:kill(?:ed|ing)|died|dead|deaths|wounded|wounding|injured|injuring)\\b[^]{0,300})';
const NOT_THIS_TOLL = buildGatedAlternation(
  [
    // "Two men were later convicted and executed for the bombing": the state's sentence carried out, no toll.
    {
      needs: ['executed', 'hanged'],
      source: `\\b${NUMBER_PATTERN}\\s+(?:[\\w-]+\\s+){0,3}?(?:was|were)\\s+(?:later\\s+)?(?:convicted|sentenced(?: to death)?|tried)\\s+and\\s+(?:later\\s+)?(?:executed|hanged)\\b[^.;]*`,
    },
    // "in connection with a bombing that had killed a local official": an earlier event's toll.
    // ("two of his friends, aged 15 and 17, were detained": their ages, no figures.)
    // ("arrested Ali Tal, who had killed 12 people since 2015", "the group has killed 200 people over the past year":
    // what was done before, no toll of this event; not "a gunman who had killed six shoppers since noon".)
    // ("Contrary to early reports of 30 dead, the attack killed 16": a toll the text itself sets aside.)
    // ("killing or wounding 15 soldiers", "12 people were killed or wounded": casualties of both kinds, no figure of
    // either.)
    // ("The Front, which has been responsible for more than 5,000 deaths since 1994, claimed …", "the Front, blamed for
    // over 1,000 deaths since then, …": a group's past, no toll.)
    {
      needs: [
        'that had ',
        'which had ',
        'has killed',
        'have killed',
        'had killed',
        'has wounded',
        'had wounded',
        'aged ',
        'contrary to ',
        'killing or ',
        'killed or ',
        'dead or ',
        'responsible for',
        'blamed for',
      ],
      source: `\\b(?:that|which) had (?:killed|wounded|injured)\\b[^.;,]*|\\b(?:who |which |that )?(?:has|have|had) (?:\\w+ly )?(?:killed|wounded|injured)\\b[^.;,]{0,60}?\\b(?:since (?:(?:early |late |mid-)?(?:${MONTHS})\\b|(?:19|20)\\d\\d\\b)|over the (?:past|last) (?:\\w+ )?(?:months|years?)\\b)[^.;,]*|,\\s+aged\\s+\\d{1,3}(?:(?:,\\s+|,?\\s+and\\s+)\\d{1,3})*,|\\b[Cc]ontrary to (?:(?:early|initial|first|earlier|some|media|press|official)\\s+)*reports? (?:of|that)\\b[^,;.]{1,60},|\\b(?:killing or (?:wounding|injuring)|killed or (?:wounded|injured))\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\b|\\b${NUMBER_PATTERN}\\s+(?:[\\w-]+\\s+){0,3}?(?:were\\s+)?(?:killed|dead) or (?:wounded|injured)\\b|\\b(?:responsible|blamed) for ${GROUP_PAST_DEATHS}\\s+(?:since|over the (?:past|last)|in the (?:past|last))\\b[^.;,]*|\\b(?:has been|have been|had been) (?:\\w+ly )?responsible for ${GROUP_PAST_DEATHS}\\b[^.;,]*`,
    },

    {
      needs: ['brought', 'bring'],
      source: `\\bbr(?:ought|ings?|inging) (?:to ${NUMBER_PATTERN} the (?:number|total|toll)|the (?:[\\w-]+ ){0,2}?(?:number|total|toll|death toll)[^.;]{0,80}? to ${NUMBER_PATTERN})\\b[^.;]*`,
    },
    // "…, killing seven soldiers; the attack came a day after terrorists killed 18": an earlier event's toll.
    {
      needs: ['after'],
      source: `\\b(?:came|followed|occurred) (?:just |only )?(?:a|one|two|three|four|five|six|several|\\d{1,2}) (?:days?|weeks?) after\\b[^.;]*`,
    },
    // (Not items of a list told with their own tolls: "attacked two churches: one in Tarn, killing 30, and one in Ulma",
    // "Two bombs exploded in Sorra: one at the railway station killed six people, …".)
    {
      needs: [':'],
      source: `:(?:(?<=\\b(?:killed|killing|left|wounded|wounding|injured|injuring|arrested|detained)\\s[^.;:]{1,60}:)\\s+${NUMBER_PATTERN}\\s+(?:died|were (?:killed|wounded|injured|arrested|detained|captured))|\\s+${NUMBER_PATTERN})\\s+(?:in|at|from|of)\\s(?![^.;,]*,\\s+(?:killing|wounding|injuring|leaving|where)\\b)(?![^.;,]*\\b(?:killed|wounded|injured|left)\\s)[^.;]*`,
    },
    {
      needs: [';'],
      source: `;\\s+in the (?:[a-z]+\\s+)?(?:unrest|violence|riots?|rioting|protests?|clashes|fighting|demonstrations?) that (?:followed|ensued)[^.;]*`,
    },
    {
      needs: [';'],
      source: `;\\s+the (?:nationwide|national|countrywide|overall|total|day['’]s) (?:death )?(?:toll|count|tally)[^.;]*`,
    },
    // "killed Dulmatin, a suspect in the 2002 Bali bombings that killed 202 people": an event of a year named, told
    // with its own toll.
    // ("suspects in the 2005 bombing of a school in Ulma, in which 30 people died": one named inside a clause, told "in
    // which"; not the one a sentence or clause opens with, its own: "The May 2011 siege of the Ulma hotel, in which 31
    // people were killed, ended …".)
    // ("the July 2005 bombings in Sharm el-Sheikh, which killed 88", "the Christmas Day 2011 bombing of a church, which
    // killed 44", "a 2011 grenade attack that killed his son", "in
    // December 2015, when 24 people died", "where some 1,000 people had died in communal violence in 2001".)
    {
      needs: ['that killed', 'that left', 'which killed', 'which left', 'in which', 'during which'],
      source: `\\b(?:the|an?) (?:(?:(?:${MONTHS})(?: \\d{1,2},?)?|Christmas(?: Eve| Day)?|New Year['’]s (?:Eve|Day)|Easter(?: Sunday)?|Valentine['’]s Day|Independence Day) )?(?:19|20)\\d\\d (?:[^.;,]|(?<=\\b(?:St|Mt|Ft|Gen|Col|Dr|Rev))\\.){0,60}?(?:bombings?|attacks?|massacre|blasts?|siege|hijackings?|explosions?|shootings?)\\b(?:[^.;,]|(?<=\\b(?:St|Mt|Ft|Gen|Col|Dr|Rev))\\.){0,60}?,? (?:that|which) (?:killed|left)[^.;,]*|(?<!(?:^|[.;:,])\\s*)\\b(?:the|an?) (?:(?:${MONTHS})(?: \\d{1,2},?)? )?(?:19|20)\\d\\d (?:[^.;,]){0,60}?(?:bombings?|attacks?|massacre|blasts?|siege|hijackings?|explosions?|shootings?)\\b[^.;,]{0,60}?,\\s+(?:in|during) which\\s[^.;,]{0,60}?\\b(?:died|killed)\\b[^.;,]*`,
    },
    // ("whose group was responsible for the August 2020 killing of six French aid workers in Niger": a killing of a year
    // named.)
    {
      needs: [
        'killing of',
        'killings of',
        'murder of',
        'murders of',
        'massacre of',
        'execution of',
        'executions of',
        'beheading of',
        'beheadings of',
      ],
      source: `\\bthe (?:(?:${MONTHS}) (?:\\d{1,2},? )?)?(?:19|20)\\d\\d (?:[\\w-]+ )?(?:killings?|murders?|massacre|executions?|beheadings?) of [^.;,]*`,
    },
    // (Up to a colon: "As in 2005, when militants bombed three hotels in Tarn, the capital remained a target: on March
    // 14, a bomb … killed six people".)
    { needs: ['when '], source: `\\bin (?:(?:${MONTHS}) )?(?:19|20)\\d\\d,? when [^.;:]*` },
    // ("…, which militants had used since 2018, when a blast there killed 9 workers, killed two militants": up to the
    // clause's end only.)
    { needs: ['since '], source: `\\bsince (?:(?:${MONTHS}) )?(?:19|20)\\d\\d,? when [^.;,]*` },
    // "…, on the same route where a 2019 bombing had killed 17 passengers": an event of a year named, in the past
    // perfect.
    {
      needs: ['had killed', 'had left'],
      source: `\\bwhere (?:an?|the) (?:[\\w-]+ )?(?:19|20)\\d\\d\\b[^.;,]{0,60}?\\bhad (?:killed|left)\\b[^.;,]*`,
    },
    // "…, killing 121 people, the deadliest attack since a truck bomb at the same junction killed more than 500 people in
    // 2017": the toll of the earlier event the comparison names.
    {
      needs: ['since '],
      // (Only the clause after "since" that tells the earlier toll: "the deadliest since 2011, killed 45 people" keeps 45.)
      // ("the deadliest since the 2004 siege of a school in Ulma, in which over 300 people died": its toll after a comma.)
      source: `(?<=\\b(?:deadliest|worst|bloodiest|largest|biggest|most (?:serious|lethal|deadly|devastating))\\b[^.;]{0,60}?)\\bsince\\s[^.;,]{0,100}?(?:,\\s+(?:in which|during which|where)\\s[^.;,]{0,60}?)?\\b(?:killed|died|left)\\b[^.;,]*`,
    },
    {
      needs: ['had died', 'had been killed'],
      source: `\\b(?:where|when) (?:[^.;,]|,(?=\\d)){0,80}?\\bhad (?:died|been killed)\\b[^.;,]*?\\b(?:19|20)\\d\\d\\b[^.;,]*`,
    },
    // "more than 20 fighters were killed or captured", "killed or captured 30 militants": a figure of either fate is a
    // figure of neither.
    {
      needs: EITHER_OR,
      source: `\\b${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\s+(?:[\\w'’-]+\\s+){0,4}?(?:were|was|had been|have been)\\s+(?:either\\s+)?${EITHER_FATE}`,
    },
    { needs: EITHER_OR, source: `\\b${EITHER_FATE}\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\b` },
    // "soldiers killed 12 civilians at a market after one of their colleagues had been killed": the toll of what came
    // before, told in the past perfect.
    {
      needs: ['had been'],
      // (Not what ended or went on after it: "the siege ended after all four attackers had been killed", "fighting
      // continued for hours after 10 officers had been killed".)
      source: `\\b(?<!\\b(?:ended|continued|lasted|only|hours|minutes|days|over)\\s+)after (?:[^.;,]){0,60}?\\bhad been (?:\\w+ly )?(?:killed|wounded|injured|shot dead|shot)\\b[^.;,]*`,
    },
    // "police raided the slum after two police officers were killed there the previous day": the toll of the day before,
    // told as what the event answered.
    {
      needs: ['after'],
      source: `\\bafter (?:[^.;,]){0,80}?\\b(?:was|were|had been) (?:\\w+ ){0,2}?(?:killed|wounded|injured|shot dead)\\b[^.;,]{0,40}?\\b(?:the (?:previous|preceding) (?:day|night|week)|the day before|(?:a|one|two|three|four|five|several) (?:days?|weeks?) (?:earlier|before))\\b`,
    },
    // "…; ACLED later recorded more than 1,190 deaths linked to the Palma fighting and its aftermath": a toll of a whole
    // campaign, no event's.
    {
      needs: ['linked to', 'related to', 'attributed to', 'tied to'],
      source: `\\b${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:deaths|dead|fatalities|killings|people killed)\\s+(?:linked|related|attributed|tied)\\s+to\\s+(?:the\\s+)?[^.;]{0,60}?\\b(?:fighting|violence|conflict|insurgency|campaign|unrest|aftermath|crisis|war|offensive|operations)\\b[^.;]*`,
    },
    // "…, a day after a suicide attack on a checkpoint there killed five soldiers; the army said 33 militants died": the
    // toll of the event this one came after.
    {
      needs: [' after a', ' after an', ' after the'],
      // (Or months or years after: "…, five years after a similar attack at the same site killed 40 people".)
      source: `,\\s+(?:just\\s+|only\\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\\d{1,2}) (?:days?|weeks?|months?|years?) after (?:an?|the) [^.;,]*?\\b(?:killed|killing|left|wounded|injured)\\b[^.;,]*`,
    },
    // "AMISOM said its forces killed 110 of the attackers, and denied al-Shabaab's claim to have killed more than 60
    // soldiers": a toll one side told and the other denied is no toll.
    {
      needs: ['denied', 'rejected', 'dismissed'],
      source: `\\b(?:denied|rejected|dismissed)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:claims?|assertions?)\\s+(?:that|to have|of)\\s(?:(?!\\b(?:and|but|saying|while|adding)\\b)[^.;,])*`,
    },
    // "…, in the same market where a 2011 bombing had killed 60", "…; a similar bombing in the same market on July 17,
    // 2015, had killed 115": the toll of an earlier event, told in the past perfect with a year or as one like it.
    {
      needs: ['had killed', 'had left'],
      source: `${TOLL_TOLD_BEFORE}\\b(?:(?:19|20)\\d\\d|similar|previous|earlier|last|another)\\s+(?:[^.;,]|,\\s+(?:19|20)\\d\\d,){0,80}?\\bhad\\s+(?:killed|left)\\b[^.;,]*`,
    },
    // "…; the city had suffered a grenade attack in 2012 that killed six": an event of a year named, with its toll.
    {
      needs: ['that killed', 'which killed', 'that left', 'which left'],
      source: `${TOLL_TOLD_BEFORE}\\bin (?:(?:${MONTHS}) )?(?:19|20)\\d\\d,?\\s+(?:that|which)\\s+(?:killed|left)\\b[^.;,]*`,
    },
    // "…, three weeks after militants killed 14 soldiers in the same area", "…, two years after gunmen killed 145 at a
    // school in Ulma": the toll of the event this one came after, whoever did it.
    {
      needs: [' after '],
      source: `${TOLL_TOLD_BEFORE},\\s+(?:just\\s+|only\\s+|nearly\\s+|almost\\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\\d{1,2}) (?:days?|weeks?|months?|years?) after\\s+(?!(?:it|they|he|she|police|troops|soldiers|security forces)\\b)[^.;,]*?\\b(?:killed|killing|left|wounded|injured)\\b[^.;,]*`,
    },
    // "…; together the two attacks killed 48 people": a toll of several events together.
    { needs: [';'], source: JOINT_TOLL_BEFORE },
    // "a bomb exploded in Tarn, one of four bombings in the province that week that together killed 11 people", "…, one
    // of a series of attacks that killed at least 12 in the capital that month": the toll of the series it was one of.
    {
      needs: ['one of '],
      source: `,\\s+one of (?:${NUMBER_PATTERN}|several|many|a (?:series|string|wave|spate|number) of)\\s[^.;,]{0,100}?\\b(?:that|which)\\s+(?:together\\s+|jointly\\s+|in all\\s+)?(?:killed|left|wounded|injured|claimed)\\b[^.;]*`,
    },
    // "…; attacks by the Front in the province killed more than 40 people during the year", "Insurgent attacks in Tarn
    // district killed more than 60 civilians in the second half of the year": attacks told as a plural with no article,
    // over a period, a toll of many (not "Attacks by gunmen on two villages near Tarn killed 25 people on May 3").
    {
      needs: ['attacks '],
      source: `(?:^|(?<=[.;]\\s+))(?:[A-Z][\\w'’-]*\\s+)?(?:[a-z-]+\\s+)?(?<![Tt]he\\s+(?:[\\w'’-]+\\s+)?)[Aa]ttacks\\s+(?:by|in|on|across|against|throughout)\\s(?:(?!\\b(?:included?|including)\\b)[^.;:–—\\d]){0,100}?\\b(?:killed|left|claimed)\\b(?=[^.;]*\\b(?:(?:during|in|over|throughout|for)\\s+(?:the\\s+)?(?:(?:first|second)\\s+half\\s+of\\s+(?:the\\s+)?)?(?:year|(?:19|20)\\d\\d|period|months?)\\b|that month|this year|so far|since))[^.;]*`,
    },
    // "The toll rose to 19 as two more soldiers died of their wounds": the deaths the new toll counts already.
    {
      needs: ['rose to ', 'climbed to ', 'increased to '],
      source: `(?<=\\b(?:rose|climbed|increased) to ${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\s+)(?:as|when|after)\\s[^.;,]*`,
    },
    // "detained 36 suspects …; 12 of them were later formally arrested": a part of those already counted.
    {
      needs: [';'],
      source: `;\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN} of them (?:were|was) (?:later |subsequently )?(?:formally )?(?:arrested|charged|remanded|indicted|jailed)\\b[^.;]*`,
    },
    // "…; the two rounds of strikes killed two people in total".
    { needs: [';'], source: JOINT_TOLL_AFTER },
  ],
  'gi',
);
// A toll of those killed besides one told before: "five other militants also died", "and three others".
const OTHERS_TOLL = /\b(?:\S+ other (?!than\b)|others\b)/i;
// "she was the only fatality", "the attacker was the sole person killed".
const ONLY_FATALITY = /\b(?:was|were) the (?:only|sole) (?:fatality|casualty|death|person killed|one killed|victim)\b/i;
// A hurt told right after "the only casualty": ", losing a hand", ", suffering burns", ", slightly wounded".
const HURT_PAST = '(?:\\w+ly\\s+)?(?:wounded|injured|hurt|burned)';
const ONLY_HURT_BEFORE = new RegExp(`,\\s+who\\s+(?:was|had been)\\s+${HURT_PAST}\\b[^,;.]{0,40},\\s*$`, 'i');
const ONLY_HURT_AFTER = new RegExp(
  `^,?\\s+(?:losing|lost|suffering|suffered|${HURT_PAST})\\b(?:\\s+[\\w-]+){0,2}`,
  'i',
);
const AND_VERB = /\band\s+(?:then\s+|later\s+|also\s+)?[a-z]+(?:\s+dead|\s+to\s+death)?$/i;
const PASSIVE = /\b(?:was|were|been|are|is)\b/i;
// Words for everyone a figure counts, before a list of who they were.
const WHOLE_GROUP =
  /^\s+(?:[a-z-]+\s+)?(?:people|persons|individuals|victims|passengers|hostages|captives|foreigners|foreign nationals|nationals|citizens|tourists|worshippers|pilgrims|civilians|suspects|detainees|[A-Z][a-z]+(?:ans|ese|is|ish|ch))\b/;
// Who a verb's figure killed, right after the verb: "a guard", "the chief", "his brother", "Omar Tessa" (not "the next
// day", nor "in the blast").
const OBJECT_AFTER =
  /^\s+(?:an?\s+(?!(?:day|week|month|year|few|number)\b)|the\s+(?!(?:previous|next|following|same|day|night|week|month|year|first|second|third)\b)|(?:his|her|their|its)\s+|[A-Z][a-z][\w'’-]*\s+[A-Z])/;
const OBJECT_FIGURE = new RegExp(`^\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\b`, 'i');
// People a victim may be named as (one noun): "an American civilian contractor", "the Army's third-ranking officer".
export const PERSON =
  '(?:sub-|vice-)?(?:Member(?= of (?:Parliament|the (?:National Assembly|Parliament|Senate)))|second-in-command|parliamentarian|figure|officer|official|spokesman|spokesperson|emir|wali|general|brigadier|admiral|commissioner|inspector|superintendent|founder|co-founder|successor|predecessor|head|soldier|ideologue|preacher|paratrooper|serviceman|servicewoman|airman|militiaman|reservist|professor|lecturer|scientist|academic|researcher|policeman|policewoman|gendarme|contractor|civilian|citizen|diplomat|journalist|reporter|photographer|blogger|writer|editor|judge|lawyer|mayor|councilor|leader|commander|teacher|priest|pastor|bishop|monk|nun|imam|sheikh|elder|worker|member|tourist|pilgrim|parishioner|churchgoer|commuter|motorist|pupil|worshipper|passenger|hostage|student|child|woman|man|person|guard|bodyguard|escort|treasurer|caretaker|watchman|headmaster|headman|headwoman|employee|politician|lawmaker|legislator|candidate|businessman|trader|shopkeeper|driver|shepherd|herder|farmer|villager|resident|activist|cleric|prosecutor|governor|minister|chief|agent|national|informant|engineer|doctor|physician|nurse|chef|boy|girl|friend|brother|sister|son|daughter|father|mother|wife|husband|relative|cousin|nephew|uncle|militant|fighter|insurgent|dissident|terrorist|jihadist|extremist|rebel|guerrilla|separatist|attacker|gunman|assailant|hijacker|hostage-taker|kidnapper|abductor|suspect|mastermind|ringleader|organizer|facilitator|financier|recruiter|operative|accomplice|supplier|trafficker|companion|colleague|comrade|associate|supporter|sympathizer|smuggler|courier|handler|conductor|bomber|expert|bomb-maker|specialist|sapper|deminer|commando|coordinator|planner|preacher|teenager|youth|propagandist|waitress|waiter|vendor|customer|shopper|pedestrian|bystander|passer-by|passerby|spectator|fisherman|laborer|labourer|miner|volunteer|peacekeeper|ranger|guardsman|trooper|marine|sailor|captain|colonel|major|lieutenant|sergeant|conscript|recruit|cadet|principal|headmaster|councillor|senator|rabbi|missionary|deacon|surgeon|paramedic|cameraman|translator|interpreter|ambassador|consul|envoy|operative|fisher|visitor|guest|worshiper|congregant|tourist|aide|adviser|advisor|spokeswoman|president|premier|speaker|secretary|director|chairman|chairwoman|deputy|individual|maker|vigilante|presenter|producer|correspondent|schoolteacher|headteacher|anchor|broadcaster|poet|singer|artist|actor|athlete|footballer|player|cyclist|musician|comedian|clerk|bailiff|litigant|magistrate|merchant|watchman|gatekeeper|janitor|cleaner|cook|tailor|barber|baker|butcher|grocer|jeweler|jeweller|carpenter|plumber|electrician|bricklayer|mason|blacksmith|goldsmith|mechanic|pharmacist|dentist|midwife|porter|caretaker|chieftain|monitor|observer|auditor|accountant|banker|cashier|teller|technician|consultant|surveyor|pilot|crewman|crew member|ferryman|boatman|foreman|muezzin|constable|tribesman|warlord|detainee|prisoner|inmate|councilman|delegate|negotiator|mediator|witness|informer|collaborator|spy|infant|baby|toddler|pensioner|retiree|widow|grandmother|grandfather|landowner|rancher|manager|executive|staffer|foreigner|expatriate|medic|firefighter|rescuer|mullah|mufti|seminarian|catechist|evangelist|herdsman|hunter|sheik|escapee|fugitive|defector|deserter|proprietor|landlord|warden|warder|jailer|gaoler|intruder|neighbor|neighbour|convert|cadre|neo-Nazi|novice|filmmaker|cartoonist|satirist|novelist|playwright|groom|bridegroom|bride|owner|shop-owner|shopowner|storekeeper|innkeeper|hotelier|restaurateur|sender|perpetrator|shooter|killer|murderer|culprit|plotter|instigator)';
// A further figure of the list, or "and a civilian" (", an incident …" is not one, nor ", and a small bomb …", nor
// ", and a third escaped").
// One person close to a victim, killed with them: "was killed with his nephew".
const KIN =
  'nephew|niece|son|daughter|wife|husband|brother|sister|cousin|father|mother|uncle|driver|bodyguard|guard|aide|escort|secretary|interpreter|assistant';
const KIN_ITEM =
  'guide|driver|bodyguard|interpreter|translator|escort|companion|colleague|guard|son|daughter|wife|husband|brother|sister|mother|father|child';
// One person of each nation, as a victim is named: "an Australian", "a Briton".
const NATIONALS =
  'American|Australian|Briton|Canadian|German|Dane|Swede|Norwegian|Frenchman|Frenchwoman|Italian|Spaniard|Belgian|Dutchman|Swiss|Austrian|Irishman|Japanese|Chinese|Korean|Filipino|Indian|Pakistani|Afghan|Iraqi|Saudi|Egyptian|Jordanian|Lebanese|Syrian|Turk|Russian|Ukrainian|Pole|Nigerian|Kenyan|Somali|Ethiopian|Malian|Algerian|Moroccan|Tunisian|Libyan|Israeli|Palestinian|Iranian|Yemeni|Sudanese|Ugandan|Tanzanian|South African|New Zealander|Thai|Malaysian|Indonesian|Bangladeshi|Nepali|Sri Lankan';
/**
 * The region told after a place, as an aside: ", Vell Province", ", North Tarn State" (capitalized words, then a word
 * of a region; the words of the region are looked for as written).
 */
export const REGION_APPOSITIVE =
  "(?:,\\s+(?:[A-Z][\\w'’-]+\\s+){1,3}(?:Province|Region|District|State|Governorate|County|Department|Prefecture|Municipality|Oblast|Division)(?=,|\\s+and\\s))";
const FORCES = '(?:soldiers|troops|policemen|police officers|sailors|marines|gendarmes|servicemen|conscripts)';
const FORCES_AFTER = new RegExp(`^\\s+(?:[A-Za-z-]+\\s+)?${FORCES}\\b`);
const FORCES_BEFORE = new RegExp(
  `\\b${FORCES}\\s+(?:were\\s+|had been\\s+)?(?:killed|wounded|injured|dead)\\b[^.;]{0,20}?\\s+and\\s+$`,
);
/** Whether the figure at `start` counts members of a force taken by their attackers ("73 soldiers were captured"). */
function forcesTaken(text: string, start: number, figure: string): boolean {
  const end = start + figure.length;
  // (A figure before a verb of its own counts the forces named before it: "… were killed and 73 were captured".)
  return (
    FORCES_AFTER.test(text.slice(end, end + 40)) ||
    // ("185 soldiers were killed and 73 captured": the verb left out.)
    (/^\s+(?:were|was|had been|captured)\b/.test(text.slice(end, end + 16)) &&
      FORCES_BEFORE.test(text.slice(Math.max(0, start - 80), start)))
  );
}
// ("held 14 hostages at a school, two of whom were killed": of those held, the ones killed.)
const OF_WHOM_DIED = new RegExp(
  `\\b(${NUMBER_PATTERN}) of whom (?:later |subsequently )?(?:died|succumbed|(?:were|was) (?:later |subsequently )?(?:killed|executed|shot dead|beheaded))\\b`,
  'i',
);
// The wounded of a toll who died, told right after their figure, where a death toll was read too: "killing two and
// wounding five, one of whom, a girl, later died" (three dead). In `shown`, where the aside still stands.
const WOUNDED_WHO_DIED = new RegExp(
  `,\\s+(${NUMBER_PATTERN}) of (?:them|whom)(?:,\\s+[^,;.()]{1,40},)?\\s+(?:later |subsequently |also )?(?:died|succumbed)\\b`,
  'gi',
);
// The toll told item by item: "the dead were three guards, two civilians and both drivers".
const WORDY_TOLL =
  /\b(?:dozens|scores|hundreds|thousands|several|many|numerous|an unknown number)\b[^.;]{0,30}\b(?:killed|dead|died|lives)\b|\b(?:killed|killing)\s+(?:dozens|scores|hundreds|several|many|an unknown number)\b/i;
// Who a victim named by a noun worked for, up to the next of a list: " working for a construction company", " working
// on a rehabilitation project".
const WORKING_FOR =
  /^\s+(?:working|employed|serving)\s+(?:for|with|as|at|in|on)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=,?\s+and\s)/;
// A toll of them all told with the parts: "in all, two people died", "a total of 10".
const TOTAL_TOLD = /\b(?:in all|in total|altogether|a total of|combined|between them|together)\b/i;
// One person killed with the one a clause names, right after the verb: " with a companion".
const KILLED_WITH_ONE =
  /^\s+with\s+an?\s+(?:companion|associate|colleague|comrade|bodyguard|aide|relative|accomplice)\b(?!s|['’])/;
// The second of two told one after the other, each with its own toll: "the first killed …, and the second … killed".
const FIRST_THEN_SECOND = /\bthe first\b[^.;]{0,200}?((?:,\s+(?:and|while)\s+|;\s+|,\s+|\s+and\s+))(?=the second\b)/i;
// Some of the dead, listed: no second account of a toll told before it.
const SOME_OF_THE_DEAD = /^the (?:dead|victims) included\b/i;
// ("the dead included 39 police officers and seven civilians", "The dead included 31 civilians and the five attackers".)
// ("The dead included Azahari and an associate", "the dead were the bomber and two police officers": a name, or the
// attacker, is one; so is "his bodyguard" or "Roe's driver", not "his bodyguards".)
const DEAD_ITEM = `(?:(?:the\\s+)?(?:${NUMBER_PATTERN}|an?|both)\\s+(?:[A-Za-z-]+\\s+){0,2}?[a-z]+(?:-[a-z]+)*|the\\s+(?:suicide\\s+)?(?:bomber|attacker|gunman|assailant|driver)|(?:his|her|their|[A-Z][\\w-]*['’]s)\\s+(?:[a-z-]+\\s+)?[a-z]+|(?!(?:The|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\\b)[A-Z][a-z][\\w'’-]*(?:\\s+(?:${PARTICLE}[- ])?[A-Z][\\w'’-]+){0,3})`;
const THE_DEAD_WERE = new RegExp(
  `\\b[Tt]he (?:dead|fatalities) (?:were|included)\\s+((?:${DEAD_ITEM}(?:,\\s+(?:and\\s+)?|\\s+and\\s+))*${DEAD_ITEM})(?=\\s*(?:[,.;)]|$))`,
);
// The words from those arrested to "along with": a few words of who they were and where ("suspected facilitators in
// Kabul,"), no clause of their own ("who were working along with").
const ALONG_WITH_LEAD =
  "^(?:\\s+(?!(?:who|which|that|in|at|near|during|after)\\b)[a-z][\\w'’-]*){0,5}?(?:\\s+(?:in|at|near)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)?(?:\\s+on\\s+[A-Z][a-z]+\\s+\\d{1,2})?,?\\s+(?:along|together) with\\s+";
// One person named after those arrested: ", along with Mawlawi Mohammad Yunus", " in Tarn, together with the alleged
// cell leader Omar Bessa" (a name, not "Tarn Police", "Omar Tal's car" or a month).
const ARRESTED_ALONG_WITH = new RegExp(
  `${ALONG_WITH_LEAD}(?:the\\s+(?:alleged\\s+|suspected\\s+)?(?:[a-z-]+\\s+){0,2}?(?:leader|coordinator|commander|chief|mastermind|financier|head|ringleader|organizer|recruiter|emir)\\b(?!s|['’])(?!\\s+[A-Z])|(?:the\\s+(?:alleged\\s+|suspected\\s+)?(?:[a-z-]+\\s+){0,2}?(?:leader|coordinator|commander|chief|mastermind|financier|head|ringleader|organizer|recruiter|emir)\\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)[A-Z][a-z]+(?:\\s+(?:${PARTICLE}[- ])?[A-Z][\\w'’-]+)+(?![\\w'’-])(?!\\s+(?:Police|Army|[Ff]orces|[Gg]roup|[Ff]ront)\\b)(?!\\s+[a-z]+s\\b))`,
);
// (Also one named by a role only: ", along with the alleged coordinator of the attack".)
// Others counted after those arrested: ", along with two accomplices", " along with five others", ", along with three of
// their wives".
const ARRESTED_ALONG_WITH_FIGURE = new RegExp(
  `${ALONG_WITH_LEAD}(${NUMBER_PATTERN})\\s+(?:others|accomplices|associates|relatives|companions|of (?:his|her|their) [a-z]+)\\b`,
);
const WOUNDED_THEN_DIED =
  /^\s+(?:(?!(?:and|or|but|in|when|while|as)\b)[a-z-]+\s+(?:(?!(?:and|or|but)\b)[a-z-]+\s+)?(?:later\s+|subsequently\s+)?|(?:in|during|by|at|from|on)\s+[^.;,]{0,40}?\s+(?:later|subsequently)\s+)(?:died|succumbed)\b/;
// "one … and the other": the second of two.
// (Not the other told with a fate of its own: "One was killed and the other was wounded".)
const THE_OTHER =
  /^[^,.;]{0,40}?\band the other\b(?!(?:\s+(?:two|three|four|five|six|\d{1,3}))?(?:\s+(?:was|were|had been))?\s+(?:\w+ly\s+)?(?:killed|died|dead|wounded|injured|hurt|unhurt|unharmed|arrested|captured|detained|freed|released|rescued|survived|escaped|surrendered|fled)\b)/;
// A unit of time right after a figure: " days later", " hours after".
const TIME_AFTER =
  /^\s+(?:days?|weeks?|months?|years?|hours?|minutes?|nights?)\s+(?:later|earlier|after|before|ago|afterwards?)\b/;
// (Case-sensitive: a place's name is capitalized.)
// A place, then "and" and a figure for another place: " in Tarn and four" in "were killed in Tarn and four in Ulma".
// ("Eight people were killed at the central market and four at the bus terminal": sites of one town, each with its own.)
const SITE_NOUN =
  '(?:[a-z-]+\\s+){0,2}(?:market|terminal|checkpoint|cafe|café|camp|mosque|church|station|school|hotel|base|bazaar|hospital|shrine|temple|square|office|compound|airport|stadium|mall|restaurant|bus stop|gate|post)\\b';
// ("Two people died in the first blast and five in the second": the events of one attack told by their order.)
const ORDINAL_EVENT =
  '(?:first|second|third|initial|other|later|latter|former)(?:\\s+(?:blast|bomb|bombing|explosion|attack|device|car bomb|incident|strike))?\\b';
const PLACE_AND_FIGURE = new RegExp(
  `^\\s+(?:in|at|near)\\s+(?:the\\s+|an?\\s+)?(?:[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2}${REGION_APPOSITIVE}?|${SITE_NOUN}|(?<=the\\s+)${ORDINAL_EVENT}),?\\s+and\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})(?=\\s+(?:more\\s+|others?\\s+|people\\s+)?(?:in|at|near)\\s+(?:the\\s+|an?\\s+)?(?:[A-Z][\\w'’-]*(?![\\w'’-])(?:\\s+[A-Z][\\w'’-]*(?![\\w'’-])){0,2}|${SITE_NOUN}|(?<=the\\s+)${ORDINAL_EVENT})(?!\\s+(?:were|was|had|have|has|fled|remain(?:ed|s)?|are|is|went|escaped)\\b))`,
);
// ("two Belgian women and their two Yemeni drivers": the others' own, counted by a figure.)
// (", an insurgent network," after those of a group: what the group is, no one more.)
// ("wounded three service members, one critically": how badly some of them were hurt, no one more.)
const GROUP_ASIDE = String.raw`(?:,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:network|cell|group|organi[sz]ation|movement|faction|militia|wing|branch|affiliate|outfit)(?=,\s+and\s))`;
// (", one critically," after a list's item: how badly some of them were hurt, before the next item.)
const HURT_ASIDE = String.raw`(?:,\s+(?:one|two|three|four|five|\d{1,2}|most|all)(?:\s+of\s+them)?\s+(?:critically|seriously|severely|gravely|badly|slightly|lightly)(?=,\s+and\s))`;
const LIST_ITEM = new RegExp(
  `^(${VICTIMS}${REGION_APPOSITIVE}?${GROUP_ASIDE}?${HURT_ASIDE}?)(?:(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|\\s+as well as\\s+)(?:(?:their|his|her)\\s+(?!(?:(?!(?:who|whom|which|that)\\b)[\\w'’-]+\\s+){1,3}?(?:were|was|had|escaped|fled|surrendered|survived|remained)\\b))?(${QUALIFIER_PATTERN}${NUMBER_PATTERN}(?!(?<=,\\s+\\S+)(?<!\\b(?:in|at|near)\\s+[^,;.]{1,40},\\s+\\S+)\\s+(?:in|at|near)\\s+(?:the\\s+)?[A-Z])|(?:another|(?<=\\band\\s)the)(?=\\s+(?:[A-Za-z.-]+\\s+){0,2}?${PERSON}\\b(?!s)(?!\\s+(?:was|had)\\b)(?!\\s+were\\b(?<=\\bthe\\s[^,;.]{1,40}))))(?!\\s+${NOT_PEOPLE})(?!\\s+(?:critically|seriously|severely|gravely|badly|fatally|mortally|slightly|lightly)\\b)(?!\\s+(?:of them\\s+)?(?:in|at|from|by)\\s+the\\s+(?:first|second|third|fourth|former|latter|initial|earlier|later)\\b)(?!(?<=,\\s*one)\\s+of\\s+(?:them|whom|the\\s+(?:most|worst|[a-z]+est|first|last|latest)\\b))|,?\\s+and\\s+(an?(?!\\s+(?:week|day|month|year|hour|minute|time|few|number|total|series|couple)s?\\b)(?!\\s+(?:[\\w'’-]+\\s+){0,2}?(?:bombs?|bombings?|attacks?|raids?|ambush(?:es)?|shootings?|assaults?|(?:air ?)?strikes?|clash(?:es)?|operations?|incidents?|sieges?|blasts?|explosions?|explosives?|devices?|grenades?|rockets?|mortars?|shells?|cars?(?!\\s+(?:drivers?|owners?)\\b)|vehicles?|trucks?(?!\\s+drivers?\\b)|fires?|gunfights?|firefights?|maps?|caches?|stockpiles?|quantit(?:y|ies)|amount|sums?|weapons?|guns?|rifles?|pistols?|ammunition|documents?|computers?|laptops?|phones?|materials?|equipment|money|cash)\\b)(?!\\s+(?:[\\w'’-]+\\s+){0,2}?(?:shop|store|market|church|mosque|school|house|home|hotel|restaurant|cafe|café|bar|kiosk|stall|bakery|pharmacy|nightclub|synagogue|checkpoint|station|camp|base|office|temple|shrine|bank|hospital|compound|mall|stadium|square|bus stop)\\b(?!\\s+(?:[a-z]+\\s+)?(?:owner|keeper|guard|worker|employee|official|teacher|driver|vendor|imam|priest|pastor|master|manager|staff|clerk|attendant|customer|patron|student|pupil|doctor|nurse|commander|chief|officer)s?\\b))(?!\\s+(?:[\\w'’-]+\\s+){0,2}?(?:escaped|fled|survived|got away|surrendered|was (?:arrested|captured|detained))\\b)|the(?=\\s+(?:[a-z-]+(?:['’]s)?\\s+){0,2}(?:driver|pilot|bomber|attacker|gunman|assailant|guard|conductor|owner|imam|priest)\\b(?!s)|\\s+(?:[a-z0-9-]+\\s+){0,2}(?:${KIN})\\s+of\\s))|(?:,?\\s+(?:and|along with|together with)|,)\\s+(?:their|his|her)\\s+(?:[A-Za-z-]+\\s+){0,2}?(${KIN_ITEM})|,\\s+(?:and\\s+)?(an?)(?=\\s+(?:[A-Za-z-]+\\s+){0,2}?${PERSON}\\b(?!s)(?!\\s+(?:network|cell|group|organi[sz]ation|movement|faction|militia|wing|branch|affiliate|outfit|ring|coalition|alliance)s?\\b)|\\s+(?:${NATIONALS})\\b)|,?\\s+(?:and|as well as|in addition to)\\s+(himself|herself|themselves))(?=[\\s,.;]|$)`,
  'i',
);
// (", an insurgent network": a person's noun before a body's is no person.)
// The next item of a list that follows another with no words of its own: ", their Nigerien guide and their driver", ",
// and a guard" (the groups of LIST_ITEM, those of a figure empty).
const LIST_KIN = new RegExp(
  `^()(?:(?!)()|(?!)()|(?:,?\\s+(?:and|along with|together with)|,)\\s+(?:their|his|her)\\s+(?:[A-Za-z-]+\\s+){0,2}?(${KIN_ITEM})|,?\\s+and\\s+(an?|another|the)(?=\\s+(?:[A-Za-z.-]+\\s+){0,2}?${PERSON}\\b(?!s)))(?=[\\s,.;])`,
  'i',
);
// Some of a nation, as an item of a list: "three Moroccans", "two Indian nationals".
const NATIONALS_ITEM = new RegExp(
  `^\\s*(?:and\\s+)?${NUMBER_PATTERN}\\s+(?:[A-Z][a-z]+\\s+)?(?:[A-Z][a-z]+(?:ans|ese|is|ish|ch|s)|nationals|citizens)\\b`,
  'i',
);
// The first of a list told by a nation's people, not a region's: "two Syrians", not "two Europeans".
const FIRST_OF_A_NATION = new RegExp(`^\\s+(?:(?:${NATIONALS})s|[A-Z][a-z]+ese)\\b`);
// One or some of a nation, told by the nation's name itself (not "two soldiers"): "an Iraqi", "three Malians".
const NATION_ITEM = new RegExp(
  `^\\s*(?:and\\s+)?(?:[Aa]n?\\s+(?:${NATIONALS})|(?:${NUMBER_PATTERN})\\s+(?:[A-Z][a-z]+(?:ans|ese|is|ish|ch)|(?:${NATIONALS})s?))\\b`,
);
// One person of a nation, as an item of a list: "a Dane", "an Australian", "a dual Korvel-Bessa citizen".
const NATIONAL_ITEM = new RegExp(`^\\s*an?\\s+(?:dual\\s+)?(?:[\\w-]+\\s+)?(?:${NATIONALS}|citizen|national)\\b`, 'i');
// What follows an item when the list goes on: ", and two police officers", " and a guard".
const LIST_GOES_ON =
  /^(?:\s+[a-z-]+){0,3}?(?:,?\s+(?:and|as well as)\s|,\s+(?:an?|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/** The next item of a list of victims at the start of `rest`, or null. */
function listItem(rest: string): RegExpExecArray | null {
  return LIST_ITEM.exec(rest) ?? LIST_KIN.exec(rest);
}
/**
 * The list item that starts at `at` in `text`, read in a window of the text after it (a copy of the whole rest for each
 * item of each figure made a long text of lists quadratic); an item that would reach the window's end is none.
 */
function listItemAt(text: string, at: number): RegExpExecArray | null {
  const window = text.slice(at, at + LIST_WINDOW);
  const item = listItem(window);
  const reachesEnd = item !== null && item.index + item[0].length > LIST_WINDOW - 100 && at + LIST_WINDOW < text.length;
  return reachesEnd ? null : item;
}
const LIST_WINDOW = 600;
// The words of one counted by "a", "an" or "the" in a list, up to where they end: " 17-year-old girl", " driver".
const ONE_NAMED_AFTER =
  /^(?:\s+(?!and\b)[\w'’-]+){1,3}?(?=\s*(?:[,.;]|$)|\s+(?:and|in|at|near|on|who|whose|from|of|as|during|while|when|after|before)\b)/;
// One more after a list's figure, told by a noun and a name: " and cameraman Ann Roe" (case as written).
const NOUN_AND_NAME_AFTER = new RegExp(
  `^(?:\\s+(?!and\\b)[a-z][a-z'’-]*){0,3}?\\s+and\\s+(?:(?:[a-z-]+\\s+)?(?:${PERSON}|cameraman)|(?:Colonel|Major|Captain|General|Lieutenant|Sergeant|Brigadier|Commander|Judge|Governor|Mayor|Senator))\\s+[A-Z][\\w'’-]+(?:\\s+(?:${PARTICLE}[- ])?[A-Z][\\w'’-]+){1,3}(?<!['’]s)(?![\\w'’-])(?!\\s+(?:was|were|had|has|survived|escaped|fled)\\b)`,
);
// The attackers counted before a toll: "Two suicide bombers", "two of them detonated their vests" (not "the trial of 12
// militants").
const ATTACKERS_COUNTED = new RegExp(
  `(?<!\\bof\\s)\\b(${NUMBER_PATTERN}|[Tt]win)\\s+(?:of them|(?:(?:[a-z-]+|[A-Z][\\w'’-]*)\\s+){0,3}?(?:bombers|attackers|gunmen|assailants|militants|terrorists|fighters|insurgents|jihadists|girls|boys|teenagers))\\b`,
  'gi',
);
// (The couple who did it, not the one harmed: "gunmen attacked a young couple in Velko, killing 14 people and themselves".)
const COUPLE =
  /(?<!\b(?:attacked|killed|shot|targeted|kidnapped|abducted|stabbed|injured|wounded|murdered)\s)\b[Aa] (?:married |young )?couple\b(?=[^.;]{0,100}?\b(?:detonated|blew|opened fire|attacked|carried out|set off|stabbed|drove|rammed|struck|bombed)\b)/;
const ATTACKER_NOUN = /\b(?:bombers|attackers|gunmen|assailants|militants|terrorists|fighters|insurgents|jihadists)\b/i;
/** The count a match of ATTACKERS_COUNTED tells ("twin suicide bombers": two). */
function attackerCount(m: RegExpMatchArray): string | undefined {
  return /^twin$/i.test(m[1] ?? '') ? 'two' : m[1];
}
/** The last count of attackers in the clause before a toll (after the last semicolon or full stop). */
function attackersCounted(before: string): string | undefined {
  // (Else the last in the text before: "Two bombers struck a market. They detonated their vests, killing 20 people and
  // themselves.")
  const clause = before.slice(Math.max(before.lastIndexOf('; '), before.lastIndexOf('. ')) + 1);
  let last: string | undefined;
  for (const m of clause.matchAll(ATTACKERS_COUNTED)) last = attackerCount(m);
  // (Not where the clause names the attackers without a count: "suicide bombers among them blew themselves up".)
  if (last === undefined && !ATTACKER_NOUN.test(clause))
    for (const m of before.matchAll(ATTACKERS_COUNTED)) last = attackerCount(m);
  // ("a married couple detonated a bomb at the gate of a cathedral, killing themselves": two.)
  if (last === undefined && COUPLE.test(clause)) last = 'two';
  return last;
}
// An item of a list before the last two, closed by a comma: "Eleven soldiers, " in "Eleven soldiers, three hostages and …".
// (Not a span of time or things: "over the next three days, 30 militants and two soldiers were killed" is 32.)
const LIST_PRIOR = new RegExp(
  `(?:^|[^\\w'’-])((${NUMBER_PATTERN}|an?)(?!\\s+${NOT_PEOPLE})${VICTIMS_SHORT}),\\s+$`,
  'i',
);
const LIST_CHAIN = new RegExp(
  `(?:^|[^\\w'’-])((?:(?:${NUMBER_PATTERN}|an?)(?!\\s+${NOT_PEOPLE})${VICTIMS_SHORT},\\s+){2,4})and\\s+$`,
  'i',
);
// (Not others told with a fate of their own: "…were killed in the clashes, and twelve others were wounded".)
const OTHERS = new RegExp(
  `\\b(?:killing|killed|murdered|murdering)\\s+(?!${QUALIFIER_PATTERN}${NUMBER_PATTERN}\\b)(?:(?!wound|injur)[\\w.'’-]+,?\\s+){1,24}?and\\s+${QUALIFIER_PATTERN}(${NUMBER_PATTERN}) other(?:s|\\s+(?:(?:senior|junior|armed|suspected|alleged)\\s+)?(?:civilians|people|persons|soldiers|officers|policemen|police officers|worshippers|passengers|villagers|children|men|women|members|guards|workers|students|tourists|pilgrims|militants|fighters|insurgents|gunmen|attackers|terrorists|commanders|leaders|officials|bodyguards|associates|relatives|companions|accomplices))\\b(?!\\s+(?:were|was|had been)\\s+(?:\\w+ly\\s+)?(?:wounded|injured|hurt|hospitali[sz]ed|treated|kidnapped|abducted|arrested|rescued|freed|missing)\\b)`,
  'i',
);
// What a victim had, never a victim: "killed Ann Roe and torched his car" (not "his shop assistant", a person).
const POSSESSION =
  'car|vehicle|truck|lorry|motorcycle|motorbike|bicycle|boat|house|home|shop|store|stall|office|business|property|farm|field|compound|residence|belongings|money|phone|bag|luggage|livestock|cattle|herd|flock|land';
// "Ann Roe and three others were killed", "his driver and eight others were killed": the one named and the others.
// (Not a place: "… killed in the clashes in Tarn, and twelve others were wounded".)
// ("the minister and 30 others were wounded", "the president and two of his bodyguards suffered light injuries": the
// wounded, in group 1.)
const NAMED_AND_OTHERS = new RegExp(
  `(?:\\b(?<!\\b(?:${NUMBER_PATTERN}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Many|Dozens|Scores|Hundreds)\\s)(?<!\\b(?:in|at|near|outside|from|of|to|across|around)\\s(?:[A-Z][\\w'’.-]+\\s)?)(?!(?:The|They|He|She|It|We|Police|Authorities|Officials|Troops|Soldiers|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Many|Dozens|Scores|Hundreds)\\b)[A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){0,4}|\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[a-z-]+\\s+){0,2}?(?!(?:${POSSESSION})\\b)[a-z]+|\\b[Tt]he\\s+(?:[a-z-]+\\s+){0,2}?${PERSON}(?![\\w-])|\\b[Aa]n?\\s+(?:[a-z-]+\\s+){0,2}?${PERSON}(?![\\w-])(?=,?\\s+and\\s+(?:his|her|their)\\s)),?\\s+and\\s+(?:${QUALIFIER_PATTERN}(?:${NUMBER_PATTERN})\\s+(?:others|of\\s+(?:his|her|their)\\s+[a-z]+|(?:other\\s+)?(?:associates|companions|accomplices|bodyguards|guards|relatives|aides|militants|fighters))|(?:his|her|their)\\s+(?:${NUMBER_PATTERN})\\s+(?:[a-z-]+\\s+)?[a-z-]+s)\\s+(?:(?:were|had been|have been)\\s+(?:killed|shot dead)|(?:also\\s+)?died|((?:were|had been|have been)\\s+(?:\\w+ly\\s+)?(?:wounded|injured|hurt)|suffered\\s+(?:[a-z]+\\s+)?(?:injuries|wounds)))\\b`,
);

// "resulting in no casualties", "caused property damage but no casualties", "without casualties".
export const NO_CASUALTIES =
  /\b(?:no|without(?: causing)?(?: any)?) (?:(?:immediate|reported|known|further|other) )?(?:reports? of (?:any )?)?(?:casualties|injuries or deaths|deaths or injuries)\b|\b(?:prevented|averted|avoided) (?:any )?casualties\b(?!\s+(?:among|from|to|in|on)\b)|\bwithout (?:causing )?(?:any )?injuries\b|\bwithout (?:injuring|hurting|harming|wounding) (?:anyone|anybody)\b|\b(?:no one|nobody)(?: else)? was (?:(?:reported|believed|thought|known|said) (?:to have been )?)?(?:killed or )?(?:hurt|harmed|injured|wounded)\b|\b(?:none of (?:which|them|these|those|the [a-z]+)|neither(?: (?:attack|blast|explosion|bomb|incident)| of (?:them|the (?:attacks|blasts|explosions|bombs|incidents)))?) (?:caused|causing|resulted in) (?:any )?casualties\b(?!\s+(?:among|to|in|on)\b)|\ball (?:\d+ |[a-z]+ )?(?:[a-z-]+ )?(?:crew members|crew|passengers|occupants|people|staff|workers|guests)(?: on board| aboard| inside)? (?:were|escaped) (?:unharmed|unhurt|uninjured)\b/i;
// A sentence that denies deaths: "No one was killed", "there were no deaths", "no fatalities", "Nobody was reported
// killed".
const NO_DEATHS =
  /\b(?:no one|nobody|none) (?:else )?(?:was|were|had been|has been) (?:(?:reported|believed|thought|known|said) (?:to have been )?)?killed\b|\bnone of (?:whom|them) (?:later )?(?:died|(?:was|were) killed)\b|\bkill(?:ed|ing) (?:no one|nobody)\b(?!\s+(?:else|but(?!\s+(?:injur|wound|hurt|left))|except|other than|apart from|besides)\b)|\bno (?:deaths|fatalities|one died)\b|\bwithout (?:any )?(?:loss of life|fatalities)\b|\bno lives were lost\b|\bden(?:ied|ying|ies) (?:(?:media |press |the )?reports? )?that (?:anyone|anybody) (?:had |was |had been )?(?:killed|died)\b/i;
// "damaging a car but hurting no one".
// ("none of the passengers was hurt": the same, of those named.)
const NO_INJURIES =
  /\b(?:no one|nobody|none(?: of (?:the|its|their)\s+(?:[a-z]+ )?[a-z]+| of them)?)(?: else)?(?: aboard| on board| (?:on|in|at|aboard|inside) (?:the|a) [a-z]+)? (?:was|were) (?:\w+ly )?(?:(?:reported|believed|thought|known|said) (?:to have been )?)?(?:injured|wounded|hurt|harmed)\b|\bno (?:injuries|one was injured)\b|\b(?:hurting|injuring|harming|wounding|hurt|injured|harmed|wounded) (?:no one|nobody|none)\b(?!\s+(?:of|too)\b)|(?:^|(?<=[.;]\s))no (?:[a-z-]+ )?(?:officers|soldiers|policemen|police officers|civilians|passengers|crew members|worshippers|students|guards|personnel|troops) (?:was|were) (?:\w+ly )?(?:injured|wounded|hurt|harmed)\b/i;
// A word that tells of a death, denied or not ("killed", "died", "fatalities", "lives", "bodies").
const TELLS_DEATH =
  /\b(?:kill|dead|died|dies|dying|death|fatal|murder|execut|behead|assassin|lives|bodies|corpses|slain|massacr)/i;
// "no embassy staff or local police were injured": a group denied hurt, counted 0 only where the text tells no other
// hurt and no deaths.
// ("damaged a UNIFIL vehicle; the Tanzanian soldiers inside were unhurt": the same, told of those there; "fired at a
// soldier …. The soldier was not injured": so of the one.)
const NO_GROUP_HURT =
  /\bno\s+(?:[A-Za-z-]+\s+){1,3}?(?:or\s+(?:[A-Za-z-]+\s+){1,3}?)?(?:was|were)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|harmed)\b|\bthe\s+(?:[A-Za-z-]+\s+){1,3}?were\s+(?:all\s+)?(?:unhurt|unharmed|uninjured)\b|\bthe\s+(?:[a-z-]+\s+)?(?:officer|soldier|policeman|policewoman|guard|driver|ambassador|minister|governor|official|commander|mayor|president|judge|journalist|target)\s+(?:was|had been)\s+(?:not\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|harmed)|unhurt|unharmed|uninjured)\b/i;
// "no soldiers were killed": the deaths of a group denied (0 dead where the text tells no death of anyone else).
// (Only where the wounded of that group are told after it: "… but two were wounded".)
const NO_GROUP_KILLED =
  /\bno\s+(?:[A-Za-z-]+\s+){1,3}?(?:or\s+(?:[A-Za-z-]+\s+){1,3}?)?(?:was|were)\s+(?:\w+ly\s+)?(?:killed|shot dead)(?=,?\s+(?:but|although|though)\s+[^.;]{0,40}?\b(?:wounded|injured|hurt)\b)/i;
// "a priest and five worshippers died": one person named by a noun opens the list too.
// (Or a role of a unit: "the commander of the 7th Division", then his name.)
const PERSON_LAST = new RegExp(
  `\\b${PERSON}(?:\\s+of\\s+(?:the\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3})?$`,
  'i',
);
// ("his brother and five guards were killed": one of kin, named by whose he was.)
const OTHER_FATE = /\b(?:blew|died|killed|dead|detonated|shot dead)\b/i;
const LIST_BEFORE = new RegExp(
  `\\b(?:(${NUMBER_PATTERN})${VICTIMS_SHORT}|(an?|his|her|their|the)\\s+(?:[A-Za-z'’-]+\\s+){0,4}?${PERSON})\\s+and\\s+(?:(?:their|his|her)\\s+)?$`,
  'i',
);
// One person named by where they are from: "a Norwegian", "an Iraqi", "a Briton", "a Pakistani".
const DEMONYM = '[A-Z][a-z]+(?:an|ani|ese|i|on)';
// One victim named by a noun or a name: "killing an American civilian contractor", "the murder of a police
// officer", "the November 4 killing of FARC Supreme Commander Guillermo Leon Saenz Vargas", "beheaded his employer",
// "the deaths of British national Ann Smith".
// One name alone, told where the victim stands: "shot and killed Abouyaaqoub in a vineyard".
const ONE_NAME =
  '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)(?:(?:al|el)-)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?<!s)(?=,|\\.|\\s+(?:in|at|near|outside|on|during|after|while|and)\\s)';
// A title written as a name's first word: "Education Minister", "Major".
const TITLE = PERSON.replace(/(\(\?:|\|)([a-z])/g, (_m, at: string, c: string) => `${at}[${c.toUpperCase()}${c}]`);
// A word of a person's name: "Karim", "al-Tessa", "de Arro".
// (Accented letters count: "Villaseñor".)
const NAME_WORD = `(?:${PARTICLE}[- ])?[A-ZÀ-Þ][\\wÀ-ÿ'’.-]*`;
// The space between two words of a name, never after a sentence's end ("executed Ann Roe. The Center …"): a word of
// two lower-case letters and a period ends the sentence ("U.S.", "Dr." and "Jr." do not).
const NAME_GAP = '(?<![a-z]{2}\\.)\\s+';
// One person named with the title before the name: "senior Sorra Front operative Karim al-Tessa", "Darlo and Marlo Interior
// Minister Omar Bakri Haddou", "Spanish priest Luis De Arro", "rebel sub-commander Ali Tessa".
const TITLED_NAME = `(?:[Tt]he\\s+(?=(?:[a-z][a-z-]*\\s+){0,2}?(?:[a-z]+-)?${TITLE}\\s+[A-Z]))?(?:(?!(?:in|at|on|near|during|by|with|the|a|an|and|or|of|for|from|to|as|when|while|after|before|more|than|about|over|some|least|all|two|three|four|five|six|seven|eight|nine|ten)\\b)[a-z][a-z-]*(?:['’][a-z]+)?\\s+|${PARTICLE}-[A-Z][\\w'’]*\\s+){0,2}(?:[A-Z][\\w'’.-]*\\s+(?:and\\s+(?=[A-Z]))?){0,3}(?:(?<!\\band\\s)(?!(?:in|at|on|near|during|by|with|the|a|an|and|or|of|for|from|to|as|his|her|their|its|who|whom|was|were)\\b)[a-z][a-z-]*\\s+){0,2}(?:[a-z]+-)?${TITLE}s?(?:\\s+and\\s+(?:[a-z]+\\s+){0,2}?(?:[a-z]+-)?${TITLE})?(?:\\s+of\\s+[A-Z][\\w'’-]*)?${NAME_GAP}${NAME_WORD}(?:(?:${NAME_GAP}${NAME_WORD}){1,4}|(?=[,.;]|\\s+(?:and|in|at|near|on|during|after|while|outside|inside|to)\\s))`;
// (Not a time: "was shot dead a day after he and his wife …", "were assassinated a week before the vote".)
const TIME_NOUN = 'day|week|month|year|hour|minute|time|while|moment|short';
// (Any noun where kin follow, or after words told only of people: "shot dead a Buddhist rubber tapper and his wife",
// "gunmen shot dead a rubber tapper in Tarn".)
// One victim named by a noun: "killing an American civilian contractor", "the murder of a police officer", one more
// of those counted before told by an ordinal alone ("…; a second device exploded on July 10, killing a third"),
// "the November 4 killing of FARC Supreme Commander Guillermo Leon Saenz Vargas".
// (Not a people told in the plural, capitalized: "the killing of the Egyptian Christians" is no one named.)
// One person told by a role, then the name, before one of theirs or others: "the traditional ruler of Tarn, Omar Bakri Tal,
// (and his son)", "a Coptic Christian, Ali Tessa, (and his son)", "a French engineer, Ali Tessa, (his driver, and a
// soldier)".
// One more of those counted: "a third" (ONE_VICTIM, ONE_WOUNDED).
const ORDINAL = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const NAMED_BY_ROLE = `(?:an?|the)\\s+(?:[\\w'’-]+\\s+){0,4}?[A-Za-z][a-z-]+(?:\\s+of\\s+[A-Z][\\w'’-]+)?,\\s+(?:${PARTICLE}[- ])?[A-Z][\\w'’.-]+(?:\\s+(?:${PARTICLE}[- ])?[A-Z][\\w'’.-]+){1,4}(?=,\\s+(?:and\\s+)?(?:his|her|their|an?)\\s)`;
// An office written with a capital, as a victim is told by it: "the Minister of Internal Affairs", "Governor of Tarn".
const OFFICE_TITLE =
  '(?:Minister|Governor|Commander|Chief|Director|President|Head|Secretary|Ambassador|Consul|Commissioner|Chairman|Speaker|Emir|Mayor|Judge|Prosecutor)';
// Words of a title alone, the one named told by it: "Deputy Secretary General" (of the Peace Secretariat).
const TITLE_ONLY = new RegExp(
  `^(?:(?:Deputy|Vice|Assistant|Acting|Former|Senior|Executive|Under|General|Secretary|${OFFICE_TITLE})(?:[\\s-]+|$))+$`,
);
// An age before one named, in digits or words: "45-year-old", "four-year-old", "twenty-two-year-old".
const AGE =
  '(?:\\d{1,3}|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen)';
const ONE_VICTIM = new RegExp(
  `\\b(?:killing|killed|murdering|murdered|assassinating|assassinated|beheading|beheaded|executing|executed|shot dead|shooting dead|gunned down|gunning down|shot(?=\\s+(?:[A-Z][\\w'’-]+\\s+){0,2}(?:[a-z]+\\s+){0,2}(?:[A-Z][\\w'’-]+\\s+){1,3}dead\\b)|shot(?<!\\b(?:before|after|until|when)\\s+(?:[\\w'’-]+\\s+){1,4}shot)(?=\\s+(?:him|her)\\s+dead\\b)|shot(?=\\s+the\\s+(?:lone\\s+)?(?:gunman|attacker|assailant|bomber|hostage-taker)\\s+dead\\b)|(?:hacked|hacking|stabbed|stabbing|beat|beaten|beating|burned|burning|stoned|stoning) to death|(?<!\\b(?:tried|attempted|trying|attempting) to )(?:slit|slitting) (?:the )?throats? of|(?:stabbed|stabbing|hacked|hacking|beat|beating|bludgeoned|burned)(?=\\s[^.;]{1,100}?\\sto death\\b)|(?:stoned|stoning)(?=\\s(?:[\\w'’-]+\\s){1,4}to death\\b)|(?:killing|murder|assassination|execution|beheading|deaths?|fatal (?:shooting|stabbing|beating))(?:\\s+on\\s+[A-Z][\\w'’]*(?:\\s+[A-Z][\\w'’]*)?(?:\\s+\\d{1,2})?)? of)\\s+(?:only\\s+)?(?:${AGE}-(?:year|month|week)-old\\s+)?(?:${TITLED_NAME}|(?:him|her)(?=\\s+(?:dead|to death)\\b)|(?:his|her|their|its)\\s+(?!own\\b)[a-z-]*[a-rt-z]\\b(?!\\s+(?:and|or)\\s+(?:his|her|their|him|them)(?:sel(?:f|ves))?\\b)|(?:an?|one|another)\\s+(?!number\\b|few\\b|dozen\\b|series\\b|total\\b|couple\\b)(?:(?!(?:and|his|her|their)\\s)[a-zA-Z0-9.-]+(?:['’]s)?\\s+|\\([A-Z][\\w-]*\\)\\s+){0,5}?${PERSON}\\b|(?:an?|the)\\s+(?:${ORDINAL})(?=\\s*[,.;]|\\s+(?:in|at|near|on|during|and|when|while|as|before|after)\\b)|(?:an?|one)\\s+(?!(?:number|few|dozen|series|total|couple|${TIME_NOUN})\\b)(?:[a-zA-Z-]+\\s+){0,3}?[a-z-]+(?=\\s+and\\s+(?:his|her)\\s+(?:wife|husband|son|daughter|brother|sister|mother|father|assistant|aide|driver|bodyguard|guard|nephew|cousin|companion|colleague|deputy|secretary)\\b)|(?<=\\b(?:shot dead|assassinated|beheaded)\\s+)(?:an?|one)\\s+(?!(?:number|few|dozen|series|total|couple|family|group|crowd|busload|score|handful|pair|${TIME_NOUN})\\b)(?:[a-zA-Z-]+\\s+){0,3}?[a-z-]+(?<!s)(?=[,.;]|\\s+(?:in|at|near|on|during|outside|inside|who|as|while|and|after|before)\\b)|(?:the\\s+)?(?!(?:[A-Z][\\w'’-]*\\s+){0,2}(?:Christians|Muslims|Copts|Jews|Shiites|Shias|Sunnis|Yazidis|Hindus|Sikhs|Buddhists|Ahmadis|Catholics|Protestants|Americans|Europeans|Westerners)\\b(?!\\s+[A-Z]))(?:[A-Z][\\w'’.-]*\\s+)?(?:(?:[a-z]+\\s+){0,2}(?:(?:al-)?[A-Z][\\w'’.-]*\\s+){0,2}(?:\\d{1,3}(?:st|nd|rd|th)\\s+[A-Z][\\w'’.-]*\\s+)?(?:parliamentarian|lawmaker|blogger|activist|editor|journalist|professor|priest|cleric|judge|commander|leader|official|officer|politician|businessman|writer|publisher|deputy|national|citizen|chief|governor|mayor|personnel|analyst|commentator|researcher|scholar|lawyer|doctor|author|novelist|poet|filmmaker|artist|singer|reporter|photographer|broadcaster|preacher|imam|pastor|teacher|engineer|diplomat)(?:\\s+and\\s+(?:[a-z]+\\s+)?(?:parliamentarian|lawmaker|blogger|activist|editor|journalist|professor|priest|cleric|judge|commander|leader|official|officer|politician|businessman|writer|publisher|deputy|national|citizen|chief|governor|mayor|personnel))?\\s+(?:alias\\s+["“])?)?[A-Z][\\w'’.-]*(?:${NAME_GAP}${NAME_WORD}){1,5}|the\\s+(?:[\\w'’.-]+\\s+){0,3}?${PERSON}\\b(?!s)(?!['’]s\\b)|the\\s+(?:(?:[A-Z][\\w'’-]+|army|military|police|navy)\\s+){0,2}${OFFICE_TITLE}(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+[A-Z][\\w'’-]*|\\s+and|\\s+of|\\s+the)+)?(?=,\\s+[A-Z])|(?:(?:al|el)-)?[A-Z][\\w.-]*['’]s\\s+(?:[a-z-]+\\s+){0,2}?${PERSON}\\b(?!s)|(?:an?|one)\\s+${DEMONYM}\\b(?=[,.;]|\\s+(?:who|whom|in|at|near|and|on|during|outside|working)\\b)|(?:alias\\s+)?[“"][A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3},?[”"]|${ONE_NAME}|${NAMED_BY_ROLE})`,
);
// One person wounded, named by a noun, "another" or a name: "wounding another", "injuring a police officer",
// "seriously wounding Frank Gardner".
// ("wounding her father and brother": her kin, not her.)
// ("wounded his cameraman", "injuring its director": one of theirs, by role.)
const ONE_WOUNDED = new RegExp(
  `\\b(?:wounding|wounded|injuring|injured)\\s+(?:only\\s+)?(?:(?:him|himself|herself|her(?!\\s+(?:[a-z-]+\\s+)?(?:${KIN})s?\\b))\\b|the\\s+(?:[a-z'’-]+\\s+){0,2}?${PERSON}\\b(?!s|['’]s\\b)(?:\\s+of\\s+(?:an?|the|his|her)\\s+(?:[A-Za-z-]+\\s+){0,2}?${PERSON}\\b(?!s)|\\s+of\\s+the\\s+(?:[A-Za-z-]+\\s+){0,3}?[^\\s,;.]+(?=,\\s+(?:his|her|their|an?|two|three|four|five)\\s))?|another\\b(?!\\s+(?:${NUMBER_PATTERN})\\b)(?:\\s+(?:[a-z-]+\\s+)?${PERSON}\\b(?!s))?|the (?:suicide )?(?:bomber|attacker|gunman|assailant)\\b|an?\\s+(?:${ORDINAL})\\b(?!\\s+(?:time|day|week|attack|bomb|blast|explosion|device)s?\\b)(?!\\s+of\\b)|(?:his|her|their|(?:the\\s+)?[\\w-]+['’]s) (?:[A-Z][a-z]+ )?(?:[\\w-]+-year-old )?(?:${KIN_ITEM}|${KIN})\\b(?!s)|(?:his|her|its|their) (?:[a-z-]+ )?(?:cameraman|director|manager|deputy|photographer|spokesman|owner|editor|producer|chairman|president|principal|headmaster|imam|priest|pastor)\\b(?!s)|the\\s+(?:[A-Z][\\w'’-]+\\s+){0,3}(?:Commander|Governor|Minister|Mayor|Chief|Director|President|Head|Secretary|Ambassador|Consul|Commissioner|Chairman|Speaker|Emir)(?=,\\s+(?:[A-Z][\\w'’.-]+\\s+){1,5}?[A-Z][\\w'’-]+,\\s+and\\s|\\s+and\\s+\\S+\\s+others\\b)|(?:an?|one)\\s+(?!number\\b|few\\b|dozen\\b|total\\b|couple\\b)(?:[a-zA-Z0-9.-]+\\s+){0,3}?${PERSON}\\b(?!s)|(?:[A-Z][\\w'’.-]*\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${PERSON}|[Mm]ember of [Pp]arliament|parliamentarian)\\s+(?:[A-Z][\\w'’.-]+\\s+){0,3}[A-Z][a-z][\\w'’-]*(?=[.;]|\\s+(?:in|at|near|on|during|while|before|after)\\s|\\s+and\\s+\\S+\\s+others\\b|$|,\\s+(?:in|at|near|who|when|while|after|before)\\b)|(?:[A-Z][\\w'’.-]+\\s+){0,3}[A-Z][a-z][\\w'’-]*(?=[,.;]|\\s+(?:in|at|near|on|during|while|before|after|and)\\s))`,
);
// Two people hurt, named as a pair with no figure: "Ann Roe and his driver were injured", "… was killed and his wife
// and son wounded", "Roe's driver was killed and Roe and his bodyguard were wounded".
// ("wounded him and his son": the one the sentence names and one of his.)
// ("Mr. J. Dolan, a U.S. citizen, and Mrs. A. Dolan were wounded": two named, the first by a title or with an aside of
// who he is; not "civilians in Kafr Tal and Tell Abyad were wounded", two places.)
const PAIR_WOUNDED =
  /(?<!\b[A-Z][\w'’-]+, )\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Col|Lt|Gen|Maj|Capt)x? (?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+(?:, (?:an?|the|his|her) [^,;.]{1,60},)?|[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+, (?:an?|the|his|her) [^,;.]{1,60},) and (?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Col|Lt|Gen|Maj|Capt)x? )?[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?(?!(?:Forces|Army|Police|Guards?|Troops|Soldiers|Brigades?|Battalions?|Units?|Militias?|Fighters)\b)[A-Z][\w'’-]+,? were (?:\w+ly )?(?:injured|wounded|hurt)\b|\b(?:(?<!\b(?:of|to|for|with|by) )(?<!\b(?!(?:killed|dead|died)\b)[\w'’-]+ and )[A-Z][\w'’-]+|(?:his|her|their) [a-z-]+) and (?:his|her|their) (?:[a-z-]+ ){0,2}?[a-z]+(?<!s) were (?:\w+ly )?(?:injured|wounded|hurt)\b|\b(?:and|while) (?:his|her|their) ([a-z]+) and (?:his|her|their )?([a-z]+)(?<!s) (?:were )?(?:\w+ly )?(?:injured|wounded|hurt)\b|\b(?:wounded|wounding|injured|injuring) (?:him|her) and (?:his|her) (?:[a-z-]+ )?(?:wife|husband|son|daughter|brother|sister|mother|father|driver|bodyguard|guard|secretary|aide|assistant|nephew|cousin)\b(?!s)/;
// "stabbed three police officers at a traffic post": those stabbed and not killed are wounded, where the text gives no
// other wounded figure ("stabbed two guards, wounding both" is one account of them).
// ("two police officers were stabbed in Lusmara by a man who was arrested": the same, told of them.)
const STABBED = new RegExp(
  `\\b(?:stabbed|stabbing)\\s+${N}\\b(?!\\s+(?:[\\w-]+\\s+){0,3}?to death)|(?<!\\b(?:${MONTHS})\\s)\\b${N}\\s+(?:[a-z-]+\\s+){0,3}?(?:were|had been)\\s+(?:\\w+ly\\s+)?stabbed\\b(?!\\s+(?:[\\w-]+\\s+){0,3}?to death)(?![^.]{0,100}\\b(?:died|killed|succumbed|dead)\\b)`,
  'i',
);
// One person who died, named by a noun or counted as one of those named: "a non-commissioned officer died", "wounding
// four children, one of whom, a two-year-old girl, later died".
const ONE_DIED = new RegExp(
  `\\b(?:(?:an?|one) (?:[\\w'’-]+ ){0,3}?${PERSON}(?: (?:with|from|of|who had|known for) [^,;.]{1,50}?)?|one of (?:them|whom)(?:, [^,;.]{1,40},)?) (?:later |also |subsequently )?(?:died|lost (?:his|her) life)\\b`,
  'i',
);
// Two people named and then killed: "Ann Roe and Paul Lee were abducted outside a house in Kidal and killed",
// "aid worker Ann Roe and his driver were shot and killed".
// ("Ann Roe and his 18-year-old son, Ali, were shot and killed": the second by kin, then the name.)
// ("Ann Roe and the director of Tarn Radio, Omar Tal, were killed": the second told by a role, then the name; "Hapilon
// and Omar Maute were killed": the first by one name.)
const NAMED_PAIR_KILLED = new RegExp(
  String.raw`\b(?:[A-Z][\w'’-]+ [A-Z][\w'’-]+|(?<![\w'’-] )(?!(?:The|A|An|Police|Soldiers|Troops|Gunmen|Militants|Attackers|Both|Two|Three|Four|Five|Several|Many|Some|Civilians|Officers)\b)[A-Z][a-z]{3,}(?= and [A-Z][\w'’-]+ [A-Z][\w'’-]+,? were)) and (?:[A-Z][\w'’-]+ [A-Z][\w'’-]+|(?:his|her|their) (?:[A-Za-z0-9-]+ ){0,2}?(?:driver|bodyguard|guard|guide|interpreter|translator|wife|husband|son|daughter|brother|sister|colleague|companion|assistant|cameraman|partner|nephew|niece|cousin|father|mother|uncle|aide|escort|secretary)(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3},)?|the (?:director|head|chief|editor|leader|commander|founder|owner|president|spokesman|secretary|mayor|governor|manager|publisher|imam|principal) of [^,;.]{1,60}?, [A-Z][\w'’-]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+){1,3},),? were (?:[^.;]{0,100}? and )?(?:killed|shot dead|murdered|executed)\b|\b(?:his|her|their) (?:[a-z-]+ ){0,2}?[a-z]+ and (?:(?:his|her|their)|an?) (?:[a-z-]+ ){0,2}?[a-z]+(?<!s) were (?:\w+ and )?(?:killed|shot dead|murdered)\b`,
);
// Others killed with the victims of a figure: ", along with an estimated 220 militants and at least 42 civilians", ",
// along with two police officers and a local guard".
const ALONG_WITH_MORE = new RegExp(
  `^[^.;]{0,60}?,\\s+(?:along|together) with\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?!${NOT_PEOPLE})(?:(?!and\\b)[A-Za-z-]+\\s+){0,2}(?!wound|injur|arrest|detain|and\\b)[a-z]+(?:,?\\s+and\\s+(?:(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?!${NOT_PEOPLE})(?:[A-Za-z-]+\\s+){0,2}?(?!wound|injur|arrest|detain)[a-z]+|(an?)\\s+(?:[A-Za-z-]+\\s+){0,2}?${PERSON}\\b(?!s)))?(?=[\\s,.;])`,
  'i',
);
// One more taken with the victims: ", together with their Afghan driver".
const WITH_THEIR =
  /,\s+(?:together|along) with (?:their|his|her) (?:[A-Za-z-]+ ){0,2}?(?:driver|guide|bodyguard|interpreter|translator|escort|guard)\b(?!s)/i;
// One body found: "the beheaded body of police inspector Ann Roe … was found", "police found the body of a teacher".
const BODY_FOUND =
  /\b(?:the|a) (?:[\w-]+ )?(?:body|corpse) of (?!(?:an?|the) (?:[\w-]+ )?(?:car|vehicle|truck|bus|boat|plane|aircraft|bomb)\b)[^.;]{1,160}? (?:was|had been) (?:later )?(?:found|discovered|recovered)\b|\b(?:found|discovered|recovered) the (?:[\w-]+ )?(?:body|corpse) of\b/i;
// A figure, then one person named, who died with them: "Two suspected militants and Inspector Ann Roe of the Tarn police
// died in the shootout", "three soldiers and Sorra Front commander Ann Roe were killed".
const FIGURE_AND_NAMED_KILLED = new RegExp(
  `(?<!\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s)\\b(${NUMBER_PATTERN}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\\s+(?:(?:[a-z-]+|[A-Z]{2,6}(?:-[A-Z])?)\\s+){1,3}?and\\s+(?:(?:[A-Z][\\w'’-]*\\.?\\s+){0,3}[a-z]+\\s+)?(?:[A-Z][a-z]*\\.?\\s+)?${NAME_WORD}(?:${NAME_GAP}${NAME_WORD}){1,3}(?:,?\\s+(?:of|from)\\s+(?:the\\s+)?[^,;.]{1,50}?)?,?\\s+(?:were\\s+(?:\\w+ly\\s+)?(?:killed|shot dead)|(?:also\\s+)?died)\\b`,
);
// A toll told: "killed 30", "leaving 12 dead", "14 people died".
const TOLL_BEFORE = new RegExp(
  `\\b(?:kill(?:ed|ing)|leaving|left)\\s+(?:${QUALIFIER_PATTERN})?${NUMBER_PATTERN}\\b|\\b${NUMBER_PATTERN}\\s+(?:[a-z-]+\\s+){0,3}?(?:were killed|died|dead)\\b`,
  'i',
);
// One person named, who died: "militia leader Ali Musa Tessa died in the fighting"; by a surname alone where the text
// says of what: "Roe died of his wounds", or with its article: "The prince was lightly wounded and al-Asiri died".
const NAMED_DIED = new RegExp(
  `\\b(?!(?:The|A|An|Both|All|Many|Some|Several|Dozens|Hundreds|Scores|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\\b)${NAME_WORD}(?:${NAME_GAP}${NAME_WORD}){1,3},?\\s+(?:also\\s+|later\\s+)?died\\b|\\b(?!(?:The|A|An|Both|All|Many|Some|Several|Dozens|Hundreds|Scores|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|He|She|It|They|Neither|None|Nobody|Each|Every|Either)\\b)${NAME_WORD}\\s+(?:later\\s+)?(?:died of|succumbed to) (?:his|her) (?:wounds|injuries)\\b|\\b(?:al|el)-[A-Z][\\w'’-]+\\s+(?:also\\s+|later\\s+)?died\\b(?!\\s+(?:in|on)\\s+(?:19|20)\\d\\d\\b)`,
);
// More victims after the one named, with no count: " and several senior officials", " and many others".
const UNCOUNTED_MORE =
  /^,?\s+(?:and|along with|together with)\s+(?:several|many|numerous|dozens|scores|hundreds|a number|other|others)\b/i;
// One person named by a surname alone, opening a sentence or a clause, who died: "Raydi died and four people were
// wounded" (not "Many died", "Others died", "Civilians died").
const SURNAME_DIED =
  /(?:^|[.;]\s+)(?!(?:The|Many|Most|Some|Several|Others|Another|Both|All|None|Neither|Either|Each|Nobody|Noone|Everyone|Everybody|Someone|Anyone|Dozens|Hundreds|Scores|Thousands|Few|Later|Eventually|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|He|She|They|It)\b)[A-Z][a-z]{3,}(?<!s)\s+(?:also\s+|later\s+)?died\b/;
// Those killed or taken with the one a clause names: "… was killed by a roadside bomb near his home along with two of
// his bodyguards", "detained a Syrian woman, Ann Roe, the following morning, along with 46 other suspects", "was
// shot dead with three others".
const ALONG_WITH = new RegExp(
  `^(?:[^;.]|\\.(?=[\\w-]|\\s+[a-z])){0,200}?\\b(?:(?:along|together) with|with(?=\\s+${NUMBER_PATTERN}\\s+(?:of\\s+(?:his|her|their)\\s|others?\\b|(?<=^\\s+with\\s+\\S+\\s+)(?:[a-z-]+\\s+)?(?:aides|bodyguards|guards|companions|associates|followers|relatives|sons|daughters|colleagues|comrades|lieutenants|deputies|escorts)\\b(?!['’]))|\\s+(?:his|her)\\s+(?:[A-Z][a-z]+(?:i|an|ese|ish)\\s+)?(?:[a-z-]+\\s+)?(?:${KIN})\\b(?!s|['’]s\\b|\\s+(?:dog|dogs|watching|looking on|nearby|present)\\b)))\\s+(?:the\\s+(?:alleged\\s+|suspected\\s+|reputed\\s+)?(?:[a-z-]+\\s+){0,2}?(?:leader|coordinator|commander|chief|mastermind|financier|head|ringleader|organizer|recruiter|emir|imam|cleric)\\s+)?(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)[A-Z][a-z]+(?:\\s+(?:${PARTICLE}[- ])?[A-Z][\\w'’-]+)+\\b(?!\\s+(?:members?|suspects?|militants?|fighters?|police|officials?|forces|soldiers|troops)\\b)|(?:(?:his|her|their)\\s+)?(?:${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\s+(?:other\\s+|of\\s+(?:the|his|her|their)\\s+)?${NOT_WEAPONS}(?:[A-Z][a-z]+s\\b|(?:[A-Z][\\w'’-]+\\s+){0,2}[a-z]+))|(?:his|her|their)\\s+(?:[A-Z][a-z]+(?:i|an|ese|ish)\\s+)?(?:[a-z-]+\\s+){0,2}?[a-z]+(?<!s|children|men|people|family|kin)\\b|(?:an?|another|one other)\\s+(?:[a-zA-Z-]+\\s+){0,2}?${PERSON}\\b(?!s))`,
);
// What one person counted was doing, told after the noun, that ends with no object a figure could continue: " who was
// trying to defuse it", " who was standing nearby", " who was closing his stall", " who was walking to school"; or
// where they came from: "a peacekeeper from Chad (and two civilian children)".
const WHO_WAS_DOING =
  /^\s+(?:who\s+(?:was|were|had been)\s+(?:[a-z'’-]+\s+){0,6}?(?:it|them|him|her|nearby|there|outside|inside|alone|at home|on duty|at the scene|(?:his|her|their)\s+[a-z]+|to (?:school|work|church|the mosque|the market))|from\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=,?\s+and\s)/;
const AND_FIGURE_AFTER = new RegExp(
  `^,?\\s+and\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?!${NOT_PEOPLE})(?:[A-Za-z-]+\\s+){0,2}?[a-z]+`,
  'i',
);
// Still more after the ones read with one named victim: "… along with his bodyguard and four other people", "… along
// with Ann Roe, editor of its magazine, and two other members".
const AND_N_OTHER = new RegExp(
  `^(?:,\\s+(?:the|an?|his|her|[a-z]+)\\s[^,;.()]{0,80})?,?\\s+(?:and|as well as)\\s+${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\s+other\\b`,
  'i',
);
// A victim of a list named by a title in lower case and a name of two words or more: "former Olympic runner K.A.
// Tarn", "national athletics coach Omar de Korvel" (not "who had led …", "a member of parliament").
const TITLE_THEN_NAME =
  /^(?!(?:who|whom|whose|which|that|a|an|the|alias|and|or|in|at|near|of|from|for|on|with)\s)[a-z][\w-]*(?:\s+[\w'’.-]+){0,4}?\s+(?:[A-Z][\w'’.-]*|de|da|al|el|van|von|bin)\s+[A-Z][\w'’.-]*$/;
// Attackers who died by their own bombs, counted: "seven members of the cell blew themselves up".
const BLEW_THEMSELVES_UP = new RegExp(`\\b(${NUMBER_PATTERN})\\s+(?:[\\w'’-]+\\s+){0,4}?blew themselves up\\b`, 'i');
// The words of a toll of the attackers only: "both attackers dead", "the two gunmen were killed".
// ("six of the attackers", "all five of the gunmen": a number of them.)
const ATTACKERS_DEAD =
  /^(?:(?:both|all|the|all the|all of the)\s+|(?:all\s+)?[\w-]+\s+of\s+the\s+)?(?:\w+\s+)?(?:attackers?|assailants?|gunm[ae]n|bombers?|hostage-takers?)\b/i;
// A toll told first and the figure it rose to: "The initial toll of 100 dead rose to 121", "The death toll later rose
// from 17 to 26".
const TOLL_ROSE = new RegExp(
  `\\btoll (?:of (?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN})(?:\\s+(?:dead|deaths|killed|people(?:\\s+(?:dead|killed))?))?\\s+(?:later\\s+|eventually\\s+|subsequently\\s+)?(?:rose|climbed|increased)|(?:later\\s+|eventually\\s+|subsequently\\s+)?(?:rose|climbed|increased) from (?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN}))\\s+to\\s+(?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN})\\b`,
  'i',
);
/**
 * The toll told again further on (`told`, its figure `words`), larger than the one read before it: that figure, the two
 * not added, where the text's reading added them (or, with `unread`, did not read the second at all).
 */
function tollToldAgain(
  read: Pick<CasualtyReading, 'figures' | 'evidence'>,
  input: string,
  told: RegExpExecArray,
  words: string | undefined,
  unread: boolean,
  account: (first: number, again: number) => string,
): CasualtyReading | null {
  const again = words ? parseNumber(words) : null;
  if (again === null || read.figures.killed === null || told.index === 0) return null;
  const before = readOne(input.slice(0, told.index));
  const first = before.figures.killed;
  if (first === null || again <= first) return null;
  if (read.figures.killed !== first + again && !(unread && read.figures.killed === first)) return null;
  return {
    figures: { ...read.figures, killed: again },
    evidence: { ...read.evidence, killed: `${before.evidence.killed ?? ''} … ${told[0].trim()}` },
    accounts: `${account(first, again)} (figures not added)`,
  };
}
// A toll told again as a whole in a sentence of its own, the attackers counted: "Including the bomber, seven people
// died", "In all, 21 people were killed, including the two attackers", "Seven people died, including the bomber".
const TOLL_AS_WHOLE = new RegExp(
  `(?<=[.;]\\s+)(?:(?:In all|In total|Altogether|Including the (?:suicide )?(?:bombers?|attackers?|gunm[ae]n|assailants?)),\\s+(?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN})\\s+(?:people|persons)\\s+(?:died|were killed)\\b|(?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN})\\s+(?:people|persons)\\s+(?:died|were killed)(?:\\s+in all|\\s+in total)?,?\\s+including the (?:suicide )?(?:bombers?|attackers?|gunm[ae]n|assailants?)\\b)`,
  'i',
);
// A toll told risen, with no figure it rose from: "the death toll rose to 18" (not the year's: "the year's toll rose to
// 300", "the toll for the year").
const TOLL_ROSE_TO = new RegExp(
  `(?<!\\b(?:year['’]s|annual|overall|total|cumulative)\\s+(?:death\\s+)?)\\b(?:death\\s+)?toll\\s+(?:(?:from|in|of)\\s+the\\s+(?!(?:year|month|conflict|war|insurgency|violence|campaign|fighting)\\b)(?:[\\w'’-]+\\s+){0,7}?[\\w'’-]+\\s*)?(?:,\\s+(?:initially|first|originally)\\s+(?:put|given|reported|estimated)\\s+at\\s+(?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN})\\b[^,;.]{0,24},\\s+)?(?:later\\s+|eventually\\s+|subsequently\\s+|then\\s+)?(?:rose|climbed|increased)\\s+to\\s+(?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN})\\b`,
  'i',
);
// The words that bring a toll to a figure: "bringing the toll to" (TOLL_BROUGHT_TO: a later sentence's "bringing the
// toll to 10 people").
// ("bringing the toll from that attack to two": the event whose toll it is, between.)
const TOLL_BROUGHT_WORDS = `\\b${TOLL_RAISED} the (?:(?:total )?(?:death )?toll|(?:total )?number (?:of (?:dead|deaths|fatalities|people killed)|killed|dead)|total (?:killed|dead|deaths|fatalities))(?: (?:from|of|in) (?:the|that|this) (?:[a-z-]+ ){0,2}?(?:attack|bombing|blast|explosion|ambush|raid|assault|shooting|fighting|clash(?:es)?))? to`;
export const TOLL_BROUGHT_TO = new RegExp(`${TOLL_BROUGHT_WORDS}\\b`, 'i');
// The toll a text sums its parts to: "bringing the toll to 13", "bringing the death toll to 40", "bringing the number
// killed to four".
const BRINGING_TOLL = new RegExp(
  `${TOLL_BROUGHT_WORDS} (?:${QUALIFIER_PATTERN})?(${NUMBER_PATTERN})(?=\\s*(?:[.;,)]|$))`,
  'i',
);
// The word of one more person after a list: "and a civilian", "and another (person)"; not "and another two soldiers",
// a figure of its own ("and another 19-year-old conscript" is one).
const ONE_MORE_WORD = `(?:an?|another(?!\\s+(?:${NUMBER_PATTERN})\\b(?![-\\s](?:years?|months?)[-\\s]old)))`;
// A word of the figure's people that tells they were not among the victims: "two of the attackers escaped and another
// was killed" (the one is no more of them).
const NOT_THEIR_VERB = '(?!(?:escaped|fled|survived|surrendered|remained|got)\\s+and\\s)';
// One more person after one wounded: " and a guard", " and an off-duty police officer".
// (Not one told with a verb of their own: "the mayor's son was wounded and a driver was abducted".)
const AND_ONE_PERSON = new RegExp(
  `^\\s+and\\s+${ONE_MORE_WORD}\\s+(?:[a-zA-Z0-9-]+\\s+){0,2}?${PERSON}\\b(?!s)(?!\\s+(?:was|were|had been)\\s+(?!also\\s+(?:wounded|injured|hurt))\\w)`,
);
// Where the names of those killed with another end: no verb of their own ("… and aide Al Voss was wounded").
const NAME_ENDS = /^(?:[.;,]|\s+(?:in|at|near|on|when|while|as|after|during|by|outside|inside)\b|$)/;
// A second person a clause names before "along with": "arrested Ann Roe … and his partner Omar Tal …".
// One close to a victim named before, told dead in the next clause: "; his driver also died", "; her bodyguard was also
// killed".
const KIN_DIED_TOO = `;\\s+((?:his|her|their)\\s+(?:[a-z-]+\\s+)?(?:${KIN})(?:,\\s+[^,;.]{1,60}?,)?\\s+(?:also\\s+died|was\\s+also\\s+killed|also\\s+was\\s+killed|died\\s+(?:too|as\\s+well)|was\\s+killed\\s+(?:too|as\\s+well)))\\b`;
const KIN_ALSO_DIED = new RegExp(`^[^.;]{0,120}${KIN_DIED_TOO}`);
// The same, after any death told of one before it: "Ali Tessa died when a mine struck his vehicle; his bodyguard was
// also killed".
const KIN_ALSO_DIED_AFTER = new RegExp(KIN_DIED_TOO);
const AND_KIN_AFTER = new RegExp(`^,?\\s+and\\s+(?:his|her|their)\\s+(?:[a-z-]+\\s+){0,2}?${PERSON}\\b(?!s)`);
const AND_ONE_MORE = /,?\s+and\s+(?:(?:his|her|their)\s+[a-z]+|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)/;
// The people listed after one victim: ", father, and daughter", ", his son, two bodyguards, and six passers-by".
// A figure of people in a list: "three police officers", "two of their children".
// (Or people of a nation: "and three Malians", "two Chinese".)
const NUMBERED_PEOPLE = `(?:${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+${NOT_WEAPONS}(?:(?:(?:[a-z-]+\\s+){1,2}|(?:[A-Z][a-z]+(?:an|ese|i|ish|ch)|[A-Z]{2,8}[a-z]?)\\s+${NOT_WEAPONS}(?:[a-z-]+\\s+)?)?(?:[a-z]+(?:s|men|ren)(?:-by)?|passersby)|(?:${NATIONALS})s?)\\b(?!\\s+(?:were|was|had|have|are|is)\\b)`;
/** One item of a list of people, after a comma or "and"; `first` words may open the item after a comma. */
// (A word of nation or place may stand before the noun: "and his Algerian driver"; not one with a verb of its own: ", and
// his Afghan interpreter was wounded".)
const NO_OWN_VERB = '(?!\\s+(?:was|were|had been|has been)\\s)';
// ("…, a Consulate security guard, and the bomber": two words before the noun; the attacker as the last; "his wife and
// son": one of kin with no word before it.)
// (", his Pakistani driver Iftikhar Ahmed, a Pakistani Rangers officer, and the bomber": a name after the noun, two
// capitalized words before it.)
const NAME_AFTER_ITEM = "(?:\\s+[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){1,3})?";
// (One of a nation, told by the nation alone: "and a Jordanian"; after a comma only where more of other nations follow,
// ", a Belgian, and three Malians" — not who the one before was: "the driver, an Afghan, and two guards".)
const A_NATIONAL = String.raw`an?\s+(?:${NATIONALS})\b(?!s)`;
const ONE_OF_A_NATION = String.raw`${A_NATIONAL}(?=\s*[,.;]|\s+(?:and|in|at|on|near|who|from|after|before|during|outside)\b|$)`;
const ONE_OF_A_NATION_LISTED = String.raw`${A_NATIONAL}(?=,?\s+(?:and\s+)?(?:an?\s+(?:${NATIONALS})\b|(?:${NUMBER_PATTERN})\s+(?:[A-Z][a-z]+(?:ans|ese|is|ish|ch)|(?:${NATIONALS})s)\b))`;
const personItem = (first: string) =>
  `,\\s+(?:and\\s+)?(?:(?:(?:${first})\\s+(?:(?:(?:[A-Z][a-z]+|[A-Z]{2,8}[a-z]?)\\s+(?:(?:for|of|on)\\s+(?=[A-Z]))?){1,5}(?:[a-z-]+\\s+)?|(?:\\d{1,3}-year-old\\s+)?[a-z-]+\\s+|\\d{1,3}-year-old\\s+)?)?${PERSON}\\b(?!s)${NAME_AFTER_ITEM}${NO_OWN_VERB}|(?:(?:his|her|their)\\s+)?${NUMBERED_PEOPLE}|${ONE_OF_A_NATION_LISTED}|and\\s+the\\s+(?:suicide\\s+)?(?:bomber|attacker|gunman|assailant)\\b(?!s)${NO_OWN_VERB})|\\s+and\\s+(?:${ONE_OF_A_NATION}|(?:an?|another|his|her|their)\\s+(?:(?:[A-Z][a-z]+|[A-Z]{2,8}[a-z]?)\\s+)?${PERSON}\\b(?!s)${NO_OWN_VERB}|(?:[\\w-]+-(?:year|month)-old\\s+)?(?:${KIN_ITEM})\\b(?!s)${NO_OWN_VERB}|(?:(?:his|her|their)\\s+)?${NUMBERED_PEOPLE}|the\\s+(?:suicide\\s+)?(?:bomber|attacker|gunman|assailant)\\b(?!s)${NO_OWN_VERB})`;
// (One of kin told by whose: ", and the son of a guard", " and the daughter of a retired general".)
const KIN_OF_ITEM = `(?:,\\s+(?:and\\s+)?|\\s+and\\s+)the\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:${KIN})\\s+of\\s+(?:an?|the|his|her|their)\\s+(?:(?!(?:was|were|had|has)\\b)[a-z-]+\\s+){0,3}?(?!(?:was|were|had|has)\\b)[a-z-]+\\b${NO_OWN_VERB}`;
const PERSON_ITEM = `(?:${personItem('an?|his|her|their')}|${KIN_OF_ITEM})`;
// (After the first item, one named with words before it and after it: ", a congressional aide, and a staff member of
// another representative"; right after the name, "a father of three" says who the one named was.)
const PERSON_LATER = `,\\s+(?:and\\s+)?an?\\s+(?:[a-z-]+\\s+){1,2}${PERSON}\\b(?!s)(?:\\s+of\\s+(?:an?\\s+|the\\s+|another\\s+)?[a-z-]+(?:\\s+[a-z-]+)?)?`;
// (The first item after a name never opens with "a": "killed Ann Roe, a journalist, and her driver" tells who she
// was, then one more.)
const PERSON_FIRST = `(?:${personItem('his|her|their')}|${KIN_OF_ITEM})`;
const PERSON_LIST = new RegExp(`^(?:${PERSON_ITEM})(?:${PERSON_ITEM}|${PERSON_LATER}){0,5}`);
// (After a name: "killed Ann Roe, a journalist, and her driver".)
const PERSON_LIST_AFTER_NAME = new RegExp(`^(?:${PERSON_FIRST})(?:${PERSON_ITEM}|${PERSON_LATER}){0,5}`);
// One item of PERSON_LIST with a figure: ", two bodyguards".
// (The figure of an item after its link, group 1: "two bodyguards", "his two sons"; see ITEM_FIGURE too.)
const ITEM_FIGURE_WORDS = `(?:(?:his|her|their)\\s+)?(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s`;
const LIST_FIGURE = new RegExp(
  `^(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${ITEM_FIGURE_WORDS}+(?!${PERSON}\\b(?!s)(?!\\s+[a-z]+(?:s|men|ren)\\b))`,
  'i',
);
// Further victims after one named ("killed his brother and five guards", "killed Ali Musa, a local commander, along
// with four other militants", "… and his friend Omar Tal"): an aside after the victim may stand between (", one of the
// group's most wanted leaders,").
// ("killing the Deputy Commissioner of Tarn and four policemen": the place of a title first; so "the commander of the
// FARC's 15th Front and two of his bodyguards", "the AQIM emir for the central region, and two associates"; so an aside
// of where: "the mayor of Kao, in Tahoua region, and his driver".)
// A figure of others after one named, then "and himself" or a second figure: ", 15 other people and himself".
const FIGURES_AFTER_NAMED = new RegExp(
  `^,\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?:other\\s+|more\\s+)?${NOT_WEAPONS}(?:[a-z-]+\\s+){0,2}?(?:people|person|[a-z-]+)\\b,?\\s+and\\s+(?:(himself|herself)|(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?:other\\s+|more\\s+)?${NOT_WEAPONS}(?:[a-z-]+\\s+){0,2}?(?:people|[a-z-]+s))\\b`,
  'i',
);
// Victims listed with semicolons after one, each perhaps named after a comma: ", Anton Beres; his wife, Lena; and their
// driver", "; two constables; and a civilian cook" (group 1 the items after the first).
const NAME_ASIDE = "(?:,\\s+(?:(?:[A-Z][\\w'’.-]+\\s+){0,3}[A-Z][\\w'’-]+|\\d{1,3}))?";
const SEMICOLON_ITEM = `(?:(?:his|her|their|an?|the)\\s+(?:[a-z-]+\\s+){0,2}?(?:${PERSON}|${KIN})\\b(?!s)|(?:(?:his|her|their)\\s+)?${NUMBERED_PEOPLE})${NAME_ASIDE}${NO_OWN_VERB}`;
const SEMICOLON_LIST = new RegExp(`^${NAME_ASIDE}((?:;\\s+${SEMICOLON_ITEM}){0,5};\\s+and\\s+${SEMICOLON_ITEM})`);
const ITEM_FIGURE = new RegExp(`^;\\s+(?:and\\s+)?${ITEM_FIGURE_WORDS}`, 'i');
const VICTIMS_AFTER = new RegExp(
  `^(?:\\s+(?:outside|inside|near|at|in|on)\\s+(?:the|a|an|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?[a-z]+(?=\\s+(?:and|along with|together with|as well as)\\s+(?:an?|his|her|their|\\d)))?(?:\\s+of\\s+(?:police|staff|security|intelligence|operations)(?=\\s+(?:of|for)\\s))?(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:(?:[A-Z]|\\d{1,3}(?:st|nd|rd|th)\\s+[A-Z])[\\w'’-]+(?:\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?[A-Z][\\w'’-]+){0,2}(?:\\s+(?:province|district|region|state|county|governorate|municipality|department))?|(?:[a-z]+\\s+){0,2}(?:region|province|district|area|zone|sector|state)\\b|(?:[A-Z][\\w-]+['’]s\\s+)?(?:[a-z]+\\s+){0,2}[a-z]+(?=,\\s+(?:[A-Z]|(?:[a-z-]+\\s+){0,2}?${PERSON}\\s)))(?=,?\\s+(?:and|along with|together with|as well as)\\s|,\\s))?(?:,?\\s+(?:also\\s+)?(?:known as|called|nicknamed|alias)\\s+(?:["“][^"”]{1,40}["”]|(?:Abu\\s+|Abou\\s+)?[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2}))?(?:,\\s+one\\s+of\\s+(?:(?!\\b(?:and|along|together|as well)\\b)[^,;.()]){1,120},(?=\\s+(?:and|along with|together with|as well as)\\s)|(?:,|(?<=,["”])|(?=\\s+who\\s+had\\s))\\s+(?:(?:the|a|an|his|her|who|whom|whose|for whom|alias|in|from)\\s+|(?:[a-z-]+\\s+){0,2}?${PERSON}\\s+(?:(?:of|at|for|in)\\s+|(?=[A-Z]))|[A-Z])(?:[^,;.()]|\\.(?=[A-Z]\\.)|(?<=\\.[A-Z])\\.){0,120}?(?:,\\s+\\d{1,3}(?:,\\s+(?:an?|the)\\s+[^,;.()]{1,80}?)?(?=,\\s+(?:and|along with|together with|as well as)\\s))?)?,?["”]?\\s+(?:and|along with|together with|as well as)\\s+(?:(?:(?:his|her|their)\\s+)?${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\s+(?:other\\s+|of\\s+(?:his|her|their)\\s+)?${NOT_WEAPONS}(?:[A-Z][a-z]+s\\b|(?:[A-Z][a-z]+\\s+|[A-Z]{2,6}\\s+${NOT_WEAPONS}|(?:[A-Z]\\.){2,3}\\s+)?[a-z]+)|(?:his|her|their)\\s+(?:\\d{1,3}-year-old\\s+)?(?:[A-Z][a-z]+\\s+)?(?!own\\b|(?:${POSSESSION})(?:\\s*[,.;]|\\s*$|\\s+(?:was|were|had|and|in|at|near|on|outside|inside|with|to|of)\\b))[a-z-]*[a-rt-z]\\b|an?\\s+(?:[a-zA-Z0-9-]+\\s+){0,2}?${PERSON}\\b(?!s)|another\\s+(?:[a-zA-Z0-9-]+\\s+){0,2}?${PERSON}\\b(?!s)|an?\\s+\\d{1,3}-year-old\\b(?!\\s+[a-z]+s\\b)|the\\s+(?:suicide\\s+)?(?:bomber|attacker|gunman|assailant)\\b(?!s)|the\\s+(?:[a-zA-Z0-9-]+\\s+){0,2}?${PERSON}\\b(?!s))`,
);
// "All 90 people aboard the two planes were killed": the figure of the vehicles the victims were in is no toll.
const IN_THE_N_VEHICLES = new RegExp(
  `\\b(?:aboard|on board|on|in|inside) (?:the|both|its|their) (${NUMBER_PATTERN}) (?:[a-z]+ )?(?:planes|aircraft|airliners|jets|helicopters|buses|trains|vehicles|cars|trucks|boats|ships)\\b`,
  'gi',
);
const VEHICLE_WORDS = [
  'planes',
  'aircraft',
  'airliners',
  'jets',
  'helicopters',
  'buses',
  'trains',
  'vehicles',
  'cars',
  'trucks',
  'boats',
  'ships',
];
// What follows "two of the five" where the five are a toll and the two are told as something else: " people wounded were
// foreign nationals", " killed were children" (not " killed were soldiers who died in hospital").
const WHOLE_TOLD_AFTER =
  /^\s+(?:[a-z]+\s+){0,2}?(?:killed|dead|wounded|injured)\s+(?:were|was)\s+(?!(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot|taken|admitted|treated|hospitali[sz]ed|in|still|later)\b)/;
// Initials written with stops between a figure and a word in lower case: "three U.S. soldiers", "two U.N. staff".
const INITIALS = new RegExp(`(?<=\\b${NUMBER_PATTERN}\\s+)([A-Z])\\.([A-Z])\\.(?=\\s+[a-z])`);
const INITIALS_ALL = new RegExp(INITIALS.source, 'g');
// (Looked for first without the figure before them: the look back is costly at every place in a text.)
const INITIALS_ANY = /[A-Z]\.[A-Z]\.\s+[a-z]/;
const N_OF_THE_M = new RegExp(
  `\\b(${NUMBER_PATTERN}) of (?:the|its|their|these|those|his|her) (${NUMBER_PATTERN})\\b`,
  'gi',
);
const AS_WERE_ATTACKERS = new RegExp(
  `,\\s+as (?:were|was) (?:all\\s+|both\\s+)?(?:the\\s+|of the\\s+)?(?:(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?:[a-z]+\\s+|[A-Z]{2,}\\s+){0,2}?(?:attackers|assailants|gunmen|militants|bombers|hostage-takers|terrorists|insurgents|fighters|rebels|members)|(?:attacker|gunman|bomber|assailant))\\b`,
  'i',
);
// "all seven attackers were killed, as were a woman and a child outside": the people listed after "as were", each one,
// or the figure an item gives.
const AS_WERE_ITEM = `(?:(?:an?|one|${NUMBER_PATTERN})\\s+(?:[a-z-]+\\s+){0,2}?(?:${PERSON}s?|children|people|women|men)|(?:the|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}?(?:${PERSON}|${KIN_ITEM})\\b(?!s))`;
const AS_WERE_PEOPLE = new RegExp(
  `,\\s+as (?:were|was) (${AS_WERE_ITEM}(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${AS_WERE_ITEM}){0,4})\\b`,
  'i',
);
// A person named, then "was killed" (an aside between): "Ewold Horn, who had been held by the group, was killed".
const NAMED_WAS_KILLED = new RegExp(
  String.raw`\b[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+)+(?:, [^,;.]{1,80},)? was (?:also )?(?:killed|shot dead|murdered|executed|beheaded)\b`,
);
// Two or more people, each "a …", then "were killed": "a parliamentarian, a tribal elder, and a boy were killed".
const A_CHAIN_KILLED =
  /\b((?:an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+){0,6}(?:an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|the\s+(?:suicide\s+)?(?:bomber|attacker|gunman|assailant)),?\s+and\s+(?:an?|another)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:(?:were|had been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:killed|shot dead|murdered)|(?:also\s+)?(?:died|lost their lives))\b/i;
// The same for the hurt: "a police officer and a civilian were slightly injured", "A police chief and another person
// were also injured".
const A_CHAIN_WOUNDED =
  /\b((?:an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+){0,6}an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+and\s+(?:an?|another)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:were|had been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt)\b/i;
// One more of the same, counted after the first: "a second militant was also killed", "a third suspect was arrested",
// "; a policeman guarding the house was also killed",
// ("seriously injuring three men; a fourth passenger suffered minor injuries".)
// "…, two of whom died at the scene; a third died of his injuries that night", "Three of the men were killed at the
// scene, and a fourth, a teenager, died of his wounds" (not one who died days later).
const ONE_MORE =
  /\b(?:an?|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:[\w'’-]+ ){0,2}?(?:[\w'’-]+(?:,\s+[^,;.]{1,60}?,)? )?(?:was|had been) (?:also |later |subsequently )?(?:\w+ly )?(killed|shot dead|wounded|injured|arrested|detained|captured)\b|\b(?:an?|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:(?:suicide )?(?:attacker|bomber|assailant|gunman) )?(blew himself up|detonated (?:a|his|her) (?:suicide )?(?:vest|belt))|\b(?:an?|one|the|[Hh]is|[Hh]er|[Tt]heir) (?:[\w'’-]+ ){0,3}?(?:officer|soldier|policeman|police officer|guard|commando|agent|gendarme|civilian|bystander|hostage|chief|commander|official|governor|deputy|driver|bodyguard|aide|interpreter|translator|cousin|son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|uncle|companion|colleague|escort|assistant|secretary|relative)(?: (?:guarding|escorting|protecting|accompanying|driving)(?: [\w'’-]+){1,3}?)?(?:,\s+[^,;.]{1,60}?,)? (?:was|had been) also (killed|shot dead|wounded|injured|arrested|detained)\b|\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:officer|soldier|guard|bodyguard|driver|aide|interpreter|translator|son|brother|wife|nephew|assistant|secretary) and (?:(?:his|her|their) )?(?:officer|soldier|guard|bodyguard|driver|aide|interpreter|translator|son|brother|wife|nephew|assistant|secretary) (?:were|had been) also (killed|shot dead|wounded|injured)\b|(?<!\b(?:later that (?:week|month|year)|(?:days|weeks|months) later|(?:[Ii]n )?the following (?:days|weeks|months)),\s+)\b(?:an?|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?! of\b)(?:,\s+[^,;.]{1,40},)? (?:[\w'’-]+ ){0,2}?(?:later |subsequently |also )?(died|succumbed)\b(?! (?:on|in) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?![^.;]{0,40}\b(?:days?|weeks?|months?) (?:later|afterwards?)\b)|\b(?:an?|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:[\w'’-]+ ){0,2}?((?:suffered|sustained) (?:[\w-]+ )?(?:injuries|wounds))\b/i;
const ALSO_KILLED = /\b(?:were|was) also (?:killed|shot dead)\b|\balso (?:died|killed)\b/i;
const AND_ONE_KILLED = new RegExp(
  `\\b(${NUMBER_PATTERN})(?:\\s+${NOT_THEIR_VERB}(?!(?:${NUMBER_PATTERN}|and|was|were|wounded|injured|hurt|arrested|detained)\\b)(?:(?:[A-Z]\\.)+|[A-Za-z'’-]+)){1,5}?(?:,?\\s+and|,?\\s+as well as)\\s+${ONE_MORE_WORD}\\s+(?:(?!(?<=,\\s+)and\\b)[A-Za-z0-9'’-]+,?\\s+){0,3}?(?:(?:was|were)\\s+(?:also\\s+)?(?:killed|shot dead)|(?:also\\s+)?died|dead|lost their lives)\\b`,
  'gi',
);
// "five other tourists and a Jordanian tourist police officer were wounded": the figure and one more.
const AND_ONE_WOUNDED = new RegExp(
  `\\b(${NUMBER_PATTERN})(?:\\s+${NOT_THEIR_VERB}(?!(?:${NUMBER_PATTERN}|and|was|were|killed|dead|died|arrested|detained)\\b)(?:(?:[A-Z]\\.)+|[A-Za-z'’-]+)){1,5}?(?:\\s+and|,?\\s+as well as)\\s+${ONE_MORE_WORD}\\s+(?:(?!(?<=,\\s+)and\\b)[A-Za-z'’-]+,?\\s+){0,4}?(?:was|were)\\s+(?:\\w+ly\\s+)?(?:wounded|injured|hurt)\\b`,
  'gi',
);
// "Two Kenyan Muslims and a British national suspected of links to the group were detained": the figure and one more.
const AND_ONE_ARRESTED = new RegExp(
  `\\b(${NUMBER_PATTERN})(?:\\s+${NOT_THEIR_VERB}(?!(?:${NUMBER_PATTERN}|and|was|were|killed|dead|died|wounded|injured)\\b)(?:(?:[A-Z]\\.)+|[A-Za-z'’-]+)){1,5}?(?:\\s+and|,?\\s+as well as)\\s+${ONE_MORE_WORD}\\s+(?:(?!(?:and|was|were)\\b)[A-Za-z'’-]+\\s+){0,8}?(?:was|were)\\s+(?:\\w+ly\\s+)?(?:arrested|detained|apprehended|taken into custody)\\b`,
  'gi',
);
const HIM_AND = new RegExp(
  `\\b(?:killing|killed|murdering|murdered)\\s+(?:him|her)\\s+(?:and|along with)\\s+(?:${N}\\b|(?:his|her)\\s+(?:[a-z-]+\\s+)?(wife|husband|son|daughter|brother|sister|mother|father|driver|bodyguard|guard|secretary|aide|assistant|nephew|cousin)\\b(?!s)|(?:his|her|their)\\s+(${NUMBER_PATTERN})\\s+(?:[a-z-]+\\s+)?(?:sons|daughters|children|brothers|sisters|relatives|bodyguards|guards|aides|companions|grandchildren|nephews|cousins|escorts))`,
  'i',
);
// "killing him, two of his bodyguards, and a passer-by": the one the sentence named, then a list closed by "and" of
// those with him, each item kin ("his driver"), a part of his own ("two of his bodyguards"), a figure or one person.
// (An item with "a" right after "him," says who he was: "killing him, a father of three, and …" is not read here.)
const HIM_ITEM = `(?:(?:his|her|their)\\s+(?:[a-z-]+\\s+|\\d{1,2}-year-old\\s+)?[a-z-]+|${NUMBER_PATTERN}\\s+of\\s+(?:his|her|their)\\s+[a-z-]+|${NUMBER_PATTERN}\\s+(?:[a-z-]+\\s+)?[a-z-]+)`;
const HIM_LIST = new RegExp(
  `\\b(?:killing|killed|murdering|murdered)\\s+(?:him|her),\\s+${HIM_ITEM}(?:,\\s+${HIM_ITEM})*,?\\s+and\\s+(?:${HIM_ITEM}|an?\\s+(?:[a-z-]+\\s+)?[a-z-]+)\\b`,
  'i',
);
// "three soldiers died alongside him": the figure and the one the sentence named.
// "two of his escorts died with him"; "… was killed …; two of his bodyguards also died": the one named died too
// ("… who was shot dead in Tarn; one of his bodyguards was also killed").
const DIED_ALONGSIDE = new RegExp(
  `\\b${NUMBER_PATTERN}\\s+(?:[a-z]+\\s+){0,3}?(?:also\\s+)?(?:died|were (?:also )?killed)\\s+(?:alongside|with)\\s+(?:him|her)\\b`,
  'i',
);
const OF_HIS_DIED = new RegExp(
  `\\b${NUMBER_PATTERN}\\s+of\\s+(?:his|her)\\s+[a-z]+\\s+(?:also\\s+)?(?:died|(?:were|was) (?:also )?killed)\\b`,
  'i',
);
// One named, told killed in what someone said: "the army announced that rebel leader Ivo Tarn had been killed" (not
// "said that no soldiers had been killed", "said that reports that Ivo Tarn had been killed were false").
const SAID_NAMED_KILLED =
  /(?<=\b(?:announced|said|confirmed|reported|stated)\s+that\s+(?:the\s+)?(?:(?!(?:of|and|in|at|from|no|none|several|many|some|dozens|scores|hundreds|reports?|who|whose|which)\b)[A-Za-z][\w'’-]*\s+){0,3}?[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|de)[- ])?[A-Z][\w'’.-]+){1,3}\s)had been (?:killed|shot dead)\b/;
// The one a clause names, killed: "… was killed on May 3 when …".
const ONE_WAS_KILLED = /\b(?:was|has been) (?:\w+ and )?(?:killed|shot dead|murdered|assassinated)\b/i;
// "before being wounded and arrested", "Police arrested the suspect", "arrested the wife of one of the bombers", "the
// attacker was wounded and arrested", "was deported from Saudi Arabia and arrested", "was himself arrested", "arrested
// another suspect", "killing one attacker and arresting another": one person taken.
// Who takes a captive, not a prisoner: "was captured by insurgents in Paktika province" tells a kidnapping.
// ("soldiers who had been captured near Camp Tarn" were taken before, by whoever held them: no arrest of the event; nor
// those a rescue freed: "rescued a police officer who had been captured".)
const CAPTORS =
  "(?:suspected )?(?:the )?(?!(?:Kurdish|Peshmerga|SDF|YPG|government|pro-government|tribal|allied|Iraqi|Syrian|Afghan|Nigerian|Somali|Malian)\\b)(?:[\\w'’-]+ ){0,2}?(?:insurgents|militants|gunmen|kidnappers|pirates|terrorists|jihadists|extremists|abductors|rebels|fighters|Taliban|al-Shabaab|Boko Haram)\\b";
const ARRESTED_ONE = new RegExp(
  `\\b(?:before|after) being (?:\\w+ and ){0,2}(?:arrested|detained|captured)\\b|\\b(?:arrested|arresting|detained|detaining|captured|capturing|recaptured|apprehended|apprehending|into custody|(?:arrest|capture|detention)(?: on [A-Z][a-z]+ \\d{1,2}| in [A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+)?)? of) (?:the|a|an|another|his|her|its|their|[A-Z][\\w.-]*['’]s) (?:["“]?[\\w'’-]+ ){0,4}?(?:["“]?(?:[a-z]+-)?${PERSON}\\b(?!s|['’]s\\b)["”]?(?!\\s+(?:base|bases|camp|stronghold|town|city|headquarters|positions?|hideouts?|training)\\b)|\\d{1,3}-year-old(?=\\s+(?:in|at|near|from|on|who|after|outside)\\b|\\s*[,.;])|(?<=\\ba (?:wounded )?)(?:second|third|fourth|fifth|sixth)\\b(?!\\s+(?:time|day|week|attack|bomb|blast|explosion|device|suspect|man|member)s?\\b)|${DEMONYM}(?![\\w-]|\\s+[a-z]+s\\b))|\\b(?:took|taken|taking) (?:him|her) into custody\\b|\\b(?:took|taking) (?:an?|the) (?:[\\w'’-]+ ){0,3}?(?:${PERSON}\\b(?!s)|(?:second|third|fourth|fifth)\\b) into custody\\b|\\b(?<!\\b(?:rescued|freed|released|recovered|liberated)\\b[^.;]{0,60}\\bwho )(?!had been (?:\\w+ly )?captured\\b(?<=\\bwho had been (?:\\w+ly )?captured))(?!had been (?:\\w+ly )?(?:arrested|detained)\\b(?<=,\\s+who had been (?:\\w+ly )?(?:arrested|detained))(?=[^,.;]{0,40}\\b(?:earlier|previously|before|twice|already|last (?:year|month|week))\\b))(?:was|had been|has been) (?:\\w+ly |later |then |also |again |(?:him|her)self )?(?:\\w+ (?:(?:by|from|in|to) (?:the )?(?:[\\w'’-]+ ){1,3}?)?and )?(?:(?:re-?)?arrested|detained|taken into custody|(?:re-?)?captured(?! by ${CAPTORS})|apprehended|caught(?!\\s+(?:in|up|between|fire|under (?:the )?(?:rubble|debris|wreckage)|beneath|on (?:\\w+ )?(?:cameras?|video|tape|film|footage|CCTV)|off guard|by (?:surprise|${CAPTORS}))\\b))\\b|\\b(?:arrested|detained|captured|apprehended|arresting|detaining|capturing) (?:him|her)\\b|\\b(?:arrested|arresting|detained|detaining|captured|capturing|apprehended) (?:a|the) (?:${ORDINAL}|last|only survivor)\\b|\\barrest of (?:an?|the) (?:\\d{1,3}-year-old\\b|(?:[\\w'’-]+ ){0,4}?${PERSON}\\b(?!s))|\\btaken (?:an?|the) (?:[\\w'’-]+ ){0,4}?${PERSON} into custody\\b|(?<=\\b(?:killed|killing|shot dead|shooting dead) (?:[\\w'’-]+ ){1,4}?(?:and|while) )(?:arrested|arresting|detained|detaining) another\\b(?=\\s*[,.;]|\\s*$|\\s+(?:in|at|near|on|during|as|while|when|after)\\b)`,
  'i',
);
// "arrested Rashid Rauf in Bahawalpur", "arrested JI member Ali Tal", "detained Sunni MP Omar al-Hadi", "founder
// Hassan Hattab surrendered", "Andal Ampatuan Jr. surrendered", "arrested al-Sakka at the airport": one named person.
// The capitalized words after "arrested" that are no one's single name: a day, a force, a people.
const NOT_ONE_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Police|Authorities|Officials|Troops|Soldiers|Christians|Muslims|Shia|Sunni|Hindus)';
// The groups whose names take a particle, no one's name: "al-Shabaab", "al-Qaida".
const GROUP_AFTER_PARTICLE =
  "(?:Shabaab|Shabab|Qaida|Qa['’]ida|Qaeda|Nusra|Murabit\\w*|Mourabit\\w*|Aqsa|Ittihad|Itihaad|Itihad|Jihad|Sunna|Haramain|Furqan|Tawhid|Mujahid\\w*|Muhajir\\w*|Badr|Hijra|Qassam|Quds|Ummah|Umma|Wifaq|Islah|Dawa|Da['’]wa|Haq|Sham|Fatah)";
// A title an "of" continues: "Deputy Superintendent of Police Davinder Singh".
const TITLE_BEFORE_OF =
  'Superintendent|Inspector|Director|Chief|Head|Minister|Secretary|Commissioner|Commander|Governor';
const ARRESTED_NAME = new RegExp(
  String.raw`\b(?:(?<!\b(?:its|his|her|their|the|an?|[A-Z][\w'’-]*['’]s)\s)(?:(?:re-?)?arrested|detained|captured|apprehended)|into custody|(?:capture|arrest) of)\s+(?:\d{1,3}-year-old\s+)?(?:(?:[A-Z][\w.'’-]*|${PARTICLE}-[A-Z][\w'’-]*|and(?<=\b(?:founder|leader|chief|head|commander|member|spokesman|cleric|emir|deputy|ideologue|financier|official)\sand)(?=\s+[A-Z])|of(?<=\b(?:${TITLE_BEFORE_OF})\sof)(?=\s+(?:the\s+)?[A-Z])|(?!(?:in|at|on|near|from|to|by|for|with|during|after|before|of|and|a|an|the|dozens|scores|hundreds|several|many|numerous|some|more|other|two|three|four|five|six|seven|eight|nine|ten)\s)[a-z-]+)\s+){0,6}?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:${PARTICLE}[- ])?[A-Z][\w'’-]+)+\b(?!\s+(?:sub-|co-|vice-)?(?:members?|suspects?|militants?|fighters?|operatives?|supporters?|recruiters?|leaders?|commanders?|chiefs?|heads?|emirs?|spokesm[ae]n|deputy|founder|ideologue|financiers?|facilitators?|officials?|clerics?|activists?|students?|men|women|staff|employees|workers)\b)(?!\s+[A-Z])(?!(?<=\b(?:${TITLE_BEFORE_OF}))\s+of\s)|\b(?:arrested|detained|captured|apprehended) (?:(?:[A-Z][\w'’.-]*\s+){0,2}(?:[a-z-]+\s+)?${PERSON}\s+)?(?!${NOT_ONE_NAME}\b)(?:${PARTICLE}-(?!${GROUP_AFTER_PARTICLE}\b))?[A-Z][a-z]{3,}(?:(?=,\s+(?:who|whom|whose|a|an|the|one|alias|said to be)\s)|(?<!s)(?=\s+(?:in|at|near|outside|after|during|while|on)\s|\s*[.;]|(?<!\bcaptured\s+(?:\S+\s+){0,4}\S+)(?:\s+the\s+(?:same|next|following)\s+(?:day|evening|night|morning|afternoon)\b|\s+(?:(?:a|two|three|several)\s+(?:hours?|days?)\s+)?later\b)))|\b[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+)+(?:,? (?:Jr|Sr)\.)?,? (?:had |has )?(?:surrendered|handed (?:him|her)self (?:over|in)|gave (?:him|her)self up|turned (?:him|her)self in)\b|\b(?:arrested|detained|captured|apprehended|(?:capture|arrest) of)\s+(?:[\w'’-]+\s+){0,4}?alias\s+["“][A-Z][^"”]{1,40}["”]|\b(?:took|taken|taking) [A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+)+ into custody\b|\b[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+)+, (?:(?:who was )?(?:arrested|detained|captured)|an? (?:[\w'’-]+ ){1,3}?(?:arrested|detained(?=[^,;.]{0,40}\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) \d))(?<!\b(?:released|freed|beheaded|executed|killed|murdered)\s[^;.]{1,80})(?![^,;.]{0,40}\bsince\b)(?![^,;.]{0,60},\s+(?:(?:was|were|had been|has been|later|subsequently)\s+)*(?:\w+ly\s+)?(?:released|freed|died|escaped|deported|transferred|sentenced|convicted|acquitted)\b)) (?:in|on|at|near)\b|\b[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+)+,(?:[^.;]{0,100}?,)? (?:had |has )?surrendered\b`,
);
// Two nouns of one person after a name, with no serial comma: ", the co-founder of the Center for Peace and a prominent
// peace activist", ", a journalist and a rights activist".
// The end of the roles of one: a comma or the sentence's end, after the body the last noun is of ("… and a senior
// commander of al-Murabitoun,").
// An aside after one named: who that one was, or the age ("…, a prominent tribal elder", "…, 47"), before more of
// kin or a list: ", his son, and two bodyguards", ", and his son".
const WHO_OR_AGE_ASIDE = /^,\s+(?:\d{1,3}|(?:an?|the)\s+[^,;.()]{1,80}?)(?=,\s+(?:and\s+)?(?:his|her|their)\s)/;
const ROLE_CLOSED = /^(?:\s+(?:of|for|in)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|for|and))*?)?(?=\s*[,.;])/;
const ROLES_OF_ONE = /^,\s+(?:an?|the)\s+[^,]*?\s+and\s+an?\s+[^,]*$/;
// The name one went by, after the noun told of him: " known as Abu Hamza", ", alias \"Antza\"".
const KNOWN_AS =
  /^,?\s+(?:also\s+)?(?:known as|called|nicknamed|alias)\s+(?:["“][^"”]{1,40}["”]|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})/;
// A name right after a role: " Omar Bessa" in "the group's political chief Omar Bessa".
const ROLE_NAME = new RegExp(String.raw`^\s+[A-Z][a-z]+(?:\s+(?:${PARTICLE}[- ])?[A-Z][\w'’-]+)+`);
// ("detained his brother Charles and two other suspects": one of kin, told by a single name after the word.)
// ("arrested Ann Roe's brother and two associates": the one taken is the person whose the name was.)
const OWNED_PERSON = new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:${KIN_ITEM}|${PERSON})\\b(?!s)`);
const KIN_LAST = new RegExp(`(?:\\b(?:his|her|their)|['’]s)\\s+(?:${KIN_ITEM}|${KIN})$`, 'i');
const KIN_NAME = new RegExp(
  String.raw`^\s+(?!${NOT_ONE_NAME}\b)[A-Z][a-z]+(?:\s+(?:${PARTICLE}[- ])?[A-Z][\w'’-]+)*(?=[\s,.;]|$)`,
);
const ARRESTED_COUPLE =
  /\b(?:arrested|detained|apprehended|captured|took)\s+(?:an?|the)\s+(?:[A-Za-z-]+\s+){0,3}?couple\b(?!\s+of\s+[a-z]+s\b)/i;
// Those taken with the one person an arrest names: " and 46 of his supporters", " and his radio operator", " and Ali
// Musa Tessa".
// A second noun of a person after the first: "(a suspected insurgent) recruiter", "(a Taliban) commander".
const NEXT_PERSON_NOUN = new RegExp(`^\\s+${PERSON}\\b(?!s)`);
const PERSON_HEAD_AFTER = new RegExp(`^\\s+(?:[a-z-]+\\s+)?${PERSON}\\b(?!s)(?=\\s+and\\s|,\\s)`);
// One who gave himself up: "a Kessa Front commander surrendered", "a militant turned himself in" (not "two militants").
// ("The suspect, who told police he opposed the restrictions, turned himself in the following day": with who he was.)
// ("a terrorist who had joined an armed group in 1995 surrendered to military authorities": the same with no commas.)
const ONE_SURRENDERED =
  /\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w'’-]+\s+){0,4}?(?:commander|militant|fighter|leader|member|insurgent|suspect|operative|emir|bomber|gunman|rebel|jihadist|extremist|terrorist|recruiter|financier|facilitator|deputy|chief|attacker|assailant|shooter|killer|perpetrator|accomplice|associate|accessory|courier|driver)(?:,\s+(?:who|whom)\s[^,;.]{1,100},|\s+who\s+(?:had\s+)?[a-z]+ed\b[^,;.]{0,80}?)?\s+(?:(?:later|also|reportedly|voluntarily)\s+)?(?:surrendered(?!\s+(?:his|her|its|their|a|an|the)\b)|turned (?:himself|herself) in|gave (?:himself|herself) up)\b/;
// Those taken with the one named, after "and": "and 46 of his supporters", "and his radio operator", "and another
// Maoist official".
const ARRESTED_AND = new RegExp(
  `^(?:\\s+(?:national|citizen|man|woman|student|resident))?,?\\s+and\\s+(?:(?:(?:his|her|their)\\s+)?(${NUMBER_PATTERN})\\s+(?:others\\b|(?:[A-Za-z-]+\\s+)?(?:companions|accomplices|associates|relatives|brothers|sons|cousins|nephews|daughters|sisters|uncles|colleagues|friends|facilitators|financiers|recruiters|couriers|handlers|smugglers|collaborators|bodyguards|guards|aides|members|followers|supporters|operatives|fighters|militants|insurgents|worshippers|students|villagers|workers|employees|activists|clerics|youths|teenagers|people|persons)\\b|(?:men|women|suspects|individuals)\\b(?!\\s+(?:who\\s+)?(?:(?:also|later|then|had)\\s+)?(?:managed|remain(?:ed|s)?|were|was|had|have|are|is|escaped|fled|died|evaded|eluded)\\b)|(?:other\\s+|of\\s+(?:his|her|their|its)\\s+)(?:[A-Z][\\w-]*\\s+)?[a-z]+|(?:other\\s+)?${DEMONYM}(?:s|(?<=ese)|\\s+(?:nationals|citizens))\\b)|(?:his|her|their)\\s+(?:[A-Z][a-z]+\\s+|\\d{1,3}-year-old\\s+)?(?!own\\b)[a-z-]*[a-rt-z]\\b|(?!(?:${NUMBER_PATTERN})\\b)[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\\w'’-]+)+\\b(?!\\s+(?:members?|suspects?|militants?|fighters?|police|officials?|forces)\\b)|(?:an?|another)\\s+(?:[A-Za-z-]+\\s+){0,2}?${PERSON}\\b(?!s)|(?:${KIN})\\b(?!s)(?=\\s+of\\b|\\s*[,.;]|\\s+(?:in|at|near|on)\\b|$))`,
);
/** How many people a list of names after a victim names ("and Omar Maute", ", Abu X and Abu Y"): its items but roles. */
function namesIn(list: string): number {
  return list.split(/,?\s+and\s+|,\s+/).filter((n) => /(?:^|\s)[A-Z]/.test(n.trim()) && !TITLE_ONLY.test(n.trim()))
    .length;
}
// The name of the one an arrest tells by a role, after a comma: "the group's political chief, Ann Roe," (asides cut).
// (One of kin may be told by a single name: "the bomber's brother, Korvin, and …".)
const KIN_NAME_APPOSITION = new RegExp(
  String.raw`^,\s+(?!${NOT_ONE_NAME}\b)[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+){0,4}(?=,)`,
);
const NAME_APPOSITION = new RegExp(String.raw`^,\s+[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+){1,4}(?=,)`);
// Who the one arrested is, told between commas before "and": ", the suspected bomber,", ", alias Abu Tarn,", ", whom
// India accused of planning the attacks,".
// (', alias "Antza," and …': an alias in quotes, the comma inside them or after.)
// (', the leader of the self-declared "Interim Government of Tarn," and …', ', a Tarnish national suspected of links to
// ISIS, and …': the same.)
const ARRESTED_WHO =
  /^,\s+(?:(?:(?:the|a|an|his|her)\s+["“]?(?:(?:[A-Z][\w-]*['’]s\s+|\d{1,3}-year-old\s+(?:[A-Z][a-z]+\s+)?)?[a-z][^,;.()]{0,60}|[A-Z][a-z]+\s+(?:who|whom|whose)\s[^,;.()]{1,100})|an?\s+[A-Z][a-z]+\s+(?:national|citizen)(?:\s+and\s+[^,;.()]{1,60}|\s+(?:suspected|accused|believed|wanted)\b[^,;.()]{1,60})?|[A-Z][\w-]*['’]s\s+[a-z][^,;.()]{0,60}|alias\s+[A-Z][^,;.()]{0,40}|(?:who|whom|whose|which)\s+[^,;.()]{1,100}|(?:believed|thought|said|alleged|suspected|reported)\s+to\s+(?:be|have)\s+[^,;()]{1,100}|\d{1,2})(?=,\s+and\s)|alias\s+["“][^"”]{1,40}(?:,["”](?=\s+and\s)|["”](?=,\s+and\s))|(?:the|a|an|his|her)\s+[a-z][^,;.()"“”]{0,60}["“][^"”]{1,60},["”](?=\s+and\s))/;
// Those close to the first one arrested, before the last with "and": ", his brother, and a cousin".
const KIN_BEFORE_AND = new RegExp(
  `^(?:,\\s+(?:his|her|their)\\s+(?:[a-z-]+\\s+)?(?:${KIN_ITEM}|${KIN}|deputy|brother-in-law|son-in-law)\\b(?!s)){1,4}(?=,?\\s+and\\s)`,
);
// Names listed after the first one arrested, before the last with "and": ", Bo Tarn, and Omar Tal".
const NAMES_BEFORE_AND = new RegExp(
  String.raw`^(?:,\s+(?!(?:Province|District|Region|State)\b)[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\w'’-]+){1,4}\b(?<!(?:Province|District|Region|State|County|Governorate))){1,6}(?=,?\s+and\s)`,
);
// People listed after the first one arrested, each told by a noun, before the last with "and": ", a mechanic" (in
// "arrested a nurse, a mechanic and two students").
const PERSONS_BEFORE_AND = new RegExp(`^(?:,\\s+an?\\s+(?:[a-z-]+\\s+){0,2}?${PERSON}\\b(?!s)){1,6}(?=,?\\s+and\\s)`);
// A figure of a list that has a verb of its own: "… and two civilians were injured".
// ("killed two militants and 12 captured": an item with a fate of its own, its verb left out, ends the list too.)
// (", and four other U.S. service members and eight soldiers were wounded": a list of its own before the verb.)
const OWN_VERB_WORD = `\\s+(?!and\\b)(?:(?:[A-Z]\\.)+|[A-Za-z'’-]+)`;
const OWN_VERB = new RegExp(
  `^(?:${OWN_VERB_WORD}){0,4}?(?:\\s+and\\s+${NUMBER_PATTERN}(?:${OWN_VERB_WORD}){1,4}?)?\\s+(?:(?:were|was|had been|have been)\\s+(?:(?:\\w+ly|later|also|then)\\s+)?(?:injured|wounded|hurt|arrested|detained|killed|kidnapped|abducted|taken hostage|missing|rescued|freed|released)|escaped|fled|survived|surrendered|gave themselves up|(?:sustained|suffered|received) (?:[a-z-]+ ){0,2}?(?:injuries|wounds|burns))\\b|^(?:\\s+(?!and\\b)[a-z'’-]+){0,2}?\\s+(?:captured|arrested|detained|wounded|injured)\\s*(?:[.;,]|$)`,
  'i',
);
// Further names after a named victim: " and Omar Maute", ", Abu X and Abu Y", " and gendarmerie officer Ali Tal",
// ", Irish conservationist Ann Roe".
// (", his deputy Ali Korvel": a deputy named after the one he served; not ", deputy head of …", which only says who the
// one named was.)
// (A name that owns what follows, "Southeast Asia's most wanted terrorist", says who the one before was.)
// ("killing photographer Ann Roe and wounding reporter Bo Tarn": not one after a verb of another harm.)
// (Not the words of an organization before a role: ", deputy Palestine Liberation Organization representative in Tarn,".)
const NAMES_AFTER = new RegExp(
  `^(?:(?:,\\s+|,?\\s+and\\s+)(?![a-z]+(?:ing|ed)\\s)(?:(?:(?:[A-Z][\\w'’-]*|(?:[A-Z]\\.)+)\\s+){0,2}(?:[a-z-]+\\s+){0,2}?(?:${PERSON}|deputy)\\s+|[A-Z][a-z]+(?:ish|an|ani|ese|i|ch)\\s+[a-z-]+\\s+)?[A-Z][\\w'’.-]+(?:${NAME_GAP}${NAME_WORD}){0,4}(?<!['’]s)(?<!['’])(?![\\w'’-])(?![\\w'’]*['’]s\\b)(?!\\s+[A-Z])(?!\\s+(?:${PERSON}|representative|envoy)\\b))+`,
);
// A second person named after the first one's aside: ", AQI's leader, and Abu Omar al-Baghdadi".
// ("killed American-born militant Omar Hammami, a critic of Godane, and British militant Osama al-Britani": the second
// told by a role too.)
const NAME_AFTER_ASIDE = new RegExp(
  String.raw`^,\s+(?:the\s+|an?\s+|[A-Z][\w'’.-]*['’]s\s+)[^,;.()]{1,60},\s+and\s+(?:(?:[A-Z][\w'’-]*\s+)?(?:[a-z-]+\s+)?${PERSON}\s+)?(?:${PARTICLE}[- ])?[A-Z][\w'’.-]+(?:\s+(?:${PARTICLE}[- ])?[A-Z][\w'’.-]+){1,4}(?![\w'’-])(?!\s+(?:[a-z]+\s+)?(?:was|were|said|claimed|had)\b)`,
);
// "before killing his mother and himself": each relative and the attacker himself.
const NAMED_LIST_KILLED =
  /(?:^|[.;:]\s+|,\s+)((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3}(?:,\s+(?:his|her|their)\s+[a-z-]+(?:\s+[A-Z][\w'’-]+){0,3})+,?\s+and\s+(?:an?|his|her|their)\s+(?:(?:[a-z-]+\s+){0,2}?[a-z-]+|(?:(?!and\b)(?:[a-z-]+|[A-Z][\w'’-]*)\s+){1,3}?[a-z-]+(?<!s)))\s+were\s+(?:all\s+|also\s+)?(?:killed|shot dead)\b/;
// "the LTTE said the dead were schoolgirls …, and put the number at 61": the number of the dead just told of, where no
// toll was read (no word of the wounded between: "killed several and wounded dozens, and doctors put the number at 60").
const NUMBER_OF_THE_DEAD = new RegExp(
  `(?<=\\b(?:dead|killed|died)\\b(?:(?!wound|injur|hurt)[^.;]){0,120})\\bput the (?:number|figure) at\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\b`,
  'i',
);
// A subject of people of every kind, then their deaths: "Officer Ann Roe, three soldiers, a Defense Department
// civilian, and an Afghan doctor were killed", "Defense Minister Omar Tal, his deputy Bo Tarn - the president's
// brother-in-law - and Vice President Ali Musa were killed instantly": a figure for each numbered item, one for each other.
// Where a list of people parts into its items: ", ", ", and ", " and ".
const LIST_SPLIT = /,\s+(?:and\s+)?|\s+and\s+/;
// An aside between dashes after an item: " - the president's brother-in-law -".
const DASH_ASIDE_SOURCE = '\\s+[-–—]\\s+[^-–—.;]{1,60}?\\s+[-–—]';
const DASH_ASIDE_IN_LIST = new RegExp(DASH_ASIDE_SOURCE, 'g');
const NAME_ASIDE_IN_LIST =
  /(\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’-]+),\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?=,|$)/g;
const THE_DEAD_INCLUDED =
  /\b(?:[Tt]he (?:dead|fatalities)|[Tt]hose killed)(?:\s+(?:in|of|from)\s+[^.;]{1,80}?)?\s+included\s+([^.;]+?)(?=\s*(?:[.;]|$))/;
const NOUN_ASIDE_IN_LIST =
  /(\b[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){1,3}),\s+an?\s+(?:[\w'’-]+\s+){0,4}?[a-z-]+(?=,)/g;
const LISTED_ITEM = `(?:${NUMBER_PATTERN}\\s+(?:[\\w'’.-]+\\s+){0,3}?[a-z-]+s|[Aa]n?\\s+(?:[\\w'’.-]+\\s+){0,4}?[a-z-]+(?:,\\s+[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,3}(?=,))?|(?!(?:In|On|At|Near|From|During|After|Before|By|The|This|That|These|Those|When|While|As|Police|Officials|Authorities|Soldiers|Troops|Gunmen|Militants|Attackers|They|He|She|It|We|Both|All)\\b)[A-Z][a-z][\\w'’-]+(?=\\s+and\\s+(?:an?|his|her|their)\\s)|(?:his|her|their)\\s+[a-z-]+(?:\\s+[A-Z][\\w'’-]+){0,3}|[Tt]he\\s+(?:[\\w'’-]+\\s+){0,3}?${PERSON}\\b(?!s)(?:\\s+of\\s+(?:[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2}|(?:the|his|her|their)\\s+(?:[a-z-]+\\s+)?[a-z-]+))?|(?:his|her|their)\\s+(?:${NUMBER_PATTERN})\\s+(?:[a-z-]+\\s+)?[a-z-]+s|(?:[A-Z][\\w'’.-]*\\s+)?(?:[a-z-]+\\s+){0,2}?${PERSON}\\s+(?:[A-Z][\\w'’.-]*\\s+){0,4}[A-Z][\\w'’-]+|(?!(?:In|On|At|Near|Outside|From|During|After|Before|By|The|This|That|These|Those|When|While|As)\\b)(?:[A-Z][\\w'’.-]*\\s+){1,6}[A-Z][\\w'’-]+)(?:${DASH_ASIDE_SOURCE})?`;
const mixedList = (verbs: string, died: string) =>
  new RegExp(
    `(?:^|[.;:]\\s+|(?<=^(?:On|In|By|Late on|Early on|Hours after|Shortly after|Minutes after|Later|Earlier|The next|The following|That|Days later|A day later) [^,;.]{1,40}),\\s+)(${LISTED_ITEM}(?:,\\s+(?:and\\s+)?${LISTED_ITEM}|\\s+and\\s+${LISTED_ITEM}){1,8}),?\\s+(?:were\\s+(?:all\\s+|also\\s+)?(?:\\w+ly\\s+)?(?:${verbs})${died})\\b`,
  );
const KILLED_VERBS = 'killed|shot dead|assassinated|murdered|gunned down';
const HELD_VERBS = 'arrested|detained|captured|apprehended';
/** "were killed", "were all detained", "were later arrested": the passive verb a list of people is told with. */
const wereVerb = (verbs: string) => new RegExp(String.raw`\bwere\s+(?:all\s+|also\s+)?(?:\w+ly\s+)?(?:${verbs})\b`);
const WERE_KILLED = wereVerb(KILLED_VERBS);
const WERE_HELD = wereVerb(HELD_VERBS);
const MIXED_LIST_KILLED = mixedList(KILLED_VERBS, '|(?:all\\s+)?died');
// ("Activist Ali Tessa and lawyer Omar Bessa were detained in Tarn": those taken, the same way.)
const MIXED_LIST_HELD = mixedList(HELD_VERBS, '');
/**
 * How many people a list of those killed or taken names ("Two soldiers, a civilian, and an Afghan doctor", "The mayor
 * and the police chief"): a count for each numbered item, one for each other; null where an item counts no one, or
 * where two items are not two people.
 */
function listedPeople(list: string, anyPair = false): number | null {
  const words = list
    .replace(DASH_ASIDE_IN_LIST, '')
    // ("an associate, Arman": the name of one told by a noun is the same person.)
    .replace(NAME_ASIDE_IN_LIST, '$1')
    // ("Hassan Doru, a local council member, and his two bodyguards": the noun after a name says who he was.)
    .replace(NOUN_ASIDE_IN_LIST, '$1')
    .split(LIST_SPLIT);
  const items = words
    // (A count first, "Two soldiers"; else one person, "a civilian", "the driver", "Ali Tessa".)
    .map(
      (item) =>
        parseNumber(item.split(/\s+/)[0] ?? '') ??
        // ("his two sons": the count after the possessive.)
        (/^(?:his|her|their)\s/i.test(item) ? parseNumber(item.split(/\s+/)[1] ?? '') : null) ??
        (/^(?:an?|his|her|their|the|[A-Z])/i.test(item) && !/^(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z-]+s$/i.test(item)
          ? 1
          : null),
    );
  // ("The mayor and the police chief were killed", "Police chief Ali Tessa and his deputy were shot dead": two people,
  // each named by a role or a name.)
  // ("Hassan Doru and his two bodyguards": one named, then a count of his.)
  const ofHis =
    items.length === 2 && items[0] === 1 && items[1] !== null && /^(?:his|her|their)\s/i.test(words[1] ?? '');
  if (
    (items.length >= 3 && items.every((n) => n !== null)) ||
    (items.length === 2 && items.every((n) => n === 1)) ||
    (anyPair && items.length >= 2 && items.every((n) => n !== null)) ||
    ofHis
  )
    return items.reduce((a: number, n) => a + (n ?? 0), 0);
  return null;
}

// (A kin word, not a count: ", and his two companions were arrested" is no one killed.)
// ("killing his driver and bodyguard", "his wife and son": a second of kin with no word before it.)
const KIN_ONE = `(?:his|her|their)\\s+(?!(?:${NUMBER_PATTERN}|and|or)\\b)[a-z]+`;
const SELF_AND_KIN = new RegExp(
  `\\b(?:killing|killed|shot|shooting)\\s+(?:only\\s+)?((?:${KIN_ONE}|himself|herself|themselves)(?:,?\\s+(?:and\\s+)?(?:${KIN_ONE}|himself|herself)|\\s+and\\s+(?:${KIN_ITEM})\\b(?!s)(?!\\s+(?:was|were|had|fled|escaped|survived)\\b)|(?<=themselves)\\s+and\\s+(?:${NUMBER_PATTERN})\\s+others\\b(?!\\s+(?:were|was|had|fled|escaped|survived)\\b))*)(?:\\s+dead)?`,
  'i',
);
// A second account of the same deaths: "…, while media reported at least 20 KDF soldiers had been killed", "The
// group claimed to have killed 60 soldiers; the government said 12 died".
// "(local officials said 15)": an aside that gives one.
// The verbs an account is told with (also the words that gate OTHER_ACCOUNTS).
const ACCOUNT_VERBS = [
  'reported',
  'said',
  'stated',
  'announced',
  'claimed',
  'put',
  'gave',
  'estimated',
  'counted',
  'concluded',
  'found',
  'determined',
  'told',
  'cited',
  // ("…, according to the TFG; the Mogadishu ambulance service recorded 70 deaths", "… though the Firat news agency
  // maintained that only four died".)
  'recorded',
  'maintained',
  'insisted',
  'countered',
  'contended',
  // ("; the rebels admitted five dead of their own", "…, while local officials spoke of twenty dead".)
  'admitted',
  'acknowledged',
  'spoke of',
  // ("the U.S. government assessed that 1,429 people were killed, while the Observatory documented 502 deaths".)
  'assessed',
  'documented',
];
// ("…; another account put the toll at nine": an account, not another death.)
const MORE_DEATHS =
  /\b(?:also|another(?!\s+(?:account|report|source|estimate|count|tally|figure|version)s?\b)|further|additional|more(?!\s+than\b))\b/i;
// The wounded told after a toll, in a clause of their own: ", and dozens more were wounded", "; dozens more were
// wounded".
// (After a semicolon, only a clause that tells no deaths: not "; the second killed 30 more and wounded 50".)
const MORE_WOUNDED_AFTER =
  /(?:,?\s+and|;(?![^;.]*\b(?:killed|killing|died|dead|deaths?)\b))\s+[^,;.]*?\b(?:wounded|injured|hurt)\b[^,;.]*/gi;
const ACCOUNT_VERB = new RegExp(`\\b(?:${ACCOUNT_VERBS.join('|')})\\b`, 'i');
// A toll read only from attackers who died by their own bombs: "two suicide bombers blew themselves up".
const SELF_DEATHS_ONLY =
  /^[^…]*\b(?:blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:suicide )?(?:vests?|belts?))\b[^…]*$/i;
// A toll that says it holds the attackers: "including the bombers", "counting the attackers" (not "not counting").
const ATTACKERS_IN_TOLL =
  /\b(?<!\bnot )(?:including|counting) (?:the |both |all )?(?:\w+ )?(?:bombers?|attackers?|assailants?|gunmen)\b/i;
// (No figure between the link and the verb: "…at 45 soldiers and about 200 militants killed, though residents said" is one
// toll, then an account.)
const OTHER_ACCOUNTS = new RegExp(
  `(?:,?\\s+(?:while|whereas|but|though|although|and)\\s+|;\\s+|(?<=[a-z0-9])\\.\\s+(?=[A-Z])|\\s*\\((?=[^()]{0,80}\\)))(?=(?:(?!\\d)[\\w'’.,-]+\\s+){0,8}(?:${ACCOUNT_VERBS.join('|')})\\b)`,
  'gi',
);
// The other account's figure written bare, the deaths being what the sentence is about: "; local media said 25",
// "; other sources put the toll at 45", "(officials said 15)".
const BARE_ACCOUNT = new RegExp(
  `\\b(?:said|reported|stated|estimated|counted|gave|put (?:the (?:death )?toll|the dead|the (?:number|count) of (?:dead|deaths)|the figure|it) at)\\s+(?:it was\\s+|the (?:death )?toll (?:was|at)\\s+)?(${QUALIFIER_PATTERN}${NUMBER_PATTERN})(?=\\s*(?:[.;)]|$|(?:people\\s+)?(?:dead|killed|deaths|died)\\b))`,
  'i',
);
// Whose deaths a figure's words tell: the security forces' or the militants'.
const SECURITY_SIDE =
  /\b(?:soldiers?|troops|police(?:men)?|officers?|servicemen|service members|personnel|guards?|gendarmes?)\b/i;
const MILITANT_SIDE =
  /\b(?:militants?|attackers?|fighters?|terrorists?|insurgents?|gunmen|assailants?|rebels?|jihadists?)\b/i;
// A later account that revises the first: "…; the government later revised the figure to 209", "initially reported
// 60 deaths and later revised the toll to 77", ", but officials
// later said at least 24 had died", "…; the number of dead rose to 17", ". The dead numbered 44".
const REVISION =
  /(?:,?\s+but\s+|;\s+|,?\s+(?:and\s+)?(?=(?:later|subsequently|then)\s+(?:revised|raised|updated|lowered|corrected)\b)|(?<=[a-z0-9])\.\s+(?=[A-Z][^.;]{0,40}?\b(?:toll|numbered|totaled|totalled|number of dead)\b))(?=(?:[\w'’-]+\s+){0,6}?(?:later|subsequently)\s+(?:revised|said|raised|put|confirmed|reported|updated|lowered|stated|concluded|estimated|found|determined)\b|(?:later|subsequently|eventually)\s+(?:rose|climbed|increased)\s+to\b|(?:(?:a|one|two|three|four|five|six|several|\d{1,2}) (?:days?|weeks?|hours?) later,?\s+|(?:by |on )?the (?:next|following) (?:day|morning|week),?\s+|(?:by|on) [a-z]+ \d{1,2},\s+|by (?:year['’]s end|the end of the (?:year|month)),?\s+)?(?:the (?:final |eventual |official )?(?:death )?toll (?:had )?(?:later |eventually )?(?:reached|rose to|risen to|grown to|grew to|climbed to|increased to|stood at|was)\b|the (?:final|eventual|official|revised|confirmed) count (?:reached|rose to|stood at|was)\b|the number of (?:dead|deaths|fatalities|people killed|killed) (?:had )?(?:later |eventually |subsequently )?(?:rose|risen|climbed|increased|reached|jumped)\b|(?:[\w'’-]+\s+){0,3}?(?:revised|raised|updated) (?:the|its|their|it)\b)|(?:the )?(?:dead|deaths|fatalities) (?:numbered|totaled|totalled)\b|(?:[\w'’-]+,?\s+){1,10}?the (?:death )?toll (?:had|has) (?:later |since )?(?:risen|climbed|increased) to\b)/i;
const REVISED_WORD = /\b(?:revised|updated|corrected|lowered|raised)\b/i;
// (Not a figure of the wounded or the arrested: "revised the figures to nine wounded".)
const NOT_OF_OTHER_FIELD =
  '(?!\\s+(?:people\\s+|persons\\s+)?(?:wounded|injured|hurt|arrested|detained|arrests|injuries|suspects)\\b)';
// The figure a toll was revised to: "later revised it to more than 150".
const REVISED_TO = new RegExp(
  `\\b(?:revised|raised|updated|lowered|corrected) (?:it|the (?:death )?(?:toll|figures?|numbers?)|(?:its|their) (?:estimates?|figures?|count))\\s+(?:up(?:ward)?\\s+|down(?:ward)?\\s+)?to\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\b${NOT_OF_OTHER_FIELD}|^(?:later|subsequently|eventually)\\s+(?:rose|climbed|increased|(?:revised|lowered|raised|corrected)(?:\\s+(?:up|down)(?:ward)?)?)\\s+to\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\b${NOT_OF_OTHER_FIELD}|\\b(?:toll|number of (?:dead|deaths|fatalities|people killed|killed)|figure|count)\\s+(?:had\\s+|has\\s+|was\\s+)?(?:later\\s+|eventually\\s+|subsequently\\s+|since\\s+)?(?:reached|rose to|risen to|grown to|grew to|climbed to|increased to|stood at|(?:revised|raised|lowered|corrected) (?:up(?:ward)?\\s+|down(?:ward)?\\s+)?to)\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\b${NOT_OF_OTHER_FIELD}`,
  'i',
);
// A later account that those told dead lived: "…, but later said they had only been wounded", "; police later said
// both had survived" (group 1: told of one; group 2: they were wounded).
const CORRECTED_NOT_DEAD =
  /(?:,?\sbut\s+|;\s+|\.\s+)(?:[\w'’-]+\s+){0,4}?(?:later|subsequently)\s+(?:said|confirmed|reported|found|clarified|determined|stated)\s+(?:that\s+)?(?:they|both|all|all of them|both of them|(he|she)|the (?:two|three|four|five|six|victims|men|women))\s+(?:had\s+|were\s+|was\s+)?(?:only\s+|in fact\s+)?(?:been\s+)?(?:(wounded|injured|hurt)|survived|alive)\b/i;
const CORRECTION_WORDS = [
  'later said',
  'later confirmed',
  'later reported',
  'later found',
  'later clarified',
  'later determined',
  'later stated',
  'subsequently',
];
// Others taken in the clause a correction follows, whom its "they" may be: "abducted three engineers".
const OTHERS_TAKEN = /\b(?:abduct|kidnap|seiz|took (?!place)|taken (?!to\b)|captur|arrest|detain|held)/i;
// Who gives an account: "The KDF claimed …", "media reported …".
// (Of the account verbs, those that follow who told it: not "announced", "gave" or "counted", read only as links.)
const ACCOUNT_SOURCE = new RegExp(
  `(?:^|[,;]\\s+|\\.\\s+)(?:(?:while|whereas|but|though|although|and)\\s+)?((?:the\\s+)?(?:(?:(?:[A-Z]\\.)+|[\\w'’-]+)\\s+){0,5}?)(?:${ACCOUNT_VERBS.filter((v) => !['announced', 'gave', 'counted'].includes(v)).join('|')})\\b`,
  'i',
);

// A capitalized word just before a figure's digits, other than a word that opens a sentence or a clause.
// (A place after "in" and then people: "while in Sorra 13 shepherds were shot dead"; not "near Kilometre 12 wounded four
// soldiers", "at Post 14 were killed".)
const PLACE_THEN_PEOPLE =
  /\b(?:in|at|near|outside) (?!(?:Kilometre|Kilometer|KM|Km|Terminal|Gate|Camp|Post|Block|Sector|District|Zone|Area|Checkpoint|PD|Route|Highway|Ward|Unit|Flight|Platform|Phase|Building|Hall|Tower|Level|Floor|Section|Wing|Pier)\b)[A-Z][\w-]* \d{1,4} (?:[a-z-]+ )?(?:people|men|women|children|[a-z-]+s) (?:were|was|had|died)\b/;
const NAME_BEFORE =
  /(?<![.:;]\s|^)\b(?!(?:In|On|At|By|Of|Some|Over|About|Nearly|Around|Almost|Approximately|Roughly)\s)[A-Z][\w-]*\s$/;

const LEADING_QUALIFIER = new RegExp(`^${QUALIFIER_PATTERN}`, 'i');
// An attacker's own death, told without a word of death: "blew himself up", "a suicide bomber".
const SELF_DEATH = /\b(?:blew (?:himself|herself|themselves) up|suicide (?:bomber|attacker|car bomber)s?)\b/i;
// The words that tell those named were not hurt: "the soldiers inside were unhurt".
const UNHURT_WORDS = ['unhurt', 'unharmed', 'uninjured'];
// The words, in lower case, one of which every match of NO_CASUALTIES, NO_DEATHS and NO_INJURIES holds.
const DENIAL_WORDS = [
  'no ',
  'nobody',
  'none',
  'neither ',
  'without ',
  'prevented ',
  'averted ',
  'avoided ',
  'den',
  ' not injured',
  ' not wounded',
  ' not hurt',
  ' not harmed',
  ...UNHURT_WORDS,
];
const DENIALS = [NO_CASUALTIES, NO_DEATHS, NO_INJURIES].map((p) => new RegExp(p.source, 'gi'));

// The words naming the victims after a figure, for its evidence: "killed three| police officers".
const VICTIM_WORDS =
  /^(?:\s+(?!(?:and|or|in|at|on|near|during|while|with|before|after|when|as|by|were|was|who|which|that)\b)(?:(?:[A-Z]\.){2,}|[A-Za-z'’-]+)){0,4}/;

/** How many characters of victim words follow `at` (none when the text goes on with a list or a clause). */
function victimWords(text: string, at: number): number {
  // (None after a sentence's end: "killed Ann Roe. The Center …".)
  if (/[a-z]{2}[.!?]$/.test(text.slice(Math.max(0, at - 3), at))) return 0;
  return VICTIM_WORDS.exec(text.slice(at, at + 80))?.[0].length ?? 0;
}

/** One field's words: the phrases its figure was read from, joined with " … ". */
export type CasualtyEvidence = Partial<Record<keyof Casualties, string>>;

/** The figures of a text, the words each was read from, and the other account where the text gives two. */
export interface CasualtyReading {
  figures: Casualties;
  evidence: CasualtyEvidence;
  /** Set when the text gives two accounts of the same deaths: the one kept first, then the other, with whose. */
  accounts: string | null;
}

/**
 * Reads the casualty figures a text states, like {@link readCasualties}, without the words.
 *
 * @example
 * countCasualties('police killed nine armed men, while one Special Forces officer was killed.')
 * // → { killed: 10, wounded: null, arrested: null }
 */
export function countCasualties(input: string): Casualties {
  return readCasualties(input).figures;
}

// Some of the wounded who died, not counted: ", several of whom later died" (no figure of the dead, nor all of the wounded).
// And those of the arrested held before, no more arrests: "; 35 of them had previously been detained".
const SOME_WHO_DIED = new RegExp(
  String.raw`,\s+(?:several|some|many|a few|most|dozens|scores|an unknown number) of (?:whom|them) (?:later |subsequently )?(?:died|succumbed)\b[^,;.]*|[,;]\s+(?:${NUMBER_PATTERN}|several|some|many|most) of (?:whom|them) had (?:previously |already |earlier |once )?been (?:detained|arrested|jailed|imprisoned|held)\b[^,;.]*`,
  'gi',
);

const NO_MATCH = /(?!)/g;
// A number that is part of a name: "bus number 12", "Route 1", "Block 7"; "Densus 88 arrested …" (a force, then its
// verb), "41 Rashtriya Rifles", "the 10th Front" (a unit).
const NUMBER_OF_A_NAME =
  /\b\d{1,4}(?<=\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|Some|About|All|Another|Only|Over|Nearly|Almost|At|In|On|By|Of|For|With|Those|These|Its|Their|His|Her|Around|Approximately|Roughly|Least|Than|Killed|Wounded)\b)[A-Z][a-z]+ \d{1,4})(?= (?:arrested|detained|raided|killed|shot|captured|apprehended|stormed) (?:\d|an?\b|the\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))|\b\d{1,3}(?:st|nd|rd|th)?(?= (?:[A-Z][a-z]+ )?(?:Rifles|Battalion|Brigade|Regiment|Division|Corps|Squadron)\b(?! (?:fighters|members|militants|soldiers|troops|men|personnel)\b))|\b\d{1,4}(?!\d)(?<=\b(?:[Nn]umber|No\.|[Bb]us|Route|Highway|Block|District|Gate|Platform|Sector|Zone|Phase|Kilometer|Article|Section|Resolution|Paragraph) \d{1,4})(?!\s*(?:%|percent)|\s+[a-z]+s\b)/g;

/**
 * Reads the casualty figures a text states: every death on every side, the wounded, the arrested, and the exact
 * words each figure was read from. Figures may be digits or words; "over 200" counts as 200; parts of a list are
 * added; "no casualties" counts 0 killed and 0 wounded; a text that denies deaths never counts one. When a text
 * gives two accounts of the same deaths ("The KDF claimed …, while media reported …") the first is kept, never
 * the sum, and `accounts` says both.
 *
 * @param depth - how many accounts before this one the text has read (internal: bounds the recursion)
 * @example
 * readCasualties('a rocket attack near Kirkuk, killing an American civilian contractor')
 * // → { figures: { killed: 1, wounded: null, arrested: null }, evidence: { killed: 'killing an American civilian contractor' }, accounts: null }
 */
// The count of those none of whom was hurt: "none of the 140 passengers was hurt" (the figure, blanked).
const NONE_OF_COUNTED = /\bnone of (?:the|its|their) (\d[\d,]*)(?= )/g;
// Harm told as what might have been: "could have killed a child", "would have injured dozens".
const HARM_THAT_COULD_HAVE_BEEN =
  /\b(?:could|would|might|may)\s+(?:well\s+|easily\s+|otherwise\s+)?have\s+(?:killed|wounded|injured|maimed|hurt)\b[^.;]{0,80}/g;
const EARLIER_TOLL =
  /\b(?:where|in which)\s(?![^.;]{0,80}?\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?=[^.;]{0,80}?\b(?:(?<![A-Z][a-z]+ \d{1,2},? )(?:19|20)\d\d|had (?:\w+ )?(?:killed|wounded|injured|lost)|over the (?:previous|past|last) (?:decade|(?:\w+ )?years))\b)[^.;]*|;\s(?=[^;.]*\b(?:19|20)\d\d\b)(?=[^;.]*\bhad (?:also )?(?:killed|wounded|injured|left)\b)[^;.]*/g;
// (The claim up to its harm and figure only: not "rejected claims of responsibility for the bombing …, which killed 14",
// nor "denied reports that civilians were killed in the raid, but 14 militants died".)
const TOLL_DENIED = new RegExp(
  `\\b(?:denied|dismissed|rejected)\\s+(?:as\\s+false\\s+)?(?:the\\s+)?(?:[a-z]+\\s+)?(?:reports?|claims?|rumou?rs?|allegations?|accounts?)\\s+that\\b[^.;,]{0,120}?(?:\\b(?:killed|wounded|injured)\\s+${QUALIFIER_PATTERN}${NUMBER_PATTERN}(?:\\s+[a-z-]+){0,2}|\\b${NUMBER_PATTERN}\\s+(?:[a-z-]+\\s+){0,2}?(?:died|were (?:killed|wounded|injured)))\\b`,
  'gi',
);
const LOSS_OF_ANOTHER_TIME =
  /,\s+(?:who|which)\s+(?:had\s+|has\s+|have\s+)?(?:lost|suffered)\s[^,;.]{0,80}?\b(?:(?:19|20)\d\d|last year|the previous year|since|over the (?:past|previous|last))\b[^,;.]{0,40}(?=,)/g;
/**
 * A blank of the same length that keeps its first letter: blanks side by side ("no one was arrested no one was …", ",
 * who lost 12 soldiers in 2018, who lost …") never make one long run of spaces, which a figure pattern reads in
 * quadratic time.
 */
const blankButFirst = (m: string): string => m.charAt(0) + ' '.repeat(Math.max(0, m.length - 1));
const FIRST_AND_SECOND_AFTER_TOLL =
  /;\s+the first (?:[\w-]+ )?(?:blast|bomb|bombing|explosion|attack|bomber|device)s? killed \d+ and the second (?:killed )?\d+\b[^;.]*/g;
// "two suicide bombings killed more than 75 people: one in Baghdad killed 28 people, …, and another in Muqdadiyah killed
// 47": the toll told again event by event after a colon, parts of the whole.
const ONE_AND_ANOTHER_AFTER_TOLL = new RegExp(
  `:\\s+(?:the\\s+)?(?:one|first)\\b[^;.:]{0,200}?\\b(?:killed|left)\\s+${QUALIFIER_PATTERN}\\d+\\b[^;.:]{0,200}?\\band\\s+(?:the\\s+)?(?:another|other|second)\\b[^;.:]{0,200}?\\b(?:killed|left)\\s+[^;.:]{0,200}`,
  'g',
);
// A toll, then after a colon the events it was made of, each with its deaths (group 1 the whole, group 2 the parts).
const WHOLE_THEN_PARTS = new RegExp(
  `\\b(?:killed|killing|left|leaving)\\s+${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\b[^.;:]{0,40}:\\s+([^.:;]{1,400})`,
  'g',
);
const PART_DEATHS_OF = new RegExp(
  `\\b(?:killed|killing|left|leaving)\\s+${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\b`,
  'g',
);
/** The parts after a whole toll blanked, where two or more of them add up to it exactly. */
function partsOfWhole(m: string, whole: string, parts: string): string {
  const total = parseNumber(whole);
  const deaths = [...parts.matchAll(PART_DEATHS_OF)];
  const sum = deaths.reduce((n, d) => n + (parseNumber(d[1] ?? '') ?? Number.NaN), 0);
  if (total === null || deaths.length < 2 || sum !== total) return m;
  const at = m.length - parts.length;
  return m.slice(0, at) + parts.replace(PART_DEATHS_OF, (d) => ' '.repeat(d.length));
}
// The parts' deaths in it: "killed 28 people", "killed 47".
const PART_DEATHS = new RegExp(
  `\\b(?:killed|left)\\s+${QUALIFIER_PATTERN}\\d+\\b(?:\\s+(?:people|persons|civilians|dead))?`,
  'g',
);
// "killing a Turkish security guard, Mustafa Akarsu, and himself", "An accomplice, Arman, also died in the raid": the name
// of one told by a noun, between commas before what ends the phrase, read past (group 2) as if not written.
const ASIDE_ENDS = [
  ' himself',
  ' herself',
  ' themselves',
  ' also died',
  ' later died',
  ' also killed',
  ' later killed',
  ' were killed',
];
// (Or the names of some counted: "two brothers, Mohamed and Omar Maha, blew themselves up", "three guards, Ali Tessa,
// Omar Dunn and Ivo Marek, were killed".)
const NAME_WORDS = `[A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){0,3}`;
const FEW = '(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\\d)';
const NAME_ASIDE_OF_ONE = new RegExp(
  `\\b((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[A-Z][a-z]+\\s+)?(?:[a-z-]+\\s+){0,2}?${PERSON}|${FEW}\\s+(?:[a-z-]+\\s+){0,2}?(?:${PERSON}s|men|women|brothers|sisters|people))(,\\s+${NAME_WORDS}(?<=${FEW}\\s[^,]{1,40},[^,]{1,60})(?:,\\s+${NAME_WORDS}){0,4},?\\s+and\\s+${NAME_WORDS},|,\\s+${NAME_WORDS},)(?=\\s+(?:and\\s+(?:himself|herself|themselves)\\b|(?:also|later|subsequently)\\s+died\\b|(?:was|were)\\s+(?:also\\s+|later\\s+)?killed\\b|blew\\s+themselves\\s+up\\b))`,
  'g',
);
// "…, killing 89 people and wounding more than 300; the deadliest single attack, in Kut, killed 37": the worst of the
// events told again after their whole toll, a part of it.
const WORST_WORDS = ['; the deadliest', '; the worst', '; the bloodiest', '; the most lethal'];
const WORST_AFTER_TOLL = new RegExp(
  `;\\s+the (?:deadliest|worst|bloodiest|most lethal) (?:single )?(?:[\\w-]+ )?(?:blast|bomb|bombing|explosion|attack|assault|incident)(?:,\\s+[^,;.]{1,60},)?\\s+(?:killed|left) (?:${QUALIFIER_PATTERN})?${NUMBER_PATTERN}\\b(?:\\s+(?:people|persons|civilians))?`,
  'gi',
);
/** A replacer that blanks a part told again, where the clause before it told the toll. */
/** (With `only`, just the words of the part it matches are blanked: the parts' deaths, their wounded kept.) */
const blankAfterToll =
  (written: string, only?: RegExp) =>
  (m: string, ...rest: unknown[]): string => {
    const at = (rest.find((x) => typeof x === 'number') as number | undefined) ?? 0;
    // (The clause before only, from the last full stop or semicolon: a text of many such clauses stays linear.)
    const from = Math.max(written.lastIndexOf('.', at), written.lastIndexOf(';', at - 1)) + 1;
    const before = written.slice(from, at);
    if (!TOLL_BEFORE.test(before)) return m;
    // (Where the whole told its wounded too, the parts' wounded are parts of it as well: all blanked.)
    return only && !/\b(?:wound|injur)/i.test(before)
      ? m.replace(only, (part) => ' '.repeat(part.length))
      : ' '.repeat(m.length);
  };
// A name or nickname in single quotes: "'Raul Reyes,'", "‘Malam Kaka’" (not an apostrophe: "Qa'ida", "soldiers' camp").
const SINGLE_QUOTED_NAME = /(^|[\s(])(['‘])([A-Z][^'‘’"“”\n]{0,40}?)['’](?=[\s,.;:)]|$)/g;
const NICKNAME_IN_NAME = /\b([A-Z][\w'’.-]+)(\s+["“][A-Z][^"”,;.]{1,30}["”])(?=\s+[A-Z][\w'’-])/g;
/** The reading of `read` (the text read otherwise, of the same length as `written`), its words quoted as written. */
function readAsWritten(read: string, written: string, depth: number): CasualtyReading {
  const reading = readCasualties(read, depth);
  return {
    figures: reading.figures,
    evidence: asWritten(reading.evidence, read, written),
    accounts: reading.accounts && wordsAsWritten(reading.accounts, read, written),
  };
}
export function readCasualties(written: string, depth = 0): CasualtyReading {
  // ("killed the group's deputy leader, Yusuf R. Tallan, and 14 fighters", "Col. R.J. Maddox": the stops of initials and
  // titles end no phrase; read as letters, the words quoted taken back as written.)
  const read = written.includes('.') ? withoutAbbreviationStops(written) : written;
  if (read !== written) return readAsWritten(read, written, depth);
  // ("alias 'Raul Reyes,' and 24 others", "commander Abubakar 'Malam Kaka' Musa and six fighters": a name in single
  // quotes is read as one in double quotes, the words quoted taken back as written.)
  const doubled =
    written.includes("'") || written.includes('‘') ? written.replace(SINGLE_QUOTED_NAME, '$1"$3"') : written;
  if (doubled !== written) return readAsWritten(doubled, written, depth);
  // ("killed ASG spokesman Jainal Antel Sali, Jr., alias Abu Sulaiman", "killed Tom Dale, Jr., and two guards": a name's
  // "Jr." is no second person; read past the same way as the name asides.)
  const pastSuffix =
    written.includes(', Jr') || written.includes(', Sr') ? readPast(written, NAME_SUFFIX, depth) : null;
  if (pastSuffix) return pastSuffix;
  // (The name asides are read past by leaving them out, and the words quoted are taken back from the text as written.)
  const pastAside = ASIDE_ENDS.some((words) => written.includes(words))
    ? readPast(written, NAME_ASIDE_OF_ONE, depth)
    : null;
  if (pastAside) return pastAside;
  // ("killing three ministers, those of Health, Education, and Higher Education, and at least 19 others": whose
  // offices they held, read past the same way, before the others counted.)
  const pastOffices = written.includes(', those of ') ? readPast(written, OFFICES_ASIDE, depth) : null;
  if (pastOffices) return pastOffices;
  // ("killed commander Abubakar "Malam Kaka" Musa and six fighters": a nickname inside a name, read past.)
  const pastNickname =
    written.includes('"') || written.includes('“') ? readPast(written, NICKNAME_IN_NAME, depth) : null;
  if (pastNickname) return pastNickname;
  // (Blanked to spaces of the same length, then the words quoted are taken back from the text as written.)
  const lowerWritten = written.toLowerCase();
  const input = (written.includes(' of ') ? written.replace(SOME_WHO_DIED, (m) => ' '.repeat(m.length)) : written)
    // ("Densus 88 arrested 11 suspects", "commanding officer of 41 Rashtriya Rifles, was killed": a number that names a
    // force or a unit counts no one.)
    .replace(/\d/.test(written) ? NUMBER_OF_A_NAME : NO_MATCH, (m) => ' '.repeat(m.length))
    // ("In the town of Brisk on 5 March, gunmen executed 11 captured soldiers": a day written before its month counts
    // no one.)
    .replace(/\d/.test(written) ? DAY_BEFORE_MONTH : NO_MATCH, (m) => ' '.repeat(m.length))
    // ("… and later released four who had been detained by mistake": those let go are no more of those held.)
    .replace(
      written.includes('releas') || written.includes('freed') || written.includes('acquittal')
        ? RELEASED_WHO_HAD_BEEN
        : NO_MATCH,
      (m) => ' '.repeat(m.length),
    )
    // ("… said it carried out the attack in revenge for the killing of its commander", "armed men attacked the embassy
    // following the killing of an air force officer": a killing named as the reason is no death of this event.)
    .replace(
      / (?:revenge|retaliat|avenge)| call(?:ed|ing|s)? for the | (?:following|after) the (?:recent )?(?:killing|death|murder|assassination)/.test(
        written,
      )
        ? KILLING_AVENGED
        : NO_MATCH,
      (m) => ' '.repeat(m.length),
    )
    // ("… in Lunnoch, a town where a 2006 bombing killed 40 people", "in an area where the group had killed 200 people over
    // the previous decade", "…; the group's earlier bombing of the station, in 2009, had killed 60": the toll of an
    // earlier event, told of the place, is no toll of this one; not one told with its day, a record of its own: "…
    // where six soldiers had been killed on July 9".)
    .replace(
      written.includes(' where ') || written.includes(' in which ') || written.includes(';') ? EARLIER_TOLL : NO_MATCH,
      (m) => ' '.repeat(m.length),
    )
    // ("twin bombings at a stadium killed 18 people; the first blast killed 11 and the second 7": the toll told again blast
    // by blast, after the whole.)
    .replace(written.includes('the first') ? FIRST_AND_SECOND_AFTER_TOLL : NO_MATCH, blankAfterToll(written))
    .replace(written.includes(': ') ? ONE_AND_ANOTHER_AFTER_TOLL : NO_MATCH, blankAfterToll(written, PART_DEATHS))
    // ("two attacks killed 29 people: a truck struck a bomb near Tarn, killing 15, and gunmen attacked a convoy, killing
    // 14": the parts after the colon add up to the whole; each is a part of it.)
    .replace(written.includes(': ') ? WHOLE_THEN_PARTS : NO_MATCH, partsOfWhole)
    .replace(
      WORST_WORDS.some((words) => written.includes(words)) ? WORST_AFTER_TOLL : NO_MATCH,
      blankAfterToll(written),
    )
    // ("The government denied reports that an attack on a base had killed 40 soldiers, saying only four were wounded": a
    // toll denied is no toll; what the denial says instead stands.)
    .replace(
      lowerWritten.includes('denied') || lowerWritten.includes('dismissed') || lowerWritten.includes('rejected')
        ? TOLL_DENIED
        : NO_MATCH,
      // (Only a figure denied: "Police denied reports that anyone was killed" is none killed.)
      blankButFirst,
    )
    // ("Security forces, who lost 31 soldiers in 2018, killed six fighters": a loss of another time, told of who acts, is
    // no toll of this event.)
    .replace(written.includes(' who ') || written.includes(' which ') ? LOSS_OF_ANOTHER_TIME : NO_MATCH, blankButFirst)
    // ("none of the 140 passengers was hurt": those unhurt, counted, are no toll.)
    .replace(written.includes('none of') ? NONE_OF_COUNTED : NO_MATCH, (m, count: string) =>
      m.replace(count, ' '.repeat(count.length)),
    )
    // ("a reward for information leading to the capture of two commanders": no one taken.)
    .replace(written.includes('information') ? REWARD_FOR_CAPTURE : NO_MATCH, (m) => ' '.repeat(m.length))
    // ("… said the device could have killed a child": harm that did not happen counts no one.)
    .replace(written.includes(' have ') ? HARM_THAT_COULD_HAVE_BEEN : NO_MATCH, (m) => ' '.repeat(m.length))
    // ("A Nigerian Security and Civil Defense Corps officer and four inmates were killed": the "and" of a body's name
    // joins no two victims; read as one word.)
    .replace(written.includes(' and ') ? AND_IN_A_BODY_NAME : NO_MATCH, '-and-')
    // ("…; no one was arrested": the denial blanked, so that its "one was arrested" is never one held.)
    .replace(mayDenyArrests(lowerWritten) ? ARRESTS_DENIED : NO_MATCH, blankButFirst);
  const reading = AFTER_READING.reduce((read, step) => step(read, input), readBlanked(input, depth));
  const evidence = input === written ? reading.evidence : asWritten(reading.evidence, input, written);
  // (None held where the text denies arrests and no one else is told held: "…; no one else was arrested" tells of some.)
  const denied =
    reading.figures.arrested === null && input !== written && mayDenyArrests(lowerWritten)
      ? [...written.matchAll(ARRESTS_DENIED)].find(
          // (A denial of its own clause, opening a sentence or after a semicolon: not "…, while raids in Darlo found
          // weapons but no arrests were made", which tells of other events.)
          // (Nor where arrests are told after it: "No arrests were made that day; dozens of suspects were detained in raids
          // the following week".)
          (m) =>
            !m[1] &&
            /(?:^|[.;]\s+)$/.test(written.slice(Math.max(0, m.index - 3), m.index)) &&
            !/\b(?:arrest|detain|captur|apprehend|custody)/i.test(written.slice(m.index + m[0].length)),
        )
      : undefined;
  if (denied)
    return {
      ...reading,
      figures: { ...reading.figures, arrested: 0 },
      evidence: { ...withoutDanglingWords(evidence), arrested: denied[0] },
    };
  return { ...reading, evidence: withoutDanglingWords(evidence) };
}

/**
 * The reading of a text with what `pattern` matches in its group 2 left out (group 1, before it, kept), the words quoted
 * taken back from the text as written; null where nothing matched.
 */
// (Groups: the letter before the aside, kept; the aside, left out.)
const OFFICES_ASIDE =
  /(\w)(,\s+those of\s+[A-Z][^;.]{0,120}?)(?=,\s+and\s+(?:at least\s+|some\s+|more than\s+|about\s+|nearly\s+)?[\w-]+\s+others\b)/g;
function readPast(written: string, pattern: RegExp, depth: number): CasualtyReading | null {
  const cuts: Array<{ at: number; length: number }> = [];
  let kept = 0;
  const reduced = written.replace(pattern, (_m, one: string, cut: string, at: number) => {
    cuts.push({ at: at + one.length - kept, length: cut.length });
    kept += cut.length;
    return one;
  });
  if (cuts.length === 0) return null;
  const reading = readCasualties(reduced, depth);
  return { ...reading, evidence: pastCuts(reading.evidence, reduced, written, cuts) };
}

// Words a quote cannot end on: "arrested 12 suspected members of an", "killed 19 militants linked to the".
const DANGLING_END =
  /(?:\s+(?:a|an|the|his|her|their|its|of|to|from|under|with|for|by|whom|and|or|according|linked|belonging|aged))+$/i;
/** Each quoted piece without the words it was cut off after (still words of the text, as written). */
function withoutDanglingWords(evidence: CasualtyEvidence): CasualtyEvidence {
  const out: CasualtyEvidence = { ...evidence };
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const words = evidence[field];
    if (words && DANGLING_END.test(words))
      out[field] = words
        .split(' … ')
        .map((piece) => piece.replace(DANGLING_END, '') || piece)
        .join(' … ');
  }
  return out;
}

// Those rescued, told as once taken: "rescued two aid workers who had been captured by militants", "rescued three
// hostages captured in Tarn the previous week" (no one arrested).
const RESCUED_BEFORE = /\b(?:rescued|freed|released|recovered|liberated|rescuing|freeing)\b[^.;]{0,80}$/i;
const TAKEN_WORDS = /\b(?:captured|seized|abducted|kidnapped|taken hostage|held hostage)\b/i;
const RELEASED_WHO_HAD_BEEN = new RegExp(RELEASED_HELD.source, 'gi');
// A killing told as what an attack avenged: "in revenge for the killing of its commander", "to avenge the deaths of
// three fighters", "in retaliation for the assassination of Ali Tessa".
// (Or what a group vowed to avenge, or called for: "vowed revenge for the killing of its leader", "a fatwa calling for
// the killing of the chief rabbi".)
const KILLING_AVENGED =
  /\b(?:in (?:revenge|retaliation|reprisal) for|as (?:revenge|retaliation|reprisal) for|to avenge|avenging|(?:vow(?:ed|ing|s)?|promis(?:ed|ing|es)|sw(?:ore|earing)) (?:to take )?(?:revenge|retaliation) for|call(?:ed|ing|s)? for|(?:following|after)(?<=\b(?:attacked|stormed|besieged|targeted|protested|rioted)\s[^.;]{1,60}?(?:following|after)))\s+(?:the\s+)?(?:recent\s+)?(?:killings?|deaths?|murders?|assassinations?|executions?|beheadings?)\s+of\s+[^.;,()]{1,80}/gi;
// (The comma first, so that the name before it is looked at only where one stands.)
// (Group 1 empty, group 2 the suffix; not one that ends a sentence: "killed Tom Dale, Jr. Police later …".)
const NAME_SUFFIX = /()(,(?<=[A-Z][a-z]+,)\s+(?:Jr|Sr)\b\.?)(?=,|\s+[a-z])/g;
const DAY_BEFORE_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)?(?=\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+[A-Z]))/g;
// The "and" of a body's name before the role of one of its members: "a Nigerian Security and Civil Defense Corps
// officer", "an Army and Police officer".
const AND_IN_A_BODY_NAME = new RegExp(
  // (The words before are looked at only where " and " stands: a lookbehind first is tried at every position.)
  ` and (?<=\\b[Aa]n?\\s+(?:[A-Z][\\w'’.-]*\\s+){0,3}[A-Z][\\w'’.-]* and )(?=(?:[A-Z][\\w'’.-]*\\s+){1,4}(?:[a-z-]+\\s+)?${PERSON}\\b(?!s))`,
  'g',
);
// The attacker after the one he killed: " and himself", ", and herself".
const AND_HIMSELF = /^,?\s+and\s+(?:himself|herself)\b/;
/** Drops an arrest figure read from those a rescue freed. */
function rescuedNotHeld(reading: CasualtyReading, text: string): CasualtyReading {
  const held = reading.evidence.arrested;
  if (reading.figures.arrested === null || !held || held.includes(' … ') || !TAKEN_WORDS.test(held)) return reading;
  const at = text.indexOf(held);
  if (at < 0 || !RESCUED_BEFORE.test(text.slice(Math.max(0, at - 80), at + held.length))) return reading;
  return withoutFigure(reading, 'arrested');
}

// One of the forces killed, told after a semicolon when the toll before it counted the militants: "killing two
// suspected militants and arresting a third; a police inspector was killed in the gunfight".
const ONE_OF_THE_FORCES =
  /;\s+(?:and\s+)?(?:an?|one)\s+(?:[A-Z][\w'’-]*\s+)?(?:[a-z-]+\s+){0,2}?(?:police(?:man| officer| inspector| constable)?|officer|inspector|soldier|constable|guard|trooper|commando|gendarme|serviceman)\s+(?:was|had been)\s+(?:also\s+)?(?:killed|shot dead)\b/i;
const MILITANTS_COUNTED =
  /\b(?:suspects?|militants?|members|insurgents|attackers|gunmen|assailants|terrorists|fighters|rebels|extremists|bombers|kidnappers)\b/i;
/** Adds one of the forces killed after a semicolon to a toll of militants (the two sides are not one count). */
function oneOfTheOtherSide(reading: CasualtyReading, text: string): CasualtyReading {
  const { killed } = reading.figures;
  const told = reading.evidence.killed;
  if (killed === null || !told || told.includes(' … ') || !MILITANTS_COUNTED.test(told)) return reading;
  const one = text.includes(';') ? ONE_OF_THE_FORCES.exec(text) : null;
  const at = text.indexOf(told);
  if (!one || at < 0 || at + told.length > one.index) return reading;
  const words = one[0].replace(/^;\s+/, '');
  return {
    ...reading,
    figures: { ...reading.figures, killed: killed + 1 },
    evidence: { ...reading.evidence, killed: `${told} … ${words}` },
  };
}

/**
 * "stabbed three people at a bus stop, killing one": those stabbed and not killed are the wounded (two), where the
 * deaths are told as what the stabbing did.
 */
function stabbedNotKilled(reading: CasualtyReading, text: string): CasualtyReading {
  const { killed, wounded } = reading.figures;
  const stabbed = reading.evidence.wounded;
  const died = reading.evidence.killed;
  if (killed === null || wounded === null || !stabbed || !died) return reading;
  if (!/^stabb(?:ed|ing)\s/i.test(stabbed) || !/^killing\s/i.test(died) || died.includes(' … ')) return reading;
  const at = text.indexOf(stabbed);
  if (at < 0 || text.indexOf(died, at + stabbed.length) < 0) return reading;
  if (killed < wounded) return { ...reading, figures: { ...reading.figures, wounded: wounded - killed } };
  // ("stabbed two guards, killing both": none of them left wounded, and the text gives no other.)
  return withoutFigure(reading, 'wounded');
}

// One shot in a part of the body, where no one is told dead: "shot a 15-year-old activist in the head", "shot a police
// officer in the leg".
const SHOT_IN_BODY =
  /\bshot\s+(?:an?|the|his|her|[A-Z][\w'’-]+|\d{1,3}-year-old)\s+(?:[\w'’-]+\s+){0,4}?in the (?:head|legs?|chest|back|neck|arms?|stomach|shoulder|face|abdomen|hand|foot)\b/;
const ANY_DEATH = /\b(?:kill|died|dead|death|fatal|murder)/i;
// The attacker's own death, told last: "… before he was shot and killed" (the sentence ends there).
const ATTACKER_SHOT_AFTER =
  /\bbefore (?:(?:he|she) (?:himself |herself )?was|being) (?:shot and killed|shot dead|killed)(?: by (?:the )?(?:[\w-]+ ){0,3}?(?:police|officers?|guards?|soldiers|troops|forces))?\.?$/;
// One stabbed, where no one is told dead: "stabbed a 19-year-old man in Stanwell".
const STABBED_ONE = new RegExp(`\\bstabb(?:ed|ing)\\s+(?:an?|one)\\s+(?:[\\w'’-]+\\s+){0,3}?${PERSON}\\b(?!s)`);
/** One wounded for the one shot (see SHOT_IN_BODY), alone or before others told "also wounded". */
function shotNotKilled(reading: CasualtyReading, text: string): CasualtyReading {
  const { killed, wounded } = reading.figures;
  if (!(text.includes('shot') || text.includes('stabb'))) return reading;
  // ("stabbed an Israeli civilian … before he was shot and killed": the one dead is the attacker, told after.)
  const attackerDied = killed === 1 ? ATTACKER_SHOT_AFTER.exec(text) : null;
  const rest = attackerDied ? text.slice(0, attackerDied.index) : text;
  if ((killed !== null && !attackerDied) || ANY_DEATH.test(rest)) return reading;
  const shot = SHOT_IN_BODY.exec(rest) ?? (rest.includes('stabb') ? STABBED_ONE.exec(rest) : null);
  if (!shot || (attackerDied && wounded !== null)) return reading;
  const told = reading.evidence.wounded;
  if (wounded === null || told === undefined)
    return {
      ...reading,
      figures: { ...reading.figures, wounded: 1 },
      evidence: { ...reading.evidence, wounded: shot[0] },
    };
  // ("…; two of her classmates were also wounded": more, after the one shot.)
  if (!ALSO_HURT.test(told) || text.indexOf(told) < shot.index + shot[0].length) return reading;
  return withOneHurtBefore(reading, shot[0], told);
}

const ALSO_HURT = /\balso\s+(?:wounded|injured|hurt)\b/;
/** The reading with one more hurt, told in `before` ahead of the words `told` that gave the rest. */
function withOneHurtBefore(reading: CasualtyReading, before: string, told: string): CasualtyReading {
  return {
    ...reading,
    figures: { ...reading.figures, wounded: (reading.figures.wounded ?? 0) + 1 },
    evidence: { ...reading.evidence, wounded: `${before} … ${told}` },
  };
}

/**
 * One hurt told by a noun, then more told "also wounded" after it: "police killed two suspects and wounded a third; one
 * police officer was also wounded" (2).
 */
function oneHurtThenAlso(reading: CasualtyReading, text: string): CasualtyReading {
  const told = reading.evidence.wounded;
  if (reading.figures.wounded === null || !told || told.includes(' … ') || !ALSO_HURT_LAST.test(told)) return reading;
  const at = text.indexOf(told);
  const one = at > 0 ? ONE_WOUNDED.exec(text.slice(0, at)) : null;
  return one ? withOneHurtBefore(reading, one[0], told) : reading;
}
const ALSO_HURT_LAST = new RegExp(`${ALSO_HURT.source}$`);

// Victims with no number joined to those counted: "six soldiers and dozens of militants", "four soldiers and several
// civilians" (not those with a verb of their own: "and dozens of others were wounded").
const UNCOUNTED_JOINED =
  /^,?\s+(?:and|as well as|along with|together with)\s+(?:dozens|scores|hundreds|thousands|several|many|numerous|(?:an? )?(?:unknown|undetermined|unspecified) number|a number)\s+(?!of\s+(?:them|whom|those|these)\b)(?:of\s+)?(?:(?:the|their|other)\s+)?(?:[a-z-]+\s+)?[a-z]+s(?:-[a-z]+)?(?![\w-])(?!\s+(?:\w+ly\s+)?(?:were|was|had|have|are|suffered|sustained|wounded|injured|hurt|died|fled|escaped|remained|left|returned|gathered|\w+ed)\b)/;
const UNCOUNTED_WITHIN =
  /\band\s+(?:dozens|scores|hundreds|thousands|several|many|numerous|(?:an? )?(?:unknown|undetermined|unspecified) number)\s+(?:of\s+)?(?:(?:the|their|other)\s+)?(?:[a-z-]+\s+)?[a-z]+s\b/;
/** A figure whose count goes on with people of no number is no count at all: the field left null. */
function uncountedJoined(reading: CasualtyReading, text: string): CasualtyReading {
  let out = reading;
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const words = out.evidence[field];
    if (!words || out.figures[field] === null || out.figures[field] === 0) continue;
    const last = words.split(' … ').at(-1) ?? '';
    const at = text.indexOf(last);
    const after = at < 0 ? '' : text.slice(at + last.length, at + last.length + 100);
    // ("Fifty-eight people, including two priests and several monks, were killed": who some of them were, in an aside, is
    // no people joined to the count; "killing six soldiers, including a commander, and several civilians" joins some.)
    const counted = holds(words, PART_ASIDE_WORDS) ? words.replace(PART_ASIDE, ' ') : words;
    const next = holds(after, PART_ASIDE_WORDS)
      ? after.replace(PART_ASIDE, (m: string, ...rest: unknown[]) => (rest[rest.length - 2] === 0 ? '' : m))
      : after;
    if (!UNCOUNTED_WITHIN.test(counted) && !UNCOUNTED_JOINED.test(next)) continue;
    out = withoutFigure(out, field);
  }
  return out;
}

// A group's claim of the toll it caused: "the Taliban claimed 40 soldiers were killed", "militants … claimed to have
// killed 15" (not an authority's claim: "the army claimed to have killed 30 militants").
const CLAIMED = /\bclaim(?:ed|ing|s)\b(?!\s+responsibility)/;
const AUTHORITY_WORD =
  /\b(?:NATO|ISAF|army|military|police|government|ministry|officials?|authorities|forces|troops|soldiers)\b/i;
function groupClaim(clause: string): boolean {
  const claimed = CLAIMED.exec(clause);
  return (
    claimed !== null &&
    !AUTHORITY_WORD.test(
      clause
        .slice(Math.max(0, claimed.index - 60), claimed.index)
        .replace(/\b(?:ambushed|attacked|struck|raided)\b.*$/, ''),
    )
  );
}
// An authority's count: "NATO said", "the army reported", "officials put the toll at".
// The link before a second account: ", but", "; while".
const ACCOUNT_LINK = /^\W*(?:(?:but|while|whereas|although|and)\s+)?/i;
// An authority opening a second account: "but NATO", "the army", "Kenyan officials".
const AUTHORITY_LEAD = String.raw`^\W*(?:(?:but|while|whereas|although|and)\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:NATO|ISAF|army|military|police|government|ministry|officials?|authorities|forces|spokesm[ae]n for the (?:army|police|military|ministry))\s+`;
const AUTHORITY_SAID = new RegExp(String.raw`${AUTHORITY_LEAD}(?:said|reported|stated|confirmed|put|announced)\b`, 'i');
// Those dead an authority tells of besides denying its own losses: the attackers, civilians.
const OTHER_DEAD = /\b(?:attackers?|militants?|insurgents?|gunmen|fighters|terrorists|assailants|civilians?|rebels)\b/i;
// An authority denying any death: "the army denied any deaths", "officials said no soldiers were killed".
const AUTHORITY_DENIED = new RegExp(
  String.raw`${AUTHORITY_LEAD}(denied (?:any|all) (?:deaths|casualties|losses)|said (?:that )?no (?:one|soldiers?|troops|officers?|police(?:men)?|personnel) (?:was|were|had been) killed)\b`,
  'i',
);
/** A reading with one field's figure and words dropped (and the two accounts, where it is the deaths). */
function withoutFigure(reading: CasualtyReading, field: keyof Casualties): CasualtyReading {
  const evidence = { ...reading.evidence };
  delete evidence[field];
  return {
    ...reading,
    figures: { ...reading.figures, [field]: null },
    evidence,
    accounts: field === 'killed' ? null : reading.accounts,
  };
}

// A toll of many events before one of them told with a toll of its own: "killed more than 2,000 people in 2015(,
// including in the January 3 attack on Baga, which killed at least 150)".
const TOTAL_BEFORE_PART = new RegExp(
  `\\b(?:killed|killing)\\s+${QUALIFIER_PATTERN}(?:${NUMBER_PATTERN}|hundreds|thousands)\\s+(?:[a-z]+\\s+)?(?:people|persons|civilians|individuals)(?:\\s+(?:in|during)\\s+(?:\\d{4}|the year))?(?=,\\s+(?:including|among them)\\s+(?:in\\s+)?the\\s+[^.;]{0,120}?\\b(?:which|that)\\s+(?:killed|left|claimed)\\b)`,
  'gi',
);
// Checks made on a whole reading, each on the figures the one before left, in this order.
const AFTER_READING: ReadonlyArray<(reading: CasualtyReading, text: string) => CasualtyReading> = [
  uncountedJoined,
  stabbedNotKilled,
  shotNotKilled,
  oneHurtThenAlso,
  oneOfTheOtherSide,
  rescuedNotHeld,
  woundedOneDied,
  oneHurtDied,
  moreDiedAfter,
];

// More dead told right after a toll, with no verb of their own: "Twelve worshippers died at the scene| and three more in
// hospital", "killed four people instantly| and two more later".
const MORE_DIED_AFTER = new RegExp(
  `^(?:\\s+(?:at the scene|on the spot|instantly|immediately|outright))?,?\\s+and\\s+(${NUMBER_PATTERN})\\s+more\\s+(?:(?:later|afterwards?|subsequently)\\s+)?(?:(?:in|at)\\s+(?:a\\s+|the\\s+)?hospitals?|later|afterwards?|subsequently)\\b`,
  'i',
);
/** The toll with the dead told after it with no verb of their own. */
function moreDiedAfter(reading: CasualtyReading, text: string): CasualtyReading {
  const { figures, evidence } = reading;
  const told = evidence.killed;
  if (figures.killed === null || !told || !text.includes(' more')) return reading;
  const last = told.split(' … ').pop() ?? '';
  const at = text.indexOf(last);
  const more = at >= 0 ? MORE_DIED_AFTER.exec(text.slice(at + last.length, at + last.length + 80)) : null;
  const count = more?.[1] ? parseNumber(more[1]) : null;
  if (!more || count === null) return reading;
  return {
    ...reading,
    figures: { ...figures, killed: figures.killed + count },
    evidence: { ...evidence, killed: `${told}${more[0]}` },
  };
}

// The one hurt, told dead after: "… stabbed a police officer outside the parliament. The officer later died of his
// wounds", "a soldier was stabbed in the neck …; he died later that day".
const ONE_HURT_DIED = new RegExp(
  `(?:^|[.;]\\s+)(?:[Tt]he (?:[a-z-]+ )?(?:${PERSON}|victim|man|woman|boy|girl)(?<!s)|[Hh]e|[Ss]he) (?:later |subsequently )?(?:died|succumbed)\\b(?! (?:on|in) [A-Z])(?![^.;]{0,40}\\b(?:days?|weeks?|months?) (?:later|afterwards?)\\b)`,
);
const ONE_HURT = new RegExp(
  `\\b(?:stabb(?:ed|ing)|shot(?! dead)|wound(?:ed|ing)|injur(?:ed|ing))\\s+(?:an?|one|the)\\s+(?:[\\w'’-]+\\s+){0,3}?${PERSON}\\b(?!s)|\\b(?:[Aa]n?|[Oo]ne) (?:[\\w'’-]+\\s+){0,3}?${PERSON} (?:was|had been) (?:\\w+ly )?(?:stabbed|shot|wounded|injured)\\b`,
);
/** One hurt, then told dead by a noun or a pronoun: one killed, none left wounded. */
function oneHurtDied(reading: CasualtyReading, text: string): CasualtyReading {
  const { figures, evidence } = reading;
  if (figures.killed !== null || (figures.wounded !== null && figures.wounded !== 1)) return reading;
  if (!text.includes('died') && !text.includes('succumbed')) return reading;
  const died = ONE_HURT_DIED.exec(text);
  const hurt = died ? ONE_HURT.exec(text.slice(0, died.index)) : null;
  if (!died || !hurt) return reading;
  const { wounded: _, ...rest } = evidence;
  return {
    ...reading,
    figures: { ...figures, killed: 1, wounded: null },
    evidence: { ...rest, killed: `${hurt[0]} … ${died[0].replace(/^[.;]\s+/, '')}` },
  };
}

/**
 * "gunmen shot and wounded a police officer in Ulma. He later died of his wounds.": the one wounded is the one who
 * died, told by a pronoun; no one is left wounded.
 */
function woundedOneDied(reading: CasualtyReading): CasualtyReading {
  const { figures, evidence } = reading;
  if (figures.wounded !== 1 || figures.killed !== 1 || !evidence.killed || !evidence.wounded) return reading;
  if (!/^(?:He|She) (?:later |subsequently )?(?:died|succumbed)\b/.test(evidence.killed)) return reading;
  const { wounded: _, ...rest } = evidence;
  return { ...reading, figures: { ...figures, wounded: null }, evidence: rest };
}

// A stop that ends an initial or a title, not a sentence: "R. Tallan", "R.J. Maddox", "V.S. Amrit", "Dr. Voss", "Lt. Col.
// Harun", "No. 2" (and "U.S." or "U.N." after an article: "a U.S. citizen"; elsewhere the patterns read them as they
// are: "two U.S. soldiers").
const ABBREVIATION_STOP =
  /\b(?:U\.[SNK]\.|E\.U\.)|\.(?:(?<=\b[A-Z]\.)(?=[A-Z]\.)|(?<=(?:(?:\b[A-Z][a-z]+|[A-Z]\.|\b[A-Z]x)\s|\b[A-Z]\.)[A-Z]\.)(?<!\b(?:Zone|Area|Plan|Brigade|Sector|Block|Camp|Gate|Phase|Grade|Class|Group|Company|Battalion|Section|Unit|Team|Annex|Appendix|Part|Building|Wing|Division|Corps|Regiment|Squad|Platoon|Route|Highway|Road|Line|Level|Stage|Type|Vitamin|Hepatitis)\s[A-Z]\.)(?=\s+[A-Z][a-z])(?!\s+(?:The|This|That|These|Those|His|Her|Their|Its|He|She|They|It|We|A|An|In|On|At|After|Before|During|Police|Security|Authorities|Officials|Troops|Soldiers)\b)|(?<=\b(?:Dr|Mr|Mrs|Ms|Col|Lt|Gen|Maj|Capt|Sgt|Prof|Sen|Gov|Rep|No|Jr|Sr|Brig|Cpl|Adm|Rev|St)\.)(?=\s+[A-Z0-9]))/g;
const withoutAbbreviationStops = (text: string) =>
  text.replace(ABBREVIATION_STOP, (stop: string, at: number) =>
    // ("a U.S. citizen", "the U.N. envoy": one told by whose he is, in an aside, read as a word: "Uxsx", as "Turkish".)
    stop.length === 1
      ? 'x'
      : /\b(?:an?|another|the)\s$/i.test(text.slice(Math.max(0, at - 8), at))
        ? stop.replaceAll('.', 'x').replace(/(?<=^.).+/, (rest) => rest.toLowerCase())
        : stop,
  );

/**
 * Evidence read from `reduced` (the text with `cuts` left out, at their places in it), as the words of `written`; with
 * no cuts, the two are of one length, letter for letter.
 */
function pastCuts(
  evidence: CasualtyEvidence,
  reduced: string,
  written: string,
  cuts: ReadonlyArray<{ at: number; length: number }>,
): CasualtyEvidence {
  // A place in `reduced` as a place in `written`: past every cut made at or before it (a piece's end counts a cut
  // only where the piece goes on past it).
  const shift = (at: number, end: boolean) => {
    let by = 0;
    for (const cut of cuts) if (end ? cut.at < at : cut.at <= at) by += cut.length;
    return at + by;
  };
  const out: CasualtyEvidence = { ...evidence };
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    const words = evidence[field];
    if (!words) continue;
    out[field] = words
      .split(' … ')
      .map((piece) => {
        const at = reduced.indexOf(piece);
        return at < 0 ? piece : written.slice(shift(at, false), shift(at + piece.length, true));
      })
      .join(' … ');
  }
  return out;
}

/** The words quoted from `blanked`, as `written` has them (the two are of one length, letter for letter). */
function asWritten(evidence: CasualtyEvidence, blanked: string, written: string): CasualtyEvidence {
  return pastCuts(evidence, blanked, written, []);
}

/**
 * Words of `read` (the text with its stops of initials and titles read as letters, of the same length as `written`)
 * within a sentence made of them, such as whose an account is, taken back as written: "a Uxsx military
 * investigation" → "a U.S. military investigation".
 */
function wordsAsWritten(sentence: string, read: string, written: string): string {
  const swaps = new Map<string, string>();
  for (const word of read.matchAll(/\S+/g)) {
    const as = written.slice(word.index, word.index + word[0].length);
    if (as !== word[0]) swaps.set(word[0], as);
  }
  return swaps.size === 0 ? sentence : sentence.replace(/\S+/g, (word) => swaps.get(word) ?? word);
}

function readBlanked(input: string, depth: number): CasualtyReading {
  const lowerInput = input.toLowerCase();
  // "Police initially said two bystanders were also killed but later said they had only been wounded": the dead of the
  // clause corrected are wounded (or, "later said both had survived", neither).
  const corrected = depth === 0 && holds(lowerInput, CORRECTION_WORDS) ? CORRECTED_NOT_DEAD.exec(input) : null;
  if (corrected) {
    const before = input.slice(0, corrected.index);
    const opens = Math.max(before.lastIndexOf('; '), before.lastIndexOf('. ')) + 1;
    const clause = readOne(before.slice(opens));
    const told = clause.figures.killed;
    // (Only where the clause told no one else taken, whom "they" or "he" might be, and the word is of as many as told:
    // "killed two guards and abducted three engineers; police later said they were alive" corrects no death.)
    const agrees = told !== null && (corrected[1] !== undefined ? told === 1 : told > 1);
    if (
      agrees &&
      clause.figures.wounded === null &&
      clause.evidence.killed &&
      !OTHERS_TAKEN.test(before.slice(opens))
    ) {
      // (What follows the correction's clause is read on its own: "…, and a second blast killed three soldiers".)
      // (Only its deaths, and only of the same sentence: "…; the two wounded guards were taken to a hospital" tells the
      // wounded again, and the next sentence may tell another event.)
      const end = corrected.index + corrected[0].length;
      const sentenceEnd = input.slice(end).search(/\.\s/);
      const tail = sentenceEnd < 0 ? input.slice(end) : input.slice(end, end + sentenceEnd + 1);
      const rest = /;\s|,\s+and\s/.exec(tail);
      const read = readBlanked(before.slice(0, opens), depth + 1);
      const figures = { ...read.figures };
      const evidence = { ...read.evidence };
      const more = rest ? readOne(tail.slice(rest.index + rest[0].length)) : null;
      if (more?.figures.killed != null)
        addReading(figures, evidence, {
          figures: { killed: more.figures.killed, wounded: null, arrested: null },
          evidence: { killed: more.evidence.killed },
        });
      if (corrected[2])
        addReading(figures, evidence, {
          figures: { killed: null, wounded: told, arrested: null },
          evidence: { wounded: `${clause.evidence.killed} … ${corrected[0].replace(/^[,;.]?\s+(?:but\s+)?/, '')}` },
        });
      const accounts = `first said ${told} killed, later said ${corrected[2] ? 'wounded' : 'alive'} (not counted dead)`;
      return { figures, evidence, accounts };
    }
  }
  // "Initial reports put the toll at 187 dead; the government later revised the figure to 209 killed": the later
  // account replaces the first.
  // (Each pattern below is tried only on a text that holds the words every match of it holds; see `holds`.)
  const revised = holds(lowerInput, REVISION_WORDS) ? REVISION.exec(input) : null;
  if (revised) {
    const first = input.slice(0, revised.index);
    const second = input.slice(revised.index + revised[0].length);
    const a = readOne(first);
    const b = bareDeaths(readOne(second), second, a.figures.killed, REVISED_TO, first);
    // ("killing 58 people; the army later said it killed 10 of the assailants": the attackers' deaths are more deaths,
    // not a revised toll.)
    const otherSide =
      MILITANT_SIDE.test(b.evidence.killed ?? '') &&
      !SECURITY_SIDE.test(second) &&
      !MILITANT_SIDE.test(a.evidence.killed ?? '');
    // ("…, one of whom later died; police later put the toll at three": the later toll is the first one, told again.)
    if (a.figures.killed !== null && a.figures.killed === b.figures.killed && !otherSide) {
      const figures = { ...a.figures };
      for (const f of ['wounded', 'arrested'] as const) figures[f] ??= b.figures[f];
      const evidence = { ...b.evidence, ...a.evidence };
      return { figures, evidence, accounts: null };
    }
    // ("…, and wounded six; a day later, the ministry revised the figures to nine wounded": the wounded or arrested revised,
    // the dead as first told.)
    if (b.figures.killed === null && REVISED_WORD.test(second)) {
      const figures = { ...a.figures };
      const evidence = { ...a.evidence };
      const changed = (['wounded', 'arrested'] as const).filter((f) => b.figures[f] !== null);
      for (const f of changed) {
        figures[f] = b.figures[f];
        evidence[f] = b.evidence[f];
      }
      if (changed.length > 0) {
        const accounts = changed
          .map((f) => `first ${a.figures[f] ?? 'no figure'} ${f}, later revised to ${b.figures[f]} (figures not added)`)
          .join('; ');
        return { figures, evidence, accounts };
      }
    }
    if (anotherAccount(a, b, second, otherSide)) {
      const figures = { ...b.figures };
      const evidence = { ...b.evidence };
      for (const f of ['wounded', 'arrested'] as const) {
        if (figures[f] === null && a.figures[f] !== null) {
          figures[f] = a.figures[f];
          if (a.evidence[f]) evidence[f] = a.evidence[f];
        }
      }
      const accounts = `first ${a.figures.killed} killed, later revised to ${b.figures.killed} (figures not added)`;
      return { figures, evidence, accounts };
    }
  }
  // "…; Ethiopian officials said 11 militants and two soldiers died, while al-Shabaab claimed to have killed 35": the
  // link where both sides give a toll, among the first few (each is two reads of the text: a few keep it linear).
  const splits =
    holds(lowerInput, ACCOUNT_LINKS) && holds(lowerInput, ACCOUNT_VERBS)
      ? [...input.matchAll(OTHER_ACCOUNTS)].slice(0, 4)
      : [];
  for (const split of splits) {
    const first = input.slice(0, split.index);
    // ("…, killing eight officers; the group claimed to have killed 10. Officials said five militants also died": the
    // second account ends with its sentence; what the sentences after it tell is read on its own, and added.)
    const rest = input.slice(split.index + split[0].length);
    // (Only where the account's verb stands in that sentence: "…; about 60 were wounded. Officials gave a lower figure,
    // 35 dead" is an account told in the next.)
    const stop = split[0].includes('(') ? -1 : rest.search(/[.!?]\s+(?=[A-Z])/);
    // (A link whose account is told only in a later sentence is not where the accounts part: the sentence end is.)
    if (stop >= 0 && (ACCOUNT_VERB.exec(rest)?.index ?? rest.length) > stop) continue;
    const end = stop;
    const second = end < 0 ? rest : rest.slice(0, end + 1);
    const after = end < 0 ? '' : rest.slice(end + 1);
    // ("Two passengers were wounded, according to prosecutors; the railway operator reported four injuries": two
    // accounts of the wounded, where neither tells a death.)
    // ("Police said three people died and 26 were injured; the Red Cross put the number of injured at 39": the same, where
    // the first tells deaths besides.)
    // (Deaths told as words of their own: "two soldiers were hurt" tells none, though "soldiers" holds "die".)
    // ("… led to the arrest of 12 suspects, according to the Ministry of Defense, while local officials said 10 had been
    // detained": two accounts of the arrested, where the second tells no death and no wound.)
    const field = DEATH_WORDS.test(second)
      ? null
      : FIELD_WORD.wounded.test(second)
        ? !DEATH_WORDS.test(first) || FIELD_WORD.wounded.test(first)
          ? 'wounded'
          : null
        : FIELD_WORD.arrested.test(second) && FIELD_WORD.arrested.test(first)
          ? 'arrested'
          : null;
    if (field) {
      const other = field === 'wounded' ? 'arrested' : 'wounded';
      // ("…, and hospital staff said three more were wounded": more of them, added as usual.)
      // (Not "more than", a qualifier of the figure: "… put the number of injured at more than 800".)
      if (/\b(?:more(?!\s+than\b)|further|another|additional|also|others?)\b/i.test(second)) continue;
      const a = readOne(first);
      const b = readOne(second);
      // (Not of other people, nor of another blast: "injuring three civilians, according to police, and military
      // officials said two soldiers were hurt", "… three soldiers were wounded in a second blast nearby".)
      if (ELSEWHERE_TOLD.test(second) || /\bsecond\b/i.test(second)) continue;
      // (Nor, of the arrested, those held at a place the first does not name: "… arrested 12 suspects in Kerno, and
      // officials said 10 had been detained in Velko".)
      // (Nor others than those held first: "… arrested 12 militants, according to the army, and police said 30 protesters had
      // been detained": only a figure told bare or of the same people is another account.)
      if (field === 'arrested') {
        const lowerFirst = first.toLowerCase();
        if ([...second.matchAll(PLACE_NAMED)].some((m) => !lowerFirst.includes((m[1] ?? '').toLowerCase()))) continue;
        // ("… and officials said 30 militants had been detained at checkpoints in the north", "… in refugee camps".)
        if ([...second.matchAll(AREA_NAMED)].some((m) => !lowerFirst.includes((m[1] ?? '').toLowerCase()))) continue;
        const [heldA, heldB] = [heldNoun(a.evidence.arrested), heldNoun(b.evidence.arrested)];
        if (heldB && heldA !== heldB) continue;
      }
      const [whoA, whoB] =
        field === 'wounded' ? [woundedNoun(a.evidence.wounded), woundedNoun(b.evidence.wounded)] : [];
      if (whoA && whoB && whoA !== whoB) continue;
      const [x, y] = [a.figures[field], b.figures[field]];
      // (Sentences after it that tell no figure leave the two accounts as they are: "… put the number of injured at 13.
      // Prosecutors said the driver had a long history of psychiatric illness.")
      const afterFigures = after.trim() ? readOne(after).figures : null;
      const quietAfter =
        afterFigures === null ||
        (afterFigures.killed === null && afterFigures.wounded === null && afterFigures.arrested === null);
      if (x !== null && y !== null && x !== y && b.figures[other] === null) {
        const accounts = twoAccounts(first, x, second, y, field);
        if (quietAfter) return { figures: { ...a.figures }, evidence: { ...a.evidence }, accounts };
        // ("… injuring 116 others. Later estimates put the number of injured at more than 800. The bomber died in the
        // blast.": the text read without the other account, where what follows it adds none of the wounded.)
        const rest = readOne(`${first}.${after}`);
        if (rest.figures[field] === x) return { figures: rest.figures, evidence: rest.evidence, accounts };
      }
      continue;
    }
    // Two accounts of deaths need a word of death on each side (a bare figure or a toll on the second): most links
    // ("…, and police said …") stop here before any reading.
    // (Attackers who blew themselves up are deaths too.)
    const deathsFirst = FIELD_WORD.killed.test(first) || /\bblew (?:himself|herself|themselves) up\b/i.test(first);
    if (!deathsFirst || !(FIELD_WORD.killed.test(second) || /\d|toll/i.test(second))) continue;
    // ("The ISF said 67 people were wounded; hospital sources reported 56": a bare figure after a clause of the wounded
    // only is another account of the wounded.)
    if (!FIELD_WORD.killed.test(second) && woundedOnly(lastClause(first))) continue;
    // ("Police said the attackers also killed two guards": more deaths, not another account of the same ones.)
    // (Not more of the wounded told after it: "…; other officials put the death toll at 80, and dozens more were wounded".)
    if (MORE_DEATHS.test(second.replace(MORE_WOUNDED_AFTER, ' '))) continue;
    const a = readOne(first);
    // ("… Police put the death toll at 81; church officials said 127 had died": the second account ends where a third
    // begins; each is read alone, never added.)
    const inner = splits.find(
      (other) => other.index > split.index && other.index < split.index + split[0].length + second.length,
    );
    const own = inner ? second.slice(0, inner.index - split.index - split[0].length) : second;
    const third = inner ? second.slice(own.length + inner[0].length) : '';
    const b = bareDeaths(readOne(own), own, a.figures.killed, BARE_ACCOUNT, first);
    const c = third ? bareDeaths(readOne(third), third, b.figures.killed, BARE_ACCOUNT, own) : null;
    // "… two suicide bombers blew themselves up outside a church. Police put the death toll at 81": deaths of the
    // attackers alone, then a toll of their victims; both counted (the guide counts attackers), the accounts being the
    // later ones, each as its source gave it.
    if (a.figures.killed !== null && b.figures.killed !== null && SELF_DEATHS_ONLY.test(a.evidence.killed ?? '')) {
      // ("… Police said 20 people died, including the bombers": the toll holds them.)
      const holdsThem = ATTACKERS_IN_TOLL.test(own);
      const killed = holdsThem ? b.figures.killed : a.figures.killed + b.figures.killed;
      const figures = { ...a.figures, killed };
      for (const f of ['wounded', 'arrested'] as const) figures[f] ??= b.figures[f];
      const evidence = {
        ...a.evidence,
        ...b.evidence,
        killed: holdsThem ? (b.evidence.killed ?? '') : `${a.evidence.killed} … ${b.evidence.killed ?? ''}`,
      };
      for (const f of ['wounded', 'arrested'] as const)
        if (a.figures[f] !== null && a.evidence[f]) evidence[f] = a.evidence[f];
      const later =
        c?.figures.killed != null && c.figures.killed !== b.figures.killed
          ? `${twoAccounts(own, b.figures.killed, third, c.figures.killed)}${holdsThem ? '' : `; ${a.figures.killed} attackers besides`}`
          : null;
      return { figures, evidence, accounts: later };
    }
    // "killed 24 soldiers; French forces said they killed 17 militants": deaths on the other side are more deaths,
    // not another account of the same ones.
    const sides = (words: string | undefined) =>
      `${SECURITY_SIDE.test(words ?? '') ? 's' : ''}${MILITANT_SIDE.test(words ?? '') ? 'm' : ''}`;
    const sideA = sides(a.evidence.killed);
    const sideB = sides(b.evidence.killed);
    const otherSide = sideA.length === 1 && sideB.length === 1 && sideA !== sideB;
    // ("militants … claimed to have killed 15 soldiers; the army denied any deaths": a group's claim an authority denies
    // gives no death; both stay in the accounts.)
    const denied = a.figures.killed !== null && groupClaim(lastClause(first)) ? AUTHORITY_DENIED.exec(own) : null;
    if (denied) {
      // (Deaths the same authority tells besides are its count: "the army denied any casualties and said troops killed six
      // of the attackers".)
      const besides = readOne(second);
      // (Only deaths of others than those denied: "said none of its men was killed" is the denial again.)
      const others = besides.figures.killed !== null && OTHER_DEAD.test(besides.evidence.killed ?? '');
      const figures = { ...a.figures, killed: others ? besides.figures.killed : 0 };
      const evidence = { ...a.evidence, killed: (others ? besides.evidence.killed : null) ?? denied[1] ?? denied[0] };
      takeOtherFigures(figures, evidence, besides);
      const accounts = `claimed: ${a.figures.killed} killed; ${denied[0].replace(ACCOUNT_LINK, '').trim()} (figures not added)`;
      return withLaterAccounts(figures, evidence, accounts, after, depth);
    }
    if (anotherAccount(a, b, second, otherSide)) {
      const accounts = twoAccounts(first, a.figures.killed ?? 0, second, b.figures.killed ?? 0);
      // Figures of the second account other than deaths still count when the first gives none.
      const figures = { ...a.figures };
      const evidence = { ...a.evidence };
      // ("The Taliban claimed 40 foreign soldiers were killed, but NATO said one U.S. contractor died": a group's claim
      // of its own toll, answered by an authority's count, gives the authority's; both stay in the accounts.)
      if (b.figures.killed !== null && groupClaim(lastClause(first)) && AUTHORITY_SAID.test(own)) {
        figures.killed = b.figures.killed;
        evidence.killed = b.evidence.killed;
      }
      takeOtherFigures(figures, evidence, b);
      return withLaterAccounts(figures, evidence, accounts, after, depth);
    }
  }
  // "two bombs exploded …: the first killed a French engineer and his driver, and the second … killed a soldier and
  // injured three others": each one's toll read in its own words, and added.
  // (Not where the whole toll is told besides: "Two bombs killed 10 people: the first killed four and the second six",
  // "…, and the second killed a soldier; in all, two people died".)
  const second =
    lowerInput.includes('the first') && lowerInput.includes('the second') && !TOTAL_TOLD.test(input)
      ? FIRST_THEN_SECOND.exec(input)
      : null;
  const told = second ? readOne(input.slice(0, second.index)) : null;
  if (second?.[1] !== undefined && told) {
    const a = readOne(
      input.slice(told.figures.killed === null ? 0 : second.index, second.index + second[0].length - second[1].length),
    );
    const b = readOne(input.slice(second.index + second[0].length));
    const fields = ['killed', 'wounded', 'arrested'] as const;
    if (fields.some((f) => a.figures[f] !== null) && fields.some((f) => b.figures[f] !== null)) {
      const figures = { ...a.figures };
      const evidence = { ...a.evidence };
      addReading(figures, evidence, b);
      // ("Two bombs killed 10 people in Tarn: the first killed four and the second six": the parts of a toll told
      // before them, which they add up to.)
      if (told.figures.killed === null) return { figures, evidence, accounts: null };
      if (figures.killed === told.figures.killed) return { ...told, accounts: null };
    }
  }
  // "The initial toll of 100 dead rose to 121": the later figure replaces the first.
  const read = jointToll(readOne(input), input);
  // ("The death toll later rose from 17 to 26": the same, with the first figure read there.)
  const rose = holds(lowerInput, TOLL_ROSE_WORDS) ? TOLL_ROSE.exec(input) : null;
  // The later figure, the first a toll too where no other was read ("The initial toll of 61 rose to 81").
  const revisedUp = (words: string, first: string | undefined, later: string | undefined): CasualtyReading | null => {
    const from = first ? parseNumber(first) : null;
    const to = later ? parseNumber(later) : null;
    if (from === null || to === null || to <= from || (read.figures.killed !== null && read.figures.killed !== from))
      return null;
    const accounts = `first ${from} killed, later revised to ${to} (figures not added)`;
    return { figures: { ...read.figures, killed: to }, evidence: { ...read.evidence, killed: words }, accounts };
  };
  const roseFrom = rose ? revisedUp(rose[0], rose[1] ?? rose[2], rose[3]) : null;
  if (roseFrom) return roseFrom;
  // ("killing 11; in the following days, the death toll rose to 18": the same, the first figure the toll read before.)
  const roseTo = rose ? null : holds(lowerInput, TOLL_ROSE_WORDS) ? TOLL_ROSE_TO.exec(input) : null;
  // (Or where the figure risen to was not read: "The death toll from the March 3 bombing rose to 40".)
  const risenTo = roseTo
    ? tollToldAgain(read, input, roseTo, roseTo[2], true, (first, n) => `first ${first} killed, later revised to ${n}`)
    : null;
  if (risenTo) return risenTo;
  // ("The toll from the May 6 bombing, initially put at 11 dead, rose to 19": the first toll told inside, replaced.)
  const initially = roseTo ? revisedUp(roseTo[0], roseTo[1], roseTo[2]) : null;
  if (initially) return initially;
  // ("The death toll from the bombing rose to 32": the toll risen to, where it is the text's only figure of the dead.)
  const toll = roseTo?.[2] && read.figures.killed === null ? parseNumber(roseTo[2]) : null;
  if (roseTo && toll !== null)
    return {
      figures: { ...read.figures, killed: toll },
      evidence: { ...read.evidence, killed: roseTo[0] },
      accounts: null,
    };
  // ("… which killed six people. Including the bomber, seven people died.", "…, killing 20. In all, 21 people died,
  // including the attacker": the toll told again as a whole, the attacker counted; not added to the first.)
  const whole =
    lowerInput.includes('includ') || lowerInput.includes(' in all') || lowerInput.includes('in total')
      ? TOLL_AS_WHOLE.exec(input)
      : null;
  const asWhole = whole
    ? tollToldAgain(
        read,
        input,
        whole,
        whole[1] ?? whole[2],
        false,
        (first, n) => `${first} killed, ${n} with the attackers`,
      )
    : null;
  if (asWhole) return asWhole;
  // "…; the second killed 11 more, bringing the toll to 13": the toll the text sums to, where the parts read fall short
  // of it (not "bringing the toll for the year to 300").
  const brought = holds(lowerInput, TOLL_TO_WORDS) ? BRINGING_TOLL.exec(input) : null;
  const total = brought?.[1] ? parseNumber(brought[1]) : null;
  // ("Two of the wounded later died, raising the toll to seven": told alone, the toll is the text's only figure.)
  if (brought && total !== null && read.figures.killed === null)
    return {
      figures: { ...read.figures, killed: total },
      evidence: { ...read.evidence, killed: brought[0] },
      accounts: null,
    };
  if (
    brought &&
    total !== null &&
    read.figures.killed !== null &&
    total > read.figures.killed &&
    total < read.figures.killed * 3
  ) {
    return {
      figures: { ...read.figures, killed: total },
      evidence: {
        ...read.evidence,
        killed: `${read.evidence.killed ?? ''}${read.evidence.killed ? ' … ' : ''}${brought[0]}`,
      },
      accounts: null,
    };
  }
  return { ...read, accounts: null };
}

/** Whether a text tells the wounded and no deaths. */
function woundedOnly(text: string): boolean {
  return FIELD_WORD.wounded.test(text) && !FIELD_WORD.killed.test(text);
}

/** The last clause of a text: after its last semicolon or sentence end. */
function lastClause(text: string): string {
  const at = Math.max(text.lastIndexOf(';'), text.lastIndexOf('. '));
  return text.slice(at + 1);
}

/**
 * A second account's deaths written as a bare figure, where the first tells deaths: "; local media said 25"
 * (`BARE_ACCOUNT`), "…; officials later revised it to more than 150" (`REVISED_TO`).
 */
function bareDeaths(
  reading: { figures: Casualties; evidence: CasualtyEvidence },
  text: string,
  firstKilled: number | null,
  pattern: RegExp,
  before: string,
): { figures: Casualties; evidence: CasualtyEvidence } {
  if (firstKilled === null || reading.figures.killed !== null) return reading;
  const bare = pattern.exec(text);
  const figure = bare?.[1] ?? bare?.[2] ?? bare?.[3];
  const value = figure ? parseNumber(figure.replace(LEADING_QUALIFIER, '')) : null;
  if (value === null || !bare) return reading;
  // ("The ISF said 67 people were wounded; hospital sources reported 56": a bare figure after a clause of the wounded
  // only is another account of the wounded.)
  if (woundedOnly(text.slice(0, bare.index).trim() || lastClause(before))) return reading;
  return { figures: { ...reading.figures, killed: value }, evidence: { ...reading.evidence, killed: bare[0] } };
}

/**
 * Says whose each of two accounts of the same deaths is, and its figure: "the KDF: 79 killed; media: 90 killed
 * (figures not added)".
 */
/**
 * Whether a second reading tells the same deaths again by another account: both tell a different toll of the same side,
 * not some of the dead ("killed six people. Police said the dead included two suspected bombers") nor deaths of
 * another incident ("…; the army insisted that two civilians died in a separate incident").
 */
function anotherAccount(
  a: { figures: Casualties },
  b: { figures: Casualties; evidence: CasualtyEvidence },
  second: string,
  otherSide: boolean,
): boolean {
  return (
    a.figures.killed !== null &&
    b.figures.killed !== null &&
    a.figures.killed !== b.figures.killed &&
    !otherSide &&
    !SOME_OF_THE_DEAD.test(b.evidence.killed ?? '') &&
    !ELSEWHERE_TOLD.test(second)
  );
}
/** Who a figure of the wounded counts, by its noun ("three US soldiers were injured": "soldier"), or null. */
function woundedNoun(words: string | undefined): string | null {
  const noun = /\b([a-z]+?)(?:s|es)?(?=\s+(?:were|was)\b|$)/.exec(words?.split(' … ')[0] ?? '')?.[1];
  return noun && !/^(?:people|person|other|injur|wound|hurt|one)/.test(noun) ? noun : null;
}
// Deaths told of another incident or place: "in a separate incident", "elsewhere".
// A place a clause names by its name ("in Kerno", "near the Velko camp"; not "at least", "in the raid").
const PLACE_NAMED = /\b(?:in|at|near|outside) (?:the\s+)?([A-Z][\w'’-]+)/g;
// Or by an area with no name: "in the north", "in the mountains", "in refugee camps", "at checkpoints".
const AREA_NAMED =
  /\b(?:in|at|near|across) (?:the\s+)?((?:north|south|east|west)(?:east|west)?(?:ern)?|mountains|hills|(?:refugee |displacement )?camps|checkpoints|border(?: areas?)?|countryside|villages|capital|suburbs)\b/gi;
const HELD_NOUN = new RegExp(
  `\\b(?:${NUMBER_PATTERN})\\s+(?:(?:suspected|alleged|more|other|armed|foreign|local|of|its|their|the)\\s+)*([a-z][\\w-]*)`,
  'i',
);
/** Who the held are, by the noun after the figure ("arrested 12 militants": militants); null for a bare figure. */
function heldNoun(words: string | undefined): string | null {
  const noun = HELD_NOUN.exec(words?.split(' … ')[0] ?? '')?.[1];
  return noun && !/^(?:had|have|has|were|was|are|is|people|persons|individuals|others)$/i.test(noun) ? noun : null;
}
const ELSEWHERE_TOLD = /\b(?:separate|elsewhere|unrelated|another (?:attack|incident|bombing|clash))\b/i;

export function twoAccounts(
  first: string,
  firstKilled: number,
  second: string,
  secondKilled: number,
  told = 'killed',
): string {
  // ("Hospital officials later said …": who told it, without when.)
  const whose = (text: string, none: string) =>
    ACCOUNT_SOURCE.exec(text)?.[1]
      ?.trim()
      .replace(/(?:\s+(?:later|subsequently|then|also|initially|first))+$/i, '') || none;
  const tail = first.slice(Math.max(0, first.length - 200));
  const sourceA =
    /\baccording to ((?:the )?[\w'’-]+(?: [\w'’-]+){0,3}?)\s*(?:[,;.]|$)/i.exec(tail)?.[1] ??
    whose(tail, 'the first account');
  return `${sourceA}: ${firstKilled} ${told}; ${whose(second, 'another account')}: ${secondKilled} ${told} (figures not added)`;
}

// The stems of a death told (FIELD_WORD.killed and DEATH_WORDS).
const DEATH_STEMS =
  'kill|dead|death|fatal|lives|murder|execut|behead|assassin|shot|gunned|massacre|slaughter|bodies|corpses|remains|toll|throat|alive|perished|slain|(?:final|eventual|official|revised|confirmed) count';
// A death told in words of its own (FIELD_WORD.killed is a gate of stems: "die" stands in "soldiers").
const DEATH_WORDS = new RegExp(`${DEATH_STEMS}|\\bd(?:ie[ds]?|ying)\\b`, 'i');
// What each field's patterns need: a text without the stem gets no pass of them.
const FIELD_WORD: Record<keyof Casualties, RegExp> = {
  killed: new RegExp(`${DEATH_STEMS}|die`, 'i'),
  wounded: /wound|injur|hurt|burns|hospital|amputat|stabb/i,
  arrested:
    /arrest|intercepted|netted|detain|detention|apprehen|captur|custody|rounded|surrender|-member|dismantled|broke up|breaking up|prisoners|turned themselves in|held for questioning|gave themselves up|handed (?:him|her|them)sel(?:f|ves) (?:over|in)/i,
};

// Every pattern below needs one of these word stems: a text with none states no figure.
const ANY_FIGURE_WORD =
  /stabb|gave themselves up|handed (?:him|her|them)sel(?:f|ves) (?:over|in)|burns|alive|perished|slain|prisoners|turned themselves in|turned (?:him|her)self in|gave (?:him|her)self up|held for questioning|throats? of|hospital|amputat|kill|slaughter|bodies of|corpses of|remains of|dead|die|death|toll|wound|injur|hurt|arrest|intercepted|netted|detain|detention|apprehen|captur|caught|custody|rounded|surrender|casualt|lives|fatal|murder|execut|behead|assassin|shot|shooting|gunned|massacre|life|harm|body of|corpse of|body was|bodies were|remains were|-member|blew themselves up|blew himself up|blew herself up|dismantled|broke up|breaking up|(?:final|eventual|official|revised|confirmed) count/i;

// The words, in lower case (as written, for a case-sensitive pattern), one of which every match of a pattern holds:
// a text without any of them is not searched with the pattern. Keep them in step when a pattern changes.
const REVISION_WORDS = [
  'later',
  'subsequently',
  'the toll',
  'death toll',
  'final toll',
  'final count',
  'eventual count',
  'official count',
  'revised count',
  'confirmed count',
  'eventually',
  'eventual toll',
  'official toll',
  'revised',
  'raised',
  'updated',
  'number of',
  'numbered',
  'totaled',
  'totalled',
];
const ACCOUNT_LINKS = ['while', 'whereas', 'but', 'though', ';', '(', ', and ', '. '];
const TOLL_ROSE_WORDS = [' rose ', ' climbed ', ' increased '];
const TOLL_TO_WORDS = [
  ' the toll to ',
  ' the death toll to ',
  ' number of dead to ',
  ' number of deaths to ',
  ' number of fatalities to ',
  ' number of people killed to ',
  ' number killed to ',
  ' number dead to ',
  ' total killed to ',
  ' total dead to ',
  ' total deaths to ',
  ' total fatalities to ',
  ' toll from th',
  ' toll of th',
  ' toll in th',
];
const PART_ASIDE_WORDS = ['including', 'among them', ' of them', ' of whom'];
// AND_ONE_KILLED, NAMED_PAIR_KILLED and "was killed": a death told with a verb.
const KILLED_WORDS = [
  'killed',
  'gunned down',
  'killing him',
  'killing her',
  'shot dead',
  'murdered',
  'assassinated',
  'executed',
  'died',
  'lost his life',
  'lost her life',
  'found dead',
  'beheaded',
  'to death',
  'fatally',
  'mortally',
];
// SELF_AND_KIN and ATTACKER_KILLED.
const SHOT_OR_KILLED = ['kill', 'shot', 'shooting', 'died'];
const KIN_WORDS = ['his', 'her', 'their', 'himself', 'themselves'];
const ONE_VICTIM_WORDS = [
  'kill',
  ' dead',
  'murder',
  'assassinat',
  'behead',
  'shot dead',
  'shooting dead',
  'gunned down',
  'gunning down',
  'death',
  'execut',
  'fatal ',
  'throat',
];
const ARREST_WORDS = [
  'arrested',
  'arresting',
  'detained',
  'detaining',
  'captured',
  'capturing',
  'apprehended',
  'surrendered',
  'handed himself',
  'handed herself',
  'gave himself up',
  'gave herself up',
  'turned himself in',
  'turned herself in',
  'into custody',
  'arrest of',
  'capture of',
  'apprehending',
  'arrest on ',
  'capture on ',
  'detention on ',
  'detention of',
  'arrest in ',
  'capture in ',
  'detention in ',
  'caught',
];
const HURT_WORDS = ['injur', 'wound', 'hurt'];
const ONLY_WORDS = ['the only ', 'the sole '];

/**
 * Where the items of a list before a figure are looked for: 120 characters back, and further by the length of any
 * aside blanked there ("11 detainees, including Ali Tessa, the alleged planner of the October 31, 2010 attack on Our
 * Lady of Salvation Church, and six police officers were killed": the aside counts for nothing).
 */
function listWindow(text: string, start: number): number {
  let window = Math.max(0, start - 120);
  for (let i = 0; i < 3 && window > 0; i += 1) {
    let blank = 0;
    for (const run of text.slice(window, start).matchAll(/ {8,}/g)) blank += run[0].length;
    // (At most 400 more: no text makes the search back longer than that.)
    const wider = Math.max(0, start - 120 - Math.min(blank, 400));
    if (wider === window) break;
    // (Not past a verb of another clause: "police arrested two suspects, including …, and four soldiers were killed".)
    if (
      /\b(?:arrested|detained|captured|killed|killing|wounded|wounding|injured|injuring|died)\b/i.test(
        text.slice(wider, window),
      )
    )
      break;
    window = wider;
  }
  return window;
}

// Words of a list's opening that name no victims: "a separate incident", "the following week".
const NOT_AN_ITEM = /\b(?:incidents?|attacks?|bombings?|ambush|clash|operations?|week|day|month|year|time)\b/i;
/** Whether a text ends with spaces, "and" in any case, and spaces before it: what LIST_BEFORE and LIST_CHAIN end with. */
function endsWithAnd(text: string): boolean {
  let end = text.length;
  while (end > 0 && SPACE.test(text.charAt(end - 1))) end -= 1;
  // ("Eight tourists and their two drivers were killed": the others' own, after "and".)
  const own = /\s(?:their|his|her)$/i.exec(text.slice(Math.max(0, end - 7), end));
  if (own) end -= own[0].length;
  return (
    end < text.length &&
    end >= 4 &&
    text.slice(end - 3, end).toLowerCase() === 'and' &&
    SPACE.test(text.charAt(end - 4))
  );
}
const SPACE = /\s/;

/** The words of the sentence before `at`, up to 200 characters. */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  return text.slice(Math.max(from, text.lastIndexOf('. ', at) + 1), at);
}

// The part of a figure told before it: "one of two bombers", "three of the 12 hostages" (at a word's start).
const PART_OF_BEFORE = /(?:^|[^\w'’-])(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+(?:the\s+)?$/i;
/** Whether a text holds one of the words. */
function holds(text: string, words: readonly string[]): boolean {
  return holdsAny(text, words);
}

/**
 * What one reading of a text has counted so far: its figures, the words of each, the characters read, and the
 * readers of what follows a figure. (Each part of `readOne` is a function of its own: V8 optimizes small functions
 * far sooner, and at a fraction of the compile cost, than one function of 22 KB of bytecode, which it compiled
 * again after each deoptimization.)
 */
// Those a figure counts, found dead: "31 unarmed men detained by security forces in Djibo was found dead".
const FOUND_DEAD_AFTER =
  /^(?:(?!\b(?:and|but|while|after|where|whose|who|which|when|because|as|suspected|accused|before|since)\b)[^.;]){0,100}?\b(?:was|were) (?:later |subsequently )?found dead\b/i;
// A death in custody, told after its figure: "one of them died in custody", "two detainees died in prison" (one
// killed there by others may be a toll: "was killed in prison by inmates").
const IN_CUSTODY_AFTER =
  /^(?:\s+(?!(?:and|but|while)\b)[a-z'’-]+){0,4}?\s+(?:later\s+|subsequently\s+)?died\s+(?:while\s+)?in\s+(?:police\s+|military\s+|state\s+)?(?:custody|detention|prison|jail)\b/i;
type Tally = ReturnType<typeof tally>;

function tally(text: string, lower: string, shown: string, lowerShown: string, mayDeny: boolean) {
  const result: Casualties = { killed: null, wounded: null, arrested: null };
  const spans: Record<keyof Casualties, Array<[number, number]>> = { killed: [], wounded: [], arrested: [] };
  // Characters already read as a figure: a mask, so that checking a figure costs its own length, not the text's.
  const used = new Uint8Array(text.length + 1);
  const isUsed = (start: number, end: number) => {
    for (let i = start; i < end; i += 1) if (used[i] === 1) return true;
    return false;
  };
  // Where a figure read as its part starts its quote: "one of two bombers" (see `add`).
  const partStarts = new Map<number, number>();
  const add = (field: keyof Casualties, figure: string, start: number): boolean => {
    const end = start + figure.length;
    if (isUsed(start, end)) return false;
    // "In an August 17 follow-up operation, … forces killed nine": a day of a date is no figure.
    // ("in November more than 600 fighters surrendered": a figure with a qualifier, or past 31, is no day.)
    if (/^\d{1,2}$/.test(figure) && Number(figure) <= 31 && dayOfMonthAt(text, start)) return false;
    // ("he was arrested two days later", "killed three hours after the blast": a count of time is no figure.)
    if (TIME_AFTER.test(text.slice(end, end + 24))) return false;
    // ("Police arrested two suspects; one of them died in custody": a death in custody is no toll of an event.)
    // ("a group of 31 unarmed men detained by security forces was found dead": those detained before, found dead.)
    if (field === 'arrested' && FOUND_DEAD_AFTER.test(text.slice(end, end + 120))) return false;
    // ("arrested 40 suspects, and at least three died in custody": nor are they more arrests.)
    if ((field === 'killed' || field === 'arrested') && IN_CUSTODY_AFTER.test(text.slice(end, end + 60))) return false;
    // "Densus 88 arrested two", "Flight 9268", "Resolution 1267": digits that close a name are part of it.
    if (
      /^\d/.test(figure) &&
      NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
      !PLACE_THEN_PEOPLE.test(text.slice(Math.max(0, start - 30), end + 30))
    )
      return false;
    // "Islamabad's I-10 sector": digits joined to a letter by a hyphen name a place.
    if (/^\d/.test(figure) && /[A-Za-z]-$/.test(text.slice(Math.max(0, start - 2), start))) return false;
    // "the 2013 kidnapping of foreigners …, had been captured": a year is no figure.
    const bare = figure.replace(LEADING_QUALIFIER, '');
    if (
      /^(?:19|20)\d\d$/.test(bare) &&
      (/^the\s/i.test(figure) ||
        /\b(?:the|in|since|of|from|until|by|its|their|his|her)\s+$|['’]s\s+$|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+$/i.test(
          text.slice(Math.max(0, start - 16), start),
        ))
    )
      return false;
    // ("one of two bombers was killed": the part told before "of" is the figure.)
    // (Not "two of the 40 wounded died": the part is another field's.)
    const partFrom = Math.max(0, start - 16);
    const partOf = /^\s+(?:[a-z]+\s+)?(?:wounded|injured|hurt|dead|killed)\b/.test(text.slice(end, end + 30))
      ? null
      : PART_OF_BEFORE.exec(text.slice(partFrom, start));
    const whole = parseNumber(figure.replace(LEADING_QUALIFIER, ''));
    const part = partOf?.[1] ? parseNumber(partOf[1]) : null;
    const value = part !== null && whole !== null && part < whole ? part : whole;
    if (partOf?.[1] && value === part) partStarts.set(start, partFrom + partOf.index + partOf[0].indexOf(partOf[1]));
    if (value === null || (figure.toLowerCase() === 'a' && field !== 'killed')) return false;
    used.fill(1, start, end);
    result[field] = (result[field] ?? 0) + value;
    return true;
  };
  // (A figure read as the part told before it is quoted from the part: "one of two bombers was killed".)
  const cite = (field: keyof Casualties, start: number, end: number) =>
    spans[field].push([partStarts.get(start) ?? start, end]);
  // "before killing his mother and himself": one for each.
  // "killed his brother and five guards", "killed Ali Musa, a commander, along with four other militants": the
  // victims after one named; returns how many characters they take.
  const andOthers = (end: number): { count: number; length: number } => {
    const more = AND_N_OTHER.exec(text.slice(end, end + 160));
    const count = more?.[1] ? parseNumber(more[1].replace(LEADING_QUALIFIER, '')) : null;
    if (!more || count === null || isUsed(end, end + more[0].length)) return { count: 0, length: 0 };
    if (OWN_VERB.test(text.slice(end + more[0].length, end + more[0].length + 80))) return { count: 0, length: 0 };
    used.fill(1, end, end + more[0].length);
    return { count, length: more[0].length };
  };
  // "along with his brother and five police officers", "wounding a policeman and two civilians": a further figure of
  // the same list after the one read up to `end` (marked read).
  const figureAfter = (end: number): { count: number; length: number } => {
    let further = AND_FIGURE_AFTER.exec(text.slice(end, end + 60));
    // ("wounding a police officer who was trying to defuse it and two other people": past what the one read was doing.)
    const doing = further ? null : WHO_WAS_DOING.exec(text.slice(end, end + 80));
    const skip = doing ? doing[0].length : 0;
    if (doing) further = AND_FIGURE_AFTER.exec(text.slice(end + skip, end + skip + 60));
    const count = further?.[1] ? parseNumber(further[1].replace(LEADING_QUALIFIER, '')) : null;
    if (!further || count === null) return { count: 0, length: 0 };
    const length = skip + further[0].length;
    if (isUsed(end, end + length)) return { count: 0, length: 0 };
    // ("wounded a teacher, and two students were kidnapped": a figure with a verb of its own is no more of them.)
    // ("…, and two of his colleagues were taken hostage", "and two soldiers fled the scene".)
    if (VERB_OF_THEIR_OWN.test(text.slice(end + length, end + length + 60))) return { count: 0, length: 0 };
    used.fill(1, end, end + length);
    return { count, length };
  };
  // "…, along with his nephew and his bodyguard": one more, named by who they were to the victim.
  const kinAfter = (end: number): { count: number; length: number } => {
    const more = AND_KIN_AFTER.exec(text.slice(end, end + 60));
    if (!more || isUsed(end, end + more[0].length)) return { count: 0, length: 0 };
    used.fill(1, end, end + more[0].length);
    return { count: 1, length: more[0].length };
  };
  // ("killed Ann Roe as well as his son, two bodyguards, and six passers-by": the list goes on after the one more.)
  const listAfter = (end: number): { count: number; length: number } => {
    const found = PERSON_LIST.exec(text.slice(end, end + 120));
    if (!found || !/\band\b/.test(found[0]) || isUsed(end, end + found[0].length)) return { count: 0, length: 0 };
    // ("wounding a soldier and his brother, a police officer": an item after the one "and" closes the list with tells who
    // that one is.)
    const list = closedByAnd(found[0]);
    if (VERB_OF_THEIR_OWN.test(text.slice(end + list.length, end + list.length + 60))) return { count: 0, length: 0 };
    used.fill(1, end, end + list.length);
    return { count: countListed(list), length: list.length };
  };
  const victimsAfter = (end: number): number => {
    const after = VICTIMS_AFTER.exec(text.slice(end, end + 200));
    // ("killed a former minister, Anton Beres; his wife, Lena; and their driver": each item one more, or its figure.)
    const semicolons =
      after || (!text.startsWith(';', end) && !text.startsWith(',', end))
        ? null
        : SEMICOLON_LIST.exec(text.slice(end, end + 240));
    if (
      semicolons?.[1] &&
      !isUsed(end, end + semicolons[0].length) &&
      !OWN_VERB.test(text.slice(end + semicolons[0].length, end + semicolons[0].length + 80))
    ) {
      const items = semicolons[1].split(/(?=;\s)/);
      result.killed =
        (result.killed ?? 0) +
        items.reduce((sum, item) => {
          const figure = ITEM_FIGURE.exec(item)?.[1];
          return sum + (figure ? (parseNumber(figure.replace(LEADING_QUALIFIER, '')) ?? 1) : 1);
        }, 0);
      used.fill(1, end, end + semicolons[0].length);
      return semicolons[0].length;
    }
    if (!after) {
      // ("killing senior judge Ann Roe, 15 other people and himself": figures after the one named, then the attacker.)
      const list = FIGURES_AFTER_NAMED.exec(text.slice(end, end + 160));
      const first = list?.[1] ? parseNumber(list[1].replace(LEADING_QUALIFIER, '')) : null;
      const second = list?.[2] ? 1 : list?.[3] ? parseNumber(list[3].replace(LEADING_QUALIFIER, '')) : null;
      // ("killing a police officer and himself": the attacker too.)
      const self = list ? null : AND_HIMSELF.exec(text.slice(end, end + 20));
      if (self && !isUsed(end, end + self[0].length)) {
        result.killed = (result.killed ?? 0) + 1;
        used.fill(1, end, end + self[0].length);
        return self[0].length;
      }
      if (!list || first === null || second === null || isUsed(end, end + list[0].length)) return 0;
      if (OWN_VERB.test(text.slice(end + list[0].length, end + list[0].length + 80))) return 0;
      result.killed = (result.killed ?? 0) + first + second;
      used.fill(1, end, end + list[0].length);
      return list[0].length;
    }
    if (isUsed(end, end + after[0].length)) return 0;
    // ("killed Ali Tessa, the co-founder of the Center for Peace and a prominent activist, at his home": two nouns of the
    // one named, closed by a comma, are who he was.)
    // (Those named after them still count: "…, and a prominent activist, and his two bodyguards".)
    // ("…, a founding member of Kessa and a senior commander of al-Tarn, along with …": the second noun's body too.)
    const roleTail = ROLES_OF_ONE.test(after[0])
      ? ROLE_CLOSED.exec(text.slice(end + after[0].length, end + after[0].length + 80))
      : null;
    if (roleTail) {
      const roles = after[0].length + roleTail[0].length;
      return /^,\s+(?:and|along with|together with)\s/.test(text.slice(end + roles))
        ? roles + victimsAfter(end + roles)
        : 0;
    }
    const count = after[1] ? parseNumber(after[1]) : 1;
    if (count === null || OWN_VERB.test(text.slice(end + after[0].length, end + after[0].length + 80))) return 0;
    result.killed = (result.killed ?? 0) + count;
    used.fill(1, end, end + after[0].length);
    let others = andOthers(end + after[0].length);
    if (others.count === 0) others = figureAfter(end + after[0].length);
    if (others.count === 0) others = kinAfter(end + after[0].length);
    const listed = listAfter(end + after[0].length + others.length);
    result.killed += others.count + listed.count;
    return after[0].length + others.length + listed.length;
  };
  // The others taken or killed "along with" the one person read at `end`, and a second person named between
  // ("arrested Ann Roe and his partner Omar Tal in Pau, along with 19 other suspects" → 1 + 1 + 19).
  const alongWith = (end: number, field: keyof Casualties): number => {
    const after = ALONG_WITH.exec(text.slice(end, end + 320));
    if (!after || isUsed(end, end + after[0].length)) return 0;
    const count = after[1] ? parseNumber(after[1]) : 1;
    if (count === null) return 0;
    const between = after[0].slice(0, after[0].search(/\b(?:(?:along|together) )?with\b/));
    used.fill(1, end, end + after[0].length);
    let others = field === 'killed' ? andOthers(end + after[0].length) : { count: 0, length: 0 };
    if (others.count === 0) others = figureAfter(end + after[0].length);
    if (others.count === 0) others = kinAfter(end + after[0].length);
    // ("…, along with his nephew and a bodyguard": one more, named by a noun.)
    const next = end + after[0].length;
    const one = others.count === 0 ? AND_ONE_PERSON.exec(text.slice(next, next + 60)) : null;
    if (one && !isUsed(next, next + one[0].length) && !OWN_VERB.test(text.slice(next + 4, next + one[0].length + 40))) {
      used.fill(1, next, next + one[0].length);
      others = { count: 1, length: one[0].length };
    }
    // ("…, along with his son Bo Tarn and intelligence chief Al Voss": one more, named; not one with a fate of his own,
    // "… and aide Al Voss was wounded".)
    // (The name of the one counted comes first: "his son Bo Tarn".)
    const kinName =
      others.count === 0 && !one && /[a-z]$/.test(after[0]) ? KIN_NAME.exec(text.slice(next, next + 60)) : null;
    const from = next + (kinName?.[0].length ?? 0);
    const named =
      others.count === 0 && !one && text.startsWith(' and ', from)
        ? NAMES_AFTER.exec(text.slice(from, from + 80))
        : null;
    // (Each a person's name of two words or more, PERSON_NAMED; not a place: "… and Tarn on May 4".)
    const words = named?.[0].replace(/\.$/, '') ?? '';
    const names = words.split(/,?\s+and\s+|,\s+/).filter((n) => PERSON_NAMED.test(n.trim()));
    if (
      named &&
      names.length > 0 &&
      names.length === namesIn(words) &&
      !isUsed(from, from + named[0].length) &&
      NAME_ENDS.test(text.slice(from + named[0].length, from + named[0].length + 12))
    ) {
      used.fill(1, next, from + words.length);
      others = { count: names.length, length: from - next + words.length };
    }
    cite(field, end, end + after[0].length + others.length);
    return count + (AND_ONE_MORE.test(between) ? 1 : 0) + others.count;
  };
  return {
    text,
    lower,
    shown,
    lowerShown,
    mayDeny,
    result,
    spans,
    used,
    isUsed,
    add,
    cite,
    andOthers,
    figureAfter,
    kinAfter,
    listAfter,
    victimsAfter,
    alongWith,
  };
}

/**
 * The first figure of `pattern` that reads, and one more ("five tourists and a police officer were wounded", "three men
 * and a woman were arrested"); not where the words right before it make the figure a verb's object (`objectBefore`).
 */
function andOneMore(t: Tally, field: 'wounded' | 'arrested', pattern: RegExp, objectBefore?: RegExp): void {
  const { text, result, add, cite } = t;
  for (const andOne of text.matchAll(pattern)) {
    if (objectBefore?.test(text.slice(Math.max(0, andOne.index - 20), andOne.index))) continue;
    if (!andOne[1] || !add(field, andOne[1], andOne.index)) continue;
    result[field] = (result[field] ?? 0) + 1;
    cite(field, andOne.index, andOne.index + andOne[0].length);
    return;
  }
}

/**
 * The one named with a figure ("killing him and four bodyguards", "killing U.S. diplomat David Foy and three others",
 * "three men and a woman were arrested").
 */
function readNamedWithFigure(t: Tally): void {
  const { text, lower, result, used, isUsed, add, cite } = t;
  // "two suspected members and a police inspector were killed": the figure and one more.
  // (The first figure that reads: "on May 3 that left two soldiers and a cook dead" is no 3.)
  if (holds(lower, KILLED_WORDS) || lower.includes('dead') || lower.includes('lost their lives')) {
    for (const andOne of text.matchAll(AND_ONE_KILLED)) {
      if (!andOne[1] || !add('killed', andOne[1], andOne.index)) continue;
      result.killed = (result.killed ?? 0) + 1;
      // ("Three soldiers, two police officers and a civilian were killed": the items before, each closed by a comma.)
      // ("Three people, two soldiers and a civilian, were killed": a list closed by a comma says who the figure before
      // it were.)
      const appositive = /,\s+(?:were|was|died|had been)\b/.test(andOne[0]);
      const from = appositive ? andOne.index : priorItems(t, 'killed', andOne.index, true);
      cite('killed', from, andOne.index + andOne[0].length);
      break;
    }
  }
  if (lower.includes(' and a') && (lower.includes('wounded') || lower.includes('injured') || lower.includes('hurt'))) {
    // ("police arrested two men and a woman was injured": the figure is the object of the verb before it.)
    andOneMore(
      t,
      'wounded',
      AND_ONE_WOUNDED,
      /\b(?:arrest|detain|captur|kill|kidnapp|abduct|shot|seiz|rescu|free)\w*\s+$/i,
    );
  }
  if (
    lower.includes(' and a') &&
    (lower.includes('arrested') || lower.includes('detained') || lower.includes('custody'))
  ) {
    andOneMore(t, 'arrested', AND_ONE_ARRESTED);
  }
  const himList = lower.includes(' him, ') || lower.includes(' her, ') ? HIM_LIST.exec(text) : null;
  if (himList && !isUsed(himList.index, himList.index + himList[0].length)) {
    const items = himList[0]
      .replace(/^\S+\s+\S+,\s+/, '')
      .split(LIST_SPLIT)
      // ("killing him, his wife, and their three children": kin told with a figure count it.)
      .map((item) => {
        const [first = '', second = ''] = item.split(/\s+/);
        // ("his 12-year-old son": one, of an age.)
        if (/^(?:his|her|their)$/i.test(first)) return (/-year-old$/.test(second) ? null : parseNumber(second)) ?? 1;
        return /^an?$/i.test(first) ? 1 : parseNumber(first);
      });
    if (items.every((n) => n !== null)) {
      result.killed = (result.killed ?? 0) + 1 + items.reduce((sum: number, n) => sum + (n ?? 0), 0);
      used.fill(1, himList.index, himList.index + himList[0].length);
      cite('killed', himList.index, himList.index + himList[0].length);
    }
  }
  // "… under the mayor's car, killing him and four bodyguards": the one the sentence named and the figure.
  const himAnd = lower.includes(' him and ') || lower.includes(' her and ') ? HIM_AND.exec(text) : null;
  if (himAnd?.[1] && add('killed', himAnd[1], himAnd.index + himAnd[0].lastIndexOf(himAnd[1]))) {
    result.killed = (result.killed ?? 0) + 1;
    cite('killed', himAnd.index, himAnd.index + himAnd[0].length + victimWords(text, himAnd.index + himAnd[0].length));
  } else if (himAnd?.[3] && !isUsed(himAnd.index, himAnd.index + himAnd[0].length)) {
    // "killing him and his two sons": the one the sentence named and those with him.
    result.killed = (result.killed ?? 0) + 1 + (parseNumber(himAnd[3]) ?? 0);
    used.fill(1, himAnd.index, himAnd.index + himAnd[0].length);
    cite('killed', himAnd.index, himAnd.index + himAnd[0].length);
  } else if (himAnd?.[2] && !isUsed(himAnd.index, himAnd.index + himAnd[0].length)) {
    // "killing him and his secretary": the one the sentence named and the one with him.
    result.killed = (result.killed ?? 0) + 2;
    used.fill(1, himAnd.index, himAnd.index + himAnd[0].length);
    cite('killed', himAnd.index, himAnd.index + himAnd[0].length);
  }
  // Before the field patterns, which would read "four others and wounded" as four wounded.
  // "killing U.S. diplomat David Foy and three others": the named victim and the others.
  // "killing a schoolteacher and two other civilians" too.
  // ("killed Ann Roe, …, along with Bo Tarn, …, and two other members": the one named and those with her, below.)
  const othersFound = lower.includes(' other') ? OTHERS.exec(text) : null;
  const others = othersFound && !/\b(?:along|together) with\b/.test(othersFound[0]) ? othersFound : null;
  if (others?.[1] && add('killed', others[1], others.index + others[0].lastIndexOf(others[1]))) {
    // "killed commander Ann Roe, Sorra leader Bo Tarn, and eight others", "killing diplomat Ann Roe, his driver, and two
    // others": one for each victim listed before them (a place after a comma is no victim).
    const named = others[0]
      .slice(0, others[0].lastIndexOf(' and '))
      .replace(/,\s*$/, '')
      .split(/,\s+/)
      .filter(
        (item, i, items) =>
          item.trim() &&
          // (After the first, a victim is named by a name or as kin: "his driver", "Sorra leader Bo Tarn"; "who had led
          // …", "editor of …" and "along with …" tell no one new here.)
          // ("…, national athletics coach Lakshman de Alwis, and 11 others": a title in lower case, then a name.)
          (i === 0 ||
            /^(?:his|her|their|[A-Z])/.test(item) ||
            (TITLE_THEN_NAME.test(item) && !item.includes(' of '))) &&
          !/\b(?:province|district|region|state|county|governorate|city)$/i.test(item.trim()) &&
          // ("Orin Dask, a member of parliament, and 15 others": who the one named is.)
          !(i > 0 && /^(?:an?|the)\s/i.test(item) && /[A-Z][\w'’.-]*$/.test(items[i - 1] ?? '')) &&
          // ("Omar Tessa, Southeast Lorn's most wanted terrorist, and three others": whose he was, told of him.)
          !(i > 0 && /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s(?:\s+[a-z][\w-]*)+$/.test(item.trim())) &&
          // ("the city's deputy police chief, Colonel Amar Tessa, and three others": the chief's name.)
          // ("the police commander for northern Tarn, General Amar Tessa, and five others": the same, the role told
          // with where it is held.)
          !(i > 0 && /^[A-Z]/.test(item) && PERSON_LAST.test((items[i - 1] ?? '').replace(ROLE_PLACE_AT_END, ''))),
      );
    // ("Two bombers …, killing themselves and two others": as many attackers as the text counted before.)
    const selves =
      named.length === 1 && /\bthemselves$/i.test(named[0]?.trim() ?? '')
        ? attackersCounted(text.slice(Math.max(0, others.index - 200), others.index))
        : undefined;
    const attackers = selves ? parseNumber(selves) : null;
    result.killed = (result.killed ?? 0) + (attackers ?? Math.max(1, named.length));
    // "killing himself and three others": the one before "and" is counted here, not again as the attacker.
    used.fill(1, others.index, others.index + others[0].length);
    cite('killed', others.index, others.index + others[0].length);
  }
}

/** Whether `words` (a toll's evidence) hold `figure` as a whole word: "killing 23 people and himself" holds "23". */
function sameFigureIn(words: string, figure: string): boolean {
  const at = words.indexOf(figure);
  return (
    at >= 0 && !/[\w-]/.test(words.charAt(at - 1)) && !/[\w-]/.test(words.charAt(at + figure.length)) && figure !== ''
  );
}

/** The figures the patterns of each field read, with the lists before and after them. */
function readFieldPatterns(t: Tally): void {
  const { text, lower, result, spans, used, isUsed, add, cite } = t;
  // (Looked for once: a search of the whole text for each figure made a long text of figures quadratic.)
  const hasWith = lower.includes(' with ');
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    if (!FIELD_WORD[field].test(text)) continue;
    for (const [index, pattern] of PATTERNS[field].entries()) {
      if (!mayMatch(pattern, lower)) continue;
      if (pattern === HOSPITALIZED && result.wounded !== null) continue;
      for (const m of text.matchAll(pattern)) {
        const [, figure = ''] = m;
        const start = m.index + m[0].indexOf(figure);
        // "abducted 20 passengers and killed three": a figure joined to the verb by "and", with no "were" between,
        // is the object of the verb before it ("were shot and killed" keeps its figure).
        if (index === 1 && AND_VERB.test(m[0]) && !PASSIVE.test(m[0])) continue;
        // "two more car bombs in Karbala killed 25 pilgrims", "two bombings, one targeting a bus, killed 35": the figure
        // before an active verb with a figure of its own counts the attackers or the attacks.
        if (
          index === 1 &&
          !PASSIVE.test(m[0]) &&
          /(?:killed|shot dead|(?:hacked|stabbed|beat|beaten|bludgeoned|stoned) to death)$/i.test(m[0]) &&
          (OBJECT_FIGURE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
            // ("Two gunmen killed a guard", "three militants killed the village chief": an object of any kind.)
            OBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
        )
          continue;
        // ("two wounded gendarmes later died", "Two soldiers wounded in the blast later died": the wounded who died are no
        // more wounded.)
        if (
          field === 'wounded' &&
          WOUNDED_THEN_DIED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 70))
        )
          continue;
        // "185 soldiers were killed and 73 were captured", "captured 12 soldiers": forces taken are hostages, no arrests.
        if (field === 'arrested' && /captur/i.test(m[0]) && forcesTaken(text, start, figure)) continue;
        // ("killing seven police officers and two members …; the nine dead did not include the attackers", "The 12 killed
        // included two children", "the 30 injured were taken to hospital": "the" and a figure the toll already makes
        // tell the same people again; not "…; the two bombers also died", others than those counted.)
        if (
          result[field] !== null &&
          // ("killing 23 people and himself …. The 23 killed included 12 staff members": or a figure read of the toll.)
          (parseNumber(figure.replace(/^the\s+/i, '')) === result[field] ||
            spans[field].some(([from, to]) => sameFigureIn(text.slice(from, to), figure.replace(/^the\s+/i, '')))) &&
          (/^the\s/i.test(figure) || /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))) &&
          !OTHERS_TOO.test(text.slice(start + figure.length, start + figure.length + 50))
        )
          continue;
        // ("…, according to the agency, which revised its initial figure of 45 dead": an account replaced, no more dead.)
        // ("…, killing 29 people. Ten children were among the dead": some of those counted, no more of them.)
        // (Only of a toll of people of any kind: "killing 29 soldiers. Ten civilians were among the dead" is 39.)
        if (
          result[field] !== null &&
          AMONG_THOSE.test(text.slice(start + figure.length, start + figure.length + 80)) &&
          // ("killing at least nine dissidents. … eight minors were among those killed": people of an age or sex are
          // some of any toll.)
          (spans[field].some(([from, to]) => ANY_PEOPLE.test(text.slice(from, to))) ||
            AGE_OR_SEX.test(text.slice(start + figure.length, start + figure.length + 24)))
        )
          continue;
        // ("killed four farmers …; one of the victims was beheaded": some of those counted, told how they died.)
        if (
          result[field] !== null &&
          PART_OF_THOSE.test(text.slice(start + figure.length, start + figure.length + 40)) &&
          (parseNumber(figure) ?? Number.POSITIVE_INFINITY) <= (result[field] ?? 0)
        )
          continue;
        // ("Officials denied media reports of 20 deaths": a figure denied is no one's.)
        if (DENIED_FIGURE.test(text.slice(Math.max(0, start - 60), start))) continue;
        // (Not the only figure of its kind, told with no other: "officials gave a preliminary count of 20 wounded".)
        if (
          EARLIER_FIGURE.test(text.slice(Math.max(0, start - 50), start)) &&
          (result[field] !== null ||
            LATER_FIGURE[field].test(text.slice(start + figure.length, start + figure.length + 400))) &&
          !/^\s+\w+\s+(?:was|were)\s+(?:later\s+)?confirmed\b/i.test(
            text.slice(start + figure.length, start + figure.length + 40),
          )
        )
          continue;
        if (!add(field, figure, start)) continue;
        let citeStart = m.index;
        let citeEnd = m.index + m[0].length;
        // ("attacked two policewomen with a machete, wounding one in the face and the other in the neck": two.)
        const other = /^one$/i.test(figure) ? THE_OTHER.exec(text.slice(start + 3, start + 60)) : null;
        if (other && !isUsed(start + 3, start + 3 + other[0].length)) {
          result[field] = (result[field] ?? 0) + 1;
          citeEnd = start + 3 + other[0].length;
        }
        if (index === 0 || LISTS.has(pattern)) {
          // "killing 49 soldiers and one civilian", "killed more than 900 militants, 165 soldiers and police, and 47 civilians".
          let at = start + figure.length;
          const before = result[field] ?? 0;
          const items: number[] = [];
          const kin: boolean[] = [];
          let opensWithComma = false;
          for (let item = listItemAt(text, at); item !== null; item = listItemAt(text, at)) {
            // "killing four of them and their guide": one more, named by who they were to the others.
            // ("killing two police officers and himself": the attacker, one more.)
            // ("Two suicide bombers … attacked …, killing 34 people and themselves": as many as the attackers told before.)
            const selves =
              item[6] === 'themselves' ? attackersCounted(text.slice(Math.max(0, start - 200), start)) : undefined;
            if (item[6] === 'themselves' && selves === undefined) break;
            // ("arrested one of the attackers, a woman": who the one was, no one more.)
            // (A list goes on after it: "killed one soldier, a civilian, and two police officers".)
            if (
              item[5] &&
              items.length === 0 &&
              !/\band\b/.test(item[0]) &&
              /^one$/i.test(figure) &&
              !LIST_GOES_ON.test(text.slice(at + item.index + item[0].length, at + item.index + item[0].length + 80))
            )
              break;
            const next = item[2] ?? item[3] ?? item[5] ?? selves ?? (item[4] || item[6] ? 'one' : '');
            // (One counted by an article: "and a guard", "and the driver", "and another U.S. contractor".)
            const byArticle = next === 'a' || next === 'an' || next === 'the' || next === 'another';
            // "killed three police officers and two civilians were injured": the next figure has its own verb.
            const rest = text.slice(at + item.index + item[0].length, at + item.index + item[0].length + 80);
            if (OWN_VERB.test(rest)) break;
            if (
              !add(
                field,
                byArticle ? 'one' : next,
                at + item.index + item[0].length - ((item[4] ?? item[6])?.length ?? next.length),
              )
            )
              break;
            if (items.length === 0)
              opensWithComma = item[0]
                .slice((item[1] ?? '').length)
                .trimStart()
                .startsWith(',');
            items.push((result[field] ?? 0) - before - items.reduce((n, v) => n + v, 0));
            // (The attacker himself is no one of the victims the first figure counts, "killing two French citizens, one
            // American, and himself" is four, unless it counts people: "killed three people, two policemen and himself".)
            kin.push(
              item[4] !== undefined ||
                (item[6] !== undefined &&
                  !GENERIC_VICTIMS.test(text.slice(start + figure.length, start + figure.length + 16))),
            );
            at += item.index + item[0].length;
            citeEnd = at;
            // ("killing four soldiers and a 17-year-old girl": the quote takes the words of the one counted by "a".)
            if (byArticle) citeEnd += ONE_NAMED_AFTER.exec(text.slice(at, at + 60))?.[0].length ?? 0;
          }
          // "killing two police officers and cameraman Ann Roe": one more, told by a noun and a name.
          const named = items.length === 0 ? NOUN_AND_NAME_AFTER.exec(text.slice(at, at + 80)) : null;
          if (named && !isUsed(at, at + named[0].length)) {
            result[field] = (result[field] ?? 0) + 1;
            items.push(1);
            kin.push(true);
            at += named[0].length;
            citeEnd = at;
          }
          // "killing four Americans, two soldiers and two contractors", "shot dead all eight passengers, six women and
          // two men": items after a comma that add up to the first figure tell who its victims were, not more of them.
          const first = parseNumber(figure.replace(LEADING_QUALIFIER, ''));
          // (Those named by who they were to the victims, "together with their driver", are more of them whatever the list.)
          const parts = items.reduce((n, v, k) => (kin[k] ? n : n + v), 0);
          const kinParts = items.reduce((n, v, k) => (kin[k] ? n + v : n), 0);
          // (Only where the first names everyone: "people", "passengers", a nationality, or "all eight …"; "four soldiers,
          // two police and two civilians" is a list of eight.)
          // ("killing three aid workers, a Dane, a Korvel citizen, and a Swede": one person of a nation for each of them.)
          const listed =
            text.slice(start + figure.length, citeEnd) +
            (/^[^,;.]*/.exec(text.slice(citeEnd, citeEnd + 200))?.[0] ?? '');
          const nations = listed
            .slice(listed.indexOf(','))
            .split(LIST_SPLIT)
            .filter((item) => item.trim() && !/^(?:(?:together|along) with\s+)?(?:their|his|her)\s/i.test(item));
          // ("arrested five men, three Moroccans and two Indian nationals": men, then who they were by nation.)
          const menByNation =
            /^\s+(?:men|women)\b/.test(text.slice(start + figure.length, start + figure.length + 8)) &&
            nations.length >= 2 &&
            nations.every((item) => NATIONALS_ITEM.test(item));
          // ("arrested two Syrians, an Iraqi, and a Jordanian": people of one nation, then of others, are more of them.)
          // (The first a nation's, not a region's: "two Europeans, a Frenchman and a Belgian" are who the two were.)
          const moreNations =
            FIRST_OF_A_NATION.test(text.slice(start + figure.length, start + figure.length + 30)) &&
            nations.length >= 2 &&
            nations.every((item) => NATION_ITEM.test(item));
          const whole =
            menByNation ||
            /^all\b/i.test(figure) ||
            (!moreNations &&
              (WHOLE_GROUP.test(text.slice(start + figure.length, start + figure.length + 40)) ||
                (nations.length >= 2 && nations.every((item) => NATIONAL_ITEM.test(item)))));
          // ("killed three people in Dorla, two in Morla, and one in Korla": each figure of its own town, more of them.)
          const placedFirst =
            /^\s+(?:[\w-]+\s+){0,2}?(?:in|at|near)\s+[A-Z][^,;.]*,\s+[^,;.]*?\b(?:in|at|near)\s+[A-Z]/.test(
              text.slice(start + figure.length, start + figure.length + 120),
            );
          if (
            opensWithComma &&
            whole &&
            !placedFirst &&
            kin.filter((k) => !k).length >= 2 &&
            first !== null &&
            parts === first
          )
            result[field] = before + kinParts;
        } else {
          // "nine ASG members and four members of the security forces were killed".
          const window = listWindow(text, start);
          // Both list patterns end with "and": a figure with no "and" before it opens no list.
          const listed = endsWithAnd(text.slice(window, start));
          // ("a clash on May 3 left six soldiers and 14 militants dead": the list opens after a day's number.)
          let from = window;
          let before = listed ? LIST_BEFORE.exec(text.slice(from, start)) : null;
          while (before?.[1] && dayOfMonthAt(text, from + before.index)) {
            from += before.index + before[1].length;
            before = LIST_BEFORE.exec(text.slice(from, start));
          }
          // ("three attackers blew themselves up and four were captured": an item of another fate is no item of this list.)
          if (before && field !== 'killed' && OTHER_FATE.test(text.slice(from + before.index, start))) before = null;
          const opening = before?.[1] ?? before?.[2];
          // ("a senior regional commander and five of his followers surrendered": one person named by a noun opens the list
          // of those arrested too; `add` reads "a" as one only for the dead.)
          // ("his driver and eight others were killed": the others are read with the one named, below.)
          const one =
            // ("the driver and one passenger survived with injuries": the same, told by "the".)
            (/^(?:an?|the)$/i.test(opening ?? '') && field !== 'killed') ||
            (/^(?:his|her|their)$/i.test(opening ?? '') && !/^\s*others\b/i.test(text.slice(start + figure.length)));
          if (before && opening && one && !isUsed(from + before.index, from + before.index + opening.length)) {
            used.fill(1, from + before.index, from + before.index + opening.length);
            result[field] = (result[field] ?? 0) + 1;
            citeStart = from + before.index;
          } else if (before && opening && add(field, opening, from + before.index)) {
            citeStart = from + before.index;
            // "Eleven soldiers, three hostages and nine of the ten attackers were killed": the items before the last,
            // each closed by a comma.
            citeStart = priorItems(t, field, citeStart);
          } else {
            // "two police officers, a woman, and one of the attackers were killed": every item of the list.
            const chain = listed ? LIST_CHAIN.exec(text.slice(window, start)) : null;
            if (chain?.[1]) {
              const at = window + chain.index + chain[0].indexOf(chain[1]);
              let offset = 0;
              for (const item of chain[1].split(/,\s+/)) {
                const head = /^(\S+)/.exec(item)?.[1] ?? '';
                // ("In a separate incident the following week, two soldiers and a militant died": no item of the list.)
                if (head && !isUsed(at + offset, at + offset + head.length) && !NOT_AN_ITEM.test(item)) {
                  const counted = /^an?$/i.test(head) ? 1 : parseNumber(head);
                  if (counted !== null) {
                    used.fill(1, at + offset, at + offset + head.length);
                    result[field] = (result[field] ?? 0) + counted;
                  }
                }
                offset += item.length + (/,\s+/.exec(chain[1].slice(offset + item.length))?.[0].length ?? 0);
              }
              citeStart = at;
            }
          }
          // "Three people were killed in Tarn and four in Ulma": a figure for each place after the verb.
          for (let more = PLACE_AND_FIGURE.exec(text.slice(citeEnd, citeEnd + 160)); more?.[1]; ) {
            const at = citeEnd + more[0].length - more[1].length;
            if (!add(field, more[1], at)) break;
            citeEnd += more[0].length;
            more = PLACE_AND_FIGURE.exec(text.slice(citeEnd, citeEnd + 160));
          }
        }
        cite(field, citeStart, index === 0 || LISTS.has(pattern) ? citeEnd + victimWords(text, citeEnd) : citeEnd);
        // ("arrested 12 suspected facilitators in Kabul, along with Mawlawi Mohammad Yunus": one more, named, right after
        // them; not things seized with them, nor a unit or a clause about them.)
        const withWords = field === 'arrested' && hasWith ? text.slice(citeEnd, citeEnd + 160) : '';
        const named = withWords ? ARRESTED_ALONG_WITH.exec(withWords) : null;
        const counted = withWords && !named ? ARRESTED_ALONG_WITH_FIGURE.exec(withWords) : null;
        const more = named ? 1 : counted?.[1] ? parseNumber(counted[1]) : null;
        const along = named ?? counted;
        if (along && more !== null && !isUsed(citeEnd, citeEnd + along[0].length)) {
          result.arrested = (result.arrested ?? 0) + more;
          used.fill(1, citeEnd, citeEnd + along[0].length);
          cite('arrested', citeEnd, citeEnd + along[0].length);
        }
      }
    }
  }
}

/**
 * The items of a list before the one read at `from` ("Eleven soldiers, three hostages and …"), each closed by a comma:
 * added to the field (up to four), and where their words begin.
 */
function priorItems(t: Tally, field: keyof Casualties, from: number, strict = false): number {
  const { text, result, used, isUsed } = t;
  let start = from;
  for (let k = 0; k < 4; k += 1) {
    let window = Math.max(0, start - 80);
    let prior = LIST_PRIOR.exec(text.slice(window, start));
    // ("on August 22 left six soldiers, 14 militants and …": the list opens after the day's number.)
    while (prior && dayOfMonthAt(text, window + prior.index + prior[0].indexOf(prior[1] ?? ''))) {
      window += prior.index + prior[0].indexOf(prior[1] ?? '') + (prior[2]?.length ?? 1);
      prior = LIST_PRIOR.exec(text.slice(window, start));
    }
    const head = prior?.[2];
    if (!prior || !head) break;
    const at = window + prior.index + prior[0].indexOf(prior[1] ?? '');
    // (Strict: not "Among the 30 worshippers, …", "Of the 40 passengers, …", nor the object of another verb: "The attack
    // wounded 20 people, two officers and a civilian were killed".)
    if (
      strict &&
      /\b(?:of|among|wounded|wounding|injured|injuring|arrested|detained|kidnapped|abducted)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, at - 24), at),
      )
    )
      break;
    const counted = /^an?$/i.test(head) ? 1 : parseNumber(head);
    if (counted === null || isUsed(at, at + head.length)) break;
    // ("In a separate incident the following week, two soldiers and a militant died": no item of the list.)
    if (NOT_AN_ITEM.test(prior[1] ?? '')) break;
    used.fill(1, at, at + head.length);
    result[field] = (result[field] ?? 0) + counted;
    start = at;
  }
  return start;
}

/** The victims told with those read ("together with their driver", "along with …", "as were all eight attackers"). */
function readVictimsWith(t: Tally): void {
  const { text, lower, result, spans, used, isUsed, add, cite } = t;
  // "killed three aid workers of the Tarn Relief Agency, a Dane, a Swede and a Briton, together with their driver": the
  // one taken with them, after the list that says who they were (no clause end between).
  if (result.killed !== null && lower.includes(' with ') && (lower.includes('together') || lower.includes('along'))) {
    const last = Math.max(...spans.killed.map(([, e]) => e));
    const driver = WITH_THEIR.exec(text.slice(last, last + 200));
    const at = driver ? last + driver.index : -1;
    if (driver && !/[.;]/.test(text.slice(last, at)) && !isUsed(at, at + driver[0].length)) {
      result.killed += 1;
      used.fill(1, at, at + driver[0].length);
      cite('killed', at, at + driver[0].length);
    }
  }
  // "168 soldiers were killed in the fighting, along with an estimated 220 militants and at least 42 civilians": the
  // others killed with them, in the same clause.
  // ("…; 23 Marines were dead, along with an estimated 31 militants. A second engagement … claimed two more": after
  // whichever toll it follows, not only the last; the first few tolls of a text are tried.)
  if (result.killed !== null && lower.includes('along with')) {
    for (const [, last] of spans.killed.slice(0, 8)) {
      const more = ALONG_WITH_MORE.exec(text.slice(last, last + 200));
      const at = more ? last + more.index : -1;
      if (
        !more ||
        isUsed(at, at + more[0].length) ||
        OWN_VERB.test(text.slice(at + more[0].length, at + more[0].length + 80))
      )
        continue;
      const counts = [more[1], more[2], more[3] && 'one'].map((n) =>
        n ? parseNumber(n.replace(LEADING_QUALIFIER, '')) : 0,
      );
      if (counts.every((n) => n !== null)) {
        result.killed += counts.reduce((a: number, n) => a + (n ?? 0), 0);
        used.fill(1, at, at + more[0].length);
        cite('killed', at, at + more[0].length);
        break;
      }
    }
  }
  const stabbed = result.wounded === null && lower.includes('stabb') ? STABBED.exec(text) : null;
  const stabbedFigure = stabbed?.[1] ?? stabbed?.[2];
  const stabbedAt = stabbed?.[1]
    ? stabbed[0].lastIndexOf(stabbed[1])
    : (stabbed?.[0].indexOf(stabbedFigure ?? '') ?? 0);
  if (stabbed && stabbedFigure && add('wounded', stabbedFigure, stabbed.index + stabbedAt))
    cite('wounded', stabbed.index, stabbed.index + stabbed[0].length);
  // "the ringleader, Karim Obert, and two others were killed": the named man and the others.
  const namedAndOthers =
    / others | of (?:his|her|their) | and (?:his|her|their) | (?:associates|companions|accomplices|bodyguards|guards|relatives|aides|militants|fighters) /.test(
      text,
    )
      ? NAMED_AND_OTHERS.exec(text)
      : null;
  const namedField = namedAndOthers?.[1] ? 'wounded' : 'killed';
  // (Not where the one named was counted already, as an item of the list: "his brother and five guards were killed".)
  const namedAnd = namedAndOthers ? namedAndOthers.index + namedAndOthers[0].search(/,?\s+and\s/) : -1;
  // ("Security Minister Ann Roe, former ambassador Bo Tarn, and at least 20 others were killed": the last of a list of
  // names, read with the list.)
  const lastOfList =
    namedAndOthers !== null &&
    /(?<!\b(?:[Ii]n|[Oo]n|[Aa]t|[Nn]ear|of|from|[Oo]utside)\s+)(?<![\w'’.-])(?!(?:In|On|At|Near|Outside|During|From|By|After|Before)\s)[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*,\s+(?:[a-z-]+\s+){0,3}$/.test(
      text.slice(Math.max(0, namedAndOthers.index - 80), namedAndOthers.index),
    );
  if (
    namedAndOthers &&
    !lastOfList &&
    result[namedField] !== null &&
    isUsed(namedAndOthers.index, namedAndOthers.index + namedAndOthers[0].length) &&
    !spans[namedField].some(([start]) => start < namedAnd)
  ) {
    result[namedField] = (result[namedField] ?? 0) + 1;
    cite(namedField, namedAndOthers.index, namedAndOthers.index + namedAndOthers[0].length);
  }
  // "three soldiers and a contractor were killed, as were all eight attackers": the attackers too.
  const asWere = result.killed !== null && lower.includes(' as w') ? AS_WERE_ATTACKERS.exec(text) : null;
  if (asWere && !isUsed(asWere.index, asWere.index + asWere[0].length)) {
    const count = asWere[1] ? parseNumber(asWere[1].replace(LEADING_QUALIFIER, '')) : 1;
    if (count !== null) {
      result.killed = (result.killed ?? 0) + count;
      used.fill(1, asWere.index, asWere.index + asWere[0].length);
      cite('killed', asWere.index, asWere.index + asWere[0].length);
    }
  }
  const people = result.killed !== null && !asWere && lower.includes(' as w') ? AS_WERE_PEOPLE.exec(text) : null;
  // ("… were killed, as were two civilians": the dead; "30 were wounded, as were two children": not the dead.)
  const killedBefore = people
    ? /\b(?:killed|dead|died|shot dead|murdered)\s*$/i.test(text.slice(0, people.index))
    : false;
  if (people?.[1] && killedBefore && !isUsed(people.index, people.index + people[0].length)) {
    const counts = people[1]
      .split(LIST_SPLIT)
      .map((item) => (/^(?:an?|one|the|their|his|her)\s/i.test(item) ? 1 : parseNumber(item.split(/\s+/)[0] ?? '')));
    if (counts.every((n) => n !== null)) {
      result.killed = (result.killed ?? 0) + counts.reduce((sum: number, n) => sum + (n ?? 0), 0);
      used.fill(1, people.index, people.index + people[0].length);
      cite('killed', people.index, people.index + people[0].length);
    }
  }
}

/** One victim named by a noun or a name, and the one named who died with others; returns that match, if any. */
function readNamedVictims(t: Tally): RegExpExecArray | null {
  const { text, lower, shown, mayDeny, result, spans, used, isUsed, cite, victimsAfter, alongWith } = t;
  // "Abaaoud, his cousin, and a third man were killed": one named, then those told by who they were to him.
  const namedList = lower.includes(' were ') && lower.includes(', and ') ? NAMED_LIST_KILLED.exec(text) : null;
  const listAt = namedList ? namedList.index + namedList[0].indexOf(namedList[1] ?? '') : -1;
  if (namedList?.[1] && !isUsed(listAt, namedList.index + namedList[0].length)) {
    result.killed = (result.killed ?? 0) + namedList[1].split(LIST_SPLIT).length;
    used.fill(1, listAt, namedList.index + namedList[0].length);
    cite('killed', listAt, namedList.index + namedList[0].length);
  }
  const numberAt = result.killed === null && lower.includes('put the ') ? NUMBER_OF_THE_DEAD.exec(text) : null;
  const numberAtValue = numberAt?.[1] ? parseNumber(numberAt[1].replace(LEADING_QUALIFIER, '')) : null;
  if (numberAt && numberAtValue !== null && !isUsed(numberAt.index, numberAt.index + numberAt[0].length)) {
    result.killed = numberAtValue;
    used.fill(1, numberAt.index, numberAt.index + numberAt[0].length);
    cite('killed', numberAt.index, numberAt.index + numberAt[0].length);
  }
  // (Those killed, then those taken: the same list, with its own verb.)
  // (Each pattern only where its verb stands in the text: the list before it is costly to look for.)
  const were = lower.includes(' were ');
  for (const [field, pattern, told] of [
    ['killed', MIXED_LIST_KILLED, (were && WERE_KILLED.test(lower)) || lower.includes(' died')],
    ['arrested', MIXED_LIST_HELD, were && WERE_HELD.test(lower)],
  ] as const) {
    // ("Hassan Doru, a local council member, and his two bodyguards were killed": a list whose last item's figure was
    // read alone, the list read whole instead.)
    const readAlone = result[field] !== null && spans[field].length === 1 && field === 'killed';
    const mixed =
      (result[field] === null || readAlone) && told && (lower.includes(', ') || lower.includes(' and '))
        ? pattern.exec(text)
        : null;
    const mixedAt = mixed ? mixed.index + mixed[0].indexOf(mixed[1] ?? '') : -1;
    const mixedEnd = mixed ? mixed.index + mixed[0].length : -1;
    const within = readAlone && spans[field].every(([from, to]) => from >= mixedAt && to <= mixedEnd);
    const count =
      mixed?.[1] && (readAlone ? within : !isUsed(mixedAt, mixedEnd))
        ? // ("three police officers and the driver": a count and one more; not where an item is a clause, "A guard was
          // wounded and four other guards", "a soldier fired a shot and two civilians".)
          listedPeople(
            mixed[1],
            !/\b(?:was|were|is|are|had|has|have)\b/.test(mixed[1]) &&
              !mixed[1].split(LIST_SPLIT).some((item) => /(?<!\bof)\s(?:an?|the)\s/.test(item.trim())),
          )
        : null;
    if (mixed && count !== null && (!readAlone || count > (result[field] ?? 0))) {
      if (readAlone) spans[field].length = 0;
      result[field] = count;
      used.fill(1, mixedAt, mixed.index + mixed[0].length);
      cite(field, mixedAt, mixed.index + mixed[0].length);
    }
  }
  // ("militants ambushed a convoy near Sorra; the dead included the district governor, Ali Varo, and his two
  // bodyguards": those the dead were, where no other word tells them.)
  const included = result.killed === null && lower.includes(' included ') ? THE_DEAD_INCLUDED.exec(text) : null;
  const includedAt = included?.[1] ? included.index + included[0].length - included[1].length : -1;
  // (Each item a count, one person or a name: not "many civilians and a soldier", "women and children".)
  const itemsTold =
    included?.[1]?.split(LIST_SPLIT).every(
      (item) =>
        parseNumber(item.trim().split(/\s+/)[0] ?? '') !== null ||
        (/^(?:his|her|their)\s/i.test(item.trim()) && parseNumber(item.trim().split(/\s+/)[1] ?? '') !== null) ||
        (/^(?:\d|(?:an?|his|her|their|the)\s|[A-Z])/.test(item.trim()) &&
          // (Not those of no number: "his bodyguards".)
          !/^(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?[a-z-]+s$/i.test(item.trim())),
    ) ?? false;
  const includedCount =
    included?.[1] && itemsTold && !isUsed(includedAt, includedAt + included[1].length)
      ? listedPeople(included[1], true)
      : null;
  if (included?.[1] && includedCount !== null) {
    result.killed = includedCount;
    used.fill(1, includedAt, includedAt + included[1].length);
    cite('killed', includedAt, includedAt + included[1].length);
  }
  const kin = holds(lower, SHOT_OR_KILLED) && holds(lower, KIN_WORDS) ? SELF_AND_KIN.exec(text) : null;
  // "shot himself by accident" tells no death; "shot himself dead" does.
  if (kin?.[1] && !isUsed(kin.index, kin.index + kin[0].length) && (/^kill/i.test(kin[0]) || /\sdead$/.test(kin[0]))) {
    const items = kin[1].split(/,?\s+and\s+|,\s+/).filter((p) => p.trim());
    // ("two female suicide bombers blew themselves up …, killing themselves and one civilian": "themselves" counts the
    // attackers told before.)
    const selves = items.includes('themselves') ? attackersCounted(text.slice(0, kin.index)) : undefined;
    const attackers = selves ? (parseNumber(selves) ?? 1) : 1;
    // ("killing themselves and two others": the others counted as told.)
    const count = items.reduce((n, item) => {
      if (item === 'themselves') return n + attackers;
      const words = item.trim().split(/\s+/);
      const counted = parseNumber((/^(?:his|her|their)$/i.test(words[0] ?? '') ? words[1] : words[0]) ?? '');
      return n + (counted ?? 1);
    }, 0);
    result.killed = (result.killed ?? 0) + count;
    used.fill(1, kin.index, kin.index + kin[0].length);
    const end = kin.index + kin[0].length;
    cite('killed', kin.index, end + victimsAfter(end));
  }
  // ("… was killed on May 3 …; two of his aides also died": the one named died too.)
  const ofHis = result.killed !== null && lower.includes(' of h') ? OF_HIS_DIED.exec(text) : null;
  const alongside =
    result.killed !== null && (lower.includes('alongside') || lower.includes(' with h'))
      ? DIED_ALONGSIDE.exec(text)
      : ofHis && ONE_WAS_KILLED.test(sentenceBefore(text, ofHis.index))
        ? ofHis
        : null;
  if (alongside) {
    result.killed = (result.killed ?? 0) + 1;
    cite('killed', alongside.index, alongside.index + alongside[0].length);
  }
  // "killing an American civilian contractor": one victim named by a noun, when no figure was read;
  // "soldiers killed Isnilon Hapilon and Omar Maute": one for each name.
  // (ONE_VICTIM is case-sensitive: its words are looked for as they are written.)
  // ("…, killing the Deputy Commissioner of Tarn and four policemen. All four attackers were killed": a victim told in
  // a sentence before the one whose figure was read is one more.)
  const tollFrom = result.killed === null ? -1 : Math.min(...spans.killed.map(([s]) => s));
  // ("… killed 85-year-old priest Ann Roe, and seriously wounded a parishioner; police shot both attackers dead": a
  // victim told in a clause before the attackers' own deaths is one more too.)
  const attackersToll =
    tollFrom > 0 &&
    (ATTACKERS_DEAD.test(spans.killed.map(([s, e]) => text.slice(s, e)).join(' ')) ||
      // ("…; police killed both attackers": the words after the verb the figure was read with.)
      ATTACKERS_DEAD.test(text.slice(tollFrom, tollFrom + 80).replace(/^(?:killed|killing|shot dead|shot)\s+/i, '')))
      ? // ("Militants killed a soldier near Tarn before troops killed all three attackers": the same, before "before".)
        Math.max(text.lastIndexOf('; ', tollFrom), text.lastIndexOf(' before ', tollFrom))
      : -1;
  // ("killed Said Ann Roe … in an operation in which five other militants also died": a toll of others than a victim
  // told before it, in the same sentence.)
  const othersToll =
    tollFrom > 0 && OTHERS_TOLL.test(spans.killed.map(([s, e]) => text.slice(s, e)).join(' ')) ? tollFrom : -1;
  // ("Marines killed ASG leader Ann Roe and two of his bodyguards; a Marine corporal also died": one more of the other
  // side, told after the victims named.)
  // ("killed ISIS-K emir Abdul Hasib and about 35 of his fighters; two U.S. Army Rangers died in the operation": the same,
  // the other side's dead in the operation.)
  const oneMoreToll =
    tollFrom > 0 &&
    (/^(?:an?|one)\s[^;]*\balso died$/i.test(spans.killed.map(([s, e]) => text.slice(s, e)).join(' ')) ||
      // ("Gunmen killed a shopkeeper in Ulma; two bodyguards were also killed": more of them, after the one told first.)
      /^\S+\s[^;]*\bwere also (?:killed|shot dead)$/i.test(spans.killed.map(([s, e]) => text.slice(s, e)).join(' ')) ||
      OWN_SIDE_DIED_TOO.test(text.slice(tollFrom, tollFrom + 120)))
      ? text.lastIndexOf('; ', tollFrom)
      : -1;
  // ("… killed a U.S. citizen, a police officer, and a child in Tarn; another police officer was also killed": one more
  // after those told.)
  const anotherToll =
    tollFrom > 0 &&
    /^an?(?:other)?\s[^;]*\bwas (?:also killed|killed (?:too|as well))$/i.test(
      spans.killed.map(([s, e]) => text.slice(s, e)).join(' '),
    )
      ? text.lastIndexOf('; ', tollFrom)
      : -1;
  // ("shot and killed a colleague at a naval base, then drove to the synagogue and opened fire, killing two pilgrims": a
  // victim told before what the attacker did next is one more.)
  const thenToll =
    tollFrom > 0 ? Math.max(text.lastIndexOf(', then ', tollFrom), text.lastIndexOf(', and then ', tollFrom)) : -1;
  const before =
    tollFrom > 0
      ? Math.max(text.lastIndexOf('. ', tollFrom), attackersToll, othersToll, oneMoreToll, anotherToll, thenToll)
      : -1;
  const one =
    result.killed === null
      ? holds(text, ONE_VICTIM_WORDS)
        ? ONE_VICTIM.exec(text)
        : null
      : before > 0 && holds(text.slice(0, before), ONE_VICTIM_WORDS)
        ? ONE_VICTIM.exec(text.slice(0, before))
        : null;
  const toll = result.killed ?? 0;
  // ("killed the deputy governor of Marib, …": a person's noun made of two, the second the head, read whole.)
  const head =
    one && /\s[a-z][\w'’-]*$/.test(one[0])
      ? NEXT_PERSON_NOUN.exec(text.slice(one.index + one[0].length, one.index + one[0].length + 30))
      : null;
  if (one && head) one[0] += head[0];
  if (one && !(mayDeny && NO_DEATHS.test(shown))) {
    const more = NAMES_AFTER.exec(text.slice(one.index + one[0].length, one.index + one[0].length + 80));
    // ("killed Tarn's Minister of Internal Affairs, Omar Tessa, at a wedding": the name of the one told by a title.)
    const titled = TITLE_END.test(one[0]) && more !== null && /^,\s+[^,]+$/.test(more[0]);
    const names =
      !titled && new RegExp(String.raw`\s(?:${PARTICLE}[- ])?[A-Z][\w'’.-]+$`).test(one[0]) && more
        ? namesIn(more[0])
        : 0;
    // "killing a mother, father, and daughter": one for each person of the list.
    // ("killed Darvan, a suspect in the 2002 bombings": an item after a comma with no "and" to close a list names the
    // same person.)
    // ("killing Representative Ann Roe of Ulma, his driver, …": the list after the place the one named is of.)
    const ofPlace = names
      ? null
      : /^\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?=,)/.exec(
          text.slice(one.index + one[0].length, one.index + one[0].length + 60),
        );
    // ("killed a French engineer working for a construction company and his driver": who the one named worked for.)
    const workedFor = ofPlace
      ? null
      : WORKING_FOR.exec(text.slice(one.index + one[0].length, one.index + one[0].length + 80));
    // ("killed the mastermind of the July 1 attack and two associates": whose or what the one named is, before the others.)
    const ofWhat =
      ofPlace || workedFor || !/\s[a-z][\w'’-]*$/.test(one[0])
        ? null
        : (OF_WHAT.exec(text.slice(one.index + one[0].length, one.index + one[0].length + 80)) ??
          ROLE_PLACE.exec(text.slice(one.index + one[0].length, one.index + one[0].length + 80)));
    const roleEnd =
      one.index + one[0].length + (ofPlace?.[0].length ?? 0) + (workedFor?.[0].length ?? 0) + (ofWhat?.[0].length ?? 0);
    // ("killed a French engineer, Ann Roe, his driver, and a soldier": the name of the one told by a role, then the list.)
    const nameOfRole =
      !names && (titled || /\s[a-z][\w'’-]*$/.test(one[0]))
        ? NAME_APPOSITION.exec(text.slice(roleEnd, roleEnd + 80))
        : null;
    // ("killing a shopkeeper who was closing his stall and three customers": past what the one killed was doing.)
    const named = roleEnd + (nameOfRole?.[0].length ?? 0);
    const listFrom = named + (names ? 0 : (WHO_WAS_DOING.exec(text.slice(named, named + 80))?.[0].length ?? 0));
    const afterName = nameOfRole !== null || /[A-Z][\w'’.-]*$/.test(one[0]);
    let listedAfter = names
      ? null
      : (afterName ? PERSON_LIST_AFTER_NAME : PERSON_LIST).exec(text.slice(listFrom, listFrom + 120));
    // ("killed Ann Roe, a journalist, her son, and two bodyguards", "killed Ann Roe, 47, and his son": who the one named
    // was, or the age, then the others.)
    const aside =
      afterName && !names && !listedAfter?.[0].includes(' and ')
        ? WHO_OR_AGE_ASIDE.exec(text.slice(listFrom, listFrom + 120))
        : null;
    const pastAside = aside
      ? PERSON_LIST_AFTER_NAME.exec(text.slice(listFrom + aside[0].length, listFrom + 160))
      : null;
    const listStart = pastAside?.[0].includes(' and ') && aside ? listFrom + aside[0].length : listFrom;
    if (listStart > listFrom) listedAfter = pastAside;
    const kin =
      listedAfter &&
      /\band\b/.test(listedAfter[0]) &&
      !VERB_OF_THEIR_OWN.test(text.slice(listStart + listedAfter[0].length, listStart + listedAfter[0].length + 60))
        ? listedAfter
        : null;
    // ("killed leader Ann Roe and his wife, an alleged bomb maker, during …": who the last one was, no one more.)
    const kinList = kin ? closedByAnd(kin[0]) : '';
    const listed = kin ? countListed(kinList) : 0;
    result.killed = toll + 1 + names + listed;
    let end = names
      ? one.index + one[0].length + (more?.[0].length ?? 0)
      : kin
        ? listStart + kinList.length
        : one.index + one[0].length;
    // ("ended with the deaths of Abu Ayyub al-Masri, AQI's leader, and Abu Omar al-Baghdadi": a second name after the
    // first one's aside.)
    const second = !names && !kin && afterName ? NAME_AFTER_ASIDE.exec(text.slice(end, end + 140)) : null;
    if (second) {
      result.killed += 1;
      end += second[0].length;
    }
    const further = victimsAfter(end);
    // "killed General Ann Roe, the army's chief of operations, along with his bodyguard".
    const along = further === 0 ? alongWith(end, 'killed') : 0;
    result.killed += along;
    end += further;
    cite('killed', one.index, names || second ? end : end + victimWords(text, end));
    // ("killed leader Ann Roe as he traveled by car; his driver also died": one close to him, told dead after.)
    const kinToo = further === 0 && along === 0 ? KIN_ALSO_DIED.exec(text.slice(end, end + 160)) : null;
    if (kinToo?.[1] && !isUsed(end + kinToo.index, end + kinToo[0].length)) {
      const at = end + kinToo[0].length - kinToo[1].length;
      result.killed += 1;
      used.fill(1, at, end + kinToo[0].length);
      cite('killed', at, end + kinToo[0].length);
    }
  }
  return alongside;
}

/**
 * A list of people up to the item its one "and" closes it with: an item after that one, with no "and" of its own, tells
 * who the last one was ("a soldier and his brother, a police officer").
 */
function closedByAnd(found: string): string {
  const closing = /^(?:,\s+(?!and\b)[^,]*)*?,?\s+and\s+[^,]*/.exec(found);
  return closing && !/\band\b/.test(found.slice(closing[0].length)) ? closing[0] : found;
}

/**
 * "Near-simultaneous bombings hit a center in Tarn and a convoy at Ulma; the two attacks killed at least 41 people in
 * all": a toll of several events together is theirs where the text tells them as one and gives no toll of its own
 * (where it gives each its own, the joint toll is neither's, and stays unread).
 */
function jointToll<T extends { figures: Casualties; evidence: CasualtyEvidence }>(read: T, input: string): T {
  if (read.figures.killed !== null || read.figures.wounded !== null || !input.includes(';')) return read;
  const joint = JOINT_TOLL.exec(input);
  const before = input.slice(0, joint?.index ?? 0);
  if (!joint || !TOLD_AS_ONE.test(before) || TOLD_APART.test(before)) return read;
  // (Read without its semicolon, the toll is no longer one told after another event's.)
  const own = readOne(input.slice(joint.index + 1, joint.index + joint[0].length));
  const figures = { ...read.figures };
  const evidence = { ...read.evidence };
  for (const f of ['killed', 'wounded'] as const) {
    figures[f] = own.figures[f];
    if (own.evidence[f]) evidence[f] = own.evidence[f];
  }
  return { ...read, figures, evidence };
}

/** Takes the wounded and arrested of `other` (another account) where `figures` gives none. */
function takeOtherFigures(
  figures: Casualties,
  evidence: CasualtyEvidence,
  other: { figures: Casualties; evidence: CasualtyEvidence },
): void {
  for (const f of ['wounded', 'arrested'] as const) {
    if (figures[f] === null && other.figures[f] !== null) {
      figures[f] = other.figures[f];
      if (other.evidence[f]) evidence[f] = other.evidence[f];
    }
  }
}

/**
 * The reading of two accounts, with what the sentences `after` them tell added and their own accounts said after.
 * (Each further account is read by one more call: past a few dozen, the rest is read whole, so that a text of thousands
 * of accounts cannot exhaust the stack.)
 */
function withLaterAccounts(
  figures: Casualties,
  evidence: CasualtyEvidence,
  accounts: string,
  after: string,
  depth: number,
): CasualtyReading {
  const more = after.trim()
    ? depth < 32
      ? readCasualties(after, depth + 1)
      : { ...readOne(after), accounts: null }
    : null;
  if (more) addReading(figures, evidence, more);
  return { figures, evidence, accounts: more?.accounts ? `${accounts}; ${more.accounts}` : accounts };
}

/** Adds each figure of `more` to `figures`, and its words to `evidence`. */
function addReading(
  figures: Casualties,
  evidence: CasualtyEvidence,
  more: { figures: Casualties; evidence: CasualtyEvidence },
): void {
  for (const f of ['killed', 'wounded', 'arrested'] as const) {
    const added = more.figures[f];
    if (added === null) continue;
    figures[f] = (figures[f] ?? 0) + added;
    evidence[f] = [evidence[f], more.evidence[f]].filter(Boolean).join(' … ');
  }
}

/** How many people a list of them after one counts: each item one person, or the figure it gives. */
function countListed(list: string): number {
  return list
    .split(/(?=,)|(?<!,)(?=\s+and\s)/)
    .filter((item) => item.startsWith(',') || /^\s+and\s/.test(item))
    .reduce((sum, item) => {
      const figure = LIST_FIGURE.exec(item)?.[1];
      return sum + (figure ? (parseNumber(figure.replace(LEADING_QUALIFIER, '')) ?? 1) : 1);
    }, 0);
}

// One person named, then a figure who died with that one: "Kiraz and both hostage-takers died", "Ann Roe and two
// guards were killed", "the driver and three passengers died" (group 1 the one, group 2 the figure).
const ONE_AND_FIGURE_DIED = new RegExp(
  `(?:^|[.;:]\\s+|,\\s+)((?!(?:The|A|An|This|That|These|Those|Police|Security|Army|Troops|Soldiers|Militants|Gunmen|Attackers|Civilians|Officials|Authorities|Government|Residents|Villagers|Women|Men|Children|Several|Many|Some|Most|All|Both|Dozens|Hundreds|Others|In|On|At|After|Before|During|When)\\b)${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}|[Tt]he\\s+(?:[a-z-]+\\s+)?(?:${PERSON}|driver|pilot|imam|priest|owner)\\b(?!s))\\s+and\\s+(${NUMBER_PATTERN}|both|all)\\s+(?:of\\s+(?:the|his|her)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:[a-z-]+s|[a-z]*men|children|people)\\s+(?:were\\s+(?:also\\s+)?(?:\\w+ly\\s+)?(?:killed|shot dead|burned to death)|(?:also\\s+)?(?:died|burned to death))\\b`,
);

/**
 * "Minister Ali Tessa died when a mine struck his vehicle; his bodyguard was also killed": the one who died and the one
 * close to him told dead after, where only one death was read.
 */
// One more killed in the raid or attack the one killed died in: "killed Ann Roe … in a raid in which another guerrilla
// was also killed".
const ANOTHER_IN_WHICH = new RegExp(
  `\\bin which (?:another|one more|a second|a further) (?:[a-z-]+ )?(?:${PERSON}) (?:was|had been) (?:also )?killed\\b`,
  'i',
);
function readAnotherInWhich(t: Tally): void {
  const { text, lower, result, spans, isUsed, used, cite } = t;
  if (result.killed === null || result.killed === 0 || !lower.includes('in which ')) return;
  const m = ANOTHER_IN_WHICH.exec(text);
  if (!m || isUsed(m.index, m.index + m[0].length)) return;
  // (Only after the death read: the one more is another than those told before.)
  if (!spans.killed.some(([start]) => start < m.index)) return;
  result.killed += 1;
  used.fill(1, m.index, m.index + m[0].length);
  cite('killed', m.index, m.index + m[0].length);
}

// The attackers told outside a toll, dead besides it: "killing 125 people, not counting himself", "killing 33 people,
// not including the three bombers", "killing a guard in addition to himself", "killing 23 people, in addition to the
// bombers" (as many as were counted before).
const ATTACKERS_BESIDES = new RegExp(
  `,?\\s+(?:not counting|not including|excluding|in addition to|besides)\\s+(?:(himself|herself)|the\\s+(?:(${NUMBER_PATTERN})\\s+)?(?:suicide\\s+)?(?:car\\s+)?(?:(bomber|attacker|gunman|assailant)|bombers|attackers|gunmen|assailants)|(?:both|all)\\s+(?:the\\s+)?(?:suicide\\s+)?(?:bombers|attackers|gunmen|assailants)|themselves)(?![\\w'’-])`,
  'gi',
);
const BESIDES_WORDS = ['counting', 'including', 'addition to', 'besides'];
// Attackers told alive after them: ", who remain at large", ", who fled", ", who survived".
const ALIVE_AFTER =
  /^,?\s+(?:who|whom)\s+(?:[\w'’-]+\s+){0,3}?(?:remain(?:s|ed)?|fled|escaped|survived|(?:was|were)\s+(?:later\s+)?(?:arrested|captured|detained|wounded|injured))\b/i;
// Or in what follows: "…; police arrested all three gunmen", "the attackers fled".
const ATTACKERS_ALIVE =
  /\b(?:(?:arrested|captured|detained)\s+(?:all\s+|both\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:bombers?|attackers?|gunm[ae]n|assailants?)|(?:bombers?|attackers?|gunm[ae]n|assailants?)\s+(?:fled|escaped|survived|remain(?:s|ed)? at large|(?:was|were)\s+(?:arrested|captured|detained)))\b/i;
const SELF_DEATHS = /\bsuicide\b|\bblew (?:himself|herself|themselves) up\b/i;
const ATTACKER_WORD = /\b(?:bombers?|attackers?|gunm[ae]n|assailants?|himself|herself|themselves)\b/i;
function readAttackersBesides(t: Tally): void {
  const { text, lower, result, spans, isUsed, used, cite } = t;
  if (result.killed === null || !holds(lower, BESIDES_WORDS)) return;
  for (const m of text.matchAll(ATTACKERS_BESIDES)) {
    const end = m.index + m[0].length;
    // (Only right after a toll read: "killing 33 people, not including …"; not the wounded's: "wounding 20, not
    // counting the bombers".)
    if (isUsed(m.index, end) || !spans.killed.some(([, until]) => until === m.index)) continue;
    if (spans.wounded.some(([, until]) => until === m.index)) continue;
    // ("…, not including the three attackers, who remain at large", "…; police arrested all three gunmen": alive.)
    if (ALIVE_AFTER.test(text.slice(end, end + 80)) || ATTACKERS_ALIVE.test(text.slice(end))) continue;
    // ("not counting …", "not including …", "excluding …" leave them out of the count without telling them dead: only where
    // they died by their own bombs; "in addition to" counts them among those killed.)
    if (!/\baddition\b/i.test(m[0]) && !SELF_DEATHS.test(text)) continue;
    // (Their deaths told besides are counted already: "…, not including the bombers; both bombers died in the blast".)
    if (spans.killed.some(([from, until]) => from >= end && ATTACKER_WORD.test(text.slice(from, until)))) continue;
    const counted =
      m[1] || m[3] ? 'one' : (m[2] ?? (/\bboth\b/i.test(m[0]) ? 'two' : attackersCounted(text.slice(0, m.index))));
    const count = counted === undefined ? null : parseNumber(counted);
    if (!count) continue;
    result.killed += count;
    used.fill(1, m.index, end);
    cite('killed', m.index + (m[0].length - m[0].trimStart().replace(/^,\s*/, '').length), end);
  }
}

function readKinAlsoDied(t: Tally): void {
  const { text, lower, result, spans, isUsed, used, cite } = t;
  if (result.killed !== 1 || !lower.includes(' also ')) return;
  const kin = KIN_ALSO_DIED_AFTER.exec(text);
  if (!kin?.[1]) return;
  const at = kin.index + kin[0].length - kin[1].length;
  const end = kin.index + kin[0].length;
  const before = spans.killed.some(([start]) => start < kin.index);
  // (The one read was the kin's own: the death told before it, of one named, is the other.)
  const named = before ? null : NAMED_DIED.exec(text.slice(0, kin.index));
  if (before && !isUsed(at, end)) {
    result.killed = 2;
    used.fill(1, at, end);
    cite('killed', at, end);
  } else if (named && !isUsed(named.index, named.index + named[0].length)) {
    result.killed = 2;
    cite('killed', named.index, named.index + named[0].length);
  }
}

// The names of people a figure counted, between commas, before "and" and more people: "two Belgian women, Ann Roe and
// Bo Tarn, (and their two drivers)".
// (Looked for only where a plural noun stands before a comma and a name.)
const NAMES_AFTER_PLURAL = /[a-z](?:s|men|ren), [A-Z][^,;.]{1,60}\band [A-Z]/;
const NAMES_OF_COUNTED =
  /(?<=\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[A-Za-z-]+\s+){0,2}[a-z]+(?:s|men|ren),\s+)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*,?\s+and\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},\s+(?=and\s)/g;
/** "Kiraz and both hostage-takers died": the figure read, and the one named with them. */
// Whose or what a person named by a noun is, told after the noun and before others named with them: " of a second
// vehicle", " of the July 1 attack" (up to a comma or "and").
// ("a suspected logistician in the attack, Ann Roe, and …": the event the one taken had a part in, the same way.)
const OF_WHAT =
  /^\s+of\s+(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=,\s|\s+and\s)|^\s+in\s+(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|plots?|siege|assault|massacre|ambush|killings?|kidnappings?)(?=,\s|\s+and\s)/;
// Where the one named by a role holds it: "the wali of Tarn province", "the police commander for northern Tarn", "the
// group's leader in Tarn" (before the others or the name).
// The same, at the end of a list item: "the police commander for northern Tarn".
const ROLE_PLACE_WORDS = String.raw`\s+(?:of|for|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:province|district|region|state|county|governorate|city))?`;
const ROLE_PLACE_AT_END = new RegExp(`${ROLE_PLACE_WORDS}$`);
const ROLE_PLACE = new RegExp(`^${ROLE_PLACE_WORDS}(?=,\\s|\\s+and\\s)`);
function readOneAndFigure(t: Tally): void {
  const { text, lower, result, spans, isUsed, used, cite } = t;
  if (result.killed === null || !lower.includes(' and ')) return;
  const m = ONE_AND_FIGURE_DIED.exec(text);
  const one = m?.[1];
  if (!m || !one || !m[2]) return;
  const oneAt = m.index + m[0].indexOf(one);
  const figureAt = oneAt + one.length + m[0].slice(m[0].indexOf(one) + one.length).indexOf(m[2]);
  // (Only where the figure was read as the dead, and the one was not: a name of one, not a place or a group.)
  if (!spans.killed.some(([from, to]) => from <= figureAt && figureAt < to) || isUsed(oneAt, oneAt + one.length))
    return;
  // (Not where the one was read with the figure: "Omar Bessa and two others died" is 3 already.)
  if (spans.killed.some(([from, to]) => from < oneAt + one.length && oneAt < to)) return;
  // ("…, killing eight people. The driver and seven passengers were killed": a retelling of a toll told before is no
  // one more.)
  if (one.startsWith('The ') && TOLD_DEATHS.test(text.slice(0, m.index))) return;
  const single = !one.includes(' ');
  if (single && /^[A-Z]/.test(one) && !new RegExp(String.raw`[A-Z][\w'’-]+ ${one}\b`).test(text.slice(0, oneAt)))
    return;
  result.killed += 1;
  used.fill(1, oneAt, oneAt + one.length);
  cite('killed', oneAt, m.index + m[0].length);
}

// Others hurt with one: ", along with a bystander", ", together with two other passengers" (group 1 the figure).
const HURT_ALONG_WITH = new RegExp(
  `^,?\\s+(?:along|together) with\\s+(?:(?:an?|another|one other)\\s+(?:[a-z-]+\\s+){0,2}?${PERSON}\\b(?!s)|(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?:other\\s+)?(?:[a-z-]+\\s+)?(?:people|persons|civilians|others|children|women|[a-z]*(?:men|passengers|bystanders|soldiers|officers|guards|workers|students|villagers|pilgrims|worshippers|residents|tourists|shoppers|pupils|teachers|employees|journalists|customers|travell?ers|commuters|farmers|relatives|colleagues))\\b)`,
  'i',
);
// One person left hurt, with no figure: "left one militant dead and a police officer wounded" (read after the words, so
// that only texts with them look back for "left").
const LEFT_ONE_HURT = new RegExp(
  String.raw`\b(?:an?|one)\s+(?:[a-z'’-]+\s+){0,2}?${PERSON}\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b(?!\s+(?:in|by|during)\b)(?<=\b(?:left|leaving)\s+(?:[^.;]{0,80}?\s+dead\s+and\s+)?(?:an?|one)\s[^.;]{0,60})`,
);

// A title at the end of the words that name one victim: "Minister of Internal Affairs", "Governor of Tarn Province".
const TITLE_END = new RegExp(`\\b${OFFICE_TITLE}(?: (?:of|for)(?: the)?(?: [A-Z][\\w'’-]*| of| and| for| the)+)?$`);

/** A couple arrested, or one named person. */
// A group that holds someone, named before "placed … under house arrest".
const HELD_BY_A_GROUP =
  /\b(?:Houthis?|militants|insurgents|rebels|ISIS|ISIL|Taliban|al-Shabaab|Boko Haram|mutineers|putschists|junta|coup leaders|Front|Brigades?)\b/;
// One person placed under house arrest, told by a name or a role ("placed group founder Ann Roe under house arrest").
// ("Ann Roe was placed under house arrest", "placed Ann Roe, the group's leader, under house arrest": the same.)
const HOUSE_ARREST =
  /\b(?:placed|placing|put|putting)\s+(?!(?:\d|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|scores|many)\b)(?:(?!and\b|or\b)[A-Za-z][\w'’.-]*,?\s+){1,9}?under house arrest\b|\b(?:was|had been|has been)\s+(?:\w+ly\s+)?(?:placed|put)\s+under house arrest\b(?<!\b(?:and|or)\s[^.;,]{1,60})/;
// Some counted or listed, placed under house arrest: "placed three suspected recruiters under house arrest", "placed two
// preachers, Ali Kem and Tariq Fen, under house arrest".
const HOUSE_ARREST_COUNTED = new RegExp(
  `\\b(?:placed|placing|put|putting)\\s+(${NUMBER_PATTERN})\\s+(?:[\\w'’-]+,?\\s+){0,10}?under house arrest\\b`,
  'i',
);
// One named, then "and", right before the one named who gave himself up: "Ali Tal and " (Omar Bessa surrendered).
const NAMED_BEFORE_AND = new RegExp(`(?<![\\w'’-])[A-Z][a-z]+(?: (?:${PARTICLE}[- ])?[A-Z][\\w'’-]+)+,? and $`);
function readNamedArrests(t: Tally): void {
  const { text, lower, result, cite, alongWith, isUsed } = t;
  // "arrested a Belgian couple": two.
  const couple = result.arrested === null && lower.includes('couple') ? ARRESTED_COUPLE.exec(text) : null;
  if (couple) {
    result.arrested = 2;
    cite('arrested', couple.index, couple.index + couple[0].length);
  }
  // "placed LeT founder Hafiz Saeed under house arrest": one person, held.
  const counted = result.arrested === null && lower.includes('house arrest') ? HOUSE_ARREST_COUNTED.exec(text) : null;
  const many = counted?.[1] ? parseNumber(counted[1]) : null;
  if (counted && many !== null) {
    result.arrested = many;
    cite('arrested', counted.index, counted.index + counted[0].length);
    return;
  }
  // ("placed the deputy, Salim Rood, under house arrest and detained four of his aides": one more, with those detained.)
  // (Not one held by a group: "Houthi forces … placed President Hadi under house arrest".)
  const house = lower.includes('house arrest') ? HOUSE_ARREST.exec(text) : null;
  if (
    house &&
    !/^(?:was|had been|has been)\b/.test(house[0]) &&
    HELD_BY_A_GROUP.test(text.slice(Math.max(0, house.index - 160), house.index))
  )
    return;
  if (house && !t.isUsed(house.index, house.index + house[0].length)) {
    t.used.fill(1, house.index, house.index + house[0].length);
    result.arrested = (result.arrested ?? 0) + 1;
    cite('arrested', house.index, house.index + house[0].length);
    return;
  }
  // "arrested Rashid Rauf in Bahawalpur": one named person.
  const named =
    result.arrested === null && holds(lower, ARREST_WORDS)
      ? (ARRESTED_NAME.exec(text) ?? ARRESTED_ONE.exec(text))
      : null;
  // ("militants captured the town of Konna": a town taken, no one arrested.)
  if (
    named &&
    !/\bcaptur(?:ed|ing) (?:the )?(?:[\w-]+ ){0,2}(?:towns?|city|village|district|base|camp|port|island)\b/i.test(
      named[0],
    )
  ) {
    let end = named.index + named[0].length;
    // (The words read as the one taken, with an apostrophe after a name in s: "Khair Mundos' courier".)
    let words = named[0];
    // ("arrested a suspected insurgent recruiter and two accomplices": a person's noun made of two, the second the head.)
    // ("detained a Sunni cleric, Sheikh Ann Roe, and four other men": a people's name before the noun.)
    const head = /\s(?:[a-z][\w'’-]*|[A-Z][a-z]+)$/.test(words)
      ? PERSON_HEAD_AFTER.exec(text.slice(end, end + 40))
      : null;
    if (head) end += head[0].length;
    // ("arrested Khair Mundos' courier and two associates": a name ending in s, its apostrophe after it.)
    if (/[A-Z][\w-]*s$/.test(words) && /^['’]\s/.test(text.slice(end, end + 2))) {
      words += text.charAt(end);
      end += 1;
    }
    const owned = /['’]s?$/.test(words) ? OWNED_PERSON.exec(text.slice(end, end + 40)) : null;
    if (owned) end += owned[0].length;
    const taken = owned ? words + owned[0] : words;
    // ("arrested the group's political chief Omar Bessa, alias …": the name after the role.)
    const nameAfter =
      (PERSON_LAST.test(taken) ? ROLE_NAME.exec(text.slice(end, end + 80)) : null) ??
      (KIN_LAST.test(taken) ? KIN_NAME.exec(text.slice(end, end + 80)) : null);
    if (nameAfter) end += nameAfter[0].length;
    // "arrested the driver of a second vehicle, which had failed to detonate, and four accomplices": whose or what the
    // one taken is, told after the noun.
    const ofWhat = /\s["“]?[a-z][\w'’-]*["”]?$/.test(words)
      ? (OF_WHAT.exec(text.slice(end, end + 80)) ?? ROLE_PLACE.exec(text.slice(end, end + 80)))
      : null;
    if (ofWhat) end += ofWhat[0].length;
    // ("arrested a Syrian national, Omar Tal, and two accomplices": the noun a nationality is told with.)
    const national = /\s[A-Z][a-z]+$/.test(words) ? /^\s+(?:national|citizen)\b/.exec(text.slice(end, end + 12)) : null;
    if (national) end += national[0].length;
    // ("arrested a facilitator known as Abu Hamza and four of his associates": the name the one taken went by.)
    const knownAs = KNOWN_AS.exec(text.slice(end, end + 80));
    if (knownAs) end += knownAs[0].length;
    let listed = 0;
    // "arrested Adil Tarni, the suspected bomber, and two accomplices", "arrested leader Omar Bessa, alias Abu Tarn, and 19
    // other militants": who the one taken is, before those taken with him.
    // (Not one close to the one taken, an item of a list: "arrested Ann Roe, his brother, and a cousin".)
    const who =
      text.charAt(end) === ',' && !KIN_BEFORE_AND.test(text.slice(end, end + 160))
        ? ARRESTED_WHO.exec(text.slice(end, end + 120))
        : null;
    if (who) end += who[0].length;
    // "arrested the group's political chief, Ann Roe, and his partner": the name of the one taken; "arrested Ann Roe,
    // Bo Tarn, and Omar Tal": each name before the last, which is read with "and" below.
    if (text.charAt(end) === ',') {
      const tail = text.slice(end, end + 160);
      const apposition =
        /\s[a-z][\w'’-]*$/.test(words) || national || head !== null
          ? (NAME_APPOSITION.exec(tail) ?? (KIN_LAST.test(taken) ? KIN_NAME_APPOSITION.exec(tail) : null))
          : null;
      if (apposition) end += apposition[0].length;
      // ("arrested the cell leader, Omar Tal, his brother, and a cousin": those close to the one named, after the name.)
      const list = apposition
        ? KIN_BEFORE_AND.exec(text.slice(end, end + 160))
        : (NAMES_BEFORE_AND.exec(tail) ??
          KIN_BEFORE_AND.exec(tail) ??
          // ("arrested a nurse, a mechanic and two students": one told by a noun, then others so told.)
          (/^\s*(?:an?|one)\s/i.test(words.replace(/^\S+\s+/, '')) ? PERSONS_BEFORE_AND.exec(tail) : null));
      if (list) {
        listed = list[0].split(',').length - 1;
        end += list[0].length;
      }
    }
    // "arrested a girl wearing a suicide vest and two men": what the one taken wore or carried, before those taken with
    // her.
    const carrying =
      /^\s+(?:wearing|carrying|holding|armed with|driving|transporting)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=\s+and\s+(?:an?|\w+)\s)/.exec(
        text.slice(end, end + 80),
      );
    if (carrying) end += carrying[0].length;
    // "arrested separatist leader Ann Roe and 46 of his supporters", "captured a finance chief and his radio operator";
    // "arrested Ann Roe, Bo Tarn, and Omar Tal and two Korvel nationals": the last name, then the others.
    let more: number | null = 0;
    for (let i = 0; i < 2 && more !== null; i += 1) {
      const also = ARRESTED_AND.exec(text.slice(end, end + 120));
      if (!also) break;
      // ("arrested a recruiter, and his two accomplices fled": those with a verb of their own were not taken.)
      if (VERB_OF_THEIR_OWN.test(text.slice(end + also[0].length, end + also[0].length + 60))) break;
      const next = also[1] ? parseNumber(also[1]) : 1;
      if (next === null) break;
      more += next;
      end += also[0].length;
      if (i === 0 && !listed && also[1]) break;
    }
    // ("Ali Tal and Omar Bessa surrendered": one more named before the one who gave himself up.)
    const pairBefore = /\b(?:surrendered|gave (?:him|her)self up|turned (?:him|her)self in)\b/.test(named[0])
      ? NAMED_BEFORE_AND.exec(text.slice(Math.max(0, named.index - 60), named.index))
      : null;
    const from = pairBefore ? named.index - pairBefore[0].length : named.index;
    result.arrested = 1 + (pairBefore ? 1 : 0) + listed + (more ?? 0) + alongWith(end, 'arrested');
    cite('arrested', from, end);
  }
  // ("an Ostra Movement commander surrendered to police in Pomar along with 12 of his fighters", "a militant turned
  // himself in": one who gave himself up, and those with him.)
  const gaveUp =
    result.arrested === null && (lower.includes('surrender') || lower.includes('self in') || lower.includes('self up'))
      ? ONE_SURRENDERED.exec(text)
      : null;
  if (gaveUp && !isUsed(gaveUp.index, gaveUp.index + gaveUp[0].length)) {
    const end = gaveUp.index + gaveUp[0].length;
    result.arrested = 1 + alongWith(end, 'arrested');
    cite('arrested', gaveUp.index, end);
  }
}

// One person, then their death told in a relative clause: "shot cameraman Ann Roe, who died at the scene".
const WHO_DIED =
  /(?:\b[A-Z][\w'’-]+|\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+(?<!s)),\s+who\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|was killed)\b/;
// The attacker the only dead: "killed no one other than the bomber", "killing nobody but the attacker".
const ONLY_THE_BOMBER =
  /\bkill(?:ed|ing) (?:no one|nobody|no-one) (?:but|except|other than|apart from|besides) (?:the|its|a) (?:suicide )?(?:bomber|attacker|gunman|assailant|driver|militant)\b(?!s)/i;
// A verb that harms the one named next: "shot (cameraman Ann Roe, who died …)".
const HARMED_BEFORE =
  /\b(?:shot|stabbed|attacked|ambushed|hit|struck|beat|beaten|seized|abducted|kidnapped|fired on|opened fire on|targeted)\s+(?:[^,;.]{0,60})$/i;
// A couple killed: "stoned to death an unmarried couple", "executed a couple".
const KILLED_COUPLE =
  /\b(?:killed|killing|murdered|murdering|executed|executing|shot dead|stoned to death|hacked to death|beheaded)\s+(?:an?|the)\s+(?:[A-Za-z-]+\s+){0,3}?couple\b(?!\s+(?:of\b|dozen\b|hundred\b|thousand\b))/i;

// Some of the wounded who died later: "three of the 25 wounded died the next day".
const PART_OF_WOUNDED_DIED = new RegExp(
  `\\b(${NUMBER_PATTERN}) of the (${NUMBER_PATTERN}) (?:[a-z-]+ ){0,2}?(?:wounded|injured)(?: [a-z]+){0,4}? (?:later |subsequently |also )?died\\b`,
  'i',
);

const SOME_WOUNDED_DIED = new RegExp(
  `\\b(${NUMBER_PATTERN}) of the (?:wounded|injured)(?: [a-z]+)? (?:later |subsequently |also )?(?:died|succumbed)\\b`,
  'i',
);

/** "killing eight people; three of the 25 wounded died the next day": 25 wounded, and three more dead. */
function readWoundedWhoDied(t: Tally): void {
  const { shown, lowerShown, result, spans, cite } = t;
  if (!lowerShown.includes(' of the ')) return;
  const m = PART_OF_WOUNDED_DIED.exec(shown);
  // ("shot and wounded five people …; three of the wounded later died": some of those counted wounded, dead.)
  if (!m) {
    const some = result.wounded !== null ? SOME_WOUNDED_DIED.exec(shown) : null;
    const count = some?.[1] ? parseNumber(some[1]) : null;
    if (!some || count === null || count > (result.wounded ?? 0)) return;
    if (spans.killed.some(([from, to]) => from < some.index + some[0].length && to > some.index)) return;
    result.killed = (result.killed ?? 0) + count;
    cite('killed', some.index, some.index + some[0].length);
    return;
  }
  const part = m?.[1] ? parseNumber(m[1]) : null;
  const whole = m?.[2] ? parseNumber(m[2]) : null;
  if (!m || part === null || whole === null || part > whole) return;
  // (The part was read as the wounded, its whole blanked: the whole is the wounded, the part more dead.)
  // (Or the wounded read already: "wounded 25 people; three of the 25 wounded later died".)
  if (result.wounded !== null && result.wounded !== part && result.wounded !== whole) return;
  if (spans.killed.some(([from, to]) => from < m.index + m[0].length && to > m.index)) return;
  if (result.wounded !== whole) {
    result.wounded = whole;
    spans.wounded = spans.wounded.filter(([from, to]) => to <= m.index || from >= m.index + m[0].length);
    cite('wounded', m.index, m.index + m[0].length);
  }
  result.killed = (result.killed ?? 0) + part;
  cite('killed', m.index, m.index + m[0].length);
}

// The attackers counted before, told dead with no figure: "(three suicide bombers attacked …;) the bombers were killed".
const THE_ATTACKERS_KILLED =
  /\b(?:the|all the|all of the)\s+(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants|militants|hostage-takers)\s+(?:(?:were|had been)\s+(?:all\s+)?(?:\w+ly\s+)?(?:killed|shot dead)|(?:all\s+)?died)\b/i;

/** "three suicide bombers attacked the base; the military said the bombers were killed": as many as were counted. */
function readAttackersKilled(t: Tally): void {
  const { text, shown, mayDeny, result, isUsed, used, cite } = t;
  if (result.killed !== null || (mayDeny && NO_DEATHS.test(shown))) return;
  const m = THE_ATTACKERS_KILLED.exec(text);
  if (!m || isUsed(m.index, m.index + m[0].length)) return;
  const counted = attackersCounted(text.slice(0, m.index));
  const count = counted ? parseNumber(counted.replace(LEADING_QUALIFIER, '')) : null;
  if (count === null) return;
  result.killed = count;
  used.fill(1, m.index, m.index + m[0].length);
  cite('killed', m.index, m.index + m[0].length);
}

/** Deaths told of people named with no figure: one who died in a relative clause, a couple killed (two). */
function readOnesWhoDied(t: Tally): void {
  const { text, lower, shown, mayDeny, result, isUsed, used, cite } = t;
  if (result.killed !== null || (mayDeny && NO_DEATHS.test(shown))) return;
  const couple = lower.includes('couple') ? KILLED_COUPLE.exec(text) : null;
  const only = couple === null && lower.includes(' no') ? ONLY_THE_BOMBER.exec(text) : null;
  const one = couple === null && only === null && lower.includes(' who ') ? WHO_DIED.exec(text) : null;
  const m = couple ?? only ?? one;
  if (!m || isUsed(m.index, m.index + m[0].length)) return;
  // (Not one told wounded first: "wounding a soldier, who later died" is read with the wounded.)
  if (one && /\b(?:wound|injur|hurt)/i.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length))) return;
  // (Only one the sentence harms: not "militants loyal to Omar Tal, who died in 2009, attacked …".)
  if (
    one &&
    (!HARMED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index + 1)) ||
      /^\s+(?:in|on)\s+(?:(?:[A-Z][a-z]+\s+)?\d{1,2},?\s+)?(?:19|20)\d\d\b/.test(text.slice(m.index + m[0].length)))
  )
    return;
  // ("killed a Buddhist couple and their son", "… and their two children": the couple's own, told next.)
  const theirs = couple ? COUPLE_AND_THEIRS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) : null;
  const more = theirs ? (theirs[1] ? (parseNumber(theirs[1]) ?? 0) : theirs[2] ? 2 : 1) : 0;
  const end = m.index + m[0].length + (theirs && more > 0 ? theirs[0].length : 0);
  result.killed = couple ? 2 + more : 1;
  used.fill(1, m.index, end);
  cite('killed', m.index, end);
}
// (Not one told with a fate of his own: "killed a couple and their son was wounded", "… and their son escaped".)
const COUPLE_AND_THEIRS = new RegExp(
  `^,?\\s+(?:and|along with)\\s+their\\s+(?:(${NUMBER_PATTERN})\\s+(?:[a-z-]+\\s+)?(?:children|sons|daughters|grandchildren)|(?:[a-z-]+\\s+)?(?:son|daughter|child|baby|grandson|granddaughter|grandchild)(?!s)(?:\\s+and\\s+(?:their\\s+)?(son|daughter|child|baby)\\b|(?!\\s+and\\s+(?:their\\s+)?(?:son|daughter|child|baby)\\b)))\\b(?!\\s+(?:was|were|had|escaped|survived|fled)\\b)`,
  'i',
);

// "… was abducted from his car near Tarn on June 6; his body was found two days later", "abducted two aid workers …;
// their bodies were recovered the next morning": the ones taken, found dead.
// ("…; they were found dead two days later": the same, told of them.)
const BODIES_FOUND =
  /\b(?:(his|her|their) (?:(?:beheaded|decapitated|mutilated|burned|burnt|charred|bullet-riddled|decomposed|headless) )?(?:bodies|body|remains) (?:was|were|had been) (?:later )?(?:found|discovered|recovered)|(?<=[;,]\s+|\.\s+|\band\s+)(they) were (?:later |subsequently )?found (?:dead|murdered|beheaded|shot dead))\b/i;
const TAKEN = /\b(?:abduct|kidnap|seized|snatched)/i;
// How many were taken: "abducted two aid workers", "nine foreigners … were abducted".
const TAKEN_COUNT = new RegExp(
  `\\b(?:abducted|kidnapped|seized|snatched)\\s+(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s|\\b(${QUALIFIER_PATTERN}${NUMBER_PATTERN})\\s+(?:[\\w'’-]+\\s+){0,5}?(?:were|had been)\\s+(?:abducted|kidnapped|seized|snatched)\\b`,
  'i',
);
function readBodiesFound(t: Tally): void {
  const { text, lower, result, cite } = t;
  if (result.killed !== null || !(lower.includes(' bod') || lower.includes('they were'))) return;
  const found = BODIES_FOUND.exec(text);
  const taken = found ? TAKEN.exec(text) : null;
  if (!found || !taken || taken.index > found.index) return;
  if (found[2] === undefined && found[1]?.toLowerCase() !== 'their') {
    result.killed = 1;
    cite('killed', found.index, found.index + found[0].length);
    return;
  }
  const count = TAKEN_COUNT.exec(text.slice(0, found.index));
  const n = count ? parseNumber(count[1] ?? count[2] ?? '') : null;
  if (count === null || n === null) return;
  result.killed = n;
  cite('killed', count.index, count.index + count[0].length);
  cite('killed', found.index, found.index + found[0].length);
}

/** "Two suspected militants and Inspector Ann Roe of the Tarn police died in the shootout": the figure and the one named. */
function readFigureAndNamed(t: Tally): void {
  const { text, lower, shown, mayDeny, result, used, isUsed, cite } = t;
  const withNamed =
    result.killed === null && !(mayDeny && NO_DEATHS.test(shown)) && lower.includes(' and ')
      ? FIGURE_AND_NAMED_KILLED.exec(text)
      : null;
  const withNamedCount = withNamed?.[1] ? parseNumber(withNamed[1]) : null;
  // (Not where a toll was told before them: "a suicide bomber killed 30 people …; two bodyguards and candidate Ann Roe
  // were killed in the blast" names some of the 30.)
  // ("…; two civilians and Mayor Ann Roe of Ulma also died": more of them.)
  if (withNamed && TOLL_BEFORE.test(text.slice(0, withNamed.index)) && !/\balso\b/.test(withNamed[0])) return;
  if (withNamed && withNamedCount !== null && !isUsed(withNamed.index, withNamed.index + withNamed[0].length)) {
    result.killed = withNamedCount + 1;
    used.fill(1, withNamed.index, withNamed.index + withNamed[0].length);
    cite('killed', withNamed.index, withNamed.index + withNamed[0].length);
  }
}

/** A death told with no figure: a list of people killed, one named person killed, a pair, a body found. */
function readLoneDeaths(t: Tally, alongside: RegExpExecArray | null): void {
  const { text, lower, shown, mayDeny, result, used, isUsed, cite, alongWith } = t;
  // "a parliamentarian, a tribal elder, and a boy were killed": one for each (counted below).
  // (Read where no toll was read yet, or after a semicolon, where it may add to one.)
  const chain =
    lower.includes(' and a') && (result.killed === null || lower.includes(';') || lower.includes(' also '))
      ? A_CHAIN_KILLED.exec(text)
      : null;
  // "Erik Ayazbayev, the alleged leader of this group, was killed": one death though no figure is written;
  // never in a text that denies deaths ("No one was killed").
  let lone =
    result.killed === null && !(mayDeny && NO_DEATHS.test(shown)) && holds(lower, KILLED_WORDS)
      ? (/\b(?:was|has been) (?:also |again |later |subsequently |(?:him|her)self )?(?:\w+ly )?(?:(?:found|discovered) (?=(?:killed|shot|stabbed|hacked|beaten|bludgeoned|burned|stoned|murdered|beheaded|tortured|gunned|executed|assassinated|strangled|hanged)\b))?(?:\w+ and )?(?:killed|shot dead|gunned down|murdered|assassinated|beheaded|executed|(?:stabbed|hacked|beaten|bludgeoned|burned|stoned) to death)\b|\b(?:was|has been)\b[^.;]{0,80}?\bfound dead\b|\b(?:was|has been) (?:kidnapped|abducted|seized|captured|taken hostage|lured|run down|dragged|ambushed)\b[^.;]{0,80}?\band (?:later |then |subsequently )?(?:killed|beheaded|executed|shot dead|murdered|(?:stabbed|hacked|beaten|burned) to death)\b(?! (?:the|an?|his|her|their|its|all|both|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\b(?! (?:next|following|same|previous)\b| (?:days?|weeks?|months?|hours?)\b| (?:\w+ )?(?:days?|weeks?|months?|hours?) later\b))|\b(?:was|has been) (?:\w+ly )?(?:shot|stabbed|wounded|injured)\b[^.;]{0,80}?\band (?:later |subsequently )?died\b(?![^.;]{0,80}\b(?:(?:in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:days?|weeks?|months?) (?:later|afterwards?)\b|after (?:\w+ ){0,3}?(?:days?|weeks?|months?)\b|in a coma\b))|\b(?:he|she) (?:later |subsequently |also )?died (?:of|from) (?:his|her) (?:wounds|injuries)\b|\b(?:was|has been) (?:fatally|mortally) (?:wounded|injured|shot|stabbed)\b|\b(?:killed|killing|shot dead|shot and killed|beheaded|beheading|executed|executing|murdered|murdering|hanged) (?:him|her)\b|\b[a-z]+, died(?=\s+(?:along\s+|together\s+)?with\s+(?:his|her)\s)/i.exec(
          text,
          // (Read where asides still stand: "one of whom, a two-year-old girl, later died" is an aside that counts.)
        ) ??
        (lower.includes('died') || lower.includes(' life') ? ONE_DIED.exec(shown) : null) ??
        (lower.includes('had been') ? SAID_NAMED_KILLED.exec(text) : null))
      : null;
  // ("A woman and a child died": the list, not its last one.)
  if (lone && chain && chain.index <= lone.index && lone.index < chain.index + chain[0].length) lone = null;
  // ("Police arrested two suspects; one of them died in custody": no toll of the event.)
  if (lone && IN_CUSTODY_AFTER.test(` ${shown.slice(lone.index, lone.index + 80)}`)) lone = null;

  // "journalists Ann Roe and Paul Lee were abducted outside a house in Kidal and killed": one for each name.
  const pair =
    result.killed === null && !(mayDeny && NO_DEATHS.test(shown)) && holds(lower, KILLED_WORDS)
      ? NAMED_PAIR_KILLED.exec(text)
      : null;
  // "militia leader Ali Musa Tessa died during clashes": one person named, and died.
  const died =
    !pair &&
    !lone &&
    result.killed === null &&
    (lower.includes(' died') || lower.includes('succumbed')) &&
    !(mayDeny && NO_DEATHS.test(shown))
      ? (NAMED_DIED.exec(text) ?? SURNAME_DIED.exec(text))
      : null;
  if (died) {
    // ("General Ann Roe died along with his bodyguard": one more.)
    result.killed = 1 + alongWith(died.index + died[0].length, 'killed');
    cite('killed', died.index, died.index + died[0].length);
  }
  if (pair) {
    result.killed = 2;
    cite('killed', pair.index, pair.index + pair[0].length);
  } else if (lone) {
    const loneEnd = lone.index + lone[0].length;
    const along = alongWith(loneEnd, 'killed');
    // ("… was killed with a companion when they drove up to a checkpoint": one more, told right after the verb; not
    // "shot dead while walking home with a colleague" nor "killed with a relative's pistol".)
    const companion = along === 0 ? KILLED_WITH_ONE.exec(text.slice(loneEnd, loneEnd + 60)) : null;
    const end = loneEnd + (companion?.[0].length ?? 0);
    result.killed = 1 + along + (companion ? 1 : 0);
    // (Read once: "…, before he was shot dead by police" is this one death, not one more attacker's.)
    used.fill(1, lone.index, end);
    // (Words read across an aside left out of the text, ", ,", are quoted as the two pieces they are.)
    const gap = /,\s*,\s*/.exec(text.slice(lone.index, end));
    if (gap) {
      cite('killed', lone.index, lone.index + gap.index);
      cite('killed', lone.index + gap.index + gap[0].length, end);
    } else cite('killed', lone.index, end);
  }
  // "the beheaded body of police inspector Ann Roe, whom rebels had kidnapped, was found near Tarn": one death, told by
  // the body found.
  const body =
    result.killed === null && !pair && !lone && (lower.includes('body of') || lower.includes('corpse of'))
      ? BODY_FOUND.exec(text)
      : null;
  if (body) {
    result.killed = 1;
    cite('killed', body.index, body.index + body[0].length);
  }
  // "a parliamentarian, a tribal elder, and a boy were killed, along with three of the attackers": one for each.
  // ("All seven attackers were killed; a woman and a child died": a list of its own after a semicolon adds to the toll.)
  if (
    chain?.[1] &&
    !isUsed(chain.index, chain.index + chain[0].length) &&
    (result.killed === null ||
      /;\s*$/.test(text.slice(Math.max(0, chain.index - 4), chain.index)) ||
      // ("all four were killed by security forces, and a security guard and a resident also died": more, told so.)
      (/,\s+and\s+$/.test(text.slice(Math.max(0, chain.index - 8), chain.index)) && /\balso\s+died$/.test(chain[0])))
  ) {
    const end = chain.index + chain[0].length;
    result.killed = (result.killed ?? 0) + chain[1].split(LIST_SPLIT).length + alongWith(end, 'killed');
    used.fill(1, chain.index, end);
    cite('killed', chain.index, end);
  }
  // ("…; a police officer and a civilian were slightly injured": one hurt for each, where no hurt were read.)
  const hurtChain =
    result.wounded === null && lower.includes(' and a') && /\b(?:injured|wounded|hurt)\b/.test(lower)
      ? A_CHAIN_WOUNDED.exec(text)
      : null;
  if (hurtChain?.[1] && !isUsed(hurtChain.index, hurtChain.index + hurtChain[0].length)) {
    result.wounded = hurtChain[1].split(LIST_SPLIT).length;
    used.fill(1, hurtChain.index, hurtChain.index + hurtChain[0].length);
    cite('wounded', hurtChain.index, hurtChain.index + hurtChain[0].length);
  }
  // "Hostage Ewold Horn, who had been held since 2012, was killed …; six fighters were also killed": the one named
  // died too.
  const namedToo =
    result.killed !== null &&
    !alongside &&
    !lone &&
    !pair &&
    !died &&
    lower.includes(' also ') &&
    ALSO_KILLED.test(text)
      ? NAMED_WAS_KILLED.exec(text)
      : null;
  if (namedToo && !isUsed(namedToo.index, namedToo.index + namedToo[0].length)) {
    result.killed = (result.killed ?? 0) + 1;
    // ("Ann Roe was killed along with more than 30 of his fighters …; 21 soldiers also died": those with the one named.)
    const end = namedToo.index + namedToo[0].length;
    result.killed += alongWith(end, 'killed');
    cite('killed', namedToo.index, end);
  }
}

/** Wounded told with no figure: a pair, one person. */
function readLoneWounded(t: Tally): void {
  const { text, lower, shown, mayDeny, result, used, isUsed, cite, figureAfter, listAfter } = t;
  // "Papademos and his driver were injured", "… was killed and his wife and son wounded": two, with no figure.
  const pairHurt = result.wounded === null && holds(lower, HURT_WORDS) ? PAIR_WOUNDED.exec(text) : null;
  if (pairHurt && !isUsed(pairHurt.index, pairHurt.index + pairHurt[0].length)) {
    result.wounded = 2;
    cite('wounded', pairHurt.index, pairHurt.index + pairHurt[0].length);
  }
  // "killing a soldier and wounding another", "seriously wounding Gardner", "injuring a police officer", "was shot dead,
  // and her colleague Kathy Gannon badly wounded", "A shepherd was killed and his nephew wounded": one wounded though no
  // figure is written.
  // ("slightly injuring him; no one else was hurt": a denial of anyone else leaves the one.)
  // ("neither the minister nor his wife was hurt": no one wounded of those named, and no figure.)
  const deniedHurt = mayDeny ? NO_INJURIES.exec(shown) : null;
  const hurt =
    result.wounded === null && !(deniedHurt && !/\belse\b/i.test(deniedHurt[0]))
      ? ((holds(lower, HURT_WORDS)
          ? /\b(?:he|she|the (?:bomber|attacker|assailant)) was the only (?:person|one) (?:injured|wounded|hurt)\b|(?<!\bneither\b[^.;]{1,60}\bnor\b[^.;]{1,60})\b(?:was|has been) (?!(?:fatally|mortally) )(?:also )?(?:\w+ly )?(?:(?:shot|stabbed|hit)(?: (?:in|at|near|outside) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)? and (?:\w+ly )?)?(?:injured|wounded|hurt)\b(?!(?:\s+(?:in|during|by|at|from|on)\s+[^.;,]{0,40}?)?\s+and (?:later |subsequently |then )?died\b)|\b(?:and|while) another (?:was |had been )?(?:\w+ly )?(?:injured|wounded|hurt)\b|(?<=\b(?:was|were|had been) (?:\w+ly )?(?:killed|shot dead) and )(?:his|her|their|an?) [a-z-]+(?<!s) (?:\w+ly )?(?:injured|wounded)\b(?!\s+(?:and|or)\b)|(?<=,\s+and\s+)(?:his|her|their)\s+[a-z-]+\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:\w+ly\s+)?(?:injured|wounded)\b(?!\s+(?:were|was|by)\b)|(?<!\b(?:many|several|dozens|scores|hundreds|others|some|more|numerous)\s(?:[a-z-]+\s)?)\b(?:suffered|sustained|survived with) (?:(?:a|an|\w+) ){0,2}(?:injur(?:y|ies)|wounds?)\b/i.exec(
              text,
            )
          : null) ??
        (lower.includes('wound') || lower.includes('injur') ? ONE_WOUNDED.exec(text) : null) ??
        (lower.includes('left ') || lower.includes('leaving ') ? LEFT_ONE_HURT.exec(text) : null))
      : null;
  // ("The bomber, who was also wounded, died later in hospital": one who died, no wounded.)
  const diedAfter =
    hurt !== null &&
    /\bwho\s+$/.test(text.slice(Math.max(0, hurt.index - 5), hurt.index)) &&
    /\bdied\b/.test(text.slice(hurt.index, hurt.index + 120));
  // ("wounded President Saleh and several senior officials": a count no one can give; no figure.)
  const uncounted =
    hurt !== null && UNCOUNTED_MORE.test(text.slice(hurt.index + hurt[0].length, hurt.index + hurt[0].length + 40));
  if (hurt && !diedAfter && !uncounted) {
    // "wounding a policeman and two civilians": the one and the figure after.
    // ("seriously wounding the Army Commander, Lieutenant General Ann Roe, and 27 others", "wounded the mayor, Ann Roe,
    // and two guards": the name of the one told by a role, then the others.)
    const hurtEnd = hurt.index + hurt[0].length;
    const roleName = /\s[A-Za-z][a-z'’-]*$/.test(hurt[0])
      ? NAME_APPOSITION.exec(text.slice(hurtEnd, hurtEnd + 80))
      : null;
    const othersAfter =
      roleName !== null &&
      /^,\s+and\s/.test(text.slice(hurtEnd + roleName[0].length, hurtEnd + roleName[0].length + 6));
    const end = hurtEnd + (othersAfter && roleName ? roleName[0].length + 1 : 0);
    let more = figureAfter(end);
    // "wounding a Spanish aid worker and a guard": one more, named by a noun (not "… and a guard was killed").
    if (more.count === 0 && text.startsWith(' and a', end)) {
      const one = AND_ONE_PERSON.exec(text.slice(end, end + 60));
      const after = one ? end + one[0].length : end;
      if (one && !isUsed(end, after) && !OWN_VERB.test(text.slice(end + 4, after + 40))) {
        used.fill(1, end, after);
        more = { count: 1, length: one[0].length };
      }
    }
    // ("wounded the governor and his driver", "wounding a guard and his two sons", "injuring a policeman, a soldier, and
    // a passer-by": the people listed after the one, each counted.)
    if (more.count === 0) more = listAfter(end);
    // ("wounded a third, along with a bystander": one more, or a figure, taken with the one.)
    const withOne = more.count === 0 ? HURT_ALONG_WITH.exec(text.slice(end, end + 80)) : null;
    if (
      withOne &&
      !isUsed(end, end + withOne[0].length) &&
      !OWN_VERB.test(text.slice(end + withOne[0].length, end + withOne[0].length + 60))
    ) {
      const count = withOne[1] ? parseNumber(withOne[1].replace(LEADING_QUALIFIER, '')) : 1;
      if (count !== null) {
        used.fill(1, end, end + withOne[0].length);
        more = { count, length: withOne[0].length };
      }
    }
    result.wounded = 1 + more.count;
    cite('wounded', hurt.index, more.count > 0 ? end + more.length : hurtEnd);
    // ("a soldier … was lightly wounded by a driver who rammed a patrol; soldiers shot and wounded the driver": one
    // more, in a clause of its own after the semicolon.)
    const semicolon = text.indexOf('; ', end + more.length);
    const another = semicolon >= 0 && !hurt[0].startsWith('wound') ? ONE_WOUNDED.exec(text.slice(semicolon)) : null;
    const at = another ? semicolon + another.index : -1;
    if (another && !isUsed(at, at + another[0].length)) {
      used.fill(1, at, at + another[0].length);
      result.wounded += 1;
      cite('wounded', at, at + another[0].length);
    }
    return;
  }
  // ("One officer was lightly wounded, and police shot and wounded the attacker": the attacker, one more wounded, where
  // the wounded told before are others.)
  const attacker =
    result.wounded !== null && (lower.includes(' and wound') || lower.includes('being shot and'))
      ? ATTACKER_SHOT_AND_WOUNDED.exec(text)
      : null;
  if (attacker && !isUsed(attacker.index, attacker.index + attacker[0].length)) {
    used.fill(1, attacker.index, attacker.index + attacker[0].length);
    result.wounded = (result.wounded ?? 0) + 1;
    cite('wounded', attacker.index, attacker.index + attacker[0].length);
  }
}
const ATTACKER_SHOT_AND_WOUNDED =
  /\b(?:shot|shooting) and (?:\w+ly )?wound(?:ed|ing) (?:the|an?) (?:attacker|assailant|gunman|knifeman|suspect|bomber)\b(?!s)|\bbefore being shot and (?:\w+ly )?wounded\b/i;

/** The only fatality, an attacker killed, "a second militant", attackers who blew themselves up. */
const ATTACKERS_BEFORE_THEY = new RegExp(
  `\\b(${NUMBER_PATTERN})\\s+(?:[\\w-]+\\s+)?(?:militants|attackers|gunmen|assailants|insurgents|fighters|bombers|terrorists|hostage-takers)\\b[^.;]{0,200}?\\bbefore they (?:were (?:\\w+ )?(?:shot dead|killed)|blew themselves up|died)\\b(?:\\s+or\\s+blew themselves up)?`,
  'i',
);
// "Security Minister Omar Aden, former ambassador Ali Laqanyo, and at least 20 others were killed": the people named
// before the others, each a name of two capitalized words (with a title or not), are dead too.
const NAMED_THEN_OTHERS = new RegExp(
  `(?:^|[.;:]\\s+)((?:[^,;.()]{3,90}?,\\s+){1,5}?)and\\s+${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\s+others\\s+(?:were|had been)\\s+(?:\\w+ly\\s+)?(?:killed|shot dead)\\b`,
  'i',
);
const PERSON_NAMED =
  /^(?!(?:In|At|On|Near|From|During|Outside|Inside)\b)(?:[A-Za-z-]+\s+){0,5}?[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w'’-]+)+$/;

function readNamedBeforeOthers(t: Tally): void {
  const { text, lower, result, spans } = t;
  if (result.killed === null || !lower.includes(' others ')) return;
  const m = NAMED_THEN_OTHERS.exec(text);
  const others = m?.[2] ? parseNumber(m[2]) : null;
  if (!m || others === null || result.killed !== others) return;
  const items = (m[1] ?? '').split(/,\s+/).filter((item) => item.trim() !== '');
  // (The names told last: "In the Ulma District, Governor Omar Vadim, and 20 others" names one.)
  let named = 0;
  while (named < items.length && PERSON_NAMED.test(items[items.length - 1 - named]?.trim() ?? '')) named += 1;
  if (named === 0) return;
  const listStart = m.index + m[0].indexOf(m[1] ?? '');
  const start = listStart + items.slice(0, items.length - named).reduce((n, item) => n + item.length, 0);
  // (Only where the figure read is the one of "N others".)
  if (!spans.killed.some(([s, e]) => s >= start && e <= m.index + m[0].length)) return;
  result.killed += named;
  spans.killed.push([text.indexOf(items[items.length - named] ?? '', start), m.index + m[0].length]);
}

/** The field and end of the figure read last before `at`, if any. */
function nearestFigure(
  spans: Record<keyof Casualties, Array<[number, number]>>,
  at: number,
): { field: keyof Casualties; end: number } | null {
  let nearest: { field: keyof Casualties; end: number } | null = null;
  for (const field of ['killed', 'wounded', 'arrested'] as const)
    for (const [, end] of spans[field])
      if (end <= at && (nearest === null || end > nearest.end)) nearest = { field, end };
  return nearest;
}

// One more dead, told after a toll: "another soldier died later", "another police officer later died of his wounds"
// (not "another soldier was killed in a separate attack").
const ANOTHER_DIED = new RegExp(
  `\\banother\\s+(?:[a-z-]+\\s+){0,2}?(?:${PERSON}|civilian|man|woman|child|boy|girl|victim|person|passer-by|bystander|worshipper|pilgrim|student|villager)\\b(?!s)\\s+(?:later\\s+|subsequently\\s+|also\\s+)?(?:died|succumbed|was killed|was shot dead)\\b(?![^.;]{0,40}\\b(?:separate|similar|second|another)\\b)`,
  'i',
);
function readMoreDeaths(t: Tally): void {
  const { text, lower, result, spans, used, isUsed, add, cite } = t;
  // "killed eight soldiers; another soldier died later": one more of the dead, told by "another".
  const another = result.killed !== null && lower.includes('another ') ? ANOTHER_DIED.exec(text) : null;
  if (another && !isUsed(another.index, another.index + another[0].length)) {
    result.killed = (result.killed ?? 0) + 1;
    used.fill(1, another.index, another.index + another[0].length);
    cite('killed', another.index, another.index + another[0].length);
  }
  // "wounding four soldiers and some 20 civilians, four of whom later died": the wounded who died are dead.
  // (Only the wounded: "arrested 12 suspects, two of whom later died in custody" tells no deaths of the event.)
  // (Where the figure right before them is of the wounded, those who died are added to any toll read, once: "killing
  // two and wounding five, one of whom later died" is three dead.)
  if (t.lowerShown.includes(' of whom') && spans.wounded.length > 0)
    for (const more of t.shown.matchAll(WOUNDED_WHO_DIED)) {
      const count = more[1] ? parseNumber(more[1]) : null;
      const at = more.index;
      // (The figure nearest before them, of any field, within a few words: "wounded four children in Darlo, one of
      // whom …"; not "arrested 12 suspects, two of whom later died in custody".)
      const nearest = nearestFigure(spans, at);
      if (
        count === null ||
        nearest?.field !== 'wounded' ||
        at - nearest.end > 60 ||
        t.shown.slice(nearest.end, at).includes(';')
      )
        continue;
      result.killed = (result.killed ?? 0) + count;
      cite('killed', at + 1, at + more[0].length);
    }
  const ofWhom =
    result.killed === null &&
    t.lowerShown.includes(' of whom ') &&
    /wound|injur|hostage|captive|kidnap|abduct/.test(t.lowerShown)
      ? OF_WHOM_DIED.exec(t.shown)
      : null;
  const died = ofWhom?.[1] ? parseNumber(ofWhom[1]) : null;
  if (ofWhom && died !== null) {
    result.killed = died;
    cite('killed', ofWhom.index, ofWhom.index + ofWhom[0].length);
  }
  // "the dead were three guards, two civilians and both drivers", "the dead included 39 police officers and seven
  // civilians": the toll, item by item, where no other was read.
  // (Not where the toll was told in words — "Dozens were killed; the dead were …" names some — nor "the dead included", a
  // part of them.)
  const told =
    result.killed === null && /\bthe (?:dead|fatalities) (?:were|included) /.test(lower)
      ? THE_DEAD_WERE.exec(text)
      : null;
  const list = told && !WORDY_TOLL.test(text.slice(0, told.index)) ? told : null;
  // (The list ends before an item with a verb of its own: "…, and 166 were wounded".)
  const cut = list?.[1] ? list[1].search(/,?\s+and\s+(?:\S+\s+){1,2}(?:were|was|had|have)\b/) : -1;
  const listed = list?.[1] && cut >= 0 ? list[1].slice(0, cut) : list?.[1];
  if (list && listed) {
    // ("an associate, Arman,": a name after one told by a noun is who that one was.)
    const counted = listed
      .replace(/([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+an?\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?=,)/g, '$1')
      .replace(/(\ban?\s+(?:[a-z-]+\s+){0,2}?[a-z]+),\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?=,|$)/g, '$1');
    const items = counted.split(LIST_SPLIT).map((item) => {
      const [head = '', noun = '', of = ''] = item
        .trim()
        .replace(/^the\s+/i, '')
        .split(/\s+/);
      // ("a family of five", "a group of pilgrims": one word for many, no count.)
      if (
        /^an?$/i.test(head) &&
        of === 'of' &&
        /^(?:family|group|mix|number|majority|handful|couple|total|crowd|team|unit)$/i.test(noun)
      )
        return null;
      if (/^(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|gunman|assailant|driver)$/i.test(item.trim())) return 1;
      if (/^(?:his|her|their|[A-Z][\w-]*['’]s)\s/i.test(item.trim())) return /s$/.test(item.trim()) ? null : 1;
      if (/^[A-Z][a-z]/.test(item.trim()) && parseNumber(head) === null && !/^(?:an?|one|both)$/i.test(head)) return 1;
      return /^(?:an?|one)$/i.test(head) ? 1 : /^both$/i.test(head) ? 2 : parseNumber(head);
    });
    if (items.every((n) => n !== null)) {
      result.killed = items.reduce((a: number, n) => a + (n ?? 0), 0);
      cite('killed', list.index, list.index + list[0].indexOf(listed) + listed.length);
    }
  }
  // "the bomber was the only fatality": one death, told without a figure.
  const only = result.killed === null && holds(lower, ONLY_WORDS) ? ONLY_FATALITY.exec(text) : null;
  // ("he was the only casualty, losing a hand in the explosion": the one hurt, and no one killed.)
  // ("The bomber, who was seriously wounded, was the only casualty": the hurt told in an aside before it.)
  const hurtOnly =
    only !== null &&
    /casualty$/i.test(only[0]) &&
    (ONLY_HURT_AFTER.test(text.slice(only.index + only[0].length, only.index + only[0].length + 40)) ||
      ONLY_HURT_BEFORE.test(text.slice(Math.max(0, only.index - 80), only.index)));
  if (only && hurtOnly) {
    const end = only.index + only[0].length;
    const hurt = ONLY_HURT_AFTER.exec(text.slice(end, end + 40));
    result.killed = 0;
    result.wounded ??= 1;
    cite('killed', only.index, end);
    cite('wounded', only.index, end + (hurt ? hurt.index + hurt[0].length : 0));
  } else if (only) {
    result.killed = 1;
    cite('killed', only.index, only.index + only[0].length);
  }
  // "three militants stormed the parliament, killing two police officers, before they were shot dead": the attackers,
  // as many as the sentence counted them.
  const they = result.killed !== null && lower.includes(' before they ') ? ATTACKERS_BEFORE_THEY.exec(text) : null;
  const theyCount = they?.[1] ? parseNumber(they[1]) : null;
  const theyAt = they ? they.index + they[0].lastIndexOf(' before ') + 1 : -1;
  if (they && theyCount !== null && !isUsed(theyAt, they.index + they[0].length)) {
    result.killed = (result.killed ?? 0) + theyCount;
    used.fill(1, theyAt, they.index + they[0].length);
    cite('killed', theyAt, they.index + they[0].length);
  }
  const attacker = holds(lower, SHOT_OR_KILLED) ? ATTACKER_KILLED.exec(text) : null;
  // ("killing two soldiers and himself. The bomber also died": the attacker counted already.)
  const selfCounted = spans.killed.some(([s, e]) => /\b(?:himself|herself)\b/i.test(text.slice(s, e)));
  // (Not attackers told in the plural with no count: "gunmen attacked Tessa, killing 31 people, before being killed by
  // security forces" says not how many died.)
  // ("Only the bombers were killed": attackers named in the plural are some, however they were told before.)
  const uncounted =
    attacker !== null &&
    (/^the (?:suicide )?\w+s\b/i.test(attacker[0]) ||
      ((/^\w+ being\b/.test(attacker[0]) || /\bthem\b/.test(attacker[0])) &&
        PLURAL_ATTACKERS.test(text.slice(0, attacker.index)))) &&
    !ONE_ATTACKER.test(text.slice(0, attacker.index));
  // ("Three militants attacked Tessa, killing five people before being killed by police": as many as were counted.)
  const counted = uncounted ? attackersCounted(text.slice(0, attacker.index)) : undefined;
  const many = counted === undefined ? null : parseNumber(counted.replace(LEADING_QUALIFIER, ''));
  if (
    attacker &&
    !selfCounted &&
    (!uncounted || many !== null) &&
    !isUsed(attacker.index, attacker.index + attacker[0].length)
  ) {
    result.killed = (result.killed ?? 0) + (many ?? 1);
    cite('killed', attacker.index, attacker.index + attacker[0].length);
  }
  // "security forces killed Tessa in a firefight; a second militant was also killed": one more, where a figure was read.
  const secondToo =
    lower.includes('second') ||
    lower.includes('third') ||
    lower.includes('fourth') ||
    lower.includes('fifth') ||
    /\b(?:sixth|seventh|eighth|ninth|tenth)\b/.test(lower) ||
    lower.includes(' also ')
      ? ONE_MORE.exec(text)
      : null;
  const moreWord =
    secondToo?.[1] ?? secondToo?.[2] ?? secondToo?.[3] ?? secondToo?.[4] ?? secondToo?.[5] ?? secondToo?.[6];
  if (secondToo && moreWord && !isUsed(secondToo.index, secondToo.index + secondToo[0].length)) {
    // ("…; a third attacker detonated a suicide vest at the entrance": one more dead.)
    const word = moreWord.toLowerCase();
    const field = /kill|dead|blew|detonat|died|succumb/.test(word)
      ? 'killed'
      : /wound|injur/.test(word)
        ? 'wounded'
        : 'arrested';
    const count = result[field];
    // (Counted from a figure read before it: "A second soldier was killed" alone is one.)
    if (count !== null && count > 0 && spans[field].some(([, end]) => end <= secondToo.index)) {
      // ("His bodyguard and driver were also killed": two more.)
      result[field] = count + (secondToo[4] ? 2 : 1);
      used.fill(1, secondToo.index, secondToo.index + secondToo[0].length);
      cite(field, secondToo.index, secondToo.index + secondToo[0].length);
    }
  }
  // "seven members of the cell blew themselves up in an apartment …. The explosion also killed a policeman": the
  // attackers are dead too, where their sentence tells no other toll ("three bombers blew themselves up at a market,
  // killing 27 people" is the victims' toll only).
  // ("… Police said 20 people died, including the bombers": the toll holds them.)
  const blew =
    lower.includes('blew themselves up') && !ATTACKERS_IN_TOLL.test(t.shown) ? BLEW_THEMSELVES_UP.exec(text) : null;
  if (blew?.[1]) {
    const from = text.lastIndexOf('. ', blew.index) + 1;
    const stop = text.indexOf('. ', blew.index);
    const to = stop < 0 ? text.length : stop;
    // ("three suspects blew themselves up …, and police shot dead a fourth": a toll that goes on counting them is
    // theirs, and adds to it.)
    const sameSentence = spans.killed.some(
      ([s, e]) => s < to && e > from && !(s > blew.index && NEXT_OF_THEM.test(text.slice(s, e))),
    );
    if (!sameSentence && add('killed', blew[1], blew.index + blew[0].indexOf(blew[1])))
      cite('killed', blew.index, blew.index + blew[0].length);
  }
}

// One more of a group counted before: "shot dead a fourth".
const NEXT_OF_THEM = /\b(?:an?|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;

// Deaths of the side that carried out an operation, told after it: "two U.S. Army Rangers died in the operation".
const OWN_SIDE_DIED_TOO = new RegExp(
  `^(?:${NUMBER_PATTERN}|an?)\\s+(?:[\\w.'’-]+\\s+){0,4}?(?:soldiers?|troops|Rangers?|commandos?|marines?|Marines?|officers?|policem[ae]n|servicem[ae]n|members? of the (?:special|security) forces)\\s+(?:also\\s+)?died in the (?:operation|raid|assault|fighting|firefight|clash(?:es)?|battle)\\b`,
);
// The words before a figure that make it an account given up: "its initial figure of ", "an earlier toll of ".
// Some of the victims a toll counts: "(Ten children) were among the dead", "(two Americans) were among those killed".
// Some of the people a figure already counted: "one of the victims", "three of the dead" (not "two of them", who may
// be the attackers: "before police shot two of them dead").
const PART_OF_THOSE = /^\s+of\s+(?:those killed|the\s+(?:victims|dead|deceased|bodies))\b/i;
const AMONG_THOSE =
  /^\s+(?:[\w'’-]+\s+){0,3}?(?:were|was)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:dead|killed|victims|casualties|fatalities|wounded|injured|hurt)\b/i;
// The last items of a list that have a verb of their own: "(, and two of his) colleagues were taken hostage", "(and two
// students) escaped".
const VERB_OF_THEIR_OWN =
  /^(?:\s+(?!(?:who|whom|which|that)\b)[a-z'’-]+){0,3}?\s+(?:were|was|had been|have been|escaped|fled|survived|remain(?:ed|s)?|evaded|eluded)\b/;
// A toll of people of any kind, or with no noun: "killing 29 people", "killed 14".
const AGE_OR_SEX = /^\s+(?:[a-z-]+\s+)?(?:children|minors|women|men|teenagers|boys|girls|infants|elderly)\b/;
const ANY_PEOPLE =
  /\b(?:people|persons|individuals|victims|passengers|worshippers|others)\b|^\S+\s+\S+$|\b(?:killing|killed)\s+\S+$/i;
// A figure others gave, denied: "denied media reports of more than 50 deaths".
const DENIED_FIGURE =
  /\bden(?:ied|ying|ies) (?:(?:the|media|press|local|unconfirmed|earlier) )*(?:reports|claims|accounts|rumou?rs) of\s+$/i;
// Another figure of a field told after an earlier one ("…, but hospital officials later said 40 were injured", "a figure
// later raised to 45"): the earlier one gives way to it.
const laterFigure = (words: string) =>
  new RegExp(
    `\\b${NUMBER_PATTERN}\\b[^.;]{0,60}?\\b(?:${words})|\\b(?:revised|raised|lowered|updated|rose|increased|climbed|corrected)\\b[^.;]{0,40}?\\bto\\s+(?:${QUALIFIER_PATTERN})?${NUMBER_PATTERN}\\b`,
    'i',
  );
const LATER_FIGURE: Record<keyof Casualties, RegExp> = {
  killed: laterFigure('killed|dead|died|deaths|fatalities'),
  wounded: laterFigure('wounded|injured|hurt|injuries|hospitali'),
  arrested: laterFigure('arrested|detained|held'),
};
const EARLIER_FIGURE =
  /\b(?:initial|earlier|first|original|preliminary|previous|prior) (?:death |casualty )?(?:figures?|tolls?|estimates?|counts?|tally|reports?) of\s+(?:(?:at least|more than|over|about|some|nearly)\s+)?$/i;
// A first figure that counts people of any kind, whom a list after it may break down: "three people, …".
const GENERIC_VICTIMS = /^\s+(?:people|persons|individuals)\b/i;
// After "the N", what makes them others than the N counted before: "the two bombers also died", "the two attackers".
const OTHERS_TOO =
  /^\s+(?:(?:[\w'’-]+\s+){0,3}?(?:also|too|as well)\b|(?:[\w-]+\s+)?(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants|militants|terrorists|insurgents|hostage-takers|perpetrators|kidnappers|abductors|hijackers|suspects)\b)/i;

/** A denial where no figure was read: 0 killed, 0 wounded. */
function readNoCasualties(t: Tally): void {
  const { text, shown, lowerShown, mayDeny, result, spans, cite } = t;
  // "resulting in no casualties": 0 killed and 0 wounded where no figure was read.
  const none = mayDeny ? NO_CASUALTIES.exec(shown) : null;
  const noDeaths = mayDeny ? NO_DEATHS.exec(shown) : null;
  // ("Two guards were killed; no Americans were harmed" denies the hurt of one group only: no 0 there.)
  // ("four militants stormed the consulate and were killed; no consulate staff were hurt": where only attackers died.)
  const attackersOnly =
    result.killed !== null && spans.killed.every(([from, to]) => MILITANT_SIDE.test(text.slice(from, to)));
  const denied =
    mayDeny && result.wounded === null && (!result.killed || attackersOnly) ? NO_GROUP_HURT.exec(shown) : null;
  // (One person unhurt, only where no one is told dead: "… killing one attacker …; the minister was unharmed" tells
  // nothing of the guards.)
  const group =
    denied && / (?:was|had been) /.test(denied[0]) && (TELLS_DEATH.test(shown) || SELF_DEATH.test(shown))
      ? null
      : denied;
  const hurtNoOne = mayDeny ? NO_INJURIES.exec(shown) : null;
  const noInjuries =
    hurtNoOne ?? (group && (lowerShown.match(/injur|wound|hurt|harm/g) ?? []).length === 1 ? group : null);
  // ("a small bomb exploded outside a police station, causing damage but no injuries": where no one was hurt and no
  // death is told, no one died either.)
  // ("the soldiers inside were unhurt", the text's only word of harm: no one there was hurt, nor died.)
  // (Not where a suicide bomber died: "… blew himself up near the convoy; the soldiers were unhurt" tells his death.)
  const unhurt =
    !hurtNoOne && noInjuries && UNHURT_WORDS.some((word) => noInjuries[0].includes(word)) && !SELF_DEATH.test(shown)
      ? noInjuries
      : null;
  // ("No police officers were injured, though five bystanders were wounded": a group unhurt where others were hurt says
  // nothing of deaths.)
  const othersHurt = result.wounded !== null && hurtNoOne !== null && /^no\s+(?!one\b|injuries\b)/i.test(hurtNoOne[0]);
  const noneHurt = (hurtNoOne ?? unhurt) && !TELLS_DEATH.test(shown) && !othersHurt ? (hurtNoOne ?? unhurt) : null;
  // ("no soldiers were killed, but two were wounded": 0 dead, where that is the text's only word of death.)
  const groupKilled =
    mayDeny && result.killed === null && (lowerShown.match(/\bkill|\bdied\b|\bdead\b|\bdeaths?\b/g) ?? []).length === 1
      ? NO_GROUP_KILLED.exec(shown)
      : null;
  // ("a suicide bomber blew herself up in a mosque, but no one else was hurt": the bomber died, no one else was hurt.)
  // (Only a bomber of the denial's own sentence, before it: "On May 3, 2015, a bomber blew herself up …; no one else was
  // hurt".)
  const denial = none ?? noInjuries;
  let sentenceStart = denial ? text.lastIndexOf('. ', denial.index) + 1 : 0;
  // ("A suicide bomber blew himself up near the church. There were no other casualties.": a denial that opens its
  // sentence is of the sentence before.)
  if (denial && sentenceStart > 0 && /^\s*(?:There\s+were\s+|No\s)?$/.test(text.slice(sentenceStart, denial.index)))
    sentenceStart = text.lastIndexOf('. ', sentenceStart - 2) + 1;
  const before = denial ? text.slice(Math.max(sentenceStart, denial.index - 300), denial.index) : '';
  const selfAt =
    (denial?.[0].includes(' else ') || denial?.[0].includes(' other ') || denial?.[0].includes(' further ')) &&
    result.killed === null
      ? BLEW_SELF_UP.exec(before)
      : null;
  if (selfAt && denial) {
    const at = denial.index - before.length + selfAt.index;
    result.killed = 1;
    cite('killed', at, at + selfAt[0].length);
  }
  // ("wounded 18 people, none fatally": the wounded, and no one dead.)
  const noneFatally = result.wounded !== null && lowerShown.includes('fatally') ? NONE_FATALLY.exec(shown) : null;
  // ("killing two police officers; no civilians were hurt": bystanders unhurt where others died says nothing of the
  // wounded of the event; not "police shot and killed her. No officers were injured", those she attacked.)
  const groupUnhurtAfterDeaths =
    none === null &&
    hurtNoOne !== null &&
    (result.killed ?? 0) > 0 &&
    !attackersOnly &&
    /^no\s+(?:[a-z-]+\s+)?(?:civilians|bystanders|passers-by|passersby|residents|worshippers|students|pupils|children|villagers|passengers|shoppers|pedestrians)\b/i.test(
      hurtNoOne[0],
    );
  // ("No one was killed in the blast, but two of the wounded later died": deaths after all, no 0.)
  const diedAfterAll = noDeaths !== null && DEATHS_AFTER_ALL.test(shown.slice(noDeaths.index + noDeaths[0].length));
  for (const [field, m] of [
    ['killed', none ?? (diedAfterAll ? null : noDeaths) ?? noneHurt ?? groupKilled ?? noneFatally],
    ['wounded', none ?? (groupUnhurtAfterDeaths ? null : noInjuries)],
  ] as const) {
    if (m && result[field] === null) {
      result[field] = 0;
      cite(field, m.index, m.index + m[0].length);
    }
  }
}
const DEATHS_AFTER_ALL =
  /^[^.;]{0,100}\bbut\b[^.;]{0,80}\b(?:later died|died later|(?:later |subsequently )?succumbed|subsequently died|bodies|found dead)\b/i;
const BLEW_SELF_UP = /\bblew (?:himself|herself) up\b/i;
// "A suicide bomber blew himself up at a checkpoint in Tarn.": the bomber's own death, where no other death is told
// (the guide counts an attacker who died); not a denial ("no one died"). ("tried to blow himself up" is no match.)
function readBomberOnly(t: Tally): void {
  const { text, lower, shown, mayDeny, result, cite } = t;
  if (result.killed !== null || !lower.includes('blew h') || (mayDeny && NO_DEATHS.test(shown))) return;
  const m = BLEW_SELF_UP.exec(text);
  if (!m) return;
  result.killed = 1;
  cite('killed', m.index, m.index + m[0].length);
}
const NONE_FATALLY = /\bnone (?:of them )?(?:fatally|mortally|critically or fatally)\b/i;

function readOne(input: string): { figures: Casualties; evidence: CasualtyEvidence } {
  if (!ANY_FIGURE_WORD.test(input)) return { figures: { killed: null, wounded: null, arrested: null }, evidence: {} };
  // "two tourists (a Russian and a German citizen) were shot and killed": an aside names no further victims,
  // unless it tells casualties itself ("(… one police officer was killed)").
  // (Where each aside was cut, so that the words of a figure are quoted from the text as written: "Two Federal
  // Security Service (FSB) officers died".)
  const cuts: Array<{ at: number; length: number }> = [];
  let cut = 0;
  const shown = !input.includes('(')
    ? input
    : input.replace(/\s*\(([^()]*)\)/g, (aside: string, inner: string, offset: number) => {
        // ("… on April 2 (no one was hurt)": a denial told in the aside is casualties told too.)
        if (
          /\b(?:kill|dead|died|death|wound|injur|arrest|detain|casualt)|\b(?:no one|nobody) was (?:hurt|harmed)\b/i.test(
            inner,
          )
        )
          return aside;
        cuts.push({ at: offset - cut, length: aside.length });
        cut += aside.length;
        return '';
      });
  // A position in `shown` as a position in `input` (a start after a cut, an end before it).
  const inInput = (at: number, isEnd: boolean) =>
    cuts.reduce((n, c) => (c.at < at || (!isEnd && c.at === at) ? n + c.length : n), at);
  // A phrase that denies casualties ("No one was killed") is blanked, same length, so no figure is read in it.
  // "between 90 and 98", "20 to 30 civilians": a range counts as its first figure; the second is blanked.
  const lowerShown = shown.toLowerCase();
  // ("…, including an attack near Darlo that left eight soldiers dead" tells a toll of its own: kept.)
  // (The asides between dashes first: an aside after a comma would run on through a dash.)
  const undashed =
    shown.includes('—') || shown.includes('–') || shown.includes('--') || shown.includes(' - ')
      ? shown.replace(DASH_ASIDE, (m) => (ASIDE_TOLL.test(m) ? m : ' '.repeat(m.length)))
      : shown;
  const firstHurt = holds(lowerShown, PART_ASIDE_WORDS) ? undashed.search(/wound|injur|hurt/i) : -1;
  let text = holds(lowerShown, PART_ASIDE_WORDS)
    ? undashed.replace(PART_ASIDE, (m: string, ...rest: unknown[]) =>
        OWN_TOLL.test(m) ||
        woundedAmong(m, Number(rest[rest.length - 2]), firstHurt) ||
        // ("caused 60 casualties, including 18 dead": the dead among casualties told with no figure of their own.)
        CASUALTIES_BEFORE.test(
          undashed.slice(Math.max(0, Number(rest[rest.length - 2]) - 20), Number(rest[rest.length - 2])),
        )
          ? m
          : ' '.repeat(m.length),
      )
    : undashed;
  // ("killing Officer Ann Roe, three U.S. soldiers, and an Afghan doctor": initials read as one word, "US", same length,
  // so that the words of a list are read past them and quoted as written.)
  if (text.includes('.') && INITIALS_ANY.test(text) && INITIALS.test(text)) text = text.replace(INITIALS_ALL, '$1$2  ');
  const notThisToll = NOT_THIS_TOLL(text);
  if (notThisToll) text = text.replace(notThisToll, (m) => ' '.repeat(m.length));
  // ("killing five members of one family, two women and three children": who the five were, told as parts that add up
  // to them, is no figure of its own.)
  if (text.includes(', ') && lowerShown.includes(' and ') && BREAKDOWN_HEAD.test(lowerShown))
    text = text.replace(BREAKDOWN, (m, head: string, parts: string) => {
      const listed = parts
        .replace(/^,\s+/, '')
        .split(/,\s+(?:and\s+)?|\s+and\s+/)
        .map((item) => item.trim());
      const items = listed.map((item) => {
        const first = item.split(/\s+/)[0] ?? '';
        return /^an?$/i.test(first) ? 1 : parseNumber(first);
      });
      const whole = parseNumber(head);
      const sum = items.reduce<number>((n, v) => n + (v ?? Number.NaN), 0);
      const byNation =
        !NATIONS_ONLY_HEAD.test(m.slice(0, m.length - parts.length)) ||
        listed.every((item) =>
          /^\S+\s+[A-Z]|\b(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|minors?|teenagers?)$/.test(item),
        );
      return whole !== null && sum === whole && byNation
        ? m.slice(0, m.length - parts.length) + ' '.repeat(parts.length)
        : m;
    });
  // ("on the eve of the second anniversary of the assassination of former Prime Minister Rafiq Hariri": a death of another
  // year, named to date this one; read with its case, the name ends at the first word in lower case.)
  if (lowerShown.includes('anniversary of')) text = text.replace(ANNIVERSARY_OF_DEATH, (m) => ' '.repeat(m.length));
  if (holds(lowerShown, CRIME_WORDS))
    text = text.replace(CRIME_OF, (m, crime: string) => m.slice(0, m.length - crime.length).padEnd(m.length, ' '));
  text = text
    // "four of the six attackers also died": four; the six is who they were of.
    // ("Two of the five people wounded were foreign nationals": the five are the toll, the two some of them; blanked the
    // other way.)
    .replace(N_OF_THE_M, (m, part: string, whole: string, offset: number, all: string) =>
      WHOLE_TOLD_AFTER.test(all.slice(offset + m.length, offset + m.length + 60))
        ? ' '.repeat(part.length) + m.slice(part.length)
        : m.slice(0, m.length - whole.length) + ' '.repeat(whole.length),
    )
    .replace(RANGE_END, (m, words: string | undefined, digits: string | undefined) => {
      // "killed between 20 and 25 villagers" reads as "killed 20 villagers".
      const first = (words ?? digits ?? m).replace(/^between\s+/i, '');
      return first + ' '.repeat(m.length - first.length);
    });
  if (holds(lowerShown, VEHICLE_WORDS))
    text = text.replace(IN_THE_N_VEHICLES, (m, figure: string) => {
      const at = m.indexOf(` ${figure} `) + 1;
      return m.slice(0, at) + ' '.repeat(figure.length) + m.slice(at + figure.length);
    });
  if (lowerShown.includes(' of the d') || lowerShown.includes(' of those d') || lowerShown.includes(' of the f'))
    text = text.replace(PART_OF_THE_DEAD, (m) => ' '.repeat(m.length));
  // "killed seven people and wounded 24; among the dead were two children": a part of a toll told already, after it.
  if (lowerShown.includes('among the ') || lowerShown.includes(' included ')) {
    // (Where the text first tells a death, found once: each match only asks whether it stands before it.)
    const firstDeath = text.search(TOLD_DEATHS);
    text = text.replace(AMONG_THE_DEAD_AFTER, (m, sep: string, offset: number) =>
      firstDeath >= 0 && firstDeath < offset ? sep + ' '.repeat(m.length - sep.length) : m,
    );
  }
  // Every denial holds one of these words: a text without them denies nothing, and skips the denial patterns.
  const mayDeny = DENIAL_WORDS.some((word) => lowerShown.includes(word));
  if (mayDeny) for (const pattern of DENIALS) text = text.replace(pattern, (m) => ' '.repeat(m.length));
  // ("killing two Belgian women, Ann Roe and Bo Tarn, and their two drivers": the names of those counted are read as
  // none, so that the parts add up.)
  if (NAMES_AFTER_PLURAL.test(text)) text = text.replace(NAMES_OF_COUNTED, (m) => ' '.repeat(m.length));
  // ("Boko Haram killed more than 2,000 people in 2015, including in the January 3 attack on Baga, which killed at least
  // 150": a total over many events, then the one event with its own toll; the total is no toll of the event.)
  if (lowerShown.includes('includ') || lowerShown.includes('among')) {
    text = text.replace(TOTAL_BEFORE_PART, (m) => ' '.repeat(m.length));
  }
  const lower = text === shown ? lowerShown : text.toLowerCase();
  const t = tally(text, lower, shown, lowerShown, mayDeny);
  const { result, spans } = t;
  readNamedWithFigure(t);
  readFigureAndNamed(t);
  readFieldPatterns(t);
  readVictimsWith(t);
  const alongside = readNamedVictims(t);
  readNamedArrests(t);
  readLoneDeaths(t, alongside);
  readOnesWhoDied(t);
  readBodiesFound(t);
  readAttackersKilled(t);
  readWoundedWhoDied(t);
  readLoneWounded(t);
  readNamedBeforeOthers(t);
  readOneAndFigure(t);
  readMoreDeaths(t);
  readKinAlsoDied(t);
  readAttackersBesides(t);
  readAnotherInWhich(t);
  readNoCasualties(t);
  readBomberOnly(t);
  const evidence: CasualtyEvidence = {};
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    if (result[field] === null || spans[field].length === 0) continue;
    const sorted = spans[field].sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [s, e] of sorted) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    evidence[field] = merged.map(([s, e]) => input.slice(inInput(s, false), inInput(e, true)).trim()).join(' … ');
  }
  return { figures: result, evidence };
}
