"""Events (agenda) of the school year 2026-2027."""

# slug, titel, soort, doelgroep, begin, eind, locatie, plaats, organisator,
# aanmelden, aanmeld_url, body
EVENEMENTEN = [
    dict(slug="training-stagiair-begeleiden-september-2026",
         titel="Training: een stagiair goed begeleiden", soort="training-stagebieders",
         doelgroep=["stagebieders"], begin="2026-09-24T15:00", eind="2026-09-24T17:30",
         locatie="Stagebureau Zuidwest-Drenthe, Stationsweg 1, Meppel", plaats="meppel",
         organisator="stagebureau-zwd",
         aanmelden="Aanmelden per e-mail bij Anouk Brinkman, uiterlijk 17 september.",
         body="""Begeleidt u binnenkort voor het eerst een stagiair? Of wilt u uw begeleiding opfrissen? In deze praktische training van tweeënhalf uur leert u hoe u een stagiair inwerkt, feedback geeft en beoordeelt.

We werken met voorbeelden uit de praktijk en oefenen met lastige situaties, zoals een stagiair die steeds te laat komt of die weinig zegt. U gaat naar huis met een checklist voor de eerste dag.

De training is gratis voor stagebieders in de regio. Er is plaats voor 16 deelnemers."""),
    dict(slug="ouderavond-stages-vmbo-reest-college-2026",
         titel="Ouderavond: de stages in vmbo 3 en 4", soort="ouderavond",
         doelgroep=["ouders"], begin="2026-10-01T19:30", eind="2026-10-01T21:00",
         locatie="Het Reest College, aula, Schoolstraat 40, Meppel", plaats="meppel",
         organisator="het-reest-college",
         aanmelden="Aanmelden is niet nodig.",
         body="""Uw kind gaat dit schooljaar op stage. Op deze avond vertellen de mentoren en de stagecoördinator hoe dat in zijn werk gaat: wanneer de stages zijn, hoe leerlingen een plek vinden en wat u als ouder kunt doen.

Er is ook aandacht voor de stageovereenkomst, de regels voor werktijden van jongeren en de begeleiding vanuit school. Na afloop kunt u vragen stellen aan de mentoren en aan een stagemakelaar van het stagebureau."""),
    dict(slug="bedrijfsbezoek-plaatwerk-oosterhof-oktober-2026",
         titel="Bedrijfsbezoek Plaatwerk Oosterhof", soort="bedrijfsbezoek",
         doelgroep=["leerlingen", "scholen"], begin="2026-10-08T13:00", eind="2026-10-08T15:30",
         locatie="Plaatwerk Oosterhof, Buitenvaart 1406, Hoogeveen", plaats="hoogeveen",
         organisator="plaatwerk-oosterhof",
         aanmelden="Scholen melden een groep aan via het stagebureau (maximaal 20 leerlingen).",
         body="""Hoe wordt een plaat staal een onderdeel van een machine? Bij Plaatwerk Oosterhof zie je lasrobots, een lasersnijder en kantbanken aan het werk.

Je krijgt een rondleiding door de fabriek, mag zelf een eenvoudig werkstuk maken in de leerwerkplaats en praat met jonge collega's over hun werk en opleiding. Geschikt voor vmbo-leerlingen met het profiel Produceren, installeren en energie of Mobiliteit en transport."""),
    dict(slug="gastles-zorg-in-de-klas-oktober-2026",
         titel="Gastles: werken in de zorg", soort="gastles",
         doelgroep=["leerlingen", "scholen"], begin="2026-10-15T10:00", eind="2026-10-15T11:30",
         locatie="Vakcollege Steenwijk, Gasthuislaan 20, Steenwijk", plaats="steenwijk",
         organisator="woonzorg-de-vlonder",
         aanmelden="Voor leerlingen van het profiel Zorg en welzijn; je mentor meldt de klas aan.",
         body="""Een begeleider en een leerling-begeleider van Woonzorg De Vlonder komen vertellen over hun werk met mensen met een verstandelijke beperking. Wat doe je op een dag? Wat is er mooi aan, en wat is lastig?

In de les doe je een paar korte opdrachten, bijvoorbeeld een dagplanning maken met pictogrammen. Na afloop weet je of een stage in de gehandicaptenzorg iets voor je is."""),
    dict(slug="open-dag-mbo-college-zuidwest-november-2026",
         titel="Open dag MBO College Zuidwest", soort="open-dag",
         doelgroep=["leerlingen", "ouders"], begin="2026-11-14T10:00", eind="2026-11-14T14:00",
         locatie="MBO College Zuidwest, Industrieweg 60, Meppel", plaats="meppel",
         organisator="mbo-college-zuidwest",
         aanmelden="Aanmelden is niet nodig. Kom gewoon langs.",
         aanmeld_url="https://mbocollegezuidwest.example.nl/open-dag",
         body="""Zit je in de derde of vierde klas van het vmbo en wil je weten welke mbo-opleiding bij je past? Kom naar de open dag van MBO College Zuidwest.

Je kunt proeflessen volgen, praten met studenten en docenten en zien hoe stage en bbl werken. Bij de stand van het stagebureau hoor je welke leerbedrijven in de regio studenten zoeken."""),
    dict(slug="stagemarkt-meppel-december-2026",
         titel="Stagemarkt Meppel", soort="stagemarkt",
         doelgroep=["leerlingen", "ouders", "stagebieders"], begin="2026-12-03T15:00", eind="2026-12-03T19:00",
         locatie="Ogterop, Zuideinde 1, Meppel", plaats="meppel",
         organisator="stagebureau-zwd",
         aanmelden="Leerlingen hoeven zich niet aan te melden. Stagebieders melden zich aan bij het stagebureau.",
         body="""Op de Stagemarkt Meppel staan meer dan vijftig bedrijven en instellingen uit de regio die stagiairs zoeken. Van zorg tot techniek, van kinderopvang tot horeca.

Je kunt zonder afspraak praten met werkbegeleiders en vaak meteen een kennismaking plannen. Neem je cv mee als je dat hebt, en bedenk vooraf een paar vragen.

## Tips voor je bezoek

- Kijk vooraf op deze site welke bedrijven je wilt spreken.
- Ga samen met een klasgenoot of je ouders.
- Schrijf op met wie je hebt gesproken."""),
    dict(slug="netwerkontbijt-stagebieders-hoogeveen-december-2026",
         titel="Netwerkontbijt stagebieders Hoogeveen", soort="netwerkbijeenkomst",
         doelgroep=["stagebieders", "scholen", "makelaars"], begin="2026-12-10T07:45", eind="2026-12-10T09:15",
         locatie="Servicecentrum Drie Gemeenten, Raadhuisplein 24, Hoogeveen", plaats="hoogeveen",
         organisator="stagebureau-zwd",
         aanmelden="Aanmelden per e-mail bij het stagebureau.",
         body="""Een ontbijt voor iedereen die in Hoogeveen en omgeving stagiairs begeleidt. Stagebieders, scholen en stagemakelaars praten bij over wat goed gaat en wat beter kan.

Dit keer staat de overgang van stage naar werk centraal: hoe houd je een goede stagiair vast? Twee bedrijven vertellen over hun ervaringen met bbl-plekken."""),
    dict(slug="sollicitatietraining-januari-2027",
         titel="Sollicitatietraining: zo maak je een goede eerste indruk", soort="sollicitatietraining",
         doelgroep=["leerlingen"], begin="2027-01-14T14:00", eind="2027-01-14T16:00",
         locatie="Cultuurhuis De Lantaarn, Hoofdstraat 55, Meppel", plaats="meppel",
         organisator="stagebureau-zwd",
         aanmelden="Aanmelden via je mentor of stagecoördinator.",
         body="""Bellen met een bedrijf, een korte brief schrijven en een kennismakingsgesprek voeren: in deze training oefen je het allemaal.

Werkbegeleiders uit de regio spelen de rol van het bedrijf. Je krijgt meteen tips over wat goed ging en wat beter kan. Na de training ben je goed voorbereid op het zoeken naar je stage.

Voor leerlingen van het vmbo, praktijkonderwijs en de Entreeopleiding."""),
    dict(slug="open-huis-bouwbedrijf-hulsman-januari-2027",
         titel="Open huis bij Bouwbedrijf Hulsman", soort="open-dag",
         doelgroep=["leerlingen", "ouders"], begin="2027-01-23T10:00", eind="2027-01-23T13:00",
         locatie="Bouwbedrijf Hulsman, Gemeenteweg 288, Staphorst", plaats="staphorst",
         organisator="bouwbedrijf-hulsman",
         body="""Bouwbedrijf Hulsman zet de deuren van de timmerwerkplaats open. Je kunt zelf een vogelhuisje timmeren, kijken hoe kozijnen worden gemaakt en praten met de leerlingen die bij ons in de bbl werken.

Ouders zijn ook welkom. Onze uitvoerder vertelt over de opleidingen in de bouw en over de stage- en bbl-plekken die we aanbieden."""),
    dict(slug="stagemarkt-steenwijkerland-januari-2027",
         titel="Stagemarkt Steenwijkerland", soort="stagemarkt",
         doelgroep=["leerlingen", "ouders", "stagebieders"], begin="2027-01-28T15:30", eind="2027-01-28T19:00",
         locatie="Sport- en Zwemcentrum De Waterlelie, sporthal, Sportlaan 2, Steenwijk", plaats="steenwijk",
         organisator="stagepunt-kop-van-overijssel",
         aanmelden="Leerlingen hoeven zich niet aan te melden. Bedrijven melden zich aan bij het Stagepunt.",
         body="""Op de Stagemarkt Steenwijkerland ontmoet je bedrijven uit Steenwijk, Giethoorn, Vollenhove, Staphorst en de dorpen eromheen.

Er zijn stands van zorginstellingen, bouwbedrijven, de recreatie en de kinderopvang. Ook kun je je cv laten checken en een foto laten maken voor je cv."""),
    dict(slug="training-stagiairs-met-extra-ondersteuning-februari-2027",
         titel="Training: stagiairs met extra ondersteuning", soort="training-stagebieders",
         doelgroep=["stagebieders"], begin="2027-02-04T15:00", eind="2027-02-04T17:00",
         locatie="VSO De Linde, Lindenlaan 7, Meppel", plaats="meppel",
         organisator="vso-de-linde",
         aanmelden="Aanmelden bij Bert Mulder, stagecoördinator van VSO De Linde.",
         body="""Wilt u een stageplek bieden aan leerlingen uit het voortgezet speciaal onderwijs of het praktijkonderwijs? In deze training hoort u wat deze leerlingen nodig hebben en wat u ervan kunt verwachten.

Stagebegeleiders van VSO De Linde en Praktijkschool De Vaart vertellen over hun aanpak. U krijgt praktische tips, bijvoorbeeld over duidelijke taal, vaste structuur en werken met stappenkaarten."""),
    dict(slug="informatieavond-maatschappelijke-stage-februari-2027",
         titel="Informatieavond over de maatschappelijke stage", soort="ouderavond",
         doelgroep=["ouders", "leerlingen"], begin="2027-02-11T19:30", eind="2027-02-11T20:45",
         locatie="Drentse Poort Lyceum, Lyceumlaan 2, Hoogeveen", plaats="hoogeveen",
         organisator="drentse-poort-lyceum",
         aanmelden="Aanmelden is niet nodig.",
         body="""In de tweede klas lopen alle leerlingen een maatschappelijke stage van 30 uur. Op deze avond hoort u hoe dat werkt, welke organisaties meedoen en hoe uw kind een plek kiest.

Een paar leerlingen van vorig jaar vertellen over hun ervaringen, bijvoorbeeld op de kinderboerderij en bij de sportclub."""),
    dict(slug="gastlessenweek-techniek-maart-2027",
         titel="Gastlessenweek techniek", soort="gastles",
         doelgroep=["leerlingen", "scholen"], begin="2027-03-08T08:30", eind="2027-03-12T16:00",
         locatie="Op de deelnemende scholen in de regio",
         organisator="stagebureau-zwd",
         aanmelden="Scholen vragen een gastles aan bij Jeroen Bakker van het stagebureau, uiterlijk 1 februari.",
         body="""Een week lang komen monteurs, lassers, installateurs en ict'ers uit de regio les geven op scholen. Ze vertellen over hun werk en nemen vaak iets mee om zelf te proberen: een warmtepomp, een lasapparaat met simulator of een robotarm.

De gastlessen zijn geschikt voor de onderbouw van het vmbo, havo en vwo en voor het praktijkonderwijs. Een gastles duurt ongeveer een lesuur."""),
    dict(slug="techniekroute-hoogeveen-maart-2027",
         titel="Techniekroute Hoogeveen: drie bedrijven in één middag", soort="bedrijfsbezoek",
         doelgroep=["leerlingen", "ouders"], begin="2027-03-18T13:30", eind="2027-03-18T17:00",
         locatie="Start bij Installatiebedrijf Lenters, Edisonstraat 14, Hoogeveen", plaats="hoogeveen",
         organisator="stagebureau-zwd",
         aanmelden="Aanmelden via het stagebureau; maximaal 40 deelnemers.",
         body="""Met een bus bezoek je drie technische bedrijven in Hoogeveen: een installatiebedrijf, een metaalbedrijf en een autobedrijf. Bij elk bedrijf krijg je een rondleiding en doe je iets zelf.

Ouders zijn van harte welkom om mee te gaan. Zo zien jullie samen welke mogelijkheden er zijn in de techniek."""),
    dict(slug="open-dag-zorgboerderij-de-eikenhof-maart-2027",
         titel="Open dag Zorgboerderij De Eikenhof", soort="open-dag",
         doelgroep=["leerlingen", "ouders", "scholen"], begin="2027-03-27T11:00", eind="2027-03-27T15:00",
         locatie="Zorgboerderij De Eikenhof, Eikenweg 9, Koekange", plaats="koekange",
         organisator="zorgboerderij-de-eikenhof",
         body="""Op de open dag van De Eikenhof kun je zien hoe zorg en boerenwerk samengaan. Er zijn jonge geitjes, de moestuin wordt ingezaaid en in de boerderijwinkel kun je verse eieren kopen.

Deelnemers en begeleiders vertellen over hun werk. Ben je op zoek naar een stage in de zorg of bij dieren? Kom kennismaken."""),
    dict(slug="stagemarkt-zorg-en-welzijn-hoogeveen-april-2027",
         titel="Stagemarkt zorg, welzijn en kinderopvang", soort="stagemarkt",
         doelgroep=["leerlingen", "stagebieders"], begin="2027-04-08T15:00", eind="2027-04-08T18:30",
         locatie="MBO College Zuidwest, locatie Hoogeveen, Hoofdstraat 200, Hoogeveen", plaats="hoogeveen",
         organisator="mbo-college-zuidwest",
         aanmelden="Studenten hoeven zich niet aan te melden. Leerbedrijven melden zich aan bij het bpv-bureau.",
         body="""Speciaal voor studenten en leerlingen die een stage zoeken in de zorg, het welzijn, de kinderopvang of het onderwijs. Zorgcentra, thuiszorg, kinderopvang en basisscholen uit de hele regio zijn aanwezig.

Voor mbo-studenten die in september een bol- of bbl-plek zoeken, is dit hét moment om kennis te maken met leerbedrijven."""),
    dict(slug="bedankmiddag-stagebieders-mei-2027",
         titel="Bedankmiddag voor stagebieders", soort="netwerkbijeenkomst",
         doelgroep=["stagebieders", "makelaars", "scholen"], begin="2027-05-20T16:00", eind="2027-05-20T18:30",
         locatie="Herberg De Drie Linden, Brink 6, Ruinen", plaats="ruinen",
         organisator="stagebureau-zwd",
         aanmelden="U ontvangt een persoonlijke uitnodiging. Aanmelden per e-mail.",
         body="""Zonder stagebieders geen stages. Daarom zetten we alle organisaties die dit schooljaar stagiairs begeleidden in het zonnetje.

Leerlingen vertellen over hun stage, we reiken de prijs voor de Stageplek van het Jaar uit en we sluiten af met een hapje en een drankje."""),
    dict(slug="werkbegeleidersdag-juni-2027",
         titel="Werkbegeleidersdag: erkend leerbedrijf worden", soort="training-stagebieders",
         doelgroep=["stagebieders"], begin="2027-06-10T09:30", eind="2027-06-10T12:30",
         locatie="MBO College Zuidwest, Industrieweg 60, Meppel", plaats="meppel",
         organisator="mbo-college-zuidwest",
         aanmelden="Aanmelden bij Wendy Jansen van het bpv-bureau.",
         body="""Wilt u mbo-studenten gaan begeleiden? Op deze ochtend hoort u wat erkenning als leerbedrijf inhoudt, hoe u die aanvraagt en wat een praktijkopleider doet.

In de tweede helft oefenen we met het beoordelen van bpv-opdrachten en het voeren van een voortgangsgesprek."""),
]
