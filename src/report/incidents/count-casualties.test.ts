import { describe, expect, it } from 'vitest';
import { countCasualties, readCasualties } from './count-casualties.js';

describe('countCasualties', () => {
  it('adds the dead of every side', () => {
    expect(
      countCasualties(
        'police killed nine armed men suspected in the Shubarshy incident, while one Special Forces officer was killed.',
      ),
    ).toEqual({ killed: 10, wounded: null, arrested: null });
  });

  it('reads killed and wounded told together', () => {
    expect(countCasualties('one Special Forces officer was killed and three wounded during a police action')).toEqual({
      killed: 1,
      wounded: 3,
      arrested: null,
    });
    expect(countCasualties('an ELN terrorist detonated a car bomb, killing 22 cadets and injuring 87.')).toEqual({
      killed: 22,
      wounded: 87,
      arrested: null,
    });
  });

  it('counts each person a clause names with the one it reads: others, companions, those taken "along with"', () => {
    const c = (text: string) => countCasualties(text);
    expect(c('a car bomb killed party leader Omar Tal and at least four others and wounded more than 60.')).toEqual({
      killed: 5,
      wounded: 60,
      arrested: null,
    });
    expect(
      c('a bomber killed the prominent cleric Sheikh Ali Ben Musa Harun Tal and 41 others at the mosque.').killed,
    ).toBe(42);
    expect(c('a bomb killed Colonel Omar al-Tal, the army chief of staff, along with his bodyguard.').killed).toBe(2);
    expect(
      c('Ali Musa, a tribal leader, was killed by a roadside bomb near his home along with two of his guards.').killed,
    ).toBe(3);
    expect(c('aid worker Paul Roe and his local driver were shot and killed near their home.').killed).toBe(2);
    expect(c('Police detained a Karvanian man, Ali Tal, the next day, along with 46 other suspects.').arrested).toBe(
      47,
    );
    expect(
      c('police arrested the group leader Ali Tal and his partner Sara Lin in Orsk, along with 19 other suspects.')
        .arrested,
    ).toBe(21);
    expect(c('police arrested a Norwegian in Orsk on suspicion of raising funds.').arrested).toBe(1);
  });

  it('keeps one of two accounts given after a semicolon, and counts one suspect named by role', () => {
    expect(
      countCasualties(
        'an attack on a patrol killed 24 soldiers and wounded 29; French forces said they killed 17 militants.',
      ).killed,
    ).toBe(41);
    // (A group's claim answered by a government's count: the government's is kept, the claim stays in the accounts.)
    const r = readCasualties('The group claimed to have killed 60 soldiers; the government said 12 died.');
    expect(r.figures.killed).toBe(12);
    expect(r.accounts).toContain('60');
    const though = readCasualties('The blasts killed 62 people, though some press accounts put the toll at 66 dead.');
    expect(though.figures.killed).toBe(62);
    expect(though.accounts).toContain('66');
    const counted = readCasualties('the raid left a dozen dead, although the government counted only nine deaths.');
    expect(counted.figures.killed).toBe(12);
    expect(counted.accounts).toContain('9 killed');
    expect(
      countCasualties('security forces arrested the suspected mastermind of the attack, Ali Tal, in Orsk.').arrested,
    ).toBe(1);
    expect(
      countCasualties('gunmen assassinated Ali Tal, deputy head of the peace office, at his home in Orsk.').killed,
    ).toBe(1);
  });

  it('reads figures told after their verb, lives lost, injuries, deaths by a weapon, and an attacker who also died', () => {
    const c = (text: string) => countCasualties(text);
    expect(c('Among the dead were three children and a police officer.').killed).toBe(4);
    expect(c('Killed in the attack were 12 soldiers and two civilians.').killed).toBe(14);
    expect(c('Seven people lost their lives in the attack.').killed).toBe(7);
    expect(c('The attack caused 12 fatalities and 35 injuries.')).toEqual({ killed: 12, wounded: 35, arrested: null });
    expect(c('The assailants hacked to death six villagers.').killed).toBe(6);
    expect(c('a bomber blew himself up, killing three guards and injuring five; the bomber also died.')).toEqual({
      killed: 4,
      wounded: 5,
      arrested: null,
    });
  });

  it('reads no death from a figure that is the object of another verb joined by "and"', () => {
    expect(countCasualties('The militants abducted 20 passengers and killed three.').killed).toBe(3);
    expect(countCasualties('two tourists were shot and killed').killed).toBe(2);
  });

  it('reads no age, running total, noun "wounds" or colon breakdown as a toll, and reads "the four", "another 14", "lost two soldiers"', () => {
    const c = (text: string) => countCasualties(text);
    expect(c('a teenager stabbed to death 13-year-old Ann Roe as she slept.').killed).toBe(1);
    expect(
      c('militants killed at least ten of them. The attack brought to 37 the number of officers killed in the county.')
        .killed,
    ).toBe(10);
    expect(c('a bomb on a bus left 21 people hurt. The bomber died of his wounds two days later.').wounded).toBe(21);
    expect(c('police arrested five men suspected of planning an attack: four in Herlo and one in Orsk.').arrested).toBe(
      5,
    );
    expect(c('security forces ended the siege the following morning, killing the four remaining gunmen.').killed).toBe(
      4,
    );
    expect(c('police took into custody another 14 suspected members of the network.').arrested).toBe(14);
    expect(c('the army said it had killed 14 militants and lost two soldiers in fighting near Orsk.').killed).toBe(16);
    expect(c('some 120 villagers were rounded up for questioning.').arrested).toBe(120);
    expect(c('21 people, including a U.S. citizen, were killed and 28 were injured.')).toEqual({
      killed: 21,
      wounded: 28,
      arrested: null,
    });
    expect(
      c('militants abducted two doctors in Orsk town, shooting dead one of the police officers guarding them.').killed,
    ).toBe(1);
    expect(c("police apprehended the group's military commander, Ali Tal, in Orsk.").arrested).toBe(1);
  });

  it('reads followers, "as did", "in addition to", cells of N, a second arrested, kin killed and a hyphenated sector', () => {
    const c = (text: string) => countCasualties(text);
    expect(c('Marines killed commander Ali Tal and four of his followers in a firefight near Orsk.').killed).toBe(5);
    expect(c('Two police officers and an employee died, as did all three attackers; 17 people were hurt.')).toEqual({
      killed: 6,
      wounded: 17,
      arrested: null,
    });
    expect(c('Police put the number of dead at four, in addition to the three bombers.').killed).toBe(7);
    expect(c('security services announced the arrest in Orsk of a cell of 11 suspected members.').arrested).toBe(11);
    expect(c('forces in Orsk apprehended a support network of nine people on May 22.').arrested).toBe(9);
    expect(
      c('police shot dead Ali Tal near Orsk; a second militant was captured in the same operation.').arrested,
    ).toBe(1);
    expect(c('The minister survived with injuries, but his daughter and his driver were killed.').killed).toBe(2);
    expect(c('a suicide bomber struck a gas station, killing himself and three others.').killed).toBe(4);
    expect(c('rockets struck the town of Orsk, killing a baker and two other civilians.').killed).toBe(3);
    expect(c('the minister was not hurt, but his driver and eight others were killed.').killed).toBe(9);
    expect(
      c(
        'Singer Ali Tal was shot dead in Varsk on June 29; in the unrest that followed, more than 160 people were killed.',
      ).killed,
    ).toBe(1);
    expect(c('a U.S. airstrike near Orsk killed senior Sorra Front leader Ali Musa Tal.').killed).toBe(1);
    expect(
      c(
        'General Ali Tal was killed on November 13 when fighters ambushed his convoy; three soldiers died alongside him.',
      ).killed,
    ).toBe(4);
    expect(c('three security officers were stabbed to death at a checkpoint near Orsk.').killed).toBe(3);
    expect(c('three U.S. military trainers were shot and killed by a soldier at the gate.').killed).toBe(3);
    expect(c('a gunman opened fire at a conference in Orsk, killing a retired professor.').killed).toBe(1);
    expect(c('two explosions near the station killed a French engineer and his Varskian driver.').killed).toBe(2);
    expect(c('two teachers were attacked with acid in Orsk; both women were seriously injured.').wounded).toBe(2);
    expect(c('On April 29, the agency took Ali Musa Tal into custody in Orsk.').arrested).toBe(1);
    expect(c('agents arrested separatist leader Ann Roe and 46 of his supporters at a hotel in Orsk.').arrested).toBe(
      47,
    );
    expect(c('troops captured a Sorra 15th Front finance chief and his radio operator near Orsk.').arrested).toBe(2);
    expect(c('police took into custody a Sorra sub-leader, Ali Tal, in Orsk.').arrested).toBe(1);
    expect(c('officers detained alleged Sorra member Ali Musa Tal’s courier in Orsk.').arrested).toBe(1);
    // A crowd of a group's members is no one named.
    expect(c('the army arrested dozens of Sorra Front commanders in Orsk.').arrested).toBeNull();
    expect(c('a roadside mine near Orsk hurt two soldiers on April 13.').wounded).toBe(2);
    expect(c("a car bombing at a checkpoint in Orsk's I-10 sector killed a police officer.").killed).toBe(1);
    expect(c('a bomb was found near a church and defused without injuries.')).toEqual({
      killed: 0,
      wounded: 0,
      arrested: null,
    });
    expect(c('a bomb detonated in front of a police post, hurting four officers.').wounded).toBe(4);
    expect(
      c('Initial reports put the death toll at 358; a government commission later concluded that 512 people had died.')
        .killed,
    ).toBe(512);
  });

  it('reads "killing only himself", "injured only the bomber", "his wife", "killed him", "found dead", and the attacker shot dead after', () => {
    const c = (text: string) => countCasualties(text);
    expect(c('a suicide bomber blew himself up at a crossroads, killing only himself.').killed).toBe(1);
    expect(c('The blast injured only the bomber; no one was killed.')).toEqual({
      killed: 0,
      wounded: 1,
      arrested: null,
    });
    expect(c('gunmen fired on a family car, killing Rabbi Ali Tal and injuring his wife.').wounded).toBe(1);
    expect(c('A week later, police officers killed him in a shootout in Orsk.').killed).toBe(1);
    expect(c('a customs officer was kidnapped near the border and found dead three days later.').killed).toBe(1);
    expect(
      c('a gunman opened fire at an office, killing an officer and a visitor before he himself was shot dead.').killed,
    ).toBe(3);
    expect(
      readCasualties(
        'militants ambushed a convoy near Orsk; officials said 11 militants and two of their soldiers died, while the group claimed to have killed 35 soldiers.',
      ).figures.killed,
    ).toBe(13);
  });

  it('reads one wounded told without a figure', () => {
    expect(countCasualties('killing a soldier and wounding another.')).toEqual({
      killed: 1,
      wounded: 1,
      arrested: null,
    });
    expect(countCasualties('killing one police officer and injuring a civilian.').wounded).toBe(1);
    expect(countCasualties('gunmen shot two reporters, seriously wounding Paul Roe.').wounded).toBe(1);
    expect(countCasualties('the blast wounded Kenyan soldiers patrolling the road.').wounded).toBeNull();
  });

  it('counts "over 200" as 200 and number words', () => {
    expect(countCasualties('led to the arrest of over 200 suspects.').arrested).toBe(200);
    expect(countCasualties('Police arrested two more suspects on July 11.').arrested).toBe(2);
    expect(countCasualties('left at least nine Turkish security personnel dead').killed).toBe(9);
    expect(countCasualties('attackers murdered twenty-two villagers').killed).toBe(22);
  });

  it('counts one death for a named person killed', () => {
    expect(countCasualties('Erik Ayazbayev, the alleged leader of this group, was killed December 29').killed).toBe(1);
  });

  describe('edge cases', () => {
    it('returns nulls when no figure is stated', () => {
      expect(countCasualties('two explosions took place, possibly targeting official buildings')).toEqual({
        killed: null,
        wounded: null,
        arrested: null,
      });
    });
  });
});

