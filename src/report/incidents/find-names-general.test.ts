import { describe, expect, it } from 'vitest';
import { buildNameBook, countryOfPart } from './find-names.js';

// General causes pooled from several independent golds; every sentence here is invented in the series' style.

describe('buildNameBook: an acronym with a hyphen names a group, not a place', () => {
  it('lists no "SF-WA" or "SF-K" among the places', () => {
    const book = buildNameBook(
      'Fighters in SF-WA attacked a post in Ulma. The raid near SF-K’s camp in Korvel killed four.',
      'Testland',
    );
    expect(book.places).toEqual(expect.arrayContaining(['Ulma', 'Korvel']));
    expect(book.places).not.toContain('SF-WA');
    expect(book.places).not.toContain('SF-K');
  });
});

describe('buildNameBook: a town after "The" is no surname', () => {
  it('keeps "Tarn" a place where "The Tarn police" opens a sentence, and drops a real surname', () => {
    const book = buildNameBook(
      "Bombs exploded on trains on Tarn's eastern line, killing 40. The Tarn Anti-Terrorism Squad arrested six suspects.",
      'Testland',
    );
    expect(book.places).toContain('Tarn');
    const named = buildNameBook("Police searched Omar Bessa's house. Gunmen fired on Bessa's market.", 'Testland');
    expect(named.places).not.toContain('Bessa');
  });
});

describe('buildNameBook: a town named for a coast ("off the coast of Tarn")', () => {
  it('lists the town a vessel was attacked off', () => {
    const book = buildNameBook(
      'On May 4, militants fired on a patrol boat off the coast of Korvel; three sailors were wounded.',
      'Testland',
    );
    expect(book.places).toContain('Korvel');
  });
});

describe('buildNameBook: a town whose name ends in "-ish"', () => {
  it('lists "Darish" but never a people\'s word such as "British" or "Kurdish"', () => {
    const book = buildNameBook(
      'On May 4, militants attacked a checkpoint near Darish, killing 15 soldiers. Police arrested two British nationals and a Kurdish man in Tarn.',
      'Testland',
    );
    expect(book.places).toContain('Darish');
    expect(book.places).toContain('Tarn');
    expect(book.places).not.toContain('British');
    expect(book.places).not.toContain('Kurdish');
  });
});

describe('buildNameBook: a person by title, a weekday or a people after a place word', () => {
  it('lists the towns but not "Lornian President Ali Tessa", "Friday" or "Lornian Christians"', () => {
    const book = buildNameBook(
      'On August 29, militants attacked Tarn, the home village of Lornian President Ali Tessa. On December 18, a bomber struck a mosque in Bessa during Friday prayers. In a video released on November 10, the group threatened attacks on Lornian Christians. On May 3, gunmen attacked a checkpoint near Sheikh Darlo.',
      'Testland',
    );
    expect(book.places).toEqual(expect.arrayContaining(['Tarn', 'Bessa', 'Sheikh Darlo']));
    expect(book.places.some((p) => p.includes('President') || p === 'Friday' || p.includes('Christians'))).toBe(false);
  });
});

describe('buildNameBook: a hyphenated department after "the"', () => {
  it('lists "the Tarn-Lorn Department"', () => {
    expect(
      buildNameBook('On September 5, gunmen attacked a village in the Tarn-Lorn Department, killing three.', 'Testland')
        .places,
    ).toContain('Tarn-Lorn Department');
  });
});

describe('buildNameBook: a town whose name ends in "-ese", and peoples that do', () => {
  it('lists "Kasese" and "Dar es Sorra" as towns but no "Chinese", "Lebanese" or "Senegalese"', () => {
    const book = buildNameBook(
      'A bomb exploded in Kasese, killing two. Chinese workers were attacked in Tarn. Two Lebanese nationals were killed in Ulma. Senegalese troops patrolled near Lorn. Gunmen killed an official in Dar es Sorra.',
      'Testland',
    );
    expect(book.places).toEqual(expect.arrayContaining(['Kasese', 'Tarn', 'Ulma', 'Lorn', 'Dar es Sorra']));
    expect(book.places.filter((p) => /ese$/.test(p) && p !== 'Kasese')).toEqual([]);
  });
});

