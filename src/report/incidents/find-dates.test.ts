import { describe, expect, it } from 'vitest';
import { findDates, findLater } from './find-dates.js';

const dates = (s: string, year: number | null = 2011) =>
  findDates(s, year).map(({ date, endDate, leads }) => ({ date, endDate, leads }));

describe('findDates', () => {
  it('reads a date that opens a sentence, in the report year', () => {
    expect(dates('On October 31, two explosions took place, possibly targeting official buildings in Atyrau.')).toEqual(
      [{ date: '2011-10-31', endDate: null, leads: true }],
    );
  });

  it('reads a date inside a sentence as not leading', () => {
    expect(dates('Police arrested two more suspects on July 11.')).toEqual([
      { date: '2011-07-11', endDate: null, leads: false },
    ]);
    expect(dates('Erik Ayazbayev was killed December 29 in Kyzylorda.')).toEqual([
      { date: '2011-12-29', endDate: null, leads: false },
    ]);
  });

  it('reads a day range', () => {
    expect(
      dates(
        'A July 11-16 operation, in connection with May explosions in Aktobe, led to the arrest of over 200 suspects.',
      ),
    ).toEqual([{ date: '2011-07-11', endDate: '2011-07-16', leads: true }]);
  });

  it('keeps month precision for a sentence that opens with a month', () => {
    expect(dates('In January, an ELN terrorist detonated a car bomb.', 2019)).toEqual([
      { date: '2019-01', endDate: null, leads: true },
    ]);
    expect(dates('In June 2020, a bomb exploded.', 2020)).toEqual([{ date: '2020-06', endDate: null, leads: true }]);
    expect(dates('A May attack on the convoy in Kastamonu killed one.')).toEqual([
      { date: '2011-05', endDate: null, leads: true },
    ]);
  });

  it('takes an explicit year and day-first dates', () => {
    expect(dates('On January 15, 2020, a bomb exploded.', 2020)).toEqual([
      { date: '2020-01-15', endDate: null, leads: true },
    ]);
    expect(dates('On 31 October 2011 a bomb exploded.', null)).toEqual([
      { date: '2011-10-31', endDate: null, leads: true },
    ]);
  });

  describe('edge cases', () => {
    it('marks a date that names an event as a reference', () => {
      expect(
        findDates('JAK was responsible for the October 31 bombings in Atyrau.', 2011).map((m) => m.reference),
      ).toEqual([true]);
    });
    it('leaves out a month that names no event date ("linked to May explosions", "since May")', () => {
      expect(dates('The operation was linked to May explosions and July attacks.')).toEqual([]);
      expect(dates('Attacks have continued since May.')).toEqual([]);
    });
    it('leaves out dates of another year than the report, and a group named for a day', () => {
      expect(dates('In the wake of the December 25, 2009, attempt over Detroit, police arrested two.', 2010)).toEqual(
        [],
      );
      expect(dates('before the two attacks in October and November 2021', 2022)).toEqual([]);
      expect(dates('members of the November 17 organization were tried', 2006)).toEqual([]);
    });
    it('leaves out impossible dates and dates with no known year', () => {
      expect(dates('On February 30, nothing happened.')).toEqual([]);
      expect(dates('On May 17, a man blew himself up.', null)).toEqual([]);
    });
  });
});

describe('findDates with several dates', () => {
  it('reads each date of a sentence in order', () => {
    expect(dates('On July 8 and September 6 in attacks in Lamu County, militants killed 12.', 2017)).toEqual([
      { date: '2017-07-08', endDate: null, leads: true },
      { date: '2017-09-06', endDate: null, leads: false },
    ]);
  });
});

describe('findDates with ranges', () => {
  it('reads "from … to …", "between … and …" and a lead-in year', () => {
    expect(dates('From January 3 to 7, fighters overran the town of Baga.', 2015)).toEqual([
      { date: '2015-01-03', endDate: '2015-01-07', leads: true },
    ]);
    expect(dates('Between September 30 and October 1, JNIM attacked two camps.', 2019)).toEqual([
      { date: '2019-09-30', endDate: '2019-10-01', leads: true },
    ]);
    expect(dates('Also in 2015, on May 3, two separate IEDs detonated.', 2015)).toEqual([
      { date: '2015-05-03', endDate: null, leads: true },
    ]);
  });
});

