import { describe, expect, it } from 'vitest';
import { classifyIncident } from './classify-incident.js';

describe('classifyIncident', () => {
  it.each([
    ['On May 17, a man blew himself up at the KNB regional headquarters in Aktobe.', 'attack'],
    ['On July 1, gunmen fired at a police post in the village of Shubarshy and killed two policemen.', 'attack'],
    ['On July 9, in the Kenkiyak village, police killed nine armed men.', 'clash'],
    ['On July 2, one officer was killed and three wounded during a police action to detain suspects.', 'clash'],
    ['Erik Ayazbayev was killed December 29 in Kyzylorda after resisting arrest and firing at police.', 'clash'],
    [
      'A July 11-16 operation, in connection with May explosions in Aktobe, led to the arrest of over 200 suspects.',
      'arrest',
    ],
    [
      'On September 23, the procurator announced the arrest of 29 persons on the suspicion of planning terrorist acts.',
      'arrest',
    ],
    ['On October 24, the group threatened the government and demanded the repeal of the amendments.', 'threat'],
    [
      'On November 30, the spokesperson declared JAK a terrorist organization and prohibited its activities.',
      'designation',
    ],
    ['In January, an ELN terrorist detonated a car bomb inside the national police academy in Bogota.', 'attack'],
  ] as const)('classifies %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  describe('edge cases', () => {
    it.each([
      'On November 30, President Nazarbayev signed amendments to several legislative acts related to countering terrorist activities.',
      'On April 19, Kazakhstan ratified an agreement to participate in counterterrorism training programs.',
      "In July, Kazakhstan's Financial Intelligence Unit (FIU) joined the Egmont Group.",
      'Security Council Secretaries met in Astana on April 29 to discuss ways to ensure security and stability.',
    ])('returns null for the policy milestone %s', (sentence) => {
      expect(classifyIncident(sentence)).toBeNull();
    });
  });
});

describe('classifyIncident on what is not an incident', () => {
  it.each([
    'On February 9 the UK lowered its threat level from “severe” to “substantial,” indicating an attack is likely.',
    'On April 12, an appellate criminal court unanimously acquitted a man who was arrested and indicted as a member of a group.',
  ])('returns null for %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it('reads a raid, a siege ended or gunmen killed by police as a clash', () => {
    expect(
      classifyIncident('In a raid on a farmhouse near Delmar, a bomb maker was killed and two men were arrested.'),
    ).toBe('clash');
    expect(classifyIncident('Both gunmen were killed by police at a warehouse outside the city.')).toBe('clash');
    expect(classifyIncident('Troops ended the siege after two days, killing four militants.')).toBe('clash');
  });
});

describe('classifyIncident on arrests told first', () => {
  it('reads an arrest told before the violence it is for as an arrest', () => {
    expect(classifyIncident('police arrested a student in Darlo after he shot himself by accident')).toBe('arrest');
    expect(classifyIncident('the special unit arrested four suspects in the kidnapping of two engineers')).toBe(
      'arrest',
    );
    expect(classifyIncident('unidentified men hacked to death a blogger in his flat')).toBe('attack');
  });
});

describe('classifyIncident on who starts the violence', () => {
  it('reads militants’ violence told before the forces act as an attack, and a strike or a search as a clash', () => {
    expect(
      classifyIncident('gunmen attacked a museum, killing 12; both attackers were killed by security forces'),
    ).toBe('attack');
    expect(classifyIncident('rebels overran the town before being driven out by troops backed by air strikes')).toBe(
      'attack',
    );
    expect(classifyIncident('six soldiers were killed in an ambush near Darlo')).toBe('attack');
    expect(classifyIncident('a U.S. strike killed a senior commander in Sorra')).toBe('clash');
    expect(classifyIncident('during a search of a flat, police came under fire and an officer was wounded')).toBe(
      'clash',
    );
    expect(classifyIncident('the JTF said it killed 20 suspected militants in a series of raids')).toBe('clash');
    expect(classifyIncident('Omar Tal was killed in Darlo after resisting arrest and firing at police')).toBe('clash');
  });
});

describe('classifyIncident on statements', () => {
  it('reads a declaration of war or a recorded statement as a threat', () => {
    expect(
      classifyIncident('In an audio message released that day, the group’s leader declared war on the army.'),
    ).toBe('threat');
  });
});

describe('classifyIncident on laws, inquiries, executions, battles and riots', () => {
  it('gives no kind to a law passed, an inquiry set up or convicts executed', () => {
    expect(
      classifyIncident('Parliament passed the Security Offences Act, extending pre-charge detention to 30 days.'),
    ).toBeNull();
    expect(classifyIncident('A Commission of Inquiry into the attack was established on May 2.')).toBeNull();
    expect(classifyIncident('Testland executed 14 prisoners convicted of terrorism in March.')).toBeNull();
  });

  it('reads fighting between forces and rebels as a clash and riots as an attack', () => {
    expect(classifyIncident('fighting between the army and the rebels near Darlo left 20 dead')).toBe('clash');
    expect(classifyIncident('riots broke out in the Eastern Province on June 3, leaving two dead')).toBe('attack');
  });
});