describe('countCasualties on lists of victims', () => {
  it('adds every figure of a list, and a named victim with "N others"', () => {
    expect(countCasualties('killing 49 soldiers and one civilian').killed).toBe(50);
    expect(
      countCasualties('fighting that killed more than 900 militants, 165 soldiers and police, and 47 civilians.')
        .killed,
    ).toBe(1112);
    expect(countCasualties('nine ASG members and four members of the security forces were killed.').killed).toBe(13);
    expect(countCasualties('killing U.S. diplomat David Foy and three others and wounding 52.')).toEqual({
      killed: 4,
      wounded: 52,
      arrested: null,
    });
  });

  describe('edge cases', () => {
    it('counts no day of a date and no aside', () => {
      expect(countCasualties('In an August 17 follow-up operation, security forces killed nine suspects.').killed).toBe(
        9,
      );
      expect(countCasualties('two tourists (a Russian and a German citizen) were shot and killed').killed).toBe(2);
      expect(
        countCasualties('security forces killed 12 detainees in custody in Tanwalbougou, an incident').killed,
      ).toBe(12);
    });
  });
});

describe('readCasualties in running text', () => {
  it('adds the parts of a sum told with one verb, and keeps a part with its own verb apart', () => {
    expect(readCasualties('Four police officers and nine civilians were injured in the blast.').figures.wounded).toBe(
      13,
    );
    expect(readCasualties('Gunmen killed three guards and two passers-by were wounded.').figures).toEqual({
      killed: 3,
      wounded: 2,
      arrested: null,
    });
  });

  it('counts no death where the text denies one, and 0 for "no casualties"', () => {
    expect(readCasualties('The device exploded near the market, causing no casualties.').figures).toEqual({
      killed: 0,
      wounded: 0,
      arrested: null,
    });
    expect(readCasualties('No one was killed, although one guard was injured.').figures).toEqual({
      killed: 0,
      wounded: 1,
      arrested: null,
    });
  });

  it('counts one for each named victim and for a victim named by a noun', () => {
    expect(readCasualties('a sniper shot and killed a provincial judge').figures.killed).toBe(1);
    expect(readCasualties('troops killed Abu Talha and Karim Sayyaf in the raid').figures.killed).toBe(2);
    expect(readCasualties('before killing his wife and himself').figures.killed).toBe(2);
  });

  it('reads number words and "three dozen", and "claimed N lives"', () => {
    expect(readCasualties('the blast killed more than three dozen people').figures.killed).toBe(36);
    expect(readCasualties('an ambush that claimed twenty-one lives').figures.killed).toBe(21);
  });

  it('keeps one of two accounts of the same deaths, and says whose each is', () => {
    const r = readCasualties(
      'The army said 12 soldiers died, while local officials reported at least 30 soldiers had been killed.',
    );
    expect(r.figures.killed).toBe(12);
    expect(r.accounts).toBe('The army: 12 killed; local officials: 30 killed (figures not added)');
  });

  it('gives the exact words of each figure', () => {
    expect(readCasualties('a car bomb killed at least two and injured 14 others').evidence).toEqual({
      killed: 'killed at least two',
      wounded: 'injured 14 others',
    });
  });
});

