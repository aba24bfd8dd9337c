import { describe, expect, it } from 'vitest';
import { buildNameBook, countriesIn, namesIn, placeWords } from './find-names.js';

describe('buildNameBook with particles in place names', () => {
  it('keeps lowercase particles inside a place name', () => {
    const text = 'Militants attacked Marawi City in Lanao del Sur province. A bomb exploded in Mocimboa da Praia.';
    expect(buildNameBook(text, 'Philippines').places.sort()).toEqual([
      'Lanao del Sur',
      'Marawi City',
      'Mocimboa da Praia',
    ]);
  });
});

describe('buildNameBook on places named in running text', () => {
  it('reads the town before its kind, after a title, before a site and before a possessive', () => {
    const text =
      'An attack in Tarsus province’s Gulek district killed two. The Mayor of Vedrin was stabbed. ' +
      'A bomb went off in a crowded Karmi bus station. The siege of Kalto’s central market lasted a day.';
    expect(buildNameBook(text, 'Turkey').places.sort()).toEqual(['Gulek', 'Kalto', 'Karmi', 'Tarsus', 'Vedrin']);
  });

  it('takes a place whose name ends like a people\'s ("Shopian") for a place, and a real people\'s word for none', () => {
    const text = 'Militants shot dead a truck driver in Shopian. A bomb hit the Nigerian embassy in Varsk.';
    expect(buildNameBook(text, 'India').places.sort()).toEqual(['Shopian', 'Varsk']);
  });

  it('names the town of a police office, a border crossing and a port', () => {
    const text =
      'Militants attacked the Varsk Police Office. A bomb exploded near the Delmar border crossing. Engineers on the Orsk port project were killed.';
    expect(buildNameBook(text, 'Pakistan').places.sort()).toEqual(['Delmar', 'Orsk', 'Varsk']);
  });

  it('names the town of "Varsk International Airport", not its descriptor', () => {
    const text = 'Three missiles struck the terminal as the ministers arrived at Varsk International Airport.';
    expect(buildNameBook(text, 'Yemen').places).toEqual(['Varsk']);
  });

  describe('edge cases', () => {
    it('takes no people, faith or group for a place', () => {
      const text =
        'Gunmen attacked a Hindu temple in Kerala and the Indian consulate in Herat, and in Boko Haram’s stronghold.';
      const places = buildNameBook(text, 'India').places;
      expect(places).not.toContain('Hindu');
      expect(places).not.toContain('Indian');
      expect(places).not.toContain('Boko Haram');
      expect(places).toContain('Herat');
    });
  });
});

describe('namesIn', () => {
  it('finds each name once, in order, the longest where two start together', () => {
    expect(namesIn('From Port Sudan to Kassala and back to Port Sudan', ['Kassala', 'Port Sudan', 'Port'])).toEqual([
      'Port Sudan',
      'Kassala',
    ]);
  });
});

describe('countriesIn and placeWords', () => {
  it('reads listed countries, with a direction where one is given', () => {
    expect(countriesIn('carried out air strikes in Iraq and Syria against the group', 'Iraq')).toEqual([
      'Iraq',
      'Syria',
    ]);
    expect(countriesIn('rockets fell in southern Israel', 'Israel')).toEqual(['southern Israel']);
  });
  it('quotes the words around each place', () => {
    expect(placeWords('a blast in a village outside Taraz killed one', ['Taraz'])).toBe('village outside Taraz');
  });
});

describe('buildNameBook on abbreviated title words', () => {
  it('takes no "St" or "Mt" of a church or mountain for a place', () => {
    const text = "Gunmen attacked St. Peter's Church in Karvan and a camp on Mt. Delmar near Sorra.";
    expect(buildNameBook(text, 'Testland').places).not.toContain('St');
    expect(buildNameBook(text, 'Testland').places).not.toContain('Mt');
    expect(buildNameBook(text, 'Testland').places).toContain('Karvan');
  });
});

describe('buildNameBook on places that open a sentence or are listed as islands', () => {
  it('reads "In Karvan, …" and every island of "the islands of Sorra and Tobin"', () => {
    const text = 'In Karvan, east of the capital, a bomb exploded. Rebels seized the islands of Sorra and Tobin.';
    expect(buildNameBook(text, 'Testland').places.sort()).toEqual(['Karvan', 'Sorra', 'Tobin']);
  });
});

describe('buildNameBook on a capital named like its country', () => {
  it('keeps a town whose name starts the country’s, drops the first word of a country of two names', () => {
    const text = 'Gunmen attacked a museum in Korvan, the capital. Police raided a house in Bosnia and in Tarlo.';
    expect(buildNameBook(text, 'Korvania').places).toContain('Korvan');
    expect(buildNameBook(text, 'Bosnia and Herzegovina').places).not.toContain('Bosnia');
  });
});