describe('buildNameBook: a town whose first word opens a group’s name elsewhere', () => {
  it('lists "Lashkar Gah"', () => {
    expect(buildNameBook('On May 3, a bomb exploded in Lashkar Gah, killing two.', 'Testland').places).toContain(
      'Lashkar Gah',
    );
  });
});

describe('buildNameBook: a place gone "into"', () => {
  it('lists "Tarn Lorn District" after "crossed from Ulma into"', () => {
    expect(
      buildNameBook(
        'Border guards exchanged fire with armed men who had crossed from Ulma into Tarn Lorn District, killing two.',
        'Testland',
      ).places,
    ).toContain('Tarn Lorn District');
  });
});

describe('buildNameBook: a landform whose name opens with a number word', () => {
  it('lists "Three Pagodas Pass"', () => {
    expect(
      buildNameBook('The same day, fighting erupted at Three Pagodas Pass, where two soldiers were killed.', 'Testland')
        .places,
    ).toContain('Three Pagodas Pass');
  });
});

describe('buildNameBook: a name that opens with a title word', () => {
  it('lists "General Tessa" where the text calls it a town, and no militia named "X Army" as the town X', () => {
    const book = buildNameBook(
      'On May 3, gunmen attacked a market in the town of General Tessa, killing four. On May 9, in Lorn, Varsk Army fighters seized two police stations.',
      'Testland',
    );
    expect(book.places).toEqual(expect.arrayContaining(['General Tessa', 'Lorn']));
    expect(book.places).not.toContain('Varsk');
  });
});

describe('buildNameBook: a title word after a town the text calls one, and a militia named "… Army"', () => {
  it('lists no "President Ann Roe" after "the village of Tarn," and no town "Varsk" of "a Varsk Army camp"', () => {
    const book = buildNameBook(
      'On May 3, gunmen attacked the village of Tarn, President Ann Roe said, killing four farmers. On May 4, troops attacked a Varsk Army camp near Ulma, killing 12 fighters.',
      'Testland',
    );
    expect(book.places).toEqual(expect.arrayContaining(['Tarn', 'Ulma']));
    expect(book.places.filter((p) => /Roe|Varsk/.test(p))).toEqual([]);
  });
});

describe('buildNameBook: a site named before the town it stands in', () => {
  it('lists no "Tessa" of "the Tessa nightclub in central Ulma" and no "Bo" of "the Bo Mall on Tarn Avenue, Ulma"', () => {
    const book = buildNameBook(
      'On May 2, a grenade thrown into the Tessa nightclub in central Ulma wounded 14 people. On May 28, a blast in the Bo Mall on Tarn Avenue, Ulma, wounded 33.',
      'Testland',
    );
    expect(book.places).toContain('Ulma');
    expect(book.places).not.toContain('Tessa');
    expect(book.places).not.toContain('Bo');
  });
});

describe('buildNameBook: words that describe a town or a site, not towns', () => {
  it('lists no "Pacific" of "the Pacific port of Tarn" and no "Bessa" of "the city\'s Bessa railway station"', () => {
    const book = buildNameBook(
      "A car bomb exploded in the Pacific port of Tarn on March 24. Two bombs exploded on March 7 in Ulma, one at a temple and the other at the city's Bessa railway station. Militants attacked the Korvel region of Lorn.",
      'Testland',
    );
    expect(book.places).toEqual(expect.arrayContaining(['Tarn', 'Ulma', 'Korvel']));
    expect(book.places).not.toContain('Pacific');
    expect(book.places).not.toContain('Bessa');
  });
});

