/**
 * Hand-written cue words for every topic, from the IPTC definitions of each topic and
 * newsroom usage. They are the prior that keeps the topics without training data reachable
 * (BBC sections cover 5 of the 17) and the only evidence for second-level topics.
 *
 * Format per topic: comma-separated words or two-word phrases (three-word phrases cannot
 * match: features are unigrams and bigrams). A `!` prefix marks a strong, unambiguous cue
 * (weight 2); the others weigh 1. Ambiguous words ("court", "strike", "attack") are given
 * as bigrams or left out. A top-level topic's lexicon also includes its children's cues.
 */

export const LEXICON: Readonly<Record<string, string>> = {
  // ---------------------------------------------------------------- top-level
  'arts-culture-entertainment-and-media':
    '!film, !movie, !album, !singer, !actor, !actress, !oscar, !box office, !theatre, !novel, music, band, ' +
    'concert, festival, star, director, hollywood, bollywood, comedy, drama, show, tv, television, series, ' +
    'artist, art, exhibition, museum, gallery, book, author, song, chart, tour, premiere, celebrity, entertainment, ' +
    'broadcaster, channel, audience, musical, opera, ballet, dance, poet, poetry, sculpture, painting',
  'crime-law-and-justice':
    '!police, !murder, !arrested, !court, !trial, !jury, !prosecutor, !convicted, !sentenced, !prison, !jail, ' +
    'crime, criminal, charged, charge, judge, lawyer, suspect, robbery, theft, fraud, stabbing, shooting, gang, ' +
    'detective, investigation, guilty, verdict, appeal, bail, custody, offence, offender, victim, killed, ' +
    'homicide, assault, burglary, smuggling, trafficking, drug dealer, kidnapping, police officer, magistrate, ' +
    'prosecution, defence lawyer, law, legal, lawsuit, sued, attorney, supreme court, high court',
  'disaster-accident-and-emergency-incident':
    '!earthquake, !flood, !flooding, !tsunami, !wildfire, !hurricane, !crash, !derailed, !rescue, !survivor, ' +
    'disaster, accident, victim, dead, death toll, injured, emergency, evacuated, evacuation, fire, blaze, ' +
    'firefighter, collapse, explosion, landslide, avalanche, volcano, eruption, cyclone, typhoon, tornado, ' +
    'drowned, missing, debris, aid, relief, shelter, damage, destroyed, plane crash, car crash, ferry, sinking, ' +
    'capsized, rescuer, rescued, emergency service, fatality, casualty',
  'economy-business-and-finance':
    '!company, !shares, !profit, !market, !economy, !bank, !investor, !stock, !inflation, !interest rate, ' +
    'business, firm, sales, revenue, earnings, economic, growth, price, trade, export, import, deal, acquisition, ' +
    'merger, takeover, bid, chief executive, ceo, shareholder, dividend, quarter, financial, finance, fund, ' +
    'debt, loan, currency, dollar, euro, oil price, industry, manufacturing, retail, consumer, budget deficit, ' +
    'gdp, recession, tariff, tax, central bank, bond, stock market, exchange, commodity, billion, ' +
    // Wire-service shorthand (earnings tables, dividend notices, commodity reports).
    '!mln, !pct, !dlrs, !qtr, !qtly, !shr, !cts, !revs, !div, !payout, !net profit, net loss, net income, ' +
    'shrs, avg shrs, oper, prior, payable, fiscal, stake, subsidiary, inc, corp, ltd, plc, stg, yen, tonne, ' +
    'bpd, barrel, crude, opec, wheat, corn, grain, soybean, coffee, cocoa, sugar, quota, shipment, freight, ' +
    'cargo, tanker, vessel, port, exporter, importer, trade deficit, trade surplus, analyst, broker',
  education:
    '!school, !pupil, !teacher, !student, !university, !education, !exam, !curriculum, classroom, college, ' +
    'degree, tuition, tuition fee, graduate, headteacher, lesson, learning, academic, campus, kindergarten, ' +
    'primary school, secondary school, higher education, literacy, school board, scholarship, grade, teaching',
  environment:
    '!climate, !pollution, !emission, !carbon, !environmental, !conservation, !wildlife, !deforestation, ' +
    'environment, greenhouse, global warming, renewable, biodiversity, species, endangered, habitat, forest, ' +
    'recycling, waste, plastic, toxic, contamination, ecosystem, green, fossil fuel, nature, extinction, ' +
    'national park, air quality, water quality, drought, sustainability, sustainable',
  health:
    '!health, !hospital, !patient, !doctor, !disease, !virus, !vaccine, !cancer, !nurse, !medical, !nhs, ' +
    'treatment, drug, medicine, infection, outbreak, epidemic, pandemic, illness, symptom, surgery, clinic, ' +
    'diagnosis, obesity, diabetes, heart disease, mental health, public health, healthcare, health care, ' +
    'physician, pharmaceutical, therapy, ward, gp, flu, hiv, aids, malaria, tuberculosis, dementia',
  'human-interest':
    '!pet, !zoo, !centenarian, !birthday, !anniversary, !world record, dog, cat, animal, bride, wedding, celebrity, ' +
    'royal, queen, prince, princess, heartwarming, oldest, youngest, lottery, winner, hero, quirky, ' +
    'world record, guinness, ceremony, award, prize, reunion, viral',
  labour:
    '!union, !strike, !worker, !employee, !wage, !unemployment, !job, !jobless, !employment, !labour market, ' +
    'workforce, pay, salary, pension, retirement, layoff, redundancy, redundancies, employer, staff, hiring, ' +
    'minimum wage, walkout, industrial action, collective bargaining, trade union, picket, overtime, workplace',
  'lifestyle-and-leisure':
    '!recipe, !restaurant, !fashion, !travel, !holiday, !tourism, !hobby, food, chef, cooking, diet, wine, ' +
    'style, design, garden, gardening, home, shopping, beauty, fitness, wellness, leisure, tourist, resort, ' +
    'vacation, trend, lifestyle, yoga, dining, cuisine, game, puzzle',
  politics:
    '!election, !government, !minister, !parliament, !president, !party, !vote, !labour party, !tory, !senate, ' +
    'politician, political, policy, campaign, poll, voter, opposition, cabinet, prime minister, mp, mps, ' +
    'congress, lawmaker, legislation, bill, referendum, conservative, liberal, democrat, republican, ' +
    'diplomatic, diplomacy, foreign minister, talks, summit, treaty, sanction, embassy, ambassador, kremlin, ' +
    'spokesman, spokesperson, state duma, authorities, regime, chancellor, governor, mayor, reform, ' +
    'white house, downing street, whitehall, coalition',
  religion:
    '!church, !mosque, !temple, !synagogue, !religious, !religion, !pope, !bishop, !priest, !imam, !rabbi, ' +
    'faith, christian, muslim, islam, islamic, jewish, hindu, buddhist, catholic, protestant, prayer, worship, ' +
    'clergy, vatican, archbishop, bible, quran, god, believer, sermon, pilgrimage, ramadan, easter, christmas, ' +
    'diocese, monk, nun, sect, congregation, cathedral',
  'science-and-technology':
    '!technology, !scientist, !research, !software, !computer, !internet, !digital, !mobile phone, !robot, ' +
    'science, scientific, study, researcher, laboratory, experiment, discovery, space, nasa, satellite, ' +
    'telescope, planet, physics, chemistry, biology, engineering, engineer, device, gadget, online, website, ' +
    'broadband, network, data, user, microsoft, apple, google, chip, processor, artificial intelligence, ' +
    'app, web, virus software, hacker, cyber, innovation, consumer electronics',
  society:
    '!immigration, !migrant, !refugee, !discrimination, !poverty, !homeless, !welfare, family, community, ' +
    'population, census, racism, equality, gender, lgbt, gay, marriage, divorce, child, children, youth, elderly, ' +
    'social, charity, volunteer, asylum, asylum seeker, minority, inequality, housing, abuse, addiction, ' +
    'social security, benefit, demographic, ethnic, women, rights',
  sport:
    '!match, !tournament, !championship, !cup, !league, !coach, !goal, !player, !football, !cricket, !tennis, ' +
    '!rugby, !olympic, !athlete, team, game, win, won, victory, defeat, season, club, score, scored, final, ' +
    'medal, race, champion, striker, midfielder, defender, goalkeeper, captain, squad, stadium, fixture, ' +
    'world cup, premiership, premier league, golf, boxing, basketball, baseball, nba, nfl, fifa, uefa, ' +
    'injury, marathon, sprint, athletics, cycling, grand slam, round, title',
  'conflict-war-and-peace':
    '!war, !military, !troops, !army, !airstrike, !air strike, !ceasefire, !militant, !rebel, !insurgent, ' +
    '!terrorist, !combat, !missile, !shelling, soldier, armed, armed force, weapon, bomb, bombing, attack, ' +
    'conflict, fighting, battle, invasion, offensive, defence ministry, ministry of defence, defence, ' +
    'military base, air base, naval base, navy, air force, nato, militia, occupation, occupied, frontline, ' +
    'battlefield, casualties, killed, peace, peace talks, peace agreement, truce, hostage, guerrilla, jihadist, ' +
    'civil war, security forces, drone, artillery, tank, siege, terror, terrorism, insurgency, coup',
  weather:
    '!weather, !forecast, !rain, !snow, !temperature, !heatwave, !storm, !meteorological, !met office, ' +
    'wind, sunshine, cloud, frost, fog, cold, hot, celsius, fahrenheit, degrees, weather warning, rainfall, ' +
    'thunderstorm, hail, blizzard, gale, humidity, drought, heat, chill, freezing, showers, sunny, forecaster, ' +
    'meteorologist, weather service',

  // ---------------------------------------------------------------- second-level
  // arts, culture, entertainment and media
  'arts-and-entertainment':
    '!film, !movie, !album, !box office, !oscar, !grammy, !bafta, actor, actress, singer, band, concert, ' +
    'theatre, musical, comedy, director, hollywood, chart, gig, tour, premiere, festival, novel, exhibition, gallery',
  culture: '!heritage, !cultural, museum, tradition, folklore, language, cultural heritage, unesco, identity',
  'mass-media':
    '!newspaper, !broadcaster, !journalist, !bbc, television, tv, radio, channel, press, magazine, editor, ' +
    'media, ratings, viewers, broadcast, publisher, press freedom',
  // conflict, war and peace
  'act-of-terror':
    '!terrorist, !terrorism, !suicide bomber, !suicide bombing, terror attack, bomb, bombing, jihadist, ' +
    'al qaeda, islamic state, extremist, explosive',
  'armed-conflict':
    '!military, !troops, !airstrike, !air strike, !shelling, !combat, war, fighting, battle, offensive, ' +
    'soldier, army, missile, artillery, frontline, battlefield, military base, air base, naval base, civil war, ' +
    'invasion, rebel, militia, insurgent, forces, armed, combat alert, drone',
  'civil-unrest':
    '!protest, !protester, !riot, !demonstration, demonstrator, tear gas, unrest, clashes, rally, curfew, ' +
    'police clashed, uprising',
  'coup-detat': "!coup, !junta, overthrow, toppled, seized power, putsch, toppling",
  massacre: '!massacre, !genocide, mass grave, atrocity, slaughtered, killing spree, ethnic cleansing',
  'peace-process':
    '!ceasefire, !peace talks, !peace deal, !peace agreement, !truce, peace process, negotiation, mediator, ' +
    'armistice, peacekeeping, peacekeeper, reconciliation',
  'post-war-reconstruction': '!reconstruction, rebuilding, rebuild, reconstruction effort, demining, war damage',
  'prisoners-of-war': '!prisoner of war, !prisoners of war, !pow, prisoner exchange, prisoner swap, captive',
  // crime, law and justice
  crime:
    '!murder, !robbery, !theft, !fraud, !burglary, !stabbing, crime, criminal, gang, kidnapping, assault, ' +
    'homicide, smuggling, trafficking, drug dealer, shooting, rape, killer, victim, money laundering, corruption',
  judiciary:
    '!court, !judge, !jury, !trial, !verdict, !supreme court, !high court, magistrate, tribunal, hearing, ' +
    'appeal, ruling, ruled, acquitted, convicted, sentenced, lawyer, prosecutor, defendant, testimony',
  justice: '!justice, !miscarriage of justice, justice system, wrongful conviction, restorative justice, prison, jail, inmate',
  law:
    '!legislation, !lawsuit, !law, legal, bill, statute, sued, attorney, regulation, legal action, ' +
    'constitution, constitutional, copyright, patent',
  'law-enforcement':
    '!police, !arrested, !arrest, !detective, police officer, officer, raid, investigation, suspect, custody, ' +
    'fbi, scotland yard, patrol, manhunt, seized, detained, charged',
  // disaster, accident and emergency incident
  'accident-and-emergency-incident':
    '!crash, !accident, !collision, !derailed, !explosion, plane crash, car crash, road accident, fire, blaze, ' +
    'injured, killed, ferry, capsized, sinking, sank, drowned, collapse, leak',
  disaster:
    '!earthquake, !tsunami, !flood, !flooding, !hurricane, !wildfire, !landslide, !avalanche, volcano, ' +
    'eruption, cyclone, typhoon, tornado, death toll, natural disaster, disaster, famine, drought, devastation',
  'emergency-response':
    '!rescue, !rescuer, !evacuation, !evacuated, emergency service, firefighter, paramedic, relief, aid, ' +
    'search and rescue, survivor, shelter, emergency team, red cross',
  // economy, business and finance
  'business-information':
    '!chief executive, !ceo, !earnings, !profit, !merger, !acquisition, !takeover, company, firm, shareholder, ' +
    'dividend, quarter, results, revenue, board, management, subsidiary, bankruptcy, restructuring, ' +
    '!qtr, !qtly, !shr, !div, !payout, revs, net profit, net loss, stake, acquire',
  'economic-sector':
    '!airline, !carmaker, !oil company, !retailer, industry, manufacturing, agriculture, mining, energy, ' +
    'telecom, telecommunications, car maker, steel, shipping, construction, pharmaceutical, tourism, farmer, ' +
    'crop, wheat, grain, coffee, sugar, cocoa, crude, oil',
  economy:
    '!economy, !inflation, !gdp, !recession, !interest rate, !central bank, economic growth, growth, ' +
    'unemployment rate, trade deficit, trade surplus, budget deficit, consumer spending, monetary policy, ' +
    'fiscal, federal reserve, bank of england, economist, exports, imports, tariff, trade',
  'market-and-exchange':
    '!stock market, !shares, !stock exchange, !currency, !dollar, !bond, !commodity, market, trading, trader, ' +
    'index, dow jones, ftse, nasdaq, nikkei, investor, yen, euro, sterling, futures market, price, exchange rate, ' +
    'stock, securities market, forex, bourse',
  // education
  'education-policy':
    '!education policy, !tuition fee, !education secretary, !education minister, school funding, education ' +
    'reform, ofsted, school budget, education department',
  'educational-testing-and-examinations': '!exam, !examination, !gcse, test score, exam results, grade, assessment',
  school:
    '!school, !university, !college, !classroom, pupil, headteacher, primary school, secondary school, campus, ' +
    'kindergarten, nursery, academy',
  students: '!student, !pupil, !undergraduate, graduate, schoolchildren, student loan, enrolment, enrollment',
  teachers: '!teacher, !teaching, !lecturer, headteacher, professor, teaching union, teacher training',
  // environment
  'climate-change':
    '!climate change, !global warming, !greenhouse gas, !emission, !carbon, kyoto, kyoto protocol, carbon ' +
    'dioxide, net zero, climate, sea level, warming',
  conservation:
    '!conservation, !endangered, !wildlife, !biodiversity, habitat, species, national park, protected area, ' +
    'extinction, poaching, conservationist',
  'environmental-pollution':
    '!pollution, !polluted, !contamination, !toxic, oil spill, smog, air quality, waste, plastic, sewage, pesticide, emission',
  'natural-resources': '!natural resource, water supply, mineral, timber, fishery, fishing stock, groundwater, deforestation, logging',
  nature: '!nature, !forest, !rainforest, ecosystem, wildlife, wetland, coral reef, bird, tree',
  // health
  'diseases-and-conditions':
    '!disease, !cancer, !virus, !outbreak, !infection, !epidemic, !pandemic, !diabetes, !malaria, !hiv, ' +
    'flu, influenza, tuberculosis, dementia, obesity, heart disease, stroke, symptom, illness, condition, ' +
    'mental health, depression, autism, asthma, measles, cholera, covid',
  'government-health-care': '!nhs, !health service, health secretary, health minister, health policy, medicare, medicaid, public health',
  'health-facility': '!hospital, !clinic, !ward, care home, accident and emergency, surgery, health centre, hospice',
  'health-insurance': '!health insurance, insurer, medical insurance, insurance premium, health plan, coverage',
  'health-organisations': '!world health, health authority, health agency, cdc, health body, health organisation',
  'health-treatment':
    '!treatment, !vaccine, !vaccination, !surgery, !drug, therapy, medicine, transplant, operation, ' +
    'prescription, antibiotic, chemotherapy, clinical trial, cure, medication',
  'medical-profession': '!doctor, !nurse, !surgeon, physician, gp, midwife, paramedic, consultant, medical staff, junior doctor',
  // human interest
  animal: '!animal, !dog, !cat, !zoo, !pet, horse, bird, puppy, kitten, panda, elephant, whale, dolphin, vet',
  'award-and-prize': '!award, !prize, !nobel, winner, honour, honor, medal, accolade, ceremony, nominated, nomination',
  celebrity: '!celebrity, !star, fame, famous, paparazzi, socialite, tabloid',
  ceremony: '!ceremony, !wedding, funeral, coronation, inauguration, memorial, parade, celebration',
  'record-and-achievement': '!world record, !record breaking, guinness, oldest, youngest, feat, milestone',
  anniversary: '!anniversary, !centenary, commemorate, commemoration, jubilee',
  birthday: '!birthday, !centenarian, birthday party, birthday celebration',
  // labour
  employment: '!job, !employment, !worker, !employee, hiring, recruitment, workforce, staff, job creation, vacancy',
  'employment-legislation': '!minimum wage, !working hours, labour law, employment law, employment rights',
  'labour-market': '!labour market, !job market, payroll, jobs figure, nonfarm payroll, workforce, labor market',
  'labour-relations':
    '!strike, !walkout, !industrial action, !pay dispute, !collective bargaining, picket, wage talks, pay deal, ' +
    'pay rise, pay offer, lockout, stoppage, dispute',
  retirement: '!pension, !retirement, !retire, pensioner, retirement age, pension fund, state pension',
  unemployment: '!unemployment, !jobless, !unemployed, !layoff, redundancy, redundancies, job cuts, job losses, dole',
  unions: '!union, !trade union, !unions, union leader, tuc, afl cio, union member, labor union',
  // lifestyle and leisure
  leisure: '!hobby, !travel, !tourism, !holiday, !vacation, tourist, resort, game, puzzle, gardening, cruise, theme park',
  lifestyle: '!fashion, !recipe, !restaurant, food, chef, cooking, wine, beauty, shopping, design, trend, dining, cuisine',
  wellness: '!wellness, !fitness, !yoga, diet, exercise, wellbeing, meditation, healthy eating',
  // politics
  election:
    '!election, !vote, !voter, !ballot, !poll, !campaign, !polling, candidate, constituency, electoral, ' +
    'general election, presidential election, seats, majority, turnout, manifesto, primary, referendum, elected',
  'fundamental-rights':
    '!human rights, !civil rights, !freedom of speech, !free speech, civil liberties, right, rights group, ' +
    'amnesty international, censorship, privacy',
  government:
    '!government, !cabinet, !minister, !prime minister, !president, ministry, department, administration, ' +
    'chancellor, secretary of state, white house, downing street, whitehall, kremlin, spokesperson, spokesman',
  'government-policy':
    '!policy, !reform, !budget, legislation, bill, plan, proposal, white paper, green paper, scheme, funding, ' +
    'public spending, tax, regulation',
  'international-relations':
    '!foreign minister, !foreign policy, !foreign secretary, !bilateral, international, sanction, embassy, ' +
    'united nations, un, eu, european union, nato, relations, foreign ministry, alliance',
  diplomacy:
    '!diplomatic, !diplomacy, !diplomat, !ambassador, !talks, !summit, negotiation, envoy, embassy, ' +
    'foreign minister, visit, discussion, contacts, dialogue, treaty, accord, negotiator, mediation, state visit',
  'non-governmental-organisation': '!ngo, !non governmental, charity, campaign group, pressure group, amnesty international, oxfam, greenpeace',
  'political-crisis': '!political crisis, !impeachment, !resignation, !resign, confidence vote, confidence motion, collapse of government, turmoil, scandal',
  'political-dissent': '!dissident, !opposition leader, protest, activist, dissent, crackdown, exile, political prisoner',
  'political-process':
    '!parliament, !mp, !mps, !senate, !congress, legislature, lawmaker, vote, debate, party, labour party, ' +
    'conservative party, liberal democrat, tory, republican, democrat, commons, lords, coalition',
  // religion
  'belief-systems': '!christianity, !islam, !judaism, !buddhism, !hinduism, faith, belief, atheist, atheism, theology, sect',
  'relations-between-religion-and-government': '!secular, !church and state, religious freedom, blasphemy, sharia, headscarf, religious school',
  'religious-conflict': '!sectarian, !religious violence, sectarian violence, interfaith, persecution, religious tension',
  'religious-facility': '!church, !mosque, !temple, !synagogue, !cathedral, chapel, shrine, monastery',
  'religious-festival-and-holiday': '!ramadan, !easter, !christmas, !diwali, !hanukkah, eid, passover, lent, yom kippur',
  'religious-leader': '!pope, !archbishop, !bishop, !imam, !rabbi, !priest, cleric, ayatollah, dalai lama, pastor, vicar, mullah',
  'religious-ritual': '!prayer, !pilgrimage, !mass, worship, baptism, hajj, sermon, service, fasting',
  'religious-text': '!bible, !quran, !koran, !torah, scripture, gospel, verse, psalm',
  // science and technology
  'biomedical-science': '!genetic, !gene, !dna, !stem cell, genome, biotechnology, cloning, molecular, biomedical',
  mathematics: '!mathematics, !mathematician, !maths, equation, theorem, algebra, calculus, prime number',
  'natural-science':
    '!physics, !chemistry, !biology, !astronomy, !space, planet, telescope, nasa, galaxy, asteroid, ' +
    'astronaut, fossil, dinosaur, species, geology, particle, mars, moon, orbit',
  'scientific-institution': '!laboratory, !research institute, nasa, royal society, academy of science, cern, observatory',
  'scientific-research': '!research, !researcher, !scientist, !study, experiment, discovery, findings, journal, published, peer review',
  'social-sciences': '!sociology, !psychology, !economics, anthropology, psychologist, sociologist, survey, archaeology, history',
  'technology-and-engineering':
    '!technology, !software, !computer, !internet, !broadband, !mobile phone, !robot, device, gadget, chip, ' +
    'processor, digital, online, website, network, app, engineering, artificial intelligence, hacker, ' +
    'virus, spam, game console, video game, search engine, wireless, wi fi, laptop, microsoft, apple, google',
  // society
  communities: '!community, !neighbourhood, local community, residents, village, townspeople, community group',
  demographics: '!census, !population, !birth rate, demographic, ageing population, fertility rate, life expectancy',
  discrimination: '!discrimination, !racism, !racist, !sexism, prejudice, equality, racial, hate crime, bias, homophobia',
  emigration: '!emigration, !emigrant, !emigrate, brain drain, diaspora, exodus',
  immigration: '!immigration, !immigrant, !migrant, !asylum, !refugee, asylum seeker, border control, deportation, visa',
  family: '!family, !parent, !marriage, !divorce, child, children, mother, father, adoption, childcare, parenting',
  'social-problem': '!poverty, !homeless, !homelessness, addiction, abuse, child abuse, alcoholism, antisocial behaviour, hunger',
  values: '!ethics, !moral, !morality, values, abortion, euthanasia, gay marriage, tradition',
  welfare: '!welfare, !social security, !benefit, benefits, food bank, housing benefit, social care, handout',
  // sport
  'disciplinary-action-in-sport': '!banned, !suspension, !ban, disciplinary, red card, fined, misconduct, fa charge, tribunal',
  'drug-use-in-sport': '!doping, !drug test, !steroid, !anti doping, wada, banned substance, nandrolone, epo',
  'sport-event': '!olympics, !olympic games, !world cup, !championship, !tournament, grand prix, open, final, event, games, commonwealth games',
  'sport-industry': '!sponsorship, !broadcast right, !tv rights, transfer fee, club finance, sponsor, merchandising',
  'sports-transaction': '!transfer, !signed, !signing, !contract, loan deal, transfer window, free agent, bid, fee',
  'sports-coaching': '!coach, !manager, !head coach, !boss, coaching, appointed manager, sacked, tactics',
  soccer:
    '!football, !premiership, !premier league, !striker, !midfielder, !goalkeeper, !fa cup, !champions league, ' +
    '!uefa, !fifa, soccer, goal, penalty, arsenal, chelsea, manchester united, liverpool, everton, newcastle, ' +
    'celtic, rangers, real madrid, barcelona, defender, winger, league cup, uefa cup, the fa',
  tennis: '!tennis, !wimbledon, !grand slam, !atp, !wta, australian open, french open, davis cup, seed, serve, tiebreak',
  cricket: '!cricket, !test match, !wicket, !batsman, !bowler, !innings, odi, ashes, ecb',
  golf: '!golf, !golfer, !pga, !ryder cup, !masters, fairway, birdie, bogey, par, open championship',
  boxing: '!boxing, !boxer, !heavyweight, !title fight, !knockout, bout, ring, middleweight, welterweight, wbc, wba, ibf',
  basketball: '!basketball, !nba, point guard, slam dunk, rebound, lakers, celtics, ncaa',
  baseball: '!baseball, !mlb, !pitcher, home run, inning, world series, yankees, red sox',
  'ice-hockey': '!ice hockey, !nhl, !stanley cup, puck, hockey',
  'american-football': '!nfl, !quarterback, !super bowl, !touchdown, american football',
  // weather
  'weather-forecast': '!forecast, !forecaster, !met office, outlook, tomorrow, weekend weather, expected, weather service',
  'weather-phenomena':
    '!storm, !snow, !rain, !heatwave, !blizzard, !thunderstorm, hurricane, typhoon, tornado, fog, frost, gale, ' +
    'hail, wind, gust, drought, cold snap, heavy rain',
  'weather-statistic': '!rainfall, !temperature, !record high, record low, degrees celsius, celsius, fahrenheit, millimetre, driest, wettest, hottest, coldest',
  'weather-warning': '!weather warning, !severe weather, !storm warning, !flood warning, amber warning, red warning, yellow warning, alert',
};