describe('victims told without a figure', () => {
  it('counts each named victim hacked, stabbed or shot to death, and one taken by a possessive', () => {
    expect(
      countCasualties('assailants hacked to death the editor Rahim Karvani and Selim Obert in their office'),
    ).toEqual({ killed: 2, wounded: null, arrested: null });
    expect(countCasualties('a man stabbed to death a priest during morning mass')).toEqual({
      killed: 1,
      wounded: null,
      arrested: null,
    });
    expect(countCasualties('a delivery driver beheaded his manager at a warehouse')).toEqual({
      killed: 1,
      wounded: null,
      arrested: null,
    });
    expect(countCasualties('a suicide bomber killed Shia lawmaker Omid Darvani near Karvan')).toEqual({
      killed: 1,
      wounded: null,
      arrested: null,
    });
  });

  it('counts one attacker arrested after the attack', () => {
    expect(
      countCasualties('a gunman opened fire in a cafe, killing four people before being wounded and arrested'),
    ).toEqual({ killed: 4, wounded: null, arrested: 1 });
    expect(countCasualties('Police arrested the suspect, a 28-year-old mechanic, near the station.').arrested).toBe(1);
  });

  it('counts a named man and the others killed with him', () => {
    expect(
      countCasualties('police stormed the house; the cell leader, Karim Obert, and three others were killed'),
    ).toEqual({ killed: 4, wounded: null, arrested: null });
  });

  it('takes a count of blasts or bombs for no count of victims', () => {
    expect(countCasualties('later that evening, 14 blasts killed 38 and injured over 90 in the old market')).toEqual({
      killed: 38,
      wounded: 90,
      arrested: null,
    });
  });

  it('adds every item of a list told before its verb', () => {
    expect(
      countCasualties('three soldiers, a teacher, and one of the bombers were killed when the school gate was hit'),
    ).toEqual({ killed: 5, wounded: null, arrested: null });
  });
});