describe('classifyIncident on verbs that tell an attack alone', () => {
  it('reads an ambush, an assault, a hijacking, an occupied town and a subdued gunman as attacks', () => {
    expect(classifyIncident('On June 2, militants ambushed an army patrol near Darlo.')).toBe('attack');
    expect(classifyIncident('rebels assaulted the prison in Sorra')).toBe('attack');
    expect(classifyIncident('gunmen hijacked a bus bound for Delmar')).toBe('attack');
    expect(classifyIncident('militants briefly occupied the district capital of Karvan')).toBe('attack');
    expect(classifyIncident('passengers subdued a gunman armed with a rifle on a train')).toBe('attack');
  });

  it('reads a group designated or banned by name as a designation', () => {
    expect(classifyIncident('on May 2 the Council designated the group, freezing its assets')).toBe('designation');
    expect(classifyIncident('the government banned KLM and its youth wing on April 3')).toBe('designation');
  });
});

describe('classifyIncident on claims and on security forces shooting suspects', () => {
  it('reads a claim of responsibility told in its own clause as a threat', () => {
    expect(
      classifyIncident(
        'The Eastern Front claimed responsibility for the bombing in a statement posted online on June 3.',
      ),
    ).toBe('threat');
    expect(
      classifyIncident('On March 9, the group claimed responsibility for the attempted attack on the ferry.'),
    ).toBe('threat');
  });

  it('keeps an attack whose violence is told before the claim', () => {
    expect(
      classifyIncident('On March 9, gunmen attacked a bus in Ruvel; the Eastern Front claimed responsibility.'),
    ).toBe('attack');
  });

  it('reads police or troops shooting suspects as a clash, and an off-duty officer as an attacker', () => {
    expect(
      classifyIncident('On June 4, police in Dorval shot and killed two suspected militants at a roadblock.'),
    ).toBe('clash');
    expect(
      classifyIncident('On June 5, the special unit shot and killed three suspected cell members in a raid.'),
    ).toBe('clash');
    expect(
      classifyIncident('On June 6, an off-duty police officer shot and killed a visiting minister in Ruvel.'),
    ).toBe('attack');
  });

  it('does not take a police building attacked for the actor', () => {
    expect(
      classifyIncident(
        'On June 7, men with knives stormed the gate of the district police headquarters in Ruvel and attacked guards, killing one.',
      ),
    ).toBe('attack');
  });
});

describe('classifyIncident on a claim that tells the attacks', () => {
  it('reads a claim "for attacking" over a period as the attacks themselves', () => {
    expect(
      classifyIncident(
        'From March to June, the Green Cell claimed responsibility for attacking banks in Lorn with pipe bombs.',
      ),
    ).toBe('attack');
  });
});

describe('classifyIncident on launches, raids, listings and surrenders', () => {
  it.each([
    ['On May 2, rebel fighters launched simultaneous attacks on six army posts around Sorra.', 'attack'],
    ['In the night of May 3-4, hundreds of rebels staged coordinated raids on police posts in Sorra.', 'attack'],
    ['On May 5, army units launched Operation Iron Gate and took the border town of Sorra.', 'clash'],
    [
      'Between May 6 and June 30, troops conducted operations in the Lorn hills, in which dozens of rebels were killed.',
      'clash',
    ],
    ['On May 7, the sanctions committee added the Eastern Front to its consolidated list of entities.', 'designation'],
    ['On May 8, rebel commander Omar Tal surrendered to the authorities in Lorn.', 'arrest'],
  ] as const)('classifies %s as %s', (sentence, kind) => {
    expect(classifyIncident(sentence)).toBe(kind);
  });

  it('still reads a programme launched as no incident', () => {
    expect(
      classifyIncident('On May 9, the ministry launched a programme to counter violent extremism in schools.'),
    ).toBeNull();
  });
});