describe('buildNameBook: a town bombs "ripped through"', () => {
  it('lists Ulma in "13 bombs ripped through Ulma on October 30", and no town after "walked through"', () => {
    const book = buildNameBook(
      'Nine days later, 13 bombs ripped through Ulma on October 30. He walked through Tarn.',
      'Testland',
    );
    expect(book.places).toContain('Ulma');
    expect(book.places).not.toContain('Tarn');
  });
});

describe('buildNameBook: what a person owns', () => {
  it('lists no "Ann Roe" in "two publishers of Ann Roe\'s books", and Tarn in "the attack on Tarn\'s main market"', () => {
    expect(
      buildNameBook(
        'Attackers struck two publishers of Ann Roe’s books within hours of each other in Ulma.',
        'Testland',
      ).places,
    ).toEqual(['Ulma']);
    expect(buildNameBook('The attack on Tarn’s main market killed four.', 'Testland').places).toEqual(['Tarn']);
  });
});

describe('buildNameBook: a town by the square or centre of it, and a road named by the towns it joins', () => {
  it('lists Tarn in "the main square of Tarn", "Ulma-Sorra" in "on the Ulma-Sorra road", and no "Islamic" in "the Islamic center"', () => {
    expect(
      buildNameBook('A motorcycle bomb exploded in the main square of Tarn in mid-September.', 'Testland').places,
    ).toEqual(['Tarn']);
    expect(
      buildNameBook('Militants ambushed a convoy on the Ulma-Sorra road, killing six.', 'Testland').places,
    ).toEqual(['Ulma-Sorra']);
    expect(buildNameBook('A bomb exploded at the Islamic center in Darlo.', 'Testland').places).toEqual(['Darlo']);
  });
});

describe('buildNameBook: a group named for a peninsula, and highways named for regions', () => {
  it('lists no "Arabian Peninsula" or "Trans-Sahara"', () => {
    expect(
      buildNameBook(
        'On May 3, al-Qaida in the Arabian Peninsula claimed a bombing that killed 12 soldiers. Militants ambushed a convoy along the Trans-Sahara highway near Tarn.',
        'Testland',
      ).places,
    ).toEqual(['Tarn']);
  });
});

describe('buildNameBook: a town told by its police, its market, its corniche or ring road, a strait', () => {
  it.each([
    ['On July 18, Tarn police arrested two men wanted in a Front case.', ['Tarn']],
    ['A car bomb in the main vegetable market of al-Sorra on January 30 killed six civilians.', ['al-Sorra']],
    ['On April 7, a man stabbed a priest to death on the Ulma corniche.', ['Ulma']],
    ['On December 30, gunmen attacked a police checkpoint on the Kessa ring road, killing three officers.', ['Kessa']],
    ['A missile struck a tanker near the Bab al-Darlo Strait on December 11, causing no casualties.', ['Bab al-Darlo']],
    // (Not a nation's police, nor a federal or border force.)
    ['On May 3, Tarnian police arrested two men. On May 4, Federal police detained three more.', []],
  ])('reads the place of "%s"', (text, places) => {
    expect(buildNameBook(text, 'Testland').places).toEqual(places);
  });
});

describe('countryOfPart (2026-12-06, ninth session)', () => {
  it.each([
    ['northwest Syria', 'Syria'],
    ['northern Mali', 'Mali'],
    ['South Sudan', null],
    ['Burkina Faso', null],
  ])('reads "%s" as part of %s', (named, country) => {
    expect(countryOfPart(named)).toBe(country);
  });
});

describe('buildNameBook: a name whose second letter carries an accent (2026-12-07, fifth session)', () => {
  it.each([
    ['On May 3, security forces killed four terrorists near Aïn Tessa.', ['Aïn Tessa']],
    ['On May 3, gunmen attacked a post in Oëlla, killing two.', ['Oëlla']],
    ['On May 3, gunmen attacked a post in A Tessa.', []],
  ])('reads the places of "%s"', (text, places) => {
    expect(buildNameBook(text, 'Testland').places).toEqual(places);
  });
});