describe('findDates in running text', () => {
  it('reads a date anywhere in a sentence, in brackets, with a month only or a holiday', () => {
    expect(
      dates(
        'Examples include the March 3 grenade attack in Tarnak (claimed by no group) and a bombing in mid-June.',
        2014,
      ),
    ).toEqual([
      { date: '2014-03-03', endDate: null, leads: false },
      { date: '2014-06', endDate: null, leads: false },
    ]);
    expect(dates('the rebels’ Christmas Eve raid and their New Year’s Day ambush', 2009)).toEqual([
      { date: '2009-12-24', endDate: null, leads: false },
      { date: '2009-01-01', endDate: null, leads: false },
    ]);
    expect(dates('The bombing (in April) killed four.', 2016)).toEqual([
      { date: '2016-04', endDate: null, leads: false },
    ]);
  });

  it('reads a day-first span joined by a word ("12 to 13 July", "between 12 and 14 July") as one period', () => {
    expect(dates('From 12 to 13 July, militants besieged a hotel in Tarn.', 2015)).toEqual([
      { date: '2015-07-12', endDate: '2015-07-13', leads: true },
    ]);
    expect(dates('Between 12 and 14 July, fighting in Tarn killed 30.', 2015)).toEqual([
      { date: '2015-07-12', endDate: '2015-07-14', leads: true },
    ]);
    expect(dates('Over the nights of 15 and 16 June, rockets hit Tarn.', 2015)).toEqual([
      { date: '2015-06-15', endDate: '2015-06-16', leads: true },
    ]);
    // Two days apart are two events; a figure before the day is no first day.
    expect(dates('On 9 and 12 October, gunmen attacked Tarn.', 2015)).toEqual(
      dates('On October 9 and 12, gunmen attacked Tarn.', 2015),
    );
    expect(dates('On 9 and 12 October, gunmen attacked Tarn.', 2015).map((d) => d.date)).toEqual([
      '2015-10-09',
      '2015-10-12',
    ]);
    expect(dates('Police arrested 12 to 13 July suspects.', 2015).map((d) => d.date)).toEqual(['2015-07-13']);
  });

  it('counts a day from the day the words right after it name ("Two weeks before the May 28 election")', () => {
    expect(
      dates('Two weeks before the May 28 presidential election, rebels killed six soldiers in Tarn.', 2006),
    ).toEqual([{ date: '2006-05-14', endDate: null, leads: true }]);
    expect(
      dates('Police arrested two men two days after the March 3 bombing in Tarn.', 2006).map((d) => d.date),
    ).toEqual(['2006-03-05']);
  });

  it('reads "during the previous month" told after the month of a statement as the month before', () => {
    expect(
      dates('The army announced in July that it had arrested 60 suspects in Tarn during the previous month.', 2012),
    ).toEqual([{ date: '2012-06', endDate: null, leads: false }]);
  });

  it('reads "In the early hours of November 18," as a date that opens its sentence', () => {
    expect(dates('In the early hours of November 18, police raided an apartment in Tarn.', 2015)).toEqual([
      { date: '2015-11-18', endDate: null, leads: true },
    ]);
    expect(dates('Late on the night of May 3, gunmen attacked a bar in Ulma.', 2015)).toEqual([
      { date: '2015-05-03', endDate: null, leads: true },
    ]);
  });

  it('counts no day from a named day where the sentence has its own, or the count is no length or a period', () => {
    expect(
      dates(
        'On April 2, two days after the March 31 bombing of a market in Tarn, police arrested five suspects.',
        2015,
      ).map((d) => d.date)[0],
    ).toBe('2015-04-02');
    expect(
      dates('Several days after the March 3 bombing in Tarn, police arrested two suspects.', 2015).map((d) => d.date),
    ).toEqual(['2015-03-03']);
    expect(
      dates('In the two weeks before the May 28 election, militants killed 30 people.', 2015).map((d) => d.date),
    ).toEqual(['2015-05-28']);
    expect(
      dates(
        'In March, insurgents killed 10 soldiers in Tarn, after killing 15 in Ulma during the previous month.',
        2015,
      ).map((d) => d.date),
    ).toEqual(['2015-03']);
  });

  it('gives no date for the end of a captivity told as what it lasted until', () => {
    expect(
      dates(
        'Militants kidnapped two tourists in Tarn on February 22 and held them until their release on October 31.',
        2008,
      ).map((d) => d.date),
    ).toEqual(['2008-02-22']);
  });

  it('gives no date for a holiday whose year is written before it ("the 2011 Christmas Day bombing")', () => {
    expect(dates('He was the alleged mastermind of the 2011 Christmas Day bombing of a church in Tarn.', 2012)).toEqual(
      [],
    );
    expect(dates('The 2012 Christmas Day bombing of a church in Tarn killed 12.', 2012).map((d) => d.date)).toEqual([
      '2012-12-25',
    ]);
  });

  it('reads a month that opens a list item with a capitalised "Mid-" or "Late"', () => {
    expect(dates('Mid-June -- Varsk -- gunmen ambushed a checkpoint.', 2020)).toEqual([
      { date: '2020-06', endDate: null, leads: true },
    ]);
    expect(dates('Late March saw two bombings in Orsk.', 2020)).toEqual([
      { date: '2020-03', endDate: null, leads: true },
    ]);
  });

  it('reads one event told from its first day to its last ("and continuing into March 2", "and lasted until the 27th")', () => {
    expect(
      dates('Beginning on the evening of March 1 and continuing into March 2, police raided a cell.', 2016),
    ).toEqual([{ date: '2016-03-01', endDate: '2016-03-02', leads: true }]);
    expect(dates('The fighting, which began on March 16 and lasted until the 27th, left 40 dead.', 2004)).toEqual([
      { date: '2004-03-16', endDate: '2004-03-27', leads: false },
    ]);
  });

  it('leaves out a day dated "of 2016" and a holiday followed by another year, in a 2017 report', () => {
    expect(dates('on November 11 of 2016, a device damaged a cafe in Orsk.', 2017)).toEqual([]);
    expect(dates('This followed the Christmas Day 2012 shooting of another priest.', 2013)).toEqual([]);
    expect(dates('On Christmas Day, gunmen attacked a church.', 2013)).toEqual([
      { date: '2013-12-25', endDate: null, leads: true },
    ]);
  });

  it('reads a stated period of months as one date with an end', () => {
    expect(dates('From March to October 2016, militants held the town.', 2016)).toEqual([
      { date: '2016-03', endDate: '2016-10', leads: true },
    ]);
    expect(dates('three attacks in Wadi in June and September', 2014)).toEqual([
      { date: '2014-06', endDate: '2014-09', leads: false },
    ]);
  });

  it('counts a day back from the date it is told after', () => {
    expect(dates('On April 20, three days after a bomb killed two guards, police raided a house.', 2013)).toEqual([
      { date: '2013-04-20', endDate: null, leads: true },
      { date: '2013-04-17', endDate: null, leads: false },
    ]);
  });
});

