"""The vacancies of the sample region, one per line:

    organisation | job (block in data_jobs) | title | levels | kind | options

Options (space separated): groep=N (a group stage of N pupils),
sectoren=A,B (other sectors than the job's),
plaats=SLUG (another place than the organisation's), slug=SLUG (fixed slug).
Status, dates, addresses and the way to respond are derived in generate.py.
"""

VACATURES_TEXT = """
de-horizon | zorg-ouderen | Zorgassistent in de ouderenzorg | vmbo-bb vmbo-kb | beroepsgerichte-stage | slug=zorgassistent-de-horizon
de-horizon | zorg-ouderen | Verzorgende IG op een psychogeriatrische afdeling | mbo-3 | bol-stage
de-horizon | zorg-ouderen | Leerling verzorgende IG (bbl) | mbo-3 | bbl-leerwerkplek
de-horizon | mas-ouderen | Gezelschap voor ouderen in het zorgcentrum | vmbo-gl vmbo-tl havo vwo | maatschappelijke-stage
de-horizon | activiteiten | Helpen bij de activiteitenbegeleiding | mbo-3 mbo-4 | bol-stage
de-horizon | verpleegkunde-project | Onderzoek naar eten en drinken bij bewoners met dementie | hbo | projectstage
de-horizon | zorg-ouderen | Snuffelen in de zorg: een week in De Horizon | vmbo-bb vmbo-kb vmbo-gl | snuffelstage
thuiszorg-dichtbij | thuiszorg | Helpende zorg en welzijn in de wijk | mbo-2 | bol-stage
thuiszorg-dichtbij | thuiszorg | Verzorgende IG in de thuiszorg (bbl) | mbo-3 | bbl-leerwerkplek
thuiszorg-dichtbij | verpleegkunde-project | Praktijkopdracht valpreventie bij ouderen thuis | mbo-4 hbo | projectstage
thuiszorg-dichtbij | thuiszorg | Meelopen met een wijkverpleegkundige | havo vwo | meeloopdag
woonzorg-de-vlonder | gehandicaptenzorg | Persoonlijk begeleider wonen | mbo-4 | bol-stage
woonzorg-de-vlonder | gehandicaptenzorg | Medewerker dagbesteding in de houtwerkplaats | mbo-2 mbo-3 | bol-stage
woonzorg-de-vlonder | activiteiten | Meehelpen in de kringloopwinkel | praktijkonderwijs vso | lintstage
woonzorg-de-vlonder | gehandicaptenzorg | Begeleider gehandicaptenzorg in Giethoorn (bbl) | mbo-3 mbo-4 | bbl-leerwerkplek | plaats=giethoorn
woonzorg-de-vlonder | gehandicaptenzorg | Social work: meedoen in de wijk | hbo | projectstage
zorgboerderij-de-eikenhof | zorgboerderij | Stagiair begeleiding op de zorgboerderij | mbo-3 mbo-4 | bol-stage
zorgboerderij-de-eikenhof | zorgboerderij | Meewerken op de zorgboerderij | vmbo-bb vmbo-kb | beroepsgerichte-stage
zorgboerderij-de-eikenhof | zorgboerderij | Groepsstage op de boerderij | praktijkonderwijs vso | groepsstage | groep=4
zorgboerderij-de-eikenhof | zorgboerderij | Maatschappelijke stage tussen de geiten | vmbo-bb vmbo-kb vmbo-gl vmbo-tl | maatschappelijke-stage
apotheek-giethoorn | apotheek | Apothekersassistent in een dorpsapotheek | mbo-4 | bol-stage
apotheek-giethoorn | apotheek | Apothekersassistent in opleiding (bbl) | mbo-4 | bbl-leerwerkplek
apotheek-giethoorn | apotheek | Snuffelstage in de apotheek | vmbo-gl vmbo-tl | snuffelstage
kinderopvang-het-speelhuis | kinderopvang | Pedagogisch medewerker op het kinderdagverblijf | mbo-3 mbo-4 | bol-stage
kinderopvang-het-speelhuis | kinderopvang | Pedagogisch medewerker kinderopvang (bbl) | mbo-3 | bbl-leerwerkplek
kinderopvang-het-speelhuis | kinderopvang | Helpen op de peutergroep | vmbo-bb vmbo-kb | beroepsgerichte-stage
kinderopvang-het-speelhuis | bso-helper | Snuffelen op de bso | vmbo-kb vmbo-gl vmbo-tl | snuffelstage
bso-de-boomhut | bso-helper | Buitenspelen en knutselen op de bso | vmbo-bb vmbo-kb vmbo-gl | beroepsgerichte-stage
bso-de-boomhut | kinderopvang | Pedagogisch medewerker bso | mbo-3 mbo-4 | bol-stage
bso-de-boomhut | bso-helper | Maatschappelijke stage op de bso | vmbo-tl havo | maatschappelijke-stage
bso-de-boomhut | bso-helper | Helpen op de bso op vrijdagmiddag | praktijkonderwijs | lintstage
basisschool-de-regenboog | onderwijsassistent | Onderwijsassistent in groep 3 tot en met 5 | mbo-4 | bol-stage
basisschool-de-regenboog | meeloop-leerkracht | Meeloopdag juf of meester | havo vwo | meeloopdag
basisschool-de-regenboog | pabo-project | Pabo-stage: buiten leren op het schoolplein | hbo | projectstage
basisschool-de-regenboog | voorleeshulp | Voorleeshulp in de kleutergroep | vmbo-gl vmbo-tl havo | maatschappelijke-stage
cbs-de-wegwijzer | onderwijsassistent | Onderwijsassistent (bbl) | mbo-4 | bbl-leerwerkplek
cbs-de-wegwijzer | voorleeshulp | Leesmaatje voor groep 4 | vmbo-tl havo vwo | maatschappelijke-stage
cbs-de-wegwijzer | onderwijsassistent | Klassenassistent op de basisschool | vmbo-kb vmbo-gl vmbo-tl | snuffelstage
cbs-de-wegwijzer | meeloop-leerkracht | Meelopen in groep 8 | havo vwo mbo-4 | meeloopdag
kindcentrum-de-sprong | kinderopvang | Pedagogisch medewerker in een kindcentrum | mbo-3 mbo-4 | bol-stage
kindcentrum-de-sprong | onderwijsassistent | Onderwijsassistent in een kindcentrum | mbo-4 | bol-stage
kindcentrum-de-sprong | kinderopvang | Helpende op de babygroep | mbo-2 | bol-stage
kindcentrum-de-sprong | bso-helper | Spelen en leren in het kindcentrum | vso praktijkonderwijs | groepsstage | groep=3
tweewielers-van-dijk | fietsenmaker | Monteur in de fietsenwerkplaats | vmbo-bb vmbo-kb | beroepsgerichte-stage
tweewielers-van-dijk | fietsenmaker | Fietstechnicus (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
tweewielers-van-dijk | winkel-verkoop | Verkoper fietsen en e-bikes | mbo-2 mbo-3 | bol-stage
tweewielers-van-dijk | fietsenmaker | Snuffelstage fietsenmaker | praktijkonderwijs vmbo-bb | snuffelstage
tweewielers-van-dijk | fietsenmaker | Fietsenmaker in het leerwerktraject | vmbo-bb | leerwerktraject
autobedrijf-reestdal | autotechniek | Leerling autotechnicus (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
autobedrijf-reestdal | autotechniek | Stagiair autotechniek | mbo-2 | bol-stage
autobedrijf-reestdal | autotechniek | Beroepsgerichte stage in de garage | vmbo-bb vmbo-kb | beroepsgerichte-stage
autobedrijf-reestdal | autotechniek | Meeloopdag: werken aan elektrische auto's | vmbo-gl vmbo-tl havo | meeloopdag
autobedrijf-reestdal | autotechniek | Eerste autotechnicus hybride en elektrisch | mbo-4 | bol-stage
plaatwerk-oosterhof | metaal | Metaalbewerker in de leerwerkplaats | vmbo-bb vmbo-kb | beroepsgerichte-stage
plaatwerk-oosterhof | metaal | Lasser en constructiewerker (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
plaatwerk-oosterhof | metaal | Operator kantbank | mbo-2 | bol-stage
plaatwerk-oosterhof | techniek-project | Projectstage: minder restmateriaal in de productie | havo vwo | projectstage
plaatwerk-oosterhof | metaal | Een dag in de fabriek | praktijkonderwijs vmbo-bb | groepsstage | groep=6
plaatwerk-oosterhof | techniek-project | Afstudeeropdracht werktuigbouwkunde: slimmer lassen | hbo | projectstage
plaatwerk-oosterhof | metaal | Leerwerktraject metaal | vmbo-bb vmbo-kb | leerwerktraject
installatiebedrijf-lenters | elektro | Eerste monteur elektrotechniek (bbl) | mbo-3 | bbl-leerwerkplek
installatiebedrijf-lenters | elektro | Monteur zonnepanelen | mbo-2 | bol-stage
installatiebedrijf-lenters | elektro | Snuffelstage installatietechniek | vmbo-bb vmbo-kb vmbo-gl | snuffelstage
installatiebedrijf-lenters | werkvoorbereider | Werkvoorbereider installatietechniek | mbo-4 | bol-stage
installatiebedrijf-lenters | elektro | Leerling monteur warmtepompen (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
bouwbedrijf-hulsman | timmerman | Timmerman (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
bouwbedrijf-hulsman | timmerman | Stagiair in de timmerwerkplaats | vmbo-bb vmbo-kb | beroepsgerichte-stage
bouwbedrijf-hulsman | werkvoorbereider | Werkvoorbereider bouw | mbo-4 | bol-stage
bouwbedrijf-hulsman | timmerman | Meewerken op de bouwplaats | vmbo-bb | leerwerktraject
bouwbedrijf-hulsman | werkvoorbereider | Afstudeerproject bouwkunde: boerderijen verduurzamen | hbo | projectstage
bouwbedrijf-hulsman | timmerman | Timmeren op de bouw | praktijkonderwijs | lintstage
schildersbedrijf-kiers | schilder | Leerling schilder (bbl) | mbo-2 | bbl-leerwerkplek
schildersbedrijf-kiers | schilder | Schilder in de praktijk | vmbo-bb vmbo-kb praktijkonderwijs | beroepsgerichte-stage
schildersbedrijf-kiers | schilder | Snuffelstage schilder | vmbo-bb vmbo-kb vmbo-gl | snuffelstage
schildersbedrijf-kiers | schilder | Schilder monumentenonderhoud | mbo-3 | bol-stage | plaats=blokzijl
drukkerij-de-zetter | drukkerij | Medewerker drukkerij en afwerking | mbo-2 | bol-stage
drukkerij-de-zetter | drukkerij | Operator digitaal drukken (bbl) | mbo-3 | bbl-leerwerkplek
drukkerij-de-zetter | fotografie-vormgeving | Stagiair dtp en vormgeving | mbo-4 | bol-stage
drukkerij-de-zetter | drukkerij | Beroepsgerichte stage in de drukkerij | vmbo-kb vmbo-gl | beroepsgerichte-stage
fluisterbootverhuur-het-dorp | bootmonteur | Monteur elektrische sloepen | mbo-2 mbo-3 | bol-stage
fluisterbootverhuur-het-dorp | verhuurbalie | Medewerker verhuurbalie | mbo-2 mbo-3 | bol-stage
fluisterbootverhuur-het-dorp | bootmonteur | Snuffelen in de botenwerkplaats | vmbo-bb vmbo-kb | snuffelstage
fluisterbootverhuur-het-dorp | verhuurbalie | Medewerker steiger en verhuur | entree mbo-1 | lintstage
bitwerk-ict | servicedesk | Servicedeskmedewerker | mbo-3 mbo-4 | bol-stage
bitwerk-ict | developer | Software developer | mbo-4 | bol-stage
bitwerk-ict | developer | Afstudeerstage software engineering | hbo | projectstage
bitwerk-ict | servicedesk | ICT-beheerder in opleiding (bbl) | mbo-4 | bbl-leerwerkplek
bitwerk-ict | developer | Meeloopdag: een dag als programmeur | havo vwo | meeloopdag
bitwerk-ict | servicedesk | Medewerker ICT niveau 2 | mbo-2 | bol-stage
computerhulp-westerveld | computerreparatie | Computerreparateur | vmbo-kb vmbo-gl vmbo-tl | beroepsgerichte-stage
computerhulp-westerveld | computerreparatie | Medewerker ICT-support | mbo-2 | bol-stage
computerhulp-westerveld | digihulp | Ouderen helpen met hun tablet | vmbo-tl havo vwo | maatschappelijke-stage
studio-reestlicht | fotografie-vormgeving | Stagiair fotografie en video | mbo-4 | bol-stage
studio-reestlicht | website-socialmedia | Projectstage social media voor een creatief bureau | havo vwo | projectstage
studio-reestlicht | fotografie-vormgeving | Meeloopdag in een creatieve studio | vmbo-gl vmbo-tl havo | meeloopdag
studio-reestlicht | fotografie-vormgeving | Afstudeeropdracht communicatie en vormgeving | hbo | projectstage
supermarkt-de-korf | supermarkt | Vakkenvuller | praktijkonderwijs vso | lintstage
supermarkt-de-korf | supermarkt | Medewerker supermarkt | entree mbo-1 | bol-stage
supermarkt-de-korf | supermarkt | Verkoopmedewerker versafdeling (bbl) | mbo-2 | bbl-leerwerkplek
supermarkt-de-korf | supermarkt | Samen aan de slag in de supermarkt | praktijkonderwijs vmbo-bb | groepsstage | groep=4
supermarkt-de-korf | supermarkt | Winkelmedewerker supermarkt | vmbo-bb vmbo-kb | beroepsgerichte-stage
supermarkt-de-korf | supermarkt | Assistent-bedrijfsleider supermarkt | mbo-4 | bol-stage
supermarkt-de-korf | magazijn | Medewerker magazijn en ontvangst | entree mbo-2 | bol-stage | sectoren=logistiek,handel-en-retail
tuincentrum-de-linde | tuincentrum | Medewerker plantenafdeling | vmbo-bb vmbo-kb | beroepsgerichte-stage
tuincentrum-de-linde | tuincentrum | Verkoper groene detailhandel (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
tuincentrum-de-linde | tuincentrum | Medewerker dierenafdeling | praktijkonderwijs vmbo-bb | lintstage
tuincentrum-de-linde | tuincentrum | Leerwerktraject groen en verkoop | vmbo-bb vmbo-kb | leerwerktraject
bakkerij-mulder | bakker | Leerling bakker (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
bakkerij-mulder | bakker | Stagiair banketbakkerij | vmbo-bb vmbo-kb | beroepsgerichte-stage
bakkerij-mulder | winkel-verkoop | Verkoopmedewerker bakkerswinkel | entree mbo-1 mbo-2 | bol-stage
bakkerij-mulder | bakker | Snuffelstage bakker | vmbo-bb vmbo-kb praktijkonderwijs | snuffelstage
herberg-de-drie-linden | keuken | Leerling-kok (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
herberg-de-drie-linden | keuken | Zelfstandig werkend kok | mbo-3 | bol-stage
herberg-de-drie-linden | bediening | Medewerker bediening | mbo-2 | bol-stage
herberg-de-drie-linden | receptie-hotel | Receptionist in een hotel | mbo-3 mbo-4 | bol-stage
herberg-de-drie-linden | keuken | Keukenhulp | vmbo-bb vmbo-kb | beroepsgerichte-stage
herberg-de-drie-linden | bediening | Snuffelstage horeca | vmbo-kb vmbo-gl | snuffelstage
herberg-de-drie-linden | keuken | Leerwerktraject horeca en bakkerij | vmbo-bb | leerwerktraject
camping-het-wapserveld | recreatie | Recreatiemedewerker | mbo-3 mbo-4 | bol-stage
camping-het-wapserveld | receptie-hotel | Medewerker receptie camping | mbo-2 mbo-3 | bol-stage
camping-het-wapserveld | recreatie | Hulp bij het kinderclubje | vmbo-gl vmbo-tl havo | maatschappelijke-stage
camping-het-wapserveld | hovenier | Terreinonderhoud op de camping | praktijkonderwijs vso | groepsstage | groep=5 sectoren=horeca,dieren-en-natuur
lunchroom-de-kaasboerin | bediening | Bediening in de lunchroom | vmbo-bb vmbo-kb | beroepsgerichte-stage
lunchroom-de-kaasboerin | keuken | Snuffelstage keuken | vmbo-bb vmbo-kb vmbo-gl | snuffelstage
lunchroom-de-kaasboerin | bediening | Medewerker lunchroom | praktijkonderwijs entree | lintstage
kinderboerderij-de-hooiberg | kinderboerderij | Dierenverzorger bij de kinderboerderij | praktijkonderwijs vso vmbo-bb | lintstage
kinderboerderij-de-hooiberg | kinderboerderij | Groepsstage op de kinderboerderij | vso praktijkonderwijs | groepsstage | groep=4
kinderboerderij-de-hooiberg | kinderboerderij | Maatschappelijke stage bij de dieren | vmbo-bb vmbo-kb vmbo-gl vmbo-tl havo | maatschappelijke-stage
kinderboerderij-de-hooiberg | kinderboerderij | Dierverzorger | mbo-2 mbo-3 | bol-stage
kinderboerderij-de-hooiberg | kinderboerderij | Snuffelstage dierverzorging | vmbo-bb vmbo-kb | snuffelstage
dierenkliniek-westerveld | dierenartsassistent | Dierenartsassistent paraveterinair | mbo-4 | bol-stage
dierenkliniek-westerveld | dierenartsassistent | Meeloopdag bij de dierenarts | vmbo-gl vmbo-tl havo vwo | meeloopdag
dierenkliniek-westerveld | dierenartsassistent | Dierenartsassistent (bbl) | mbo-4 | bbl-leerwerkplek
melkveebedrijf-kleine-haar | melkvee | Medewerker melkveehouderij (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
melkveebedrijf-kleine-haar | melkvee | Stage op de boerderij | vmbo-bb vmbo-kb | beroepsgerichte-stage
melkveebedrijf-kleine-haar | melkvee | Vakbekwaam medewerker veehouderij | mbo-3 mbo-4 | bol-stage
melkveebedrijf-kleine-haar | melkvee | Werken met koeien in het leerwerktraject | vmbo-bb | leerwerktraject
hoveniersbedrijf-veldkamp | hovenier | Hovenier (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
hoveniersbedrijf-veldkamp | hovenier | Stagiair hovenier | vmbo-bb vmbo-kb praktijkonderwijs | beroepsgerichte-stage
hoveniersbedrijf-veldkamp | hovenier | Medewerker groen | entree mbo-1 | bol-stage
hoveniersbedrijf-veldkamp | hovenier | Lintstage in het groen | praktijkonderwijs vso | lintstage
bezoekerscentrum-heideroosje | natuurbeheer | Helpen bij natuurwerkdagen | vmbo-gl vmbo-tl havo vwo | maatschappelijke-stage
bezoekerscentrum-heideroosje | natuurbeheer | Medewerker natuur en recreatie | mbo-3 mbo-4 | bol-stage
bezoekerscentrum-heideroosje | natuurbeheer | Projectstage: heidevlinders tellen | havo vwo | projectstage
bezoekerscentrum-heideroosje | natuurbeheer | Meeloopdag met de boswachter | vmbo-gl vmbo-tl havo vwo | meeloopdag
bezoekerscentrum-heideroosje | natuurbeheer | Afstudeeronderzoek: bezoekers en rust in het veld | hbo | projectstage
transportbedrijf-zwiers | planner | Logistiek planner | mbo-4 | bol-stage
transportbedrijf-zwiers | bijrijder | Meerijden met een vrachtwagenchauffeur | vmbo-bb vmbo-kb mbo-2 | meeloopdag
transportbedrijf-zwiers | magazijn | Magazijnmedewerker (bbl) | mbo-2 | bbl-leerwerkplek
transportbedrijf-zwiers | planner | Projectstage: duurzamer transport plannen | hbo | projectstage
distributiecentrum-noordhoek | magazijn | Orderpicker | praktijkonderwijs vso entree | lintstage
distributiecentrum-noordhoek | magazijn | Logistiek medewerker | entree mbo-2 | bol-stage
distributiecentrum-noordhoek | magazijn | Kennismaken met het distributiecentrum | praktijkonderwijs vmbo-bb | groepsstage | groep=5
distributiecentrum-noordhoek | magazijn | Logistiek teamleider | mbo-3 mbo-4 | bol-stage
distributiecentrum-noordhoek | magazijn | Medewerker logistiek in het leerwerktraject | vmbo-bb vmbo-kb | leerwerktraject
distributiecentrum-noordhoek | magazijn | Beroepsgerichte stage logistiek | vmbo-bb vmbo-kb vmbo-gl | beroepsgerichte-stage
waterschap-oude-vaart | waterschap | Medewerker waterbeheer | mbo-3 mbo-4 | bol-stage
waterschap-oude-vaart | waterschap | Meeloopdag bij het waterschap | havo vwo vmbo-tl | meeloopdag
waterschap-oude-vaart | techniek-project | Profielwerkstuk: water en klimaat | havo vwo | projectstage | sectoren=overheid,techniek
waterschap-oude-vaart | beleid | Afstudeerstage watermanagement | hbo | projectstage
waterschap-oude-vaart | waterschap | Monteur gemalen en zuiveringen (bbl) | mbo-3 | bbl-leerwerkplek
servicecentrum-drie-gemeenten | klantcontact-gemeente | Medewerker klantcontactcentrum | mbo-3 mbo-4 | bol-stage
servicecentrum-drie-gemeenten | buitendienst | Medewerker buitendienst | praktijkonderwijs vso entree | lintstage
servicecentrum-drie-gemeenten | beleid | Beleidsmedewerker participatie | hbo | projectstage
servicecentrum-drie-gemeenten | buitendienst | De wijk schoon | praktijkonderwijs vso vmbo-bb | groepsstage | groep=6 plaats=hollandscheveld
servicecentrum-drie-gemeenten | receptie-kantoor | Baliemedewerker publiekszaken | mbo-2 mbo-3 | bol-stage | sectoren=overheid,economie-en-administratie
servicecentrum-drie-gemeenten | klantcontact-gemeente | Meeloopdag: werken bij de gemeente | havo vwo vmbo-gl vmbo-tl | meeloopdag
zwemcentrum-de-waterlelie | sportinstructeur | Assistent zwem- en sportinstructeur | mbo-3 mbo-4 | bol-stage
zwemcentrum-de-waterlelie | zwembad | Helpen bij de zwemles | vmbo-kb vmbo-gl vmbo-tl havo | maatschappelijke-stage
zwemcentrum-de-waterlelie | sportinstructeur | Sport- en bewegingsleider (bbl) | mbo-3 | bbl-leerwerkplek
zwemcentrum-de-waterlelie | zwembad | Snuffelstage in het zwembad | vmbo-bb vmbo-kb vmbo-gl | snuffelstage
fitnesscentrum-energiek | sportinstructeur | Fitnessinstructeur | mbo-4 | bol-stage
fitnesscentrum-energiek | sportinstructeur | Meeloopdag fitness en beweegprogramma's | havo vwo | meeloopdag
fitnesscentrum-energiek | sportinstructeur | Projectstage: beweegprogramma voor 65-plussers | hbo | projectstage
sportclub-wolden-sprint | hulptrainer | Hulptrainer jeugdvoetbal | vmbo-bb vmbo-kb vmbo-gl vmbo-tl | maatschappelijke-stage
sportclub-wolden-sprint | hulptrainer | Helpen bij de atletiekjeugd | havo vwo | maatschappelijke-stage
sportclub-wolden-sprint | hulptrainer | Sportdag voor basisscholen organiseren | mbo-3 mbo-4 | projectstage | sectoren=sport
cultuurhuis-de-lantaarn | theatertechniek | Podium- en evenemententechnicus | mbo-3 mbo-4 | bol-stage
cultuurhuis-de-lantaarn | bibliotheek | Maatschappelijke stage in de bibliotheek | vmbo-gl vmbo-tl havo vwo | maatschappelijke-stage
cultuurhuis-de-lantaarn | theatertechniek | Snuffelstage theatertechniek | vmbo-kb vmbo-gl vmbo-tl | snuffelstage
cultuurhuis-de-lantaarn | website-socialmedia | Projectstage: jongeren naar het theater | havo vwo hbo | projectstage
museum-het-turfschip | museum | Gastheer of gastvrouw in het museum | vmbo-gl vmbo-tl havo vwo | maatschappelijke-stage
museum-het-turfschip | museum | Museummedewerker | vso praktijkonderwijs | lintstage
museum-het-turfschip | website-socialmedia | Profielwerkstuk: het museum online | havo vwo | projectstage
administratiekantoor-bosch-meijer | administratie | Financieel administratief medewerker | mbo-3 mbo-4 | bol-stage
administratiekantoor-bosch-meijer | administratie | Medewerker administratie (bbl) | mbo-3 | bbl-leerwerkplek
administratiekantoor-bosch-meijer | administratie | Afstudeerstage accountancy | hbo | projectstage
administratiekantoor-bosch-meijer | receptie-kantoor | Snuffelstage op kantoor | vmbo-kb vmbo-gl vmbo-tl | snuffelstage
verzekeringen-dekker | verzekeringen | Medewerker binnendienst verzekeringen | mbo-4 | bol-stage
verzekeringen-dekker | verzekeringen | Meeloopdag op een verzekeringskantoor | havo vwo mbo-4 | meeloopdag
verzekeringen-dekker | receptie-kantoor | Secretarieel medewerker | mbo-2 mbo-3 | bol-stage
kapsalon-knipmooi | kapper | Assistent kapper | vmbo-bb vmbo-kb | beroepsgerichte-stage
kapsalon-knipmooi | kapper | Kapper (bbl) | mbo-2 mbo-3 | bbl-leerwerkplek
kapsalon-knipmooi | kapper | Snuffelstage kapper | vmbo-bb vmbo-kb vmbo-gl | snuffelstage
kapsalon-knipmooi | kapper | Junior kapper | mbo-3 | bol-stage
beautysalon-puur | schoonheid | Schoonheidsspecialist | mbo-4 | bol-stage
beautysalon-puur | schoonheid | Medewerker uiterlijke verzorging | mbo-2 | bol-stage
beautysalon-puur | schoonheid | Snuffelstage in de salon | vmbo-kb vmbo-gl | snuffelstage
mbo-college-zuidwest | facilitair | Medewerker studentenrestaurant | entree mbo-1 | bol-stage
mbo-college-zuidwest | servicedesk | Medewerker ICT-servicedesk | mbo-2 mbo-3 | bol-stage
mbo-college-zuidwest | receptie-kantoor | Receptionist op school | mbo-2 | bol-stage
"""
