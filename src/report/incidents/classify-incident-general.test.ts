import { describe, expect, it } from 'vitest';
import { classifyIncident } from './classify-incident.js';

// General causes pooled from several independent golds; every sentence here is invented in the series' style.

describe('classifyIncident: a court acting on violence told as what it is about', () => {
  it.each([
    'In March, a Lorn court sentenced to death two Sorra Front members for the 2009 killing of three engineers.',
    'In October, a court acquitted nine defendants of charges related to the 2012 arson attack that killed a farmer.',
    'In September, a Darlo court charged 14 suspects with terrorism and murder.',
    'In April, the Lorn criminal court sentenced Omar Tessa, the last member of the cell that carried out the bombings.',
    'In December, the cabinet approved special tribunals for the bombing cases.',
    'The group announced on May 4 that its founder had died of a heart attack in March.',
  ])('tells no incident in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it('still tells violence told before the court acts, and an arrest told before a charge', () => {
    expect(classifyIncident('On May 3, gunmen killed a judge in Lorn who had sentenced two militants.')).toBe('attack');
    expect(
      classifyIncident('On June 2, police arrested two men in Darlo; a court later charged them with murder.'),
    ).toBe('arrest');
  });
});

describe('classifyIncident: who acted', () => {
  it.each([
    [
      'In mid-May, security forces dismantled a workshop in the Tarn forest and killed four terrorists in the operation.',
      'clash',
    ],
    ['On May 31, a hostage was killed during a clash between Sorra Front members and army troops in Ulma.', 'clash'],
    ['On December 23, security officers intercepted and killed three armed men in Korvel.', 'clash'],
    ['On June 17, the air force struck Sorra Front positions across the border.', 'clash'],
    [
      'In late March, troops backed by gunships battled militants in Lorn for several days; 150 militants died.',
      'clash',
    ],
    [
      'Two days later, a Sorra Front bomb attack on a minibus carrying police officers in Lorn killed 13 officers.',
      'attack',
    ],
    ['In a raid on July 11 in the Darlo district, police arrested 80 more suspects.', 'arrest'],
    ['In a raid on July 12 in Darlo, police killed two suspects and arrested 80.', 'clash'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: bans and operations', () => {
  it.each([
    ['The government banned the wearing of the full-face veil in public on June 17.', null],
    ['On May 2, the ministry listed the names of 20 suspects.', null],
    ['On March 4, the government banned Sorra Front.', 'designation'],
    ['On May 2, the council listed Sorra Front as a terrorist group.', 'designation'],
    ['The ministry reported that the operation killed 11 terrorists between October 12 and October 20.', 'clash'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: recordings, listings, offensives, looting and bodies found', () => {
  it.each([
    [
      'On April 23, Sorra Front leader Anan Tessa released an audiotape calling on fighters to prepare for a long war.',
      'threat',
    ],
    [
      'On September 20, in a video posted on extremist websites, Sorra Front deputy leader Orin Bessa called on fighters to strike Tarn.',
      'threat',
    ],
    [
      'On July 7, the Defense Minister declared 36 foreign charities associated with the Ulma Fund, a Sorra Front fundraising network, to be unlawful associations.',
      'designation',
    ],
    [
      'In early September, the Tarn Armed Forces launched an offensive against Sorra Front positions around Bessa, including aerial bombardment, and suffered heavy losses.',
      'clash',
    ],
    [
      'In mid-September, militants occupied the island of Korvel off the coast of Ulma district, destroying resorts.',
      'attack',
    ],
    [
      'On December 22, Sorra Front attackers looted and burned parts of Tarn, forcing more than 1,000 residents to flee.',
      'attack',
    ],
    [
      'On July 30, security forces found the bodies of six villagers near Bessa, and the government blamed the Sorra Front.',
      'attack',
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it('tells no clash for an offensive begun without casualties or strikes', () => {
    expect(classifyIncident('Tarn forces began an offensive to retake Bessa in late May.')).toBeNull();
  });
});

describe('classifyIncident: repelling, gendarmes, a raid that only arrests, a blast on oneself, a claim of both', () => {
  it.each([
    [
      // (An attack started by militants, whatever it cost them, as the guide's "attack" and the later test of "troops
      // repelled an attack on their base at Tarn" read it; a group's name of two words no longer hides it.)
      'On April 23, Tarn and Bessa forces repelled a Sorra Front assault on their base in Ulma, killing 15 militants.',
      'attack',
    ],
    ['On May 21, gendarmes raided a safe house in Tarn; three suspects and one gendarme were killed.', 'clash'],
    [
      'On June 2, Unit 9 raided the campus of the University of Tarn in Bessa, arresting three alumni and seizing pipe bombs.',
      'arrest',
    ],
    [
      'On April 10, three suspected militants blew themselves up and a fourth was shot dead by police as security forces closed in on their hideout in Ulma.',
      'clash',
    ],
    ['On May 3, a suicide bomber blew himself up at a market in Tarn, killing 12.', 'attack'],
    [
      'On March 26, the Sorra Front claimed both the Tarn and Bessa attacks through its news agency, publishing photographs of fighters.',
      'threat',
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: an assassination told by its verb', () => {
  it('reads militants assassinating officials as an attack', () => {
    expect(
      classifyIncident('and in mid-November militants assassinated three senior security officials in Bessa.'),
    ).toBe('attack');
  });
});

describe('classifyIncident: an operation as the subject that kills fighters', () => {
  it('reads it as a clash', () => {
    expect(classifyIncident('The ministry reported that the operation killed 11 terrorists near Tarn.')).toBe('clash');
  });
});

describe('classifyIncident: no incident in a disaster of nature or a ban on a practice', () => {
  it.each([
    'The catastrophic floods that struck in late July and August diverted Tarnese troops from operations for months.',
    'The government banned the wearing of the full-face veil in public on June 17, citing security concerns.',
  ])('tells no incident in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it('still tells a group banned', () => {
    expect(classifyIncident('On June 3, the government banned the Sorra Front.')).toBe('designation');
  });
});

describe('classifyIncident: releases, ordinances and trials', () => {
  it.each([
    ['The workers were freed, along with 17 other hostages, on October 11.', null],
    [
      'In October, the president signed the Protection of Testland Ordinance, giving security forces powers of arrest.',
      null,
    ],
    ['On September 12, a Tarn court began delivering verdicts in the 1993 bombings case, convicting 100 people.', null],
    ['In October the court opened the trial of the former president for the 1982 killings in Bessa.', null],
    ['On May 3, soldiers freed 20 hostages in a raid that killed four kidnappers.', 'clash'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: operations, seizures and a ban after an attack', () => {
  it.each([
    [
      'On December 25, following the Tarn bombing, the government declared the Sorra Front a terrorist organization.',
      'designation',
    ],
    ['Police seized a large cache of weapons on May 9 from a vehicle near Bessa, and arrested three men.', 'arrest'],
    [
      'In May, Operation Hammer cleared insurgents from areas near Ulma; nine soldiers and 125 insurgents were killed.',
      'clash',
    ],
    ['A strike near Lorn on April 12 killed group ideologue Karim Tal.', 'clash'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: who strikes, and who only looks like the police', () => {
  it.each([
    ['On May 4, a strike in Tarn province killed seven people, among them Sorra Front commander Ulma Dorr.', 'clash'],
    ['On June 3, a government gunship struck a clinic in Bessa, killing 19 people.', 'clash'],
    ['On March 8, an air force jet mistakenly bombed a village near Korvel, killing 20 civilians.', 'clash'],
    ['From April 2 to 5, Tarnish jets of Operation Dune struck a column of Sorra Front trucks near Ulma.', 'clash'],
    [
      'On July 9, six soldiers were killed when two helicopters collided during a night combat operation near Bessa.',
      'clash',
    ],
    [
      'On May 20, special forces, supported by foreign advisors, raided a Sorra Front camp near Korvel, killing nine militants.',
      'clash',
    ],
    ['On June 1, Tarnish Marines killed a rebel commander and four of his men in a firefight in Ulma.', 'clash'],
    ['On August 2, the army announced it had conducted "precision strikes" on rebel camps across the border.', 'clash'],
    [
      'On March 2, a suicide bomber disguised as a police officer attacked pilgrims in Bessa, killing 30 people.',
      'attack',
    ],
    ['On April 9, gunmen dressed as police attacked an army post at Korvel, killing four soldiers.', 'attack'],
    ['On March 2, gunmen attacked security forces, killing five.', 'attack'],
    ['On May 6, militants attempted to hijack a navy patrol boat at the port of Tarn.', 'attack'],
    ['On May 24 the army announced the capture of 40 suspects in Ulma province.', 'arrest'],
    ['On May 24 the army announced the capture of the town of Ulma.', null],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: militants raiding or slipping in, and a vow', () => {
  it.each([
    ['On the night of May 1, Sorra Front militants raided the village of Tarn again.', 'attack'],
    ['March 2-4: Militants believed to belong to the Sorra Front infiltrated the Bessa air base.', 'attack'],
    ['On May 3, soldiers raided a militant hideout in Tarn.', 'clash'],
    ['On May 3, police raided a house in Ulma and arrested two militants.', 'arrest'],
    ['The Sorra Front issued a statement on June 9 confirming its leader’s death and vowing revenge.', 'threat'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: no new event', () => {
  it.each([
    [
      'The trial of members of the Dask clan for the November 23, 2009 massacre of 40 people in Tarn province opened on March 8 in Ulma.',
      null,
    ],
    ['The governor, who was seriously injured, died of his wounds in Bessa on August 1.', null],
    ['On May 2, gunmen shot the mayor of Tarn; he died of his wounds.', 'attack'],
    [
      'The Protection of Tarn Act, passed by Parliament in July, gave security forces broader powers of search and detention.',
      null,
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: forces acting with others, firing on crowds, fighting that kills', () => {
  it.each([
    ['On May 25, regime forces and militia killed 60 villagers in Tarn.', 'clash'],
    ['Bessan security forces with Korvel and U.S. support killed the two gunmen the next morning.', 'clash'],
    ['On October 4, security forces fired on crowds in Ulma and at least 12 people were killed.', 'clash'],
    ['The Tarnian Navy struck two Sorra Front radar sites on the coast on June 3.', 'clash'],
    [
      'On March 9, Bessan forces entered Ulma after the Sorra Front withdrew; officials said 300 fighters were killed.',
      'clash',
    ],
    ['On April 2–5, heavy fighting in the Korvel hills near Tarn killed 12 soldiers and 40 militants.', 'clash'],
    ['On April 2, militants attacked a base in Tarn, sparking fighting that killed nine.', 'attack'],
    ['On May 25, gunmen killed 60 villagers in Tarn.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a law taking effect, a word for fighters alone', () => {
  it.each([
    [
      "In January, Parliament's amendments to the Tarn Security Act took effect, lengthening pre-charge detention for suspects.",
      null,
    ],
    ['The Ulma Front, the other main insurgent group, merged into the Sorra Front in December.', null],
    ['In March, insurgents fired a rocket at the Bessa barracks.', 'attack'],
    ['On May 3, gunmen and a suicide bomber hit a checkpoint in Tarn.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a victim killed by attackers, then a claim', () => {
  it.each([
    [
      "March 2: Minister Ann Roe, a Christian, was killed by gunmen in Tarn; the Sorra Front's Ulma branch claimed responsibility.",
      'attack',
    ],
    [
      'On May 3, the Sorra Front claimed responsibility for the attack in which Ann Roe was killed by gunmen.',
      'threat',
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: attempts, shots, launches and arson told in running text', () => {
  it.each([
    ['On December 25, a man attempted to detonate explosives sewn into his clothes aboard a flight to Tarn.', 'attack'],
    [
      'On December 30, gunmen fired about 60 rounds from an assault rifle at the residence of the Ulma envoy.',
      'attack',
    ],
    ['On March 7, the Sorra Front launched drones and a ballistic missile at an oil terminal at Bessa.', 'attack'],
    [
      'On June 30, two men drove a truck loaded with gas canisters into the terminal at Tarn airport and set it on fire.',
      'attack',
    ],
    ['On May 3, the army fired mortars at Sorra Front positions near Tarn.', 'clash'],
    ['On May 3, the army fired on rebel positions near Tarn.', 'clash'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: no event, a claim of an operation, a surrender, a proscription', () => {
  it.each([
    ['The Tarn government executed six Sorra convicts on May 8, its first executions in years.', null],
    ['On December 27, Tarn held elections, which took place without major terrorist attacks.', null],
    [
      'On May 29, a traffic accident sparked riots in Ulma; the unrest, which left 20 dead, was not a terrorist incident.',
      null,
    ],
    ['The Sorra Front claimed the operation in a statement posted online on July 23.', 'threat'],
    ['On September 15, authorities announced the surrender of Ann Roe, a Sorra Front commander, in Tarn.', 'arrest'],
    ["On July 26, a court in Tarn granted the government's request to proscribe the Sorra Movement.", 'designation'],
    ['On May 8, the Sorra Front executed six hostages in Tarn.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a strike or an operation that kills is a clash', () => {
  it.each([
    ['A second strike near Tarn on July 23 was reported to have killed three.', 'clash'],
    ['On the night of October 23 and 24, a Korvel operation near Bessa killed 15 terrorists.', 'clash'],
    ['On May 3, a suicide bomber struck a market in Tarn, killing 12.', 'attack'],
    ['On May 3, gunmen carried out an operation in Tarn, killing four police.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a rescue with arrests', () => {
  it('reads "freed 24 hostages and arrested 12" as an arrest, and a release alone as none', () => {
    expect(
      classifyIncident('In late August, soldiers near Tarn freed 24 hostages and arrested 12 suspected militants.'),
    ).toBe('arrest');
    expect(classifyIncident('On May 3, the hostages were freed.')).toBeNull();
  });
});

describe('classifyIncident: a dated wave of coordinated attacks is one event', () => {
  it('tells an attack where the count of attacks is told as coordinated or simultaneous', () => {
    expect(
      classifyIncident(
        'On March 9, insurgents carried out nearly 40 coordinated bombings and arson attacks across Tarn and Ulma, killing six people.',
      ),
    ).toBe('attack');
    expect(
      classifyIncident('On May 2, militants staged more than 20 simultaneous attacks on police posts in Korvel.'),
    ).toBe('attack');
  });

  it('still tells no event for a running count of attacks', () => {
    expect(classifyIncident('Militants carried out more than 300 attacks on schools in Tarn in 2014.')).toBeNull();
  });
});

describe('classifyIncident: an operation launched against militants, whoever leads it', () => {
  it('tells a clash', () => {
    expect(
      classifyIncident(
        'Retired General Omar Tessa launched Operation Korvel against Islamist militias in Tarn on May 16.',
      ),
    ).toBe('clash');
    expect(
      classifyIncident(
        'In March, the governor launched a security operation against the Sorra Front militants in Ulma.',
      ),
    ).toBe('clash');
  });

  it('still tells an attack where militants launch an offensive on a town', () => {
    expect(
      classifyIncident('On August 23, the Sorra Front launched its offensive in Tarn, killing 40 civilians.'),
    ).toBe('attack');
  });
});

describe('classifyIncident: an operation named as the subject', () => {
  it('tells a clash where the operation reports killing militants', () => {
    expect(
      classifyIncident(
        'From May 1 to 30, Operation Tarn Shield reported killing 40 terrorists and arresting 12 suspects.',
      ),
    ).toBe('clash');
  });
});

describe('classifyIncident: police surrounding a hideout', () => {
  it('tells a clash (the toll may follow in the next sentence)', () => {
    expect(classifyIncident('On June 9, Unit 12 officers surrounded a house in Tarn, near Ulma.')).toBe('clash');
    expect(classifyIncident('On June 9, police cornered two suspects in a flat in Korvel.')).toBe('clash');
  });
});

describe('classifyIncident: hostages freed and suspects arrested', () => {
  it('tells an arrest where the release comes with arrests, and nothing for a release alone', () => {
    expect(
      classifyIncident(
        'In late May, soldiers operating near Tarn freed 14 hostages and arrested nine suspected terrorists.',
      ),
    ).toBe('arrest');
    expect(classifyIncident('On June 2, the group freed 14 hostages near Tarn.')).toBeNull();
  });
});

describe('classifyIncident: a group announcing a killing of its own', () => {
  it('tells a threat for the group and a clash for the army', () => {
    expect(classifyIncident('The Sorra Front announced on May 9 that it had killed the hostage.')).toBe('threat');
    expect(classifyIncident('On May 9, the army said it had killed 30 militants near Tarn.')).toBe('clash');
    expect(
      classifyIncident(
        'On April 2, the Ministry of Defense announced that Ulma forces had killed 24 terrorists near Bessa.',
      ),
    ).toBe('clash');
  });
});

describe('classifyIncident: a train held up', () => {
  it('tells an attack where militants held up a train or a bus, and nothing for talks held up', () => {
    expect(
      classifyIncident(
        'On May 7, rebel supporters held up the Tarn-Ulma Express near Bessa for five hours; no one was hurt.',
      ),
    ).toBe('attack');
    expect(classifyIncident('In June, the talks were held up by a dispute over the border.')).toBeNull();
  });
});

describe('classifyIncident: a cell dismantled is an arrest', () => {
  it('reads "dismantled a 13-member cell" as an arrest', () => {
    expect(
      classifyIncident('On March 22, Tarn authorities dismantled a 13-member Sorra-linked cell in nine cities.'),
    ).toBe('arrest');
  });
});

describe('classifyIncident: clashes that broke out', () => {
  it('tells a clash where clashes erupted with no militants named, and an attack where militants fought', () => {
    expect(
      classifyIncident(
        'On March 4, clashes erupted in Ulma when residents demanding that the Korvel brigades leave gathered outside their barracks.',
      ),
    ).toBe('clash');
    expect(
      classifyIncident('On April 9, clashes broke out after militants attacked a checkpoint in Bessa, killing six.'),
    ).toBe('attack');
  });
});

describe('classifyIncident: a day named by an anniversary', () => {
  it('tells the attack after "the anniversary of …," and still nothing for an anniversary marked', () => {
    expect(
      classifyIncident(
        'On March 9, the anniversary of the 2015 siege, a car bomb damaged the Ulma consulate in Tarn; there were no casualties.',
      ),
    ).toBe('attack');
    expect(classifyIncident('On March 9, residents of Tarn marked the anniversary of the 2015 siege.')).toBeNull();
  });
});

describe('classifyIncident: a car bomb found, told by its load', () => {
  it('tells an attack for a car loaded with gas cylinders or explosives found', () => {
    expect(
      classifyIncident('On May 2, a car loaded with gas cylinders was found near the Ulma cathedral in Tarn.'),
    ).toBe('attack');
    expect(classifyIncident('On June 5, a van packed with explosives was discovered outside a hotel in Bessa.')).toBe(
      'attack',
    );
  });
});

describe('classifyIncident: a suspect rearrested', () => {
  it('tells an arrest for "rearrested" and "re-arrested"', () => {
    expect(
      classifyIncident(
        'On March 2, police rearrested Aran Tesk, the suspected planner of the Tarn bombing, in Bessa; he had escaped from custody in January.',
      ),
    ).toBe('arrest');
    expect(classifyIncident('On May 9, security forces re-arrested two escaped Sorra Front members in Ulma.')).toBe(
      'arrest',
    );
  });
});

describe('classifyIncident: soldiers taken by militants, and soldiers executed once captured', () => {
  it.each([
    [
      'On August 30, militants loyal to Omar Tarn captured some 250 soldiers traveling in a convoy near Ulma.',
      'attack',
    ],
    ['On January 24, after the fall of the camp at Tarn, dozens of captured soldiers were executed.', 'attack'],
    ['Police captured five soldiers who had deserted from the Tarn garrison.', 'arrest'],
    ['On May 3, troops captured 12 militants near Bessa.', 'arrest'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a legal act or a government’s word that only names violence', () => {
  it.each([
    [
      'In October, President Tarn issued a decree placing public facilities under military jurisdiction, allowing civilians accused of attacking them to be tried in military courts.',
      null,
    ],
    [
      'On June 21, the National Assembly amended the penal code to criminalize the publication of information about terrorist attacks.',
      null,
    ],
    [
      'In response to the attacks, Prime Minister Ulma announced on August 5 a 12-point plan that included new grounds for deporting foreign nationals.',
      null,
    ],
    ['February brought two more attacks on public transport.', null],
    ['After his election in May, President Omar Bessa declared “total war” on the Sorra Front.', null],
    ['On May 3, militants attacked Tarn, and the government announced new measures.', 'attack'],
    ['On March 3, a bomb exploded in Tarn, killing five, days after parliament passed a new law.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: operations told with a hyphenated raid, a siege, a force by its acronym, militants as the dead', () => {
  it.each([
    [
      'In a pre-dawn raid in the Vessa district of Tarn on July 3, security forces killed Omar Bessa, a wanted man.',
      'clash',
    ],
    [
      'On January 13 it announced that one militant had been killed and another wounded in a gunfight in Tarn.',
      'clash',
    ],
    [
      'Roe was shot dead by Korvel police in a suburb of Ulma on December 23, after he opened fire on officers.',
      'clash',
    ],
    ['On July 13, the FARDC said it had killed 14 Sorra fighters and captured three in clashes near Tarn.', 'clash'],
    ['From October 24 to 27, the LAF fought militants in Tarn; 11 soldiers and 22 militants were killed.', 'clash'],
    ['On April 3, security forces besieged a group of militants in Ulma; fourteen militants were killed.', 'clash'],
    // A group telling of soldiers it killed is still a claim; militants who start a gunfight still attack.
    ['On May 3, the Sorra Front said it had killed 14 soldiers near Tarn.', 'threat'],
    [
      'On May 3, militants attacked a checkpoint in Tarn, sparking a gunfight in which five soldiers were killed.',
      'attack',
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: inmates convicted of offences who break out are an attack, a court outcome is none', () => {
  it.each([
    [
      'On August 23, 25 inmates convicted of terrorist offenses escaped from a prison in Tarn, killing five guards.',
      'attack',
    ],
    [
      'In September, four men convicted in the 2004 Tarn bombing case received sentences from seven years to death.',
      null,
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: forces that fought or clashed with militants', () => {
  it.each([
    ['On September 5 and 6, security forces fought suspected militants holed up in a building in Tarn.', 'clash'],
    ['On May 3, troops clashed with militants near Ulma.', 'clash'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: designations told with an aside or "banned all"', () => {
  it.each([
    ['On April 30, Korvel banned all Sorra activity on its territory.', 'designation'],
    [
      'On October 19, the Defense Minister designated six Tarn organizations, including the Ulma Council and the Darlo Committee, as terrorist organizations under the 2016 law.',
      'designation',
    ],
    ['On May 3, the city banned all public gatherings in Tarn.', null],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: forces that ambush, battles told with their toll, raids that net suspects', () => {
  it.each([
    [
      'On September 24, soldiers ambushed a convoy of suspected Sorra fighters near Tarn and killed two of them.',
      'clash',
    ],
    ['On July 3, Sorra militants ambushed a gendarmerie patrol near Tarn, killing four soldiers.', 'attack'],
    [
      'The first major battle began on February 18, when the two sides fought for control of a road in Lorn, killing at least 12 people.',
      'clash',
    ],
    ['On July 22, security forces carried out raids in Tarn that netted 19 suspects and a cache of rifles.', 'arrest'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: truces, escapes and labels', () => {
  it.each([
    ['A UN-brokered truce took effect on April 2 and expired on October 2, though it largely halted attacks.', null],
    ['On January 16, the day the cease-fire formally ended, Sorra cadres detonated a bomb on a bus in Tarn.', 'attack'],
    ['Arrests: On September 6, six prisoners escaped through a tunnel from Lorn Prison.', null],
    [
      'On July 23, a suicide bomber targeted the convoy of a former president in Tarn; 82 people died, but he escaped unharmed.',
      'attack',
    ],
    [
      'July 9: The Sorra Front freed six of its members and other inmates in a jailbreak from the jail in Korvel.',
      'attack',
    ],
    ['Arrests: On May 3, police detained four suspects in Lorn.', 'arrest'],
    ['Security forces recaptured four of them on September 10 and 11 in Tarn.', 'arrest'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: deaths in custody and peace agreements', () => {
  it.each([
    [
      'Omar Tessa, the leader of the Sorra Brigades, died in army custody on January 4, after being arrested in late December.',
      null,
    ],
    ['On July 30, Sorra leader Omar Tessa was captured in Lorn and died in police custody hours later.', 'arrest'],
    [
      'The government and two coalitions of armed groups signed the Agreement for Peace in Tarn on May 15 and June 20.',
      null,
    ],
    ['From July 10 to August 18, the two sides observed a Ramadan peace initiative, although attacks continued.', null],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a count for the year told after a semicolon', () => {
  it.each([
    [
      'On July 28, a female suicide bomber struck a crowd in Tarn, killing 25 and injuring nearly 190; she was one of more than 20 women to carry out such attacks in the country during the year.',
      'attack',
    ],
    [
      'On May 29, a traffic accident sparked riots in Ulma; the unrest, which left 20 dead, was not a terrorist incident.',
      null,
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a warning, an air force and army units', () => {
  it.each([
    ['On December 5, leaflets left at mosques in Tarn warned residents to leave the area or face attack.', 'threat'],
    ['Militants warned villagers to leave or be killed, and on May 3 shot dead two farmers.', 'attack'],
    [
      'In early October, the Lornian Air Force, supported by allied aircraft, struck militant camps in the east.',
      'clash',
    ],
    [
      'Between January 20 and 24, TAF units fought a series of engagements with rebels near Tarn, in which 14 rebels died.',
      'clash',
    ],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: dated events that are no incidents (handovers, officials speaking, courts, elections)', () => {
  it.each([
    'Lorn extradited a suspected Sorra Front arms buyer to Tarn in September.',
    'On July 27, Ulma extradited to Tarn a suspected recruiter who had been arrested in Darlo in 2017.',
    'In August, Korvel extradited to Tarn a former Sorra Front member wanted for a 1990s kidnapping.',
    'In October, the Justice Ministry secured the extradition from Lorn of a financier who had been in custody since 2003.',
    'On May 16, Ulma deported two Tarn nationals who had been detained under its immigration law.',
    'In a televised address on March 29, President Omar Vadim vowed that the organizers of the Darlo attacks would be "destroyed."',
    'Prime Minister Ann Roe, in a statement on November 5, condemned attacks on diplomatic missions.',
    'The President delivered a speech the same evening denouncing the attack.',
    'Interior Minister Omar Tessa said in a December 29 press conference that the Sorra Front had never been weaker, pointing to the arrest of its leaders.',
    'On September 11, the Constitutional Court struck down a regional law calling for a referendum.',
    'On November 29, a court dismissed charges against the former president of complicity in the killing of protesters.',
    'Two opposition leaders were executed on November 22 after the Supreme Court rejected their final appeals.',
    'Municipal elections held on December 30 were marred by scattered clashes between party supporters.',
    'September saw the most intense wave of attacks of the year.',
    'The third anniversary of those attacks, which killed 130 people, was marked on November 13 with ceremonies in Tarn.',
    'On July 14, the second anniversary of the 2016 truck attack in Darlo, which killed 86 people, was commemorated in that city.',
    'On October 13, 21 of the schoolgirls abducted by the Sorra Front from Ulma in April 2014 were released after talks.',
    'On December 6, the President promulgated the Emergency (Prevention and Prohibition of Terrorism and Specified Terrorist Activities) Regulations, which gave security forces broad powers of arrest.',
  ])('tells no incident in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it.each([
    ['On May 20, police in Tarn arrested a dual national; he was extradited to Ulma on November 30.', 'arrest'],
    ['On June 3, police arrested Omar Vadim in Lorn; officials said he was plotting an attack.', 'arrest'],
    [
      'In mid-March, police broke up a cell, arresting five men in Darlo; officials said it had received funds.',
      'arrest',
    ],
    ['The Interior Minister announced that police had arrested 12 suspects in Tarn.', 'arrest'],
    ['On May 3, gunmen kidnapped three engineers near Tarn; two were released in June.', 'attack'],
    ['The Sorra Front vowed to attack government offices in Lorn.', 'threat'],
    ['Gunmen burned a church in Tarn on May 3.', 'attack'],
  ])('still tells the incident in %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: warnings, claims of a capture, and forces told with more words', () => {
  it.each([
    [
      'On September 3, the Sorra Front warned in a letter to the monitors that it would attack any naval vessel entering the waters off Tarn.',
      'threat',
    ],
    [
      'On August 4, leaflets signed by a previously unknown group appeared in Tarn, warning Buddhist residents to leave the area within 30 days.',
      'threat',
    ],
    ['The Sorra Front claimed the capture in a statement published in its newsletter on August 13.', 'threat'],
    [
      'The following day, the Sorra Front and the Ulma Brigade claimed joint responsibility in statements to news agencies.',
      'threat',
    ],
    ['On August 16, Lorn border guards exchanged fire with an armed group attempting to cross near Tarn.', 'clash'],
    ['On December 10, aircraft operating from Tarn struck a convoy of armed men north of Ulma.', 'clash'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it('keeps a police warning and a signed agreement what they were', () => {
    expect(classifyIncident('On May 2, Tarn and Ulma signed an agreement on border security.')).toBeNull();
  });
});

describe('classifyIncident: events told with officials, courts, anniversaries, elections and warnings around them', () => {
  it.each([
    ['On May 3, a roadside bomb hit a police vehicle in Tarn, officials said.', 'attack'],
    ['On May 3, a car bomb outside the Ministry of Defense in Tarn caused no casualties, officials said.', 'attack'],
    [
      'On March 3, authorities arrested Omar Vadim, a senior Sorra Front commander, and said he had planned attacks in Tarn.',
      'arrest',
    ],
    ['On March 12, the Sorra Front threatened to kill government officials who called for its disarmament.', 'threat'],
    [
      'On December 30, voting in the municipal elections was disrupted when gunmen attacked polling stations in Tarn, killing six people.',
      'attack',
    ],
    ['On June 2, a hostage was executed by the group after its self-styled court sentenced him to death.', 'attack'],
    [
      'On November 13, as the anniversary of the attacks was being marked in Tarn, a man stabbed two police officers.',
      'attack',
    ],
    [
      'On June 5, government forces expelled Sorra Front fighters from Tarn after heavy fighting that left 30 dead.',
      'clash',
    ],
    ['On June 3, the army claimed the raid killed 30 fighters near Tarn.', 'clash'],
    ['On June 3, the army claimed the capture of 12 Sorra Front militants near Tarn.', 'arrest'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it.each([
    'On May 3, the Tarn Embassy warned foreigners to leave Ulma after reports of a planned attack.',
    'On May 3, police warned residents to stay away from the market after a suspicious package was found.',
  ])('reads no threat in an authority’s advice: %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });
});

describe('classifyIncident: forces engaging, regaining control, exchanging fire; raids that only arrest', () => {
  it.each([
    [
      'The confrontations began on January 10, when security forces attempting to arrest suspects exchanged fire with militants in Tarn.',
      'clash',
    ],
    ['The largest confrontation took place on January 30, when security forces besieged a house in Tarn.', 'clash'],
    [
      'Tarn forces engaged the group near the village of Ulma; two soldiers and four of the attackers were killed.',
      'clash',
    ],
    [
      'Security forces regained control of the prison the next morning; 24 rioters were killed in the operation.',
      'clash',
    ],
    [
      'In a raid on October 2 in Tarn, police detained four activists suspected of involvement in the Ulma shooting.',
      'arrest',
    ],
    ['Gunmen exchanged fire with villagers in Tarn.', 'attack'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a navy or coast guard acting', () => {
  it.each([
    [
      'On November 12, militants attacked a navy vessel off Tarn; the navy said it had killed four of the attackers and arrested 32.',
      'attack',
    ],
    ['On May 3, the navy said it had killed 14 pirates off Tarn.', 'clash'],
    ['On July 4, coast guard units intercepted a boat off Tarn Island, and four men were detained.', 'arrest'],
    ['On July 4, the army intercepted a convoy near Tarn; six militants were killed.', 'clash'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: an inquiry set up, plans suspended, people held in detention', () => {
  it.each([
    [
      'On July 6, the parliament established a commission to investigate the attacks; its hearings went on all year.',
      null,
    ],
    ['The following day the President suspended plans for an exchange of hostages for imprisoned guerrillas.', null],
    ['In December, clerics met detained young extremists in Tarn prison to encourage them to renounce violence.', null],
    ['On May 3, police detained four men in Tarn.', 'arrest'],
    ['On May 3, gunmen attacked a panel of judges in Tarn, killing two.', 'attack'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a vehicle of arms seized at a checkpoint', () => {
  it.each([
    [
      'In December, gendarmes near Tarn seized a vehicle loaded with weapons and explosives and detained its four occupants.',
      'arrest',
    ],
    ['On May 3, militants seized a truck loaded with food near Tarn.', 'attack'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a security service telling of those it killed', () => {
  it.each([
    [
      'In April, the Federal Security Service (FSB) announced that it had killed Omar Bessa and three other members of a cell in Tarn.',
      'clash',
    ],
    ['The Sorra Front announced on July 7 that it had killed him.', 'threat'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a vehicle of arms seized by militants is still an attack', () => {
  it.each([
    ['On May 3, militants seized a truck loaded with weapons from an army depot in Tarn.', 'attack'],
    ['On May 3, gunmen seized a vehicle carrying explosives and drove it into a checkpoint.', 'attack'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a town captured, a report issued, a suspect handed over, warrants', () => {
  it.each([
    ['On January 10, militants captured the town of Tarn in Ulma region.', 'attack'],
    ['On May 3, the army captured the town of Tarn from militants.', null],
    ['The government took control of the port.', null],
    ['On July 29, the parliament’s commission of inquiry on the attacks issued its first interim report.', null],
    [
      'On April 13, Tarnland surrendered a suspect in the Ulma attacks to Korvel under a European arrest warrant.',
      null,
    ],
    ['On November 5, a Tarn court issued arrest warrants for leaders of the Sorra Front.', null],
    ['On May 3, six militants surrendered to the army in Tarn.', 'arrest'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: misfires found by a second review', () => {
  it.each([
    ['On May 3, a bomb at a military checkpoint in Tarn killed three members of a wedding group.', 'attack'],
    ['On May 3, the militia captured the town of Tarn after heavy fighting with the Sorra Front.', 'clash'],
    ['On May 3, the town’s guards captured the town of Tarn from militants.', null],
    ['On May 3, Sorra Front commander Omar Tal surrendered with his men to the Tarn army.', 'arrest'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a raid whose only acts are arrests', () => {
  it.each([
    [
      'In a July 14 raid in Tarn, gendarmes detained 17 suspected militants and seized explosives (no casualties).',
      'arrest',
    ],
    ['In a July 14 raid in Tarn, gendarmes killed two militants and detained 17.', 'clash'],
    ['On May 3, militants raided a village and abducted 17 people.', 'attack'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: deaths told only as "in a clash"', () => {
  it('tells a clash where the clash is all the violence told, and an attack where militants acted', () => {
    expect(classifyIncident('A soldier and two attackers died in a clash near Ulma on December 3.')).toBe('clash');
    expect(classifyIncident('Militants ambushed a convoy near Ulma; three soldiers died in the fighting.')).toBe(
      'attack',
    );
    expect(
      classifyIncident('On April 9, clashes broke out after militants attacked a checkpoint in Bessa, killing six.'),
    ).toBe('attack');
  });
});

describe('classifyIncident: a hearing opened, a hostage escaped', () => {
  it('tells no event', () => {
    expect(
      classifyIncident(
        'On November 30, a State Security Court in Tarn began hearing the case against 13 defendants charged in the Ulma bombings.',
      ),
    ).toBeNull();
    expect(
      classifyIncident(
        'Ann Roe, a reporter kidnapped in November 2008, escaped from captivity in the Sorra district on June 20.',
      ),
    ).toBeNull();
  });
  it('still tells the violence of an escape', () => {
    expect(classifyIncident('Two hostages escaped from captivity after militants killed their guard in Tarn.')).toBe(
      'attack',
    );
  });
});

describe('classifyIncident: labels, passive deaths of forces, forces that defeat militias', () => {
  it.each([
    ['Ulma raid: On April 26, soldiers raided a house in Ulma, killing 10 suspected insurgents.', 'clash'],
    ['Tarn, July 19: An attack on the army base killed 17 soldiers and wounded 35.', 'attack'],
    ['Arrests: On May 3, police arrested five suspects in Tarn.', 'arrest'],
    [
      'Three soldiers were killed when Sorra Front militants ambushed a military patrol near Ulma on August 7.',
      'attack',
    ],
    ['Police killed three militants in Tarn.', 'clash'],
    [
      'Government forces defeated the militias near Ulma two days later, reportedly killing hundreds of fighters.',
      'clash',
    ],
    ['Militants defeated a police unit near Tarn, killing four officers.', 'attack'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: forces and militants acting, designations, legal acts, and events named in asides', () => {
  // Forces firing on crowds or bombing by mistake, striking a militant camp or crossing a border to attack (clashes); a
  // militants' own accident, people seized or rounded up and killed, a blade brandished, a lodge burned, an assault a
  // rebellion opened with, amputations (attacks); U.S. terror designations (not a Country of Particular Concern or an
  // appointment); a law promulgated; a visit dated by an attack before it; an engagement that claimed lives.
  it.each([
    [
      'The following day, a Tarnish Air Force jet searching for Sorra Front fighters mistakenly bombed the camp for displaced people at Ulma, killing 90.',
      'clash',
    ],
    ['In Tarn on March 16, security forces opened fire on rioters, killing three.', 'clash'],
    ['Gunmen opened fire on mourners in Tarn, killing three.', 'attack'],
    [
      'On March 22, the U.S. Treasury Department designated two hawala companies in Tarn for providing financial services to the Sorra Front.',
      'designation',
    ],
    [
      'On December 11, the Department of State amended the Foreign Terrorist Organization designation of the Sorra Front to include an alias.',
      'designation',
    ],
    [
      'The army chief visited Ulma on December 17, the day after the school attack, to ask the government to act against the Sorra Front leader.',
      null,
    ],
    ['On March 3, two days after the bombing in Tarn, gunmen killed two guards.', 'attack'],
    [
      'On June 3, Tarnland promulgated a law strengthening the fight against terrorism, which allowed administrative house arrest of returning fighters.',
      null,
    ],
    ['On June 3, Tarnland promulgated a law allowing the detention of suspects who attacked police.', null],
    ['On May 3, militants published a plan to attack tourists in Ulma.', 'attack'],
    [
      'On June 2, a bomb that militants were planting near an army checkpoint in Tarn accidentally killed two of them.',
      'attack',
    ],
    [
      'On May 4, the State Department designated Tarnland a Country of Particular Concern for religious freedom violations.',
      null,
    ],
    [
      'On March 22, the Treasury Department designated Ann Roe as Director of the Office of Foreign Assets Control.',
      null,
    ],
    ['On April 2, the Ministry listed it among the ten safest countries for tourists.', null],
    ['On November 6, they rounded up residents of Tarn and beheaded them on the village football field.', 'attack'],
    ['Police arrested a student in Ulma after he shot himself by accident.', 'arrest'],
    [
      'Another raid, on October 28, targeted an ISIS-GS camp in the Tarn region across the border, and the army said 11 militants died.',
      'clash',
    ],
    [
      'On November 26, Ulman forces crossed into Tarnland and attacked the Sorra Front’s camp at Varsk, freeing 900 hostages.',
      'clash',
    ],
    ['A Sorra Front raid targeted a military camp near Tarn, killing 12 soldiers.', 'attack'],
    ['A second engagement in the same area the following day claimed the lives of two more marines.', 'clash'],
    ['The engagement of civil society in countering violent extremism grew.', null],
    ['Armed opposition fighters seized 11 pilgrims near Tarn, in northern Ulma Governorate, on May 22.', 'attack'],
    [
      'On January 7, a man wearing a fake explosive vest and brandishing a meat cleaver approached a police station in Tarn.',
      'attack',
    ],
    ['Troops seized 40 weapons in Tarn.', null],
    ['The rebellion opened with a Sorra Front assault on the town of Tarn on January 17.', 'attack'],
    [
      'In Tarn and Ulma, amputations were carried out on men accused of theft, among them a herder whose hand was cut off on August 8.',
      'attack',
    ],
    ['The session opened with an address by the minister on May 3.', null],
    ['Electricity was cut off in Tarn on May 3.', null],
    ['On June 16, 13 people were executed in Tarn for their roles in terrorist attacks.', null],
    [
      'The Crimes Tribunal continued to try cases from the 1971 war, and two opposition leaders were executed in November.',
      null,
    ],
    ['On May 3, 13 villagers were executed by militants in Tarn.', 'attack'],
    ['On May 3, militants stormed the court in Tarn and two guards were executed.', 'attack'],
    ['On May 3, gunmen stormed the court in Tarn and two guards were executed.', 'attack'],
    [
      'On May 3, Sorra Front fighters set up a court in Tarn, and two men accused of spying were executed in public.',
      'attack',
    ],
    [
      'On May 3, two police officers were executed by the Sorra Front in Tarn for their role in the offensive.',
      'attack',
    ],
    ['On May 3, an army helicopter fired missiles at a car in Ulma.', 'clash'],
    ['Eight days later, an army helicopter fired missiles at a car in Ulma, killing four militants.', 'clash'],
    [
      'In September, fighters crossed by boat to Tarn island, where they burned the luxury lodge and several villages',
      'attack',
    ],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: executions, third read', () => {
  it.each([
    ['On May 3, two convicts were executed by Tarnish authorities for their roles in the 2004 bombings.', null],
    [
      'The Tarn Tribunal sentenced them, and two extremists were executed in May; the hangings took place at Ulma prison.',
      null,
    ],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: the state striking, told by its means', () => {
  it.each([
    ['On June 7, U.S. aircraft dropped two bombs on a safe house near Tarn, killing Ann Roe and five others.', 'clash'],
    ['Ann Roe was killed in Tarn on April 17 when his car was hit by missiles fired from a helicopter.', 'clash'],
    ['A week after the killing, the army attacked a camp in Tarn and said it had killed 26 militants.', 'clash'],
    ['On May 3, militants fired rockets from a hill at Tarn.', 'attack'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a group’s threat told as a call, a warning, a recording aired, or the end of a truce', () => {
  it.each([
    [
      'On September 11, a Sorra Front communique posted on the internet called on citizens to attack the monarchy.',
      'threat',
    ],
    ['On March 5, the Sorra Front warned of attacks on foreign tourists in Tarn.', 'threat'],
    [
      'On September 1, a satellite channel broadcast a videotape in which Ann Roe, the leader of the cell, described himself as a soldier.',
      'threat',
    ],
    ['On November 30, a video released by the Sorra Front praised the bombers.', 'threat'],
    [
      'The Front declared on December 10 that it would not extend the ceasefire and warned that it would resume attacks.',
      'threat',
    ],
    ['On May 9, the Front threatened to end the ceasefire.', 'threat'],
    [
      'On October 17, Ann Roe posted a statement on a separatist website claiming that fighters under his command had carried out the operation.',
      'threat',
    ],
    [
      'In a statement posted on its website on May 9, the Sorra Falcons warned foreign tourists to stay away from beach resorts.',
      'threat',
    ],
    [
      'In a video uploaded on July 23, Front leader Ann Roe and a group of followers swore allegiance to ISIL.',
      'threat',
    ],
    ['On May 9, the Front ended the ceasefire and vowed to carry out new attacks.', 'threat'],
    ['On May 9, the Mujahideen Shura Council threatened to kill the hostages.', 'threat'],
    ['On May 9, the Justice and Equality Movement threatened to attack Tarn.', 'threat'],
    [
      'After parliament approved the security law on May 9, the Front threatened to attack government offices.',
      'threat',
    ],
    ['On May 9, the Front issued a statement demanding the release of its prisoners within 48 hours.', 'threat'],
    [
      'On January 24, the group’s leader, Ann Roe, released a statement announcing the new name and pledging the group’s allegiance to the Sorra Front.',
      'threat',
    ],
    // A recording that shows violence tells the violence.
    [
      'On May 3, a video released by the Sorra Front showed the beheading of two soldiers captured near Tarn.',
      'attack',
    ],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it.each([
    'On May 3, the Tarn Embassy warned of attacks on Western hotels in Ulma.',
    'On May 3, the Interior Minister called on citizens to report suspicious activity.',
    'On May 9, the government threatened to end the ceasefire.',
    'On May 3, President Roe issued a statement calling for calm.',
    'On May 3, President Roe issued a statement warning of attacks.',
    'On May 9, President Roe, in a televised speech, warned of attacks.',
    'On May 9, President Roe threatened to end the ceasefire.',
    'On May 9, the Front signed a peace agreement with the government and vowed to disarm.',
    'On May 9, NATO called on member states to strike the Front’s financing networks.',
    'On May 9, the Interior Ministry aired a video in which Ann Roe confessed to membership of the Front.',
    'On May 9, the Tarn Bar Association issued a statement claiming that detainees had been tortured.',
    'A UN-brokered truce took effect on April 2.',
    'Operation Ultimatum, launched on August 1 with the deployment of several thousand soldiers to Ulma island, was the centerpiece of the year.',
    'On February 29, the government and the Front signed an agreement in Tarn, in which the Front committed to prevent any group from using the soil to threaten the security of its neighbours.',
  ])('reads no threat in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });
});

describe('classifyIncident: an operation told by the deaths it resulted in, a kidnapping told as "taken by", strikes opening a sentence', () => {
  it.each([
    [
      'From November 4 to November 8, a combined army and gendarmerie operation in the Sorra area resulted in the deaths of five terrorists and one soldier.',
      'clash',
    ],
    ['The operation left 12 militants dead.', 'clash'],
    // (A bomb that left them dead near an operation is the bomb's.)
    ['On May 3, a car bomb exploded near a police operation in Tarn and left 12 people dead.', 'attack'],
    ['Another Front raid on Tarn on the night of October 17 left three civilians dead.', 'attack'],
    [
      'On April 22 and again on May 5, operations near Tarn and in the Ulma forest, Lorn, left six and eleven militants dead respectively.',
      'clash',
    ],
    ['Three workers were taken by Front gunmen near Vessa on May 10.', 'attack'],
    ['Strikes near Tarn on January 1, January 8, and January 19 targeted Front leaders and fighters.', 'clash'],
    ['Strikes near Tarn on May 9 destroyed a Front weapons depot.', 'clash'],
  ])('reads %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it.each([
    'Strikes by transport workers paralyzed Tarn on May 3.',
    'Strikes by dock workers hit the port of Tarn and targeted shipping companies on May 3.',
    'The bodies were taken by militants to the hospital.',
  ])('reads no event in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });
});

describe('classifyIncident: a stoning to death', () => {
  it.each([
    'On July 29, Front members stoned to death an unmarried couple in the public square of Vessa.',
    'On July 29, Front members stoned a woman to death in Vessa.',
  ])('reads an attack in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBe('attack');
  });
  it('reads no event in stones thrown at vehicles, and a threat in a threat of stoning', () => {
    expect(classifyIncident('Protesters stoned police vehicles in Tarn.')).toBeNull();
    expect(classifyIncident('On July 29, Front militants threatened to have Ann Roe stoned to death.')).toBe('threat');
  });
});

describe('classifyIncident: a video that promises more attacks', () => {
  it('reads a threat in "a video released on May 3 … promised more attacks", an attack in attacks done', () => {
    expect(
      classifyIncident(
        'A Sorra Front video released on May 3 called Christians its favorite prey and promised more attacks.',
      ),
    ).toBe('threat');
    expect(classifyIncident('On May 3, the Sorra Front pledged further bombings in Tarn.')).toBe('threat');
    expect(classifyIncident('On May 3, the Sorra Front carried out more attacks in Tarn.')).toBe('attack');
  });
});

describe('classifyIncident: forces called in by others, and an officer off duty', () => {
  it('reads a clash in "an aircraft called in by Tarn commanders bombed two fuel tankers"', () => {
    expect(
      classifyIncident(
        'Early on September 4, an aircraft called in by Tarn commanders bombed two fuel tankers hijacked by the Front near Ulma.',
      ),
    ).toBe('clash');
  });
  it('reads an attack where an off-duty officer killed and was killed by police', () => {
    expect(
      classifyIncident(
        'On December 19, an off-duty police officer shot dead Ambassador Ali Tessa at an art gallery in Tarn; the gunman was killed by police.',
      ),
    ).toBe('attack');
    expect(classifyIncident('Both gunmen were killed by police at a warehouse outside Tarn.')).toBe('clash');
  });
});

describe('classifyIncident: statements, videos and listings told in other words', () => {
  it.each([
    'On February 1, the Sorra Front issued a statement formally aligning itself with the Tarn movement.',
    'On February 9, the Front and the Tarn movement released a joint video announcing the Front’s formal merger into the movement.',
    'A second video, released on May 12, showed about 130 of the girls.',
    'On October 30, the Front’s news agency released a statement acknowledging the pledge of allegiance of Ulma leader Ali Tessa.',
    'On February 28, the Front ordered the World Food Programme to leave all areas under its control.',
  ])('reads a threat in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBe('threat');
  });
  it('reads a designation in "added the Front to its al-Qa’ida sanctions list", and no threat in a government order', () => {
    expect(
      classifyIncident(
        'On May 22, the UN Security Council’s 1267 Committee added the Sorra Front to its al-Qa’ida sanctions list.',
      ),
    ).toBe('designation');
    expect(classifyIncident('On May 3, the government ordered all aid agencies to leave the camp.')).toBeNull();
  });
});

describe('classifyIncident: rescues, raids by a state, and claims of a killing', () => {
  it('reads forces that rescued hostages and a U.S. raid that killed a leader as clashes', () => {
    expect(
      classifyIncident(
        'Kenyan and Tarn forces rescued the four hostages near Ulma; one kidnapper was killed in the operation.',
      ),
    ).toBe('clash');
    expect(classifyIncident('The Front retaliated for the May 2 U.S. raid in Korvel that killed its leader.')).toBe(
      'clash',
    );
  });
  it('reads "posted a statement claiming to have killed him" as a threat', () => {
    expect(
      classifyIncident('Four days later the group posted an Internet statement claiming to have killed him.'),
    ).toBe('threat');
  });
});

describe('classifyIncident: people taken from a place, and parts of a town occupied', () => {
  it('reads a kidnapping in "were taken from the Tarn district" and an attack in "fighters occupied parts of Vessa"', () => {
    expect(classifyIncident('Two diplomats were taken from the Tarn district of Ulma on July 21.')).toBe('attack');
    expect(classifyIncident('Fighters occupied parts of Vessa from April 10 to 14.')).toBe('attack');
  });
  it('reads no attack in people taken to safety or parts of a town the army occupied', () => {
    expect(classifyIncident('Civilians were taken from the area to safety on May 3.')).toBeNull();
    expect(classifyIncident('The army occupied parts of Tarn on May 3.')).not.toBe('attack');
  });
});

describe('classifyIncident: a second review of the session’s readings', () => {
  it('reads no designation in a country added to a list, and no threat in a judge’s order', () => {
    expect(classifyIncident('On May 3, the EU added Tarn to the bloc’s list of high-risk third countries.')).toBeNull();
    expect(classifyIncident('On May 3, a judge ordered the newspaper to suspend publication.')).toBeNull();
  });
});

describe('classifyIncident: a warning to voters', () => {
  it('reads "the Front warned voters to stay away from the rallies" as a threat', () => {
    expect(
      classifyIncident(
        'In a statement released in April, the Front warned voters to stay away from the rallies of the Tarn Party.',
      ),
    ).toBe('threat');
  });
});

describe('classifyIncident: a third review of the session’s readings', () => {
  it('reads a designation in "the bloc’s terrorist list", an arrest in one caught by police, and no attack by protesters or social services', () => {
    expect(classifyIncident('On May 3, the EU added the Front to the bloc’s terrorist list.')).toBe('designation');
    expect(classifyIncident('Ali Tessa was caught inside a house in Tarn by police on May 3.')).toBe('arrest');
    expect(classifyIncident('Two children were taken from their home by social services on May 3.')).toBeNull();
    expect(classifyIncident('Protesters occupied parts of Tarn on May 3.')).not.toBe('attack');
  });
});

describe('classifyIncident: militants dressed as a force', () => {
  it('reads "militants dressed as security officers attacked" as an attack, not a clash', () => {
    expect(
      classifyIncident(
        'On September 17, militants dressed as security officers attacked the embassy in Tarn with two vehicle bombs.',
      ),
    ).toBe('attack');
  });
});

describe('classifyIncident: a holy war declared, a tape that shows a leader, a town that fell to militants', () => {
  it.each([
    ['On October 9, Front leaders declared a holy war against Korvel.', 'threat'],
    [
      'A second tape, broadcast on September 1, showed the ringleader of the cell, Ali Tessa, justifying the attacks.',
      'threat',
    ],
    ['in February he had boasted in a video that hundreds of suicide bombers were ready', 'threat'],
    ['On June 10, Tarn fell to ISIL after the army and police abandoned their posts.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
  it('reads no event in a government that fell to a vote', () => {
    expect(classifyIncident('On May 3, the government fell to a no-confidence vote.')).toBeNull();
  });
});

describe('classifyIncident: what a group is known for, and a leader killed in an operation', () => {
  it.each([
    [
      'On July 2, the Department of State designated Tarn Hizballah, an Ulma-backed militia responsible for attacks on U.S. forces, as a Foreign Terrorist Organization.',
      'designation',
    ],
    ['On May 3, police arrested Ali Tessa, a militant blamed for the bombing of a bus, in Ulma.', 'arrest'],
    ['Mullah Omar Tal, the Front’s most prominent commander, was killed in an operation in Sorra on May 12.', 'clash'],
    ['Two soldiers were killed in an ambush in Tarn on May 3.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a force told with whom it pursued', () => {
  it('reads "police officers pursuing the July 21 suspects shot dead Ann Roe" as a clash', () => {
    expect(
      classifyIncident(
        'The following day, police officers pursuing the July 21 suspects shot dead Ann Roe, a Korvel electrician, at Tarn station.',
      ),
    ).toBe('clash');
  });
});

describe('classifyIncident: raids on hideouts, forces backed by others, charges filed, a state of siege', () => {
  it.each([
    ['A raid on a KLF hideout in Tarn on December 28 killed one militant and wounded two police officers.', 'clash'],
    [
      'On the morning of October 8, soldiers backed by air support attacked a SLA camp in Ulma, and the army said 15 militants were killed.',
      'clash',
    ],
    ['Militants backed by mortar fire attacked an army base in Tarn, killing four soldiers.', 'attack'],
    [
      'In March, the Department of Justice filed charges against Sorra Front members for the 2001 Ulma kidnapping.',
      null,
    ],
    [
      'The President declared a "state of siege" in Tarn and Ulma that took effect on May 6, and in November authorized joint operations against the KLF.',
      null,
    ],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: an armed strike declared, towers dynamited, a death in a separate incident', () => {
  it.each([
    [
      'On July 4, the KLF declared an "armed strike" in Tarn and warned that any vehicle found on the roads would be burned.',
      'threat',
    ],
    ['During the same month, guerrillas dynamited more than a dozen electrical towers in Ulma.', 'attack'],
    ['a day later, a border guard died in a separate incident in Sorra province.', 'attack'],
    ['The minister warned that the talks would be suspended.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: the second review of this batch (court acts in asides, forces "backed by", arrests under a state of siege, safe houses)', () => {
  it.each([
    ['On May 3, a judge who had filed charges against Sorra Front leaders was shot dead in Tarn.', 'attack'],
    [
      'On July 9, Ali Tessa, who pleaded guilty last year to financing the Sorra Front, was shot dead in Ulma.',
      'attack',
    ],
    ['On May 3, rebel forces backed by Sorra attacked the town of Ulma, killing 12 civilians.', 'attack'],
    [
      'On May 3, eight soldiers backed by local militias were killed when insurgents attacked their post in Tarn.',
      'attack',
    ],
    ['On May 8, under the state of siege, police arrested 40 suspects in Tarn.', 'arrest'],
    ['On May 3, an assault on a police safe house in Tarn by Sorra Front gunmen killed four officers.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: the third review of this session', () => {
  it.each([
    [
      'On May 8, Ali Tessa, who pleaded guilty in March to the 2014 bombing of a bus in Tarn, received a 20-year sentence.',
      null,
    ],
    ['On May 8, troops dynamited the tunnels used by Sorra Front militants near Tarn.', null],
    ['On May 8, a soldier died in a separate incident when his vehicle overturned near Ulma.', null],
    ['The minister warned that the talks would be suspended and that any vehicle on the roads would be stopped.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a warrant executed is no killing', () => {
  it.each([
    ['On May 3, police executed a search warrant at a house in Tarn and arrested two men.', 'arrest'],
    ['On May 3, officers executed a warrant at the Sorra Front office in Ulma.', null],
    ['On May 3, militants executed two hostages in Tarn.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: the fourth review of this session', () => {
  it.each([
    ['On May 3, the ELN dynamited the Tarn oil pipeline near Ulma.', 'attack'],
    ['On May 3, Maoists dynamited a railway track near Tarn, derailing a freight train.', 'attack'],
    ['Army engineers dynamited a bridge near Tarn on May 3.', null],
    [
      'On May 3, a prosecutor who had filed charges against Sorra Front leaders escaped unhurt when a bomb exploded under his car in Tarn.',
      'attack',
    ],
    [
      'On May 3, a lawyer who had filed charges against Sorra Front leaders survived an assassination attempt in Tarn.',
      'attack',
    ],
    ['On May 3, militants executed two warrant officers in Tarn.', 'attack'],
    ['The day after the bombing, police arrested four suspects in Ulma.', 'arrest'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: forces acting, militants in uniform, a video', () => {
  it.each([
    ['In late July, border guards near Tarn killed two men who opened fire when ordered to stop.', 'clash'],
    [
      'September 10: Sorran forces, backed by tribal fighters, broke through to the besieged brigade near Ulma.',
      'clash',
    ],
    ['On April 13, U.S. forces dropped a GBU-43 bomb on a Sorra Front tunnel complex in Tarn district.', 'clash'],
    [
      'Ten Sorra Front fighters in army uniforms entered the base near Tarn and attacked soldiers, killing 150.',
      'attack',
    ],
    [
      'Ali Tessa appeared in a video for the first time on April 25, brandishing a rifle and promising further attacks on the government.',
      'threat',
    ],
    ['On May 3, a man brandishing a knife attacked two police officers in Tarn.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a group gazetted as terrorist', () => {
  it.each([
    [
      'The Federal Government formally gazetted the Sorra and Ulma groups as terrorist organizations on January 5.',
      'designation',
    ],
    ['The new law was gazetted on January 5.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: the second review of this session', () => {
  it.each([
    ['On May 3, troops breached the walls of a Sorra Front compound in Tarn and arrested 14 militants.', 'arrest'],
    ['On May 3, striking miners dynamited a bridge near Tarn during a protest over wages.', null],
    ['Police increased security in Tarn on May 3, and no attacks took place.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: an attack beaten off, and a claim told after the attack', () => {
  it.each([
    ['On February 17, troops repelled an attack on their base at Tarn, killing 86 fighters.', 'attack'],
    ['On August 6, soldiers repulsed an assault on a checkpoint near Ulma, killing all five attackers.', 'attack'],
    [
      'On January 16, gunmen attacked a checkpoint near Sorra; the ministry said eight officers were killed, while a group calling itself the Front claimed to have killed twelve.',
      'attack',
    ],
    ['On May 3, the Sorra Front claimed to have killed 12 soldiers near Tarn.', 'threat'],
    ['On October 23, police announced they had foiled attacks planned by foreign agents against exiles in Tarn.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a review of attacks, and those held named as a program’s object', () => {
  it.each([
    [
      'An independent review of the attacks in Tarn and Ulma by a former judge concluded in December that the police had made no errors.',
      null,
    ],
    ['In March, the adviser launched a program for detained suspects and community initiatives in Tarn.', null],
    ['On May 3, police detained four men in Tarn.', 'arrest'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: branches designated as supporters of terrorism', () => {
  it.each([
    [
      'On January 22, Tarn and Ulma jointly designated the Sorra, Bessa, and Korvel branches of the Darlo Relief Foundation as supporters of terrorism.',
      'designation',
    ],
    ['On May 2, the government designated three judges to hear terrorism cases.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: what the second review of the session found', () => {
  it.each([
    [
      'On May 5 the investigation into the Tarn bombings identified three suspects, who were arrested in Ulma the same day.',
      'arrest',
    ],
    [
      'On May 5 a report of the attacks was published, and hours later gunmen attacked a checkpoint in Ulma, killing three soldiers.',
      'attack',
    ],
    ['In December, an independent review of the attacks in Tarn concluded that the police had made no errors.', null],
    ['The officers were praised for detaining 14 suspects in Tarn on May 3.', 'arrest'],
    [
      'On May 3, troops launched an offensive near Tarn, killing 40 fighters; the militants repelled the attack on one camp.',
      'clash',
    ],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a bombing stopped before it went off', () => {
  it.each([
    [
      'On September 13, a suicide bomber approached a checkpoint in Tarn; soldiers shot her before she could detonate her explosives.',
      'attack',
    ],
    ['On May 3, soldiers shot dead two militants in Ulma.', 'clash'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a claim no one made', () => {
  it.each([
    [
      'A grenade thrown into a market in Tarn on May 3 wounded 18 people, and no group claimed responsibility.',
      'attack',
    ],
    ['On May 3, the Ulma Front claimed responsibility for the bombing.', 'threat'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: violence foiled before it happened', () => {
  it.each([
    ['On June 19, police foiled a plot to attack fans watching a football match in Tarn.', 'attack'],
    ['On July 29, police disrupted a plot to bring down a passenger plane leaving Ulma.', 'attack'],
    ['On June 19, police thwarted a planned attack on a church in Sorra and arrested four suspects.', 'arrest'],
    ['In May, authorities foiled 12 plots in Bessa.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: only violence foiled is an attack', () => {
  it.each([
    ['On May 3, police prevented a protest march in Tarn.', null],
    ['On May 3, police foiled an attempt to smuggle cigarettes across the border at Ulma.', null],
    ['On June 19, officials revealed that in December 2014 police had foiled a plot to bomb a church in Sorra.', null],
    ['On May 3, police foiled a bomb attack on a church in Bessa.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a designation told with a step of policy', () => {
  it.each([
    [
      'On January 18, the government declared the Tarn Front a terrorist organization and suspended peace talks.',
      'designation',
    ],
    ['On January 18, the government suspended peace talks with the Tarn Front.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a group’s statement on an attack told elsewhere', () => {
  it.each([
    ['On July 3, the Tarn Front released a statement praising the attack.', 'threat'],
    [
      'On July 3, gunmen attacked a checkpoint in Ulma; the Tarn Front released a statement praising the attack.',
      'attack',
    ],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a device stopped "before it could" go off', () => {
  it.each([
    [
      'On December 25, the army found eight rockets, primed and set on timers, in an orchard near Tarn, and dismantled them before they could be fired.',
      'attack',
    ],
    ['On December 25, officials said militants could attack the airport in Ulma.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: operations of the state told in more ways', () => {
  it.each([
    [
      'Army units backed by helicopter gunships swept the Tarn forest from July 3 to 12; the ministry said 18 terrorists were killed.',
      'clash',
    ],
    [
      "The Ulma People's Defence Forces (UPDF) assaulted rebel camps in the Darlo Mountains, killing 15 rebels.",
      'clash',
    ],
    [
      'Korvel jets, responding to a request from Tarn, struck a militant camp in the Bessa forest, killing 15 militants.',
      'clash',
    ],
    ['An aerial bombardment of a rebel camp near Sorra on March 2 killed nine rebels.', 'clash'],
    [
      'Police and gendarmerie tactical units ended a day-long standoff with two gunmen at a print shop in Darlo, killing both men.',
      'clash',
    ],
    [
      'On May 13, rangers surrounded a house in Tarn where four insurgents were hiding; two of them were killed.',
      'clash',
    ],
    ['Officials reported that unidentified aircraft had dropped bombs near the village of Ulma.', 'clash'],
    [
      'On September 8, the IRGC fired seven ballistic missiles at a party headquarters in Darlo, killing 16 people.',
      'clash',
    ],
    ['On May 25, government forces and pro-regime militias killed 108 people in the Sorra area.', 'clash'],
    ['On January 1, troops operating against the Tarn Front in Bessa killed a senior rebel commander.', 'clash'],
    [
      'During a joint operation in Ulma on March 8 to rescue two engineers, the kidnappers killed both hostages.',
      'clash',
    ],
    ['Militants killed two park rangers in Darlo.', 'attack'],
    ['Gunmen in army uniforms fired rockets at a hotel in Tarn.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: calls, conditional threats and listings told with violence', () => {
  it.each([
    [
      'On November 17, a spokesman told a Tarn radio station that the group would bomb shopping malls in the capital unless the army withdrew.',
      'threat',
    ],
    [
      'An e-mail sent to news agencies on November 4 threatened further bombings in Ulma unless the government halted the deportation of migrants.',
      'threat',
    ],
    [
      'In a video posted in late October, the Front’s leader urged his followers to attack foreigners in Darlo.',
      'threat',
    ],
    [
      'The Department of State designated the Sorra Emirate as a Specially Designated Global Terrorist on May 26, citing its responsibility for the airport bombing.',
      'designation',
    ],
    [
      'On February 7, the Interior Ministry extended for two more years its ban on the Tarn Youth Movement.',
      'designation',
    ],
    [
      'In December, a district court in Ulma banned a little-known group, the Bessa Army, as a terrorist organization.',
      'designation',
    ],
    ['The government deported two nationals to Korvel on May 3.', null],
    ['Militants urged residents to flee, then killed 12 villagers in Darlo.', 'attack'],
    ['Police arrested four men who had urged followers on social media to attack churches in Darlo.', 'arrest'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a court’s trial told with the attacks it is about', () => {
  it.each([
    [
      'The Supreme Court tried 15 defendants accused of taking part in the spring attacks in a trial that opened on July 26.',
      null,
    ],
    ['A military court tried three men on May 4; days later, gunmen killed the judge in Darlo.', 'attack'],
    ['Militants tried to storm a prison in Tarn.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a robbery by armed men', () => {
  it.each([
    ['In mid-January, armed men of the Front robbed 17 bank branches in the Tarn zone.', 'attack'],
    ['On May 3, thieves robbed a bank in Darlo.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: what authorities seize or call for', () => {
  it.each([
    ['On January 20, authorities seized the assets of a charity in Tarn linked to the Front.', null],
    ['On June 14, the interior minister urged police to attack militant hideouts in Darlo.', null],
    ['On May 3, militants seized the town of Sorra.', 'attack'],
    ['On May 3, gunmen seized three engineers near Ulma.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a ban, and the attack it answers named after it', () => {
  it.each([
    ['On November 8, the government banned public gatherings in Darlo after a bombing there.', null],
    ['On November 8, militants attacked a rally in Darlo, killing two.', 'attack'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a state’s threat of a measure', () => {
  it.each([
    ['On January 12, the government threatened to deport foreign preachers who urged attacks on the state.', null],
    ['On January 12, the Front threatened to kill the hostages held in Darlo.', 'threat'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a listing by the Treasury, a proscription approved', () => {
  it.each([
    ['On September 2, the Department of the Treasury listed three Lorn Front financiers.', 'designation'],
    [
      'On October 13, Parliament approved the proscription of 15 further organizations under the Terrorism Act.',
      'designation',
    ],
    ['On October 13, police listed the names of 15 suspects.', null],
    [
      'On April 4, the Treasury Department listed its priorities for countering terrorist financing at a conference.',
      null,
    ],
    ['On October 3, the State Department listed Sorra among the cities covered by its travel warning.', null],
    ['On March 30, Parliament approved the proscription of hate speech in election campaigns.', null],
    [
      'On November 20, the Treasury Department designated two Lorn Front fundraisers under Executive Order 13224.',
      'designation',
    ],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: an arrest of one told as previously convicted; a designation by the United States', () => {
  it.each([
    ['On March 24, police arrested Omar Tessa, a Tarnian national previously convicted in Ulma, in Sorra.', 'arrest'],
    ['A court in Tarn convicted Ali Tessa, previously arrested in May, of financing terrorism.', null],
    [
      'On August 3, the United States designated two branch offices of the Lorn Relief Organization for providing support to the Front.',
      'designation',
    ],
    [
      'On August 21, the United States designated three Ulma-based fundraisers under Executive Order 13224.',
      'designation',
    ],
    ['On May 4, the United States designated a new ambassador to Tarnia.', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a leader appearing in a video (the guide: a video is a threat)', () => {
  it.each([
    ['The Front released a video on August 30 showing the beheading of captive soldier Ali Tessa.', 'threat'],
    ['The Front released a video on May 3 showing the hostages pleading for their lives.', 'threat'],
    ['On July 4, the Front’s leader appeared in a video delivering a sermon at a mosque in Tarn.', 'threat'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a bomb that blew a hole in a wall, then claimed (gold DK)', () => {
  it.each([
    'A bomb blew a hole in the outer wall of the consulate in Ulma on June 6, causing no casualties; the Sorra Brigades claimed responsibility.',
    'On March 2, an explosive device blew a large hole through the gate of the Tarn police station; the Lorn Front claimed responsibility.',
  ])('tells an attack in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBe('attack');
  });

  it('still tells a claim alone as a threat', () => {
    expect(
      classifyIncident('On June 8, the Sorra Brigades claimed responsibility for the bombing in a statement.'),
    ).toBe('threat');
  });
});

describe('classifyIncident: a killing told in the passive, then claimed in a clause of its own (gold DC)', () => {
  it.each([
    'Aid worker Ann Roe was shot dead while jogging in the diplomatic quarter of Tarn on May 3; the Sorra Front claimed responsibility the same night.',
    'Journalist Omar Tessa was gunned down outside his home in Ulma on June 2; the Lorn Brigades claimed responsibility.',
  ])('tells an attack in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBe('attack');
  });

  it('still tells a claim whose aside recalls an old killing as a threat', () => {
    expect(
      classifyIncident(
        'The Front, whose leader was shot dead in 2010, claimed responsibility for the May 3 bombing in a statement.',
      ),
    ).toBe('threat');
  });
});

describe('classifyIncident: the DM and DN gold readings (invented names)', () => {
  it.each([
    'The Front continued to release hostages unilaterally as a political gesture, including Ann Roe on January 10 and four former congressmen on February 27.',
    'On November 21, India executed Omar Tessa, the only surviving gunman from the 2008 Ulma attacks.',
    'Tessa was released in November after a review board declined to extend his detention.',
  ])('tells no incident in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it('still tells militants executing hostages, one named executing, and an arrest with a release after it', () => {
    expect(classifyIncident('On May 3, militants executed two hostages in Ulma.')).toBe('attack');
    // (Only a country executes by law: a name the world does not know as one is read as any other.)
    expect(classifyIncident('On November 21, Korvelia executed Omar Tessa in Ulma.')).toBe('attack');
    expect(classifyIncident('Police arrested Ali Tessa on May 3 and released him after questioning.')).toBe('arrest');
  });
});

describe('classifyIncident: a capture told by its day, and militants destroying property (golds DD, DN)', () => {
  it.each([
    ['Joint operations also led to the capture on March 31 of Front sub-leader Omar Tessa in Ulma.', 'arrest'],
    ['A week after the Sorra attack, Front fighters destroyed a telecommunications mast in Ulma.', 'attack'],
    ['In early September, Boko Haram destroyed at least 31 telecommunications masts in Tarn and Ulma.', 'attack'],
  ])('tells %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it('tells no attack where troops or floods destroyed something', () => {
    expect(classifyIncident('Troops destroyed three militant camps in Ulma.')).toBeNull();
    expect(classifyIncident('The floods destroyed 300 homes in Ulma.')).toBeNull();
  });
});

describe('classifyIncident: one "killed" in the passive, then claimed in a clause of its own (first review)', () => {
  it('tells an attack, and still a threat where the killing is an aside of the claim', () => {
    expect(
      classifyIncident(
        'A journalist was killed in a bomb blast in Ulma on December 2; the Sorra Front claimed responsibility.',
      ),
    ).toBe('attack');
    expect(
      classifyIncident(
        'The Front, whose leader was killed in 2010, claimed responsibility for the May 3 bombing in a statement.',
      ),
    ).toBe('threat');
  });
});

describe('classifyIncident: a group added to the First Schedule, and a toll told right after a day (DP, DQ)', () => {
  it('tells a designation and an attack', () => {
    expect(
      classifyIncident(
        'On August 1, the Ministry of Interior added the Sorra Front to the First Schedule of the Anti-Terrorism Act, banning the group.',
      ),
    ).toBe('designation');
    expect(
      classifyIncident('Twin bombings in Ulma on March 11 killed 74 people; the Front claimed responsibility.'),
    ).toBe('attack');
  });
});

describe('classifyIncident: militants killed with no act of theirs told, a patrol or a raid of the state (DP)', () => {
  it.each([
    ['Five terrorists were killed near Ulma on May 13.', 'clash'],
    ['On August 29, an army patrol in Sorra province killed two members of the Front.', 'clash'],
    [
      'On August 20, a Joint Task Force raid on a militant camp near Bessa left ten militants and one soldier dead.',
      'clash',
    ],
    ['Five militants were killed when they attacked a checkpoint in Ulma.', 'attack'],
    ['A Front raid on Tarn left 20 villagers dead.', 'attack'],
    ['Militants ambushed an army patrol near Ulma, killing two soldiers.', 'attack'],
    ['Five civilians were killed near Ulma on May 13.', 'attack'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: an arrest that only dates the event or tells who the victim was (first review)', () => {
  it.each([
    ['Two days after his arrest, militants killed two police officers in Kessa.', 'attack'],
    [
      'Ali Tessa, who as police chief had himself arrested dozens of activists, was shot dead by militants in Ulma on March 4.',
      'attack',
    ],
    [
      'On March 4, Ali Tessa, a police officer who had arrested several Front members, was kidnapped in Ulma.',
      'attack',
    ],
    ['Two days after his arrest, police arrested his brother in Kessa.', 'arrest'],
    ['Police arrested Ali Tessa, who had planned the attack, in Ulma.', 'arrest'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a site added to a list of sites is no designation (first review)', () => {
  it('tells nothing of "added the Sorra Hotel to its list of sensitive sites", a designation of a group listed', () => {
    expect(
      classifyIncident(
        'On March 15, the Ministry of Interior added the Sorra Hotel in Ulma to its list of sensitive sites.',
      ),
    ).toBeNull();
    expect(classifyIncident('On March 15, the UN added the Sorra Front to its list of terrorist organizations.')).toBe(
      'designation',
    );
  });
});

describe('classifyIncident: warnings and ultimatums told the many ways a group makes them', () => {
  it.each([
    [
      'On May 1, a Front spokesman issued an ultimatum threatening to kill the hostages unless six prisoners were released.',
      'threat',
    ],
    ['On June 1, the Sorra Front announced that it was ending its ceasefire and warned of renewed attacks.', 'threat'],
    [
      'Front spokesman Ali Tessa warned on August 6 that the group would continue its attacks until troops withdrew.',
      'threat',
    ],
    [
      'In mid-August, a Front spokesman warned that candidates and voters would all be considered legitimate targets.',
      'threat',
    ],
    [
      'Two days later, the Kessa Brigades warned Tarn security forces to stay at least 1,000 meters away from the bases.',
      'threat',
    ],
    // (A release told, and advice by the state, are none.)
    ['The six hostages were released on May 3.', null],
    ['On May 3, the police warned residents of Ulma to stay away from the market.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: the state acting, told by more verbs and forces; a group threat that names strikes', () => {
  it.each([
    [
      'Army helicopters and artillery pounded suspected militant positions on Mount Sorra from April 18 to 23.',
      'clash',
    ],
    ['In late June, army helicopters bombarded Front hideouts in the Tessa forest, east of Ulma.', 'clash'],
    [
      'In a U.S. special operations raid in Kessa on October 26, the Front leader detonated a suicide vest, killing himself and two children.',
      'clash',
    ],
    [
      'Regime and allied forces waged an offensive against areas of southern Tarn from late April, killing more than 1,000 civilians.',
      'clash',
    ],
    ['On New Year’s Eve, Densus 88 raided a house in Ulma, killing six suspected members of a cell.', 'clash'],
    [
      'On August 8, the Front’s Ali Tessa issued a statement warning that the group would target tourist areas if the air strikes continued.',
      'threat',
    ],
    [
      'A video released in late April showed the hostages taken in Kessa appealing to their government to negotiate.',
      'threat',
    ],
    // (Militants pounding a town, and strikes that kill, stay what they were.)
    ['Militants pounded the town of Ulma with mortars, killing four.', 'attack'],
    ['On May 3, air strikes killed 12 militants near Tarn.', 'clash'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: what a group says it will do, and what the state says it will do (first review)', () => {
  it.each([
    ['On February 14, Mullah Karim warned in an audio message that Western embassies would be attacked.', 'threat'],
    ['On May 3, the group warned that it would behead two captured soldiers within 48 hours.', 'threat'],
    ['The group threatened on August 30 to attack the airport in Tarn.', 'threat'],
    ['On February 6, the group warned that more attacks would follow.', 'threat'],
    ['On May 3, police warned that militants would attack the market.', null],
    ['On May 1, the government warned that air strikes would continue if the group did not surrender.', null],
    ['On June 9, the Defense Minister said air strikes would be expanded to Dara province.', null],
    ['On April 2, the Defense Minister warned militants in Lorn province to surrender or face attacks.', null],
    ['Leaflets warned Buddhist residents to leave the area or face attack.', 'threat'],
    ['On May 1, the president said troops had killed 12 militants.', 'clash'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: listings told by more words; a group declaring what it is or will do', () => {
  it.each([
    [
      'On October 25, the United States and its partners jointly designated eight individuals and one entity tied to the Front.',
      'designation',
    ],
    [
      'Tarnian authorities added 28 individuals, among them former parliamentarians and business figures, to the national terrorist list on November 18.',
      'designation',
    ],
    [
      'On June 2, the Sanctions Committee added the Sorra Brigade, the group formed in 2013 by Ali Tessa and elements of the Front, to its list of entities associated with al-Qa’ida.',
      'designation',
    ],
    [
      'On May 14, the Department of State amended the designation of the Front to add the alias Sorra Brigade as its primary name.',
      'designation',
    ],
    ['On June 29, a Front spokesman declared the establishment of a "caliphate" with Ali Tessa at its head.', 'threat'],
    ['In early October, militants in Ulma pledged allegiance to the Front at a public rally.', 'threat'],
    ['In January, Front supporters gave the families of Kesh ten days to leave their homes or face death.', 'threat'],
    [
      'On December 21, the Front’s leader declared a state of war and called on foreign Muslims to join a jihad against Tarn.',
      'threat',
    ],
    [
      'In early August, the Front announced a blockade of Ulma, cutting off road and river traffic to the city.',
      'threat',
    ],
    [
      'In late July, a video attributed to the Front and showing militants training in the mountains appeared on extremist websites.',
      'threat',
    ],
    // (The state's word, and a task given, are none.)
    ['On May 3, police designated two officers to lead the inquiry.', null],
    ['The government gave the foreign workers ten days to leave the country.', null],
    ['On May 3, the army imposed a blockade on the town of Tarn.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a state’s guns firing; a call to join a group', () => {
  it.each([
    ['Turkish artillery responded the same day, shelling YPG positions around Tal Rifat.', 'clash'],
    ['On October 10, Israeli tank fire hit a post near Ulma.', 'clash'],
    ['In an April video, the Front’s leader Ali Tessa urged young men to join the group.', 'threat'],
    // (Militants firing on the state's guns attack.)
    ['Militants fired on Turkish tanks near Tarn.', 'attack'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: an arrest before a recording; a device set off against the forces; a raid without casualties (2026-12-06, eighth session)', () => {
  it.each([
    [
      'On September 5, police arrested a man in Sorra who had posted videos calling for attacks on Christians.',
      'arrest',
    ],
    [
      'In early October, the army announced that it had arrested 11 suspected members of the Front during raids in Tessa and Ulma, and it released video of weapons seized.',
      'arrest',
    ],
    // (The recording first is the group's word.)
    ['On May 2, the Front released a video calling for attacks on police in Sorra.', 'threat'],
    [
      'On March 3, four soldiers were killed when an improvised explosive device exploded under their vehicle during a sweep operation on Mount Tessa.',
      'attack',
    ],
    ['During a sweep operation, troops killed three militants after a landmine exploded near their patrol.', 'clash'],
    [
      'On June 16, special forces raided a house near Ulma and captured a senior bomb-maker without casualties.',
      'arrest',
    ],
    ['On June 17, troops raided a hideout in Tessa, killing two militants and capturing four.', 'clash'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: groups dissolved, aliases recognized, designations by a minister (2026-12-06, eighth session)', () => {
  it.each([
    ['On March 3, the Council of Ministers dissolved the far-right group Vessa Identity.', 'designation'],
    [
      'On September 29, the government dissolved the Ligue de Sorra, and it dissolved the Tarn Collective.',
      'designation',
    ],
    [
      'On February 28, an order recognizing the Kessa Network as an alias of the proscribed group Dorvi Action came into force.',
      'designation',
    ],
    [
      'Other actions included the October 22 designation by Defense Minister Ali Varo of six organizations as terrorist organizations.',
      'designation',
    ],
    [
      'In October, the member states of the center jointly designated individuals and entities affiliated with ISIS.',
      'designation',
    ],
    // (A parliament dissolved is no group banned.)
    ['On May 4, the government dissolved the National Assembly and called elections.', null],
    ['On May 3, the president dissolved parliament.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: remembrance, lists and dissolutions ordered, surrenders (2026-12-06, eighth session)', () => {
  it.each([
    [
      'On November 5, hundreds gathered in Melo to mark the first anniversary of the attack on the Grand Hotel, which killed 22 people.',
      null,
    ],
    ["On September 27, the President met with the families of the 43 victims of last year's Sorra bombing.", null],
    [
      'On January 18, the nation commemorated the victims of the 2015 theater attack in Tessa, in which 130 people were killed.',
      null,
    ],
    [
      'The government paid compensation on May 28 to the families of the 19 people killed in the Pella market bombing.',
      null,
    ],
    // (Violence of the day told with the remembrance is an event.)
    ['On May 3, mourners gathered to commemorate the victims when a bomb exploded, killing five.', 'attack'],
    [
      'June 13: Coordinated bombings targeting pilgrims marking the anniversary of the death of an imam killed 93 people.',
      'attack',
    ],
    [
      "On June 16, the Red Dawn Brigades was added to Testland's national list of terrorist organizations.",
      'designation',
    ],
    [
      "On August 23, the UN Security Council's ISIL (Da'esh) and al-Qa'ida Sanctions Committee listed the Varan Front.",
      'designation',
    ],
    [
      'On October 26, the Cabinet ordered the dissolution of the Ulma Youth Association, citing its ties to the Varan Front.',
      'designation',
    ],
    [
      'On April 28, a court in Sorra ordered the Sons of Dawn to be dissolved and its assets seized after finding that it had financed terrorism.',
      'designation',
    ],
    ['On April 16, 32 fighters of the Sons of Dawn gave themselves up to the army in the Barro district.', 'arrest'],
    ['A wanted financier, Kamal Idri, handed himself over to police in Sorra on March 8.', 'arrest'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe("classifyIncident: the army shelling a group's positions (2026-12-06, eighth session)", () => {
  it.each([
    ['On February 19, the army shelled Varan Front positions in the hills outside Ulma.', 'clash'],
    ['On March 2, troops pounded militant hideouts near Tessa.', 'clash'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: sabotage, and groups designated extremist (2026-12-06, ninth session)', () => {
  it.each([
    [
      'On October 8, saboteurs cut signal cables at two sites, in Tessa and Ulma, halting rail traffic for several hours and resulting in no casualties.',
      'attack',
    ],
    ['On May 2, militants sabotaged a gas pipeline near Sorra.', 'attack'],
    ['Officials said the government would not tolerate sabotage of the rail network.', null],
    [
      'On June 9, the Sorra City Court designated the Dawn Foundation and its regional offices as "extremist" organizations, banning their activities.',
      'designation',
    ],
    ['On June 10, the Interior Ministry designated the Tessa Circle an extremist organization.', 'designation'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: harm told in the passive with its place, then the deaths (2026-12-06, ninth session)', () => {
  it.each([
    [
      'On September 15, two police officers were stabbed at a railway station in Dorvi; both died of their injuries.',
      'attack',
    ],
    ['A soldier, who was wounded in the March 3 attack in Tessa, died of his wounds on May 9.', null],
    ['The mayor, who was seriously injured, died of his wounds in Ulma.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe("classifyIncident: a group's warning of strikes, by its own spokesman (2026-12-06, ninth session)", () => {
  it.each([
    [
      'On March 23, Houthi military spokesman Omar Tessi warned of "painful" strikes on Dorvi oil facilities unless the blockade was lifted.',
      'threat',
    ],
    ['On March 24, the Sorra Front warned of further attacks on churches.', 'threat'],
    ['On March 25, the interior minister warned of further attacks on churches.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: what one arrested had said, and a claim after an attack told by its noun (2026-12-06, tenth session)', () => {
  it.each([
    [
      'On May 2, police arrested a Jordanian man in Dessa who had posted videos online threatening to attack police stations.',
      'arrest',
    ],
    [
      'On May 4, the Civil Guard arrested a Tessan national in Orla who had allegedly recorded a video pledging allegiance to the Front and threatening to carry out an attack.',
      'arrest',
    ],
    ['On May 6, the Sorra Front threatened to attack police stations; police arrested two of its members.', 'threat'],
    [
      'In mid-June, an arson attack on signal cables along a rail line near Dessa disrupted train traffic but caused no injuries; an anarchist group claimed responsibility.',
      'attack',
    ],
    ['On June 20, the Sorra Front claimed responsibility for the attack in a statement.', 'threat'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a missile, a drone or a boat bomb stopped, and a strike made with one (2026-12-06, tenth session)', () => {
  it.each([
    [
      'On January 23, air defenses intercepted an aerial target over Dessa; debris fell on a residential neighborhood but caused no casualties.',
      'attack',
    ],
    [
      'On February 28, the Coalition intercepted a ballistic missile and six UAVs launched toward Dessa and Khamis Tor; authorities reported no injuries.',
      'attack',
    ],
    ['On April 27, naval forces destroyed an explosive-laden unmanned boat approaching the port of Varno.', 'attack'],
    [
      'On March 7, the Sorra Front targeted the oil terminal at Ras Tessa with an explosive-laden UAV launched from the sea.',
      'attack',
    ],
    ['On May 3, the government launched a national plan against radicalization.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe("classifyIncident: a group's words and a state's acts that are no attack or arrest (2026-12-06, tenth session)", () => {
  it.each([
    [
      'On June 3, Sorra Front leader Abu Tessa issued a fatwa calling for the killing of the country’s chief rabbi.',
      'threat',
    ],
    [
      'In early January, Front supporters circulated a video online calling for attacks on security forces and on foreign tourists.',
      'threat',
    ],
    ['On May 3, the interior minister issued a statement calling for the killing of the militants.', null],
    [
      'A spokesman for the Dessa Movement, speaking to reporters on February 28, vowed revenge for the killing of the group’s leader.',
      'threat',
    ],
    ['On December 14, parliament voted to declare the Sons of Varno movement a terrorist group.', 'designation'],
    ['On April 9, Orlan’s parliament voted to list the Sorra Front as a terrorist entity.', 'designation'],
    [
      'On April 2, a court in Ulma ordered the release on bail of four men arrested in connection with the 2015 Dessa bombing.',
      null,
    ],
    [
      'On May 5, Tessa police received a letter from the Sons of Varno threatening to bomb the city’s main bridge unless a detained leader was freed.',
      'threat',
    ],
    [
      'On February 22, the Dessa Movement gave the government 72 hours to release 40 of its imprisoned members, threatening to execute two police officers it had kidnapped in Sorra.',
      'threat',
    ],
    [
      'A man who had threatened in an online video to behead the president was detained in Ulma on November 30.',
      'arrest',
    ],
    [
      'On August 22, a crude bomb exploded at a police outpost in Sorra district, wounding two constables; police blamed Front cadres seeking the release of detained comrades.',
      'attack',
    ],
    [
      'On November 4, the Interior Minister announced a reward of $1 million for information leading to the capture of Front leader Abu Tessa.',
      null,
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a drone stopped by the forces, and forces sent after attacks (2026-12-06, tenth session)', () => {
  it.each([
    [
      'On February 17, the military shot down an explosives-laden drone launched by the Dessa Movement at a naval base near Sorra.',
      'attack',
    ],
    ['On March 4, air strikes destroyed a drone factory in Tessa.', 'clash'],
    [
      'On September 21, the government sent 1,200 police reinforcements to Ulma after a series of attacks on officers there.',
      null,
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: an operation conducted by a force named by its acronym (2026-12-06, tenth session)', () => {
  it.each([
    [
      'On July 3-4, the IDF conducted a large-scale operation in the Tessa refugee camp, during which 12 Palestinians and one Israeli soldier were killed.',
      'clash',
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: no event in a denial, a deployment, a condemnation, an accident or a count for a period (2026-12-06, eleventh session)', () => {
  it.each([
    'On October 2, the Front denied any role in the September 25 cafe bombing.',
    'On July 15, 300 soldiers were deployed to protect the Brask refinery after intelligence warnings of an attack.',
    "On December 15, Marovia's foreign minister condemned the attacks and announced a donation to victims' families.",
    'On November 2, a military helicopter crashed near Okkar because of a technical failure, killing nine soldiers.',
    'On December 12, an explosion at a fireworks factory in Marsk killed six workers; investigators ruled out terrorism.',
    'On June 5, a court in Velmora extended the pretrial detention of Arvo Kessel by six months.',
    'In August, 200 police officers completed a course on defusing bombs, funded by the European Union.',
    'On December 12, the army announced that 420 NGA fighters had been killed in operations during 2018.',
    'In the first half of the year, terrorist attacks killed 88 people, compared with 140 in the same period of 2013.',
  ])('tells no incident in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it.each([
    ['On May 3, gunmen killed two soldiers in Tarn; the group denied any role.', 'attack'],
    [
      'On May 4, the Front denied involvement in the bombing, and gunmen killed two guards in Tarn the same day.',
      'attack',
    ],
    [
      'On December 25, the cabinet declared the Sorra Brotherhood a terrorist organization; the Brotherhood denied involvement in terrorism and condemned the attacks.',
      'designation',
    ],
    [
      'On May 9, militants shot down a helicopter near Okkar, killing nine soldiers; the army blamed a technical failure.',
      'attack',
    ],
    ['On March 6, the army announced that 25 NGA militants had been killed near Tarn.', 'clash'],
    ['On March 3, the army said 25 militants were killed in operations in Tarn.', 'clash'],
    ['On May 2, militants attacked a base in Tarn; the army said 12 militants were killed.', 'attack'],
  ])('still reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a disaster, a decree, no attacks and a campaign begun in a month (2026-12-06, eleventh session)', () => {
  it.each([
    'The October 8 earthquake in Tarn and Ulma province killed more than 73,000 people.',
    'The July 2005 Emergency Decree allows security forces to detain suspects for up to 30 days without charge.',
    'In May, parliament authorized talks with the Front if it renounced violence, and the Front carried out no fatal attacks during the year.',
    'The Front, however, launched a series of deadly attacks on military and police units beginning in February.',
  ])('tells no incident in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it.each([
    ['On May 3, militants launched a series of attacks on police posts in Tarn, killing 12.', 'attack'],
    ['On May 3, militants attacked aid workers helping earthquake victims in Tarn, killing two.', 'attack'],
  ])('still reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: forces and fighters told as one subject fighting (2026-12-06, eleventh session)', () => {
  it.each([
    'On January 12, Karvonian troops and Front fighters fought for several hours near Selvo; 14 fighters and three soldiers were killed.',
    'On May 2, soldiers and Front fighters exchanged fire near Tarn; two soldiers were killed.',
    'On November 25, fighting broke out in Tarn between army Special Forces and Sorra Front fighters, killing nine people.',
    'Ann Roe was killed in the same area in late February during operations by Tarnian and Ulman forces.',
  ])('reads %s as a clash', (sentence) => {
    expect(classifyIncident(sentence)).toBe('clash');
  });

  it('still reads militants attacking during an offensive of forces as an attack', () => {
    expect(
      classifyIncident(
        'On May 4, militants attacked a convoy in Tarn during an offensive by government forces, killing 12 soldiers.',
      ),
    ).toBe('attack');
  });
});

describe('classifyIncident: a bomber who failed to detonate and was arrested (2026-12-06, twelfth session)', () => {
  it('reads the tried bombing as an attack, and a failure of others as nothing of the kind', () => {
    expect(
      classifyIncident(
        'On September 22, a teenage suicide bomber failed to detonate his vest at a market in Tessa and was arrested.',
      ),
    ).toBe('attack');
    expect(classifyIncident('On September 23, police arrested two men in Ulma who had failed to pay a fine.')).toBe(
      'arrest',
    );
  });
});

describe('classifyIncident: arrests denied are no arrest (2026-12-06, thirteenth session)', () => {
  it('reads "no arrests were made" after a find as no arrest, and others held as the arrest', () => {
    expect(
      classifyIncident('On May 19, the army discovered 40 rifles in a farmhouse near Torva; no arrests were made.'),
    ).not.toBe('arrest');
    expect(classifyIncident('On May 19, police arrested two men near Torva; no one else was detained.')).toBe('arrest');
  });
});

describe('classifyIncident: "none were arrested" is no arrest either', () => {
  it('reads a raid where none were arrested as no arrest', () => {
    expect(classifyIncident('On November 21, police raided a compound in Tolk; none were arrested.')).not.toBe(
      'arrest',
    );
  });
});

describe('classifyIncident: "a designated Foreign Terrorist Organization" told of a group is no designation', () => {
  it('reads police entering a camp as no designation, and the designation itself still as one', () => {
    expect(
      classifyIncident(
        'On July 28, police entered Camp Tolk, home to 300 members of the Sorra Front, a designated Foreign Terrorist Organization, to set up a post.',
      ),
    ).not.toBe('designation');
    expect(
      classifyIncident(
        'On June 9, the Ulma Front, the designated terrorist group, bombed a bus in Tolk, killing four.',
      ),
    ).toBe('attack');
    expect(
      classifyIncident(
        'On June 3, the Department of State designated the Sorra Front as a Foreign Terrorist Organization.',
      ),
    ).toBe('designation');
  });
});

describe('classifyIncident: a device that destroyed a vehicle of the forces, a raid that killed a leader (fourteenth session)', () => {
  it.each([
    [
      'On June 15, an IED destroyed a police vehicle near Tarn; police reported eight officers killed, while media reports put the toll at 11.',
      'attack',
    ],
    [
      'Tarn intelligence provided information that contributed to the special operations raid in Ulma province on October 26 in which Sorra Front leader Ivo Tarn was killed.',
      'clash',
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: drones laden with explosives, recaptures, a court in a clause of its own (fifteenth session)', () => {
  it.each([
    [
      'On May 7, three explosives-laden drones targeted the residence of the governor in Tarn; the governor was unharmed.',
      'attack',
    ],
    ['On May 7, two explosives-laden drones hit the governor’s residence in Tarn.', 'attack'],
    [
      'On March 7, the Sorra Front launched missiles and UAS against oil facilities at Ulma Point, causing no casualties.',
      'attack',
    ],
    ['Three days later, police recaptured all three in Ulma, Tarn County.', 'arrest'],
    [
      'On May 3, an explosion at a house in Orsk killed three militants; police later determined it was an accidental detonation of a bomb they were assembling.',
      'attack',
    ],
    ['On June 8, a military air strike killed 12 civilians in Orsk; the army said it was an accident.', 'clash'],
    [
      'On April 17, police announced the arrest in Tarn of six Sorra Front members, and in Ulma, the regional military court sentenced several militants to death.',
      'arrest',
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });

  it.each([
    'The army recaptured all three towns in May.',
    'On April 17, the Ulma military court sentenced six Sorra Front members to death.',
    'On December 28, an explosion at a gas plant in Tarn killed three workers; investigators later determined it was an accident.',
    'The Sorra Front leader, Ivo Marek, who had been in custody since his arrest in 2001, died in prison in March.',
    'Nine of those detained in May were later charged with plotting attacks on bridges.',
    'On June 4, the army recaptured all three, including the port of Orsk.',
    'On June 4, Tarnian forces recaptured all seven in Ulma province.',
  ])('gives "%s" no event', (text) => {
    expect(classifyIncident(text)).toBeNull();
  });
});

describe('classifyIncident: who the soldiers were, a device placed (2026-12-07, third session)', () => {
  it.each([
    // Soldiers carried in a bus a bomb struck are its victims, not forces acting.
    ['The following day, a bomb hidden in a bus carrying soldiers in Velst killed four and wounded 28.', 'attack'],
    ['A bomb in a truck transporting police officers near Orsk killed four.', 'attack'],
    // Incendiary devices placed are an attack, claimed or not.
    [
      'The Orsk Brigade also claimed responsibility for a series of incendiary devices placed in shops in Velst in late October.',
      'attack',
    ],
    ['In late October, incendiary devices were placed in shops in Velst.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it.each([
    'In May, police placed surveillance devices in the mosque.',
    'On May 3, police seized 40 incendiary devices at a warehouse in Velst.',
    'On May 3, police found instructions for making incendiary devices on a computer in Velst.',
  ])('gives "%s" no attack', (text) => {
    expect(classifyIncident(text)).not.toBe('attack');
  });
});

describe('classifyIncident: a kidnapping told with a threat or by its takers (2026-12-07, third session)', () => {
  it.each([
    'On July 21, militants in Orsk kidnapped three truck drivers and an Egyptian, all working for a transport company, and threatened to behead them.',
    'On July 21, a Velst group announced that it had kidnapped seven truck drivers; the group threatened to behead them unless the company withdrew.',
    'On July 27, a group calling itself the Army of Velst announced it had kidnapped two truck drivers near Orsk and demanded that their employer leave.',
  ])('reads "%s" as an attack', (text) => {
    expect(classifyIncident(text)).toBe('attack');
  });

  it.each([
    'On May 3, the Orsk Front threatened to kidnap foreign workers in Velst.',
    'On May 3, the group announced that it had killed the hostage it kidnapped in March.',
  ])('still reads "%s" as a threat', (text) => {
    expect(classifyIncident(text)).toBe('threat');
  });
});

describe('classifyIncident: NATO and UN forces act for the state (2026-12-07, third session)', () => {
  it.each([
    [
      'On September 2, NATO launched Operation Tarn in Velst district, Orsk province; in the first two weeks, more than 500 insurgents were killed.',
      'clash',
    ],
    ['Insurgents attacked a NATO convoy near Orsk, killing four soldiers.', 'attack'],
    ['A suicide bomber struck an ISAF patrol in Velst, killing two.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: "a convicted member" tells who the one taken is, not a court act (2026-12-07, fifth session)', () => {
  it.each([
    ['On October 2, police arrested Omar Tarvel, a convicted Orsk Front member, in Velst.', 'arrest'],
    ['On May 3, a Tarn court convicted Omar Tarvel of the 2009 bombing in Velst.', null],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: deaths a sweep resulted in, a plot targeting a site, a device discovered and disarmed (2026-12-07, fifth session)', () => {
  it.each([
    ['Between March 3 and March 9, an army sweep in the Tarn area resulted in the deaths of six terrorists.', 'clash'],
    ['On June 23, Velst authorities disrupted a plot targeting the Grand Mosque in Orsk.', 'attack'],
    ['On May 3, the government disrupted a plot targeting the opposition.', null],
    [
      'On January 25, a device was discovered outside a cafe in Orsk and disarmed by police with no casualties.',
      'attack',
    ],
    ['On May 3, officials discovered a listening device in the ministry in Orsk.', null],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: what the fifth session’s second read found (2026-12-07)', () => {
  it.each([
    ['On May 3, police disrupted a drug smuggling plot targeting the Velst airport.', null],
    ['On May 3, a fire at the Velst prison led to the deaths of 40 inmates.', null],
    ['On May 3, a suspicious device discovered outside a cafe in Velst turned out to be a hoax.', null],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: what the fifth session’s third read found (2026-12-07)', () => {
  it.each([
    ['On May 3, police foiled an ISIS plot targeting a church in Velst.', 'attack'],
    ['On May 3, authorities thwarted a suspected plot targeting a synagogue in Velst.', 'attack'],
    ['On May 3, a device planted in a fake charity box was found at a mosque in Velst.', 'attack'],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: what the fifth session’s fourth read found (2026-12-07)', () => {
  it.each([
    ['On May 3, police foiled an espionage plot targeting the embassy in Velst.', null],
    ['On May 3, police disrupted an ISIS-inspired plot targeting a Christmas market in Velst.', 'attack'],
    ['On May 3, a dummy device was found at a school in Velst.', null],
  ])('reads %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });
});

describe('classifyIncident: a national defense force is the state’s (2026-12-07, second session)', () => {
  it.each([
    [
      'On July 19, the Sorland National Defense Force (SNDF) said it had killed 20 fighters near the border in Dolo Kara.',
      'clash',
    ],
    ['On July 19, militants ambushed a National Defense Force patrol in Dolo Kara, killing 20 soldiers.', 'attack'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: the attackers’ siege ended by the forces (2026-12-08)', () => {
  it.each([
    [
      'The siege of the Corvan mall in Daleth, which began on September 21, ended on September 24 after security forces killed all four attackers.',
      'attack',
    ],
    ['The hostage crisis at a school in Tessaro ended when troops killed the attackers.', 'attack'],
    ['The army’s siege of Tessaro ended when troops killed 40 militants.', 'clash'],
    ['The siege of Tessaro ended in October when troops killed the militants’ leaders.', 'clash'],
    ['Insurgents held a government compound in Marvesh on July 11-16.', 'attack'],
    ['The government held a meeting at the hotel in Marvesh on July 11.', null],
    ['On March 9, the Freedom Army seized the town of Zervo and held it for four weeks.', 'attack'],
    ['On March 9, the army seized the town of Zervo.', 'clash'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: a kidnapping told with its later claim (2026-12-08)', () => {
  it.each([
    [
      'In Korvia, French citizen Ann Roe was kidnapped from a hotel in Menzel on November 26, and the Front later claimed responsibility and demanded the release of four of its members.',
      'attack',
    ],
    ['On May 3, the Front claimed responsibility for the bombing.', 'threat'],
    [
      'The Front, whose leader was killed in May, and its allies claimed responsibility for the attack on June 3.',
      'threat',
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: what the 2026-12-08 first read found', () => {
  it.each([
    [
      'The siege of the city of Tessaro, where troops had surrounded 300 militants, ended on October 23 when the army killed the group’s leaders.',
      'clash',
    ],
    [
      'The five-month siege of the Old City of Tessaro ended in October when troops killed the remaining militants.',
      'clash',
    ],
    ['On May 3, insurgents held a school graduation ceremony in Tarvo.', null],
    ['Militants held a mosque meeting in Tarvo on May 3.', null],
    ['On May 3, bombers destroyed the golden dome of the Varsk Mosque in Tarvo.', 'attack'],
    ['On May 3, the army destroyed the dome of the mosque.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});

describe('classifyIncident: what the 2026-12-08 second read found', () => {
  it.each([
    [
      'On August 9, the siege of the city hall in Kessa by Front gunmen ended when police killed the four attackers.',
      'attack',
    ],
    [
      'On June 2, Front militants held the Sahara hotel overnight before security forces ended the siege, killing five gunmen.',
      'attack',
    ],
    ['On May 4, coalition bombers destroyed the Velna bridge held by the Front in Dravik.', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyIncident(text)).toBe(kind);
  });
});