describe('findDates on holidays that move and two days in a row', () => {
  it('dates Easter and Good Friday in the report year, and lets a written-out day name the holiday', () => {
    expect(findDates('On Easter Sunday, a bomb exploded outside a church in Darlo.', 2016)[0]?.date).toBe('2016-03-27');
    expect(findDates('On Good Friday, gunmen fired on a procession.', 2021)[0]?.date).toBe('2021-04-02');
    expect(
      findDates('On Easter Sunday, April 17, bombers struck two churches.', 2022).map((m) => [m.date, m.leads]),
    ).toEqual([['2022-04-17', true]]);
  });

  it('reads "June 15 and 16" as one period opening its sentence, but not two days apart', () => {
    expect(
      findDates('Over the nights of March 8 and 9, gunmen raided two villages.', 2017).map((m) => [
        m.date,
        m.endDate,
        m.leads,
      ]),
    ).toEqual([['2017-03-08', '2017-03-09', true]]);
    expect(findDates('On May 3 and 17, bombs exploded.', 2017)[0]?.endDate).toBeNull();
  });
});

describe('findLater', () => {
  it('reads "earlier that day" and "later that day" as the day itself', () => {
    expect(findLater('He was also charged with a murder earlier that day.')?.days).toBe(0);
    expect(findLater('Police found the car later that evening.')?.days).toBe(0);
    expect(findLater('Two days earlier, a bomber attacked the hospital.')?.days).toBe(-2);
    expect(findLater('A week later, police raided the house.')?.days).toBe(7);
  });
});

describe('findDates on a holiday dated in another year', () => {
  it('gives no date for a holiday the sentence dates in a year other than the report year', () => {
    expect(
      findDates('the New Year’s Eve bombings in Korvel on December 31, 2013, which killed four people', 2014),
    ).toEqual([]);
  });
});

describe('findDates on a period with early, mid- or late months', () => {
  it('reads "From late March to mid-May" as one period', () => {
    expect(
      findDates('From late March to mid-May, troops fought rebels in the Lorn hills.', 2014).map((m) => [
        m.date,
        m.endDate,
      ]),
    ).toEqual([['2014-03', '2014-05']]);
  });
});

