import { describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { parseIncidents } from './parse-incidents.js';
import { testChapter as chapter } from './test-chapter.js';

const brief = (report: Omit<Report, 'incidents'>) =>
  parseIncidents(report).map((i) => ({
    date: i.date,
    endDate: i.endDate,
    kind: i.kind,
    places: i.places,
    killed: i.killed,
    wounded: i.wounded,
  }));

describe('parseIncidents on running text', () => {
  it('gives each dated event of a listing sentence its own date, place and figures', () => {
    expect(
      brief(
        chapter(
          2015,
          'Notable attacks included the March 9 bombing of a bus station in Karvan, which killed 11 people, the June 2 attack on a hotel in Delmar that wounded 30, and the rebels’ Christmas Eve kidnapping of four engineers in Sorra.',
        ),
      ),
    ).toEqual([
      { date: '2015-03-09', endDate: null, kind: 'attack', places: ['Karvan'], killed: 11, wounded: null },
      { date: '2015-06-02', endDate: null, kind: 'attack', places: ['Delmar'], killed: null, wounded: 30 },
      { date: '2015-12-24', endDate: null, kind: 'attack', places: ['Sorra'], killed: null, wounded: null },
    ]);
  });

  it('gives a sentence that opens hours later or days earlier an event of its own, with its own toll', () => {
    expect(
      brief(
        chapter(
          2019,
          'On March 3, a suicide bomber struck a rally in Karvan, killing 26 people and wounding 42. About an hour later, a second suicide bomber struck near the ministry in Delmar, killing 22 people and wounding 38. Two days earlier, a bomber attacked the hospital in Orsk, killing 32 people.',
        ),
      ),
    ).toEqual([
      { date: '2019-03-03', endDate: null, kind: 'attack', places: ['Karvan'], killed: 26, wounded: 42 },
      { date: '2019-03-03', endDate: null, kind: 'attack', places: ['Delmar'], killed: 22, wounded: 38 },
      { date: '2019-03-01', endDate: null, kind: 'attack', places: ['Orsk'], killed: 32, wounded: null },
    ]);
  });

  it('reads a day written alone ("on the 19th") in the month told last, and arrests told as "into custody"', () => {
    expect(
      brief(
        chapter(
          2015,
          'On April 14, a bus bomb in Karvan killed 11, and on the 19th a second bomb hit the market in Delmar, killing three. On the 23rd, a bomb exploded in Orsk, wounding six.',
          'Police took 14 suspects into custody in Orsk on May 4.',
        ),
      ),
    ).toEqual([
      { date: '2015-04-14', endDate: null, kind: 'attack', places: ['Karvan'], killed: 11, wounded: null },
      { date: '2015-04-19', endDate: null, kind: 'attack', places: ['Delmar'], killed: 3, wounded: null },
      { date: '2015-04-23', endDate: null, kind: 'attack', places: ['Orsk'], killed: null, wounded: 6 },
      { date: '2015-05-04', endDate: null, kind: 'arrest', places: ['Orsk'], killed: null, wounded: null },
    ]);
    expect(parseIncidents(chapter(2015, 'Police took 14 suspects into custody in Orsk on May 4.'))[0]?.arrested).toBe(
      14,
    );
    // With no month told before it, a day written alone dates nothing.
    expect(parseIncidents(chapter(2015, 'On the 19th, a bomb exploded in Orsk, killing three.'))).toEqual([]);
  });

  it('places an event in the town named after "the … town of", never in the word before it or a town it lies from', () => {
    const places = (text: string) => parseIncidents(chapter(2007, text)).map((i) => i.places);
    expect(
      places('In early July, a truck bomb in the Iraqi town of Amerlo in Salah ad Din province killed 150 people.'),
    ).toEqual([['Amerlo']]);
    expect(
      places(
        'On March 27, two truck bombs exploded in a predominantly Shia neighborhood of Tal Orsk, killing 152 people.',
      ),
    ).toEqual([['Tal Orsk']]);
    expect(
      places('On May 20, bombs exploded in the Delmar neighborhoods of Achrafo and Verdo, killing one woman.'),
    ).toEqual([['Achrafo', 'Verdo']]);
    expect(
      places(
        'On December 12, militants attacked the industrial town of Adro northeast of Delmar, killing 32 civilians.',
      ),
    ).toEqual([['Adro']]);
    expect(places('On December 14, a bomb exploded northeast of Delmar, killing two soldiers.')).toEqual([['Delmar']]);
  });

  it('reads "the 12th of June", a device that "went off", and "took into custody four men"', () => {
    expect(
      brief(
        chapter(
          2015,
          'On the 12th of June, gunmen killed a police officer and a soldier in Orsk.',
          'On Saturday, June 26, an explosive device went off in a church in Karvan; no one was hurt. The next morning, a bomb exploded outside a church in Delmar, killing one.',
        ),
      ),
    ).toEqual([
      { date: '2015-06-12', endDate: null, kind: 'attack', places: ['Orsk'], killed: 2, wounded: null },
      { date: '2015-06-26', endDate: null, kind: 'attack', places: ['Karvan'], killed: 0, wounded: 0 },
      { date: '2015-06-27', endDate: null, kind: 'attack', places: ['Delmar'], killed: 1, wounded: null },
    ]);
    expect(parseIncidents(chapter(2015, 'Police in Orsk took into custody four men on October 10.'))[0]?.arrested).toBe(
      4,
    );
  });

  it('reads a table row of fields, a named landscape, "St." names, and a week or month counted from a month', () => {
    expect(
      brief(
        chapter(
          2022,
          'Notable incidents were as follows. Date: January 8. Location: Tangueto. Description: militants ambushed a patrol on the road to Porgo, injuring two soldiers.',
          'In the first week of December, the army reported killing 28 fighters in an ambush near the Salvo Pass. On June 4, a bomb exploded on a train in St. Orsk, killing 14 passengers.',
          'In mid-July, a car bomb exploded near a hotel in Betor, injuring 12 people, and the following week insurgents shot and killed a village headman in Rueso district. In mid-September, police in Orsk apprehended four men, and the following month authorities arrested another 11 in Delmar. Ten days later, on September 29, three soldiers died when their patrol came under fire near the Manto River.',
        ),
      ),
    ).toEqual([
      { date: '2022-01-08', endDate: null, kind: 'attack', places: ['Tangueto'], killed: null, wounded: 2 },
      { date: '2022-12', endDate: null, kind: 'clash', places: ['Salvo Pass'], killed: 28, wounded: null },
      { date: '2022-06-04', endDate: null, kind: 'attack', places: ['St. Orsk'], killed: 14, wounded: null },
      { date: '2022-07', endDate: null, kind: 'attack', places: ['Betor'], killed: null, wounded: 12 },
      { date: '2022-07', endDate: null, kind: 'attack', places: ['Rueso'], killed: 1, wounded: null },
      { date: '2022-09', endDate: null, kind: 'arrest', places: ['Orsk'], killed: null, wounded: null },
      { date: '2022-10', endDate: null, kind: 'arrest', places: ['Delmar'], killed: null, wounded: null },
      { date: '2022-09-29', endDate: null, kind: 'attack', places: ['Manto River'], killed: 3, wounded: null },
    ]);
  });

  it('reads a list of "January 2: …" items, a "City" named after a title word, and a place that opens the sentence', () => {
    expect(
      brief(
        chapter(
          2008,
          'The following were among the most significant attacks. January 2: A bomb exploded alongside a bus in Orsk, killing four people and injuring 28. January 8: A claymore mine struck a minister’s vehicle at Delmo; ten people were hurt.',
          'A bomb exploded at a crowded market in General Karvo City on Sunday, December 12, killing 15 people.',
          'In Zambo City, a grenade thrown into a bar injured eleven people on November 6, and a second device was found and defused by police on the 8th.',
        ),
      ),
    ).toEqual([
      { date: '2008-01-02', endDate: null, kind: 'attack', places: ['Orsk'], killed: 4, wounded: 28 },
      { date: '2008-01-08', endDate: null, kind: 'attack', places: ['Delmo'], killed: null, wounded: 10 },
      { date: '2008-12-12', endDate: null, kind: 'attack', places: ['General Karvo City'], killed: 15, wounded: null },
      { date: '2008-11-06', endDate: null, kind: 'attack', places: ['Zambo City'], killed: null, wounded: 11 },
      { date: '2008-11-08', endDate: null, kind: 'attack', places: ['Zambo City'], killed: null, wounded: null },
    ]);
  });

  it('records no anniversary and no cell only named as responsible, and places "the settlement of", "the University of"', () => {
    expect(
      brief(
        chapter(
          2021,
          'In July, Testlanders marked the 11th anniversary of the July 11, 2010, bombings in Orsk that killed 76 people.',
          'On May 30, the minister declared that the cell responsible for the Delmo bombings had been dismantled.',
          'Two gunmen opened fire at a gas station near the settlement of Eli on June 20, killing four people.',
          'A bomber blew herself up at the entrance to the University of Karvo on April 26, killing three teachers.',
        ),
      ),
    ).toEqual([
      { date: '2021-06-20', endDate: null, kind: 'attack', places: ['Eli'], killed: 4, wounded: null },
      { date: '2021-04-26', endDate: null, kind: 'attack', places: ['Karvo'], killed: 3, wounded: null },
    ]);
  });

  it('reads ramming attacks, strikes, "in neighboring X", "in the area" and a same day counted from the day told last', () => {
    expect(
      brief(
        chapter(
          2010,
          'On March 29, two bombers struck the metro in Orsk, killing 40 people. The group claimed responsibility in a video released on March 31. That same day, two suicide bombers struck the town of Kizlo, killing 12 people.',
          'A driver rammed his car into a bus stop in the Ramo neighborhood of Delmar on February 10, killing three people.',
          'On May 22, police in Karvo arrested nine people, and the following day they detained four more in neighboring Oum Tal.',
          'On the night of June 13-14, military aircraft conducted a strike near Ajdo targeting a militant leader.',
          'Police killed 24 militants in a clash near Malko on October 24. Three more were killed in the area on the 27th.',
        ),
      ).filter((r) => r.kind !== 'threat'),
    ).toEqual([
      { date: '2010-03-29', endDate: null, kind: 'attack', places: ['Orsk'], killed: 40, wounded: null },
      { date: '2010-03-31', endDate: null, kind: 'attack', places: ['Kizlo'], killed: 12, wounded: null },
      { date: '2010-02-10', endDate: null, kind: 'attack', places: ['Ramo', 'Delmar'], killed: 3, wounded: null },
      { date: '2010-05-22', endDate: null, kind: 'arrest', places: ['Karvo'], killed: null, wounded: null },
      { date: '2010-05-23', endDate: null, kind: 'arrest', places: ['Oum Tal'], killed: null, wounded: null },
      { date: '2010-06-13', endDate: '2010-06-14', kind: 'clash', places: ['Ajdo'], killed: null, wounded: null },
      { date: '2010-10-24', endDate: null, kind: 'clash', places: ['Malko'], killed: 24, wounded: null },
      { date: '2010-10-27', endDate: null, kind: 'attack', places: ['Malko'], killed: 3, wounded: null },
    ]);
  });

  it('splits one date into two events where each has its own place and toll', () => {
    expect(
      brief(
        chapter(
          2016,
          'On April 4, a gunman set off a bomb in Belavia, killing three, and then shot dead 12 people at a festival in the town of Orsk.',
        ),
      ),
    ).toEqual([
      { date: '2016-04-04', endDate: null, kind: 'attack', places: ['Belavia'], killed: 3, wounded: null },
      { date: '2016-04-04', endDate: null, kind: 'attack', places: ['Orsk'], killed: 12, wounded: null },
    ]);
  });

  it('reads "the following day", figures in the next sentence, and no death where none is told', () => {
    expect(
      brief(
        chapter(
          2012,
          'Subsequently, on May 8, militants attacked a police post in Tamar. The attack resulted in at least nine deaths. The following day, a bomb exploded in Kessa, resulting in no casualties.',
        ),
      ),
    ).toEqual([
      { date: '2012-05-08', endDate: null, kind: 'attack', places: ['Tamar'], killed: 9, wounded: null },
      { date: '2012-05-09', endDate: null, kind: 'attack', places: ['Kessa'], killed: 0, wounded: 0 },
    ]);
  });

  it('makes a raid with casualties or an air strike a clash, and a foiled bomb an attack', () => {
    expect(
      brief(
        chapter(
          2018,
          'On July 3, security forces killed four militants during a raid in Dorun. On August 12, police defused a bomb planted at the Tevka railway station. On September 1, military strikes in Syria killed 20 fighters.',
        ),
      ).map((r) => r.kind),
    ).toEqual(['clash', 'attack', 'clash']);
  });

  it('carries the words each field was read from, and both accounts of the same deaths', () => {
    const [record] = parseIncidents(
      chapter(
        2017,
        'On October 2, al-Harakat fighters attacked an army base at Dursa. The army said 14 soldiers died, while local media reported at least 25 soldiers had been killed.',
      ),
    );
    expect(record?.killed).toBe(14);
    expect(record?.evidence).toEqual({
      date: 'October 2',
      places: 'base at Dursa',
      killed: '14 soldiers died',
      accounts: 'The army: 14 killed; local media: 25 killed (figures not added)',
    });
  });

  describe('edge cases', () => {
    it('makes no record of a yearly total, a drill, another year’s event or a second naming', () => {
      expect(
        brief(
          chapter(
            2014,
            'On June 5, gunmen killed two guards in Varna. Police later linked the June 5 attack in Varna to a cell. In the wake of the December 12, 2013, bombing in Kalo, the government held talks. In October, a total of 300 attacks were recorded in the province. The September drill simulated an attack on the port.',
          ),
        ),
      ).toEqual([{ date: '2014-06-05', endDate: null, kind: 'attack', places: ['Varna'], killed: 2, wounded: null }]);
    });
  });

  it('dates a clause told "two days later" or "the following day" from the date before it, with its own toll', () => {
    expect(
      brief(
        chapter(
          2012,
          'On April 4, a car bomb exploded at a market in Karvan, killing 17; two days later a suicide bomber attacked a checkpoint in Delmar, killing nine.',
          'On June 10, gunmen shot dead a judge in Sorra, and the following day they ambushed a convoy near Tobin, killing five soldiers.',
        ),
      ),
    ).toEqual([
      { date: '2012-04-04', endDate: null, kind: 'attack', places: ['Karvan'], killed: 17, wounded: null },
      { date: '2012-04-06', endDate: null, kind: 'attack', places: ['Delmar'], killed: 9, wounded: null },
      { date: '2012-06-10', endDate: null, kind: 'attack', places: ['Sorra'], killed: 1, wounded: null },
      { date: '2012-06-11', endDate: null, kind: 'attack', places: ['Tobin'], killed: 5, wounded: null },
    ]);
  });

  it('counts "Five days later" at the start of a sentence on from the story\'s date', () => {
    expect(
      brief(
        chapter(
          2014,
          'On March 2, militants stormed a hotel in Karvan, killing 14 guests. Five days later, police raided a house in Delmar; three suspects were killed.',
        ),
      ).map((i) => [i.date, i.places, i.killed]),
    ).toEqual([
      ['2014-03-02', ['Karvan'], 14],
      ['2014-03-07', ['Delmar'], 3],
    ]);
  });

  it('counts "Exactly one week later", "Six days after the … attack", "the following Tuesday" and "the 20th of that month"', () => {
    expect(
      brief(
        chapter(
          2016,
          'On Monday, July 18, a man attacked passengers on a train near Varsk with an axe, wounding five.',
          'Exactly one week later, a bomber struck a festival in Delmar, killing two.',
          'Six days after the Delmar attack, a gunman opened fire on a cafe in Orsk, killing four.',
          'Police detained three suspects in Karvan on Tuesday, August 2, and on the following Tuesday took into custody two more in Tarsk; on the 20th of that month, a mine exploded near Orsk and hurt two soldiers.',
        ),
      ).map((i) => [i.date, i.kind, i.places, i.killed, i.wounded]),
    ).toEqual([
      ['2016-07-18', 'attack', ['Varsk'], null, 5],
      ['2016-07-25', 'attack', ['Delmar'], 2, null],
      ['2016-07-31', 'attack', ['Orsk'], 4, null],
      ['2016-08-02', 'arrest', ['Karvan'], null, null],
      ['2016-08-09', 'arrest', ['Tarsk'], null, null],
      ['2016-08-20', 'attack', ['Orsk'], null, 2],
    ]);
  });

  it('keeps "an organizer of the June 27 attacks" inside the clause that names it, and a day written after "Two days after the …"', () => {
    expect(
      brief(
        chapter(
          2019,
          'On June 27, a bomber blew himself up next to a police patrol in Varsk, killing one officer.',
          'Five days later, police cornered an organizer of the June 27 attacks in the Delmar neighborhood of Varsk; he detonated his belt, killing only himself.',
          'Two days after the bombing, on June 29, police arrested three men in Orsk.',
        ),
      ).map((i) => [i.date, i.kind, i.places, i.killed]),
    ).toEqual([
      ['2019-06-27', 'attack', ['Varsk'], 1],
      ['2019-07-02', 'clash', ['Delmar', 'Varsk'], 1],
      ['2019-06-29', 'arrest', ['Orsk'], null],
    ]);
  });

  it('places each item of a list told in one sentence where its lead-in says, "the city" being the one named before', () => {
    expect(
      brief(
        chapter(
          2016,
          'Suicide bombers struck the city of Varsk repeatedly. Attacks in the city during the year included the following: March 16 – a mosque in the Delmar area – 22 killed, 18 wounded; and October 12 – a bus station – eight killed.',
        ),
      ).map((i) => [i.date, i.places, i.killed, i.wounded]),
    ).toEqual([
      ['2016-03-16', ['Delmar', 'Varsk'], 22, 18],
      ['2016-10-12', ['Varsk'], 8, null],
    ]);
  });

  it('places a clause that names no place where the words before it in its sentence put things', () => {
    expect(
      brief(
        chapter(
          2004,
          'In October, militants in North Varsk abducted two engineers; commandos stormed the hideout on October 14, killing five kidnappers.',
        ),
      ).map((i) => [i.date, i.kind, i.places, i.killed]),
    ).toEqual([
      ['2004-10', 'attack', ['North Varsk'], null],
      ['2004-10-14', 'clash', ['North Varsk'], 5],
    ]);
  });

  it('takes no toll from a count for the year, nor from a sentence that tells another attack elsewhere', () => {
    expect(
      brief(
        chapter(
          2021,
          'In May, the group leader died during clashes with rival fighters in the Varsk Forest. More than 10,000 people died in violence across the country in 2021.',
          'On December 6, a suicide bomber attacked a shrine in Delmar, killing at least 56 people. A near-simultaneous bombing in Orsk killed four.',
        ),
      ).map((i) => [i.date, i.places, i.killed]),
    ).toEqual([
      ['2021-05', ['Varsk Forest'], null],
      ['2021-12-06', ['Delmar'], 56],
    ]);
  });

  it('splits "the first, in A, …; the second, in B, …", and reads a truck driven down a street as an attack', () => {
    expect(
      brief(
        chapter(
          2023,
          'On September 29, two suicide bombings struck religious gatherings: the first, in Varsk in Tarsk province, killed 60 people; the second, in Delmar in Orsk province, killed five.',
          'On October 3, two bombs struck markets: the first, in Karvan, killed 12 people, and the second, at a mosque in Tarsk, killed four.',
          'On Friday, April 7, a man drove a stolen beer truck down a busy street in central Karvan before crashing into a store. Five people were killed.',
        ),
      ).map((i) => [i.date, i.kind, i.places, i.killed]),
    ).toEqual([
      ['2023-09-29', 'attack', ['Varsk'], 60],
      ['2023-09-29', 'attack', ['Delmar'], 5],
      ['2023-10-03', 'attack', ['Karvan'], 12],
      ['2023-10-03', 'attack', ['Tarsk'], 4],
      ['2023-04-07', 'attack', ['Karvan'], 5],
    ]);
  });

  it('keeps apart ", while in Orsk …", a toll of another year told to say where, and a count across the country', () => {
    expect(
      brief(
        chapter(
          2019,
          'On October 7, a car bomb exploded outside the security directorate in Varsk, killing three police officers, while in Orsk a bomb killed six soldiers.',
          'On May 14, fighters ambushed an army patrol near Delmar, close to where four U.S. soldiers were killed in October 2017; 28 soldiers died.',
          'On April 29, the agency took Ali Tal into custody in Karvan. Across the country, the agency said it arrested 162 suspects.',
        ),
      ).map((i) => [i.date, i.places, i.killed]),
    ).toEqual([
      ['2019-10-07', ['Varsk'], 3],
      ['2019-10-07', ['Orsk'], 6],
      ['2019-05-14', ['Delmar'], 28],
      ['2019-04-29', ['Karvan'], null],
    ]);
    expect(
      parseIncidents(
        chapter(
          2019,
          'On April 29, the agency took Ali Tal into custody in Karvan. Across India, the agency said it arrested 162 suspects.',
        ),
      )[0]?.arrested,
    ).toBe(1);
  });

  it('places an operation in "the Varsk forest" and takes no toll from counts "over the course of the year"', () => {
    expect(
      brief(
        chapter(
          2008,
          'In a single operation in the Varsk forest in early June, the army reported that it killed nine terrorists. According to press accounts, security forces killed over 200 terrorists over the course of the year.',
        ),
      ).map((i) => [i.date, i.kind, i.places, i.killed]),
    ).toEqual([['2008-06', 'clash', ['Varsk'], 9]]);
  });

  it('gives a date joined by "and" with no verb of its own what the date before told, and its own place', () => {
    expect(
      brief(
        chapter(
          2019,
          'The Ministry also banned the Sorra Front on February 28 and the Varsk Liberation Front (VLF) on March 22 under the act.',
          'Gunmen attacked a bus in Orsk on May 3 and a market in Delmar on May 9.',
          // A list of figures after "and" is no clause of the date after it.
          'The offensive in Karvan, begun on the 8th of November, killed 1,200 insurgents and 51 troops by the time combat ended in December.',
        ),
      ).map((i) => [i.date, i.places, i.killed]),
    ).toEqual([
      ['2019-02-28', [], null],
      ['2019-03-22', [], null],
      ['2019-05-03', ['Orsk'], null],
      ['2019-05-09', ['Delmar'], null],
      ['2019-11-08', ['Karvan'], 1251],
    ]);
    expect(
      parseIncidents(
        chapter(
          2019,
          'The Ministry also banned the Sorra Front on February 28 and the Varsk Liberation Front (VLF) on March 22 under the act.',
        ),
      ).map((i) => i.kind),
    ).toEqual(['designation', 'designation']);
  });

  it('reads ", and the next day at Orsk" as a second strike, a New Year\'s Eve party as no date, and "cleared the area"', () => {
    expect(
      brief(
        chapter(
          2020,
          'On November 13, rebel forces fired rockets at the airports of Varsk and Delmar, and the next day at Orsk.',
          "On January 1, an aid worker and his driver were shot dead in Karvan as they returned from a New Year's Eve party.",
          'On May 5, gunmen occupied the Tarsk district of Karvan. On May 6, security forces cleared the area, killing 11 gunmen.',
        ),
      ).map((i) => [i.date, i.places]),
    ).toEqual([
      ['2020-11-13', ['Varsk', 'Delmar']],
      ['2020-11-14', ['Orsk']],
      ['2020-01-01', ['Karvan']],
      ['2020-05-05', ['Tarsk', 'Karvan']],
      ['2020-05-06', ['Tarsk', 'Karvan']],
    ]);
  });

  it('gives "and took eight more into custody … the following week" its own record and figure', () => {
    expect(
      parseIncidents(
        chapter(
          2015,
          'Police apprehended 12 suspects in Varsk on November 6 and took eight more into custody in Delmar commune the following week.',
        ),
      ).map((i) => [i.date, i.kind, i.places, i.arrested]),
    ).toEqual([
      ['2015-11-06', 'arrest', ['Varsk'], 12],
      ['2015-11-13', 'arrest', ['Delmar'], 8],
    ]);
  });

  it('reads a siege ended "the next morning" as the end of the same event, with its toll', () => {
    // (As the annotators of three independent golds read it: one event from the day the siege began to its end.)
    expect(
      brief(
        chapter(
          2017,
          'On May 4, gunmen took 30 guests hostage at a hotel in Karvan, killing six. Special forces ended the siege the next morning, killing three gunmen.',
        ),
      ).map((i) => [i.date, i.endDate, i.kind, i.places, i.killed]),
    ).toEqual([['2017-05-04', '2017-05-05', 'attack', ['Karvan'], 9]]);
  });

  it('gives a day told "the next morning" inside an undated sentence its own record, placed by the story', () => {
    expect(
      brief(
        chapter(
          2017,
          "On May 4, gunmen attacked a hotel in Karvan, killing six. Special forces raided the gunmen's hideout the next morning, killing three gunmen.",
        ),
      ).map((i) => [i.date, i.kind, i.places, i.killed]),
    ).toEqual([
      ['2017-05-04', 'attack', ['Karvan'], 6],
      ['2017-05-05', 'clash', ['Karvan'], 3],
    ]);
  });

  it('keeps a date that ends its clause apart from the next date, and reads aircraft striking as a clash', () => {
    expect(
      brief(
        chapter(
          2016,
          'Testland joined air strikes against the militants in Delmar on March 3, and on June 12 Testland aircraft struck a militant depot in Sorra.',
        ),
      ).map((i) => [i.date, i.kind, i.places]),
    ).toEqual([
      ['2016-03-03', 'clash', ['Delmar']],
      ['2016-06-12', 'clash', ['Sorra']],
    ]);
  });

  it('reads a date after a colon as another event, not as the end of the one before ("ended peacefully: on …")', () => {
    const records = parseIncidents(
      chapter(
        2007,
        'On October 25 some 14 men surrendered to officials in Varsk province. Not every operation ended peacefully: on December 27, a firefight in Orsk left three militants dead.',
        'On May 23, militants seized the city of Delmar. The army declared the city liberated on October 23.',
      ),
    );
    expect(records.map((r) => [r.date, r.endDate, r.killed])).toEqual([
      ['2007-10-25', null, null],
      ['2007-12-27', null, 3],
      ['2007-05-23', '2007-10-23', null],
    ]);
  });

  it('places an event in a town told with a direction, on an island, at a venue, in a landform or a city district', () => {
    const records = parseIncidents(
      chapter(
        2017,
        'A police officer was shot at a petrol station on the Kinsale Road in north Varsk on January 22.',
        'On August 5, police apprehended six men on Dorro island who had planned a rocket attack.',
        'On May 22, a man detonated a suicide bomb in the foyer of the Orsk Arena at the end of a concert, killing 22 people.',
        'On October 7, militants ambushed an army unit in the Gabar mountains of Sirnak province and killed 13 soldiers.',
        "On July 28, gunmen shot dead a monk at a temple in Varsk's Mayo district.",
      ),
    );
    expect(records.map((r) => [r.date, r.places])).toEqual([
      ['2017-01-22', ['Varsk']],
      ['2017-08-05', ['Dorro']],
      ['2017-05-22', ['Orsk']],
      ['2017-10-07', ['Gabar']],
      // A city's district is told by its city ("Baghdad's Karrada district").
      ['2017-07-28', ['Varsk', 'Mayo']],
    ]);
  });

  it('reads "19-20 December" as one event over two days, and a day "of the following year" as no event of this one', () => {
    const records = parseIncidents(
      chapter(
        2014,
        'Militants killed 14 civilians in attacks on four villages around Mora over the weekend of 19-20 December.',
        'The army said its troops had killed 116 militants who attacked a base at Kolofata on January 12 of the following year.',
      ),
    );
    expect(records.map((r) => [r.date, r.endDate, r.places, r.killed])).toEqual([
      ['2014-12-19', '2014-12-20', ['Mora'], 14],
    ]);
  });

  it('places a town looted, a region with a particle in its name, and "across the island" at the island named', () => {
    const records = parseIncidents(
      chapter(
        2012,
        'In addition, fighters briefly seized and looted Karvo in mid-December.',
        'On the 30th of March, the army said that air strikes in the Vallee du Sorra Region had killed dozens of militants.',
        'Violence resumed in Delmara. On the night of May 5-6, some 20 explosive devices damaged holiday villas across the island; there were no injuries.',
      ),
    );
    expect(records.map((r) => [r.date, r.places])).toEqual([
      ['2012-12', ['Karvo']],
      ['2012-03-30', ['Vallee du Sorra Region']],
      ['2012-05-05', ['Delmara']],
    ]);
  });

  it('places an event in a town that opens its sentence as what was struck, and in places raids went across', () => {
    const records = parseIncidents(
      chapter(
        2010,
        'Orsk was struck on February 13, when a bomb exploded at a bakery popular with tourists; 17 people died.',
        'On November 24, police arrested 34 youths in raids across Varsk and Delmar.',
      ),
    );
    expect(records.map((r) => [r.date, r.places, r.killed, r.arrested])).toEqual([
      ['2010-02-13', ['Orsk'], 17, null],
      ['2010-11-24', ['Varsk', 'Delmar'], null, 34],
    ]);
  });
});
