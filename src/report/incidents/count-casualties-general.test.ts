import { describe, expect, it } from 'vitest';
import { countCasualties, readCasualties } from './count-casualties.js';

// General causes pooled from several independent golds; every sentence here is invented in the series' style.

describe('countCasualties: one person killed, told without a figure', () => {
  it.each([
    ['On March 2, a drone strike killed senior Sorra Front operative Karim al-Tessa in Lorn province.', 1],
    ['Gunmen killed Darlo and Marlo Interior Minister Omar Bakri Haddou in Karvan on May 9.', 1],
    ['militants attacked the mission at Vessa on the night of June 4, killing Spanish priest Luis De Arro.', 1],
    ['On April 11, the editor of a Lorn weekly, Samir Tal, was hacked to death outside his office.', 1],
    ['A village elder was beheaded near Sorra in October.', 1],
    ['In August the group publicly executed a Karvan-based official in Darlo.', 1],
    ['In June, Sorra Front leader Idris Kamal Tessa died during fighting with a rival faction near Lorn.', 1],
    [
      'On May 5, fighters killed militia commander Ali Tessa, who had led the defence of Lorn, and three of his aides.',
      4,
    ],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('counts the one named with those killed beside him', () => {
    expect(
      countCasualties('a bomb went off under the car of Mayor Ali Tessa in Lorn, killing him and three guards.').killed,
    ).toBe(4);
    expect(
      countCasualties('Colonel Omar Tal was killed on May 3 when a mine hit his jeep; two of his aides died with him.')
        .killed,
    ).toBe(3);
    expect(
      countCasualties('Judge Ann Marlo was shot dead on May 3 in Lorn; two of her guards also died in the attack.')
        .killed,
    ).toBe(3);
    expect(countCasualties('May 3: A teacher and four pupils died when gunmen stormed a school in Lorn.').killed).toBe(
      5,
    );
  });

  it('adds no one where the one named survived', () => {
    expect(countCasualties('The governor of Lorn survived the ambush, but two of his guards were killed.').killed).toBe(
      2,
    );
    expect(countCasualties('Two soldiers died in the blast in Lorn.').killed).toBe(2);
  });
});

describe('countCasualties: wounded and unhurt, told without "N were wounded"', () => {
  it.each([
    ['On May 4, a parcel bomb went off at a post office in Lorn, causing minor injuries to three clerks.', 3],
    ['a fire bomb thrown into a minibus in Lorn left 14 passengers with serious burns.', 14],
    ['Police said 22 people, among them nine children, were treated for injuries.', 22],
    ['a grenade hit the mayor’s office in Lorn, killing a clerk and wounding the deputy mayor.', 1],
    ['a man attacked a guard with an axe at the Lorn courthouse, badly injuring him.', 1],
    ['gunmen shot dead a judge on his way to court in Lorn; his driver was hurt.', 1],
    ['three students were shot dead near Lorn; a fourth student survived with gunshot wounds.', 1],
  ])('reads %s as %i wounded', (sentence, wounded) => {
    expect(countCasualties(sentence).wounded).toBe(wounded);
  });

  it.each([
    // (No one hurt, and no death told: no one died either, as every gold reads it.)
    ['a bomb exploded outside a bank in Lorn, shattering windows but injuring no one.', 0, 0],
    ['On May 2, a small bomb went off outside a police post in Tarn, causing damage but no injuries.', 0, 0],
    ['The blast killed the bomber; no one else was injured.', 1, 0],
    ['the group set off four small bombs at shops in Lorn, none of which caused casualties.', 0, 0],
    ['a rocket hit the base near Lorn; no soldiers or contractors were injured.', null, 0],
    ['Two guards were killed; no foreign staff were harmed.', 2, null],
  ])('reads %s as %s killed and %s wounded', (sentence, killed, wounded) => {
    const figures = countCasualties(sentence);
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: arrests', () => {
  it('reads no year as a figure, and one person who "had been captured"', () => {
    expect(
      countCasualties(
        'Omar Tessa, the commander behind the 2012 bombing of a hotel in Darlo, had been captured in Sorra on May 4.',
      ).arrested,
    ).toBe(1);
  });

  it('reads "a five-person cell" as five and "a Karvanese couple" as two, and no figure in "a couple of suspects"', () => {
    expect(countCasualties('On May 4, the National Guard arrested a five-person cell in Lorn.').arrested).toBe(5);
    expect(countCasualties('On June 3, police arrested a Karvanese couple of Darlo origin in Lorn.').arrested).toBe(2);
    expect(countCasualties('Police arrested a couple of suspects in Lorn.').arrested).toBeNull();
  });

  it('reads "both" and "the two" of those arrested', () => {
    expect(countCasualties('Both attackers were apprehended at the scene by guards.').arrested).toBe(2);
    expect(countCasualties('The two gunmen were captured near Lorn the next day.').arrested).toBe(2);
    expect(countCasualties('Two Tarnese nationals and another man were arrested in Dabo.').arrested).toBe(3);
  });
});

describe('countCasualties: attackers and others counted beside the victims', () => {
  it.each([
    ['Guards at the two offices were killed, along with the three bombers, and several passers-by were hurt.', 3],
    ['a truck bomb hit the base at Lorn on May 2 that left three soldiers and a cook dead, along with the driver.', 4],
    ['On May 2 that left three soldiers and a cook dead.', 4],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('keeps one account where a second, after a semicolon, is said by others', () => {
    expect(
      countCasualties(
        'The army said 12 soldiers and four civilians had been killed; local officials and the soldiers’ relatives said as many as 40 soldiers died.',
      ).killed,
    ).toBe(16);
  });
});

describe('countCasualties: those captured by the attackers’ own verb', () => {
  it('reads "killed three of the five attackers and captured two" as two arrested', () => {
    expect(countCasualties('troops killed three of the four gunmen and captured one near Lorn.').arrested).toBe(1);
    expect(countCasualties('Three gunmen and two drivers were arrested near Lorn.').arrested).toBe(5);
  });
});

describe('countCasualties: an aside that tells part of a figure', () => {
  it.each([
    ['in three days of fighting, some 40 people, most of them soldiers, and at least 25 attackers were killed.', 65],
    ['villagers said that at least 18 people, many of them women and children, were killed near Lorn.', 18],
    ['The governor escaped unhurt, but eleven people, most of them police, died in the ambush.', 11],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: lists and asides around a toll', () => {
  it.each([
    [
      'Militants fired on Lorn and ambushed convoys, including an attack on May 9 near Darlo that left six soldiers dead.',
      6,
    ],
    ['All four gunmen, as well as a police driver, were killed before they reached the gate.', 5],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('reads no wounded where "no one on the bus was hurt"', () => {
    expect(countCasualties('two women fired at a tourist bus in Lorn; no one on the bus was hurt.').wounded).toBe(0);
  });
});

describe('countCasualties: one person arrested, told without a figure', () => {
  it.each([
    'On May 18, Ana Rosa Tessa, alias "Lina," the most senior rebel commander, surrendered to authorities in Lorn.',
    'Documents seized from Omar Naeem Tessa, arrested in Lorn on July 13, revealed plans for attacks.',
    'On July 19, the security service apprehended a suspected logistics coordinator in Lorn.',
    'Police reported the arrest of a 19-year-old in Lorn on May 28 for posting threats online.',
    'On October 11, the unit announced that it had taken a rebel commander into custody in Lorn.',
    'Officers raided a compound in Lorn on April 15, killing two militants and taking into custody Ana Tessa, a student.',
  ])('reads %s as one arrested', (sentence) => {
    expect(countCasualties(sentence).arrested).toBe(1);
  });
});

describe('countCasualties: two people named and arrested', () => {
  it('counts "arrested A B and C D" as two, and no group named after "and"', () => {
    expect(countCasualties('On July 29, officers arrested Omar Said Tessa and Karim Bakri in Lorn.').arrested).toBe(2);
    expect(countCasualties('On May 2, police arrested Omar Tessa and Sorra Front members in Lorn.').arrested).toBe(1);
  });
});

describe('readCasualties: a victim after an aside of one item', () => {
  it('counts the victim after ", and" that closes the aside, and keeps a longer list inside it', () => {
    expect(
      countCasualties(
        'gunmen attacked an office in Tessa, killing five foreigners, including two Britons, and a local guard',
      ),
    ).toEqual({ killed: 6, wounded: null, arrested: null });
    expect(countCasualties('Six soldiers, including a major, and a civilian cook lost their lives.')).toEqual({
      killed: 7,
      wounded: null,
      arrested: null,
    });
    expect(countCasualties('a bomb killed 12 people, including two guards, a cook, and a driver, in Darlo')).toEqual({
      killed: 12,
      wounded: null,
      arrested: null,
    });
  });
});

describe('readCasualties: who the victims were, between dashes', () => {
  it('reads the figure beside the aside with its verb, and the figure after it', () => {
    expect(
      countCasualties(
        'Four of the hikers — two U.S. citizens, a Swiss, and a Dane — were killed, and the three others were hurt.',
      ),
    ).toEqual({ killed: 4, wounded: 3, arrested: null });
    expect(
      countCasualties(
        'Five people were killed — a Polish man, a French woman, and three locals, among them a boy — and 12 were seriously injured.',
      ),
    ).toEqual({ killed: 5, wounded: 12, arrested: null });
  });

  it('keeps an aside that tells a toll of its own', () => {
    expect(
      countCasualties(
        'Gunmen stormed the hotel — the third attack this month, which killed two guards — and wounded six.',
      ),
    ).toEqual({
      killed: 2,
      wounded: 6,
      arrested: null,
    });
  });
});

describe('countCasualties: victims told on after the first figure', () => {
  it.each([
    ['killing three U.S. soldiers who were training the local police, as well as three schoolgirls and a guard.', 7],
    ['three soldiers and a civilian contractor were killed, as were all eight attackers.', 12],
    ['two guards were killed, as was the gunman.', 3],
    ['Tessa and two others were killed, and eight people were arrested.', 3],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('counts one arrested and the relative arrested with him', () => {
    expect(countCasualties('police arrested a Lornian national and his Darlan wife in Korvel').arrested).toBe(2);
    expect(countCasualties('police arrested Ali Tessa and his brother').arrested).toBe(2);
  });
});

describe('countCasualties: one named who was killed, and others "also killed"', () => {
  it.each([
    [
      'On May 31, hostage Piet Ruud, who had been held since 2012, was killed in a clash in Ulma; six fighters were also killed.',
      7,
    ],
    ['Six soldiers were killed; Colonel Ali Tessa was also killed.', 7],
    ['Five people died, including a police officer who was killed by gunfire.', 5],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: figures a year or a date holds', () => {
  it('reads no year written after a day as a figure', () => {
    expect(countCasualties('where the October 4, 2017 ambush killed four Tarn soldiers.').killed).toBe(4);
  });

  it('reads a qualified figure after a month as a figure, not a day', () => {
    expect(
      countCasualties('and in November more than 600 Sorra Front fighters surrendered to Tarn forces in Bessa.')
        .arrested,
    ).toBe(600);
  });
});

describe('countCasualties: victims listed after one named', () => {
  it.each([
    [
      'a car bomb in the Ulma district of Tarn killed council member Orin Bessa, his son, two bodyguards, and six passers-by.',
      10,
    ],
    [
      'gunmen in Tarn killed Korvel physician Anan Sorra, who had worked for years in Ulma, along with five Tarnese colleagues.',
      6,
    ],
    [
      'gunmen in Tarn killed Korvel physician Anan Sorra, who had worked for years in Ulma, along with five Ulmans traveling with him.',
      6,
    ],
    ['a bomb killed a farmer, two soldiers were wounded.', 1],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: the attacker hurt or killed, and a massacre', () => {
  it('counts the attacker the text says was hurt or killed', () => {
    expect(countCasualties('a man detonated a gas canister bomb near a bus in Tarn, injuring only himself.')).toEqual({
      killed: null,
      wounded: 1,
      arrested: null,
    });
    expect(
      countCasualties('a man rammed his car into soldiers in Bessa, injuring 19 before being shot and killed.'),
    ).toEqual({ killed: 1, wounded: 19, arrested: null });
  });

  it('reads those massacred as killed', () => {
    expect(countCasualties('On April 7, militants massacred 52 young men in the village of Ulma.').killed).toBe(52);
  });
});

describe('countCasualties: bodies found', () => {
  it('reads the bodies found as killed', () => {
    expect(countCasualties('On July 30, soldiers found the bodies of six villagers near Bessa.').killed).toBe(6);
  });
});

describe('countCasualties: a title with "of" before the name', () => {
  it('reads one victim named as Member of Parliament', () => {
    expect(
      countCasualties('a car bomb in west Tarn killed Member of Parliament Orin Bessa, his son, and two bodyguards.')
        .killed,
    ).toBe(4);
  });
});

describe('countCasualties: an arrest placed before its figure', () => {
  it('reads "the arrest in Tarn of 11 suspects" as 11 arrested', () => {
    expect(countCasualties('On June 4, the agency announced the arrest in Tarn of 11 suspects.').arrested).toBe(11);
  });
});

describe('countCasualties: accounts, lists and figures that count no one', () => {
  it.each([
    [
      'The attack killed more than 100 people and wounded 110, according to the government; the city ambulance service recorded 70 deaths.',
      100,
      'the government: 100 killed; the city ambulance service: 70 killed (figures not added)',
    ],
    [
      'Clashes near Tarn claimed the lives of 15 militants, according to the army, though the rebels maintained that only four of their fighters had died.',
      15,
      'the army: 15 killed; the rebels: 4 killed (figures not added)',
    ],
  ])('keeps an account "recorded" or "maintained" apart: %s', (text, killed, accounts) => {
    const reading = readCasualties(text);
    expect([reading.figures.killed, reading.accounts ?? null]).toEqual([killed, accounts]);
  });
  it('takes deaths told of a separate incident for no second account', () => {
    const reading = readCasualties(
      'The attack killed 12 soldiers; the army insisted that two civilians died in a separate incident.',
    );
    expect(reading.accounts).toBeNull();
  });
  it('reads thousands of accounts in one text without exhausting the stack', () => {
    const text = `A bomb went off in Tarn. ${'Police said among the victims were two soldiers. '.repeat(4000)}`;
    expect(() => readCasualties(text)).not.toThrow();
  });
  it('takes some of the dead named after a toll for no second account of it', () => {
    const reading = readCasualties(
      'Three explosions in Tarn killed six people. Police said the dead included two suspected bombers.',
    );
    expect([reading.figures.killed, reading.accounts ?? null]).toEqual([6, null]);
  });
  it('keeps two accounts in one sentence apart, whoever concluded the second', () => {
    const reading = readCasualties(
      'The council said 90 civilians, 60 of them children, were killed; a military investigation concluded that 33 civilians and 22 militants died.',
    );
    expect(reading.figures.killed).toBe(90);
    expect(reading.accounts).toBe('The council: 90 killed; a military investigation: 55 killed (figures not added)');
  });

  it.each([
    [
      'police in Tarn arrested six militants, including a commander, and seized vests and 40 kilograms of explosives.',
      'arrested',
      6,
    ],
    [
      'Another two civilians were killed the following day in Bessa, bringing the two-day death toll to 11.',
      'killed',
      2,
    ],
    [
      'a roadside bomb struck a vehicle near Ulma, killing seven soldiers; the attack came a day after fighters killed 18 villagers.',
      'killed',
      7,
    ],
    [
      'gunmen shot dead Ali Tessa, the party candidate for governor, along with his brother and five police officers.',
      'killed',
      7,
    ],
    ['police arrested Omar Darlo and four other SF members in Korvel.', 'arrested', 5],
    ['forces raided a camp near Sorra, killing three militants and capturing one.', 'arrested', 1],
    ['A strike near Lorn killed group ideologue Karim Tal.', 'killed', 1],
  ] as const)('reads %s as %s %i', (sentence, field, value) => {
    expect(countCasualties(sentence)[field]).toBe(value);
  });
});

describe('countCasualties: one wounded and those after', () => {
  it.each([
    ['he threw a bomb at a taxi, wounding the taxi driver and four civilians.', 5],
    ['wounding a policeman and two civilians', 3],
  ])('reads %s as %i wounded', (sentence, wounded) => {
    expect(countCasualties(sentence).wounded).toBe(wounded);
  });
});

describe('countCasualties: people listed one by one, and a claim joined by "and"', () => {
  it('counts each "a …" killed and those along with them', () => {
    expect(
      countCasualties(
        'The governor escaped unhurt, but a parliamentarian, a tribal elder, and a 10-year-old boy were killed, along with three of the attackers.',
      ).killed,
    ).toBe(6);
    expect(countCasualties('a teacher and a boy were killed.').killed).toBe(2);
  });

  it('keeps an account joined by ", and" apart', () => {
    const reading = readCasualties(
      'Local officials said more than 100 soldiers were killed, and the Sorra Front claimed to have killed 140.',
    );
    expect([reading.figures.killed, reading.accounts]).toEqual([
      100,
      'Local officials: 100 killed; the Sorra Front: 140 killed (figures not added)',
    ]);
  });
});

describe('countCasualties: who the victims were, told between the figure and its verb', () => {
  it('reads past an aside of kinds of people with no figure of its own', () => {
    expect(
      countCasualties(
        'Thirty people, among them hotel guards and market traders, were killed, as were all four attackers.',
      ).killed,
    ).toBe(34);
    expect(countCasualties('Eleven people, including shopkeepers and two guards, were wounded.').wounded).toBe(11);
  });
});

describe('countCasualties: fighters captured in a raid', () => {
  it('reads "capturing three" as three arrested, and no towns', () => {
    expect(countCasualties('raided a rebel camp near Ulma, killing nine militants and capturing three.').arrested).toBe(
      3,
    );
    expect(countCasualties('the army pushed north, capturing two towns from the Sorra Front.').arrested).toBe(null);
  });
});

describe('countCasualties: the others killed with one named victim', () => {
  it.each([
    [
      'On May 2, a car bomb in Tarn killed former Interior Minister Ulma Korvel, a senior adviser to the president, along with his driver and three other people.',
      5,
    ],
    [
      'On June 9, a strike in Bessa killed Sorra Front cleric Ulma Korvel, who had led its external operations, along with Tam Dorr, editor of the group’s newsletter, and two other members.',
      4,
    ],
    ['On March 3, police chief Ulma Korvel was killed with two of his guards when a bomber rammed his car in Tarn.', 3],
    ['On July 4, militants killed 16-year-old Ulma Korvel and gendarmerie officer Tam Dorr in the Bessa district.', 2],
    ['militants raided farms in Tarn district, beheading at least five villagers and burning homes.', 5],
    ['fighters raided two villages in Korvel district; seven people were beheaded, and at least 20 were abducted.', 7],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: people arrested by where they are from, and a cell counted by its members', () => {
  it('reads "a Korvish man and two Tarnians" as 3 and "the arrest on October 30 of a 12-member cell" as 12', () => {
    expect(countCasualties('The following day, police arrested a Korvish man and two Tarnians.').arrested).toBe(3);
    expect(countCasualties('police arrested a Bessan and two Ulmans at the border post.').arrested).toBe(3);
    expect(
      countCasualties('The agency announced the arrest on October 30 of a 12-member cell in Tarn planning bombings.')
        .arrested,
    ).toBe(12);
  });
});

describe('countCasualties: one of their own lost', () => {
  it('adds "while losing one soldier" to the fighters killed', () => {
    expect(countCasualties('killing 22 insurgents in the Tarn forest, while losing one soldier.').killed).toBe(23);
  });
});

describe('countCasualties: victims named under a plural title', () => {
  it('counts each name, the next titled name and the one after', () => {
    expect(
      countCasualties(
        'militants ambushed a patrol between Tarn and Ulma, killing Korvish journalists Orin Dask and Tam Bessa, Ulmish conservationist Rory Sorr, and one Tarnish soldier.',
      ).killed,
    ).toBe(4);
  });
});

describe('countCasualties: one who got away is no victim', () => {
  it('reads "police killed two of the attackers, and a third escaped" as 2', () => {
    expect(countCasualties('police killed two of the attackers, and a third escaped.').killed).toBe(2);
    expect(countCasualties('the blast killed two soldiers and a civilian.').killed).toBe(3);
  });
});

describe('countCasualties: the dead named after a toll, and one named in an aside with others', () => {
  it.each([
    ['On May 3, a bomb in the Tarn market killed six people and wounded 20; among the dead were two children.', 6],
    ['On June 1, a bomb exploded in Ulma. Among the dead were three children and a guard.', 4],
    ['On July 4, a suicide bomber killed Orin Dask, a member of parliament, and 15 others at a wedding in Bessa.', 16],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
  it('keeps the others wounded after a wounded list out of the dead', () => {
    const c = countCasualties('a bomb killed the mayor of Tarn, wounded two guards, and three others.');
    expect(c.killed).toBe(1);
  });
});

describe('countCasualties: one named killed "with" others', () => {
  it('reads "was shot dead with three others" as 4', () => {
    expect(countCasualties('On May 4, Orin Dask, a preacher, was shot dead with three others in Tarn.').killed).toBe(4);
  });
  it('keeps "with two of his guards" as before', () => {
    expect(countCasualties('Ann Roe was killed with two of her guards near Ulma.').killed).toBe(3);
  });
});

describe('countCasualties: victims named, then "abducted and killed"', () => {
  it('reads "two journalists, Ann Tarn and Bo Ulma, were abducted and killed" as 2', () => {
    expect(
      countCasualties('On June 2, two journalists, Ann Tarn and Bo Ulma, were abducted and killed outside Bessa.')
        .killed,
    ).toBe(2);
  });
});

describe('countCasualties: a family killed', () => {
  it.each([
    ['In Ulma, on April 3, insurgents killed a family of five.', 5],
    ['On June 8, gunmen murdered an entire family of six in Tarn.', 6],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: digits inside a name within a list of victims', () => {
  it.each([
    ['On May 2, police arrested six members of the Brigade 7 collective and three reporters in Tarn.', 'arrested', 9],
    ['Gunmen killed four soldiers of Battalion 12 and two civilians near Ulma.', 'killed', 6],
  ] as const)('reads %s as %s %s', (sentence, field, figure) => {
    expect(countCasualties(sentence)[field]).toBe(figure);
  });
  it('still reads a figure after a place name as its own', () => {
    const c = countCasualties('Gunmen killed four soldiers in Sector 12 and 30 were wounded.');
    expect([c.killed, c.wounded]).toEqual([4, 30]);
  });
});

describe('countCasualties: "a X and a Y died" is one for each', () => {
  it.each([
    ['A farmer and a child died when the shell hit Korvel.', 2],
    ['A teacher, a boy and a police officer died in the blast in Bessa.', 3],
    ['All five attackers were killed by police; a guard and a passer-by died and 20 people were wounded.', 7],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
  it('does not add a later event\'s dead that the sentence tells after "in which"', () => {
    expect(
      countCasualties(
        'Orin Dask was shot dead with two others in Tarn; riots followed in which a guard and a boy died.',
      ).killed,
    ).toBe(3);
  });
});

describe('countCasualties: denials with "else" or an adjective, "killing him", "put the dead at"', () => {
  it.each([
    ['A bomber blew himself up near the Tarn consulate. No one else was killed.', 'killed', 0],
    ['The attacker died of his wounds, and no one else was hurt.', 'wounded', 0],
    ['Rockets struck the Bessa air base. There were no immediate casualties.', 'killed', 0],
    ['Rockets struck the Bessa air base. There were no immediate casualties.', 'wounded', 0],
    ['On March 2, gunmen ambushed the car of the Ulma governor as he left his home, killing him.', 'killed', 1],
    ['Troops besieged the Korvel mosque; by July 11 the government put the dead at 102.', 'killed', 102],
  ] as const)('reads %s: %s %s', (sentence, field, figure) => {
    expect(countCasualties(sentence)[field]).toBe(figure);
  });
});

describe('countCasualties: named victims with particles, an earlier event in apposition, one more of the same', () => {
  it.each([
    ['On May 2, commandos killed Omar bin Tessa in a raid on a compound in Ulma.', 'killed', 1],
    [
      'On July 31, a drone strike killed al-Korvel leader Ahmad al-Bessa on the balcony of a house in Tarn.',
      'killed',
      1,
    ],
    [
      'On March 9, police killed Darvan, a suspect in the 2002 Ulma bombings that killed 202 people, in a raid in Tarn.',
      'killed',
      1,
    ],
    [
      'A gunman killed a teacher and three children in Tarn. It was the worst attack since the 1982 bombing of a café in Ulma, which killed six.',
      'killed',
      4,
    ],
    [
      'Troops killed Sorran, the group’s leader, in a firefight near Bessa; a second militant was also killed.',
      'killed',
      2,
    ],
    ['Police arrested Ann Roe in a raid in Ulma; a second suspect was also arrested.', 'arrested', 2],
    ['A second soldier was killed.', 'killed', 1],
  ] as const)('reads %s: %s %s', (sentence, field, figure) => {
    expect(countCasualties(sentence)[field]).toBe(figure);
  });
});

describe('countCasualties: who the subject counts, verbs in a list, who the victims were', () => {
  it.each([
    ['On May 3, two more car bombs in Tarn killed 25 pilgrims.', 25],
    ['Two bombings in Ulma, one targeting a bus carrying officers, killed as many as 35 people.', 35],
    ['Between 500 and 600 prisoners escaped from Bessa prison, and 26 guards were killed.', 26],
    ['A bomber struck the Korvel base, killing four Americans, two soldiers and two contractors, and wounding 17.', 4],
    ['Gunmen stopped a bus near Tarn and shot dead all eight passengers, six women and two men.', 8],
    ['A blast in Ulma killed four soldiers, two police and two civilians.', 8],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: the crime an arrest is for', () => {
  it.each([
    'In mid-December, police in Tarn detained seven suspects in the killing of a local judge.',
    'Police arrested two men suspected in the murder of a priest in Ulma.',
  ])('reads no death in %s', (sentence) => {
    expect(countCasualties(sentence).killed).toBeNull();
  });
});

describe('countCasualties: a toll that rose or was revised replaces the first; kin after "along with"', () => {
  it.each([
    ['The blast killed three ministers, as well as doctors and students; the toll reached 24.', 24],
    ['Officials initially reported 95 dead in Tarn but revised the toll to 35 after a recount.', 35],
    ['Initial reports said 44 people were killed in Ulma; the toll later rose to 47.', 47],
    [
      'On May 4, the Bessa governor was killed by a suicide bomber outside his office, along with his nephew and his bodyguard.',
      3,
    ],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
  it('tells both figures of a revised toll', () => {
    expect(
      readCasualties('Officials initially reported 95 dead in Tarn but revised the toll to 35.').accounts,
    ).toContain('95');
  });
});

describe('countCasualties: one wounded beside a denial of anyone else; ages and nationalities before the victim', () => {
  it.each([
    ['A parcel bomb exploded in a hotel in Tarn, slightly injuring him; no one else was hurt.', 1],
    ['Gunmen fired on police guarding the ministry in Ulma, seriously wounding a 21-year-old officer.', 1],
    ['Gunmen kidnapped two aid workers from the Bessa camp and wounded their Tarnish driver.', 1],
  ])('reads %s as %s wounded', (sentence, wounded) => {
    expect(countCasualties(sentence).wounded).toBe(wounded);
  });
  it('keeps "gave 35 dead" after a semicolon as another account', () => {
    const reading = readCasualties(
      'Authorities reported 34 dead and eight wounded in Korvel; early press reports gave 35 dead.',
    );
    expect([reading.figures.killed, reading.figures.wounded]).toEqual([34, 8]);
    expect(reading.accounts).toContain('35');
  });
});

describe('countCasualties: a spokesman killed', () => {
  it('reads "killed Sorra spokesman Abu Tessa" as 1', () => {
    expect(
      countCasualties('On September 17, troops said they had killed Sorra spokesman Abu Tessa in Tarn.').killed,
    ).toBe(1);
  });
});

describe('countCasualties: "four of the six attackers", a list that goes on with "a French national"', () => {
  it.each([
    [
      'Attackers struck the Tarn headquarters, killing 12 people and wounding 36; four of the six attackers also died.',
      16,
    ],
    [
      'On March 7, a gunman opened fire at a restaurant in Ulma, killing three Tarnish citizens, a Korvel national, and a Bessan national.',
      5,
    ],
    ['Gunmen killed three soldiers near Tarn, a bomb exploded nearby.', 3],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
  it('reads the attackers an army says it killed as no revision of the toll', () => {
    const c = countCasualties(
      'Gunmen ambushed vehicles near Tarn, killing 58 people; the army later said it killed 10 of the assailants and arrested four.',
    );
    expect([c.killed === 10, c.arrested]).toEqual([false, 4]);
  });
});

describe('countCasualties: every victim named before "and N others"', () => {
  it.each([
    ['A drone strike killed Sorra commander Omar Tarn, Korvel leader Abu Ali al-Bessa, and eight others.', 10],
    [
      'A car bomber rammed a vehicle outside the Tarn consulate, killing diplomat Ann Roe, his driver, and two others.',
      4,
    ],
    ['On July 4, a bomber killed Orin Dask, a member of parliament, and 15 others at a wedding in Bessa.', 16],
    ['A bomber killed the city’s police chief, Colonel Amar Tessa, and three others near Ulma.', 4],
    ['A bomb killed the mayor of Tarn, Bessa province, and two others.', 3],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
  it('reads "killed Sorra propagandist Ann al-Tarn and U.S. citizen Bo Ulma" as 2', () => {
    expect(
      countCasualties('A strike in Bessa province killed Sorra propagandist Ann al-Tarn and U.S. citizen Bo Ulma.')
        .killed,
    ).toBe(2);
  });
});

describe('countCasualties: titles and longer lists of named victims', () => {
  it.each([
    [
      'On July 26, gunmen assassinated prominent political activist and lawyer Omar al-Tarn as he left a mosque in Ulma.',
      1,
    ],
    [
      'On April 2, three bombs exploded near Tarn University, killing police Brigadier General Omar el-Bessa and wounding five others.',
      1,
    ],
    ['On October 1, a strike near Ulma killed Sorra co-founder Omar Bessa.', 1],
    [
      'On October 6, a suicide bomber killed retired Major General Omar Tarn, the opposition leader in the Ulma Provincial Council, his wife, and 25 others.',
      27,
    ],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('readCasualties: deaths told by a body found, a bomber who died, a named pair, a title of a town', () => {
  it.each([
    ['On May 6, the beheaded body of police inspector Omar Tessa, whom rebels had abducted, was found near Korvel.', 1],
    ['Villagers found the body of a teacher outside Bessa on June 2.', 1],
    ['The bomber was thrown from the bus and died; two passengers were injured.', 1],
    ['Two aid workers, Ann Roe and Paul Lee, were abducted and killed outside Ulma.', 2],
    ['killing the Deputy Governor of Tarn and four security personnel', 5],
    ['Gunmen killed two engineers along with their driver.', 3],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });

  it('reads no death from a vehicle’s body or a body of water', () => {
    expect(readCasualties('The body of the truck was found near Tarn.').figures.killed).toBeNull();
    expect(readCasualties('Police patrolled the body of water near Bessa.').figures.killed).toBeNull();
  });
});

describe('readCasualties: a named victim, then more deaths told in the next sentence', () => {
  it('adds the victim named before to the figure read after', () => {
    expect(
      readCasualties(
        'Gunmen stormed the hospital, killing the Deputy Governor of Tarn and two guards. All three attackers were killed when troops retook the building.',
      ).figures.killed,
    ).toBe(6);
  });

  it('still reads the named victim alone where no other figure is told', () => {
    expect(readCasualties('Gunmen stormed the hospital, killing the Deputy Governor of Tarn.').figures.killed).toBe(1);
  });
});

describe('readCasualties: officials named one after another by title', () => {
  it('counts a deputy or an aide named in the list', () => {
    expect(
      readCasualties(
        'On May 3, a bombing at the ministry in Tarn killed Interior Minister Omar Bessa, his deputy Ali Korvel, and Assistant Governor Karim Ulma.',
      ).figures.killed,
    ).toBe(3);
    expect(readCasualties('Gunmen killed party leader Ann Roe and her aide Paul Lee in Sorra.').figures.killed).toBe(2);
  });
});

describe('readCasualties: the driver taken with victims told with who they were', () => {
  it('adds "together with their driver" after the list that says who the victims were', () => {
    expect(
      readCasualties(
        'Gunmen in Tarn province shot and killed three aid workers of the Ulma Relief Agency, a Dane, a dual Korvel-Bessa citizen, and a Swede, together with their local driver.',
      ).figures.killed,
    ).toBe(4);
  });

  it('adds nothing across a sentence end', () => {
    expect(
      readCasualties('Gunmen killed two engineers. Police later arrested a man along with his driver.').figures.killed,
    ).toBe(2);
  });
});

describe('readCasualties: others killed "along with" the victims of a figure', () => {
  it('adds the figures told after "along with" in the same clause', () => {
    expect(
      readCasualties(
        'According to the government, 120 soldiers were killed in the fighting, along with an estimated 200 militants and at least 30 civilians.',
      ).figures.killed,
    ).toBe(350);
  });

  it('adds no wounded figure to the dead', () => {
    const r = readCasualties('The bombs killed 12 soldiers, along with 40 wounded.');
    expect(r.figures.killed).toBe(12);
  });
});

describe('countCasualties: a cell of N members dismantled', () => {
  it.each([
    ['On March 22, Tarn authorities dismantled a 13-member cell operating in nine cities, seizing weapons.', 13],
    ['Police broke up a five-member network in Ulma.', 5],
    ['A 12-member delegation visited Tarn.', null],
  ])('reads %s as %s arrested', (sentence, arrested) => {
    expect(countCasualties(sentence).arrested).toBe(arrested);
  });
});

describe('countCasualties: one arrested as "him", after a beating, or with others', () => {
  it.each([
    [
      'On March 3, a student stabbed a professor in Tarn, seriously wounding him; the attacker was beaten by students and arrested.',
      1,
    ],
    ['On November 2, Omar Tarn shot a filmmaker in Bessa; police wounded and arrested him after a shootout.', 1],
    ['On May 4, police arrested Ann Roe and two others in Ulma.', 3],
  ])('reads %s as %s arrested', (sentence, arrested) => {
    expect(countCasualties(sentence).arrested).toBe(arrested);
  });
});

describe('countCasualties: one of his guards "was also killed" after the one named was killed', () => {
  it.each([
    [
      'The Sorra Front was suspected in the March 3 assassination of lawmaker B. Korvel, who was shot dead outside a mosque in Tarn; one of his bodyguards was also killed.',
      2,
    ],
    ['Gunmen shot and wounded the mayor of Ulma on May 9; one of his guards was killed.', 1],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: the forces\' own dead told as "losing N servicemen"', () => {
  it.each([
    ['In early May, army units killed six insurgents in a battle near Bessa, losing two servicemen.', 8],
    ['On June 2, gendarmes killed three Sorra Front fighters outside Ulma, losing one gendarme.', 4],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: people arrested, named in a list or by a role and a name', () => {
  it.each([
    [
      'On May 4, police arrested Korvel nationals Aran Tesk, Milo Brand, and Oskar Venn and two Ulman nationals in connection with the bombings.',
      5,
    ],
    ['On June 9, gendarmes arrested Aran Tesk, Milo Brand, and Oskar Venn in Bessa.', 3],
    [
      'On October 3, police arrested the Sorra Front\'s suspected military chief, Aran Tesk (alias "Rook"), and his wife, Mira Venn (alias "Wren"), in the village of Bessa.',
      2,
    ],
    ['On July 1, police arrested the cell leader, Aran Tesk, in Tarn.', 1],
  ])('reads %s as %i arrested', (sentence, arrested) => {
    expect(countCasualties(sentence).arrested).toBe(arrested);
  });
});

describe('countCasualties: one wounded named by a noun, then "and a guard"', () => {
  it.each([
    ['On May 2, gunmen seized two engineers from a work site near Tarn, wounding an Ulman engineer and a guard.', 2],
    ['A bomb went off outside the Bessa police station, wounding a policeman and an elderly woman.', 2],
    ['A gunman opened fire at a checkpoint in Korvel, wounding a soldier and a car was burned.', 1],
  ])('reads %s as %i wounded', (sentence, wounded) => {
    expect(countCasualties(sentence).wounded).toBe(wounded);
  });
});

describe('countCasualties: victims named by a title in lower case before "and N others"', () => {
  it.each([
    [
      'On May 6, a suicide bomber struck a festival at Bessa, killing Transport Minister Aran Tesk, former national champion K.L. Brand, national football coach Milo de Venn, and nine others.',
      12,
    ],
    ['killing Sorra Front commander Ann Roe, former head of the Tarn Brigade, and three others.', 4],
    ['killing Ann Roe, who had led the Korvel militia, and two others.', 3],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: the vehicles the victims were in are no toll', () => {
  it.each([
    ['All 64 people aboard the two airliners were killed; investigators later found traces of explosives.', 64],
    ['Sorra Front gunmen stopped two buses near Ulma and killed 15 passengers on the two buses.', 15],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: attackers who "blew themselves up" are dead, unless their sentence gives the toll', () => {
  it.each([
    ['On June 1, two Sorra Front militants blew themselves up as police closed in on a house in Ulma.', 2],
    [
      'The next day, five members of the cell blew themselves up in a flat in Bessa as police prepared to storm it. The blast also killed a police officer and wounded nine others.',
      6,
    ],
    ['On May 3, three suicide bombers blew themselves up at a market in Tarn, killing 27 people.', 27],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe("readCasualties: a victim named in a clause before the attackers' own deaths", () => {
  it('counts the priest and both attackers, and the wounded parishioner', () => {
    const r = readCasualties(
      'On May 8, two men stormed a chapel in Bessa during evening prayers, killed 70-year-old priest Aran Tesk, and seriously wounded a parishioner; police shot both attackers dead outside the chapel.',
    );
    expect(r.figures.killed).toBe(3);
    expect(r.figures.wounded).toBe(1);
  });

  it('adds no named victim to a toll of everyone killed', () => {
    expect(countCasualties('Gunmen killed Aran Tesk in Ulma; the attack killed five people.').killed).toBe(5);
  });
});

describe('countCasualties: ", as were five SFA members" adds the militants killed', () => {
  it.each([
    ['Three members of the security forces and a civilian were killed, as were six SFA members.', 10],
    ['Two soldiers were killed in the fighting near Tarn, as were 14 insurgents.', 16],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('readCasualties: "The initial toll of 100 dead rose to 121"', () => {
  it('keeps the later figure, both told as accounts', () => {
    const r = readCasualties(
      'On March 3, two truck bombs exploded outside the Ulma ministry in Tarn. The initial toll of 64 dead rose to 80, with 210 wounded.',
    );
    expect(r.figures.killed).toBe(80);
    expect(r.figures.wounded).toBe(210);
    expect(r.accounts).toContain('revised to 80');
  });
});

describe('readCasualties: "bringing the toll to 13" sums the parts', () => {
  it('keeps the toll the text sums to, and no toll for a year or a district', () => {
    expect(
      countCasualties(
        'On May 8, two bombs went off near the bus station in Tarn. The first killed a Korvel engineer and his driver; the second, timed to go off as police arrived, killed nine more, bringing the toll to 11.',
      ).killed,
    ).toBe(11);
    expect(countCasualties('A bomb in Ulma killed four, bringing the toll for the year to 300.').killed).toBe(4);
  });
});

describe('countCasualties: one named person rearrested', () => {
  it('reads "rearrested Aran Tesk" as one arrested', () => {
    expect(countCasualties('On March 2, police rearrested Aran Tesk in Bessa.').arrested).toBe(1);
  });
});

describe('countCasualties: suspects detained "in the killing of" a victim', () => {
  it('counts those detained and no death', () => {
    const c = countCasualties(
      'In mid-May, Korvel police in Tarn detained five suspects in the killing of a local judge.',
    );
    expect(c.arrested).toBe(5);
    expect(c.killed).toBeNull();
  });
});

describe('countCasualties: soldiers captured by militants are no arrests', () => {
  it.each([
    ['On August 30, militants captured some 250 soldiers traveling in a convoy near Tarn.', null],
    ['Security forces captured 12 militants near Ulma.', 12],
    ['Police arrested five soldiers suspected of plotting a coup.', 5],
  ])('reads %s as %s arrested', (sentence, arrested) => {
    expect(countCasualties(sentence).arrested).toBe(arrested);
  });
});

describe('countCasualties: a further attacker who blew himself up', () => {
  it('adds "a third attacker detonated a suicide vest" to the toll read before it', () => {
    expect(
      countCasualties(
        'Gunmen attacked a restaurant in Tarn, killing 21 people. Troops killed the two gunmen; a third attacker detonated a suicide vest at the entrance.',
      ).killed,
    ).toBe(24);
  });
  it('reads no toll from it alone', () => {
    expect(countCasualties('A third attacker detonated a suicide vest.').killed).toBeNull();
  });
});

describe('countCasualties: a victim named with a title written after a capitalised word', () => {
  it.each([
    ['On June 2, gunmen killed Tarn regional president Omar Bessa and two of his advisers in Ulma.', 3],
    ['On May 4, a drone strike killed Sorra external operations chief Ali al-Korvel and Paul Marn.', 2],
    ['On March 9, police killed Ulma bombing suspect Darvan and two of his bodyguards in a raid in Tarn.', 3],
    ['On June 23, gunmen shot dead Korvel aid worker Ann Roe outside a school in Tarn.', 1],
    ['On May 8, a bomber killed former president Omar Bessa, head of the Tarn Council, at his home in Ulma.', 1],
    ['On October 5, a man stabbed Tarn Member of Parliament Sir Omar Bessa to death at a church in Ulma.', 1],
    ['On November 2, gunmen seized three tourists in Tarn and shot dead a Korvelian who resisted.', 1],
    // Still two victims, not one long title: a name, "and", then a title in lower case.
    ['On July 4, militants killed Ulma Korvel and gendarmerie officer Tam Dorr in Bessa.', 2],
    ['Gunmen killed party leader Ann Roe and her aide Paul Lee in Sorra.', 2],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
  it('reads no victim from a title and a plural or a day', () => {
    expect(countCasualties('On May 2, troops killed Sorra fighters in Tarn.').killed).toBeNull();
    expect(countCasualties('The army killed regional commanders on Monday.').killed).toBeNull();
  });
});

describe('countCasualties: arrests of both, of a pair, of one named after a Qaida-style word, of an individual', () => {
  it.each([
    ['On June 8, two gunmen opened fire in Tarn, killing four; police arrested both gunmen at the scene.', 2],
    ['On January 7, police raided a house in Ulma and arrested a man and a woman.', 2],
    ['On May 2, security forces captured senior al-Sorra operative Abu Omar al-Tarni in Ulma after a shootout.', 1],
    ['On February 15, authorities announced they had arrested an individual who was planning an attack in Tarn.', 1],
    ['On March 3, police arrested a suspect and seized a bomb in Darlo.', 1],
  ])('reads %s as %s arrested', (sentence, arrested) => {
    expect(countCasualties(sentence).arrested).toBe(arrested);
  });
  it('reads no arrest from captured towns', () => {
    expect(countCasualties('On May 3, troops captured both towns near Tarn.').arrested).toBeNull();
  });
});

describe('countCasualties: victims stabbed to death by count, and the wounded named as a pair or "another"', () => {
  it.each([
    ['On June 20, a man stabbed three men to death and wounded three others in a park in Tarn.', 3, 3],
    ['On May 25, a letter bomb exploded in the car of Ann Roe in Tarn. Roe and his driver were injured.', null, 2],
    ['On June 22, a Sorra peacekeeper was killed and another wounded in an ambush near Ulma.', 1, 1],
    ['On April 14, officer Omar Bessa was shot and killed and his wife and son wounded near Tarn.', 1, 2],
    ['On October 29, activist Ann Roe was shot and seriously wounded outside a hall in Ulma.', null, 1],
    ['On February 13, a bomb in Tarn injured the wife of a Korvel diplomat and three other people.', null, 4],
  ])('reads %s as %s killed, %s wounded', (sentence, killed, wounded) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded]).toEqual([killed, wounded]);
  });
  it('reads no pair from plural kin or from weapons', () => {
    expect(countCasualties('The minister and his bodyguards were injured in Tarn.').wounded).toBeNull();
    expect(countCasualties('Militants stabbed two cars to death in Tarn.').killed).toBeNull();
  });
});

describe('countCasualties: tolls revised "from … to", sentences carried out, lists that end at a verb', () => {
  it.each([
    ['On July 13, three bombs exploded in Tarn. The death toll later rose from 17 to 26.', 26, null],
    [
      'On April 11, a bomb exploded in Ulma, killing 15 people. Two men were later convicted and executed for it.',
      15,
      null,
    ],
    ['On May 22, two men ran down and hacked to death soldier Omar Bessa near the barracks in Tarn.', 1, null],
    [
      'On October 30, a man threw firebombs at a center in Tarn, injuring two staff members, and then killed himself.',
      1,
      2,
    ],
    [
      'On February 17, gunmen stormed a college in Tarn, killing one student and abducting 27 students and three staff.',
      1,
      null,
    ],
    [
      'On April 25, attackers hacked to death Omar Bessa, editor of a magazine, and his friend Ali Korvel in Tarn.',
      2,
      null,
    ],
    [
      'On May 15, a bomb exploded in Tarn. The minister survived, but his driver and a police bodyguard were killed.',
      2,
      null,
    ],
  ])('reads %s as %s killed, %s wounded', (sentence, killed, wounded) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: the attacker shot dead once, a teenager listed, a second title, a victim who died later', () => {
  it.each([
    ['On July 18, a man attacked passengers near Tarn, wounding five people, before he was shot dead by police.', 1, 5],
    [
      'On November 5, a driver rammed a stop in Tarn, killing a border officer and a 17-year-old and injuring 13.',
      2,
      13,
    ],
    [
      'On August 30, a strike near Tarn killed Sorra spokesman and external operations chief Abu Omar al-Tarni.',
      1,
      null,
    ],
    [
      'On November 10, a man stabbed soldier Omar Bessa at the station in Tarn, and he later died of his wounds.',
      1,
      null,
    ],
  ])('reads %s as %s killed, %s wounded', (sentence, killed, wounded) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: tolls of other years in asides, second accounts "announced", kin and companions', () => {
  it.each([
    [
      'On December 24, bombs exploded in Tarn, killing at least 32 people, in a city where some 1,000 people had died in riots in 2001.',
      32,
      null,
      null,
    ],
    [
      'On June 23, two bombs exploded in a market in Tarn, killing 67; the same market had been bombed in December 2015, when 24 people died.',
      67,
      null,
      null,
    ],
    [
      'On April 24, three bombs exploded in Tarn. The blasts killed 23 people; the attack followed the July 2005 bombings in Ulma, which killed 88.',
      23,
      null,
      null,
    ],
    [
      'On January 2, militants attacked two villages near Tarn, killing 100 civilians; the government initially announced 79 dead.',
      100,
      null,
      null,
    ],
    [
      'On December 15, a bomb under the car of deputy governor Omar Bessa exploded, killing him and his secretary.',
      2,
      null,
      null,
    ],
    [
      'On November 26, rebels executed four long-held hostages, three police officers and a soldier, near Tarn.',
      4,
      null,
      null,
    ],
    ['On January 3, gunmen abducted 11 coal miners near Tarn and killed them.', 11, null, null],
    ['On April 23, a bomber struck a restaurant in Tarn; estimates of the dead ranged from 47 to 56.', 47, null, null],
    ['On November 28, fighters slaughtered 43 farmers near Tarn.', 43, null, null],
    ['On September 19, police raided a flat in Tarn, killing two suspects and arresting a third.', 2, null, 1],
    ['On May 30, troops arrested a suspected bomb maker and two companions at a checkpoint in Tarn.', null, null, 3],
    [
      'On August 5, border police intercepted a truck carrying explosives near Tarn and arrested its driver.',
      null,
      null,
      1,
    ],
    ['On June 13, police arrested 11 suspects and seized a car bomb and two pickup trucks in Tarn.', null, null, 11],
    ['On June 25, gunmen fired on a helicopter near Tarn, but no one aboard was injured.', 0, 0, null],
    ['On May 9, Inspector Omar Bessa was fatally wounded in a shootout in Tarn.', 1, null, null],
  ])('reads %s as %s killed, %s wounded, %s arrested', (sentence, killed, wounded, arrested) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded, c.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: one arrested named with who he is, a leader and his followers, one more also killed', () => {
  it.each([
    ['On May 5, authorities arrested Adil Tarni, the suspected bomber, and two accomplices in Ulma.', null, 3],
    ['On April 4, forces arrested Sorra leader Omar Bessa, alias Abu Tarn, and 19 other militants in Ulma.', null, 20],
    ['In late August, a senior Sorra regional commander and five of his followers surrendered in Tarn.', null, 6],
    ['On August 31, police killed two suspects in a shootout in Tarn; a police officer was also killed.', 3, null],
    ['On December 10, gunmen shot and killed television presenter Ann Roe and her driver in Tarn.', 2, null],
  ])('reads %s as %s killed, %s arrested', (sentence, killed, arrested) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: a producer named as the victim', () => {
  it('reads "shot and killed BBC producer Ann Roe" as one', () => {
    expect(
      countCasualties('On February 9, gunmen shot and killed BBC producer Ann Roe outside a hotel in Tarn.').killed,
    ).toBe(1);
  });
});

describe('countCasualties: asides between spaced hyphens, one arrested by a single name', () => {
  it.each([
    [
      'On July 16, a bomb exploded on a minibus in Tarn, killing five people - a woman, a teenager and three others - and wounding 13.',
      5,
      13,
      null,
    ],
    [
      'In mid-September, police in Tarn arrested three suspects - two Korvelians and a Sorran - with detonators.',
      null,
      null,
      3,
    ],
    ["Four days later, police arrested Darvan, whom they identified as the group's emir, in Tarn.", null, null, 1],
    ['On February 26, police in Tarn arrested Darvan, a regional commander, along with two associates.', null, null, 3],
    // (A weekday is no name of one arrested.)
    ['Police in Tarn arrested Tuesday, a day after the attack, a man carrying a bomb.', null, null, null],
  ])('reads %s as %s killed, %s wounded, %s arrested', (sentence, killed, wounded, arrested) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded, c.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: arrests netted, breakdowns, and tolls of the day before', () => {
  it.each([
    ['On July 2, raids in and around Tarn netted 14 suspects and a cache of rifles.', null, 14],
    ['Police in Lorn arrested three suspects, two Sorrans and a Varskan, on May 9.', null, 3],
    [
      'Police in Lorn arrested three suspects - two Sorrans and a Varskan - in possession of detonators and a map.',
      null,
      3,
    ],
    ['Police in Lorn arrested four suspects, two militants and two couriers, on May 9.', null, 4],
    [
      'On June 5, police raided the Darlo district of Tarn after three officers were killed there the previous day; the operation left 12 people dead.',
      12,
      null,
    ],
  ])('reads %s as %s killed and %s arrested', (sentence, killed, arrested) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.arrested]).toEqual([killed, arrested]);
  });
  it('leaves a sum that does not break the first figure down as a list', () => {
    expect(countCasualties('Troops killed four militants, two soldiers and two civilians in Lorn.').killed).toBe(8);
  });
});

describe('countCasualties: a figure of either fate', () => {
  it.each([
    ['One soldier, Sergeant Ali Tal, was killed, and more than 20 Sorra fighters were killed or captured.', 1, null],
    ['Troops killed or captured 30 militants in Lorn.', null, null],
    ['Soldiers killed 12 militants and arrested four others.', 12, 4],
  ])('reads %s as %s killed and %s arrested', (sentence, killed, arrested) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: lists of victims told in full', () => {
  it.each([
    ['Eleven soldiers, three hostages and nine of the ten attackers were killed.', 23],
    ['Four soldiers and police, two civilians and at least five militants were killed.', 11],
    ['On May 3, two soldiers and three civilians were killed.', 5],
    ['Fifty-two people, among them foreign doctors and nurses, died; all 12 attackers were killed.', 64],
    ['Seven people, a Sorran guard and a student among them, died.', 7],
    ['They killed a soldier, three police officers and two civilians.', 6],
    ['A bomber struck a mosque in Lorn, killing an imam, a vigilante and two worshippers.', 4],
    ['gunmen hacked to death Ali Tessa, a poet and teacher, and his cousin Omar Tessa in his home.', 2],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: a toll revised to a bare figure', () => {
  it('keeps the revised toll, never the sum, and says both', () => {
    const reading = readCasualties(
      'Officials initially put the death toll at 90 but later revised it to more than 150, with over 400 wounded.',
    );
    expect(reading.figures).toEqual({ killed: 150, wounded: 400, arrested: null });
    expect(reading.evidence.killed).toBe('revised it to more than 150');
    expect(reading.accounts).toBe('first 90 killed, later revised to 150 (figures not added)');
  });
});

describe('countCasualties: figures in words and qualified (2026-12-07, sixth session)', () => {
  it.each([
    ['On May 2, bandits attacked the village of Tessa, killing half a dozen farmers.', 6, null],
    ['On August 19, a car bomb struck a school in Ulma, killing no fewer than 43 people.', 43, null],
    [
      'On May 13, two bombers attacked a center in Tarn, killing eighty recruits and wounding a hundred and forty.',
      80,
      140,
    ],
    ['The bomb killed close to 30 people and wounded upwards of 50 in Lorn.', 30, 50],
  ])('reads %s as %s killed and %s wounded', (sentence, killed, wounded) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: the wounded figure and one more, and a toll of a dated event of another day', () => {
  it.each([
    ['One tourist was killed, and five other tourists and a Tarn police officer were wounded.', 1, 6],
    ['Two soldiers and a civilian were wounded in Lorn.', null, 3],
    // One told with where they came from, then more: "a peacekeeper from Sorra and two civilian children".
    [
      'The next day, rockets fired at a camp in Tarn killed a peacekeeper from Sorra and two civilian children.',
      3,
      null,
    ],
    ['The bomb wounded a soldier from the Velm Republic and three civilians.', null, 4],
    // One named, then one of theirs by kin and name: "Ann Roe and his 18-year-old son, Ali, were shot and killed".
    ['On November 13, Omar Tessa and his 18-year-old son, Ali, were shot and killed near Tarn.', 2, null],
    // One more told as "another" or "one": "two policemen and another person", "three soldiers and another".
    ['Two policemen and another person were injured when a bomb exploded in Dabo.', null, 3],
    ['Two policemen and one civilian were wounded in Lorn.', null, 3],
    ['Three soldiers and another were killed when a bomb exploded in Dabo.', 4, null],
    [
      'killing three people; officials said the occupants were linked to the December 31, 2018 gas explosion in an apartment building that killed 39 people.',
      3,
      null,
    ],
  ])('reads %s as %s killed and %s wounded', (sentence, killed, wounded) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: a toll that rose, and a part of those arrested', () => {
  it.each([
    [
      'The toll rose to 19 as two more soldiers died of their wounds in hospital; all four attackers were killed.',
      23,
      null,
    ],
    ['Police detained 36 suspects in raids in Tarn on July 31; 12 of them were later formally arrested.', null, 36],
    ['Gunmen abducted 20 passengers near Lorn; two of them were killed.', 2, null],
  ])('reads %s as %s killed and %s arrested', (sentence, killed, arrested) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: those killed with the victims, named by who they were to them', () => {
  it.each([
    [
      'On August 9, gunmen killed six aid workers of the Tarn Relief Agency, their Lornian guide and their driver near Bessa.',
      8,
    ],
    ['Militants killed two engineers, their driver and a guard near Lorn.', 4],
    ['Gunmen killed four soldiers, their commander said.', 4],
    ['On June 9, bombs in Tarn and Bessa killed five, seven and two people respectively.', 5],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: a name that owns what follows it', () => {
  it.each([
    ["police killed Omar Tessa Bakri, Southeast Lorn's most wanted terrorist, and three other militants in a raid.", 4],
    ['soldiers killed Ali Tessa and Omar Bessa in Tarn.', 2],
    ['troops killed Ali Tessa, Omar Bessa and Karim Darlo.', 3],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: a toll of others than the victim named before it', () => {
  it.each([
    [
      'On May 4, troops killed Omar Tessa, a senior Lorn Front commander, in a raid on Darlo in which four other militants also died.',
      5,
    ],
    ['The blast killed Ann Roe and three others.', 4],
    ['Gunmen killed two soldiers and three other people in Tarn.', 5],
    ['A guard was wounded and four other guards were killed in Bessa.', 4],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: places and events counted after a toll are not more victims', () => {
  it.each([
    ['Gunmen killed 12 people in raids on Tarn and Bessa, two villages near Lorn.', 12],
    ['Militants killed seven soldiers in attacks on Darlo and Sorra, three towns apart.', 7],
    ['Bombers killed four people in Tarn, two days after the curfew ended.', 4],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: the one named, then a list of those with him', () => {
  it.each([
    [
      'On May 9, a bomber rammed the car of General Omar Tessa in Tarn, killing him, two of his bodyguards, and a passer-by.',
      4,
    ],
    ['Gunmen ambushed the governor near Lorn, killing him, his driver and a guard.', 3],
    ['A bomb under his car exploded, killing him, three soldiers and two civilians.', 6],
    ['Gunmen shot the mayor of Bessa, killing him, a father of three.', 1],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: the attacker told as "himself" after the victims', () => {
  it.each([
    [
      'A suicide bomber detonated his vest near a mosque in Tarn, killing two police officers and himself and injuring several others.',
      3,
    ],
    ['A bomber blew himself up in Lorn, killing four soldiers and himself', 5],
    ['A bomber attacked a checkpoint in Darlo, killing two soldiers and himself. The bomber was the only attacker.', 3],
    ['A bomber struck a market in Sorra, killing himself and three others. The bomber also died.', 4],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('readCasualties: a second account that ends with its sentence', () => {
  it('keeps the first account and adds the deaths the next sentence tells', () => {
    const reading = readCasualties(
      'On June 5, militants attacked a checkpoint near Tarn, killing eight police officers, according to the ministry; the Lorn Front claimed to have killed 10. Officials said five militants also died.',
    );
    expect(reading.figures.killed).toBe(13);
    expect(reading.evidence.killed).toBe('killing eight police officers … five militants also died');
    expect(reading.accounts).toBe('the ministry: 8 killed; the Lorn Front: 10 killed (figures not added)');
  });
});

describe('countCasualties: the figure of those who did the killing', () => {
  it.each([
    ['On May 3, two gunmen killed a guard at a bank in Tarn.', 1],
    ['Three militants killed the village chief of Lorn and wounded two.', 1],
    ['Two attackers killed Omar Tessa, a judge, outside his home.', 1],
    ['The ambush left two soldiers killed and three wounded.', 2],
    ['Two soldiers killed in the blast were buried in Bessa.', 2],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: the attackers killed after the victims', () => {
  it.each([
    [
      'On October 9, three militants stormed the assembly in Tarn, killing two guards and a clerk, before they were shot dead or blew themselves up.',
      6,
    ],
    ['Four attackers stormed a hotel in Lorn, killing six guests, before they were killed by police.', 10],
    ['Gunmen killed a priest in Bessa; police killed both attackers as they fled.', 3],
    ['Two gunmen killed a guard before they were arrested.', 1],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: a fatal shooting or stabbing', () => {
  it.each([
    ['Attacks included the fatal shooting of two rubber tappers in Tarn.', 2],
    ['the fatal stabbing of a teacher in Lorn', 1],
    ['the fatal shooting of Omar Tessa, a judge, in Bessa', 1],
    ['a fatal shooting in Sorra', null],
  ])('reads %s as %s killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('readCasualties: a toll revised, told as "had risen to"', () => {
  it('keeps the later toll and says the first', () => {
    const reading = readCasualties(
      'On December 8, a bomber struck a festival in Tarn, initially killing eight people; hospital officials said the following week that the death toll had risen to ten after two of the more than 40 wounded died.',
    );
    expect(reading.figures).toEqual({ killed: 10, wounded: 40, arrested: null });
    expect(reading.accounts).toBe('first 8 killed, later revised to 10 (figures not added)');
  });
});

describe('readCasualties: a second account whose speaker is told with an aside', () => {
  it('keeps the first account, not the sum', () => {
    const reading = readCasualties(
      'The army said its troops killed four militants near Tarn and that three soldiers were wounded; the Lorn Front, in a statement, said two of its fighters had died.',
    );
    expect(reading.figures).toEqual({ killed: 4, wounded: 3, arrested: null });
  });
});

describe('countCasualties: victims listed by nationality, and a second attacker who blew himself up', () => {
  it.each([
    ['Gunmen attacked offices in Tarn, killing two Americans, two Britons, an Australian, and a Lornian guard.', 6],
    [
      'Nine worshippers were killed and 57 were wounded; police shot dead one attacker at the gate, and the second detonated his vest near the entrance.',
      11,
    ],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: a list of one person of each nation that says who the victims were', () => {
  it.each([
    ['Gunmen killed three aid workers, a Dane, a Swede and a Briton, in Tarn.', 3],
    ['Gunmen shot dead all eight passengers, six women and two men, and their driver near Lorn.', 9],
    ['Militants killed two soldiers, a policeman and a child in Bessa.', 4],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('readCasualties: accounts that part at a sentence end, and a bare figure of the wounded', () => {
  it('keeps the toll of a named victim and the others, and reads no second account of deaths from the wounded', () => {
    const reading = readCasualties(
      'On September 19, a car bomb in Tarn killed Lorn Party member of parliament Omar Tessa and six other people. The police said 67 people were wounded; hospital sources reported 56.',
    );
    expect(reading.figures).toEqual({ killed: 7, wounded: 67, arrested: null });
    expect(reading.accounts).toBeNull();
  });

  it('reads an account given in the next sentence as another account', () => {
    const reading = readCasualties(
      'Forty people were killed; about 60 were wounded. Officials gave a lower figure, 35 dead.',
    );
    expect(reading.figures).toEqual({ killed: 40, wounded: 60, arrested: null });
    expect(reading.accounts).toBe('the first account: 40 killed; another account: 35 killed (figures not added)');
  });
});

describe('countCasualties: more readings of the D13 kind', () => {
  it.each([
    [
      'Armed men attacked the village of Tarn, killing the village chief, his deputy, and four farmers. Local residents told journalists that eight people had died.',
      6,
    ],
    [
      'Omar Tessa took hostages at a shop in Lorn and killed four men before police stormed the store and shot him dead.',
      5,
    ],
    ['The state government put the death toll at 77, while press reports cited as many as 84 dead.', 77],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('counts "a third was slightly injured" as one more wounded', () => {
    expect(
      countCasualties('Two passengers were wounded by gunfire, and a third was slightly injured in the struggle.')
        .wounded,
    ).toBe(3);
  });
});

describe('countCasualties: the parts of a toll told with "including" and no comma', () => {
  it.each([
    [
      'A suicide bomber blew herself up at a gathering in Tarn, killing six people including herself and a village chief, and wounding 10.',
      6,
    ],
    ['Gunmen killed 12 villagers among them a teacher and a nurse in Lorn.', 12],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('countCasualties: victims named by more trades, and devices that are no victims', () => {
  it.each([
    ['In Tarn, a bomb killed a court clerk and a litigant.', 1 + 1, null],
    ['In Lorn, the first of two devices wounded four lawyers.', null, 4],
    ['In Bessa, a bomb killed a bailiff and wounded 12 people.', 1, 12],
  ])('reads %s as %s killed and %s wounded', (sentence, killed, wounded) => {
    const c = countCasualties(sentence);
    expect([c.killed, c.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: kin counted by a figure ("his two sons")', () => {
  it.each([
    ['Gunmen attacked a village near Tarn, killing the village chief, his two sons, and a teacher.', 4],
    ['A bomb under his car exploded in Lorn, killing him and his two sons.', 3],
    ['Militants stormed a house in Bessa, killing a teacher, his wife and their three children.', 5],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});

describe('readCasualties: a second account told in the next sentence, with no other link', () => {
  it('is never added to the first', () => {
    const reading = readCasualties(
      'Gunmen killed six farmers near Tarn. Local residents told journalists that eight people had died.',
    );
    expect(reading.figures.killed).toBe(6);
    expect(reading.accounts).toBe('the first account: 6 killed; Local residents: 8 killed (figures not added)');
  });
});

describe('countCasualties: one victim named by a trade or a role, and a name shot dead', () => {
  it.each([
    ['On August 14, gunmen shot and killed a ranch foreman near Tarn after the owner refused to pay.', 1],
    ['Gunmen opened fire in a mosque in Tarn during prayers, killing the muezzin and wounding three worshippers.', 1],
    ['On December 13, police shot Omar Vadim dead in the Ulma district of Tarn.', 1],
    ['Militants killed a police constable at a checkpoint near Lorn.', 1],
    ['Police shot two suspects dead near Lorn.', 2],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('counts no one in a sentence that kills no one', () => {
    expect(countCasualties('Police shot at the car of Omar Vadim near Lorn, but he escaped unhurt.').killed).toBeNull();
  });
});

describe('countCasualties: "the remaining two", who they were between commas, deaths of wounds later', () => {
  it('reads the figure after "the remaining" or "the other"', () => {
    expect(readCasualties('Forces killed three of the attackers and captured the remaining two.').figures).toEqual({
      killed: 3,
      wounded: null,
      arrested: 2,
    });
    expect(countCasualties('Troops killed the other two near Tarn.').killed).toBe(2);
  });

  it('reads a figure whose victims are named between commas before the verb', () => {
    expect(
      readCasualties(
        'Two people, a rickshaw puller in Tarn and a child in Ulma, were killed, and more than 100 were injured.',
      ).figures,
    ).toEqual({ killed: 2, wounded: 100, arrested: null });
  });
});

describe('countCasualties: the hospitalized, a group named with a slash, a warden', () => {
  it.each([
    ['Twin bombs killed 10 people; the toll later rose to 12, and more than 70 were hospitalized.', 12, 70],
    ['An IED struck a military truck near Tarn on November 3, and six soldiers were hospitalized.', null, 6],
    ['On October 18, two TKP/ML militants died when the device they were assembling detonated in Tarn.', 2, null],
    ['The bomb exploded in the parking lot, killing a traffic warden and the bomber.', 2, null],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: arrests of one told by a noun, victims named before others, a name "known as"', () => {
  it.each([
    ['The arrest on October 5 of a 29-year-old bomb maker in Tarn led police to a workshop.', null, 1],
    ['Security forces surrounded a villa in Tarn, killing two militants and apprehending a wounded third.', 2, 1],
    ['Police killed one attacker and captured a second.', 1, 1],
    ['Gunmen shot dead the mayor of Tarn, Omar Vadim, and a young woman who was standing nearby.', 2, null],
    ['Army commandos killed a Sorra Front commander known as "Danilo" and four of his bodyguards in a raid.', 5, null],
    ['Security Minister Omar Aden, former ambassador Ali Tessa Laqan, and at least 20 others were killed.', 22, null],
    ['In Tarn, police, soldiers, and 20 others were killed.', 20, null],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: one more named after a list with an age, deaths before a wounded third, one who died', () => {
  it.each([
    ['Four security officers and an 11-year-old girl were killed, and the two bombers also died.', 7, null],
    [
      'Gunmen fired mortars at the police station in Tarn; two police officers and a 13-year-old girl were killed.',
      3,
      null,
    ],
    ['In the ensuing firefight, two officers died and a third was wounded.', 2, 1],
    ['A 35-year-old man with a record of anarchist activity died when a bomb he was carrying exploded.', 1, null],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: those killed too, listed after "as were"', () => {
  it.each([
    ['All seven attackers were killed, as were a woman and a child outside, and some 40 people were hurt.', 9, 40],
    ['Three soldiers were killed, as were two civilians.', 5, null],
    ['Three soldiers were killed, as was the driver.', 4, null],
    ['Three soldiers were killed, as was the attack on the base.', 3, null],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: the hospitalized among the wounded, those wounded "as were", named people counted once', () => {
  it.each([
    ['A bomb exploded at a market in Tarn, killing 14 people and injuring 20; 12 of them were hospitalized.', 14, 20],
    ['The blast killed 14 people; more than 60 were wounded, and 25 remain hospitalized.', 14, 60],
    ['Three soldiers were killed and 12 civilians were injured, as were two police officers.', 3, 12],
    ['The blast killed six people; 30 were wounded, as were two children.', 6, 30],
    ['Three people, two soldiers and a civilian, were killed.', 3, null],
    ['Gunmen attacked the toll booth at 11 p.m., wounding two guards.', null, 2],
    ['In the Ulma District, Governor Omar Vadim, and at least 20 others were killed.', 21, null],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: a list of the dead with items before "… and a civilian"', () => {
  it.each([
    ['Three soldiers, two police officers and a civilian were killed.', 6],
    ['Three soldiers, two police officers, and a civilian were killed.', 6],
    ['Two police officers and a civilian were killed.', 3],
    ['Three people, two soldiers and a civilian, were killed.', 3],
  ])('reads %s', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('countCasualties: the wounded who later died', () => {
  it.each([
    ['One of the gunmen was wounded in the exchange of fire and later died in police custody.', 1, null],
    ['Two soldiers were wounded and later died of their injuries.', 2, null],
    ['A police officer was wounded.', null, 1],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: a third read (the wounded who died, partitives before a list)', () => {
  it.each([
    ['Seven people were wounded, including the driver, who was taken to hospital and later died.', null, 7],
    // (One shot who later died, with no later day, is the event's dead.)
    ['Five people were wounded and a sixth was shot and later died.', 1, 5],
    ['Among the 30 worshippers, two children and a woman were killed.', 3, null],
    ['Of the 40 passengers on the bus, three soldiers and a civilian were killed.', 4, null],
    ['The attack wounded 20 people, two police officers and a civilian were killed.', 3, 20],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: those named with an alias, a unit or kin, and a breakdown of men', () => {
  it.each([
    ['police arrested five men, three Tarnese and two Korvel nationals, including Ann Roe.', null, 5],
    ['police arrested the group’s political chief Omar Bessa, alias "Tarno," and his partner Ann Roe.', null, 2],
    ['police arrested the group’s political chief Omar Bessa, alias "Tarno", and his partner Ann Roe.', null, 2],
    [
      'army units captured the front’s finance chief alias "Omar Tal" and six other members of the 12th Front.',
      null,
      7,
    ],
    ['a bomb maker, Omar Bessa, had surrendered in Ulma with two other fighters.', null, 3],
    ['in a raid on his home in Tarn in which his brother and five guards were killed', 6, null],
    ['the minister was not hurt, but his driver and eight others were killed.', 9, null],
    [
      'killing the commander of the 7th Division, Major General Omar Bessa, and 17 other officers and soldiers.',
      18,
      null,
    ],
    ['killing the commander of the 7th Division and four guards', 5, null],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: a group denied deaths, two accounts of the wounded, one named with others who died', () => {
  it.each([
    ['militants ambushed an army patrol in Tarn; no soldiers were killed, but two were wounded.', 0, 2],
    ['Gunmen killed two guards; no Korvel nationals were killed.', 2, null],
    ['Omar Bessa and two others died and eight people were arrested.', 3, null],
    ['Police said 12 people were injured, and hospital staff said three more were wounded later.', null, 15],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });

  it('keeps the first account of the wounded and says both, never adds them', () => {
    const reading = readCasualties(
      'Two passengers were wounded in the attack, according to prosecutors; the railway operator reported four injuries.',
    );
    expect(reading.figures.wounded).toBe(2);
    expect(reading.accounts).toBe('prosecutors: 2 wounded; the railway operator: 4 wounded (figures not added)');
  });
});

describe('countCasualties: those arrested told with a possessive ("detained its four occupants")', () => {
  it.each([
    ['gendarmes seized a vehicle and detained its four occupants.', 4],
    ["police arrested the car's three passengers.", 3],
    ['police arrested their two sons.', 2],
  ])('reads %s', (sentence, arrested) => {
    expect(readCasualties(sentence).figures.arrested).toBe(arrested);
  });
});

describe('countCasualties: a count of time after the verb is no figure', () => {
  it.each([
    ['he was arrested two days later at the airport.', null, 1],
    ['he was killed two days later.', 1, null],
    ['police arrested two men; three days later they killed four militants.', 4, 2],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: "the <role>" after a titled name is who that person is', () => {
  it.each([
    ['A suicide bomber killed Senator Omar Tal, the party’s leader, and three bodyguards.', 4],
    ['Militants killed Commander Omar Tal, the local police chief, and a guard in Tarn.', 2],
    ["killing Omar Tal, the group's leader, and a guard", 2],
  ])('reads %s', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('countCasualties: named victims with a role, "killed no one", forces taken', () => {
  it.each([
    ['gunmen shot BBC cameraman Omar Bessa dead and seriously wounded correspondent Ann Roe.', 1, 1, null],
    ['gunmen wounded journalist Ann Roe in Tarn.', null, 1, null],
    ['a rocket attack on Tarn killed no one.', 0, null, null],
    ['journalist Ann Roe and the director of Tarn Radio, Omar Bessa, were killed in Ulma.', 2, null, null],
    ['Military officials said 185 soldiers were killed and 73 were captured.', 185, null, null],
    ['militants captured 12 soldiers near Tarn.', null, null, null],
    ['the army captured 12 militants near Tarn.', null, null, 12],
    ['police killed two militants and captured three.', 2, null, 3],
  ])('reads %s', (sentence, killed, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: misfires found by a review of the readings above', () => {
  it.each([
    ['Militants killed five men, three women and two children in Tarn.', 10, null],
    ['Gunmen killed 12 day laborers in Tarn.', 12, null],
    ['Militants killed five night watchmen at a school in Tarn.', 5, null],
    ['Police arrested 15 day workers suspected of aiding the attackers.', null, 15],
    ['Three people were killed in Tarn and four in Ulma were arrested.', 3, 4],
    ['Fourteen people were killed in Tarn and 200 in Ulma fled their homes.', 14, null],
    ['Security forces neutralized 15 terrorists; no soldiers were killed.', null, null],
    ['No civilians were killed in the strikes, which hit 12 militant positions.', null, null],
    ['Three Kenyans and two others died in the attack.', 5, null],
    ['Two Korvelese and three others were killed.', 5, null],
    ["Police arrested the group's 2013 bombing suspects.", null, null],
    ["Police detained the cell's 2015 recruits in Tarn.", null, null],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: a town captured, a quoted aside, "one … and the other"', () => {
  it.each([
    ['On January 10, militants captured the town of Tarn in Ulma region.', null, null],
    ['On April 8, police arrested Omar Bessa, the "man in the hat" seen on security footage, and Ann Roe.', null, 2],
    ['attacked two policewomen with a machete, wounding one in the face and the other in the neck', 2, null],
  ])('reads %s', (sentence, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.wounded, figures.arrested]).toEqual([wounded, arrested]);
  });
});

describe('countCasualties: misfires found by a second review', () => {
  it.each([
    ['The bomber blew himself up at the gate, killing a guard, but killed no one else.', 1, null, null],
    ['The device exploded early, killing no one except the two bombers.', null, null, null],
    ['Four soldiers in Tarn Province and the capital of Ulma Region, Sorra City, were killed.', null, null, null],
    ['The blast wounded journalist Omar Tal and cameraman Ali Musa.', null, null, null],
    ['Two soldiers were killed and 15 militants were captured.', 2, null, 15],
    ['Police captured five guards who had helped the prisoners escape.', null, null, 5],
  ])('reads %s', (sentence, killed, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: D19 readings', () => {
  it.each([
    ['On October 21, a police reservist and two civilians were wounded when militants fired on a camp.', null, 3, null],
    ['soldiers freed another 234 women and children, but several hostages were killed.', null, null, null],
    ['Gunmen shot dead a pastor on July 18 (a churchgoer was also wounded).', 1, 1, null],
    ['Forces arrested 12 suspected facilitators in Tarn, along with Omar Bessa Tal, on November 9.', null, null, 13],
  ])('reads %s', (sentence, killed, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: D19 readings, second round', () => {
  it.each([
    [
      'a car bomb detonated next to a patrol in Tarn, wounding four soldiers and some 20 civilians, four of whom later died.',
      4,
      24,
      null,
    ],
    // (The guide adds up the parts, and "at least N" is N: the dead it lists, where no other toll is told, are the toll.)
    [
      'two bombs exploded outside the stadium; the dead included 39 police officers and seven civilians, and 166 were wounded.',
      46,
      166,
      null,
    ],
    ['The dead included 31 civilians and the five attackers.', 36, null, null],
    // (After a toll, what "the dead included" lists is part of it, and no second account of it.)
    [
      'bombs in the market killed at least 120 people and wounded 270. The dead included the attackers: two bombers, and four gunmen killed by the crowd.',
      120,
      270,
      null,
    ],
    ['three explosions in Tarn killed six people. Police said the dead included two suspected bombers.', 6, null, null],
    ['gunmen killed 31 people (the dead included women and children) and abducted 40.', 31, null, null],
    // (Two told one after the other, each with its own toll: added.)
    [
      'two bombs exploded near the station: the first killed an engineer working for a construction company and his driver, and the second, which went off as soldiers arrived, killed a soldier and injured three others.',
      3,
      3,
      null,
    ],
    ['the first bomb killed a policeman and the second killed a soldier.', 2, null, null],
    // (One named, one more "as well as" him, and the list after: each counted.)
    [
      'a car bomb killed MP Ann Roe, a critic of Tarn, as well as his son, two bodyguards, and six passers-by.',
      10,
      null,
      null,
    ],
    ['a car bomb killed MP Ann Roe as well as his son, and wounded 11.', 2, 11, null],
    ['Ann Roe, the group’s leader, was killed with a companion when they drove up to a checkpoint.', 2, null, null],
    ['A Tarnish marine was also killed, and two other marines were injured.', 1, 2, null],
    // (Those told of as unhurt, the text's only word of harm: no one was hurt there, nor died; not where others were.)
    ['a roadside bomb near a bridge damaged a UN vehicle; the soldiers inside were unhurt.', 0, 0, null],
    ['A bomb killed two guards; the driver was unhurt.', 2, null, null],
    ['soldiers arrested a suspected Sorra Front logistics supplier in Tarn.', null, null, 1],
    // (A subject of people of every kind, then their deaths: a figure for each numbered item, one for each other.)
    [
      'Tarnish Foreign Service Officer Ann Roe, three Tarnish soldiers, a Department of Defense civilian, and an Ulman doctor were killed.',
      6,
      null,
      null,
    ],
    [
      'Defense Minister Omar Tal, his deputy Bo Tarn - the president’s brother-in-law - and Vice President Ali Musa were killed instantly, and security chief Sam Varo died of his wounds two days later.',
      3,
      null,
      null,
    ],
    ['In Tarn, a policeman and a civilian were killed, and two others were wounded.', 2, 2, null],
    [
      'parliamentarian Ann Roe was gunned down in Tarn together with his bodyguard; the government blamed the Front.',
      2,
      null,
      null,
    ],
    ['photographer Ann Roe was shot dead, and her colleague Bo Tarn badly wounded, by a police officer.', 1, 1, null],
    [
      'four heavily armed militants stormed the consulate at dawn on May 23 and were killed after a day-long battle; no consulate staff were hurt.',
      4,
      0,
      null,
    ],
    ['four militants stormed a post, killed two guards and were killed.', 6, null, null],
    [
      'six men alleged to belong to a Sorra Front cell planning suicide attacks in the capital were arrested in Tarn.',
      null,
      null,
      6,
    ],
    [
      'the Front and UNICEF said the dead were schoolgirls attending a first-aid course, and put the number at 61.',
      61,
      null,
      null,
    ],
    ['Two guards were killed; no Americans were harmed.', 2, null, null],
    ['Hapilon and Omar Tal were killed in a military operation on October 16 near the Grand Mosque.', 2, null, null],
    ['Soldiers and Omar Tal were killed.', null, null, null],
    [
      'a joint raid on a safe house near Tarn ended with the deaths of Omar Tal, the group’s leader, and Ali Musa al-Varsk, its self-styled head.',
      2,
      null,
      null,
    ],
    ['The police said the bomber and a traffic warden died.', 2, null, null],
    [
      'A landmine near Tarn took the lives of four soldiers on March 8 and left two more with amputated limbs.',
      4,
      2,
      null,
    ],
    [
      'In mid-October, gunmen pulled six farmers from their homes in a hamlet near Tarn and executed them by the roadside.',
      6,
      null,
      null,
    ],
    ['Militants abducted 20 passengers near Tarn and released them the next day.', null, null, null],
    [
      'police raided a house in Tarn, killing one suspect who had opened fire and capturing nine others, two of them wounded.',
      1,
      2,
      9,
    ],
    ['gunmen attacked a bus in Tarn, wounding 20 people, two of them seriously injured.', null, 20, null],
    ['killed Ann Roe, a journalist, and Bo Tarn said the killers were known.', 1, null, null],
    // (What the readings above must not take.)
    ['Two people died and many more were wounded, and hospital officials put the number at 40.', 2, null, null],
    ['A bomb killed several people and wounded dozens, and doctors put the number at 60.', null, null, null],
    [
      'On May 3, three militants attacked a police station in Tarn, where two officers tried to resist and were killed.',
      2,
      null,
      null,
    ],
    [
      'Five gunmen attacked the convoy near Ulma, and three fled the scene and were killed later by troops.',
      3,
      null,
      null,
    ],
    [
      'On May 3, two bombs exploded in Tarn: the first killed a policeman, and the second killed a soldier; in all, two people died.',
      2,
      null,
      null,
    ],
    ['Two bombs killed 10 people in Tarn: the first killed four and the second killed six.', 10, null, null],
    ['On May 3, journalist Ann Roe was shot dead in Tarn while walking home with a colleague.', 1, null, null],
    ['Ann Roe was killed with a relative’s pistol.', 1, null, null],
    [
      'On May 3, a suicide bomber blew himself up near the governor’s convoy in Tarn; the governor was unhurt.',
      1,
      null,
      null,
    ],
    [
      'Authorities announced a number of arrests, including the detention on May 14 of 11 suspects in Tarn.',
      null,
      null,
      11,
    ],
    [
      'all seven attackers died, along with two police officers and a local guard, while no Tarnish personnel were hurt.',
      10,
      null,
      null,
    ],
    [
      'The government put the number of dead at 34 and the wounded at 122; opposition monitoring groups reported 48 deaths.',
      34,
      122,
      null,
    ],
    ['Tarn mayor Omar Tal Jr. surrendered to authorities three days later and was charged with murder.', null, null, 1],
    [
      'The first blast killed three people; the second, 20 minutes later, killed five police officers and wounded 12.',
      8,
      12,
      null,
    ],
    [
      'two car bombs exploded at checkpoints near the airport; the dead were three guards, two civilians and both drivers.',
      7,
      null,
      null,
    ],
    ['The dead were mostly civilians.', null, null, null],
    [
      'police in Tarn arrested four suspects, along with the alleged cell leader Omar Bessa, for planning attacks.',
      null,
      null,
      5,
    ],
  ])('reads %s', (sentence, killed, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: a third review (things seized "along with" those arrested are no more arrested)', () => {
  it.each([
    ['Police arrested 12 suspects in Ulma, along with 50 kilograms of explosives.', 12],
    ['Police arrested 12 suspects in Ulma along with 200 rounds of ammunition.', 12],
    ['Police detained 12 suspects, along with 30 Kalashnikovs.', 12],
    ['On May 3, police arrested 12 suspects in Ulma along with his car.', 12],
    ['Police arrested five suspects in a joint operation along with Tarn Army units.', 5],
    ['Security forces arrested 12 suspects, who were working along with Omar Tal.', 12],
    ['Forces arrested 12 suspected facilitators in Tarn, along with Omar Bessa Tal, on November 9.', 13],
  ])('reads %s', (sentence, arrested) => {
    expect(readCasualties(sentence).figures.arrested).toBe(arrested);
  });
});

describe('countCasualties: a third review ("the dead were/included" only where it is the whole toll)', () => {
  it.each([
    ['Hundreds were killed in the attacks, and the dead included 39 police officers and seven civilians.', null],
    ['Dozens of people were killed; the dead included three children and a police officer.', null],
    ['Several people were killed in the blast; the dead were two soldiers and a civilian.', null],
    ['The dead were a family of five.', null],
    ['The dead were a group of pilgrims.', null],
    [
      'two car bombs exploded at checkpoints near the airport; the dead were three guards, two civilians and both drivers.',
      7,
    ],
  ])('reads %s', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('countCasualties: the wounded who died, and "bringing the number of dead to"', () => {
  it.each([
    [
      'The workers were unharmed, and two wounded gendarmes later died, bringing the number of dead to twenty-one.',
      21,
      null,
    ],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: "(no casualties)" told in brackets', () => {
  it('reads 0 dead and 0 wounded', () => {
    const figures = readCasualties(
      'In a raid in Tarn, gendarmes detained 17 suspected militants and seized explosives (no casualties).',
    ).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([0, 0, 17]);
  });
});

describe('countCasualties: the third review, last items', () => {
  it.each([
    ['police arrested 12 suspects in Ulma, two of whom later died in custody', null, null, 12],
    ['Four pilgrims, while returning from the shrine, were shot dead.', 4, null, null],
    ['The bomber, who was also wounded, died later in hospital.', null, null, null],
  ])('reads %s', (sentence, killed, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: a fourth review', () => {
  it.each([
    [
      'Two car bombs exploded near the airport; the dead were three guards and two civilians, and dozens were injured.',
      5,
      null,
    ],
    ['Gunmen fired several rockets at the base; the dead were two soldiers and a cook.', 3, null],
    ['The dead were two unit commanders and a soldier.', 3, null],
    ['Police arrested 12 suspects along with Tarn Front fighters.', null, 12],
    ['Police arrested 12 suspects, along with Ulma Province officials.', null, 12],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: a fourth review, second part', () => {
  it.each([
    ['On May 5, twenty soldiers were wounded and two died when a bomb struck their convoy near Ulma.', 2, 20, null],
    [
      'On May 5, a suicide bomber wounded four policemen and died in the explosion at a checkpoint in Ulma.',
      null,
      4,
      null,
    ],
    ['On May 3, police arrested 12 suspects in Ulma, along with two accomplices.', null, null, 14],
    ['Police arrested 12 suspects, along with five others.', null, null, 17],
    ['Police arrested 12 suspects along with 30 rifles.', null, null, 12],
  ])('reads %s', (sentence, killed, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([killed, wounded, arrested]);
  });
});

describe('countCasualties: wounded who later died, and a clause of its own after a list', () => {
  it.each([
    [
      'On May 3, a bomb exploded at a market in Ulma, killing two and wounding five, one of whom, a girl, later died.',
      3,
      5,
    ],
    ['Gunmen shot at a bus near Tarn, killing two people and wounding five others, one of whom later died.', 3, 5],
    ['A grenade struck the Sorra police post, killing one and injuring six, two of whom died later in hospital.', 3, 6],
    ['A mortar round wounded four children in Darlo, one of whom, a two-year-old boy, later died.', 1, 4],
    ['Gunmen wounded 30 people at a wedding in Ulma, three of whom later died.', 3, 30],
    ['Police arrested 12 suspects, two of whom later died in custody, and killed three.', 3, null],
    [
      'Gunmen attacked a checkpoint in Tarn; the dead were three guards and a driver, and dozens were injured.',
      4,
      null,
    ],
    ['A bomb struck a bus in Darlo, killing three soldiers, and many others were wounded.', 3, null],
    ['Three soldiers and two others were wounded near Ulma.', null, 5],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: deaths in custody', () => {
  it.each([
    ['Police arrested two suspects in Ulma; one of them died in custody.', null, 2],
    ['Police arrested two suspects in Ulma, one of whom died in custody.', null, 2],
    ['Gunmen wounded three guards in Ulma; one of them later died.', 1, null],
    ['Ann Roe, a journalist held in Tarn, was killed in prison by fellow inmates.', 1, null],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: tolls told as a number the dead came to', () => {
  it.each([
    ['Twin bombings struck a mosque and a restaurant in Ulma; the dead numbered 44 in all.', 44, null],
    ['Fatalities numbered 12, officials in Tarn said.', 12, null],
    ['The dead totaled 30 and the injured numbered 60.', 30, 60],
    ['The blast in Sorra took the lives of 14 people.', 14, null],
    ['A bomb exploded at the Darlo bus station. The death toll was 17.', 17, null],
    ['A bomb killed 12 people in Ulma; the number of dead later rose to 17.', 17, null],
    ['A bomb killed 12 people in Ulma. The death toll was 17 by the next day.', 17, null],
    ['Gunmen killed 12 in Tarn; the dead numbered 17 by evening.', 17, null],
    ['Attacks killed hundreds; deaths for the year totaled 400.', null, null],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: nested accounts, attackers told apart, kin and a named victim', () => {
  it.each([
    [
      'Two suicide bombers blew themselves up outside a church in Ulma. Police put the death toll at 81; church officials said 127 had died.',
      83,
    ],
    ['Two bombers blew themselves up at a church in Tarn. Police said 20 people died, including the bombers.', 20],
    [
      'Two bombers blew themselves up at a church in Tarn. Police put the death toll at 81, not counting the attackers.',
      83,
    ],
    ['Sorra Front leader Ann Roe was killed with his nephew in a bombing in Ulma.', 2],
    ['Ann Roe was killed with his son’s rifle in Tarn.', 1],
    ['Ann Roe and his nephew were killed in Darlo.', 2],
    ['Two suspected militants and Inspector Omar Tal of the Ulma Police Special Cell died in the shootout.', 3],
    ['Three soldiers and Sorra Front commander Ann Roe were killed near Tarn.', 4],
    ['Two soldiers and Tarn Front fighters were killed near Bessa.', 2],
  ])('reads %s', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
  it('tells the later accounts apart, never added', () => {
    const reading = readCasualties(
      'On May 3, two suicide bombers blew themselves up outside a church in Ulma as worshippers were leaving. Police put the death toll at 81; church officials said 127 had died.',
    );
    expect([reading.figures.killed, reading.accounts]).toEqual([
      83,
      'Police: 81 killed; church officials: 127 killed (figures not added); 2 attackers besides',
    ]);
  });
});

describe('countCasualties: a toll told with its first figure, then revised', () => {
  it.each([
    ['The initial toll of 61 rose to 81 within two days, and more than 470 people were injured.', 81, 470],
    ['The toll of 12 dead rose to 15.', 15, null],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: a campaign toll, one abducted, forces named by nation', () => {
  it.each([
    [
      'A convoy was ambushed near Tarn, killing seven people; monitors later recorded more than 1,190 deaths linked to the fighting and its aftermath.',
      7,
      null,
    ],
    [
      'Gunmen killed the mayor of Ulma and two of his guards; the mayor’s son was wounded and a driver was abducted.',
      3,
      1,
    ],
    ['Ann Roe was wounded and a driver was also wounded in Tarn.', null, 2],
    [
      'Troops clashed with insurgents in Sorra district, losing one South African soldier; two others were wounded.',
      1,
      2,
    ],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('countCasualties: first review of the session (later deaths, custody, breakdowns, kin)', () => {
  it.each([
    [
      'On May 3, a bomb in Tarn killed two and wounded five, one of whom later died; police later put the toll at three.',
      3,
      5,
      null,
    ],
    ['A bomb in Tarn killed two and wounded five, one of whom later died. The death toll rose to three.', 3, 5, null],
    [
      'On May 3, gunmen attacked Tarn, killing 12 people. Fatalities totaled 19 when the siege ended on May 5.',
      19,
      null,
      null,
    ],
    ['On May 3, police in Tarn arrested 40 suspects, and at least three died in custody.', null, null, 40],
    [
      'On May 3, police raided a hideout in Tarn, arresting 12 suspects and killing three, and two more died in custody.',
      3,
      null,
      12,
    ],
    ['On May 3, three police officers and a soldier and a civilian were wounded in Tarn.', null, 4, null],
    ['On May 3, militants attacked Ulma, killing 30; the death toll was 12 soldiers and 18 civilians.', 30, null, null],
    ['Ann Roe was shot dead with his son watching in Tarn.', 1, null, null],
    ['Ann Roe was killed with his guard dog in Tarn.', 1, null, null],
    ['Gunmen killed 12 soldiers in Tarn; two civilians and Mayor Ann Roe of Ulma also died.', 15, null, null],
  ])('reads %s', (sentence, killed, wounded, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded, figures.arrested]).toEqual([killed, wounded, arrested]);
  });
  it('adds no named victims to a toll told before them (a part of it)', () => {
    // (The named one read as before the reading of "N X and <Name> died": no more than the list without the name.)
    const told =
      'On May 3, a suicide bomber killed 30 people at a rally in Tarn; two bodyguards and candidate Ann Roe were killed in the blast.';
    const withoutName =
      'On May 3, a suicide bomber killed 30 people at a rally in Tarn; two bodyguards were killed in the blast.';
    expect(readCasualties(told).figures.killed).toBe(readCasualties(withoutName).figures.killed);
  });
});

describe('countCasualties: the toll of the event this one came after', () => {
  it.each([
    [
      'On December 20, jets struck militant hideouts around Tarn, a day after a suicide attack on a checkpoint there killed five soldiers; the army said 33 militants died in the strikes.',
      33,
    ],
    [
      'On December 20, jets struck militant hideouts around Tarn, a day after a suicide attack on a checkpoint there killed five soldiers, and the army said 33 militants died in the strikes.',
      33,
    ],
    ['On May 3, police arrested three suspects in Ulma, two days after the bombing that killed 12.', null],
  ])('reads %s', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('countCasualties: a group found dead, a toll of what came before, one arrested named by a role', () => {
  it.each([
    [
      'On April 9, a group of 31 unarmed men detained by security forces in Ulma was found dead hours after their arrest.',
      31,
      null,
    ],
    ['Police arrested 12 suspects in Tarn, and two of their relatives were found dead the next day.', 2, 12],
    [
      'On May 19, soldiers killed 12 civilians at a market in Tarn after one of their colleagues had been killed.',
      12,
      null,
    ],
    [
      'Following the October 14 bombing, police arrested nine suspects on October 16, along with the alleged coordinator of the attack.',
      null,
      10,
    ],
    ['Police arrested nine suspects on May 3, along with 30 rifles.', null, 9],
    ['Police arrested nine suspects along with the leaders of the cell.', null, 9],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: "the death toll was" opening its clause only', () => {
  it.each([
    ['A bomb killed 18 people in Tarn; in Ulma, the death toll was 12 after a second blast.', 18],
    ['A bomb killed 12 people in Ulma; the death toll was 17.', 17],
    ['18 people were killed; two days later, the death toll rose to 30.', 30],
  ])('reads %s', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('countCasualties: a named victim, the place he is of, and a list with words around its items', () => {
  it.each([
    [
      'A bomb exploded at the assembly in Tarn, killing Representative Ann Roe of Ulma, his driver, a congressional aide, and a staff member of another representative, and wounding 12.',
      4,
    ],
    ['Gunmen opened fire in Tarn, killing Representative Ann Roe of Ulma, his driver, and two bodyguards.', 4],
    ['Police killed Ann Roe of Tarn, a suspect in the bombings.', 1],
    ['Gunmen in Tarn killed Ann Roe, a father of three, and his son.', 2],
    [
      'A U.S. air strike near Tarn killed Omar Tal, the U.S.-born group ideologue, along with Ann Roe, the editor of its magazine, and two other members.',
      4,
    ],
  ])('reads %s', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('countCasualties: forces captured with the verb left out, and an item with a fate of its own', () => {
  it.each([
    ['Officials said 185 soldiers were killed and 73 captured near Tarn.', 185, null],
    ['Police killed two militants near Tarn and 12 captured.', 2, 12],
    ['A bomb in Tarn killed 49 soldiers and one civilian.', 50, null],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('countCasualties: second review of the session', () => {
  it.each([
    ['On September 25, a bomb killed 18 people in Ulma; a week later, the death toll stood at 30.', 30, null],
    ['On September 25, a bomb killed 18 people in Ulma; two days later, the number of dead rose to 30.', 30, null],
    ['On May 3, police arrested nine suspects, along with the leader’s weapons and explosives.', null, 9],
    [
      'On April 9, security forces detained 40 people in Ulma after two soldiers were found dead near a checkpoint.',
      2,
      40,
    ],
    ['On May 3, a car bomb exploded at a market in Tarn. Officials said the death toll was 45.', 45, null],
    ['On May 3, a car bomb exploded at a market in Tarn. The final death toll was 45.', 45, null],
    [
      'On May 3, gunmen stormed a hotel in Tarn, killing 12 guests; the siege ended after all four attackers had been killed.',
      16,
      null,
    ],
    [
      'On May 3, militants attacked a police station in Tarn; fighting continued for hours after 10 officers had been killed.',
      10,
      null,
    ],
    ['Gunmen in Tarn shot dead Ann Roe of Ulma, a journalist, and her driver.', 2, null],
    ['Gunmen killed Ann Roe, a cleric, and his son.', 2, null],
    ['A bomber struck a mosque in Tarn, killing an imam, a vigilante and two worshippers.', 4, null],
  ])('reads %s', (sentence, killed, arrested) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('readCasualties: the number of a group killed put at a figure', () => {
  it('reads "put the number of soldiers killed at Tarn at 82" and "… in the two villages at 40"', () => {
    expect(readCasualties('The ministry put the number of soldiers killed at Tarn at 82.').figures.killed).toBe(82);
    expect(readCasualties('Officials put the number of people killed in the two villages at 40.').figures.killed).toBe(
      40,
    );
  });
});

describe('readCasualties: tolls told in other words', () => {
  it('reads "took another seven lives" and "The dead – 53 in all, including … – included"', () => {
    expect(readCasualties('A bicycle bomb in the market on April 6 took another seven lives.').figures.killed).toBe(7);
    expect(
      readCasualties(
        "The dead – 53 in all, including the hotel's owner, Omar Tal, and all four attackers – included many passersby.",
      ).figures.killed,
    ).toBe(53);
  });

  it('reads the members of a cell dismantled as arrested', () => {
    expect(
      readCasualties('In Tarn, police dismantled a cell of eight suspected facilitators in mid-November.'),
    ).toEqual({
      figures: { killed: null, wounded: null, arrested: 8 },
      evidence: { arrested: 'dismantled a cell of eight' },
      accounts: null,
    });
  });

  it('reads names with a lower-case particle, and an alias in quotes before the aside', () => {
    expect(
      readCasualties(
        'In May, units arrested Zia ul-Tarn, the former chief, along with two other senior members in Ulma.',
      ).figures.arrested,
    ).toBe(3);
    expect(
      readCasualties(
        'A strike near Tarn killed Omar Ali Bessa, also known as "Anta Anta," an explosives expert, and a second member traveling with him.',
      ).figures.killed,
    ).toBe(2);
  });

  it('counts one close to the victim told dead after a semicolon, and no one who survived', () => {
    expect(
      readCasualties('A strike killed group leader Omar Ali Tessa as he traveled by car; his driver also died.'),
    ).toEqual({
      figures: { killed: 2, wounded: null, arrested: null },
      evidence: { killed: 'killed group leader Omar Ali Tessa … his driver also died' },
      accounts: null,
    });
    expect(readCasualties('Gunmen killed Ali Tessa; his driver survived.').figures.killed).toBe(1);
  });
});

describe('readCasualties: a joint toll of events told as one, and one wounded with his son', () => {
  it('reads the joint toll where no event has one of its own, and never adds it to their own', () => {
    expect(
      readCasualties(
        'Near-simultaneous bombings hit a recruitment center in Tarn and a convoy at Ulma; the two attacks killed at least 41 people in all.',
      ),
    ).toEqual({
      figures: { killed: 41, wounded: null, arrested: null },
      evidence: { killed: 'killed at least 41 people' },
      accounts: null,
    });
    expect(
      readCasualties(
        'A bomb killed five in Tarn; another killed seven in Ulma; the two attacks killed 12 people in all.',
      ).figures.killed,
    ).toBe(12);
    expect(
      readCasualties('A bomb exploded in Ulma; the two attacks killed 12 people in all.').figures.killed,
    ).toBeNull();
  });

  it('reads "wounded him and his son" as two', () => {
    expect(
      readCasualties('The minister survived a suicide attack that killed 28 people and wounded him and his son.')
        .figures,
    ).toEqual({ killed: 28, wounded: 2, arrested: null });
  });
});

describe('readCasualties: second read (each a misfire found)', () => {
  it('reads no multi-year total as the number killed, and no cell of websites as arrests', () => {
    expect(
      readCasualties('Officials put the number of people killed in Tarn since 2010 at 300.').figures.killed,
    ).toBeNull();
    expect(
      readCasualties('Authorities dismantled a network of 40 websites used by the group.').figures.arrested,
    ).toBeNull();
    expect(readCasualties('Troops dismantled a group of six training camps near Tarn.').figures.arrested).toBeNull();
  });

  it('reads a name with a lower-case particle in every arrest reading', () => {
    expect(readCasualties('In May, commander Zia ul-Tarn surrendered to police in Ulma.')).toEqual({
      figures: { killed: null, wounded: null, arrested: 1 },
      evidence: { arrested: 'Zia ul-Tarn surrendered' },
      accounts: null,
    });
    expect(readCasualties('Police took Zia ul-Tarn into custody in Ulma.').figures.arrested).toBe(1);
    expect(readCasualties('Police arrested Omar Bessa and Zia ul-Tarn in Ulma.').figures.arrested).toBe(2);
    expect(readCasualties('In May, commander Ali ibn Tessa surrendered to police in Ulma.').figures.arrested).toBe(1);
    expect(readCasualties('Police took Luis de Arro into custody in Ulma.').figures.arrested).toBe(1);
    expect(readCasualties('Police arrested Omar Bessa and Ali ibn Tessa in Ulma.').figures.arrested).toBe(2);
  });
});

describe('readCasualties: accounts given by "admitted" and "spoke of"', () => {
  it('keeps the first account and says the second, never adds them', () => {
    expect(
      readCasualties(
        'The ministry reported that a dozen soldiers and 17 attackers had died; the rebels admitted five dead of their own and claimed to have killed more than 20 soldiers.',
      ).figures.killed,
    ).toBe(29);
    expect(
      readCasualties(
        "Official accounts put the army's losses at nine killed and five wounded, while local officials in Tarn spoke of twenty dead.",
      ),
    ).toEqual({
      figures: { killed: 9, wounded: 5, arrested: null },
      evidence: { killed: 'nine killed', wounded: 'five wounded' },
      accounts: 'Official accounts: 9 killed; local officials in Tarn: 20 killed (figures not added)',
    });
  });
});

describe('readCasualties: one more "along with a gendarme", and more told ", and a guard and a resident also died"', () => {
  it('adds the one killed along with those counted, and the list that also died', () => {
    expect(readCasualties('Three militants were killed in the ensuing gunfight along with a gendarme.')).toEqual({
      figures: { killed: 4, wounded: null, arrested: null },
      evidence: { killed: 'Three militants were killed … along with a gendarme' },
      accounts: null,
    });
    expect(
      readCasualties(
        'Four suicide bombers tried to storm the colony near Tarn; all four were killed by security forces, and a security guard and a resident also died.',
      ).figures.killed,
    ).toBe(6);
    expect(readCasualties('Three militants were killed along with a car bomb.').figures.killed).toBe(3);
  });
});

describe('readCasualties: a toll put at two groups', () => {
  it('adds both groups of "put the toll at 45 soldiers and about 200 militants", never taking the second for an account', () => {
    expect(readCasualties('Officials put the toll at 12 soldiers and 30 militants.').figures.killed).toBe(42);
    expect(
      readCasualties(
        'The army put the toll at 45 soldiers and about 200 militants killed, though residents said many of the dead were civilians.',
      ),
    ).toEqual({
      figures: { killed: 245, wounded: null, arrested: null },
      evidence: { killed: '45 soldiers and about 200 militants killed' },
      accounts: null,
    });
  });
});

describe('readCasualties: a span of time before a list of the dead', () => {
  it('reads "over the next three days, 30 militants and two soldiers were killed" as 32, and a list of people whole', () => {
    expect(
      readCasualties(
        'In the operation, which continued over the next three days, 30 militants and two soldiers were killed.',
      ).figures.killed,
    ).toBe(32);
    expect(readCasualties('Eleven soldiers, three hostages and two civilians were killed.').figures.killed).toBe(16);
  });
});

describe('readCasualties: third read (each a misfire of the second batch)', () => {
  it('reads arrests of a cell or a group of people, whatever follows the figure', () => {
    for (const [sentence, arrested] of [
      ['Police dismantled a cell of 11 smugglers in Tarn.', 11],
      ['Police arrested a group of 15 foreigners in Tarn.', 15],
      ['The arrest of a cell of 11 was announced on May 3.', 11],
      ['Police dismantled a network of 20 across three provinces.', 20],
      ['Authorities dismantled a network of 40 websites used by the group.', null],
    ] as const)
      expect(readCasualties(sentence).figures.arrested).toBe(arrested);
  });

  it('reads no count of a year or a period at "put the number killed … at"', () => {
    for (const when of ['this year', 'since January', 'last year'])
      expect(
        readCasualties(`Officials put the number of people killed in Tarn ${when} at 300.`).figures.killed,
      ).toBeNull();
  });

  it('counts no "third of them" as one more, and keeps a death in the second blast of the same attack', () => {
    expect(readCasualties('The bombing killed 30 people; a third of them died in hospital.').figures.killed).toBe(30);
    expect(
      readCasualties(
        'A suicide bomber killed three soldiers at the gate; a policeman also died in the second blast minutes later.',
      ).figures.killed,
    ).toBe(4);
  });
});

describe('readCasualties: the dead listed by name, by the attacker, and by a noun with its name after it', () => {
  it('counts each person the list names once', () => {
    expect(
      readCasualties('The dead included Omar Tessa and an associate, Ali, who detonated a bomb during the siege.')
        .figures.killed,
    ).toBe(2);
    expect(
      readCasualties('The vehicle exploded short of its target, and the dead were the bomber and two police officers.'),
    ).toEqual({
      figures: { killed: 3, wounded: null, arrested: null },
      evidence: { killed: 'the dead were the bomber and two police officers' },
      accounts: null,
    });
    expect(readCasualties('The dead were Ann Roe, Omar Tal and two guards.').figures.killed).toBe(4);
  });
});

describe('readCasualties: the anniversary of a death, and "became the first … killed"', () => {
  it('counts no death an anniversary names, and reads "Two … became the first Americans killed" as two', () => {
    expect(
      readCasualties(
        'On February 13, the eve of the second anniversary of the assassination of former Prime Minister Ann Roe, bombs exploded on two minibuses. Three passengers died and around 20 were hurt.',
      ).figures,
    ).toEqual({ killed: 3, wounded: 20, arrested: null });
    expect(
      readCasualties(
        'Two U.S. service members became the first Americans killed in action in the south since 2002 when their vehicle struck a landmine. A Philippine Marine was also killed, and two other Marines were injured.',
      ).figures,
    ).toEqual({ killed: 3, wounded: 2, arrested: null });
  });
});

describe('readCasualties: fourth read (each a misfire of the late readings)', () => {
  it('gives the second group of a toll put its own fate, and counts no death an anniversary names without a comma', () => {
    expect(readCasualties('Officials put the toll at 12 soldiers and 30 civilians wounded.').figures).toEqual({
      killed: 12,
      wounded: 30,
      arrested: null,
    });
    expect(
      readCasualties(
        'On the first anniversary of the killing of Ann Roe gunmen shot dead three police officers in Tarn.',
      ).figures.killed,
    ).toBe(3);
  });

  it('adds no one "along with" in another clause, reads no routes as arrests, counts "Ann Roe, a teacher," once', () => {
    expect(
      readCasualties('Two soldiers were killed when militants attacked the post along with a civilian militia.').figures
        .killed,
    ).toBe(2);
    expect(readCasualties('Police dismantled a cell of 30 smuggling routes.').figures.arrested).toBeNull();
    expect(readCasualties('The dead were Ann Roe, a teacher, and two soldiers.').figures.killed).toBe(3);
    expect(readCasualties('Unit 22 sergeant Ann Roe became the first woman killed.').figures.killed).toBeNull();
  });
});

describe('readCasualties: the words between a figure and its verb', () => {
  it('reads a subject of up to eight words ("two soldiers of his escort and the bomber died")', () => {
    expect(
      readCasualties(
        'Ann Roe escaped unhurt; two soldiers of his escort and the bomber died, while 14 people were injured.',
      ).figures,
    ).toEqual({ killed: 3, wounded: 14, arrested: null });
    expect(readCasualties('Three guards of the Tarn district court building were killed.').figures.killed).toBe(3);
  });

  it('does not run the subject on past a clause the comma opens (", making him", ", and both")', () => {
    expect(
      readCasualties(
        'A bomber killed Ann Roe along with his driver, his guard and five passers-by, making him the most senior officer killed since 2001.',
      ).figures.killed,
    ).toBe(8);
    expect(
      readCasualties(
        'Police surrounded a house in Tarn in which two wanted members were hiding, and both were killed in the gunfight along with a gendarme.',
      ).figures.killed,
    ).toBe(3);
    expect(
      readCasualties('Twenty-nine people, including prisoners, guards, and civilians, were killed in Ulma.').figures
        .killed,
    ).toBe(29);
  });
});

describe('readCasualties: a list of the wounded told after a list of the dead', () => {
  it('ends the list of the dead where ", and four other U.S. … and eight … were wounded" begins', () => {
    expect(
      readCasualties(
        'On May 4, militants ambushed a patrol near Tarn, killing four U.S. soldiers and four Varskian soldiers, and four other U.S. service members and eight Varskian soldiers were wounded.',
      ).figures,
    ).toEqual({ killed: 8, wounded: 12, arrested: null });
  });
});

describe('readCasualties: one shot dead, told by a pronoun', () => {
  it('reads "police shot him dead" as one killed, and once where it ends an attack ("before police shot him dead")', () => {
    expect(readCasualties('On May 3, police shot him dead in Tarn after he fired on a patrol.').figures.killed).toBe(1);
    expect(readCasualties('Ann Roe drove a truck into the crowd before police shot him dead.').figures.killed).toBe(1);
  });
});

describe('readCasualties: the dead listed by who they were to another', () => {
  it('reads "his bodyguard", "Roe\'s driver" and "passers-by" as items, also before an aside', () => {
    expect(readCasualties('The dead included his bodyguard and three passers-by.').figures.killed).toBe(4);
    expect(
      readCasualties('The dead included Roe’s driver and five bystanders, among them a student.').figures.killed,
    ).toBe(6);
    expect(readCasualties('The dead included his bodyguards and three passers-by.').figures.killed).toBeNull();
  });
});

describe('readCasualties: one named by a surname alone, who died of his wounds', () => {
  it('reads "Roe died of his wounds" as one killed', () => {
    expect(readCasualties('Roe died of his wounds; his wife was badly injured and lost a finger.').figures).toEqual({
      killed: 1,
      wounded: 1,
      arrested: null,
    });
  });
});

describe("readCasualties: where the words of a figure's subject end (second read)", () => {
  it('ends them at ", and its …", "whose" and a measure, and not at a participle that only says what they were doing', () => {
    expect(
      readCasualties('Police arrested two members of the cell, and its leader was killed in the raid.').figures,
    ).toEqual({
      killed: 1,
      wounded: null,
      arrested: 2,
    });
    expect(
      readCasualties('Police questioned three members of the Ulma cell whose leader was arrested on May 3.').figures
        .arrested,
    ).toBe(1);
    expect(
      readCasualties(
        'On May 3, police in Tarn seized 200 kilograms of homemade explosives, and the driver was arrested.',
      ).figures.arrested,
    ).toBe(1);
    expect(readCasualties('Two soldiers, guarding a checkpoint near Ulma, were wounded.').figures.wounded).toBe(2);
    expect(
      readCasualties('Six pilgrims, returning from Ulma, were injured when a bomb exploded.').figures.wounded,
    ).toBe(6);
    expect(
      readCasualties('One officer was killed, and five civilians whose homes adjoined the post were hurt.').figures
        .wounded,
    ).toBe(5);
  });
});

describe('readCasualties: a cell named for its group', () => {
  it('reads "arrested a Fatah al-Tessa cell of 11 men" as 11 arrested (a hyphenated name)', () => {
    expect(
      readCasualties('On October 11, army intelligence arrested a Fatah al-Tessa cell of 11 men in Tarn.').figures
        .arrested,
    ).toBe(11);
  });
});

describe('readCasualties: third read', () => {
  it('ends a subject at ", …ing" unless the phrase closes with a comma, and reads "succumbed to" but not "Neither died"', () => {
    expect(
      readCasualties(
        'On May 3, police in Tarn arrested four suspects, questioning villagers who were wounded in the blast.',
      ).figures,
    ).toEqual({ killed: null, wounded: null, arrested: 4 });
    expect(readCasualties('Roe succumbed to his wounds.').figures.killed).toBe(1);
    expect(readCasualties('Neither died of his wounds.').figures.killed).toBeNull();
  });
});

describe('readCasualties: one deported and arrested', () => {
  it('reads "was deported from Varsk and arrested by police" as one arrested', () => {
    expect(
      readCasualties('Ann Roe, a Testland national, was deported from Varsk and arrested by police on June 21.').figures
        .arrested,
    ).toBe(1);
  });
});

describe('readCasualties: the wounded told by their treatment', () => {
  it('reads "ten others … were receiving treatment at a Tarn hospital" as ten wounded', () => {
    expect(
      readCasualties(
        'Two guards lay dead and ten others, among them two policemen, were receiving treatment at a Tarn hospital after a bomb exploded on August 11.',
      ).figures,
    ).toEqual({ killed: 2, wounded: 10, arrested: null });
  });
});

describe('readCasualties: "the only casualty" who was hurt', () => {
  it('reads "he was the only casualty, losing a hand" as one wounded and none killed, and "the only fatality" as one killed', () => {
    expect(
      readCasualties('A young man set off a small bomb near a bus in Tarn; he was the only casualty, losing a hand.')
        .figures,
    ).toEqual({ killed: 0, wounded: 1, arrested: null });
    expect(readCasualties('The guard was the only fatality.').figures.killed).toBe(1);
  });
});

describe('readCasualties: a toll told first and the final one', () => {
  it.each([
    [
      'The Tarn government initially put the death toll at 21; the final count reached 26, with about 130 people injured.',
    ],
    ['Officials initially put the death toll at 21, but the final toll was 26.'],
    ['The death toll was initially 21 but later rose to 26.'],
    ['The death toll was initially 21; the final count was at least 26.'],
    ['Police put the toll at 21; the revised count was 26.'],
  ])('reads %s as the final toll, not the sum', (text) => {
    const reading = readCasualties(text);
    expect(reading.figures.killed).toBe(26);
    expect(reading.accounts).toBe('first 21 killed, later revised to 26 (figures not added)');
  });

  it('reads no deaths in a final count of the hurt or the arrested', () => {
    expect(readCasualties('A bomb killed 21 people in Tarn, but the official count was 130 arrests.').figures).toEqual({
      killed: 21,
      wounded: null,
      arrested: 130,
    });
    expect(readCasualties('A bomb killed 21 people in Tarn; the final count was 130 injured.').figures).toEqual({
      killed: 21,
      wounded: 130,
      arrested: null,
    });
  });
});

describe('readCasualties: a "sub-" or "vice-" rank is one person', () => {
  it('reads "killed a Front sub-leader and two of his men" as three, and "a vice-mayor" as one', () => {
    expect(
      readCasualties('Security forces killed a Front sub-leader and two of his men on November 29.').figures.killed,
    ).toBe(3);
    expect(readCasualties('Gunmen killed a vice-mayor in Tarn.').figures.killed).toBe(1);
  });
});

describe('readCasualties: longer names of who died', () => {
  it.each([
    ['Gunmen in Tarn killed a newly elected provincial council member and his bodyguard outside Ulma.', 2],
    [
      'On August 5, ten members of an International Relief Mission medical team (six Testlanders and four others) were killed in Ulma district.',
      10,
    ],
  ])('reads %s', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: the attacker killing himself, then a count of his companions', () => {
  it('reads "killing himself, and his two companions were arrested" as one killed and two arrested', () => {
    expect(
      readCasualties(
        'One suspect detonated an explosive belt as officers entered, killing himself, and his two companions were arrested.',
      ).figures,
    ).toEqual({ killed: 1, wounded: null, arrested: 2 });
    expect(readCasualties('He shot his wife and his son dead.').figures.killed).toBe(2);
    expect(
      readCasualties('One suspect detonated a belt, killing himself, and his eleven companions were arrested.').figures,
    ).toEqual({ killed: 1, wounded: null, arrested: 11 });
  });
});

describe('readCasualties: a killing named with its day before the victim', () => {
  it.each([
    'The killing on Good Friday of Liberal Party council member Ann Roe in the town of Tarn by two gunmen',
    'the murder on May 3 of a police officer in Tarn',
  ])('reads one killed in "%s"', (text) => {
    expect(readCasualties(text).figures.killed).toBe(1);
  });
});

describe('readCasualties: a stoning to death', () => {
  it('reads "stoned a woman to death" as one and "stoned to death two men" as two', () => {
    expect(readCasualties('Front members stoned a woman to death in Vessa.').figures.killed).toBe(1);
    expect(readCasualties('Militants stoned to death two men accused of theft.').figures.killed).toBe(2);
    expect(readCasualties('Two women were stoned to death in Vessa.').figures.killed).toBe(2);
    expect(readCasualties('A woman was stoned to death in Vessa.').figures.killed).toBe(1);
    expect(
      readCasualties('Protesters stoned a police officer in Tarn and a mob beat the driver to death.').evidence.killed,
    ).toBe('beat the driver to death');
  });
});

describe('readCasualties: those who survived with injuries, counted', () => {
  it('reads "at least two others survived with serious injuries" as two wounded', () => {
    expect(
      readCasualties(
        'A landmine destroyed a police vehicle near Tarn, killing 10; at least two others survived with serious injuries.',
      ).figures,
    ).toEqual({
      killed: 10,
      wounded: 2,
      arrested: null,
    });
  });
});

describe('readCasualties: one wounded in each of two clauses', () => {
  it('reads "was lightly wounded by a driver …; soldiers shot and wounded the driver" as two wounded', () => {
    expect(
      readCasualties(
        'A soldier guarding a community center in Tarn was lightly wounded by a driver who rammed a patrol; soldiers shot and wounded the driver.',
      ).figures.wounded,
    ).toBe(2);
    expect(readCasualties('A soldier was wounded; police later arrested the attacker.').figures).toEqual({
      killed: null,
      wounded: 1,
      arrested: 1,
    });
  });
});

describe('readCasualties: many hurt, with no figure', () => {
  it('reads no wounded figure in "many others survived with injuries", and one in "His driver suffered serious injuries"', () => {
    expect(
      readCasualties('A bomb killed four in Tarn; many others survived with injuries.').figures.wounded,
    ).toBeNull();
    expect(readCasualties('Several passengers suffered injuries.').figures.wounded).toBeNull();
    expect(readCasualties('His driver suffered serious injuries.').figures.wounded).toBe(1);
  });
});

describe('readCasualties: a count of countries inside the subject', () => {
  it('reads "52 people from a dozen countries were killed" as 52', () => {
    expect(readCasualties('52 people from a dozen countries were killed in Tarn.').figures.killed).toBe(52);
    expect(
      readCasualties('Sixty-seven people from more than a dozen countries were killed in the siege of the Tarn mall.')
        .figures.killed,
    ).toBe(67);
    expect(readCasualties('Nine tourists from more than 14 nationalities were wounded in Ulma.').figures.wounded).toBe(
      9,
    );
    expect(readCasualties('Two police officers and three civilians were injured.').figures.wounded).toBe(5);
  });
});

describe('readCasualties: a named victim with an aside that opens "one of"', () => {
  it('reads "killed Ali Tessa, one of the group\'s most wanted leaders, and five of his followers" as 6', () => {
    expect(
      readCasualties(
        "Troops killed Tarn Front commander Ali Tessa, one of the group's most wanted leaders, and five of his followers in Ulma.",
      ).figures.killed,
    ).toBe(6);
    expect(readCasualties('Troops killed Ali Tessa, one of the founders, in Ulma.').figures.killed).toBe(1);
  });
});

describe('readCasualties: one named and others, with the wounded too', () => {
  it('adds the one named to "N others" and to "N of his bodyguards", for the dead and the wounded', () => {
    const wounded = (text: string) => readCasualties(text).figures.wounded;
    expect(
      wounded(
        'The governor survived a bombing in Tarn that killed 28 people; the governor and 30 others were wounded.',
      ),
    ).toBe(31);
    expect(wounded('Ali Tessa and 30 others were wounded.')).toBe(31);
    expect(
      wounded('A car bomb hit the motorcade in Ulma; the president and two of his bodyguards suffered light injuries.'),
    ).toBe(3);
    expect(readCasualties('The mayor and two of his bodyguards were killed.').figures.killed).toBe(3);
    expect(readCasualties('The blast killed 12 people; the bomber and two others were wounded.').figures).toEqual({
      killed: 12,
      wounded: 3,
      arrested: null,
    });
    expect(wounded('Two of his bodyguards were wounded.')).toBe(2);
  });
});

describe('readCasualties: victims named by a noun', () => {
  it('reads "killing a warder and freeing 119 inmates" as one dead', () => {
    expect(
      readCasualties('Gunmen attacked the prison at Ulma, killing a warder and freeing 119 inmates.').figures.killed,
    ).toBe(1);
  });

  it('reads "a French engineer working on a project and his Algerian driver" as two', () => {
    expect(
      readCasualties(
        'Twin bombs exploded near the station in Tarn, killing a French engineer working on a rehabilitation project and his Algerian driver.',
      ).figures.killed,
    ).toBe(2);
    expect(readCasualties('Gunmen killed Ali Tessa, his Kenyan bodyguard and a driver.').figures.killed).toBe(3);
  });
});

describe('readCasualties: a part of the toll told after it, "among them"', () => {
  it('adds nothing for ", two attackers among them," wherever the clause goes on', () => {
    expect(
      readCasualties(
        'A bomber struck a bus stop in Tarn, killing 37 people, two attackers among them, and wounding 125.',
      ).figures,
    ).toEqual({ killed: 37, wounded: 125, arrested: null });
    expect(readCasualties('Gunmen killed 12 people, three children among them, in Ulma.').figures.killed).toBe(12);
  });
});

describe('readCasualties: attackers who killed "themselves"', () => {
  it('adds as many as the attackers counted before the toll', () => {
    expect(
      readCasualties(
        'Two suicide bombers on motorcycles attacked the police headquarters in Tarn, killing 34 people and themselves and wounding 100.',
      ).figures,
    ).toEqual({ killed: 36, wounded: 100, arrested: null });
    expect(readCasualties('Gunmen attacked a bank in Ulma, killing four people and themselves.').figures.killed).toBe(
      4,
    );
  });
});

describe('readCasualties: the attacker killed by police', () => {
  it('adds "the gunman was killed by police" to the one he killed', () => {
    expect(
      readCasualties('An off-duty officer shot dead Ambassador Ali Tessa in Tarn; the gunman was killed by police.')
        .figures.killed,
    ).toBe(2);
  });
});

describe('readCasualties: a figure right after a place', () => {
  it('reads "in Sorra 13 shepherds were shot dead" as 13, and keeps digits that close a name', () => {
    expect(readCasualties('while in Sorra 13 shepherds were shot dead.').figures.killed).toBe(13);
    expect(readCasualties('On May 3, Densus 88 arrested two suspects in Tarn.').figures.arrested).toBe(2);
  });
});

describe('readCasualties: more of the dead told after the first', () => {
  it('adds "the provincial intelligence chief was also killed"', () => {
    expect(
      readCasualties(
        'Police chief Ali Tessa was shot dead by a bodyguard in Tarn; the provincial intelligence chief was also killed and three Americans were wounded.',
      ).figures,
    ).toEqual({ killed: 2, wounded: 3, arrested: null });
  });

  it('reads "was kidnapped from Tarn on January 2 and beheaded" as one dead', () => {
    expect(
      readCasualties('Reverend Ali Tessa was kidnapped from Tarn on January 2 and beheaded by his captors.').figures
        .killed,
    ).toBe(1);
  });

  it('reads a list of who they were between the figure and its verb as an aside', () => {
    expect(
      readCasualties(
        'The governor was unhurt, but at least 18 members of his escort, including police officers, soldiers, and members of a militia, were killed.',
      ).figures.killed,
    ).toBe(18);
  });

  it('reads no victim in "…, and a week later …"', () => {
    expect(
      readCasualties(
        'A bomb near Tarn wounded four officers, and a week later an IED near Ulma killed one police officer.',
      ).figures,
    ).toEqual({ killed: 1, wounded: 4, arrested: null });
  });
});

describe('readCasualties: one caught', () => {
  it('reads "was caught on July 4 trying to leave" as one arrested, and no one in "caught in the crossfire"', () => {
    expect(
      readCasualties('Chief cleric Ali Tessa was caught on July 4 trying to leave the compound.').figures.arrested,
    ).toBe(1);
    expect(readCasualties('Two civilians were caught in the crossfire in Tarn.').figures.arrested).toBeNull();
  });
});

describe('readCasualties: a review of the session’s readings', () => {
  it('reads digits after a facility’s name after "at" or "near" as part of the name', () => {
    expect(readCasualties('On May 3, a roadside bomb near Kilometre 12 wounded four soldiers.').figures.wounded).toBe(
      4,
    );
    expect(readCasualties('Two soldiers at Post 14 were killed.').figures.killed).not.toBe(14);
    expect(readCasualties('while in Sorra 13 shepherds were shot dead.').figures.killed).toBe(13);
  });

  it('counts no one with a verb of his own in a list of the dead', () => {
    expect(readCasualties('The blast killed a soldier, and his Afghan interpreter was wounded.').figures).toEqual({
      killed: 1,
      wounded: 1,
      arrested: null,
    });
  });

  it('counts the attackers of the toll’s own clause for "themselves", never a count of others before it', () => {
    expect(
      readCasualties(
        'On May 3, during the trial of 12 militants in Tarn, suicide bombers attacked the courthouse, killing 20 people and themselves.',
      ).figures.killed,
    ).toBe(20);
    expect(
      readCasualties(
        'On May 3, militants attacked the airport in Tarn; two of them detonated their vests, killing 10 people and themselves.',
      ).figures.killed,
    ).toBe(12);
  });

  it('reads an aside opening "one of" only where a comma closes it', () => {
    expect(
      readCasualties(
        'On May 3, soldiers killed Ali Tessa, one of the kidnappers of an Italian priest and two nuns, in Sorra.',
      ).figures.killed,
    ).toBe(1);
  });
});

describe('readCasualties: a second review of the session’s readings', () => {
  it('reads no arrest in one caught by gunmen, under rubble or on cameras, and one in one caught trying to leave', () => {
    expect(readCasualties('Ali Tessa was caught by gunmen near Tarn and beheaded.').figures.arrested).toBeNull();
    expect(readCasualties('A guard was caught under the rubble of the station.').figures.arrested).toBeNull();
    expect(readCasualties('The bomber was caught on security cameras before the blast.').figures.arrested).toBeNull();
    expect(readCasualties('Ali Tessa was caught trying to leave Tarn.').figures.arrested).toBe(1);
  });

  it('counts those captured by Kurdish fighters as arrested, and attackers counted in the sentence before', () => {
    expect(readCasualties('Ali Tessa was captured by Kurdish fighters near Tarn.').figures.arrested).toBe(1);
    expect(
      readCasualties(
        'Two bombers struck a market in Tarn. They detonated their vests, killing 20 people and themselves.',
      ).figures.killed,
    ).toBe(22);
  });
});

describe('readCasualties: a third review of the session’s readings', () => {
  it('counts no attackers for "themselves" where the clause names them without a count', () => {
    expect(
      readCasualties(
        'About 100 militants attacked Tarn; suicide bombers among them blew themselves up near the gate, killing six soldiers and themselves.',
      ).figures.killed,
    ).toBe(6);
  });
  it('reads one captured by Houthi rebels as no arrest, and one captured by Kurdish fighters as one', () => {
    expect(readCasualties('Ali Tessa was captured by Houthi rebels near Tarn.').figures.arrested).toBeNull();
    expect(readCasualties('Ali Tessa was captured by Kurdish fighters near Tarn.').figures.arrested).toBe(1);
  });
});

describe('readCasualties: numbered names and one caught, third review', () => {
  it('reads "At Tower 3 security guards were wounded" with no figure, and "caught inside a house … by police" as one arrested', () => {
    expect(readCasualties('At Tower 3 security guards were wounded.').figures.wounded).toBeNull();
    expect(readCasualties('Ali Tessa was caught inside a house in Tarn by police.').figures.arrested).toBe(1);
  });
});

describe('readCasualties: one arrested with a relative clause, then another', () => {
  it('reads "arrested Ali Tessa, whom Ulma accused of planning the attacks, and Bo Lee" as two', () => {
    expect(
      readCasualties('Security forces arrested Ali Tessa, whom Ulma accused of planning the Sorra attacks, and Bo Lee.')
        .figures.arrested,
    ).toBe(2);
    expect(readCasualties('Police arrested Ali Tessa, who fled, and seized weapons.').figures.arrested).toBe(1);
  });
});

describe('readCasualties: a part named in an aside, then the next item of the toll', () => {
  it('reads "11 detainees, including Ali Tessa, the alleged planner of the 2010 attack, and six police officers were killed" as 17', () => {
    expect(
      readCasualties(
        'On May 8, 11 detainees, including Ali Tessa, the alleged planner of the October 31, 2010 attack on a church, and six police officers were killed.',
      ).figures.killed,
    ).toBe(17);
    expect(readCasualties('Gunmen killed 11 people, including a child, and wounded six.').figures).toEqual({
      killed: 11,
      wounded: 6,
      arrested: null,
    });
  });
});

describe('readCasualties: one arrested, then people of another kind taken with her', () => {
  it('counts "a woman and three men" as four, past what the first one wore', () => {
    expect(readCasualties('police arrested a woman and three men in Ulma').figures.arrested).toBe(4);
    expect(
      readCasualties('Police in Tarn arrested a ten-year-old girl wearing a suicide vest and two men accompanying her')
        .figures.arrested,
    ).toBe(3);
    expect(readCasualties('police arrested a man carrying a rifle and seized explosives').figures.arrested).toBe(1);
  });
});

describe('readCasualties: a long aside between the items of a toll', () => {
  it('adds the items on both sides of an aside naming one victim, however long the aside', () => {
    expect(
      readCasualties(
        '11 detainees, including Ali Tessa, the alleged planner of the October 31, 2010 attack on Our Lady of Salvation Church in Ulma, and six police officers were killed',
      ).figures.killed,
    ).toBe(17);
  });
});

describe('readCasualties: one arrested, told with whose or what he is, then others', () => {
  it('counts the driver "of a second vehicle, which had failed to detonate," and four accomplices as five', () => {
    expect(
      readCasualties(
        'police arrested the driver of a second explosives-laden vehicle, which had failed to detonate, and four alleged accomplices',
      ).figures.arrested,
    ).toBe(5);
    expect(readCasualties('police arrested the leader of the cell and his deputy').figures.arrested).toBe(2);
    expect(readCasualties('police arrested the leader of the cell and seized weapons').figures.arrested).toBe(1);
  });
});

describe('readCasualties: the toll of an earlier event a comparison names, and one killed with a companion', () => {
  it('reads no toll of "the deadliest attack since a truck bomb … killed more than 500"', () => {
    expect(
      readCasualties(
        'two car bombs exploded at the Tessa junction in Ulma, killing 121 people and wounding 333, the deadliest attack since a truck bomb at the same junction killed more than 500 people on October 14, 2017',
      ).figures,
    ).toEqual({ killed: 121, wounded: 333, arrested: null });
  });
  it('counts one named victim and the companion killed with him', () => {
    expect(
      readCasualties('A nun, Sister Ann Roe, was shot dead with her Korvelese bodyguard outside a hospital in Tarn')
        .figures.killed,
    ).toBe(2);
    expect(
      readCasualties('Taliban leader Omar Tal was killed in a U.S. air strike on May 21, together with his driver.')
        .figures.killed,
    ).toBe(2);
  });
});

describe('readCasualties: a name in an aside between the items of those arrested, and a denial of injuries', () => {
  it('counts "three Korvelese, among them Ali Tessa, and two Ulman nationals" as five', () => {
    expect(
      readCasualties('police arrested three Korvelese, among them Ali Tessa, and two Ulman nationals in Tarn').figures
        .arrested,
    ).toBe(5);
  });
  it('reads "without injuring anyone" as no casualties', () => {
    expect(readCasualties('several rounds fell near the embassy without injuring anyone').figures).toEqual({
      killed: 0,
      wounded: 0,
      arrested: null,
    });
  });
});

describe('readCasualties: acronyms in a list, an opening that names no victims, hyphenated names, the tenth, a bomber alone', () => {
  it.each([
    ['Two suspected TKF members and Inspector Ali Tessa were killed in the shootout', 'killed', 3],
    [
      'In a separate incident the following week, two soldiers and a militant died in a firefight near Tarn.',
      'killed',
      3,
    ],
    ['police arrested Korvelese rights activist Al-Amin Tessa on his arrival in Tarn', 'arrested', 1],
    ['Police captured the tenth, Omar Ali Bessa, alive near Tarn on November 27.', 'arrested', 1],
    ['a suicide bomber blew herself up in a mosque in Tarn, but no one else was hurt.', 'killed', 1],
    ['a bomb exploded in a mosque in Tarn, but no one else was hurt.', 'killed', 0],
  ] as const)('%s → %s %d', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: people separated from the others, then killed', () => {
  it('counts "25 men were separated from the women and children and killed" as 25 dead, and none where they were released', () => {
    expect(readCasualties('25 men were separated from the women and children and killed').figures.killed).toBe(25);
    expect(readCasualties('25 men were separated from the women and children and released').figures.killed).toBeNull();
  });
});

describe('readCasualties: the others’ own counted by a figure, and people shot and wounded', () => {
  it.each([
    ['Gunmen ambushed a convoy near Tarn, killing two Korvelese women and their two Bessan drivers.', 'killed', 4],
    ['A bomb killed a farmer and his three sons in Ulma.', 'killed', 4],
    ['The blast wounded four soldiers and their two interpreters.', 'wounded', 6],
    ['Two more high school girls, both Sorran, were shot and wounded on a street in Tarn.', 'wounded', 2],
    ['Three guards were stabbed and injured by a man outside the Ulma court.', 'wounded', 3],
  ] as const)('%s → %s %d', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: a victim told by a title with its unit or region, by any noun, and a list with a named driver', () => {
  it.each([
    [
      'Army special forces killed the commander of the KLF’s 15th Front and two of his bodyguards near Tarn.',
      'killed',
      3,
    ],
    [
      'Security forces killed the SLA emir for the central region, and two associates, in an ambush near Ulma.',
      'killed',
      3,
    ],
    ['Gunmen shot dead a Sorran rubber tapper and his wife in Tarn; their son was wounded.', 'killed', 2],
    ['Gunmen shot dead a rubber tapper in Tarn.', 'killed', 1],
    ['Gunmen gunned down a family of five in Tarn.', 'killed', null],
    [
      'Korvelese Ambassador Ann Roe, her bodyguard Omar Tal, and their World Relief Agency driver were killed when gunmen attacked the convoy.',
      'killed',
      3,
    ],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the second review of this batch (people freed after "and their", times, capitalized lists)', () => {
  it.each([
    ['Police killed the two kidnappers and their 12 hostages were freed unharmed.', 'killed', 2],
    ['Gunmen killed three shepherds and their 40 sheep near Sorra.', 'killed', 3],
    ['Sorran journalist Ali Tessa was shot dead a day after he and his wife received threats.', 'killed', 1],
    ['Three policemen were assassinated a day later in Ulma.', 'killed', null],
    ['Ann Roe, her husband Omar Tal, and their Sorran and Bessan guards were killed.', 'killed', null],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the third review of this session', () => {
  it.each([
    ['A bomb killed two policemen in Tarn; the two bombers also died.', 'killed', 4],
    ['Militants killed four soldiers and their two civilian drivers who had stopped at a checkpoint.', 'killed', 6],
    ['Gunmen shot dead a rubber tapper before fleeing into the forest.', 'killed', 1],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: what the one named had is no victim', () => {
  it.each([
    ['On May 3, gunmen killed Ann Roe, in Tarn, and his car was burned.', 'killed', 1],
    ['Militants shot dead trader Omar Tal and torched his shop in Ulma.', 'killed', 1],
    ['Gunmen killed Ann Roe and her house in Tarn was set on fire.', 'killed', 1],
    ['Gunmen killed councilor Ali Tessa and his driver near Tarn.', 'killed', 2],
    ['Gunmen killed councilor Ali Tessa, in Ulma, and his nephew.', 'killed', 2],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: attackers who blew themselves up, and one more of them shot', () => {
  it.each([
    [
      'During a raid on May 3, three suspects blew themselves up as officers closed in, and police shot dead a fourth.',
      'killed',
      4,
    ],
    ['Three suicide bombers blew themselves up at a market in Tarn, killing 27 people.', 'killed', 27],
    ['Two suspects blew themselves up in Ulma; police shot dead a man who fled.', 'killed', 1],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the fourth review of this session', () => {
  it.each([
    ['On May 3, a bomb killed 12 people at a market in Tarn. The 12 killed included two children.', 'killed', 12],
    [
      'On May 3, gunmen killed two police officers in Tarn; the two officers were killed while guarding a church.',
      'killed',
      2,
    ],
    ['On May 3, a bomb wounded 30 people in Tarn; the 30 injured were taken to Ulma hospital.', 'wounded', 30],
    ['A bomb killed two policemen in Tarn; the two bombers also died.', 'killed', 4],
    ['On May 3, militants killed trader Omar Tal and his shop assistant in Ulma.', 'killed', 2],
    ['Gunmen killed councilor Ali Tessa and his house guard near Tarn.', 'killed', 2],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: lists with the bomber, accounts given up, particles, the other side in an operation', () => {
  it.each([
    ['A bomber in Tarn killed two citizens, one policeman, and himself.', 'killed', 4],
    [
      'A suicide bomber in Tarn killed two Sorran citizens, one Bessan, and himself, and wounded 18 people.',
      'killed',
      4,
    ],
    ['Gunmen killed four foreigners, two Danes and two Swedes.', 'killed', 4],
    [
      'Two girls detonated explosives in Tarn; 57 people were killed, according to the agency, which revised its initial figure of 45 dead.',
      'killed',
      57,
    ],
    ['Troops killed Sorra Front commander Bah ag Tessa in the Ulma region in November.', 'killed', 1],
    [
      'Special forces killed Sorra Front emir Ali Tessa and about 35 of his fighters; two soldiers died in the operation.',
      'killed',
      38,
    ],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the second review of this session', () => {
  it.each([
    [
      'On May 3, two suicide bombers killed two soldiers at a checkpoint in Tarn; the two perpetrators died in the blast.',
      'killed',
      4,
    ],
    [
      'On May 3, kidnappers killed two guards at a bank in Tarn; the two kidnappers were later shot dead by police.',
      'killed',
      4,
    ],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the second review of this session, continued', () => {
  it.each([
    ['A bomber killed three people in Tarn, two policemen and himself.', 'killed', 3],
    ['A bomb wounded people in Tarn on May 3; a preliminary count of 20 wounded was later confirmed.', 'wounded', 20],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: a surname that died, one wounded with others uncounted, the only one injured', () => {
  it.each([
    ['Tessa died and four people were wounded, one of them an accomplice.', 'killed', 1],
    ['Civilians died in the attack in Tarn.', 'killed', null],
    [
      'An explosion in Tarn killed 11 people and wounded President Ali Tessa and several senior officials.',
      'wounded',
      null,
    ],
    [
      'A man triggered a bomb near a bus in Tarn; he was the only person injured and was taken into custody.',
      'wounded',
      1,
    ],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the people listed after one wounded, and a figure with a verb of its own', () => {
  it.each([
    ['On May 2, a bomb in Ulma wounded the governor and his driver.', 'wounded', 2],
    ['On May 9, gunmen in Bessa wounded a police officer and his two sons.', 'wounded', 3],
    ['On May 12, a bomb in Sorra wounded a policeman, a soldier, and a passer-by.', 'wounded', 3],
    ['On May 16, gunmen in Korvel wounded a teacher and two students were kidnapped.', 'wounded', 1],
    ['On May 17, gunmen in Korvel killed a teacher and two students were kidnapped.', 'killed', 1],
    ['Gunmen killed three police officers in Tarn and two civilians were abducted.', 'killed', 3],
    ['Gunmen killed three police officers and two civilians in Tarn.', 'killed', 5],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the wounded by a count put at a figure, and a preliminary count with no other', () => {
  it.each([
    [
      'A suicide bomber attacked a mosque in Bessa, killing 12; a preliminary count put the wounded at 30.',
      'wounded',
      30,
    ],
    ['Police put the number of injured at 14.', 'wounded', 14],
    ['The attack left 9 dead, according to officials, who put the number of wounded at 20.', 'wounded', 20],
    ['A car bomb exploded at a market in Sorra; officials gave a preliminary count of 20 wounded.', 'wounded', 20],
    ['A bomb in Tarn killed people; the initial toll of 12 dead later rose to 15.', 'killed', 15],
    ['A bomb in Tarn killed 15 people; the initial count of 12 dead was too low.', 'killed', 15],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: deaths denied, figures denied, some of those counted told again', () => {
  it.each([
    [
      'Gunmen attacked a police station in Tarn. Police denied reports that anyone was killed, saying three officers were injured.',
      'killed',
      0,
    ],
    [
      'A bomb exploded outside a police school in Ulma, hurting 13 people. The ministry denied that anyone was killed.',
      'killed',
      0,
    ],
    [
      'A suicide attack at a market in Sorra killed nine people. Officials denied media reports of 20 deaths.',
      'killed',
      9,
    ],
    [
      'The ministry said 16 officers were killed near Bessa and denied media reports of more than 50 deaths.',
      'killed',
      16,
    ],
    ['Gunmen ambushed a bus near Korvel, killing 29 people. Ten children were among the dead.', 'killed', 29],
    ['A bomb in Darlo killed 14 people; two Americans were among those killed.', 'killed', 14],
    [
      'A suicide bomber drove a car into the mission in Tarn, killing 23 people and himself and wounding more than 80. The 23 killed included 12 staff members.',
      'killed',
      24,
    ],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: lists after one named by a role or a nationality, and items with verbs of their own', () => {
  it.each([
    ['Police arrested a Korvel national, Omar Bakri Tal, and two Darlo accomplices in Tarn.', 'arrested', 3],
    [
      'Officers arrested a would-be suicide bomber, a Korvel national, and three Darlo accomplices in Tarn.',
      'arrested',
      4,
    ],
    ['Police in Ulma arrested a Sorra Front recruiter and his two accomplices at a bus station.', 'arrested', 3],
    ['Police arrested 18-year-old Omar Tal, a Korvel asylum seeker, at the port of Tarn.', 'arrested', 1],
    ['Gunmen killed the traditional ruler of Tarn, Omar Bakri Tal, and his son in a night raid.', 'killed', 2],
    ['Gunmen shot dead a Coptic Christian, Ali Tessa, and his son in their home in Ulma.', 'killed', 2],
    ['Militants attacked Tarn, wounding a soldier and his brother, a police officer.', 'wounded', 2],
    ['Gunmen wounded a police officer in Tarn, and two of his colleagues were taken hostage.', 'wounded', 1],
    ['Militants attacked a school in Tarn and killed a teacher, and two students escaped.', 'killed', 1],
    ['Militants attacked a school in Tarn and killed a teacher and two students were later rescued.', 'killed', 1],
    ['Gunmen wounded a police officer in Tarn and two soldiers fled the scene.', 'wounded', 1],
    [
      'A bomb struck the gate of the Ulma correctional facility; officials gave a preliminary count of 20 wounded.',
      'wounded',
      20,
    ],
    [
      'A bomb struck Tarn; officials gave an initial death toll of 8, and security was increased at markets.',
      'killed',
      8,
    ],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: a name after a role, then the list; one who died in a relative clause; a couple killed', () => {
  it.each([
    ['The blasts in Tarn killed a Korvel engineer, Ali Tessa, his Darlo driver, and a soldier.', 'killed', 3],
    ['Gunmen killed a police officer, Ali Tessa, a father of three, in Tarn.', 'killed', 1],
    [
      'Gunmen in Tarn shot cameraman Ali Tessa, who died at the scene, and reporter Omar Tal, who was wounded.',
      'killed',
      1,
    ],
    ['Militants stoned to death an unmarried couple in Ulma in front of a crowd.', 'killed', 2],
    ['A bomb in Tarn wounded a soldier, who later died.', 'killed', null],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: some of the wounded who died later', () => {
  it.each([
    [
      'A car bomb exploded at a market in Tarn, killing eight people; three of the 25 wounded died the next day.',
      'killed',
      11,
    ],
    [
      'A car bomb exploded at a market in Tarn, killing eight people; three of the 25 wounded died the next day.',
      'wounded',
      25,
    ],
    ['A bomb in Ulma wounded 25 people; three of the 25 wounded later died.', 'killed', 3],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: what the second review of the session found', () => {
  it.each([
    ['Gunmen ambushed a convoy near Korvel, killing 29 soldiers. Ten civilians were among the dead.', 'killed', 39],
    ['Gunmen killed a couple dozen villagers in Tarn.', 'killed', null],
    ['Militants loyal to Omar Tal, who died in 2009, attacked a village in Tarn.', 'killed', null],
    ['Police arrested a recruiter in Tarn, and his two accomplices fled to Korvel.', 'arrested', 1],
    ['Police in Tarn arrested a cell leader and two accomplices who were planning attacks.', 'arrested', 3],
    ['Gunmen attacked a village near Tarn; the army denied that any soldiers were killed.', 'killed', null],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the attackers counted before, told dead with no figure', () => {
  it.each([
    [
      'Three suicide bombers attacked the army base in Tarn; the military said the bombers were killed and no soldiers died.',
      'killed',
      3,
    ],
    ['Four militants stormed the consulate in Ulma; the attackers were all killed.', 'killed', 4],
    ['Militants stormed the consulate in Ulma; the attackers were killed.', 'killed', null],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the attacker the only dead', () => {
  it.each([
    [
      'A suicide bomber detonated a truck outside the police headquarters in Tarn. The blast wounded 25 people but killed no one other than the bomber.',
      'killed',
      1,
    ],
    ['A bomb exploded in Ulma but killed no one.', 'killed', 0],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: figures of a series, of things seized, of others named after a victim', () => {
  it.each([
    // What else was done ends those taken.
    [
      'Police in Tarn arrested four suspected militants and seized 18 hand grenades and two suicide vests.',
      'arrested',
      4,
    ],
    ['Police arrested four militants and two accomplices.', 'arrested', 6],
    // A person's noun of two words, then those taken with that one.
    ['On June 2, police in Ulma arrested a suspected insurgent recruiter and two accomplices.', 'arrested', 3],
    ['Police arrested a suspected insurgent in Tarn and two accomplices fled.', 'arrested', 1],
    // Some of the wounded, dead.
    ['Gunmen shot and wounded five people at a market in Sorra; three of the wounded later died.', 'killed', 3],
    ['Gunmen shot and wounded five people at a market in Sorra; three of the wounded later died.', 'wounded', 5],
    ['A bomb wounded 12 people in Tarn; three of the injured died.', 'killed', 3],
    // Others after one named, and the attacker.
    ['A bomber attacked a court in Bessa, killing judge Ann Roe, 15 other people and himself.', 'killed', 17],
    ['A bomber killed judge Ann Roe, two guards and three civilians.', 'killed', 6],
    // The toll of a series or of a year's attacks is no one event's.
    [
      'A bomb exploded outside the governor’s office in Korvel, one of four bombings in the province that week that together killed 11 people.',
      'killed',
      null,
    ],
    [
      'Gunmen attacked homes in Darlo, one of a series of attacks that killed at least 12 people in the district that month.',
      'killed',
      null,
    ],
    [
      'A roadside bomb struck an army truck in Tarn; attacks by the Ulma Front in the province killed more than 40 soldiers during the year.',
      'killed',
      null,
    ],
    [
      'Insurgents attacked a village near Sorra. Insurgent attacks in Sorra district killed more than 60 civilians in the second half of the year.',
      'killed',
      null,
    ],
    ['Gunmen attacked Tarn, and the attacks on Ulma that day killed six.', 'killed', 6],
    // "one of the worst attacks" is what the event was, no one more killed.
    ['A bomb killed four people in Bessa, one of the worst attacks in years.', 'killed', 4],
    ['Gunmen killed four soldiers, two civilians and one of the attackers.', 'killed', 7],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: a revised toll, a denied claim, those named with a figure, a denial of others', () => {
  it.each([
    // A toll revised in the same clause replaces the first.
    [
      'A bomb struck the camp in Tarn. The government initially reported 60 deaths and later revised the toll to 77.',
      'killed',
      77,
    ],
    ['The army reported 12 killed and later raised the figure to 20.', 'killed', 20],
    ['Gunmen killed 12 people in Ulma and later raided a police post.', 'killed', 12],
    // A claim denied is no toll.
    [
      'Fighters attacked a base at Sorra; the army said its forces killed 110 of the attackers, and denied the group’s claim to have killed more than 60 soldiers.',
      'killed',
      110,
    ],
    // Others after one named: a list with the attacker, "one other person, and himself".
    ['A bomber rammed a car in Bessa, killing Ann Roe, his driver, a security guard, and the bomber.', 'killed', 4],
    ['A bomber killed judge Omar Tal, one other person, and himself outside his home in Korvel.', 'killed', 3],
    ['Gunmen killed Ann Roe, a journalist, and her driver.', 'killed', 2],
    // The attackers' deaths told after a toll of victims are more deaths.
    [
      'Militants attacked the base in Darlo, killing a peacekeeper and six soldiers; security forces killed six of the attackers.',
      'killed',
      13,
    ],
    // One named, then a figure who died with that one.
    [
      'Gunmen took a prosecutor hostage in Tarn. Ann Roe and two guards died after police stormed the office.',
      'killed',
      3,
    ],
    ['A bus hit a mine near Ulma; the driver and three passengers were killed.', 'killed', 4],
    ['A bomb exploded in Sorra. Police and two soldiers were killed.', 'killed', 2],
    ['Commander Ann Roe was killed along with 30 of his fighters; 21 soldiers also died.', 'killed', 52],
    // A victim after "and wounding" is the wounded's.
    [
      'A commander opened fire on a car in Tarn, killing photographer Ann Roe and wounding reporter Bo Tessa.',
      'killed',
      1,
    ],
    ['An explosion near a mosque in Ulma wounded lawmaker Ann Roe and four others.', 'wounded', 5],
    // "none fatally", and no one else hurt in the sentence after a bomber's own death.
    ['A grenade thrown into a market in Bessa on May 3 wounded 18 people, none fatally.', 'killed', 0],
    ['A suicide bomber blew himself up near the church in Korvel. There were no other casualties.', 'killed', 1],
    ['A bomb exploded near the church in Korvel. There were no casualties.', 'killed', 0],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: revised tolls told other ways, partitives of the wounded, others with a fate of their own, earlier tolls', () => {
  it.each([
    [
      'A gas attack struck Tarn. Initial reports said 300 people had died, but the death toll was later revised to more than 1,400.',
      'killed',
      1400,
    ],
    [
      'Gunmen attacked mourners near Ulma. Officials first reported 23 dead, then raised the figure to 65.',
      'killed',
      65,
    ],
    ['A bomber attacked mourners in Sorra, killing 70. The number of dead eventually reached 74.', 'killed', 74],
    ['A truck bomb in Bessa killed at least 79 people. By the next day the toll had grown to 85.', 'killed', 85],
    ['Police raised the alert level after the bomb killed 12 people in Korvel.', 'killed', 12],
    // "N of the M wounded … later died": M wounded, N more dead.
    [
      'Militants attacked a camp near Darlo, killing 14 soldiers. Two of the 20 soldiers wounded in the attack later died in hospital.',
      'killed',
      16,
    ],
    [
      'Militants attacked a camp near Darlo, killing 14 soldiers. Two of the 20 soldiers wounded in the attack later died in hospital.',
      'wounded',
      20,
    ],
    // Others told with a fate of their own are not of the dead.
    [
      'Three soldiers and a police officer were killed in the clashes in Tarn, and twelve others were wounded.',
      'killed',
      4,
    ],
    [
      'Three soldiers and a police officer were killed in the clashes in Tarn, and twelve others were wounded.',
      'wounded',
      12,
    ],
    // Two of kin, the second with no word before it.
    ['A bomb targeted the minister in Ulma, killing his driver and bodyguard and wounding 39.', 'killed', 2],
    ['Gunmen shot Ann Roe in Sorra, killing his wife and son.', 'killed', 2],
    ['A bomb killed his driver and wounded two.', 'killed', 1],
    // The toll of an earlier event told in the same sentence is not this one's.
    ['A bomb in Bessa killed three people, in the same market where a 2011 bombing had killed 60.', 'killed', 3],
    [
      'A car bomb in a market in Korvel killed 64 people; a similar bombing in the same market on July 17, 2015, had killed 115.',
      'killed',
      64,
    ],
    [
      'Eleven soldiers were killed in an ambush near Darlo, three weeks after militants killed 14 soldiers in the same area.',
      'killed',
      11,
    ],
    [
      'Twin bombs on buses in Tarn killed three people; the city had suffered a grenade attack in 2012 that killed six.',
      'killed',
      3,
    ],
    [
      'Gunmen attacked a university in Ulma, killing 21 people, two years after militants killed 145 at a school in Sorra.',
      'killed',
      21,
    ],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: a member of parliament wounded with others', () => {
  it.each([
    ['An explosion near a mosque in Tarn wounded Ulma Member of Parliament Ann Roe and four others.', 'wounded', 5],
    ['An explosion in Sorra wounded parliamentarian Ann Roe.', 'wounded', 1],
    ['The blast wounded journalist Omar Tal and cameraman Ali Musa.', 'wounded', null],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: a review of this session’s readings', () => {
  it.each([
    // One named and the others, told after another sentence: counted once.
    ['On May 3, a bomb exploded in Sorra. Ann Roe and two others were killed.', 'killed', 3],
    ['Gunmen stormed a hotel in Tarn. Manager Ann Roe and two gunmen died.', 'killed', 3],
    // Plural "attacks … killed" is a toll of many only over a period.
    ['Attacks by gunmen on two villages near Tarn killed 25 people on May 3.', 'killed', 25],
    ['Simultaneous attacks on police stations in Tarn and Ulma killed 14 officers on May 3.', 'killed', 14],
    // An earlier event's toll is another's only after this event's own.
    ['A similar attack in Bessa on January 17, 2015, had killed 15.', 'killed', 15],
    ['A grenade attack on a bar in Korvel in July 2015 that killed six people was blamed on the Front.', 'killed', 6],
    ['A bomber killed judge Omar Tal, one other worshipper, and himself outside the mosque.', 'killed', 3],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: a toll for each site of one town', () => {
  it.each([
    ['Eight people were killed at the central market and four at the bus terminal.', 'killed', 12],
    ['Three people were killed in Tarn and four in Ulma.', 'killed', 7],
    ['Five people were killed at the market and four at the checkpoint were wounded.', 'killed', 5],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: one named by a noun and whose it is, then others', () => {
  it('reads "killed the leader of the cell and two of his guards" as three', () => {
    expect(readCasualties('Soldiers killed the leader of the cell and two of his guards.').figures.killed).toBe(3);
    expect(readCasualties('Militants killed the head of the village council and wounded two guards.').figures).toEqual({
      killed: 1,
      wounded: 2,
      arrested: null,
    });
  });
});

describe('readCasualties: a victim named in quotes', () => {
  it('counts "killed \\"Raul Tarn\\"" as one and the others with him', () => {
    expect(readCasualties('Troops killed "Omar Tarn" in a raid near Darlo.').figures.killed).toBe(1);
    expect(readCasualties('The army killed “Commander Bessa” and two bodyguards.').figures.killed).toBe(3);
  });
});

describe('readCasualties: a bomber’s own death, where no other is told', () => {
  it('counts the bomber who "blew himself up", not one who tried to', () => {
    expect(readCasualties('A suicide bomber blew himself up at a checkpoint in Darlo.').figures.killed).toBe(1);
    expect(readCasualties('A suicide bomber blew herself up near a school, wounding three.').figures).toEqual({
      killed: 1,
      wounded: 3,
      arrested: null,
    });
    expect(readCasualties('A man tried to blow himself up at the airport.').figures.killed).toBeNull();
    expect(readCasualties('A bomber blew himself up at a market, killing 12 people.').figures.killed).toBe(12);
  });
});

describe('readCasualties: one wounded, named after a role, then others', () => {
  it('reads "wounded the mayor, Ann Roe, and two guards" as three', () => {
    expect(readCasualties('Gunmen wounded the mayor, Ann Roe, and two guards.').figures.wounded).toBe(3);
    expect(readCasualties('A bomb wounded a soldier, Omar Tal, and killed two.').figures).toEqual({
      killed: 2,
      wounded: 1,
      arrested: null,
    });
  });
});

describe('readCasualties: one wounded, named by a capitalized role, then others', () => {
  it.each([
    ['A bomber struck a convoy, wounding the Army Commander, Lt Gen Musa Kaltu, and 27 others.', 28],
    ['A bomber struck a convoy, seriously wounding the Army Commander, Lieutenant General Ann Roe, and 27 others.', 28],
    ['A bomber struck a convoy in Tarn, wounding the Army Commander and 27 others.', 28],
    ['A roadside bomb wounded the Provincial Governor, Ali Tessa, and his driver.', 2],
  ])('%s → %d wounded', (text, wounded) => {
    expect(readCasualties(text).figures.wounded).toBe(wounded);
  });
  it('reads no one wounded where the role is a group’s', () => {
    expect(
      readCasualties('Police questioned the Sorra Front Commander, Ali Tessa, and two aides.').figures.wounded,
    ).toBeNull();
  });
});

describe('readCasualties: one taken, named by a role held somewhere or told in an aside, and others', () => {
  it.each([
    ['Police detained the group’s wali of Tarn province and four other senior members.', 5],
    ['Police detained the group’s leader in Tarn and four other members.', 5],
    [
      'Police arrested Ali Tessa, a Moroccan who ran a shop in the Sorra district of Tarn, and four other men, three Moroccans and two Indians.',
      5,
    ],
  ])('%s → %d arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: two people named by roles or names, killed in the passive, and no event counted as a victim', () => {
  it.each([
    [
      'On October 18, Tarn police chief General Ali Tessa and the provincial intelligence chief were shot dead by a guard.',
      2,
    ],
    ['The mayor and his driver were killed.', 2],
    ['The police chief and the intelligence chief were shot dead by a guard.', 2],
    ['Gunmen attacked a bus; the driver and a passenger were killed.', 2],
    ['A bomb killed 43 worshippers, and a bombing in Tarn the same week killed 12.', 55],
    ['A bomb killed 43 worshippers, and an attack on a checkpoint followed.', 43],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
  it('reads no one killed where two places are joined', () => {
    expect(readCasualties('The bombings in Tarn and Ulma were claimed by the Front.').figures.killed).toBeNull();
  });
});

describe('readCasualties: "themselves" counted by the attackers told, and one wounded named with a possessive', () => {
  it.each([
    [
      'Two female suicide bombers blew themselves up at a checkpoint outside Tarn, killing themselves and one civilian.',
      3,
    ],
    ['Three attackers stormed the hotel, killing themselves and four guests.', 7],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
  it('reads "wounded the embassy’s security chief" as one wounded', () => {
    expect(
      readCasualties("A bomber killed himself and two guards and wounded the embassy's security chief.").figures,
    ).toEqual({
      killed: 3,
      wounded: 1,
      arrested: null,
    });
  });
});

describe('readCasualties: one taken, named by a single name', () => {
  it.each([
    ['Police arrested Tessov in Tarn, north of Ulma, later the same evening; he confessed to the attack.', 1],
    ['Police detained Ahmed in connection with the attack.', 1],
  ])('%s → %d arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
  it('counts no one where the word is a people, a day or a force', () => {
    for (const text of [
      'Police arrested Muslims in Tarn.',
      'Police arrested Monday in Tarn a man.',
      'Troops detained Police in Tarn.',
    ])
      expect(readCasualties(text).figures.arrested).not.toBe(1);
  });
});

describe('readCasualties: one and his kin counted, a role of a place, an item opening with "A"', () => {
  it.each([
    ['On June 9, the mayor of Belo and his driver were killed when a roadside bomb struck their car.', 2],
    ['On November 14, a tribal elder and his two sons were killed in Dosh.', 3],
    ['Ali Tessa and his two brothers were killed.', 3],
    ['A policeman and his wife were killed.', 2],
    ['A soldier and two others were killed.', 3],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: two people taken, named in the passive', () => {
  it('reads "activist Ali Tessa and lawyer Omar Bessa were detained in Tarn" as two arrested', () => {
    expect(
      readCasualties('Activist Ali Tessa and lawyer Omar Bessa were detained in Tarn on September 15.').figures
        .arrested,
    ).toBe(2);
    expect(readCasualties('Tarn and Ulma were placed under curfew.').figures.arrested).toBeNull();
  });
});

describe('readCasualties: one named by a group, a role in quotes or a possessive, and the others with them', () => {
  it.each([
    ['On May 16, troops captured Tarn Unity Movement leader Omar Bessa Tal and five associates in Ulma.', 6],
    ['In March, police in Ulma detained the group\'s "emir" of Tarn province and four other senior members.', 5],
  ])('%s → %d arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
  it('counts the one named by whose deputy he was and the other militants killed with him', () => {
    expect(
      readCasualties("On May 3, special forces killed Omar Bessa's deputy and two other militants near Tarn.").figures
        .killed,
    ).toBe(3);
  });
});

describe('readCasualties: two accounts told as assessed and documented', () => {
  it('keeps the first and names both sources, never the sum', () => {
    const read = readCasualties(
      'On August 21, regime forces shelled eastern Ulma; the Tarnian government assessed that 1,429 people were killed, while the Lorn Observatory for Human Rights documented 502 deaths.',
    );
    expect(read.figures.killed).toBe(1429);
    expect(read.accounts).toBe(
      'the Tarnian government: 1429 killed; the Lorn Observatory for Human Rights: 502 killed (figures not added)',
    );
  });
});

describe('readCasualties: one named by "the" and a role, or "known as" a name, and those killed with him', () => {
  it.each([
    [
      'Five days earlier, gunmen in Tarn shot dead the pro-government tribal elder Malik Sher Tessa and two of his sons.',
      3,
    ],
    ['Soldiers killed a zone commander known as Abou Talha and two of his associates in the forests of Tarn.', 3],
    ['On December 19, gunmen attacked a compound in Tarn, killing a security guard and a neighbor.', 2],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: from the session’s first review (a commander named after his group, a role in quotes, "known as", others in the passive)', () => {
  it.each([
    ['On February 20, police arrested Lorn Liberation Front commander Ali Desh and his two brothers in Sorra.', 3],
    ['On February 20, police arrested Lorn Liberation Front commander Ali Desh and two associates in Sorra.', 3],
    ['On September 1, police captured the group\'s "military commander" in Sorra.', 1],
    ['On December 2, police arrested a facilitator known as Abu Hamza and four of his associates in Kelvo.', 5],
  ])('%s → %d arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
  it.each([
    ['On March 7, Tarn Unity Movement leader Omar Bessa and five associates were killed in a raid in Ulma.', 6],
    ['On March 7, two soldiers and five militants were killed in a raid.', 7],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: a list of the dead with a name after a noun, and two capitalized words before one', () => {
  it.each([
    [
      'A suicide car bomber rammed a vehicle outside the consulate in Tarn, killing Ann Roe, his Tarnian driver Omar Bessa, a Tarnian Rangers officer, and the bomber, and wounding 52 others.',
      4,
    ],
    ['A bomber rammed a car, killing the diplomat, his driver Ali Tessa, a police officer, and the bomber.', 4],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: one who died, then one close to him "also killed"', () => {
  it.each([
    [
      'On January 8, Minister Ali Tessano died when a mine struck his vehicle at Tarn; his bodyguard was also killed.',
      2,
    ],
    ['On January 8, Ali Tessano was killed when a mine struck his vehicle at Tarn; his bodyguard was also killed.', 2],
    ['On January 8, a bomb wounded Ali Tessano; his bodyguard was also killed.', 1],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: the names of those a figure counted, then more people', () => {
  it.each([
    [
      'On January 18, gunmen ambushed a convoy in Wadi Tarn, killing two Lorn women, Ann Roe and Bo Tessa, and their two drivers.',
      4,
    ],
    ['On January 18, gunmen killed two soldiers, Ali Tessa and Omar Bessa, and wounded five.', 2],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: a role told with where it is held, then its name, then others', () => {
  it.each([
    [
      'On May 28, a bomb in the governor’s compound in Tarn killed the police commander for northern Lorn, General Ann Roe, and five others.',
      6,
    ],
    ['On May 28, a bomb killed the deputy governor of Tarn province, Omar Bessa, and two others.', 3],
    ['On May 28, a bomb killed the police chief in Ulma, Bo Tessa, Omar Bessa, and two others.', 4],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: one named "and at least N others" who died', () => {
  it.each([
    ['On May 9, a bomb exploded under the stand in Tarn; Governor Ann Roe and at least six others died.', 7],
    ['On May 9, Omar Bessa and more than 20 others were killed when a bomb exploded in Ulma.', 21],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: one named "and at least N others" after a place', () => {
  it.each([
    ['On May 9, a bomb exploded under the stand in Tarn. In Tarn, Ann Roe and at least four others were killed.', 5],
    ['On May 9, in North Tarn, Ann Roe and more than four others were killed.', 5],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: "none of the passengers was hurt", and a hijacker killed', () => {
  it.each([
    // (Nobody hurt is nobody killed either, as with "no one was injured".)
    ['On May 3, a bomb exploded on a bus near Tarn; none of the passengers was hurt.', 0, 0],
    ['On May 3, a bomb exploded near the post in Ulma; none of them were injured.', 0, 0],
    ['Special forces stormed the ferry and killed the hijacker; none of the passengers was hurt.', 1, 0],
  ])('%s → %s killed, %s wounded', (text, killed, wounded) => {
    const { figures } = readCasualties(text);
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('readCasualties: members of a group, then what the group is', () => {
  it.each([
    [
      'Police in Kesh arrested 14 suspected members of the Ulma Front (UF), an insurgent cell network, on December 10.',
      14,
    ],
    ['Police arrested 14 members of the Ulma Front, an insurgent network, in Tarn.', 14],
    ['Police arrested 14 members of the Front, a militant and two couriers.', 17],
  ])('%s → %d arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: the part told before a figure, and a name of a group with an ordinal', () => {
  it.each([
    [
      'On August 27, one of two bombers was killed when his device exploded outside a bar in Tarn.',
      1,
      'one of two bombers was killed',
    ],
    ['On May 3, two of the five guards were killed in the attack.', 2, 'two of the five guards were killed'],
    [
      'On November 29, troops killed Front 39th Column commander Ann Roe, alias "El Tarn," and four of his bodyguards near Ulma.',
      5,
      'killed Front 39th Column commander Ann Roe, alias "El Tarn," and four of his bodyguards',
    ],
  ])('%s → %d killed', (text, killed, words) => {
    const { figures, evidence } = readCasualties(text);
    expect([figures.killed, evidence.killed]).toEqual([killed, words]);
  });
});

describe('readCasualties: "none of the crew were injured"', () => {
  it('reads nobody hurt', () => {
    expect(
      readCasualties('On July 8, gunmen fired on a tanker off Tarn; none of the crew were injured.').figures.wounded,
    ).toBe(0);
  });
});

describe('readCasualties: one arrested told by a people and a noun, then a name, then others', () => {
  it.each([
    [
      'Security services detained a Sunni cleric, Sheikh Omar al-Tessa, and four other men in connection with the Tarn bombings.',
      5,
    ],
    ['Police arrested a Shia preacher and his son in Ulma.', 2],
  ])('%s → %d arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: a person told by two nouns, and those arrested in several cells', () => {
  it.each([
    [
      'On May 24, an air strike mistakenly killed the deputy governor of Tarn, Omar al-Tessa, and four of his guards.',
      'killed',
      5,
    ],
    ['On November 28, the ministry reported that 208 suspects in six cells had been arrested.', 'arrested', 208],
  ] as const)('%s → %s %d', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: three readings from the new dev gold DH', () => {
  it.each([
    [
      'On July 2, a bomber struck a convoy near Tarn. Eight Lorn tourists and their two Korvel drivers were killed.',
      10,
    ],
    ['On December 29, a strike near Tarn killed al-Ulma’s intelligence chief, Omar Tessa.', 1],
    [
      'On January 15, gunmen attacked a hotel in Tarn. Thirty people of 18 nationalities were killed, among them a Lorn citizen.',
      30,
    ],
  ])('%s → %d killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: a group named, then what it is, then more of the list', () => {
  it.each([
    [
      'On April 2, police arrested 14 members of the Front, an insurgent network, and two other suspects in Tarn.',
      'arrested',
      16,
    ],
    ['On April 2, troops killed 14 members of the Front, a banned group, and two civilians in Tarn.', 'killed', 16],
  ] as const)('%s → %s %d', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: one person told by more words, then the others of the list', () => {
  it.each([
    [
      'On March 3, police in Tarn detained his brother Korvin and two other suspects in connection with the attack.',
      'arrested',
      3,
    ],
    ['On March 3, police in Tarn detained her son Ulmo.', 'arrested', 1],
    [
      'On April 9, a bomb exploded near a school in Sorra, wounding a police officer who was trying to defuse it and two other people.',
      'wounded',
      3,
    ],
    ['On April 9, a bomb exploded in Sorra, wounding a guard who was standing nearby and two children.', 'wounded', 3],
    // (Those of the second figure have a verb of their own: another field, not more of the first.)
    [
      'On April 9, a bomb exploded in Sorra, wounding a guard who was standing nearby and two children were killed.',
      'wounded',
      1,
    ],
  ] as const)('%s → %s %d', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the DJ gold readings (invented names)', () => {
  it.each([
    // Two accounts of the wounded, where the first tells deaths besides: the first kept, never the sum.
    [
      'Police said three people died and 26 were injured; the Lorn Red Cross put the number of injured at 39.',
      'wounded',
      26,
    ],
    [
      'Police said three people died and 26 were injured; the Lorn Red Cross put the number of injured at 39.',
      'killed',
      3,
    ],
    // One named, then others counted by an acronym's fighters, or "another".
    [
      'On May 16, troops raided Tarn, killing senior KLF official Abu Omar and about a dozen KLF fighters.',
      'killed',
      13,
    ],
    ['On May 16, troops raided Tarn, killing Abu Omar and two KLF bombs.', 'killed', 1],
    ['On August 18, police killed Front leader Omar Tessa and another militant in a shootout in Tarn.', 'killed', 2],
    // One left dead or hurt, told with no figure.
    ['On January 13, a shootout in Tarn left a militant dead and a policeman injured.', 'wounded', 1],
    ['On January 13, a shootout in Tarn left a militant dead and a policeman injured.', 'killed', 1],
    ['On January 13, a shootout in Tarn left one militant dead and a police officer wounded.', 'wounded', 1],
    // The one taken is told by whose he was, or by a nationality and a role, before the others.
    ['The police arrested Front operative Omar Tessa’s brother and two associates in Tarn on June 5.', 'arrested', 3],
    [
      'Police arrested Ann Roe, alias Bo, a Lorn national and senior bomb-maker, and three associates in Tarn.',
      'arrested',
      4,
    ],
    // A role told with an organization's name before it.
    [
      'On March 23, a bomb near Tarn killed Omar Tessa, deputy Korvel Liberation Front representative in Lorn, and three of his bodyguards.',
      'killed',
      4,
    ],
    // Places that "had detained": no count of people.
    [
      'On January 18, police in Tarn, Ulma and five other provinces had detained 85 suspected Front members.',
      'arrested',
      85,
    ],
    // A killing told with its place before "of".
    ['The January 9 killing in Sorra of three Front activists drew large protests.', 'killed', 3],
  ] as const)('%s → %s %d', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the DK gold readings (invented names)', () => {
  it.each([
    // "her" as the one the bomb killed, not "her and" as one of her kin.
    [
      'On June 24, a bomb carried by a Front militant exploded prematurely on a bus in Tarn, killing her and three passengers.',
      'killed',
      4,
    ],
    // Two roles before one name, and a name after "personnel".
    [
      'On December 12, a car bomb in Tarn killed Lorn Times publisher and parliamentarian Omar Tessa and two of his companions.',
      'killed',
      3,
    ],
    [
      'Early the following morning, a mortar attack on a nearby annex killed security personnel Bo Tarn and Ann Roe and wounded two other Lorns.',
      'killed',
      2,
    ],
    // Children told with no count are no count.
    [
      'In mid-January, police in Tarn detained Ann Roe, the wife of Front operative Omar Tessa, along with her children.',
      'arrested',
      1,
    ],
    // A network broken up, counted.
    [
      'On February 2, security services broke up a network of seven people in Tarn who were recruiting young Lorns.',
      'arrested',
      7,
    ],
    ['Police broke up a protest of 300 people in Tarn.', 'arrested', null],
  ] as const)('%s → %s %s', (text, field, value) => {
    expect(readCasualties(text).figures[field]).toBe(value);
  });
});

describe('readCasualties: the DM gold readings (invented names)', () => {
  it.each([
    // Parts told after a day's number: not the day's 3, the figure after it.
    ['A clash near Ulma on August 22 left six soldiers and 14 militants dead, according to the army.', 20],
    ['On May 3 six police officers and two civilians were killed in Sorra.', 8],
    // Two people, each told by a role and a name, the second after "and" or after the first one's aside.
    ['Gunmen killed journalist Omar Tessa and photographer Ali Roe in Ulma.', 2],
    [
      'On September 12, Front fighters killed Tarn-born militant Omar Tessa, a critic of the emir, and Korvel militant Ali Roe in the Kesh area.',
      2,
    ],
    // (A title of two places stays one person.)
    ['Gunmen killed Darlo and Marlo Interior Minister Omar Bakri Haddou in Karvan on May 9.', 1],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('readCasualties: the DN gold readings (invented names)', () => {
  it.each([
    // One told by a noun of who they were, before another: "prison escapee", "and another resident".
    ['On October 1, security forces killed prison escapee Omar Tessa and another militant, Ali Roe, in a gunfight.', 2],
    ['Gunmen raided the town of Ulma on April 9, killing the head of the municipal council and another resident.', 2],
    // The forces' own dead, told as "two of their own".
    [
      'In an operation in Tarn (April 2), Marines killed six Front members, including a sub-leader, and lost two of their own.',
      8,
    ],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });

  it('reads one of kin hurt, told after the one killed, as one wounded', () => {
    const read = readCasualties(
      'A shepherd was killed and his nephew wounded when a landmine exploded near Kesh on April 16.',
    );
    expect(read.figures).toEqual({ killed: 1, wounded: 1, arrested: null });
    expect(read.evidence.wounded).toBe('his nephew wounded');
  });
});

describe('readCasualties: the second review of the 05:13 session (invented names)', () => {
  it.each([
    ['A clash near Ulma on August 22 left six soldiers, 14 militants and two civilians dead.', 22, null],
    ['Gunmen killed journalist Omar Tessa and photographer Ali Roe and wounded cameraman Sam Peet.', 2, 1],
    ['On April 14, a shepherd was killed and his nephews wounded when a landmine exploded near Sorra.', 1, null],
  ])('reads %s as %i killed and %s wounded', (sentence, killed, wounded) => {
    expect(readCasualties(sentence).figures).toMatchObject({ killed, wounded });
  });
});

describe('readCasualties: those "gunned down", told with a figure (first review of the 05:13 session)', () => {
  it.each([
    ['Two police officers were gunned down at a checkpoint in Ulma on May 2.', 2],
    ['On June 12, three farmers were gunned down in Sorra.', 3],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(readCasualties(sentence).figures.killed).toBe(killed);
  });
});

describe('readCasualties: one hurt told after those killed, with "a" (second review of the 05:13 session)', () => {
  it('reads "two shepherds were killed and a boy wounded" as 2 and 1', () => {
    expect(readCasualties('On April 14, two shepherds were killed and a boy wounded near Ulma.').figures).toEqual({
      killed: 2,
      wounded: 1,
      arrested: null,
    });
  });
});

describe('readCasualties: one taken told by whose he was, after a name in s (gold DM)', () => {
  it('reads "arrested Front sub-leader Ali Tessas\' courier and two associates" as 3 arrested', () => {
    expect(
      readCasualties("On March 22, police in Ulma arrested Front sub-leader Ali Tessas' courier and two associates.")
        .figures.arrested,
    ).toBe(3);
  });
});

describe('readCasualties: one taken "himself" (gold DJ)', () => {
  it.each([
    [
      'On September 15, Ali Tessa, who had traveled to Ulma to observe the trial, was himself arrested by Tarnian police.',
    ],
    ['On May 2, the group’s spokeswoman was herself detained in Sorra.'],
  ])('reads "%s" as 1 arrested', (text) => {
    expect(readCasualties(text).figures.arrested).toBe(1);
  });
});

describe('readCasualties: how one was known, and how badly some were hurt, are no one more (gold DQ)', () => {
  it.each([
    [
      'Assailants killed Ali Tessa, the co-founder of the Center for Peace and a prominent peace activist, at his home in Ulma.',
      { killed: 1, wounded: null, arrested: null },
    ],
    [
      'Gunmen killed Omar Bessa, a journalist and a rights activist, outside his office.',
      { killed: 1, wounded: null, arrested: null },
    ],
    ['Gunmen killed Omar Bessa, his driver, and a guard.', { killed: 3, wounded: null, arrested: null }],
    [
      'Gunmen killed Ali Tessa, the co-founder of the Center for Peace and a prominent activist, and his two bodyguards.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'A drone attack on the Ulma base wounded three service members, one critically.',
      { killed: null, wounded: 3, arrested: null },
    ],
    ['A rocket wounded four soldiers, two seriously.', { killed: null, wounded: 4, arrested: null }],
    [
      'A drone attack wounded three service members, one critically, and one civilian.',
      { killed: null, wounded: 4, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: "N men and a woman were arrested", and those removed and executed (gold DQ)', () => {
  it.each([
    ['Three men and a woman were arrested in Ulma.', { killed: null, wounded: null, arrested: 4 }],
    [
      'Two Tarnian students and a Lornian national suspected of links to the Front were detained at Ulma airport.',
      { killed: null, wounded: null, arrested: 3 },
    ],
    [
      'Militants stopped a bus near Ulma, removed 14 soldiers who were traveling home on leave, and executed them.',
      { killed: 14, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: kin told with an age, a companion wounded, a guard "also killed" (gold DP)', () => {
  it.each([
    [
      'On November 13, gunmen fired on a car near Ulma, killing Rabbi Ali Tessa and his 18-year-old son Omar.',
      { killed: 2, wounded: null, arrested: null },
    ],
    [
      'A gunman shot and killed Dan Roe near Ulma and wounded his companion.',
      { killed: 1, wounded: 1, arrested: null },
    ],
    [
      'Militants shot dead Education Minister Ali Tessa at his residence in Ulma; a policeman guarding the house was also killed.',
      { killed: 2, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: a figure past whom they worked for (gold DP)', () => {
  it.each([
    [
      'Four female vocational trainers working for a local non-governmental organization were shot dead near Ulma.',
      { killed: 4, wounded: null, arrested: null },
    ],
    ['Four soldiers stationed at the Sorra base were wounded.', { killed: null, wounded: 4, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: one "was himself killed" (first review)', () => {
  it('reads one killed', () => {
    expect(readCasualties('On March 4, Ali Tessa was himself killed by Front gunmen in Ulma.').figures.killed).toBe(1);
  });
});

describe('readCasualties: more "were also killed" after those told first, and "wounded their three companions" (second review)', () => {
  it.each([
    [
      'Gunmen killed a shopkeeper in Ulma; two bodyguards were also killed.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'A bomb killed Governor Tam Ossa and his 12-year-old nephew in Ulma; two bodyguards were also killed.',
      { killed: 4, wounded: null, arrested: null },
    ],
    [
      'Gunmen shot and killed two soldiers at a checkpoint in Mirra and wounded their three companions.',
      { killed: 2, wounded: 3, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: parts and accounts that are no more deaths or arrests', () => {
  it.each([
    // Two accounts, with the wounded told after the second: one account kept, never added.
    [
      'The ministry said 116 soldiers were killed; other officials put the death toll at more than 80, and dozens more were wounded.',
      { killed: 116, wounded: null, arrested: null },
    ],
    // Some of the wounded who died, not counted: the wounded stay, and no figure of the dead.
    [
      'Attackers threw petrol bombs at a bus near Tarn, injuring 19 people, several of whom later died.',
      { killed: null, wounded: 19, arrested: null },
    ],
    [
      'Attackers threw petrol bombs at a bus, injuring 19 people, two of whom later died.',
      { killed: 2, wounded: 19, arrested: null },
    ],
    // Those of the arrested held before are among them, not more.
    [
      'The ministry announced the arrest of 62 members of a cell; 35 of them had previously been detained.',
      { killed: null, wounded: null, arrested: 62 },
    ],
    // "One … and the other" with a fate of its own.
    [
      'A gunman shot two engineers at a gas station in Ulma. One was killed and the other was wounded.',
      { killed: 1, wounded: 1, arrested: null },
    ],
    [
      'Gunmen attacked two guards with knives, wounding one in the face and the other in the neck.',
      { killed: null, wounded: 2, arrested: null },
    ],
    // A title after the name is the one named, not a second victim.
    [
      'Gunmen killed Ann Roe, Deputy Secretary General of the Peace Secretariat, at his home in Ulma.',
      { killed: 1, wounded: null, arrested: null },
    ],
    ['Soldiers killed Sam Tessa and Omar Kell in Ulma.', { killed: 2, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: the wounded "none of whom died" (second review)', () => {
  it.each([
    [
      'On December 9, militants attacked a police post in Gorra, wounding 11 officers, none of whom died.',
      { killed: 0, wounded: 11, arrested: null },
    ],
    [
      'Gunmen killed two and wounded 11, none of whom died of their wounds.',
      { killed: 2, wounded: 11, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: the last of a list told by two words, by nation, or by a noun and a name', () => {
  it.each([
    [
      'Rockets fired at the camp in Kessa killed a Chadian peacekeeper and two civilian children.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'Gunmen opened fire in a bar in Ulma, killing a French citizen, a Belgian citizen, and three Malians.',
      { killed: 5, wounded: null, arrested: null },
    ],
    [
      'Maoists ambushed a police team, killing two police officers and cameraman Ravi Tessa.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'Militants ambushed a convoy, killing two soldiers and Colonel Ann Roe.',
      { killed: 3, wounded: null, arrested: null },
    ],
    // (Not one with a fate of their own, nor a body of forces.)
    [
      'Militants ambushed a convoy, killing two soldiers, and Colonel Ann Roe was wounded.',
      { killed: 2, wounded: 1, arrested: null },
    ],
    [
      'Mines on Mount Sorra wounded 16 soldiers and National Guard members.',
      { killed: null, wounded: 16, arrested: null },
    ],
    ['Gunmen killed a soldier and two Land Cruisers were burned.', { killed: 1, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: numbers of names, attackers counted before "hacked to death", a possessive before the driver', () => {
  it.each([
    [
      'Colonel Ann Roe, commanding officer of 41 Tarn Rifles, was killed on November 17 during an operation.',
      { killed: 1, wounded: null, arrested: null },
    ],
    [
      'Densus 88 arrested 11 suspected Front members in Ulma between February 10 and 14.',
      { killed: null, wounded: null, arrested: 11 },
    ],
    [
      'On June 28, two men hacked to death Ali Tessa, a tailor, in his shop in Ulma.',
      { killed: 1, wounded: null, arrested: null },
    ],
    [
      'Gunmen ambushed the convoy in Ulma, killing three police escorts and the governor’s driver.',
      { killed: 4, wounded: null, arrested: null },
    ],
    // (A count of people before a unit is people; a force's number before its verb with no one after it is not read so.)
    [
      'In November more than 600 Sorra Front fighters surrendered to Tarn forces in Bessa.',
      { killed: null, wounded: null, arrested: 600 },
    ],
    ['Militants killed 12 soldiers of the 3rd Battalion near Ulma.', { killed: 12, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: a throat slit in an attempt, one named who survived, one named whose kin were killed (third review)', () => {
  it.each([
    [
      'On April 3, assailants tried to slit the throat of Ali Tessa in Ulma, but he survived with serious wounds.',
      { killed: null, wounded: 1, arrested: null },
    ],
    [
      'On July 9, a suicide bomber killed two soldiers and Colonel Ann Roe survived the blast in Kessa.',
      { killed: 2, wounded: null, arrested: null },
    ],
    [
      'On July 9, a suicide bomber in Kessa killed two soldiers and Colonel Ann Roe’s bodyguards.',
      { killed: 2, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: the words quoted around a number of a name stand as written', () => {
  it('quotes "the Army’s 7th Division" with its number, and counts no one by it', () => {
    const reading = readCasualties(
      'On December 21, militants killed the commander of the Army’s 7th Division in Tarn.',
    );
    expect(reading.figures.killed).toBe(1);
    expect(reading.evidence.killed).toBe('killed the commander of the Army’s 7th Division');
  });
});

describe('readCasualties: "a U.N. employee" in a list, two named and hurt, more of his own also killed (fourth review)', () => {
  it.each([
    [
      'On March 4, gunmen attacked a guesthouse in Tarsk, killing a U.S. citizen, a U.N. employee, and a local driver.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'On May 9, Mr. K. Orrin, a U.S. citizen, and Mrs. L. Orrin were wounded by gunmen in Velm; their cook was killed.',
      { killed: 1, wounded: 2, arrested: null },
    ],
    [
      'On May 9, Ivar Holm, a judge, and Petra Sund were injured by a parcel bomb in Velm.',
      { killed: null, wounded: 2, arrested: null },
    ],
    // (Two places that read as names, or a list of three: no pair counted.)
    [
      'Residents of North Tarsel and South Tarsel were wounded by shelling.',
      { killed: null, wounded: null, arrested: null },
    ],
    ['Ann Roe, Bob Lee, and Cid Tam were wounded.', { killed: null, wounded: null, arrested: null }],
    // (Three names with no figure: not read as two.)
    ['Ivar Holm, Petra Sund and Ola Brekk were injured in Velm.', { killed: null, wounded: null, arrested: null }],
    [
      'On June 2, troops killed the KLF commander known as "the Heron" in Osk; three of his guards were also killed.',
      { killed: 4, wounded: null, arrested: null },
    ],
    [
      'On June 2, troops killed KLF commander Tor Vell in Osk; two of his bodyguards were also killed.',
      { killed: 3, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: whose an account is, quoted as written where it holds "U.S."', () => {
  it('says "a U.S. military inquiry", not the letters it was read as', () => {
    const reading = readCasualties(
      'On May 4, air strikes killed villagers in Tamsk; the provincial governor put the toll at 90, while a U.S. military inquiry found that 31 civilians were killed.',
    );
    expect(reading.figures.killed).toBe(90);
    expect(reading.accounts).toBe(
      'the provincial governor: 90 killed; a U.S. military inquiry: 31 killed (figures not added)',
    );
  });
});

describe('readCasualties: arrests denied, a couple and their own, one of any trade and his wife', () => {
  it.each([
    // ("no one was arrested" is none held, never the one of "one was arrested".)
    [
      'On March 2, gunmen shot dead a shopkeeper in Velm; no one was arrested.',
      { killed: 1, wounded: null, arrested: 0 },
    ],
    ['Gunmen shot dead a shopkeeper in Velm. No arrests were made.', { killed: 1, wounded: null, arrested: 0 }],
    ['Gunmen shot dead a shopkeeper in Velm; nobody has been arrested.', { killed: 1, wounded: null, arrested: 0 }],
    // (Others held, then "no one else": those held stand, none added.)
    ['Police arrested two men in Velm; no one else was detained.', { killed: null, wounded: null, arrested: 2 }],
    ['Gunmen shot dead a shopkeeper in Velm; no one else was arrested.', { killed: 1, wounded: null, arrested: null }],
    [
      'On May 5, insurgents shot and killed a Buddhist couple and their son in Torva.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'On May 5, insurgents killed a couple and their two children in Torva.',
      { killed: 4, wounded: null, arrested: null },
    ],
    [
      'On May 5, insurgents killed a rubber tapper and his wife in Torva.',
      { killed: 2, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
  it('quotes the denial for the none held', () => {
    expect(readCasualties('Gunmen shot dead a shopkeeper in Velm; no one was arrested.').evidence.arrested).toBe(
      'no one was arrested',
    );
  });
});

describe('readCasualties: a whole, then its parts after a colon, is the whole', () => {
  it.each([
    [
      'On March 8, two car bombs killed more than 60 people: one in Velm killed 25 people, and another in Ulma killed 35 people.',
      { killed: 60, wounded: null, arrested: null },
    ],
    [
      'On July 9, police arrested 14 suspects: nine were detained in Pallas and five in Vantor.',
      { killed: null, wounded: null, arrested: 14 },
    ],
    [
      'On June 2, bombs killed 30 people: 18 were killed in Kesh and 12 in Dorva.',
      { killed: 30, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: attackers who blew themselves up, and others captured, are two figures', () => {
  it.each([
    ['Three attackers blew themselves up and four were captured.', { killed: 3, wounded: null, arrested: 4 }],
    ['Three militants killed and four captured.', { killed: 3, wounded: null, arrested: 4 }],
    [
      // (The attackers who blew themselves up are not added to a toll told before them in the sentence: it may count them.)
      'Six recruits and a cook died before troops retook the compound; two attackers blew themselves up and three were captured.',
      { killed: 7, wounded: null, arrested: 3 },
    ],
    // (Their own victims' toll in the same clause: the attackers are not added.)
    ['Three bombers blew themselves up at a market, killing 27 people.', { killed: 27, wounded: null, arrested: null }],
    [
      'The attack killed 12 people, including three of the attackers; three attackers blew themselves up and four were captured.',
      { killed: 12, wounded: null, arrested: 4 },
    ],
    [
      'Militants killed 11 soldiers; two suicide bombers blew themselves up and two more were shot dead.',
      { killed: 15, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: those stabbed told in the passive, and a toll denied (fourth review)', () => {
  it.each([
    [
      'On March 11, two police officers were stabbed in Velm by a man who was arrested at the scene.',
      { killed: null, wounded: 2, arrested: 1 },
    ],
    ['On March 11, two guards were stabbed to death in Velm.', { killed: 2, wounded: null, arrested: null }],
    [
      'The government denied reports that an ambush near Torva on June 5 had killed 35 soldiers, saying only three were wounded.',
      { killed: null, wounded: 3, arrested: null },
    ],
    ['The army dismissed claims that 30 soldiers died in the ambush.', { killed: null, wounded: null, arrested: null }],
    // (A toll told, then reports of more denied: the toll stands.)
    [
      'Militants killed 12 soldiers in Tarn; the army denied reports of heavy losses.',
      { killed: 12, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: a toll denied, then the one the deniers give', () => {
  it('reads the deniers’ own figure after "and said"', () => {
    expect(
      readCasualties('Officials denied rebel claims that 60 soldiers died and said three were killed.').figures,
    ).toEqual({ killed: 3, wounded: null, arrested: null });
  });
});

describe('readCasualties: a second read of the session’s readings (each a misfire found)', () => {
  it.each([
    // (A claim rejected that is not of a toll: the toll told stands.)
    [
      'The Front rejected claims of responsibility for the bombing of a market in Tarsel, which killed 14 people.',
      { killed: 14, wounded: null, arrested: null },
    ],
    [
      'The army denied reports that civilians were killed in the raid, but 14 militants died in the fighting.',
      { killed: 14, wounded: null, arrested: null },
    ],
    // (The parts' wounded after a colon stand; their deaths are parts of the whole.)
    [
      'Two bombings on May 3 killed 75 people: one in Tarsel killed 28 people and wounded 40, and another in Orvana killed 47 and wounded 12.',
      { killed: 75, wounded: 52, arrested: null },
    ],
    ['Scores of civilians in Kafr Tal and Tell Abyad were wounded.', { killed: null, wounded: null, arrested: null }],
    [
      'No arrests were made that day; dozens of suspects were detained in raids the following week.',
      { killed: null, wounded: null, arrested: null },
    ],
    ['Gunmen shot dead a shopkeeper in Velm; no one has yet been arrested.', { killed: 1, wounded: null, arrested: 0 }],
    ['Two guards were stabbed at the gate; both died in hospital.', { killed: 2, wounded: null, arrested: null }],
    ['On May 3 two police officers were stabbed in Lusmara.', { killed: null, wounded: 2, arrested: null }],
    ['Gunmen killed a couple and their son was wounded in Yala.', { killed: 2, wounded: 1, arrested: null }],
    ['Gunmen killed a couple and their son and daughter in Yala.', { killed: 4, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: a loss of another time, told of who acts, is no toll (fourth review)', () => {
  it.each([
    [
      'Security forces, who lost 31 soldiers in 2018, killed six Tarn Front fighters in a raid outside Ulma on February 9.',
      { killed: 6, wounded: null, arrested: null },
    ],
    [
      'The army, which lost 12 soldiers last year, killed 30 militants near Ulma.',
      { killed: 30, wounded: null, arrested: null },
    ],
    // (A loss of the event itself stands.)
    [
      'The army, which lost 12 soldiers in the ambush, killed 30 militants.',
      { killed: 42, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: a third read of the session’s readings (each a misfire found)', () => {
  it.each([
    // (The whole told its wounded too: the parts' wounded are parts of it.)
    [
      'On May 4, two bombings in Velm killed 75 people and wounded 52: one at a market killed 28 people and wounded 30, and another at a mosque killed 47 and wounded 22.',
      { killed: 75, wounded: 52, arrested: null },
    ],
    ['Militants killed a couple and their son and daughter were wounded.', { killed: 2, wounded: 2, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: a death told as announced, and those named with the one killed (2026-12-06, fourteenth session)', () => {
  it.each([
    // (A death announced: "had been killed" told in what someone said.)
    [
      'On May 18, the army said that rebel leader Ivo Tarn had been killed near Orsk.',
      { killed: 1, wounded: null, arrested: null },
    ],
    // (Not an aside's death of another time.)
    [
      'On May 18, police said that the suspect, whose brother had been killed in 2010, was arrested in Orsk.',
      { killed: null, wounded: null, arrested: 1 },
    ],
    // (A denial told so is no death.)
    ['On May 18, the army said that no one had been killed near Orsk.', { killed: 0, wounded: null, arrested: null }],
    // (Those named after the one killed "along with" one of kin and his name.)
    [
      'On May 18, the army announced that rebel leader Ivo Tarn had been killed near Orsk, along with his son Bo Tarn and aide Al Voss.',
      { killed: 3, wounded: null, arrested: null },
    ],
    // (Not one with a fate of his own.)
    [
      'On May 18, rebel leader Ivo Tarn was killed near Orsk along with his son Bo Tarn and aide Al Voss was wounded.',
      { killed: 2, wounded: 1, arrested: null },
    ],
    [
      'On May 18, rebel leader Ivo Tarn was killed near Orsk along with his son Bo Tarn and Ulma police chased the attackers.',
      { killed: 2, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: a toll revised, raised or set aside by the text (fourteenth session, a reviewer’s cases)', () => {
  it.each([
    // (Raised to a figure: the later one, the two not added.)
    [
      'Hospital officials said 21 people were killed and 46 injured; the toll was later raised to 23.',
      { killed: 23, wounded: 46, arrested: null },
    ],
    // (Initial reports revised, with no toll of their own before.)
    [
      'A bomb exploded at a depot in Ulmek. Initial reports of 40 dead were later revised to 14; 30 people were wounded.',
      { killed: 14, wounded: 30, arrested: null },
    ],
    // (Later deaths that raise the toll to a figure: the figure is the whole, not more.)
    [
      'A car bomb in Khevan killed seven people. Of the 22 wounded, three later died, raising the death toll to 10.',
      { killed: 10, wounded: 22, arrested: null },
    ],
    // (The toll by the year's end: the later one.)
    [
      "An attack on a market in Pirnau left eight dead and 15 injured; by year's end the death toll stood at 11.",
      { killed: 11, wounded: 15, arrested: null },
    ],
    // (Early reports the text sets aside are no toll.)
    [
      'Contrary to early reports of 30 dead, the suicide attack on a Vell market killed 16 people.',
      { killed: 16, wounded: null, arrested: null },
    ],
    // (The first toll told inside the sentence that tells it risen.)
    [
      'The toll from the bombing of the Ebrin bus terminal, initially put at 11 dead, rose to 19, with more than 60 wounded.',
      { killed: 19, wounded: 60, arrested: null },
    ],
    // (A toll told of a day, dated.)
    [
      'A bomb on a train near Lissow killed nine people and injured 31. By March 20, the death toll had reached 13.',
      { killed: 13, wounded: 31, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: parts that add up to the whole, casualties of both kinds, "a sixth" (fourteenth session, read gold FT)', () => {
  it.each([
    // (The events after a colon, each with its deaths, add up to the whole: 29, never 58.)
    [
      'Two attacks in Tarn province killed 29 people: a truck struck a bomb between Orsk and Ulma, killing 15, and gunmen attacked a convoy elsewhere in the province, killing 14.',
      { killed: 29, wounded: null, arrested: null },
    ],
    // (Parts that do not add up are not read as parts.)
    [
      'Two attacks killed 29 people: a bomb in Tarn killed 15, and gunmen in Ulma killed 4.',
      { killed: 48, wounded: null, arrested: null },
    ],
    // ("killing or wounding 15": no figure of either.)
    [
      'Militants attacked an army checkpoint in Tarn, killing or wounding 15 soldiers; the army said seven attackers were killed.',
      { killed: 7, wounded: null, arrested: null },
    ],
    ['Twelve soldiers were killed or wounded in the attack.', { killed: null, wounded: null, arrested: null }],
    // ("wounded a sixth": one more, told by its place in the count.)
    [
      'Militants killed five laborers in Tarn district, and wounded a sixth.',
      { killed: 5, wounded: 1, arrested: null },
    ],
    // ("its detained leader": one held before, no arrest of this event; "the arrest of" still one.)
    [
      'Clashes in Tarn between police and members of the Ulma Movement, which demands the release of its detained leader Ivo Tarn, left two people dead.',
      { killed: 2, wounded: null, arrested: null },
    ],
    ['Officials announced the arrest of Ivo Tarn in Ulma.', { killed: null, wounded: null, arrested: 1 }],
    // (What one arrested had done since another year is no toll of the arrest.)
    [
      'Police arrested Ali Tal in Tarn, who had killed 12 people since 2015.',
      { killed: null, wounded: null, arrested: 1 },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: "neither attack causing casualties", "neither X nor Y was hurt" (fourteenth session)', () => {
  it.each([
    [
      'On December 5, two rockets struck a base in Ulma province, neither attack causing casualties.',
      { killed: 0, wounded: 0, arrested: null },
    ],
    // ("neither X nor Y was hurt": none of those named wounded, no figure; a figure told stays.)
    [
      'Neither the driver nor the guard was hurt, but the bomb killed three.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      "A bomb exploded under the minister's car, seriously wounding his driver; neither the minister nor his wife was hurt.",
      { killed: null, wounded: 1, arrested: null },
    ],
    // (Casualties denied among some only: no figure.)
    [
      'Gunmen attacked two checkpoints, killing three police; neither attack caused casualties among civilians.',
      { killed: 3, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: one named by a noun with others counted (fourteenth session, a reviewer’s cases)', () => {
  it.each([
    ['The driver and six passengers burned to death.', { killed: 7, wounded: null, arrested: null }],
    ['The driver and six passengers were killed.', { killed: 7, wounded: null, arrested: null }],
    [
      'On August 21, Sorra Front leader Ivo Tarn was killed with two aides in a military raid on a house in Kelb.',
      { killed: 3, wounded: null, arrested: null },
    ],
    // (Not what they were killed with.)
    ['Ivo Tarn was killed with two guards’ rifles.', { killed: 1, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: the second read’s misfires (fourteenth session)', () => {
  it.each([
    [
      'On May 18, police said that no soldiers had been killed in the attack on a base in Orsk.',
      { killed: null, wounded: null, arrested: null },
    ],
    [
      'On May 18, the army said that several soldiers had been killed when militants attacked a base in Orsk.',
      { killed: null, wounded: null, arrested: null },
    ],
    [
      'On May 18, the army said that reports that Ivo Tarn had been killed were false.',
      { killed: null, wounded: null, arrested: null },
    ],
    ['The attack injured a tenth of the passengers on the train.', { killed: null, wounded: null, arrested: null }],
    ['Ali Tal was killed along with his bodyguard and Tarn on May 4.', { killed: 2, wounded: null, arrested: null }],
    [
      'On May 3, a gunman who had killed six shoppers since noon at a mall in Tarn was shot dead by police.',
      { killed: 6, wounded: null, arrested: null },
    ],
    [
      'On June 2, a bomb exploded at a market in Tarn; the group has killed 200 people over the past year.',
      { killed: null, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: "Among the dead were …" after a toll put by an account (fourteenth session, read gold FT)', () => {
  it.each([
    [
      'The government put the death toll at 253. Among the dead were at least four Ulman citizens.',
      { killed: 253, wounded: null, arrested: null },
    ],
    [
      'Suicide bombers struck a shrine in Tarn. The government put the death toll at 253; about 500 people were wounded. Among the dead were at least four Ulman citizens and dozens of other foreign nationals.',
      { killed: 253, wounded: 500, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: the third read’s misfires (fourteenth session)', () => {
  it.each([
    [
      'On June 4, gunmen killed Ivo Tarn, a judge who was traveling with two bodyguards, in Ulma.',
      { killed: 1, wounded: null, arrested: null },
    ],
    [
      'On July 5, police arrested Sara Vell, who had been in contact with three associates abroad, in Tarnov.',
      { killed: null, wounded: null, arrested: 1 },
    ],
    [
      'On May 18, the army said that fighters of the Orsk Liberation Army had been killed.',
      { killed: null, wounded: null, arrested: null },
    ],
    [
      'Neither group claimed responsibility for the attack in Orsk, in which the governor was wounded.',
      { killed: null, wounded: 1, arrested: null },
    ],
    [
      'A bomb exploded in Orsk. There was no official death toll; among the dead were two children.',
      { killed: 2, wounded: null, arrested: null },
    ],
    [
      'On June 3, gunmen stormed a mall in Orsk and had killed 20 people since the start of the siege.',
      { killed: 20, wounded: null, arrested: null },
    ],
    [
      'On May 3, a bomb hit a bus in Orsk, killing eight people. The driver and seven passengers were killed.',
      { killed: 15, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: lists, asides and corrected accounts (fifteenth session)', () => {
  it.each([
    // Victims listed with semicolons, each perhaps named.
    [
      'On July 7, gunmen killed a former judge, Ivo Marek; his wife, Sara; and their driver outside their home in Orsk.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'Gunmen stormed a post in Tarn, killing the duty officer, Lieutenant Bo Varn; three constables; and a cook.',
      { killed: 5, wounded: null, arrested: null },
    ],
    ['Gunmen killed the mayor, Ivo Marek; his guards fled.', { killed: 1, wounded: null, arrested: null }],
    // An age, then who the one named was, before the one more.
    [
      'Gunmen killed the Orsk district chief, Colonel Ivo Marek, 54, a veteran of 25 years in the army, and his deputy.',
      { killed: 2, wounded: null, arrested: null },
    ],
    // What a victim had is no one: "his home and two others".
    ['Gunmen killed the mayor in his home and two others were hurt.', { killed: 1, wounded: 2, arrested: null }],
    // An owner is one person.
    [
      'Gunmen killed the owner of a bakery in Orsk, a father of four, and wounded his son.',
      { killed: 1, wounded: 1, arrested: null },
    ],
    // One more hurt "along with" the one.
    [
      'Gunmen killed two soldiers and wounded a third, along with a shepherd, near Orsk.',
      { killed: 2, wounded: 2, arrested: null },
    ],
    // Those close to the one arrested, listed before the last.
    [
      'Police detained Orsk Front spokesman Ivo Marek, his nephew, and a cousin in Tarn.',
      { killed: null, wounded: null, arrested: 3 },
    ],
    [
      'Police arrested the cell leader, Bo Varn, his brother, and two cousins.',
      { killed: null, wounded: null, arrested: 4 },
    ],
    // Dead told first, then said to have been only wounded.
    [
      'Gunmen killed a teacher in Orsk. Police initially said three pupils were also killed but later said they had only been wounded.',
      { killed: 1, wounded: 3, arrested: null },
    ],
    [
      'Police initially said two guards were killed, but later said both had survived.',
      { killed: null, wounded: null, arrested: null },
    ],
    // A revision "a day later", and "the figures".
    [
      'A bomb in Orsk killed four people and wounded six; a day later, the health ministry revised the figures to seven dead and three wounded.',
      { killed: 7, wounded: 3, arrested: null },
    ],
    // None hurt of those of one nation only: no figure of the event's (the reviewers and golds give null).
    [
      'Militias fired rockets at a base in Tarn; no U.S. personnel were injured.',
      { killed: null, wounded: null, arrested: null },
    ],
    // A correction of others, or of one where several died, or with more after it (a second read's cases).
    [
      'On May 3, gunmen killed two guards and abducted three engineers in Tarn; police later said they were alive.',
      { killed: 2, wounded: null, arrested: null },
    ],
    [
      'On June 2, a bomb in Tarn killed two bystanders, but police later said they had only been wounded, and a second blast killed three soldiers.',
      { killed: 3, wounded: 2, arrested: null },
    ],
    [
      'A bomb in Tarn killed four soldiers; police later said he had only been wounded.',
      { killed: 4, wounded: null, arrested: null },
    ],
    [
      'On March 3, gunmen killed two guards in Tarn, but police later said they had only been wounded; the two wounded guards were taken to a hospital in Orsk.',
      { killed: null, wounded: 2, arrested: null },
    ],
    [
      'A bomb killed 10 people in Orsk; officials later revised the toll to 12; in Tarn, gunmen killed two guards, but police later said they had only been wounded.',
      { killed: 12, wounded: 2, arrested: null },
    ],
    [
      'The attack, which took place near the market in Tarn, killed two guards, but police later said they had only been wounded.',
      { killed: null, wounded: 2, arrested: null },
    ],
    [
      'On September 2, a car bomb in Orsk was responsible for 14 deaths.',
      { killed: 14, wounded: null, arrested: null },
    ],
    [
      'On November 5, police shot dead two gunmen who attacked a church in Orsk; no worshippers were hurt.',
      { killed: 2, wounded: 0, arrested: null },
    ],
    // The wounded revised, the dead as told.
    [
      'A bomb in Tarn killed two people and wounded six; a day later, the ministry revised the figures to nine wounded.',
      { killed: 2, wounded: 9, arrested: null },
    ],
    // A group unhurt where others died says nothing of the wounded.
    [
      'On December 24, an IED struck a police truck near Orsk, killing two police officers; no civilians were hurt.',
      { killed: 2, wounded: null, arrested: null },
    ],
    ['Rockets hit the base in Orsk; no soldiers were hurt.', { killed: 0, wounded: 0, arrested: null }],
    // One more killed in the raid the one named died in.
    [
      'On September 23, the army killed Ivo Marek, alias "Bolo," a Front commander in Tarn, in a raid in which another guerrilla was also killed.',
      { killed: 2, wounded: null, arrested: null },
    ],
    // Things taken along with one are no one.
    [
      'On May 3, the blast wounded a guard, along with two tankers parked nearby.',
      { killed: null, wounded: 1, arrested: null },
    ],
    [
      'On May 3, police arrested Omar Tal, his deputy, and a cousin in Tarn.',
      { killed: null, wounded: null, arrested: 3 },
    ],
    // A group's past deaths are no toll of the attack it claimed.
    [
      'The Orsk Front, which numbers some 3,000 fighters and has been responsible for more than 4,000 deaths since 1990, claimed an attack on May 9 near Tarn that killed three soldiers.',
      { killed: 3, wounded: null, arrested: null },
    ],
    [
      'The Velm People’s Army (VPA), formed in 1997 and responsible for over 1,000 deaths since then, claimed a July 2 bombing in Ardo that wounded three.',
      { killed: null, wounded: 3, arrested: null },
    ],
    [
      'The Front, blamed for some 600 killings over the past decade, set off a bomb in Ardo on July 2 that killed two.',
      { killed: 2, wounded: null, arrested: null },
    ],
    // Two accounts of one toll, then more wounded told after a semicolon: one account, never the two added.
    [
      'The government initially reported 80 deaths, while local officials and survivors later put the toll at more than 200; dozens more were wounded.',
      { killed: 80, wounded: null, arrested: null },
    ],
    // One killed, told by a party with a bracketed abbreviation; one more hurt, shot in a place and wounded.
    [
      'On June 15, a gunman killed an Orsk People’s Democratic Party (OPDP) member in Tarn.',
      { killed: 1, wounded: null, arrested: null },
    ],
    ['Two days later another OPDP member was shot in Ulma and wounded.', { killed: null, wounded: 1, arrested: null }],
    // One named and "another" taken with him.
    [
      'On February 9, police arrested senior Front leader Omar Bakri Tal and another Front official in Tarn.',
      { killed: null, wounded: null, arrested: 2 },
    ],
    // The one named and one of his hurt, after a death told first.
    ['Tessa’s driver was killed and Tessa and his bodyguard were wounded.', { killed: 1, wounded: 2, arrested: null }],
    // Two accounts of the wounded, the second told of soldiers ("soldiers" is no death).
    [
      'The driver was killed and three soldiers were injured, according to Orrel officials, although army officials said two soldiers were hurt.',
      { killed: 1, wounded: 3, arrested: null },
    ],
    // An arrest told of one in an aside, before the event and with no day of its own, is not the event's.
    [
      'Security forces raided a safe house in Orrel and killed four members of the cell led by Omar Tessa, who had been arrested earlier in the month.',
      { killed: 4, wounded: null, arrested: null },
    ],
    [
      'Omar Tessa, who had been arrested on May 3, was charged on May 10.',
      { killed: null, wounded: null, arrested: 1 },
    ],
    // Those a fight left held.
    [
      'Police returned in a larger operation, and a daylong gun battle left 14 people dead, one of them a police officer, and 20 suspects under arrest.',
      { killed: 14, wounded: null, arrested: 20 },
    ],
    // Second read of the session: the wounded of other people or of another blast are added, not another account;
    // a soldier captured by militants is no arrest; an arrest at the scene told in an aside is one; none freed from
    // custody are held.
    [
      'On May 2, a bomb exploded near a market in Orrel, injuring three civilians, according to police, and army officials said two soldiers were hurt.',
      { killed: null, wounded: 5, arrested: null },
    ],
    [
      'On May 2, a roadside bomb in Orrel injured four police officers, according to local officials, and the army said three soldiers were wounded in a second blast nearby.',
      { killed: null, wounded: 7, arrested: null },
    ],
    [
      'Militants killed two soldiers and captured another in Venn on May 2.',
      { killed: 2, wounded: null, arrested: null },
    ],
    [
      'A suicide bomber attacked a police station in Venn, killing six people; the bomber’s accomplice, Omar Tal, who had been arrested at the scene, later confessed.',
      { killed: 6, wounded: null, arrested: 1 },
    ],
    [
      'On July 7, the attack on the prison in Orrel left nine guards dead and freed 40 militants in custody.',
      { killed: 9, wounded: null, arrested: null },
    ],
    // Whose offices those counted held, in an aside before the others.
    [
      'A suicide bomber blew himself up at a graduation ceremony in Orrel, killing three ministers, those of Health, Education, and Higher Education, and at least 19 others, among them doctors and students.',
      { killed: 22, wounded: null, arrested: null },
    ],
    // One named by a surname with its article, who died.
    ['The minister was lightly wounded and al-Tessa died.', { killed: 1, wounded: 1, arrested: null }],
    // People told by nouns, listed with no serial comma, then a figure.
    [
      'On June 23, police in Orrel arrested a nurse, a mechanic and two students.',
      { killed: null, wounded: null, arrested: 4 },
    ],
    // Two named who gave themselves up.
    [
      'On May 3, Ali Tessa and Omar Bessa surrendered to the army in Orrel.',
      { killed: null, wounded: null, arrested: 2 },
    ],
    // One more taken, told by "another".
    ['Officers returned fire, killing one attacker and arresting another.', { killed: 1, wounded: null, arrested: 1 }],
    ['On May 4, police arrested another suspect in Orrel.', { killed: null, wounded: null, arrested: 1 }],
    // One taken, named by what he did.
    [
      'Police arrested the suspected sender, Ivo Marek, on April 10, and a court convicted him in November.',
      { killed: null, wounded: null, arrested: 1 },
    ],
    // The toll "from that attack".
    [
      'A guard wounded in the May 3 attack on a post in Orsk died on May 9, bringing the toll from that attack to three.',
      { killed: 3, wounded: null, arrested: null },
    ],
    // Who some of the dead were, with no number, in an aside: the whole still counts; joined after the aside, it does not.
    [
      'On May 3, a suicide bomber struck a shrine in Orsk. Forty-one people, including two priests and several monks, were killed.',
      { killed: 41, wounded: null, arrested: null },
    ],
    [
      'On May 3, gunmen attacked a bus near Tarn, killing six soldiers, including a captain, and several civilians.',
      { killed: null, wounded: null, arrested: null },
    ],
    // The names of some counted, between the figure and the verb.
    [
      'On April 14, two brothers, Ivo and Omar Tessa, blew themselves up outside the consulate in Orsk.',
      { killed: 2, wounded: null, arrested: null },
    ],
    ['Three guards, Ali Roe, Omar Dunn and Ivo Marek, were killed.', { killed: 3, wounded: null, arrested: null }],
    // Attackers named in the plural with no count are some, not one.
    ['Only the bombers were killed; a passerby was slightly injured.', { killed: null, wounded: 1, arrested: null }],
    // The only casualty, told wounded in an aside before.
    [
      'The bomber, who was seriously wounded, was the only casualty, and police arrested him at the scene.',
      { killed: 0, wounded: 1, arrested: 1 },
    ],
    // A name's "Jr." is no second person.
    [
      'On January 16, troops killed Front spokesman Ivo Marek Tessa, Jr., alias Abu Dunn, in a firefight on Orsk.',
      { killed: 1, wounded: null, arrested: null },
    ],
    // One named by a role "of" something, then others: the role's words and initials read past.
    [
      'On November 2, an air strike in Orsk killed the head of the Front’s political wing, V.R. Tessaran, and five other Front cadres.',
      { killed: 6, wounded: null, arrested: null },
    ],
    [
      'On August 5, police killed the alleged planner of the attack, Zantrian national Ivo Marek, and three other suspected ZLF members in a raid in Tarn.',
      { killed: 4, wounded: null, arrested: null },
    ],
    // Who the employees were, told as parts that add up to them.
    [
      'On April 18, assailants entered a publishing house in Orsk and killed three employees, two Zantrian converts and a Velstian citizen.',
      { killed: 3, wounded: null, arrested: null },
    ],
    // (A second read: a list of other victims after a head of jobs is no breakdown; "Jr." keeps the list after it.)
    ['Gunmen killed three employees, two guards and a driver.', { killed: 6, wounded: null, arrested: null }],
    ['Gunmen killed Tom Dale, Jr., and two guards.', { killed: 3, wounded: null, arrested: null }],
    ['Police arrested Ali Roe, Jr., Omar Dunn, and Sami Tal.', { killed: null, wounded: null, arrested: 3 }],
    // A day written before its month counts no one.
    [
      'In the town of Orsk on 5 March, gunmen executed 11 captured soldiers.',
      { killed: 11, wounded: null, arrested: null },
    ],
    // (A second read: parts by sex are a breakdown; "May Day" is no day of a month.)
    ['Militants killed four foreign workers, three men and a woman.', { killed: 4, wounded: null, arrested: null }],
    ['Gunmen killed 14 May Day protesters in Orsk.', { killed: 14, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('countCasualties: one person named and killed, told in other words (2026-12-07, second session)', () => {
  it.each([
    ['Militants abducted and killed Tarnish author Ann Roe outside her home in Velst province.', 1, null],
    ['Security forces killed alias "Pico Seco," a front commander, during an aerial bombardment.', 1, null],
    ['On May 10, a police officer was shot outside the court in Ulma and later died.', 1, null],
    [
      'Soldier Omar Tal was lured to a village near Orsk on May 20 and killed; his body was found the next day.',
      1,
      null,
    ],
    ['On May 22, Corporal Ann Roe was run down by a car and then hacked to death by two men in Velst.', 1, null],
    ['A bomb exploded on an empty bus in Orsk, lightly injuring a police sapper.', null, 1],
    ['The three occupants died along with two tourists, and 40 others were injured.', 5, 40],
    // (A family is no count of people (the four before the aside are not read yet: no figure rather than one); a
    // soldier wounded who died days later is not the event's dead.)
    ['The four victims, all members of one family, died in the fire.', null, null],
    ['A soldier was wounded in the attack and died two days later.', null, null],
  ])('reads %s', (sentence, killed, wounded) => {
    const figures = readCasualties(sentence).figures;
    expect([figures.killed, figures.wounded]).toEqual([killed, wounded]);
  });
});

describe('readCasualties: one held, named by a surname with a particle (2026-12-07, third session)', () => {
  it.each([
    ['Two days later, police arrested al-Tessa at the airport in Velst as he tried to leave the country.', 1],
    ['On May 3, police detained el-Marek in Orsk.', 1],
    ['On May 3, police arrested al-Shabaab suspects in Velst.', null],
    ['On May 3, troops captured al-Qaida fighters near Orsk.', null],
  ])('reads "%s" as %s arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: one more told by an ordinal after "the" (2026-12-07, third session)', () => {
  it.each([
    ['Police shot dead the fourth before he could detonate his belt.', 1],
    ['Two of the gunmen blew themselves up, and soldiers killed the third in Velst.', 3],
    ['Police killed two of the gunmen and arrested the third.', 2],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: a group’s claim answered by an authority (2026-12-07, third session)', () => {
  it('keeps the authority’s count, or no death where it denies any, and says both', () => {
    const counted = readCasualties(
      'The Front claimed 40 foreign soldiers were killed, but NATO said one contractor died and nine soldiers were wounded.',
    );
    expect(counted.figures).toEqual({ killed: 1, wounded: 9, arrested: null });
    expect(counted.accounts).toContain('40');
    const denied = readCasualties(
      'Militants ambushed a patrol near Velst and claimed to have killed 15 soldiers; the army denied any deaths and reported two soldiers wounded.',
    );
    expect(denied.figures).toEqual({ killed: 0, wounded: 2, arrested: null });
    expect(denied.evidence.killed).toBe('denied any deaths');
    expect(denied.accounts).toBe('claimed: 15 killed; the army denied any deaths (figures not added)');
  });

  it('keeps the first of two accounts where neither is a group’s claim', () => {
    const r = readCasualties('The blasts killed 62 people, though some press accounts put the toll at 66 dead.');
    expect(r.figures.killed).toBe(62);
  });
});

describe('readCasualties: a group named with a particle is no one held (2026-12-07, third session, second read)', () => {
  it.each([
    'On May 7, security forces detained al-Itihaad in Orsk.',
    'On May 7, police arrested al-Muhajiroun in Orsk.',
  ])('reads "%s" as no count', (text) => {
    expect(readCasualties(text).figures.arrested).toBeNull();
  });
});

describe('readCasualties: tolls told in later words (2026-12-07, fourth session)', () => {
  it.each([
    ['Total deaths from the attack reached 19 in the following days.', { killed: 19, wounded: null, arrested: null }],
    [
      'The death toll, first put at 40, rose to 96 by the end of the month.',
      { killed: 96, wounded: null, arrested: null },
    ],
    [
      'The second bomb exploded minutes later, bringing the total killed to 25.',
      { killed: 25, wounded: null, arrested: null },
    ],
    ['The total number of dead reached 11.', { killed: 11, wounded: null, arrested: null }],
    ['Total deaths in 2015 reached 300.', { killed: null, wounded: null, arrested: null }],
    [
      'Security forces killed all four attackers, and three guards sustained minor injuries.',
      { killed: 4, wounded: 3, arrested: null },
    ],
    ['Police killed the two gunmen, and four officers suffered wounds.', { killed: 2, wounded: 4, arrested: null }],
    ['A Tarn police chief and another person were also injured.', { killed: null, wounded: 2, arrested: null }],
    ['A guard, a driver and another man were also killed.', { killed: 3, wounded: null, arrested: null }],
    [
      'An off-duty soldier, Ann Roe, was found stabbed to death near Velst.',
      { killed: 1, wounded: null, arrested: null },
    ],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: deaths denied as reported, and the only ones killed (2026-12-07, fourth session)', () => {
  it.each([
    ['Nobody was reported killed in Velst.', { killed: 0, wounded: null, arrested: null }],
    ['No one was reported killed.', { killed: 0, wounded: null, arrested: null }],
    ['No one was reported killed or hurt.', { killed: 0, wounded: 0, arrested: null }],
    ['Nobody was believed to have been killed.', { killed: 0, wounded: null, arrested: null }],
    ['The only people killed were the two bombers.', { killed: 2, wounded: null, arrested: null }],
    ['The only fatalities were three attackers.', { killed: 3, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: leaders named by whose they were, hostages found dead (2026-12-07, fourth session)', () => {
  it.each([
    [
      "On April 18, a joint operation near Velst killed the Front's two senior leaders, Ali Tal and Omar Rade.",
      { killed: 2, wounded: null, arrested: null },
    ],
    ["Troops killed TLF's three commanders in Orsk.", { killed: 3, wounded: null, arrested: null }],
    [
      'Two employees of a Tarn contractor were kidnapped in Velst in early February and later found dead.',
      { killed: 2, wounded: null, arrested: null },
    ],
    ['Three engineers were abducted near Orsk and later released.', { killed: null, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: what the fourth session’s second read found (2026-12-07)', () => {
  it.each([
    ['The only casualties were two soldiers who were slightly injured.', { killed: null, wounded: 2, arrested: null }],
    ['Al Voss, a Front member, was found guilty and executed.', { killed: null, wounded: null, arrested: null }],
    ['A soldier was found shot dead near Orsk.', { killed: 1, wounded: null, arrested: null }],
  ])('reads "%s"', (text, figures) => {
    expect(readCasualties(text).figures).toEqual(figures);
  });
});

describe('readCasualties: "No one" is no one (2026-12-07, fourth session)', () => {
  it.each([
    ['No one was reported killed in the initial attack, but two of the wounded later died.', null],
    ['No one was believed killed at first, but rescuers later found 12 bodies in the rubble.', null],
    ['No one was killed.', 0],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: hostages of whom some were killed (2026-12-07, fourth session)', () => {
  it.each([
    ['militants held 14 hostages at a school in Velst, 2 of whom were killed', 2],
    ['kidnappers took 20 hostages, three of whom were later executed', 3],
    ['police arrested 12 suspects, two of whom were killed', null],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: what the fourth session’s third read found (2026-12-07)', () => {
  it.each([
    ['On May 7, 12 passengers were abducted when militants stopped a bus near Orsk and killed the driver.', 1],
    ['On April 2, a journalist was found tortured and killed in Orsk.', 1],
    ['A local official was found gunned down near Velst.', 1],
    ['Two employees were kidnapped in Velst and later found dead.', 2],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: what the fourth session’s fourth read found (2026-12-07)', () => {
  it.each([
    ['Four aid workers were abducted near Orsk on May 2 and were found dead two days later.', 4],
    ['Six soldiers were abducted by the group near Orsk and executed.', 6],
    ['Seven villagers were abducted by militants in Orsk and were killed the next day.', 7],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: one named person taken, told in more ways (2026-12-07, fifth session)', () => {
  it.each([
    ['Police arrested Tarvel the same evening in Orsk, north of Velst.', 1],
    ['Police arrested Tarvel two days later in Orsk.', 1],
    ['Omar Bessa, a Korvel national arrested in Velst on May 6, was extradited to Tarn on June 2.', 1],
    ['On May 26, soldiers arrested Orsk Front sub-leader Ali Tarvel and two of his followers in Velst.', 3],
    ['On May 5, 23 members of the Front for Unity and Justice surrendered to authorities in Velst.', 23],
  ])('reads "%s" as %s arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: what the fifth session’s first read found (2026-12-07)', () => {
  it.each([
    ['On May 3, the Front beheaded Ann Roe, a Korvel aid worker captured in Velst in 2014.', null],
    ['On May 3, the Front released Ann Roe, a Korvel citizen detained in Velst since 2015.', null],
    ['Government forces captured Velst the following day.', null],
    ['Government forces captured Velst two days later.', null],
  ])('reads "%s" as %s arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: one killed or taken "again" (2026-12-07, fifth session)', () => {
  it.each([
    ['A similar bulldozer attack near the Tarn Hotel wounded 16; the attacker was again killed.', 1, 16, null],
    ['Omar Tessa was again arrested in Velst in May.', null, null, 1],
  ])('reads "%s" as %s killed, %s wounded, %s arrested', (text, killed, wounded, arrested) => {
    expect(readCasualties(text).figures).toEqual({ killed, wounded, arrested });
  });
});

describe('readCasualties: what the fifth session’s second read found (2026-12-07)', () => {
  it.each([
    // (Told with "arrested" only: one "detained" in such an aside is as often a hostage, or one released, dead or
    // deported, as the third read found.)
    [
      'On May 3, police announced that Ali Tessa, an Orsk national arrested in Velst, had confessed to planning attacks.',
      1,
    ],
    ['On May 3, the Front released Ann Roe, a Korvel citizen detained in Velst since 2015.', null],
  ])('reads "%s" as %s arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: what the fifth session’s third read found (2026-12-07)', () => {
  it.each([
    ['On May 3, Ali Tessa, a Korvel national arrested in Velst in 2012, was released.', null],
    ['Omar Bessa, an Orsk national arrested in Velst on May 6, was extradited to Tarn on June 2.', 1],
  ])('reads "%s" as %s arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: what the fifth session’s fourth read found (2026-12-07)', () => {
  it.each([
    ['On May 3, police said Ali Tessa, an Orsk national detained in Velst on May 2, had confessed to the bombing.', 1],
    [
      'On May 3, police said that Ali Tessa, an Orsk national arrested in Velst, had confessed and that the group had released a video.',
      1,
    ],
  ])('reads "%s" as %s arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: two accounts of the arrested (2026-12-07, second session)', () => {
  it('keeps the first account of the arrested and says both, never adds them', () => {
    const reading = readCasualties(
      'In mid-December, an operation in Atacor led to the arrest of 12 suspects, according to the Ministry of Defense, while local officials said 10 had been detained.',
    );
    expect(reading.figures.arrested).toBe(12);
    expect(reading.accounts).toBe(
      'the Ministry of Defense: 12 arrested; local officials: 10 arrested (figures not added)',
    );
  });

  it.each([
    // Others held, held elsewhere, or held in another raid are more of the arrested.
    ['Police arrested 12 suspects in Kerno, and officials said 10 others had been detained in Velko.', 22],
    ['Police arrested 12 suspects in Kerno, and officials said 10 had been detained in Velko.', 22],
    ['Police arrested 12 suspects; the army said it had detained 10 militants in a separate raid.', 22],
  ])('adds "%s" as %s arrested', (text, arrested) => {
    expect(readCasualties(text).figures.arrested).toBe(arrested);
  });
});

describe('readCasualties: attackers told outside a toll are dead besides it (2026-12-07, second session)', () => {
  it.each([
    ['On May 3, a suicide car bomber killed 125 people, not counting himself, outside a clinic in Tarn.', 126],
    ['Two suicide bombers struck the embassy in Orsk, killing 23 people, not counting the bombers.', 25],
    ['Suicide car bombs struck the office in Velko, killing 33 people, not including the three bombers.', 36],
    ['A suicide bomber attacked the embassy in Bessa, killing a guard in addition to himself.', 2],
    ['Two suicide bombers attacked the cathedral in Kerno, killing 23 people, in addition to the bombers.', 25],
    ['Suicide bombers stormed the hotel in Lorn; the attack killed 20 people, not including both bombers.', 22],
    // Left out of the count, not told dead.
    ['Gunmen stormed the hotel in Lorn; the attack killed 20 people, not including both gunmen.', 20],
    // How many bombers is not told: the toll as written.
    ['Suicide bombers attacked the cathedral in Kerno, killing 23 people, not counting the bombers.', 23],
    // Inside the toll, or no deaths of theirs.
    ['A car bomb killed 10 people in Tarn, including the bomber.', 10],
    ['A bomb in Tarn killed 20 people, besides the two soldiers wounded.', 20],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: what the 2026-12-07 second session’s first read found', () => {
  it.each([
    // Other people held, or held elsewhere: more of the arrested.
    [
      'On April 2, soldiers arrested 12 militants in Kerno, according to the army, and police said 30 protesters had been detained at a rally in the capital.',
      null,
      42,
    ],
    [
      'Soldiers arrested 12 militants near Kerno, according to the Ministry of Defense, while police said they had detained 10 suspected smugglers.',
      null,
      22,
    ],
    // Attackers left out of a toll, not told dead, or alive after it.
    [
      'On July 8, gunmen attacked a bus in Dalmi, killing 12 passengers, not including the three attackers, who remain at large.',
      12,
      null,
    ],
    [
      'A suicide bomber attacked a mosque in Dalmi, killing 30 worshippers, not including the bomber, who survived when his vest failed.',
      30,
      null,
    ],
    ['Gunmen killed 30 worshippers in Dalmi, not including the attackers; police arrested all three gunmen.', 30, 3],
    ['A gunman killed 30 worshippers in Dalmi, not counting himself.', 30, null],
    // Told dead besides: counted once.
    [
      'On July 8, two suicide bombers attacked a mosque in Dalmi, killing 30 worshippers, not including the bombers; both bombers died in the blast.',
      32,
      null,
    ],
  ])('reads "%s" as %s killed, %s arrested', (text, killed, arrested) => {
    const figures = readCasualties(text).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('readCasualties: one more told by "another" or "an" before the figure of a list (2026-12-08)', () => {
  it.each([
    ['Four days later, a second clash in Dorvan left another PA officer and two Front militants dead.', 3],
    ['The clash left an officer and two militants dead.', 3],
    ['The clash left two militants dead.', 2],
    ['The blast left a soldier dead.', 1],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: an age in words before one named (2026-12-08)', () => {
  it.each([
    ['On August 22, a mortar shell killed four-year-old Dan Tarvo at Kibbutz Orvane.', 1],
    ['Gunmen killed twenty-two-year-old Ann Roe in Tarn.', 1],
    ['Gunmen shot dead 45-year-old Ann Roe in Tarn.', 1],
    ['Gunmen killed twenty-two people in Tarn.', 22],
  ])('reads "%s" as %s killed', (text, killed) => {
    expect(readCasualties(text).figures.killed).toBe(killed);
  });
});

describe('readCasualties: lists that end with one person told by a role, and nations that do not take an s (2026-12-09)', () => {
  it.each([
    [
      'On May 9, three police officers, two Front militants, and the owner of the house were killed in Dorvan.',
      6,
      null,
    ],
    ['On May 9, three police officers and the driver were killed in Dorvan.', 4, null],
    ['On May 9, two soldiers and the driver of the truck were killed in the blast.', 3, null],
    // (A clause is not an item: the one who fired is not counted among the dead.)
    ['On May 9, a soldier fired a shot and two civilians were killed.', 2, null],
    ['A guard was wounded and four other guards were killed in Bessa.', 4, null],
    [
      'On March 4, police in Tarvonne arrested a Saudi national and three Lebanese suspected of planning attacks.',
      null,
      4,
    ],
    ['On March 9, police in Gorvel arrested a Kessan and two Sudanese.', null, 3],
  ])('reads "%s" as %s killed, %s arrested', (text, killed, arrested) => {
    const figures = readCasualties(text).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('readCasualties: names and nicknames in single quotes or inside a name, and people of several nations (2026-12-09)', () => {
  it.each([
    [
      "On March 1, a strike on a Front camp in Tarvonne killed Front leader Omar Dessa Velt, alias 'Rami Tor,' and 24 others.",
      25,
      null,
    ],
    [
      'On June 5, the army said it had killed Front commander Ali "Malam Korvi" Dessa and six fighters near Bessa.',
      7,
      null,
    ],
    [
      'On June 5, the army said it had killed Front commander Ali ‘Malam Korvi’ Dessa and six fighters near Bessa.',
      7,
      null,
    ],
    ["On January 31, police arrested Karim Velt, alias 'Abou Tarn,' and his 23-year-old nephew in Dorvan.", null, 2],
    ['On January 9, police arrested two Syrians, an Iraqi, and a Jordanian in Vessa.', null, 4],
    ['On March 7, a gunman killed a Frenchman, a Belgian, and three Malians in Korva.', 5, null],
    // (Who the first figure's people were is no more of them.)
    ['Gunmen killed four Americans, two soldiers and two contractors.', 4, null],
    // (An apostrophe is no quote.)
    ["Militants attacked the soldiers' camp in Tarvonne, killing two of the Front's fighters.", 2, null],
  ])('reads "%s" as %s killed, %s arrested', (text, killed, arrested) => {
    const figures = readCasualties(text).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});

describe('readCasualties: who one person was, and a region’s people broken down by nation (2026-12-09, second read)', () => {
  it.each([
    // (", an Afghan," says who the driver was: no one more.)
    ['On May 5, a bomb in Kerva killed the driver, an Afghan, and two guards.', 3, null],
    ['On May 5, a bomb in Kerva killed Omar Dessa, an Iraqi, and two guards.', 3, null],
    // (A region's people, then the nations they were of: who the two were.)
    ['On May 5, gunmen in Kerva killed two Europeans, a Frenchman and a Belgian.', 2, null],
    [
      'On May 5, police in Kerva arrested two Europeans, a Frenchman and a Belgian, suspected of planning attacks.',
      null,
      2,
    ],
    ['On May 5, gunmen in Kerva killed three Asians, a Chinese engineer and two Koreans.', 3, null],
  ])('reads "%s" as %s killed, %s arrested', (text, killed, arrested) => {
    const figures = readCasualties(text).figures;
    expect([figures.killed, figures.arrested]).toEqual([killed, arrested]);
  });
});