describe('buildNameBook on places of chapters nobody tuned for', () => {
  it('reads a place after an adjective and its kind, between two towns, on a mountain, and with accents', () => {
    const text =
      'A bomb exploded in the old city of Tarvel. Militants held the district capital of Porto da Lima. ' +
      'A mine struck a truck on the road between Dalo and Semba. Rebels beheaded a herder on Mount Korra. ' +
      'Gunmen attacked a convoy near Kombissé and near al-Ramla al-Kubra.';
    const places = buildNameBook(text, 'Testland').places;
    for (const place of ['Tarvel', 'Porto da Lima', 'Dalo', 'Semba', 'Mount Korra', 'Kombissé', 'al-Ramla al-Kubra'])
      expect(places).toContain(place);
  });

  it('takes the city that owns a quarter, and no building, hotel brand or person’s surname', () => {
    const text =
      'A bomber struck a clinic in Darlo’s Kati-e-Sang quarter. Gunmen stormed the Grandview Hotel in Sorra and ' +
      'opened fire in Mercy Chapel Church in Delmar. Attackers killed Omar Tal in Tal’s home in Karvan.';
    const places = buildNameBook(text, 'Testland').places;
    expect(places).toEqual(expect.arrayContaining(['Darlo', 'Sorra', 'Delmar', 'Karvan']));
    for (const wrong of ['Darlo’s Kati-e-Sang', 'Grandview', 'Mercy Chapel Church', 'Tal'])
      expect(places).not.toContain(wrong);
  });

  it('keeps a town named before a building where no other town is given', () => {
    const text = 'Militants assaulted the Karvan University College with rifles and killed 40 students.';
    expect(buildNameBook(text, 'Testland').places).toContain('Karvan');
  });
});

describe('buildNameBook on regions and sites', () => {
  it('reads a region named with its capital kind and a town before a reservoir', () => {
    const places = buildNameBook(
      'Riots broke out in the Far Eastern Province. Rebels attacked a ferry on the Kolda reservoir.',
      'Testland',
    ).places;
    expect(places).toEqual(expect.arrayContaining(['Far Eastern Province', 'Kolda']));
  });
});

describe('buildNameBook on towns before a site', () => {
  it('reads both towns of "the X and Y prisons" and a town before a possessive and a court, never a demonym', () => {
    const places = buildNameBook(
      'Rebels assaulted the Kolda and Sebba prisons at night. A grenade exploded behind the Darlo magistrate’s court. ' +
        'A rocket struck an Iraqi military base near Karvan.',
      'Testland',
    ).places;
    expect(places).toEqual(expect.arrayContaining(['Kolda', 'Sebba', 'Darlo', 'Karvan']));
    expect(places).not.toContain('Iraqi');
  });
});

describe('buildNameBook on a town attacked', () => {
  it('reads the town an attack verb takes, never a faith or a building', () => {
    const places = buildNameBook(
      'Fighters attacked Darlo, killing 12. Militants attacked Christian worshippers. Gunmen stormed Sorra University.',
      'Testland',
    ).places;
    expect(places).toContain('Darlo');
    expect(places).not.toContain('Christian');
    expect(places).not.toContain('Sorra University');
  });
});

describe('buildNameBook: two places of one kind, a country’s province, a forest, villages listed after a count', () => {
  it('learns each place', () => {
    const { places } = buildNameBook(
      [
        'Troops fought the Sorra Front in the Tarn and Ulma districts west of Bessa.',
        'A drone strike in Korvel’s Darlo province killed a commander.',
        'Soldiers killed 12 militants in the forest of Sidi Ali Marun, Tizi province.',
        'Gunmen killed 20 civilians in three villages, Gadabo, Tessa-Koira, and Ardo Wel, in the Lorn region.',
      ].join('\n'),
      'Testland',
    );
    for (const place of ['Tarn', 'Ulma', 'Darlo', 'Sidi Ali Marun', 'Gadabo', 'Tessa-Koira', 'Ardo Wel'])
      expect(places).toContain(place);
  });
  it('takes no group named "… Islam" for a place', () => {
    const { places } = buildNameBook(
      'Fighting broke out between the Sorra Front and Hizbul Islam over Tarn.',
      'Testland',
    );
    expect(places).not.toContain('Hizbul Islam');
  });
});

describe('buildNameBook: a region named with its article alone', () => {
  it('learns "the Bekaa" and "the Sinai", not "the Senate" or "the West"', () => {
    const { places } = buildNameBook(
      'Police arrested a man in the Bekaa who carried explosives. Gunmen attacked a post in the Sinai, killing five. The bill passed in the Senate. Fighters came from the West.',
      'Testland',
    );
    expect(places).toEqual(expect.arrayContaining(['Bekaa', 'Sinai']));
    expect(places).not.toContain('Senate');
    expect(places).not.toContain('West');
  });
});

describe('placeWords: the words quoted for a place', () => {
  it('never quotes words of the sentence before the place’s own', () => {
    expect(
      placeWords('Soldiers were deployed twice during the year. In Tarn, dissidents planted a bomb.', ['Tarn']),
    ).toBe('In Tarn');
    expect(placeWords('A bomb exploded at a market in Ulma district.', ['Ulma'])).toBe('market in Ulma district');
  });
});