describe('countCasualties on parts, periods and lists', () => {
  it('never adds the part an aside names to its whole', () => {
    expect(countCasualties('At least 48 people, including 11 police officers, were killed in the blast.').killed).toBe(
      48,
    );
    expect(
      countCasualties('the gunmen killed 31 guests, 19 of them foreigners, before troops stormed the building').killed,
    ).toBe(31);
    expect(countCasualties('killing 64 people, including seven U.N. staff, and wounding about 200').wounded).toBe(200);
  });

  it('reads no figure from a length of time or a day of a range', () => {
    expect(countCasualties('the standoff lasted more than 30 hours and killed about 25 hostages').killed).toBe(25);
    expect(countCasualties('an ambush near Talko on May 6-7 killed 14 soldiers').killed).toBe(14);
  });

  it('adds a further figure joined with "as well as"', () => {
    expect(
      countCasualties('raiders killed 15 pilgrims, including three children and a priest, as well as two guards')
        .killed,
    ).toBe(17);
  });
});

describe('countCasualties on victims named one by one', () => {
  it('adds the victims told after one named, across an aside', () => {
    expect(
      countCasualties('a bomber killed the city’s deputy police chief, Colonel Amar Tessa, and three others near Darlo')
        .killed,
    ).toBe(4);
    expect(countCasualties('a raid on his farm that killed his driver and four bodyguards').killed).toBe(5);
    expect(
      countCasualties('troops killed Omar Dalla, a senior commander of the group, along with six other fighters')
        .killed,
    ).toBe(7);
    expect(
      countCasualties('attackers hacked to death Rafi Omed, a poet and teacher, and his cousin Sami Omed in his home')
        .killed,
    ).toBe(2);
  });

  it('counts one victim named by a noun with an age, a relative and the deaths of named nationals', () => {
    expect(countCasualties('militants beheaded a 17-year-old herder near the border').killed).toBe(1);
    expect(countCasualties('Omar Tal beheaded his neighbor and tried to set fire to a depot').killed).toBe(1);
    expect(
      countCasualties('the rescue ended with the deaths of French national Paul Marn and Dutch national Jan Oster')
        .killed,
    ).toBe(2);
  });

  it('counts one person arrested by name, title, relation or "was arrested"', () => {
    expect(countCasualties('police arrested MP Karim al-Tahir at his home').arrested).toBe(1);
    expect(countCasualties('Daro, the group’s driver, was arrested in Sorra.').arrested).toBe(1);
    expect(countCasualties('investigators arrested the brother of one of the gunmen').arrested).toBe(1);
    expect(countCasualties('Two days later, police arrested Abel Marr in Sorra.').arrested).toBe(1);
    expect(countCasualties('authorities arrested several men in New Dorp').arrested).toBeNull();
  });
});