describe('classifyIncident on laws in force and anniversaries', () => {
  it.each([
    'The amended security law passed on March 2 allows police to detain suspects for 14 days without charge.',
    'Martial law in the eastern provinces, declared after the 2016 siege of Korvel, remained in effect through December 31.',
    'On May 3, Testland marked the fifth anniversary of the bombings in Korvel.',
  ])('returns null for %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });
});

describe('classifyIncident on videos and detention facilities', () => {
  it('reads a video released as a threat and a riot in a detention facility as an attack', () => {
    expect(
      classifyIncident('one day after the Eastern Front released a video showing the beheading of two guards'),
    ).toBe('threat');
    expect(
      classifyIncident('From May 8 to 10, inmates took control of a detention facility in Lorn during a riot.'),
    ).toBe('attack');
  });
});

describe('classifyIncident on forces that fought', () => {
  it('reads forces that fought militia, in fighting that left dead, as a clash', () => {
    expect(classifyIncident('regional forces fought militia in the Lorn hills, in fighting that left 12 dead')).toBe(
      'clash',
    );
  });
});

describe('classifyIncident on claims that tell the attacks themselves', () => {
  it('reads a claim for attacks it tells (a gerund, a counted or indefinite object) as an attack', () => {
    expect(
      classifyIncident('From March to June, the Red Cell claimed responsibility for bombing two banks in Verno.'),
    ).toBe('attack');
    expect(
      classifyIncident(
        'The group claimed responsibility for the hotel attack, as well as for two attacks in Ostra in May.',
      ),
    ).toBe('attack');
  });

  it('keeps a claim for incidents told elsewhere as a threat', () => {
    expect(
      classifyIncident('The group claimed responsibility for the hotel attack and for the Ostra bombing on May 3.'),
    ).toBe('threat');
    expect(classifyIncident("On May 4, the Red Cell claimed responsibility for Tuesday's assault.")).toBe('threat');
  });
});

describe('classifyIncident on a claim with no object', () => {
  it('reads a claim made "the same day" with demands as a threat, whatever case it names', () => {
    expect(
      classifyIncident(
        'An e-mail said to come from the Eastern Front claimed responsibility the same day and demanded the release of a man convicted of the 2009 bombing.',
      ),
    ).toBe('threat');
  });
  it('reads past an opening phrase that dates the event by another one, and police cornering a suspect as a clash', () => {
    expect(classifyIncident('Two days after the bombings, on March 13, police arrested three men in Orsk.')).toBe(
      'arrest',
    );
    expect(classifyIncident('A week after the Delmar attack, police detained two students.')).toBe('arrest');
    // Not an opening time phrase: the bombing named is the event told.
    expect(classifyIncident('The operation came two weeks after the November 16 twin suicide bombings in Varsk.')).toBe(
      'attack',
    );
    expect(classifyIncident('police cornered a suspect in Varsk; he detonated his belt, killing only himself.')).toBe(
      'clash',
    );
  });
  it('reads an attack on a gathering that marked an anniversary as an attack, and a marked anniversary as none', () => {
    expect(
      classifyIncident(
        'Six days later, twin car bombs exploded at a gathering in Orsk marking the anniversary of a death.',
      ),
    ).toBe('attack');
    expect(
      classifyIncident('Testlanders marked the 11th anniversary of the bombings in Orsk that killed 76 people.'),
    ).toBe(null);
  });
  it('reads gunmen in police uniforms as attackers, and "claimed the attack" as a claim', () => {
    expect(
      classifyIncident('On February 19, gunmen in police uniforms attacked a bank branch in Varsk, killing 38.'),
    ).toBe('attack');
    expect(
      classifyIncident('a suicide bomber wearing a police uniform killed the police chief inside headquarters.'),
    ).toBe('attack');
    expect(classifyIncident('The group claimed the attack two days later.')).toBe('threat');
  });
  it('reads attacks that occurred almost daily as no one event', () => {
    expect(classifyIncident('Attacks against security forces in the north occurred almost daily after July 3.')).toBe(
      null,
    );
  });
  it('reads a designation "to designate … as terrorists" or a committee that "listed" a leader, and a law issued as none', () => {
    expect(classifyIncident('the Ministry used the new authority to designate four individuals as terrorists.')).toBe(
      'designation',
    );
    expect(classifyIncident('The United Nations 1267 Committee listed Sorra leader Ali Tal on May 1.')).toBe(
      'designation',
    );
    expect(
      classifyIncident(
        'In February, the president issued a "terrorist entities" law allowing courts to designate groups.',
      ),
    ).toBe(null);
  });

  it('tells armed fighting with a toll as a clash though no state actor is named', () => {
    expect(
      classifyIncident('In Varsk, clashes around the port from mid-May to late June left more than 90 dead.'),
    ).toBe('clash');
    expect(classifyIncident('Fighting in Orsk in July left 40 dead.')).toBe('clash');
    expect(
      classifyIncident('The ministry said it was fighting terrorism in Orsk, where three soldiers died.'),
    ).not.toBe('clash');
  });

  it('tells an arrest told before the ban it names as an arrest, and a trend or a publication as no event', () => {
    expect(
      classifyIncident(
        'In mid-October, police took 10 people into custody in Orsk on charges of rebuilding the banned party.',
      ),
    ).toBe('arrest');
    expect(
      classifyIncident('Beginning in May, the group conducted increasingly frequent raids and attacks.'),
    ).toBeNull();
    expect(classifyIncident('The militants continued to carry out attacks in Varsk Province in 2021.')).toBeNull();
    expect(classifyIncident('A review of the Varsk and Orsk attacks was published on December 5.')).toBeNull();
  });
});
