import { COUNTRY_NAMES as COUNTRIES } from '../country-names.js';
import { escapeRegExp } from '../escape-regexp.js';
import { COUNTRY_NAMES } from '../places.js';
import { WordAnchoredPatterns } from '../word-anchored-matches.js';

/**
 * Place and actor names, learned from the whole report and then looked up in each incident's text, so that a
 * name introduced as "the village of Shubarshy" is also found in "the Shubarshy shooting".
 */

/** Names the report uses, learned once per report. */
export interface NameBook {
  places: string[];
  /** Actor names; `aliases` maps an acronym to its long name and back (`JAK` ↔ `Jund al-Khilafah`). */
  actors: string[];
  aliases: Map<string, string>;
}

// A place name: up to three capitalized words, with the lowercase particles many place names carry
// ("Lanao del Sur", "Mocimboa da Praia", "Ras al Khaimah") between them.
// An initial may stand inside a name ("John F. Kennedy airport"), accented letters count ("Gaskindé"), and an
// Arabic article may open a word ("al-Wahat al-Bahriya").
const NAME =
  "(?:(?:St|Ste|Mt|Ft)\\. )?(?:(?:al|el|ad|as|ar|an)-)?[A-ZÀ-ÖØ-Þ][a-zA-ZÀ-ÖØ-öø-ÿ'’-]+(?: (?!(?:Date|Location|Place|Description|Details|Casualties|Perpetrators?|Target):)(?:(?:del|de|des|du|da|do|dos|das|di|la|le|al|el|es|ul|bin|ibn|ad|ash|az) |[A-Z]\\. )?(?:(?:al|el|ad|as|ar|an|ez|es|az)-)?[A-ZÀ-ÖØ-Þ][a-zA-ZÀ-ÖØ-öø-ÿ'’-]+){0,2}";
// (The last few, only before "of": "in the main square of Tumaco", "the center of Tarn".)
const PLACE_NOUN =
  '(?:village|town|city|district|regency|province|region|oblast|area|governorate|department|state|county|capital|port|municipality|neighborhood|neighbourhood|suburb|countryside|outskirts|quarter|township|community|communities|enclave|settlement|resort|hamlet|square|center|centre|heart|streets|site|agency|prefecture|commune|locality|canton|parish|sub-district|subdistrict|tehsil|woreda|wilaya|wilayas)';