describe('countCasualties on a victim with a local title', () => {
  it('counts a named official with his town and post before the name', () => {
    expect(countCasualties('a guard opened fire, killing Darlo police chief General Amar Tessa').killed).toBe(1);
  });
});

describe('countCasualties on ranges, "both" and the attacker killed at the end', () => {
  it('counts a range as its first figure, never a hyphenated number word', () => {
    expect(countCasualties('officials put the death toll between 70 and 85.').killed).toBe(70);
    expect(countCasualties('some 40 soldiers and 10 to 15 villagers were killed').killed).toBe(50);
    expect(countCasualties('Thirty-two people were killed and 60 injured.').killed).toBe(32);
  });

  it('reads "both" as two and counts the attacker killed when the attack ends', () => {
    expect(countCasualties('a man stabbed two guards, wounding both, before being shot dead by a soldier')).toEqual({
      killed: 1,
      wounded: 2,
      arrested: null,
    });
    expect(
      countCasualties('gunmen killed 12 shoppers and one guard; both attackers were killed by security forces').killed,
    ).toBe(15);
    expect(
      countCasualties('a gunman opened fire on bathers, killing 20 people, before police shot him dead').killed,
    ).toBe(21);
  });
});

describe('countCasualties on lists told before their verb', () => {
  it('adds both parts of "left N X and M Y dead" and "N X and a Y were killed"', () => {
    expect(countCasualties('fighting near Darlo left 12 soldiers and some 30 rebels dead').killed).toBe(42);
    expect(countCasualties('three gunmen and a police sergeant were killed in the exchange').killed).toBe(4);
  });

  it('reads initials among the victims, "massacred", and no count of buildings before "which killed"', () => {
    expect(countCasualties('killing two U.N. staff members and a Nigerien driver').killed).toBe(3);
    expect(countCasualties('31 villagers, including 12 children, were massacred').killed).toBe(31);
    expect(countCasualties('bombings of two hotels in Darlo, which killed 40 people').killed).toBe(40);
  });
});