describe('findDates: a holiday whose ceremonies an event came during', () => {
  it('dates "During Victory Day ceremonies" and "On Constitution Day" by the country\'s day', () => {
    expect(
      findDates('During Victory Day ceremonies at the stadium in Tarn, a bomb killed seven.', 2004, null, 'Russia').map(
        (m) => m.date,
      ),
    ).toEqual(['2004-05-09']);
    expect(
      findDates('On Constitution Day, bombs exploded in seven cities.', 2004, null, 'Spain').map((m) => m.date),
    ).toEqual(['2004-12-06']);
    expect(findDates('Officials planned the Victory Day ceremonies.', 2004, null, 'Russia')).toEqual([]);
  });
});

describe('findDates: one of a camp named by a day', () => {
  it('reads no date in "another March 14 member of parliament", but still one in "On March 14 members …"', () => {
    expect(
      findDates(
        'Ali Tessa, another March 14 member of parliament, was killed by a car bomb in Tarn on September 19.',
        2007,
        null,
        'Testland',
      ).map((m) => m.date),
    ).toEqual(['2007-09-19']);
    expect(
      findDates('On March 14 members of the coalition marched in Tarn.', 2007, null, 'Testland').map((m) => m.date),
    ).toEqual(['2007-03-14']);
  });
});

describe('findDates: Orthodox Easter', () => {
  it.each([
    [2015, '2015-04-12', '2015-04-10'],
    [2019, '2019-04-28', '2019-04-26'],
    [2021, '2021-05-02', '2021-04-30'],
  ])('dates Orthodox Easter and Good Friday of %i by the Julian calendar', (year, easter, friday) => {
    expect(findDates('On Orthodox Easter, a bomb exploded near a church in Darlo.', year).map((m) => m.date)).toEqual([
      easter,
    ]);
    expect(findDates('On Orthodox Good Friday, gunmen fired on worshippers.', year).map((m) => m.date)).toEqual([
      friday,
    ]);
  });

  it('keeps the Western date for Easter told alone', () => {
    expect(findDates('On Easter Sunday, a bomb exploded near a church in Darlo.', 2019).map((m) => m.date)).toEqual([
      '2019-04-21',
    ]);
  });
});

describe('findDates: days counted from a day named after a possessive, and counts above six', () => {
  it('counts "Four days before Tarn’s November 13 election" and "Ten days after the May 3 bombing"', () => {
    expect(
      findDates("Four days before Tarn's November 13 presidential election, police arrested 17 members.", 2017).map(
        (m) => m.date,
      ),
    ).toEqual(['2017-11-09']);
    expect(findDates('Ten days after the May 3 bombing, police arrested two men.', 2017).map((m) => m.date)).toEqual([
      '2017-05-13',
    ]);
  });
});

describe('findDates: a span to the day after (2026-12-06, eleventh session)', () => {
  it('reads "began on September 5 and continued into the following day" as September 5 to 6', () => {
    expect(
      dates('In fighting that began on September 5 and continued into the following day, eight people were killed.'),
    ).toEqual([{ date: '2011-09-05', endDate: '2011-09-06', leads: false }]);
    expect(dates('The siege began on December 31 and lasted until the next morning.', 2011)).toEqual([
      { date: '2011-12-31', endDate: '2012-01-01', leads: false },
    ]);
  });
});

describe('findDates: "May Day" is no month (2026-12-06, eleventh session)', () => {
  it('reads only the day of "On May 1, a grenade attack on a May Day rally …"', () => {
    expect(dates('On May 1, a grenade attack on a May Day rally in Tarn killed one and wounded 36.')).toEqual([
      { date: '2011-05-01', endDate: null, leads: true },
    ]);
    expect(dates('In May, police arrested two men.')).toEqual([{ date: '2011-05', endDate: null, leads: true }]);
  });
});

describe('findDates: a span told after the day (2026-12-06, eleventh session)', () => {
  it('ends the event on the day a standoff lasted until, after days of fighting, or after days held', () => {
    expect(
      dates(
        'On September 9, fighters entered villages of Tarn City and took 200 civilians hostage, setting off a standoff with the army that lasted until September 28.',
      ),
    ).toEqual([{ date: '2011-09-09', endDate: '2011-09-28', leads: true }]);
    expect(
      dates(
        'On June 23, gunmen attacked a checkpoint in Abra, setting off two days of fighting in which 18 soldiers died.',
      ),
    ).toEqual([{ date: '2011-06-23', endDate: '2011-06-24', leads: true }]);
    expect(
      dates('On September 21, gunmen attacked a mall in Ulma, killing shoppers and holding the mall for four days.'),
    ).toEqual([{ date: '2011-09-21', endDate: '2011-09-24', leads: true }]);
  });
});