// Lands the series names by an acronym: the Central African Republic, the Democratic Republic of the Congo, the Valley
// of the Apurimac, Ene and Mantaro Rivers (Peru), the Federally Administered Tribal Areas, Khyber Pakhtunkhwa, the
// (Bangsamoro) Autonomous Region in Muslim Mindanao.
export const ACRONYM_PLACES = ['CAR', 'DRC', 'UAE', 'VRAE', 'VRAEM', 'FATA', 'NWFP', 'KPK', 'ARMM', 'BARMM'];
const PLACE_PATTERNS = [
  // "in the village of Shubarshy", "near the town of Kulsary", "in the Sector 9 neighborhood of Dessa"
  // "in the old city of Jaipur", "the district capital of Mocimboa da Praia", "the Kizilay district of central Ankara"
  new RegExp(
    `\\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Ff]rom|of|to|[Tt]he|a|an) (?:(?:the|an?) )?(?:${NAME}['’]s )?(?:[a-z-]+ |[A-Z][a-z]+ |[A-Z]{2,6} |\\d{1,3} ){0,4}(?:${PLACE_NOUN}|neighbou?rhoods|districts|suburbs) of (?:(?:central|downtown|greater|northern|southern|eastern|western|old) )?(${NAME})((?:(?:,| and|, and) ${NAME})*)`,
    'g',
  ),
  // "the Saqlawiyah army base north of Fallujah", "the Boungou gold mine": a base or a mine named for its place.
  new RegExp(
    `\\bthe (${NAME}) (?:(?:army|military|air|naval|police|gold)\\s+)?(?:base|garrison|Garrison|barracks|mine)\\b`,
    'g',
  ),
  // "in the provincial capital, Zinjibar, gunmen …": the capital named after a comma
  // (not "in the capital, Ann Roe, a journalist, was shot dead": a person named after it)
  new RegExp(
    `\\b(?:in|at|near|outside|the) (?:the )?(?:[a-z]+ )?capital, (${NAME})(?=[,.;])(?!,\\s+(?:an?|the|his|her)\\s+(?:[\\w-]+\\s+){0,3}?(?:journalist|editor|judge|lawyer|activist|official|officer|teacher|student|doctor|businessman|politician|cleric|commander|leader|member|resident|worker|reporter|priest|imam|professor|engineer|diplomat|minister|governor|mayor)\\b)`,
    'g',
  ),
  // "40 kilometers northeast of Delmar": a town others are placed from
  new RegExp(
    `\\b(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern) of (?!the\\b)(${NAME})`,
    'g',
  ),
  // "in the Gaza Strip", "in the northern Sinai Peninsula", "in the West Bank": a territory named with what it is (not
  // the Arabian Peninsula of a group's name)
  /\bthe (?:(?:northern|southern|eastern|western|central) )?(West Bank|[A-Z][a-z]+ Strip|(?!Arabian )[A-Z][a-z]+ Peninsula)\b/g,
  // "ambushed a convoy on the Beni-Kasindi road": the road between two towns, named by them
  /\b(?:on|along|near) the ((?!(?:Trans|Pan|Inter|Al|El)[-–])[A-Z][a-z]+[-–][A-Z][a-z]+) (?:road|highway|axis|route)\b/g,
  // "ambushed a bus on the road to Farsi", "on the highway from Tarn": the town the road is told by
  new RegExp(`\\bon the (?:main )?(?:road|highway|route) (?:to|from|into|out of) (${NAME})`, 'g'),
  // "a navy vessel off the coast of Damietta", "off the shores of Lamu": the town the coast is named for
  new RegExp(`\\boff the (?:coast|shores?) of (${NAME})`, 'g'),
  // "on the road between Dori and Sebba", "on Mount Elgon"
  // ("between Banikoara and the W National Park": the first, where the second is told with its article.)
  // (Not peoples told by their names: "clashes between Dori and Mesh villagers", "between Fulani and Dogon herders".)
  new RegExp(
    `\\bbetween (${NAME}) and (?:(${NAME})(?![\\w'’-])|the\\b)(?!\\s+(?:villagers|herders|farmers|communities|tribes(?:men)?|clans|militias|groups|supporters|residents|youths|fighters|factions|militiamen|ethnic)\\b)`,
    'g',
  ),
  // "fighters attacked Darlo", "the group besieged Mocimboa da Praia", "insurgents occupied Tessa and Ulma", "two days
  // later struck Sorra, where …", "its fighters took Tikrit": a town as the object of the attack (not people taken: "took
  // Ann Roe and Paul Lee hostage"); "car bombs struck Korvel, Ulma and Darlo": towns
  new RegExp(
    `\\b(?:attacked|besieged|overran|occupied|stormed|shelled|raided|looted|sacked|torched|struck|infiltrated|seized|retook|recaptured|took(?<=\\b(?:ISIL|ISIS|IS|Daesh|militants|insurgents|rebels|fighters|jihadists|al-Shabaab|Boko Haram|Taliban|AQIM|AQAP|JNIM|Houthis|Front|Brigades?|Movement)\\s+(?:[\\w-]+\\s+)?took)) (?:(?:central|northern|southern|eastern|western|downtown) )?(${NAME})(?!(?:,[^.;]{1,60}?,)?(?:\\s+and(?:\\s+[A-Z][\\w'’-]+){1,3})?\\s+(?:hostages?|captives?|prisoners?)\\b|\\s+into custody\\b)((?:, ${NAME})*,? and ${NAME})?(?=[,.;]| (?:and|on|in|with|before|after|for|killing|wounding|where|within|during|throughout|until|at (?:dawn|night)|overnight|late|early)\\b)`,
    'g',
  ),
  // "bombs hit Tarn on May 3", "militants bombed Ulma": a town of one word as what was hit (not "hit Ann Roe with a
  // car", "bombed Sorra Bank")
  /\b(?:hit|bombed) ((?:(?:al|el|ad|as|ar|an)-)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)(?=[,.;]| (?:on|in|with|killing|wounding|and|twice)\b)/g,
  // "kidnapped 20 schoolgirls from Ulma", "abducted two engineers from a camp near …": where the victims were taken
  // (or held: "separatists held 79 schoolchildren from Ulma between …")
  new RegExp(
    `\\b(?:kidnapped|abducted|held) (?:[^.;,]{0,60}?\\s)?from (${NAME})(?=[,.;]| \\((?:on|in) | (?:and|on|in|with|before|after|for|where|while|during|between|until)\\b)`,
    'g',
  ),
  // "attacks in 13 cities, including Kut, Baghdad, and Kirkuk": the towns a count of places names
  new RegExp(
    // (Written to start with its words, so that the one scan of the report tries it only where they stand.)
    `\\b(?:including|such|among) (?<=(?:cities|towns|villages|districts|provinces|locations),? \\w+ )(?:as |them )?(?:in )?(${NAME})((?:(?:,| and|, and) ${NAME})*)`,
    'g',
  ),
  // "the Zaveri Bazaar, Opera House, and Dadar areas of Mumbai", "in parts of Borno": the town the areas are of
  new RegExp(`\\b(?:areas|parts) of (${NAME})`, 'g'),
  // A bullet or a paragraph that opens with its place and date as labels: "Bessa, June 4: gunmen …", "July 9, Ulma –
  // a car bomb …".
  new RegExp(
    `(?:^|\\n)(?:[-•*]\\s*)?(${NAME}), (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}(?:, \\d{4})?:`,
    'g',
  ),
  new RegExp(
    `(?:^|\\n)(?:[-•*]\\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}(?:, \\d{4})?, (${NAME}) ?[–—:-]`,
    'g',
  ),
  // "a Boko Haram attack on Bargaram, near the border", "an air strike on Tarn Camp": the town or camp attacked
  // (written to start with its words, so that the one scan of the report tries it only where they stand)
  new RegExp(
    `\\b(?:attacks?|assaults?|raids?|ambush|strikes?|airstrikes?|barrages?|bombardments?|shelling) on (?!(?:Gendarmerie|Security|Police|Army|Military|Government|(?:Christian|Muslim|Shia|Sunni|Hindu|Buddhist|Catholic|Copt|Ahmadi|Yezidi|Yazidi|Sufi|Alawite|Druze)s?|Jews|Jewish)\\b)(${NAME})(?=[,.;]| (?:and|in|near|killed|wounded|injured|left|on|that|which)\\b)`,
    'g',
  ),
  // "a ballistic missile intercepted over Dammam", "a drone shot down over Ulma": the town a weapon was brought down over
  // (not "over Christmas": a name the book knows as no place stays none).
  new RegExp(`\\b(?:intercepted|downed|shot) (?:(?<=shot )down )?over (${NAME})`, 'g'),
  new RegExp(`\\bdestroyed in (?:the )?(?:air|flight) over (${NAME})`, 'g'),
  // "attacked the Mogadishu mayor's office": the town whose mayor's or governor's office or residence was struck.
  new RegExp(
    `\\bthe (?!(?:Deputy|Acting|Assistant|Vice|Former|Interim|Provincial|Regional|District|County|City|Town|Municipal|Lord|Chief|First|Local|New)\\b)(${NAME}) (?:mayor|governor|district commissioner)['’]s (?:office|offices|residence|compound|headquarters|house|home)\\b`,
    'g',
  ),
  // "killed the village chief of Darey Kabe": the village whose chief it is
  new RegExp(`\\b(?:village|town|district|community) (?:chief|head|elder|leader|mayor|imam) of (${NAME})`, 'g'),
  // "a bus traveling from Mandera to Nairobi"
  new RegExp(`\\bfrom (${NAME}) to (${NAME})`, 'g'),
  // "near the western entrance to Karbala", "on the outskirts of Tarn": the town a site leads into.
  new RegExp(`\\b(?:entrances?|approach(?:es)?|gates?) (?:to|of) (${NAME})\\b`, 'g'),
  // "on the main road through Draa El Mizan": the town a road runs through.
  new RegExp(`\\b(?:road|highway|street|avenue) through (${NAME})\\b`, 'g'),
  // "struck Suwayda city and several villages", "Yala city": a name told with "city" or "town" after it (not the word
  // that opens the sentence: "In Nampula city, …").
  new RegExp(
    `\\b(?!(?:In|At|On|Near|From|To|The|By|Outside)\\s)(${NAME}) (?:city|town)\\b(?! (?:council|hall|police|government|officials?|authorities|cent(?:er|re)|administration|mayor)\\b)`,
    'g',
  ),
  // "retook Sinjar from ISIL", "fought to retake Tikrit": a town taken back.
  new RegExp(
    `\\b(?:retook|retake|retaking|recaptured|recapture|recapturing|liberated|liberate|liberating) (?:the )?(${NAME})\\b`,
    'g',
  ),
  // "in the North Western Province", "across the Far North Region": a region named with its capitalized kind
  // "in the Boucle du Mouhoun Region": with the particles French and Spanish names carry.
  /\b(?:in|at|near|across|throughout) the ((?!Islamic )(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)* (?:(?:du|de|des|del|la|le|da|do) )?){1,3}(?:Province|Region|District|Governorate|Department|County))\b/g,
  // "in the Kurram Agency", "across the Khyber Agency": a tribal agency of Pakistan, named with "the".
  /\b(?:in|at|near|across|throughout|into|from) the ((?:Khyber|Kurram|Orakzai|Bajaur|Mohmand|(?:North |South )?Waziristan) Agency)\b/g,
  // ("on the Lake Chad islands": the lake named before its islands or shores)
  new RegExp(`\\b(?:on|near|at) (?:the )?((?:Mount|Mt\\.|Lake|Jebel|Jabal) ${NAME})`, 'g'),
  // "in the Kenkiyak village", "in Hakkari province", "in the Khyber Agency's Bara district", "In Farah Province's Bala
  // Buluk district, insurgents …"
  // ("the Turkish state", "the Afghan capital" are not places: no 'state' or 'capital' here)
  new RegExp(
    // ("in the Pacific port of Tarn", "the Turkmen town of Amerli": the word before a kind of settlement told with its
    // name after "of" describes it.)
    `\\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Ff]rom|of|to) (?:the )?(?:${NAME}['’]s )?(${NAME}) ${PLACE_NOUN.replace('state|county|capital|', 'county|').replace('|square|center|centre|heart|streets', '')}\\b(?!(?<=\\b(?:village|town|city|port|hamlet|settlement|resort)) of (?:the )?[A-Z])`,
    'g',
  ),
  // "attacked the village of Nagraogo", "overran the town of Baga", "attacked tourists at the Roman ruins of Jerash"
  new RegExp(
    `\\bthe (?:village|town|city|district|province|region|county|municipality|port|(?:(?:ancient|Roman|old|historic) )?(?:ruins|old city|ancient city|archaeological site)) of (${NAME})`,
    'g',
  ),
  // "took control of Tessa", "seized control of the town of Baga": a town taken
  new RegExp(
    `\\b(?:took|seized|gained|regained|retook) control of (?:the (?:town|city|village|port|district) of )?(${NAME})`,
    'g',
  ),
  // "…, Sanmatenga province", "Jos, Plateau State": the larger place after a comma
  new RegExp(`, (${NAME}) (?:province|region|district|county|State|Province|Region|District|County)\\b`, 'g'),
  // "the Aktau regional procurator", "the Almaty region"; "near the Dilucu border gate", "at the Torkham border
  // crossing": the border town the post is named for
  new RegExp(
    `\\bthe (${NAME}) (?:regional|region|provincial|province|district|city|oblast|governorate|governor['’]s|border (?:gate|crossing|post|checkpoint))\\b`,
    'g',
  ),
  // "in the Makati financial district", "the Hamra commercial area": a town's quarter told by what is done there.
  new RegExp(
    `\\bthe (${NAME}) (?:financial|business|commercial|industrial|residential|diplomatic|shopping|market|historic|tourist|banking|entertainment|government|university) (?:district|area|quarter|zone)\\b`,
    'g',
  ),
  // "in Atyrau", "outside Almaty", "in Aktobe and Astana", "in north Belfast", "in northern Varsk", "as his vehicle
  // passed through Baabda", "mortar rounds fired into Tarn", "rockets fired toward Tarn", "convoys leaving Tarn", "aboard Flight
  // 253 as it approached Tarn"
  new RegExp(
    `\\b(?:in|near|outside|inside|around|at|(?:approach(?:ed|ing)|descend(?:ed|ing) (?:toward|towards|into))(?<=\\b(?:as|while|when) (?:it|the (?:plane|aircraft|airliner|jet|flight)) (?:was )?(?:approach(?:ed|ing)|descend(?:ed|ing) (?:toward|towards|into)))(?! (?:[A-Z][\\w'’-]+ ){1,2}(?:airspace|waters|territory|coast)\\b)|towards?(?<=\\b(?:fired|firing|launched|launching|lobbed|shot)\\b[^.;]{0,60}towards?)|into(?<=\\b(?:incursions?|crossed|infiltrated|fled|moved|advanced|pushed|sailed|slipped|smuggled|crossing|infiltrating|fleeing|leading|led|drove|driving|burst|stormed|rammed|fired|firing|fell|landed|lobbed|crashed|slammed)\\b[^.;]{0,40}into)|leaving(?<=\\b(?:convoys?|vehicles?|buses|bus|trucks?|patrols?|boats?|trains?)\\s+leaving)|through(?<=\\b(?:passed|passing|drove|driving|traveling|travelling|traveled|travelled|moving|moved|ripped|tore|swept)\\s+through)|off(?<!\\b(?:sealed|cordoned|fought|closed|cut|called|took|set|kicked|paid|held|laid|broke|fended|warded|shut|blocked|turned|drove|fend|ward|seal|cordon|fight|close|shut|block)\\soff)) (?:(?:neighbou?ring|nearby|rural|central|downtown|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?) )?(${NAME})((?:(?:,| and| or|, and) ${NAME})*)`,
    'g',
  ),
  // "near the Salvador Pass", "in the Boni Forest", "at W National Park": a named landscape
  // "a hideout in the hills above Ashkel", "the mountains overlooking Tarn": the town the high ground is told by.
  // (Not where the attackers fled to: "then fled into the mountains overlooking Darlo".)
  new RegExp(
    `\\b(?:hills|mountains|heights|ridges?|slopes|highlands)(?<!\\b(?:fled|escaped|retreated|withdrew)\\s+(?:(?:into|to|toward|towards)\\s+)?the\\s+[a-z]+)\\s+(?:above|overlooking)\\s+(${NAME})`,
    'g',
  ),
  // ("shot down over the Gessel Mountains", "fled through the Boni Forest", "at the Temple Mount", "into the Golan Heights
  // and the Upper Galilee".)
  /\b(?:in|near|at|on|along|across|inside|outside|around|from|into|and|over|through) (?:the )?((?:[A-Z][\w'’-]* ){1,3}(?:Pass|Forest|River|Valley|Park|Desert|Hills|Mountains|Island|Gorge|Reserve|Plateau|Delta|Basin|Corridor|Junction|Crossing|(?:Heights|Galilee)(?!\s+(?:Hotel|Hospital|School|College|University|Mall|Cent(?:er|re)|Market|Mosque|Church|Synagogue|Restaurant|Club|Road|Street|Camp|Prison|Stadium|Station)\b)|Mount(?!\s+[A-Z])))\b/g,
  // "fired missiles at a ship in the Tarn Sea": a sea where something happened at sea (not "near the Tarn Sea", which
  // only says where a town lies)
  /\b(?:in|on|into|across) the ((?:[A-Z][\w'’-]* ){1,2}(?:Sea|Strait|Ocean))\b/g,
  // "near the Bab al-Mandab Strait": a strait a ship was struck near.
  new RegExp(`\\b(?:near|through|in|at) the (${NAME}) Strait\\b`, 'g'),
  // "on the Alexandria corniche", "on the Ismailia ring road": a town's seafront or ring road.
  new RegExp(`\\bon the (${NAME}) (?:corniche|ring road|seafront|waterfront)\\b`, 'g'),
  // "in the Foret de Kabonga", "near the Wadi Tessa": a landscape named in French or Arabic, its kind first
  /\b(?:in|near|at|on|along|across|inside|outside|around|from|into) (?:the )?((?:Foret|Forêt|Parc|Lac|Oued|Wadi|Jebel|Jabal) (?:(?:de|du|des|de la|al|el) |d['’]|(?:al|el)-)?[A-Z][\w'’-]+)/g,
  // "a security sweep of al-Hol", "the siege of Marawi": the town an operation was of.
  new RegExp(`\\b(?:sweep|siege|bombardment|shelling|storming|occupation|liberation|encirclement) of (${NAME})`, 'g'),
  // "the University of Karachi", "the Port of Aden"
  new RegExp(`\\bthe (?:University|Port|Island|Governorate|Province) of (${NAME})`, 'g'),
  // "hijacked a tanker in the Gulf of Aden": the gulf, named whole (not the town it is named for).
  new RegExp(`\\bthe ((?:Gulf|Bay) of ${NAME})`, 'g'),
  // "Location: Dassari, Atakora department.": a place given in a table's field
  new RegExp(`\\bLocation: (${NAME})`, 'g'),
  // "on the island of Utoya", "the islands of Vamizi and Metundo", "the main bazaar of Hangu", "in the vicinity of Murzuq"
  new RegExp(
    `\\bthe (?:${NAME} )?(?:[a-z-]+ ){0,2}(?:islands?|towns?|villages?|city|cities|districts?|provinces?|regions?|strongholds?|bastions?|communes|municipalities|prefectures|departments|divisions|neighbou?rhoods|suburbs|communities|areas|airports|forests?|mountains|hills|settlements?|outposts?|bazaars?|markets?|hub|vicinity|environs) of (${NAME})((?:(?:,| and|, and) ${NAME})*)`,
    'g',
  ),
  // A sentence that opens with its place: "In Karvan, south of the capital, a bomb …"
  // ("In Gaziantep on July 28, police raided …", "In Tarn in early May, …": the same, the date right after; "May 3 (a
  // day after Lorn): In Tarn": after a label with an aside; "In Tarn and Ulma, gunmen …", "In Tarn, Ulma, and Lorn,
  // …": towns listed; not "In Tarn, Ann Roe and Omar Tal, two journalists, …".)
  new RegExp(
    `(?:^|[.!?]\\s+|\\n|[\\d)]:\\s+)(?:In|Near|Outside) (${NAME})((?:, ${NAME})+, and ${NAME}| and ${NAME})?(?:,| (?:on|in) (?:(?:early|mid-|late) ?)?(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b))`,
    'g',
  ),
  // "Pune was struck on February 13": a town that opens its sentence as what was struck.
  new RegExp(`(?:^|[.!?]\\s+|\\n)(${NAME}) was (?:again |also )?(?:struck|rocked|shaken)\\b`, 'g'),
  // "raids across the Basque Country and Navarre", "throughout Borno and Yobe"
  new RegExp(`\\b(?:across|throughout) (?:the )?(${NAME})((?:(?:,| and|, and) (?:the )?${NAME})*)`, 'g'),
  // "looted and burned parts of Tourou": a town parts of which were struck
  new RegExp(
    `\\b(?:parts|sections|much|most) of (${NAME})(?=[,.;]| (?:and|on|in|near|with|before|after|for|killing|wounding|where)\\b)`,
    'g',
  ),
  // "in the Panjwai and Zhari districts": two places of one kind
  new RegExp(
    `\\bthe (${NAME}) and (${NAME}) (?:districts|provinces|regions|areas|villages|towns|suburbs|neighbou?rhoods|governorates|counties|divisions|departments|prefectures|communes|municipalities|states|wilayas)\\b`,
    'g',
  ),
  // (Or more, not the quarters of a town: "the Sinjar, Qandil, and Haftanin areas of northern Iraq", not "the Zaveri
  // Bazaar, Opera House, and Dadar areas of Mumbai".)
  new RegExp(
    `\\bthe (${NAME})((?:, ${NAME})+,? and ${NAME}) (?:districts|provinces|regions|areas|villages|towns|suburbs|neighbou?rhoods|governorates|counties|divisions|departments|prefectures|communes|municipalities|states|wilayas)\\b(?! of [A-Z])`,
    'g',
  ),
  // "in Pakistan's Balochistan province": the province a country's possessive names
  new RegExp(
    `\\b(?:of|on|in|at|near) ${NAME}['’]s (${NAME}) (?:province|region|district|state|governorate|county|prefecture|agency)\\b`,
    'g',
  ),
  // "arrested a Syrian in the Bekaa who …", "a checkpoint in the Sinai": a region named with its article alone
  /\b(?:in|across|throughout|from|into) the (?!(?:North|South|East|West|Middle|Senate|Assembly|Cabinet|Presidency|Interior|Government|Capital|Country|Region|Province|District|State|City|Town|Village|Area|U\.S|United|European|African|Arab|Islamic)\b)([A-Z][a-z]{3,})(?=[,.;]| (?:who|which|that|where|and|on|in|near|during|region|valley)\b)/g,
  // "near In Amenas", "in In Salah": Saharan towns whose names open with "In"
  /\b(?:in|near|at|from|to|of|outside|around|towards?) (In[ -][A-Z][\wÀ-ÿ'’-]+)/g,
  // "about 45 kilometers southwest of Timbuktu": the town a distance is told from
  new RegExp(
    `\\b(?:kilometers|kilometres|km|miles) (?:(?:north|south)(?:-?(?:east|west))?|east|west)?(?:ern)? ?(?:of|from) (${NAME})`,
    'g',
  ),
  // "in the VRAE", "in the CAR", "across FATA": a land the series names by its acronym (acronyms are otherwise groups)
  new RegExp(
    `\\b(?:[Ii]n|[Ii]nto|[Ff]rom|[Aa]cross|[Tt]hroughout|[Nn]ear) (?:the )?(${ACRONYM_PLACES.join('|')})\\b`,
    'g',
  ),
  // "the Mayor of Altena", "the Bishop of Yopal", "residents of Baghlia", "the provincial governor of Raqqa", "the
  // municipal council of Puerto Rico"
  new RegExp(
    `\\b(?:[Mm]ayor|[Bb]ishop|(?<=\\b(?:the|[Pp]rovincial|[Dd]istrict|[Dd]eputy|[Rr]egional|[Ss]tate)\\s)[Gg]overnor|[Rr]esidents|[Tt]ownspeople|[Vv]illagers|[Ii]nhabitants|[Oo]utskirts|[Ss]uburbs?|[Cc]enter|[Cc]entre|[Ss]treets|(?<=\\b(?:[Mm]unicipal|[Tt]own|[Cc]ity|[Vv]illage|[Ll]ocal)\\s)[Cc]ouncil) of (${NAME})`,
    'g',
  ),
];
/**
 * Patterns read backwards from a keyword: the keyword is found first (one cheap pass), then the name is read in
 * the 80 characters before it, so a pattern that may start at any capital letter costs no pass of its own.
 */
const LOOKBACK_PATTERNS: ReadonlyArray<{ key: RegExp; before: RegExp; aside?: true }> = [
  // "Hakkari province's Cukurca district", "Baghlia commune", "the Rukban border crossing", "the Gwadar port", "on
  // Marlo island", "the Tessa field", "the Poonch sector", "on the Bessa peninsula": a name followed by what kind of
  // place it is
  {
    // (Single words only, so that the report's one scan tries the pattern only where they stand: "the Rukban border
    // crossing" and "the Hindu Kush mountain range" are read with "border" and "mountain" as words before the kind.)
    key: /\b(?:commune|district|regency|village|town|municipality|township|territory|county|prefecture|reservoir|dam|valley|mountains|Mountains|highlands|Highlands|range|Oasis|oasis|crossing|bridge|junction|port|forest|hills|desert|island|peninsula|plateau|field|oilfield|area|reserve|sector)\b/g,
    // ("the busy Karrada shopping district": a word of what the quarter is for may stand between.)
    before: new RegExp(
      `(?<![\\w-])(${NAME}) (?:(?:shopping|commercial|residential|business|market|industrial|diplomatic|government|university|tribal|border|mountain|giraffe|wildlife|game|nature|forest) )?$`,
    ),
  },
  // "Marawi City", "Mexico City"
  { key: /\bCity\b/g, before: /(?<![\w-])((?:[A-Z][a-zA-Z'’-]+ )+)$/ },
  // "near the finish line of the Boston Marathon": a town's race; "on the Moscow metro": a town's underground
  {
    key: /\b(?:Marathon|metro|[Ss]ubway|[Uu]nderground)\b/g,
    before:
      /\bthe (?!(?:Peace|Unity|International|National|Annual|City|Great|Friendship|Solidarity|Freedom|Charity|Memorial|Independence|Victory|Olympic|Women['’]s|Children['’]s)\b)([A-Z][a-zA-Z'’-]+) $/,
  },
  // "Pune police arrested two men": a town's police, acting (not "Federal police", "Border Police", "Kenyan police").
  {
    key: /\bpolice (?:arrested|detained|raided|apprehended|rounded up|captured|shot dead|killed)\b/g,
    before:
      /(?:^|[.;:]\s+|\n|, )(?!(?:Federal|Border|National|Royal|Military|Metropolitan|Traffic|Riot|Religious|Tourist|Municipal|State|Secret|Judicial|Local|Provincial|Special|Capitol|Frontier|Transit|Railway|Counterterrorism|Antiterrorism|Israeli|Palestinian)\b)(?![A-Z][a-z]+(?:an|ese|ish|ch)\s)([A-Z][a-z]{2,}) $/,
  },
  // "in a Hamburg grocery store", "on a crowded Ankara street", "from the Dadaab refugee complex": a name standing before
  // the kind of site it has
  // (Not after an institution's "of": "the Ministry of Internal Security complex"; "the Bank of Tarn headquarters" is
  // Tarn's.)
  {
    key: /\b(?:[Ss]tore|[Ss]treet|[Mm]arket|[Mm]all|[Hh]otel|[Rr]estaurant|[Cc]afe|[Ss]tation|[Aa]irport|[Ss]chool|[Uu]niversity|[Cc]ollege|[Aa]cademy|[Nn]ightclub|[Cc]lub|[Ss]quare|[Bb]ank|[Cc]ourthouse|[Ss]tadium|neighborhood|suburb|slum|[Bb]azaar|promenade|beachfront|[Oo]ffices?|[Hh]eadquarters|[Cc]ompound|[Aa]rena|residence|camp|complex|cantonment|museum|rally|resort|facility|terminal|refinery|building|field|oilfield|gasfield|pipeline)\b/g,
    before: new RegExp(
      `\\b(?:in|at|on|near|outside|inside|(?<!\\b(?:Ministry|Department|Directorate|Office|Bureau|Agency|Council|Commission|Institute|Authority|Service) )of|from|into|leave|leaving|attacked|assaulted|stormed|raided|bombed|targeted|besieged|struck|hit|shelled) (?:(?:an?|the) (?:[a-z]+(?:['’]s)? ){0,2})?(?!(?:Catholic|Protestant|Orthodox|Anglican|Coptic|Evangelical|Pentecostal|Baptist|Methodist|Lutheran|Sufi|Ahmadi|Ismaili|Buddhist|Jewish|Grand|Central|Great|Holy|Main|Old|New|Friday|Sunday|Easter|Christmas)\\b)(${NAME}) (?:[a-z-]+ ){0,2}$`,
    ),
  },
  // "the market of Tentena, a predominantly Christian town in Poso district": a town described in an aside
  {
    key: /\b(?:town|village|city)\b/g,
    before: new RegExp(`(?<![\\w-])(${NAME}), an? (?:[\\w-]+ ){0,3}$`),
    aside: true,
  },
  // "laid siege to Kandahar Airfield", "near Bagram Airfield in Parwan province", "infiltrated the Pathankot Air Force
  // Station", "fired a missile at al-Asad Air Base", "a drone against Erbil Air Base": an airfield is named for its town
  {
    key: /\b(?:Airfield|airfield|Air Base|air base|Air Force (?:Station|Base))\b/g,
    before:
      /\b(?:in|at|on|near|outside|inside|of|attacked|stormed|bombed|targeted|targeting|besieged|struck|hit|infiltrated|siege to|against|toward|towards) (?:the )?((?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+) $/,
  },
  // "assaulted the Abu Salim and Tarsa prisons", "behind the Kolda magistrate's court", "at the Busia border post", "near
  // the Rukban refugee encampment", "assaulted Abu Ghraib prison", "overran the Barlonyo IDP camp", "in Block B of Roumieh
  // prison": the towns a site stands in
  {
    key: /\b(?:prisons?|[Cc]ourts?|checkpoints?|barracks|bases?|camps?|encampments?|depots?|outposts?|posts?|mines?)\b/g,
    before: new RegExp(
      `\\b(?:in|at|on|near|from|outside|inside|behind|of|attacked|assaulted|stormed|bombed|targeted|besieged|struck|raided|infiltrated|overran|overrun) (?:(?:an?|the) (?:[a-z]+ ){0,2})?(?!(?:Royal|Army|Navy|Marines?|Police|Military|Air|National|Special|Federal|Republican|Presidential|Coalition|Joint|High|Supreme|Appeals?|Criminal|Civil|Constitutional|Magistrates?|Sharia|State|Central|Refugee|Transit|Detention)\\b)(${NAME})(?<!\\b(?:IDP|UN|UNHCR))((?: and ${NAME}(?<!\\b(?:IDP|UN|UNHCR)))?) (?:[a-z'’]+ |(?:IDP|UN|UNHCR) ){0,2}$`,
    ),
  },
];

// "the bombing in May of a popular nightclub in Apartado", "the attack on Nairobi's Westgate mall", "of Medellin's
// annual flower festival", "attacked London's transport system": a possessive after a preposition or a verb of attack,
// kept only when it names no group or agency.
const POSSESSIVE_PLACE = new RegExp(
  `\\b(?:of|on|in|at|near|attacked|struck|targeted|bombed|hit) (${NAME})['’]s [A-Za-z]`,
  'g',
);
// The office a possessive after "of" is part of the name of: "Minister of", "Ministry of".
const OFFICE_BEFORE = /\b(?:Minister|Ministry|Department|Secretary|Office|Bureau|Commissioner|Director|Council)\s$/;
// What a person's possessive names: "Avijit Roy's books", "Ann Roe's family".
const PERSONS_OWN =
  /^(?:books?|writings|blog|family|relatives|wife|husband|sons?|daughters?|brothers?|sisters?|father|mother|parents|children|body|murder|killing|death|assassination|funeral|followers|supporters|lawyers?|bodyguards?|driver|home|house|car|convoy|motorcade)\b/;
// The last word of a building's name: "Jesus Church", "Bayero University".
const FAITH_BEFORE_NAME =
  /^(?:Christian|Muslim|Sunni|Shia|Shiite|Druze|Alawite|Hindu|Sikh|Catholic|Coptic|Maronite|Armenian|Jewish|Buddhist) (?=[A-Z]|(?:al|el)-)/;
// A tribal agency of Pakistan, a place though it ends in an organization word: "Khyber Agency", "Orakzai Agency" (not the
// "Federal Investigation Agency" or "Anadolu Agency").
const TRIBAL_AGENCY = /^(?:Khyber|Kurram|Orakzai|Bajaur|Mohmand|(?:North |South )?Waziristan) Agency$/;
const ADJECTIVE_COMPOUND =
  /^[A-Z][a-z]+-(?:run|based|led|owned|backed|funded|controlled|held|born|affiliated|linked|made|style|speaking|majority|dominated|allied)\b/;
// Towns whose own names hold a possessive (never the owner of a quarter: "Kabul's Dasht-e-Barchi neighborhood").
const POSSESSIVE_TOWN = /^(?:Cox|St\.? John|Saint John)['’]s [A-Z][a-z]+$/;
// Sites whose names are their own (capitalized: "the Serena Hotel"), not a town's (a square keeps its name: it tells where in
// a town).
const OWN_NAMED_SITE = /^(?:Hotel|Restaurant|Cafe|Club|Nightclub)$/;
const MILITARY_POST =
  /\b(?:Operating Base|Patrol Base|Fire Base|Outpost|Support Site)\b|^Camp$|^(?:Forward|Combat)\s|^(?:School|Hospital|Prison|Stadium|Academy|College|University) (?:No\.|Number)\s|^[A-Z][a-z]+ (?:No|Number)$/;
const FAITH_AT_END =
  /\s(?:Catholic|Orthodox|Anglican|Coptic|Evangelical|Pentecostal|Baptist|Methodist|Lutheran|Presbyterian)$/;
const BUILDING =
  /\s(?:Church|Cathedral|Mosque|Temple|Synagogue|Shrine|Hotel|Museum|University|College|School|Hospital|Airport|Stadium|Mall|Centre|Center|Bakery|Market|Prison|Jail|Embassy|Consulate|Palace|Theatre|Theater|Airfield|Air Base|Bazaar)$/;
// Words for peoples, faiths and movements, never places ("Hindu", "Indian embassy", "the Maoists"). (Of the words in
// "-ish", only the peoples': "Arish" is a town.)
const DEMONYM =
  /^(?:Hindu|Sikh|Buddhist|Jewish|Shia|Shi'a|Sunni|Ahmadi|Ahmadiyya|Ismaili|Yezidi|Assyrian|Chaldean|Maronite|Turkmen|Berber|Amazigh|Shabak|Kurdish|Arab|Catholic|Orthodox|Christian|Muslim|Coptic|Yazidi|Alawite|Druze|Salafi|Wahhabi|Sufi|Pashtun|Baloch|Tamil|Uighur|Uyghur|Western|Eastern|Northern|Southern|Central|Iraqi|Pakistani|Israeli|Afghan|Somali|Bangladeshi|Saudi|Yemeni|Kuwaiti|Omani|Qatari|Emirati|Bahraini|Azerbaijani|Nepali|Thai|Kenyan|Moroccan|American|Mexican|Ugandan|Sudanese|Malian|Chadian|Nigerien|Libyan|Syrian|Turkish|French|British|Dutch|Swiss|Greek|Palestinian|Hebrew|Ossetian|Circassian|Fulani|Tuareg|Rohingya|Hazara|Punjabi|Bengali|Chechen|Ingush|Dagestani|Kashmiri|Uzbek|Tajik|Kazakh|Kyrgyz|Tatar)$|^(?:Chin|Japan|Leban|Sudan|Senegal|Congol|Togol|Malt|Portugu|Vietnam|Burm|Nepal|Taiwan|Benin|Gabon|Surinam|Bhutan|Javan|Balin|Sinhal|Guyan|Maltese|Faro|Kosov|Chadi|Niger)ese$|^[A-Z][a-z]+ists?$|^(?:Brit|Ir|Turk|Kurd|Span|Pol|Dan|Swed|Finn|Scott|Jew|Engl|Corn|Flem|Am|Moor|Frank|Gael|Lapp|Wend)ish$/;
// The peoples of the world's countries ("Nigerian", "Egyptian", "Eritrean"): a word ending in "-ian" or "-ean" is one
// only when a country is theirs, since many places end so too ("Shopian", "Tian").
const PEOPLES = new Set(COUNTRIES.flatMap((c) => c.aliases));
const LOOKS_LIKE_PEOPLE = /^[A-Z][a-z]+(?:ian|ean)$/;

// (A title after another word: "Sheikh Zuweid" and "General Santos City" are towns.)
const TITLE_INSIDE =
  /\s(?:President|Prime Minister|Minister|General|Governor|Commander|King|Queen|Prince|Princess|Sheikh|Emir|Mayor|Senator|Colonel|Major|Captain|Lieutenant|Sergeant|Bishop|Imam|Pope)\s+[A-Z]/;
export const WEEKDAY_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const PEOPLE_PLURAL =
  /^[A-Z][a-z]+(?:an|ian|ese|ish|i)\s+(?:Christians|Muslims|Jews|Copts|Hindus|Buddhists|Shias|Sunnis|Catholics|Protestants|Sikhs|Yazidis|Alawites|Druze)$/;

/** Whether a capitalized word names a people or a faith ("Hindu", "Indian"), never a place. */
function isDemonym(name: string): boolean {
  return DEMONYM.test(name) || (LOOKS_LIKE_PEOPLE.test(name) && PEOPLES.has(name.toLowerCase()));
}
// Capitalized words that follow "in" without being places ("on the 3rd Street bridge", "in District 9 of Fesk", "in
// Block 7 of the camp"; and companies whose sites the series names: "attacked
// Shell's Benisede flow station", "inside the Shell residential compound"; peoples and faiths in the plural: "attacks
// on Houthis", "Americans in Ulma").
// (Nor a platform a message was posted on: "in a Facebook post"; nor a paper a cartoon was printed in: "in Charlie
// Hebdo"; nor what a school teaches: "at Koranic schools in Tarn".)
// (Its words end where no letter follows, accented ones included: "Aïn Defla" opens with no word "A".)
const NOT_PLACE =
  /^(?:Facebook|Twitter|Telegram|YouTube|WhatsApp|Instagram|TikTok|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|New Year|Hizb|Harakat|Tehrik|Lashkar(?! Gah)|Jaish|Jamaat|Hindu|Sikh|Sunni|Shia|Kurdish|Peshmerga|Kingdom(?! of)|Gate|Labor|Labour|Supreme|Commander|General|Bishop|Mayor|Governor|The|This|That|These|Those|Some|Many|Most|All|In|On|At|A|An|His|Her|Their|Its|Our|One|Two|Three|President|Prime|Minister|Parliament|Line|Congress|Government|Ministry|Department|Office|Committee|Council|Court|Party|Group|Organization|Forces|Special|National|International|Islamic|Islam|Muslim|Christian|Jesus|Christ|God|Allah|Ramadan|Eid|Ashura|Easter|Passover|Diwali|Nowruz|Muharram|Valentine|Halloween|Hanukkah|Thanksgiving|Finance|Interior|Defen[cs]e|Justice|Foreign|Education|Health|Information|English|Arabic|Russian|Article|Resolution|Law|Chapter|Section|Volume|Annual|Country|Reports?|Terrorism|Counterterrorism|Security|Police|Army|Military|UN|U\.S|US|EU|NATO|OSCE|Shell|Agip|Eni|Chevron|Texaco|ExxonMobil|Exxon|Mobil|Areva|Orano|Satom|Halliburton|Statoil|Equinor|Sonatrach|Saipem|Willbros|Schlumberger|Starbucks|United Nations|Houthis?|Americans|Europeans?|Africans?|Westerners|Christians|Koranic|Quranic|Qur['’]anic|Charlie Hebdo|Jyllands-Posten|Militants|Insurgents|Aid|Buddhism|Hinduism|Christianity|Judaism|Street|Road|Avenue|Boulevard|District|Block|Sector|Zone|Route|Highway|Ring|Square|Bridge)(?![\wÀ-ÖØ-öø-ÿ'’])/;
const ORG_WORD =
  "(?:Trust|Foundation|Office|Ministry|Committee|Forces|Force|Corps|Command|Squad|Police|Army|Front|Party|Group|Network|Brigades?|Movement|Organization|Unit|Service|Guard|Council|Agency|Bureau|Directorate|Battalion|Union|League|Alliance|Brotherhood|Federation|Association|Jihad|Taliban|Hizballah|Hamas|Shabaab|Qa'ida|Qaida|State|Court)";
// A name that ends in an organization word ("Interior Ministry"): compiled once, not once per name.
// ("Hizbul Islam": a group, never a place.)
const ENDS_IN_ORG_WORD = new RegExp(`\\b(?:${ORG_WORD}|Islam)$`);
const ORG_PATTERN = new RegExp(`\\b((?:[A-Z][\\w'’-]* (?:(?:of|for|the|and|al|el) )?){0,5}${ORG_WORD})\\b`, 'g');
// Where an organization word stands: every match of ORG_PATTERN ends with one.
const ORG_WORD_AT = new RegExp(`\\b${ORG_WORD}\\b`, 'g');

/**
 * The matches of ORG_PATTERN in a text, exactly as `matchAll` gives them, trying the pattern only near each
 * organization word instead of at every capitalized word. A match is at most five capitalized words, each with a
 * connector, one space apart, before its organization word, so it starts after the eleventh space before the first
 * organization word it passes; none starts earlier (and after the last match) or it would end at an earlier one.
 */
function organizationNames(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let lastEnd = 0;
  ORG_WORD_AT.lastIndex = 0;
  for (let word = ORG_WORD_AT.exec(text); word !== null; word = ORG_WORD_AT.exec(text)) {
    let from = word.index;
    for (let spaces = 0; spaces < 11 && from > lastEnd; spaces += 1) from = text.lastIndexOf(' ', from - 1);
    ORG_PATTERN.lastIndex = Math.max(lastEnd, from);
    const match = ORG_PATTERN.exec(text);
    if (match === null) break;
    found.push(match);
    lastEnd = match.index + match[0].length;
    if (ORG_WORD_AT.lastIndex < lastEnd) ORG_WORD_AT.lastIndex = lastEnd;
  }
  ORG_PATTERN.lastIndex = 0;
  return found;
}
// "Jund al-Khilafah (Soldiers of the Caliphate, JAK)", "the Committee for National Security (KNB)".
const ACRONYM_DEFINITION =
  /((?:[A-Z][\w'’-]*|al-\w+|al|of|the|for|and|in|on|de|del|la|el|wa)(?:[ -](?:[A-Z][\w'’-]*|al-\w+|al|of|the|for|and|in|on|de|del|la|el|wa|bin|ul)){0,8}) ?\((?:[^()]*?, )?([A-Z][A-Za-z'-]{1,9})\)/g;
const ACRONYM_AT = new RegExp(ACRONYM_DEFINITION.source);
// The characters the words of a definition are made of: a definition stands in one run of them before its bracket.
const DEFINITION_CHAR = /[\w'’ -]/;

/**
 * The matches of `ACRONYM_DEFINITION` in a text, exactly as `matchAll` gives them, reading only the words before
 * each bracket: a definition holds no bracket, so it lies in the run of word characters, spaces and hyphens before
 * the first "(" after it, and ends at the first ")" after that. Linear: each character is looked at a few times.
 */
function acronymDefinitions(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let lastEnd = 0;
  let close = -1;
  for (let open = text.indexOf('('); open >= 0; ) {
    const next = text.indexOf('(', open + 1);
    if (close < open) close = text.indexOf(')', open);
    if (close < 0) break;
    // A second "(" before the ")": no acronym closes this bracket.
    if (next < 0 || next > close) {
      let from = open;
      while (from > lastEnd && DEFINITION_CHAR.test(text.charAt(from - 1))) from -= 1;
      const m = ACRONYM_AT.exec(text.slice(from, close + 1));
      if (m !== null) {
        m.index += from;
        found.push(m);
        lastEnd = m.index + m[0].length;
      }
    }
    open = next;
  }
  return found;
}

// "Operation Sorra", "Karvan forces", "Darlo Support forces": operations and forces by name.
const OPERATION_OR_FORCE =
  /\bOperations? ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2})|\b((?:[A-Z][\w'’-]+ ){1,3})(?:forces|troops)\b/g;

// The name of a force whose uniform was worn: "dressed in Gilgit Scouts uniforms", "wearing Frontier Corps uniforms".
const UNIFORM_OF =
  /\b(?:dressed|disguised|clad) (?:in|as) (?:the )?((?:[A-Z][\w'’-]+ ){1,3})(?:uniforms?|fatigues)\b|\bwearing (?:the )?((?:[A-Z][\w'’-]+ ){1,3})(?:uniforms?|fatigues)\b/g;
// A name of two or three capitalised words before the members or a site of a group: "Ashen Hand militants".
const GROUP_MEMBERS =
  /\b((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+) (?:militants|fighters|insurgents|operatives|members|commanders?|camps?|cells?|gunmen)\b/g;
/** Whether the text tells `name` after a word of place: "in Sarn Valley", "near the Sarn Valley", "at Sarn Valley". */
function toldAsPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (
      /\b(?:in|near|at|outside|around|from|to|into|toward|towards)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, at - 16), at),
      )
    )
      return true;
  }
  return false;
}

// Words that name a group, not a town: "Ansar al-Shari'a", "Jaish al-Adl", "Clan del Golfo", "Lashkar-e-Jhangvi".
const GROUP_NAME_WORD =
  /^(?:Ansar|Ansaru|Jama['’]?at|Jamaat|Jamaah|Harakat|Hizb|Hezb|Lashkar(?! Gah)|Jaish|Jaysh|Tehrik|Tahrir|Clan|Katibat|Kata['’]?ib|Liwa(?=[ -](?:al-|[A-Z]))|Saraya|Majlis|Jund|Fatah|Hamas|Mujahideen|Mujahidin)\b|\bShari['’]?a\b/;
const LIWA_GROUP = /\bLiwa[ -](?:al-|[A-Z])/;
/** Groups the series names again and again without an organization word. */
const KNOWN_GROUPS = [
  'Taliban',
  'Hizballah',
  'Hamas',
  'Boko Haram',
  "al-Qa'ida",
  'al-Shabaab',
  'ISIS',
  'ISIL',
  'Islamic State',
  'Haqqani Network',
  'Lashkar-e-Tayyiba',
  'Abu Sayyaf',
  'FARC',
  'ELN',
  'PKK',
  'ETA',
  'AQIM',
  'AQAP',
];
// The possessive pattern, the place patterns and the lookback keywords, run in one scan of the report (see
// WordAnchoredPatterns).
// "killed 20 civilians in three villages, Gadabo, Tessa Koira, and Bessa": the places a count names after a comma
// (run only on a text that holds one of its words and a comma: the pattern cannot start the one word-anchored scan).
const PLACES_LISTED = new RegExp(
  `(?:villages|towns|localities|communities|hamlets|settlements|cities), (${NAME})((?:, ${NAME})*,? and ${NAME})(?=[,.;])`,
  'y',
);
// Where its words stand, found in the one scan; the pattern is tried there only.
const PLACES_LISTED_AT = /\b(?:villages|towns|localities|communities|hamlets|settlements|cities)\b/g;
const PLACE_SCAN = new WordAnchoredPatterns([
  POSSESSIVE_PLACE,
  ...PLACE_PATTERNS,
  ...LOOKBACK_PATTERNS.map(({ key }) => key),
  PLACES_LISTED_AT,
]);
// The name of a military operation: "Operation Barkhane".
const OPERATION_NAME = /\bOperation ([A-Z][\w'’-]+)\b/g;
// (Also one with a small letter at its end: "FAMa", the Malian army.)
const ACRONYM = /^[A-Z]{2,}(?:-[A-Z]{1,3})*$|^[A-Z]{3,}[a-z]$/;
const GENERIC_ACTORS = ['police', 'security forces', 'gunmen', 'militants', 'insurgents'];

// A role held in a place, right after the kind of place: "a village headman", "a town council member".
const ROLE_OF_A_PLACE =
  /^\s+(?:headman|headmen|chief|head|elder|leader|official|officials|council|councillor|councilor|guard|guards|defen[cs]e|volunteer|militia|teacher|imam|secretary|administrator|mayor|resident)\b/;
// What a match opens with where the text calls the name a town: "the town of General Nakar".
const TOLD_AS_TOWN = /^the (?:village|town|city|municipality) of [A-Z]/;
/**
 * Learns the place and actor names a report uses.
 *
 * @param text - the report's passages, joined
 * @param country - the report's country, never listed as a place of its own incidents
 */
export function buildNameBook(text: string, country: string): NameBook {
  const places = new Set<string>();
  const isSurname = surnameTest(text);
  const [possessive = [], ...scanned] = PLACE_SCAN.matchAll(text);
  const placeMatches = scanned.slice(0, PLACE_PATTERNS.length);
  const keyMatches = scanned.slice(PLACE_PATTERNS.length);
  const lookback = LOOKBACK_PATTERNS.flatMap(({ key, before, aside }, i) =>
    (keyMatches[i] ?? []).flatMap((k) => {
      // ("Ann Roe, a village headman in Tarn district": a person told by a role of the village, no town named.)
      if (aside && ROLE_OF_A_PLACE.test(text.slice(k.index + k[0].length, k.index + k[0].length + 24))) return [];
      const m = before.exec(text.slice(Math.max(0, k.index - 80), k.index));
      // "Marawi City": the keyword is part of the name; "the Intercontinental Hotel in Kabul": a capital site word
      // names a building, and where the text says which town it stands in, the word before it is no town.
      if (
        key.source.includes('[Ss]tore') &&
        // ("the Dayah Hotel near the parliament in Mogadishu": the same, past a landmark.)
        // ("the Tessa nightclub in central Ulma", "the Bo Mall on Tarn Avenue, Ulma": the same, past a part of the town or
        // a street.)
        /^(?:\s+[A-Z][\w'’-]*)*(?:(?:,?\s+(?:near|next to|opposite|beside|close to)\s+(?:the|an?)\s+[a-z]+(?:\s+[a-z]+)?)?,?\s+(?:in|at|near)\s+(?:(?:central|downtown)\s+)?|\s+on\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Avenue|Street|Road|Boulevard),\s+)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]/.test(
          text.slice(k.index + k[0].length, k.index + k[0].length + 60),
        )
      )
        return [];
      // ("the other at the city's Cantonment railway station": a site of the town just told of is named for no town; a
      // quarter is a place of its own: "in the city's al-Varsk neighborhood".)
      if (
        key.source.includes('[Ss]tore') &&
        !/^(?:neighborhood|suburb|slum)$/.test(k[0]) &&
        m?.[1] &&
        /\b(?:city|town|capital|village)['’]s (?:[a-z]+ )?$/.test(m[0].slice(0, m[0].lastIndexOf(m[1])))
      )
        return [];
      // "the Turkmen town of Amerli", "the Yezidi communities of …": the word before the kind of place describes the
      // place named after "of".
      // A landform's own name stays: "in the Gabar mountains of Sirnak province".
      const landform =
        /^(?:reservoir|dam|valley|mountains|Mountains|highlands|Highlands|range|forest|hills|desert|island|peninsula|plateau)$/.test(
          k[0],
        );
      if (i === 0 && !landform && /^\s+of\s/.test(text.slice(k.index + k[0].length, k.index + k[0].length + 4)))
        return [];
      // "In Zamboanga City, …": the word that opens the sentence is no part of the name.
      // ("assaulted the Intercontinental Hotel": the name of a hotel, a restaurant or a club is its own, no town's; a town
      // that names one is named as a place elsewhere too.)
      if (m?.[1] && OWN_NAMED_SITE.test(k[0])) return [];
      // ("Block B of Roumieh prison": the town the site is of; not "Camp 18 of the Belkhi refugee camp in Ukra", a site
      // told to stand in another town.)
      if (
        m?.[0].startsWith('of ') &&
        key.source.includes('prisons?') &&
        /^\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]/.test(
          text.slice(k.index + k[0].length, k.index + k[0].length + 30),
        )
      )
        return [];
      // ("the West Bank": a territory, read above, no bank of a town called West.)
      if (m?.[1] === 'West' && k[0] === 'Bank') return [];
      // ("In Bacho district, a roadside bomb …": the same for a district; "In Amenas" and its like are towns' own names.)
      const city = (m?.[1] ?? '').replace(/^(?:(?:In|At|On|Near|Outside|From|To|The|By)\s)+/, '');
      const opening = (m?.[1] ?? '').replace(/^In\s(?!Amenas|Salah|Guezzam)/, '');
      const name = m?.[1] ? (key.source.includes('City') ? (city ? `${city}City` : null) : opening || null) : null;
      return name ? [['', name, m?.[2] ?? ''] as string[]] : [];
    }),
  );
  // "in Operation Sorra", "Karvan forces killed …": the name of an operation or of a force is no place.
  const notPlaces = new Set<string>();
  for (const m of text.matchAll(OPERATION_OR_FORCE)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    // ("Puntland forces", "Kurdistan forces": a region's own forces; the region is a place.)
    if (name && (m[1] || !/(?:land|stan)$/.test(name))) notPlaces.add(name);
    if (m[1]) notPlaces.add(`Operation ${name}`);
  }
  // ("gunmen dressed in Tarn Scouts uniforms": the force whose uniform was worn is no place.)
  for (const m of text.matchAll(UNIFORM_OF)) notPlaces.add((m[1] ?? m[2] ?? '').trim());
  // ("Ashen Hand militants kidnapped …", "an Ashen Hand camp": a name of two or three words told as a group's, never after
  // "in", "near" or "at", is the group, no place; "Anbar insurgents" told "in Anbar" too stays a place.)
  // (Each name looked for once: a text of many such names stays linear.)
  const groupNames = new Set<string>();
  for (const m of text.matchAll(GROUP_MEMBERS)) groupNames.add((m[1] ?? '').trim());
  for (const name of groupNames) if (!notPlaces.has(name) && !toldAsPlace(text, name)) notPlaces.add(name);
  const listed: RegExpExecArray[] = [];
  for (const at of scanned[scanned.length - 1] ?? []) {
    // (A comma right after the word, or no list.)
    if (text.charCodeAt(at.index + at[0].length) !== 44) continue;
    PLACES_LISTED.lastIndex = at.index;
    const m = PLACES_LISTED.exec(text);
    if (m) listed.push(m);
  }
  for (const m of [...placeMatches.flat(), ...lookback, ...listed]) {
    {
      const [, name1 = '', more = ''] = m;
      // "in September, and Ahmed Umar was named …": a list that opens with a month is no list of places.
      if (
        /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(name1.trim())
      )
        continue;
      const names = [name1, ...more.split(/,? and |, | or /)];
      for (const raw of names) {
        // "Kabul's Dasht-e-Barchi neighborhood": the city that owns the quarter.
        // "at Aden International Airport": the town the site is named for, not its descriptor.
        // ("the Christian Achrafieh neighborhood", "the predominantly Sunni Verdun district": the faith of a quarter is no
        // part of its name.)
        const name = raw
          .trim()
          .replace(FAITH_BEFORE_NAME, '')
          // ("Cox's Bazar": a town whose own name holds the possessive.)
          .replace(/['’]s(?: .*)?$/, (owned) => (POSSESSIVE_TOWN.test(raw.trim()) ? owned : ''))
          .replace(/ (?:International|Regional|Central|Municipal|Main|Grand|High|Supreme)$/, '')
          // "attacked the Karachi Police Office": the town whose police it is (not "Mahdi Army", a militia's name).
          .replace(/ (?:Police|Security|Military|Customs)$/, '');
        // "General Santos City": a name that ends in "City" is a town, whatever word it opens with.
        if (
          !name ||
          // ("Three Pagodas Pass": a landform's name, whatever word it opens with.)
          (NOT_PLACE.test(name) &&
            !/\s(?:City|Pass|Forest|Valley|Mountains|Hills|Island|Gorge|Desert)$/.test(name) &&
            // ("the town of General Nakar": a name the text calls a town is one, whatever word it opens with.)
            !(raw === name1 && TOLD_AS_TOWN.test(m[0] ?? '')) &&
            !/^In[ -][A-Z]/.test(name)) ||
          (ENDS_IN_ORG_WORD.test(name) && !TRIBAL_AGENCY.test(name))
        )
          continue;
        if (notPlaces.has(name)) continue;
        // ("struck the Old Bazaar" read as "Old": an adjective of a name alone.)
        if (/^(?:Old|New|Upper|Lower|Grand|Main|Great)$/.test(name)) continue;
        // "the Joy in Jesus Church", "the Serena Hotel": a building's name, not a town.
        // ("St. Francis Xavier Catholic Church", read up to its faith: the same.)
        if (BUILDING.test(name) || FAITH_AT_END.test(name)) continue;
        // ("at Forward Operating Base Chapman in Khost province", "Combat Outpost Keating", "School Number One": a post's or
        // a building's name.)
        if (MILITARY_POST.test(name)) continue;
        // ("the Federal College of Forestry": a word of a college's name, not "Federal District".)
        if (name === 'Federal') continue;
        // ("the French-run Esteqlal High School", "a Saudi-owned bank": an adjective, no place.)
        if (ADJECTIVE_COMPOUND.test(name)) continue;
        if (/['’]s\b/.test(raw) && isSurname(name)) continue;
        if (isSaintsSite(text, name)) continue;
        // Acronyms are organizations, not places: "AQIM", "ISIS-WA", "ISIS-K".
        if (ACRONYM.test(name) && !ACRONYM_PLACES.includes(name)) continue;
        // "St. George's Church", "Mt. Elgon": an abbreviated title word is no place of its own.
        if (/^(?:St|Ste|Mt|Ft|Pt)\.?$/.test(name)) continue;
        if (country && (name === country || country.startsWith(`${name} `))) continue;
        // "the Hindu temple", "the Indian embassy": a people or a faith, not a place; "in Boko Haram's
        // stronghold": a group.
        if (isDemonym(name) || KNOWN_GROUPS.includes(name)) continue;
        // ("raided an Ansar al-Shari'a weapons depot", "a raid on a Clan del Golfo camp": a group's name, by the words
        // groups are named with.)
        if (GROUP_NAME_WORD.test(name)) continue;
        // ("Liwa Fatemiyoun fighters" read as "Liwa": a brigade's word, where the chapter names a brigade by it; else Liwa,
        // a town in Chad.)
        if (name === 'Liwa' && LIWA_GROUP.test(text)) continue;
        // ("the home village of Chechen President Ramzan Kadyrov", "during Friday prayers", "attacks on Egyptian
        // Christians": a person by title, a weekday, or a people, never a place.)
        if (TITLE_INSIDE.test(name) || WEEKDAY_NAME.test(name) || PEOPLE_PLURAL.test(name)) continue;
        places.add(name);
      }
    }
  }

  const aliases = new Map<string, string>();
  const actors = new Set<string>();
  for (const m of acronymDefinitions(text)) {
    const [, definition = '', acronym = ''] = m;
    let long = definition.replace(/^(?:(?:the|of|for|and|in|on|al|de|del|la|el|wa)\s+)+/, '').trim();
    const initial = acronym.charAt(0);
    // "Chairman-in-office of the Organization for Security Cooperation in Europe (OSCE)": start the name at
    // the word that gives the acronym its first letter, where one does after the first word.
    const words = long.split(' ');
    const first = words.findIndex(
      (w, i) => i > 0 && w.startsWith(initial) && /^(?:of|the|for|and)$/.test(words[i - 1] ?? ''),
    );
    if (!long.startsWith(initial) && first > 0) long = words.slice(first).join(' ');
    if (!/[A-Z]/.test(long[0] ?? '') || long.split(' ').length < 1 || !/^[A-Z][A-Z'-]*[A-Z]$/.test(acronym)) continue;
    aliases.set(acronym, long);
    aliases.set(long, acronym);
    actors.add(long);
    actors.add(acronym);
  }
  for (const m of organizationNames(text)) {
    const [, found = ''] = m;
    const name = found.replace(/^(?:The|A|An)\s+/, '').trim();
    if (
      // (The first word: the name up to its first space.)
      !NOT_PLACE.test(name.split(' ', 1)[0] ?? '') ||
      /^(?:Special Forces|Islamic State)$/.test(name)
    ) {
      actors.add(name);
    }
  }
  for (const group of KNOWN_GROUPS) if (wordIndex(text, group) >= 0) actors.add(group);
  for (const generic of GENERIC_ACTORS) if (wordIndex(text, generic) >= 0) actors.add(generic);
  // "Borno State", "Yobe State": a state of a federation is a place, not an organization.
  for (const actor of actors) if (/^[A-Z][a-z]+ State$/.test(actor) && actor !== 'Islamic State') places.add(actor);
  for (const m of possessive) {
    const name = (m[1] ?? '').trim();
    if (!name || NOT_PLACE.test(name) || ACRONYM.test(name) || actors.has(name) || isDemonym(name)) continue;
    if (ENDS_IN_ORG_WORD.test(name) || KNOWN_GROUPS.includes(name)) continue;
    if (country && (name === country || country.startsWith(`${name} `))) continue;
    if (isSurname(name) || isSaintsSite(text, name)) continue;
    // ("two publishers of Avijit Roy's books": what is a person's own names no place.)
    if (PERSONS_OWN.test(text.slice(m.index + m[0].length - 1, m.index + m[0].length + 20))) continue;
    // ("the Minister of Culture's residence": an office's name, no place.)
    if (m[0].startsWith('of ') && OFFICE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    places.add(name);
  }
  // ("French Operation Barkhane forces", then "MINUSMA and Barkhane camps in Kidal": a name the text gives an operation
  // is a force's, never a place.)
  if (text.includes('Operation '))
    for (const m of text.matchAll(OPERATION_NAME)) if (m[1] && places.has(m[1])) places.delete(m[1]);
  // ("Zantrian nationals", "the Cendoran parliament", "a Tamaranthi soldier": a people named after a place the text
  // names, or the report's country, never followed by a stop, is no place.)
  for (const place of places) {
    if (!DERIVED_PEOPLE.test(place)) continue;
    const named = [place.slice(0, -1), place.slice(0, -2), place.slice(0, -3)].some(
      (base) => base.length >= 3 && (places.has(base) || base === country),
    );
    if (named && !standsAlone(text, place)) places.delete(place);
  }
  for (const place of places) actors.delete(place);
  return { places: [...places], actors: [...actors], aliases };
}

// A word that may name a people by a place: "Zantrian", "Malian", "Iraqi", "Sudanese".
const DERIVED_PEOPLE = /^[A-Z][a-z]{2,}(?:n|i|ese)$/;

/** Whether `name` stands somewhere in the text before a stop, a comma or the end, as a place does and a people rarely. */
function standsAlone(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const next = text.charAt(at + name.length);
    if (next === '' || /[.,;:)]/.test(next)) return true;
  }
  return false;
}

/** "St. George's Church", "St. Catherine's Monastery": the saint a site is named for is no place. */
function isSaintsSite(text: string, name: string): boolean {
  return /^(?:St|Ste|Saint)\.? /.test(name) && (text.includes(`${name}'s`) || text.includes(`${name}’s`));
}

// Capitalized words that stand before a name without being a first name: "The Mumbai police", "In Kabul".
const NOT_FIRST_NAME = new Set(
  'The A An In On At Of For From By To With And But Or Near Outside Inside This That These Those Its His Her Their Our When While After Before During Since Across Throughout Both Each Every All'.split(
    ' ',
  ),
);
// The capitalized word right before a name: "Omar " in "… Omar Tal".
const WORD_BEFORE = /(?:^|[^\w'’-])([A-Z][a-z]+) $/;

/**
 * "in Omar Tal's apartment": the surname of a person the text names in full is no place ("The Mumbai police" names
 * none). A test per text, remembering each name's answer: a name asked about again costs nothing, and after a few
 * names the places that follow a first name are indexed by their first letters, so no name is looked for over the whole
 * text ("of Ann Roe's books" or a thousand towns' names repeated stay linear).
 */
function surnameTest(text: string): (name: string) => boolean {
  const known = new Map<string, boolean>();
  let afterFirstName: Map<string, number[]> | null = null;
  return (name) => {
    let answer = known.get(name);
    if (answer !== undefined) return answer;
    if (known.size < SCANS_BEFORE_INDEX) answer = scanForSurname(text, name);
    else {
      afterFirstName ??= indexAfterFirstName(text);
      const at = name.length < KEY_LENGTH ? null : afterFirstName.get(name.slice(0, KEY_LENGTH));
      answer =
        at === null
          ? scanForSurname(text, name)
          : (at ?? []).some((p) => text.startsWith(name, p) && !/\w/.test(text.charAt(p + name.length)));
    }
    known.set(name, answer);
    return answer;
  };
}
// How many names are looked for with a scan of the text before the text is indexed.
const SCANS_BEFORE_INDEX = 16;
// The first letters of a name, by which the places after a first name are indexed.
const KEY_LENGTH = 3;

// A capitalized word and the space after it, anywhere (the word WORD_BEFORE reads).
const FIRST_NAME_THEN = /(?<![\w'’-])([A-Z][a-z]+) /g;

/** Each place a name stands after a space, and the one word before it. */
function scanForSurname(text: string, name: string): boolean {
  for (let at = text.indexOf(` ${name}`); at >= 0; at = text.indexOf(` ${name}`, at + 1)) {
    if (/\w/.test(text.charAt(at + 1 + name.length))) continue;
    const first = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at + 1))?.[1];
    if (first && !NOT_FIRST_NAME.has(first)) return true;
  }
  return false;
}

/** Where a word follows a first name ("Tal" in "Omar Tal"), by its first letters: one pass over the text. */
function indexAfterFirstName(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const m of text.matchAll(FIRST_NAME_THEN)) {
    if (NOT_FIRST_NAME.has(m[1] ?? '')) continue;
    const at = m.index + m[0].length;
    const key = text.slice(at, at + KEY_LENGTH);
    const list = index.get(key);
    if (list) list.push(at);
    else index.set(key, [at]);
  }
  return index;
}

/** A list of names indexed by the lower-cased first word of each, longest first: a lookup per word of a text. */
interface NameIndex {
  byFirst: Map<string, string[]>;
  /**
   * For each letter a-z, the lengths of the first words starting with it, as bits (bit n: length n; bit 0: 32 or
   * more): a word of a text whose letter and length no name has is passed over without a lookup.
   */
  lengths: Uint32Array;
  /** Names that do not start with a letter, looked for one by one. */
  other: string[];
}
const INDEX_OF = new WeakMap<readonly string[], NameIndex>();
const FIRST_WORD = /^[A-Za-z]\w*/;
// A word of a text where a name may start: a letter not inside another word or a hyphenated name (read by hand in
// `occurrences`: /(?<![\w'’-])[A-Za-z]\w*/g).

function indexFor(names: readonly string[]): NameIndex {
  const cached = INDEX_OF.get(names);
  if (cached) return cached;
  const byFirst = new Map<string, string[]>();
  const lengths = new Uint32Array(26);
  const other: string[] = [];
  for (const name of names) {
    const first = FIRST_WORD.exec(name)?.[0];
    if (!first) {
      other.push(name);
      continue;
    }
    const key = first.toLowerCase();
    const letter = key.charCodeAt(0) - 97;
    lengths[letter] = (lengths[letter] ?? 0) | lengthBit(key.length);
    const list = byFirst.get(key) ?? [];
    list.push(name);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const entry = { byFirst, lengths, other };
  INDEX_OF.set(names, entry);
  return entry;
}

/** Whether `name` stands at `at` in `text` as a whole name: the same letters (any case for a lower-case name). */
function standsAt(text: string, at: number, name: string): boolean {
  const end = at + name.length;
  if (end > text.length || /[\w-]/.test(text.charAt(end))) return false;
  return /^[a-z]/.test(name) ? text.slice(at, end).toLowerCase() === name.toLowerCase() : text.startsWith(name, at);
}

function lengthBit(length: number): number {
  return length < 32 ? 1 << length : 1;
}

// The character classes of that pattern, by char code: \w, and what may not stand before a word (\w, ', ’, -).
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
function joinsWord(code: number): boolean {
  return isWordChar(code) || code === 39 || code === 8217 || code === 45;
}

/** Every stand-alone occurrence of the names in a text, in order, the longest where two start together. */
function occurrences(text: string, names: readonly string[]): Array<{ name: string; at: number; end: number }> {
  const { byFirst, lengths, other } = indexFor(names);
  const found: Array<{ name: string; at: number; end: number }> = [];
  let skipTo = 0;
  // The matches of /(?<![\w'’-])[A-Za-z]\w*/g, read by hand (no match object per word): a letter with no word
  // character, quote or hyphen before it, and the word characters after it.
  const length = text.length;
  for (let at = 0; at < length; ) {
    const code = text.charCodeAt(at);
    if (!isLetter(code) || (at > 0 && joinsWord(text.charCodeAt(at - 1)))) {
      at += 1;
      continue;
    }
    let end = at + 1;
    while (end < length && isWordChar(text.charCodeAt(end))) end += 1;
    const start = at;
    at = end;
    if (start < skipTo || ((lengths[(code | 32) - 97] ?? 0) & lengthBit(end - start)) === 0) continue;
    const candidates = byFirst.get(text.slice(start, end).toLowerCase());
    const name = candidates?.find((n) => standsAt(text, start, n));
    if (name) {
      found.push({ name, at: start, end: start + name.length });
      skipTo = start + name.length;
    }
  }
  for (const name of other) {
    const at = wordIndex(text, name);
    if (at >= 0) found.push({ name, at, end: at + name.length });
  }
  return found.sort((a, b) => a.at - b.at || b.end - a.end);
}

/**
 * The names of a book that occur in a text, in order of first appearance; a name inside a longer one found
 * (`Special Forces` in `Arystan Special Forces`) is left out. Linear in the text: one lookup per word.
 */
export function namesIn(text: string, names: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: Array<{ name: string; at: number; end: number }> = [];
  for (const f of occurrences(text, names)) {
    if (seen.has(f.name) || kept.some((k) => f.at >= k.at && f.end <= k.end)) continue;
    seen.add(f.name);
    kept.push(f);
  }
  return kept.map((k) => k.name);
}

const DIRECTIONS = [
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  // ("a helicopter raid in northeast Syria")
  'northeast',
  'northwest',
  'southeast',
  'southwest',
];
// What stands before a country a text places an event in: "in", "into", "across", "against", with "the" and a
// direction ("in southern Israel").
const COUNTRY_BEFORE = new RegExp(
  `\\b(?:in|into|across|throughout|on|at|against) (?:the )?((?:${DIRECTIONS.join('|')}) )?$`,
);
const DIRECTION_FIRST = new RegExp(`^(?:${DIRECTIONS.join('|')}) `);
/** The country a part of it names ("northwest Syria" -> "Syria"), or null for a country's own name ("South Sudan"). */
export function countryOfPart(named: string): string | null {
  const direction = DIRECTION_FIRST.exec(named);
  return direction ? named.slice(direction[0].length) : null;
}
const LIST_BEFORE_COUNTRY = new RegExp(`^(?:,| and|, and) (?:the )?((?:${DIRECTIONS.join('|')}) )?$`);

/**
 * Countries a text places an event in ("military strikes in Iraq and Syria"), the report's own country included:
 * the place of a record that names nothing finer.
 */
export function countriesIn(text: string, _country: string): string[] {
  const out: string[] = [];
  let lastEnd = -1;
  for (const { name, at, end } of occurrences(text, COUNTRY_NAMES)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const listed = lastEnd >= 0 ? LIST_BEFORE_COUNTRY.exec(text.slice(lastEnd, at)) : null;
    const placed = listed ?? COUNTRY_BEFORE.exec(before);
    if (!placed) continue;
    const named = `${placed[1] ?? ''}${name}`;
    if (!out.includes(named)) out.push(named);
    lastEnd = end;
  }
  return out;
}

/** The words around each place's first mention ("a village outside Almaty"), joined with " … ". */
// The two words before a place, with the month of a day among them.
const BEFORE_PLACE =
  /(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?=\d{1,2}\s))?(?:\S+\s+){0,2}$/;

export function placeWords(text: string, places: readonly string[]): string {
  const spans: Array<[number, number]> = [];
  for (const place of places) {
    const at = text.indexOf(place);
    if (at < 0) continue;
    // (Never words of the sentence before: sentences joined to read them together end where they ended, and the words
    // quoted must stand together in the text.)
    const slice = text.slice(Math.max(0, at - 40), at);
    const end = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
    // (Nor words of the clause before a semicolon: "in Sorra", not "Ulma; in Sorra".)
    // ("April 3 in Brisk", not "3 in Brisk": a day keeps its month.)
    const before = (BEFORE_PLACE.exec(end >= 0 ? slice.slice(end + 2) : slice)?.[0] ?? '').replace(/^.*[;:]\s*/, '');
    const after =
      /^\s+(?:village|town|city|district|province|region|commune|county|department|governorate|oblast|state|State|Province|Department)\b/.exec(
        text.slice(at + place.length, at + place.length + 20),
      )?.[0] ?? '';
    // ("; in Sorra": not the stop that ended the clause before.)
    const words = `${before}${place}${after}`.trim().replace(/^[;:,•–—]+\s*/, '');
    const start = text.lastIndexOf(words, at);
    if (start >= 0) spans.push([start, start + words.length]);
  }
  // ("in the Sinjar, Qandil, Makhmour, and Haftanin areas": the words of places listed together, quoted once.)
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && (start <= last[1] || /^[\s,]*(?:(?:and|or)\s+)?$/.test(text.slice(last[1], start))))
      last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => text.slice(start, end)).join(' … ');
}

/** The actors of a text, with the long name of each acronym and the acronym of each long name found. */
export function actorsIn(text: string, book: NameBook): string[] {
  const found = namesIn(text, book.actors);
  const out = new Set(found);
  for (const name of found) {
    const alias = book.aliases.get(name);
    if (alias) out.add(alias);
  }
  return [...out];
}

const NAME_EDGE = /[\w-]/;
const CASELESS_NAME = new Map<string, RegExp>();

/** Where `name` first stands alone in `text` (no word character or hyphen beside it); a lower-case name in any case. */
/** Where a name stands in a text as a whole word (not inside a longer or hyphenated one), or -1. */
export function wordIndex(text: string, name: string): number {
  if (/^[a-z]/.test(name)) {
    let pattern = CASELESS_NAME.get(name);
    if (pattern === undefined) {
      const escaped = escapeRegExp(name);
      pattern = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'i');
      if (CASELESS_NAME.size > 256) CASELESS_NAME.clear();
      CASELESS_NAME.set(name, pattern);
    }
    return pattern.exec(text)?.index ?? -1;
  }
  // A name with its own capitals: a plain search, then a look at the characters on either side.
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && NAME_EDGE.test(text.charAt(at - 1))) continue;
    if (NAME_EDGE.test(text.charAt(at + name.length))) continue;
    return at;
  }
  return -1;
}