describe('countCasualties on a man who shot himself', () => {
  it('counts no death for "shot himself by accident" and one for "shot himself dead"', () => {
    expect(countCasualties('police arrested a student after he shot himself by accident').killed).toBeNull();
    expect(countCasualties('the gunman later shot himself dead').killed).toBe(1);
  });
});

describe('countCasualties on a range after the verb, relatives counted and an attacker only shot', () => {
  it('reads "killed between 20 and 25" as 20, "his two bodyguards" as two, and no death in "police shot him"', () => {
    expect(countCasualties('militants killed between 20 and 25 villagers').killed).toBe(20);
    expect(countCasualties('a bomb killed a district governor and his two bodyguards near Fenna').killed).toBe(3);
    expect(countCasualties('killing eight people before police shot him').killed).toBe(8);
  });
});

describe('countCasualties on the attackers among the dead and a last victim named by a noun', () => {
  it('adds no part named with "the" and reads no active verb after ", and" as a count of its own', () => {
    expect(
      countCasualties('twin bombings killed 23 people, including the two bombers, and wounded more than 100'),
    ).toEqual({ killed: 23, wounded: 100, arrested: null });
  });

  it('counts "and the driver" as one more', () => {
    expect(countCasualties('a bomb on a bus killed three passengers and the driver').killed).toBe(4);
  });

  it('counts one who died, named by a noun or as "one of whom", and a surrender as an arrest', () => {
    expect(
      countCasualties(
        'a roadside bomb struck a patrol near Orsk; a non-commissioned officer died and two privates were wounded',
      ),
    ).toEqual({ killed: 1, wounded: 2, arrested: null });
    expect(
      countCasualties(
        'a firebomb hit a chapel in Varsk, wounding three pupils, one of whom, a six-year-old boy, later died',
      ),
    ).toEqual({ killed: 1, wounded: 3, arrested: null });
    expect(countCasualties('some 14 men surrendered to officials in Delmar province').arrested).toBe(14);
  });

  it('counts "losing two soldiers", "took a third into custody" and "gravely wounded a third"', () => {
    expect(countCasualties('troops killed six rebels near Orsk on June 4, losing two soldiers').killed).toBe(8);
    expect(countCasualties('police killed two suspects and took a third into custody')).toEqual({
      killed: 2,
      wounded: null,
      arrested: 1,
    });
    expect(countCasualties('police took a 17-year-old suspect into custody in Karvo').arrested).toBe(1);
    expect(countCasualties('he killed two more guards and gravely wounded a third outside the depot')).toEqual({
      killed: 2,
      wounded: 1,
      arrested: null,
    });
    expect(countCasualties('a second bomb went off an hour later, wounding a third time').wounded).toBeNull();
  });

  it('counts one "shot and injured", those stabbed and not killed as wounded, and a paratrooper shot dead', () => {
    expect(countCasualties('a guard was shot and injured at a fuel station in north Karvo').wounded).toBe(1);
    expect(
      countCasualties('a man stabbed three police officers at a traffic post in Orsk before he was shot').wounded,
    ).toBe(3);
    expect(countCasualties('a man stabbed two guards, wounding both').wounded).toBe(2);
    expect(countCasualties('a man stabbed two people to death in Orsk').wounded).toBeNull();
    expect(countCasualties('he shot dead a Delmaran Army paratrooper in Orsk').killed).toBe(1);
  });

  it('ends a list of victims at "and a small bomb …" but not at "and a rickshaw puller"', () => {
    expect(
      countCasualties(
        'gunmen opened fire on a bus in Orsk, wounding two tourists, and a small bomb in a car nearby caught fire',
      ).wounded,
    ).toBe(2);
    expect(
      countCasualties('gunmen attacked a police camp in Orsk, killing seven constables and a rickshaw puller').killed,
    ).toBe(8);
  });
});
