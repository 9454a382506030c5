"""Organisations of the sample region. All names, people and numbers are made up.

Each entry: slug, naam, type, plaats, straat (street and number; used for
vacancy addresses), postcode letters, domain (host below example.nl),
sbb_erkend, rollen, contactpersonen (naam, functie, openbaar), description.
E-mail addresses and phone numbers are derived in generate.py.
"""

ORGS = [
    # ----------------------------------------------------------------- brokers
    dict(slug="stagebureau-zwd", naam="Stagebureau Zuidwest-Drenthe", type="stagebureau",
         plaats="meppel", straat="Stationsweg 1", pc="HA", domain="stagebureau-zwd",
         sbb=False, rollen=["makelaar"],
         contacten=[("Petra de Vries", "Stagemakelaar zorg, welzijn en onderwijs", True),
                    ("Jeroen Bakker", "Stagemakelaar techniek, bouw en logistiek", True),
                    ("Fatma Yilmaz", "Stagemakelaar handel, horeca en dienstverlening", True),
                    ("Anouk Brinkman", "Coördinator", True)],
         text="""Stagebureau Zuidwest-Drenthe brengt leerlingen, scholen en stagebieders bij elkaar. We werken voor de scholen in Meppel, Hoogeveen, Westerveld en De Wolden en houden het overzicht bij van alle stageplekken in de regio.

Zoek je als leerling een stage? Dan kijk je samen met je mentor of stagecoördinator op deze site. Wil je reageren op een vacature waarbij staat dat je via het stagebureau reageert? Stuur dan een mail of bel ons: wij leggen het contact met het bedrijf.

Voor bedrijven en instellingen zijn we het vaste aanspreekpunt. We helpen bij het beschrijven van een stageplek, komen graag langs om kennis te maken en organiseren trainingen voor werkbegeleiders."""),
    dict(slug="stagepunt-kop-van-overijssel", naam="Stagepunt Kop van Overijssel", type="stagebureau",
         plaats="steenwijk", straat="Markt 3", pc="CB", domain="stagepunt-kop",
         sbb=False, rollen=["makelaar"],
         contacten=[("Henk Jan Kuiper", "Stagemakelaar", True),
                    ("Lisa Smit", "Stagemakelaar", True)],
         text="""Stagepunt Kop van Overijssel is het stageloket voor Steenwijkerland en Staphorst. We werken nauw samen met het Stagebureau Zuidwest-Drenthe, daarom staan onze stageplekken ook op deze site.

Leerlingen die reageren op een plek in de Kop van Overijssel, komen bij ons terecht. We kennen de bedrijven persoonlijk en weten welke plek bij wie past. Twijfel je of een stage iets voor je is? Bel gerust, dan denken we met je mee."""),

    # ----------------------------------------------------------------- schools
    dict(slug="het-reest-college", naam="Het Reest College", type="voortgezet-onderwijs",
         plaats="meppel", straat="Schoolstraat 40", pc="KB", domain="reestcollege",
         sbb=False, rollen=["school"],
         contacten=[("Marieke Hoekstra", "Stagecoördinator vmbo", True),
                    ("Ruud Veenstra", "Coördinator maatschappelijke stage", True)],
         text="""Het Reest College is een scholengemeenschap voor vmbo, havo en vwo in Meppel. Ongeveer 1.400 leerlingen uit Meppel en de dorpen eromheen gaan hier naar school.

In het vmbo lopen leerlingen in leerjaar 3 en 4 beroepsgerichte stages. Alle leerlingen doen in de onderbouw een maatschappelijke stage van 30 uur. Havo- en vwo-leerlingen lopen een meeloopdag of werken aan een projectstage voor hun profielwerkstuk."""),
    dict(slug="drentse-poort-lyceum", naam="Drentse Poort Lyceum", type="voortgezet-onderwijs",
         plaats="hoogeveen", straat="Lyceumlaan 2", pc="EA", domain="drentsepoort",
         sbb=False, rollen=["school"],
         contacten=[("Sander Wolters", "Decaan havo/vwo", True)],
         text="""Het Drentse Poort Lyceum in Hoogeveen is een school voor havo, vwo en vmbo-tl. Onze leerlingen oriënteren zich op studie en beroep met meeloopdagen, bedrijfsbezoeken en een projectstage in de vijfde klas.

Bedrijven die een meeloopdag of een opdracht voor een profielwerkstuk willen aanbieden, kunnen contact opnemen met de decanen."""),
    dict(slug="praktijkschool-de-vaart", naam="Praktijkschool De Vaart", type="voortgezet-onderwijs",
         plaats="hoogeveen", straat="Vaartweg 118", pc="GT", domain="praktijkschooldevaart",
         sbb=False, rollen=["school"],
         contacten=[("Ingrid Zwiers", "Stagebegeleider", True),
                    ("Mohamed El Amrani", "Jobcoach", False)],
         text="""Praktijkschool De Vaart is een school voor praktijkonderwijs. Onze leerlingen leren het beste door te doen. Vanaf het tweede jaar lopen ze groepsstages, daarna een lintstage van één of twee dagen per week en in het laatste jaar een lange stage die vaak leidt tot een baan.

Een stagebegeleider van school komt regelmatig langs op de stageplek. Zo staan stagebieders er nooit alleen voor."""),
    dict(slug="vso-de-linde", naam="VSO De Linde", type="speciaal-onderwijs",
         plaats="meppel", straat="Lindenlaan 7", pc="RS", domain="vsodelinde",
         sbb=False, rollen=["school"],
         contacten=[("Bert Mulder", "Stagecoördinator", True)],
         text="""VSO De Linde is een school voor voortgezet speciaal onderwijs. Leerlingen van 12 tot 20 jaar krijgen hier les in kleine groepen, met veel aandacht voor rust en structuur.

Stage is een belangrijk deel van ons onderwijs. We zoeken stageplekken waar leerlingen in een rustige omgeving kunnen leren, met een vaste begeleider. Een stagebegeleider van school helpt de leerling en de stagebieder vanaf de eerste kennismaking."""),
    dict(slug="vakcollege-steenwijk", naam="Vakcollege Steenwijk", type="voortgezet-onderwijs",
         plaats="steenwijk", straat="Gasthuislaan 20", pc="GD", domain="vakcollegesteenwijk",
         sbb=False, rollen=["school"],
         contacten=[("Annemarie Post", "Stagecoördinator", True)],
         text="""Vakcollege Steenwijk is een vmbo-school met de profielen Bouwen, wonen en interieur, Produceren, installeren en energie, Zorg en welzijn, Economie en ondernemen en Groen.

Onze leerlingen lopen in het derde jaar een snuffelstage en in het vierde jaar een beroepsgerichte stage van drie weken. Leerlingen in het leerwerktraject lopen twee dagen per week stage."""),
    dict(slug="mbo-college-zuidwest", naam="MBO College Zuidwest", type="mbo-instelling",
         plaats="meppel", straat="Industrieweg 60", pc="AP", domain="mbocollegezuidwest",
         sbb=True, rollen=["school", "stagebieder"],
         contacten=[("Wendy Jansen", "Bpv-coördinator", True),
                    ("Koen de Boer", "Bpv-begeleider techniek", False),
                    ("Saskia Lubbers", "Teamleider facilitair", False)],
         text="""MBO College Zuidwest heeft vestigingen in Meppel en Hoogeveen en biedt opleidingen in zorg en welzijn, techniek, economie, ICT en horeca, van de Entreeopleiding tot niveau 4. Studenten leren in de bol (met stage) of in de bbl (werken en leren).

Ons bpv-bureau is het aanspreekpunt voor leerbedrijven. Daarnaast bieden we zelf stageplekken aan, bijvoorbeeld in het studentenrestaurant, bij de ICT-servicedesk en op de receptie."""),

    # ----------------------------------------------------------------- zorg
    dict(slug="de-horizon", naam="Zorgcentrum De Horizon", type="zorginstelling",
         plaats="meppel", straat="Zomerdijk 12", pc="JK", domain="dehorizon",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Petra van der Linden", "Praktijkopleider", True),
                    ("Gerrit Boersma", "Coördinator vrijwilligers", True)],
         text="""Zorgcentrum De Horizon is een woonzorgcentrum voor ouderen aan de rand van Meppel. Er wonen ongeveer 90 bewoners, sommigen met dementie. Zij krijgen zorg van verzorgenden, verpleegkundigen en een team van activiteitenbegeleiders.

Stagiairs zijn bij ons altijd welkom. We begeleiden studenten van het mbo en het hbo, maar ook vmbo-leerlingen en jongeren die een maatschappelijke stage lopen. Iedere stagiair krijgt een vaste werkbegeleider."""),
    dict(slug="thuiszorg-dichtbij", naam="Thuiszorg Dichtbij", type="zorginstelling",
         plaats="hoogeveen", straat="Grote Kerkstraat 31", pc="CE", domain="thuiszorgdichtbij",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Janneke Smeenge", "Praktijkopleider", False)],
         text="""Thuiszorg Dichtbij helpt mensen in Hoogeveen en omgeving die thuis zorg nodig hebben: bij het wassen en aankleden, met medicijnen of na een ziekenhuisopname. We werken in kleine wijkteams.

Studenten rijden mee met een ervaren collega en leren hoe je zorg geeft bij iemand thuis. Dat vraagt om zelfstandigheid en respect: je bent te gast bij de cliënt."""),
    dict(slug="woonzorg-de-vlonder", naam="Woonzorg De Vlonder", type="zorginstelling",
         plaats="steenwijk", straat="Woldmeentherand 5", pc="NP", domain="devlonder",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Roelof Nijland", "Leercoach", True)],
         text="""Woonzorg De Vlonder biedt wonen, werk en dagbesteding aan volwassenen met een verstandelijke beperking. We hebben woongroepen in Steenwijk en Giethoorn, een dagbestedingscentrum met een houtwerkplaats en een winkel met tweedehands spullen.

Bij ons draait alles om gewoon meedoen. Stagiairs helpen bewoners en deelnemers bij dagelijkse dingen en bij hun werk. Een leercoach begeleidt alle stagiairs."""),
    dict(slug="zorgboerderij-de-eikenhof", naam="Zorgboerderij De Eikenhof", type="agrarisch-bedrijf",
         plaats="koekange", straat="Eikenweg 9", pc="RL", domain="deeikenhof",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Hilde Schuurman", "Eigenaar en begeleider", True)],
         text="""Op Zorgboerderij De Eikenhof werken dagelijks zo'n vijftien deelnemers mee op de boerderij. Sommigen hebben een verstandelijke beperking, anderen zijn ouder of hebben last van psychische problemen. We hebben geiten, kippen, schapen, een moestuin en een boerderijwinkel.

Het werk op de boerderij geeft structuur en rust. Stagiairs werken mee met de deelnemers en leren hoe je iemand begeleidt zonder het werk over te nemen."""),
    dict(slug="apotheek-giethoorn", naam="Apotheek Giethoorn", type="bedrijf",
         plaats="giethoorn", straat="Beulakerweg 80", pc="AG", domain="apotheekgiethoorn",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Nicole Scholten", "Apotheker", False),
                    ("Tamara Keizer", "Hoofd apothekersassistenten", True)],
         text="""Apotheek Giethoorn is een kleine dorpsapotheek met een vast team van zes apothekersassistenten en een apotheker. We kennen onze klanten goed en nemen de tijd voor uitleg.

We bieden plaats aan studenten van de opleiding apothekersassistent. Je leert hier het hele vak: van recepten verwerken tot voorlichting aan de balie."""),

    # ----------------------------------------------------------------- kinderopvang / onderwijs
    dict(slug="kinderopvang-het-speelhuis", naam="Kinderopvang 't Speelhuis", type="kinderopvang",
         plaats="meppel", straat="Kerkplein 4", pc="EB", domain="hetspeelhuis",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Yvonne Dekker", "Locatiemanager", True)],
         text="""Kinderopvang 't Speelhuis heeft een kinderdagverblijf, een peutergroep en een bso in het centrum van Meppel. Elke dag zijn er ongeveer 70 kinderen van 0 tot 12 jaar.

We werken met vaste gezichten op de groepen, zodat kinderen zich veilig voelen. Stagiairs werken mee op één groep en krijgen een vaste begeleider."""),
    dict(slug="bso-de-boomhut", naam="BSO De Boomhut", type="kinderopvang",
         plaats="steenwijk", straat="Oostwal 17", pc="HJ", domain="deboomhut",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Kim Oosterveld", "Pedagogisch coach", True)],
         text="""BSO De Boomhut is een buitenschoolse opvang met veel ruimte om buiten te spelen. Na school komen hier kinderen van vier basisscholen. We hebben een grote tuin met een hut, een moestuintje en een knutsellokaal.

We zijn een klein team en vinden het leuk om stagiairs te begeleiden, van snuffelstage tot bbl."""),
    dict(slug="basisschool-de-regenboog", naam="Basisschool De Regenboog", type="basisschool",
         plaats="havelte", straat="Molenweg 3", pc="BP", domain="deregenboog-havelte",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Esther Wiersma", "Intern begeleider", True)],
         text="""De Regenboog is een basisschool in Havelte met ongeveer 180 leerlingen in acht groepen. We vinden het belangrijk dat kinderen buiten leren, daarom hebben we een groot groen schoolplein.

Stagiairs van de opleiding onderwijsassistent en de pabo zijn van harte welkom. Ook havo- en vwo-leerlingen die willen weten of het onderwijs iets voor hen is, kunnen bij ons een dag meelopen."""),
    dict(slug="cbs-de-wegwijzer", naam="CBS De Wegwijzer", type="basisschool",
         plaats="zuidwolde", straat="Julianastraat 15", pc="CT", domain="dewegwijzer-zuidwolde",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Gijs van Dam", "Directeur", False),
                    ("Marloes Hendriks", "Stagecoördinator", True)],
         text="""CBS De Wegwijzer is een christelijke basisschool in Zuidwolde. We zijn een school waar kinderen en leerkrachten elkaar kennen. De school heeft ongeveer 220 leerlingen.

We werken samen met het mbo en de pabo en bieden elk jaar plekken aan stagiairs. Leerlingen uit het voortgezet onderwijs kunnen bij ons een maatschappelijke stage lopen, bijvoorbeeld als voorleeshulp."""),
    dict(slug="kindcentrum-de-sprong", naam="Kindcentrum De Sprong", type="basisschool",
         plaats="hollandscheveld", straat="Hoofdweg 220", pc="AK", domain="desprong",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Lotte Brouwer", "Coördinator kindcentrum", True)],
         text="""Kindcentrum De Sprong in Hollandscheveld is een basisschool en kinderopvang onder één dak. Kinderen van 0 tot 13 jaar spelen en leren hier de hele dag.

Door de combinatie van school en opvang kunnen stagiairs veel verschillende dingen zien: van een babygroep tot een klas van groep 8."""),

    # ----------------------------------------------------------------- techniek / bouw
    dict(slug="tweewielers-van-dijk", naam="Tweewielers Van Dijk", type="winkel",
         plaats="meppel", straat="Prinsengracht 22", pc="AE", domain="tweewielersvandijk",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Arjan van Dijk", "Eigenaar", True)],
         text="""Tweewielers Van Dijk is een fietsenwinkel met een grote werkplaats. We verkopen en repareren gewone fietsen, e-bikes en bakfietsen. Ons team bestaat uit vijf monteurs en twee verkopers.

We leiden al jaren jongeren op in de werkplaats. Je begint met banden plakken en remmen afstellen en leert stap voor stap meer."""),
    dict(slug="autobedrijf-reestdal", naam="Autobedrijf Reestdal", type="bedrijf",
         plaats="meppel", straat="Blankenstein 310", pc="PX", domain="autobedrijfreestdal",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Marco Timmerman", "Chef werkplaats", True),
                    ("Gea Timmerman", "Administratie", False)],
         text="""Autobedrijf Reestdal is een familiebedrijf met een garage, een apk-station en een verkoop van gebruikte auto's. We onderhouden auto's van alle merken, ook elektrische.

In onze werkplaats werken twee bbl-leerlingen en we hebben elk jaar plek voor stagiairs van het vmbo en het mbo."""),
    dict(slug="plaatwerk-oosterhof", naam="Plaatwerk Oosterhof", type="bedrijf",
         plaats="hoogeveen", straat="Buitenvaart 1406", pc="LK", domain="plaatwerkoosterhof",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Wim Oosterhof", "Directeur", False),
                    ("Dennis Lanting", "Opleidingscoördinator", True)],
         text="""Plaatwerk Oosterhof maakt onderdelen van staal, rvs en aluminium voor machinebouwers in heel Nederland. We werken met lasrobots, kantbanken en een lasersnijder. Er werken 65 mensen.

Techniek leer je in de praktijk. Daarom hebben we een eigen leerwerkplaats waar leerlingen en studenten onder begeleiding aan echte producten werken."""),
    dict(slug="installatiebedrijf-lenters", naam="Installatiebedrijf Lenters", type="bedrijf",
         plaats="hoogeveen", straat="Edisonstraat 14", pc="TC", domain="lenters-installatie",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Bas Lenters", "Werkvoorbereider", True)],
         text="""Installatiebedrijf Lenters legt elektra, warmtepompen en zonnepanelen aan bij woningen en bedrijven. We zijn met 22 monteurs vooral in Drenthe aan het werk.

De energietransitie zorgt voor veel werk. We nemen elk jaar nieuwe bbl-leerlingen aan en bieden stageplekken voor het vmbo en het mbo."""),
    dict(slug="bouwbedrijf-hulsman", naam="Bouwbedrijf Hulsman", type="bedrijf",
         plaats="staphorst", straat="Gemeenteweg 288", pc="CE", domain="bouwbedrijfhulsman",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Jan Hulsman", "Uitvoerder", True),
                    ("Gerda Hulsman", "Personeelszaken", False)],
         text="""Bouwbedrijf Hulsman bouwt en verbouwt woningen en boerderijen in Staphorst en omgeving. We hebben een eigen timmerwerkplaats en werken met vaste onderaannemers.

Onze vakmensen leren graag jongeren het vak. Veel van onze timmerlieden zijn zelf ooit als stagiair bij ons begonnen."""),
    dict(slug="schildersbedrijf-kiers", naam="Schildersbedrijf Kiers", type="bedrijf",
         plaats="vollenhove", straat="Kerkstraat 8", pc="BG", domain="schildersbedrijfkiers",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Tom Kiers", "Eigenaar", True)],
         text="""Schildersbedrijf Kiers is een klein bedrijf met acht schilders. We schilderen binnen en buiten, zetten glas en doen onderhoud aan monumentale panden in Vollenhove en Blokzijl.

Bij ons leer je het vak van de grond af: schuren, plamuren, kitten en strak schilderen."""),
    dict(slug="drukkerij-de-zetter", naam="Drukkerij De Zetter", type="bedrijf",
         plaats="meppel", straat="Nijverheidsweg 19", pc="BR", domain="drukkerijdezetter",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Ilse Kroeze", "Productieleider", True)],
         text="""Drukkerij De Zetter drukt folders, boeken, verpakkingen en stickers voor klanten in heel Nederland. Naast offset- en digitale drukpersen hebben we een afdeling vormgeving en een afwerkingsafdeling.

We bieden stageplekken in de productie en in de vormgeving."""),
    dict(slug="fluisterbootverhuur-het-dorp", naam="Fluisterbootverhuur Het Dorp", type="bedrijf",
         plaats="giethoorn", straat="Binnenpad 48", pc="AM", domain="fluisterboot-hetdorp",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Rick Hoogland", "Bedrijfsleider", True)],
         text="""Fluisterbootverhuur Het Dorp verhuurt elektrische sloepen en kano's aan toeristen die Giethoorn vanaf het water willen zien. In de zomer is het hier heel druk, in de winter onderhouden we de vloot.

We zoeken stagiairs voor de verhuurbalie en voor de technische dienst."""),

    # ----------------------------------------------------------------- ict / media
    dict(slug="bitwerk-ict", naam="Bitwerk ICT", type="bedrijf",
         plaats="meppel", straat="Mercuriusstraat 9", pc="TL", domain="bitwerk",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Niels Brink", "Teamleider servicedesk", True),
                    ("Eva Koster", "Lead developer", False)],
         text="""Bitwerk ICT zorgt voor de computers, netwerken en software van zo'n honderd bedrijven in de regio. We hebben een servicedesk, een team systeembeheerders en een klein team ontwikkelaars dat webapplicaties bouwt.

Studenten werken bij ons mee aan echte klussen, met een vaste begeleider die je helpt als je vastloopt."""),
    dict(slug="computerhulp-westerveld", naam="Computerhulp Westerveld", type="bedrijf",
         plaats="diever", straat="Hoofdstraat 33", pc="CA", domain="computerhulpwesterveld",
         sbb=False, rollen=["stagebieder"],
         contacten=[("Frank Lamberts", "Eigenaar", True)],
         text="""Computerhulp Westerveld is een kleine winkel met reparatieservice in Diever. We repareren laptops en telefoons, en helpen ouderen thuis met hun computer of tablet.

Een stagiair helpt mee in de werkplaats en gaat mee op huisbezoek."""),
    dict(slug="studio-reestlicht", naam="Studio Reestlicht", type="bedrijf",
         plaats="meppel", straat="Kaapstraat 2", pc="BN", domain="reestlicht",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Joyce Kamphuis", "Fotograaf en vormgever", True)],
         text="""Studio Reestlicht is een creatief bureau voor fotografie, video en vormgeving. We maken foto's en filmpjes voor bedrijven, scholen en evenementen en ontwerpen huisstijlen en websites.

We zijn met vier mensen en werken aan veel verschillende opdrachten tegelijk."""),

    # ----------------------------------------------------------------- handel / horeca
    dict(slug="supermarkt-de-korf", naam="Supermarkt De Korf", type="winkel",
         plaats="hoogeveen", straat="Alteveerstraat 50", pc="BC", domain="dekorf",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Erik Prins", "Bedrijfsleider", True)],
         text="""Supermarkt De Korf is een zelfstandige supermarkt in Hoogeveen met een eigen bakkerij- en versafdeling. Er werken ruim 80 mensen, van wie veel scholieren met een bijbaan.

We bieden stageplekken voor leerlingen van het praktijkonderwijs, het vmbo en de Entreeopleiding. Veel stagiairs blijven daarna bij ons werken."""),
    dict(slug="tuincentrum-de-linde", naam="Tuincentrum De Linde", type="winkel",
         plaats="linde", straat="Lindeweg 2", pc="PA", domain="tuincentrumdelinde",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Jolanda Meijer", "Afdelingsleider planten", True)],
         text="""Tuincentrum De Linde verkoopt planten, tuingereedschap, dierbenodigdheden en woonaccessoires. In het voorjaar is het hier een drukte van belang, in december staat alles in het teken van kerst.

Stagiairs werken mee op de plantenafdeling, in de dierenhoek of aan de kassa."""),
    dict(slug="bakkerij-mulder", naam="Bakkerij Mulder", type="winkel",
         plaats="nijeveen", straat="Dorpsstraat 14", pc="AA", domain="bakkerijmulder",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Harm Mulder", "Bakker en eigenaar", True)],
         text="""Bakkerij Mulder is een ambachtelijke bakkerij in Nijeveen, al drie generaties in de familie. We bakken elke nacht brood, banket en koek voor de eigen winkel en voor een paar restaurants in de buurt.

In de bakkerij begint de dag vroeg. Stagiairs onder de 16 jaar werken bij ons alleen overdag, in de winkel of bij het banket."""),
    dict(slug="herberg-de-drie-linden", naam="Herberg De Drie Linden", type="horecabedrijf",
         plaats="ruinen", straat="Brink 6", pc="AB", domain="dedrielinden",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Martijn Wessels", "Chef-kok", True),
                    ("Femke Wessels", "Gastvrouw en eigenaar", False)],
         text="""Herberg De Drie Linden is een hotel-restaurant aan de Brink in Ruinen, met 18 kamers, een restaurant en een terras onder de bomen. Veel gasten komen hier om te fietsen en te wandelen in het Drents-Friese Wold en het Dwingelderveld.

We leiden koks, medewerkers bediening en receptionisten op. Ook vmbo-leerlingen met het profiel Horeca, bakkerij en recreatie zijn welkom."""),
    dict(slug="camping-het-wapserveld", naam="Camping Het Wapserveld", type="horecabedrijf",
         plaats="wapse", straat="Bosweg 21", pc="TG", domain="hetwapserveld",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Ria Bosch", "Eigenaar", True)],
         text="""Camping Het Wapserveld ligt midden in de bossen bij Wapse. We hebben 120 kampeerplekken, 12 chalets, een kantine en een speelweide. Van april tot oktober zijn we open; in de winter wordt er geklust.

Stagiairs helpen bij de receptie, het animatieprogramma en het onderhoud van het terrein."""),
    dict(slug="lunchroom-de-kaasboerin", naam="Lunchroom De Kaasboerin", type="horecabedrijf",
         plaats="vollenhove", straat="Kerkplein 12", pc="AR", domain="dekaasboerin",
         sbb=False, rollen=["stagebieder"],
         contacten=[("Anita Dunnink", "Eigenaar", True)],
         text="""Lunchroom De Kaasboerin is een klein familiebedrijf aan het Kerkplein in Vollenhove. We serveren broodjes, soep, taart en natuurlijk kaas van boerderijen uit de buurt.

We zijn een leerbedrijf voor de horeca, maar hebben (nog) geen SBB-erkenning. Daarom bieden we vooral snuffelstages en plekken voor het vmbo."""),

    # ----------------------------------------------------------------- dieren / natuur / groen
    dict(slug="kinderboerderij-de-hooiberg", naam="Kinderboerderij De Hooiberg", type="stichting",
         plaats="hoogeveen", straat="Parkweg 4", pc="JS", domain="dehooiberg",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Marjolein Smit", "Beheerder", True)],
         text="""Kinderboerderij De Hooiberg ligt in het stadspark van Hoogeveen. We hebben geiten, schapen, varkens, konijnen, kippen en twee pony's. De kinderboerderij is elke dag open en gratis te bezoeken.

Een beheerder en een groep vrijwilligers zorgen voor de dieren. We hebben veel ervaring met stagiairs uit het praktijkonderwijs en het vso."""),
    dict(slug="dierenkliniek-westerveld", naam="Dierenkliniek Westerveld", type="bedrijf",
         plaats="dwingeloo", straat="Brink 30", pc="CJ", domain="dierenkliniekwesterveld",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Rianne Haverkamp", "Dierenarts", False),
                    ("Sven Ottens", "Paraveterinair", True)],
         text="""Dierenkliniek Westerveld is een praktijk voor gezelschapsdieren en paarden. Er werken drie dierenartsen en vier paraveterinairen. We hebben een eigen operatiekamer en een opnameruimte.

We begeleiden studenten van de opleiding dierenartsassistent paraveterinair. Vmbo-leerlingen met interesse in dieren kunnen een meeloopdag aanvragen."""),
    dict(slug="melkveebedrijf-kleine-haar", naam="Melkveebedrijf Kleine Haar", type="agrarisch-bedrijf",
         plaats="rouveen", straat="Oosterparallelweg 52", pc="PJ", domain="kleinehaar",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Gerwin Kleine Haar", "Melkveehouder", True)],
         text="""Melkveebedrijf Kleine Haar is een familiebedrijf met 140 melkkoeien, jongvee en 80 hectare grasland. We melken met twee melkrobots en doen veel aan weidegang en natuurbeheer.

Op de boerderij is elke dag anders. Stagiairs helpen bij het voeren, de verzorging van de kalveren en het werk op het land."""),
    dict(slug="hoveniersbedrijf-veldkamp", naam="Hoveniersbedrijf Veldkamp", type="bedrijf",
         plaats="zuidwolde", straat="Havezateweg 17", pc="RN", domain="hoveniersbedrijfveldkamp",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Rutger Veldkamp", "Eigenaar", True)],
         text="""Hoveniersbedrijf Veldkamp legt tuinen aan en onderhoudt ze, voor particulieren en voor bedrijven. We werken met tien hoveniers in heel De Wolden en Hoogeveen.

Je bent bij ons vooral buiten. We leren je bestraten, snoeien en beplanten, en je werkt met machines onder begeleiding."""),
    dict(slug="bezoekerscentrum-heideroosje", naam="Bezoekerscentrum Heideroosje", type="stichting",
         plaats="dwingeloo", straat="Heideweg 1", pc="PK", domain="heideroosje",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Anke de Groot", "Coördinator educatie", True)],
         text="""Bezoekerscentrum Heideroosje vertelt bezoekers over de heide, het veen en de dieren in het natuurgebied bij Dwingeloo. We organiseren excursies, een speurtocht voor kinderen en werkdagen met vrijwilligers.

Stagiairs helpen bij de ontvangst, bij activiteiten voor kinderen en bij het natuurbeheer."""),

    # ----------------------------------------------------------------- logistiek
    dict(slug="transportbedrijf-zwiers", naam="Transportbedrijf Zwiers", type="bedrijf",
         plaats="staphorst", straat="Industrieweg 25", pc="DP", domain="transportzwiers",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Hendrik Zwiers", "Planner", True)],
         text="""Transportbedrijf Zwiers vervoert levensmiddelen en bouwmaterialen door heel Nederland en Duitsland. We hebben 45 vrachtwagens, een eigen werkplaats en een opslagloods aan de A28.

Stagiairs kunnen mee in de planning, in het magazijn of als bijrijder op de vrachtwagen."""),
    dict(slug="distributiecentrum-noordhoek", naam="Distributiecentrum Noordhoek", type="bedrijf",
         plaats="meppel", straat="Noordhoek 40", pc="WA", domain="dc-noordhoek",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Laura Visscher", "HR-adviseur", False),
                    ("Stefan Hofman", "Teamleider magazijn", True)],
         text="""Distributiecentrum Noordhoek slaat producten op voor webwinkels en verstuurt elke dag duizenden pakketten. We werken met scanners, een sorteerband en een modern magazijnbeheersysteem.

We hebben een eigen leerlijn voor nieuwe medewerkers. Stagiairs beginnen met orderpicken en leren daarna andere taken."""),

    # ----------------------------------------------------------------- overheid
    dict(slug="waterschap-oude-vaart", naam="Waterschap Oude Vaart", type="overheid",
         plaats="meppel", straat="Dijkweg 100", pc="MN", domain="waterschapoudevaart",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Daan Jonker", "Stagecoördinator", True)],
         text="""Waterschap Oude Vaart zorgt voor droge voeten en schoon water in Zuidwest-Drenthe en de Kop van Overijssel. We onderhouden dijken, sloten en gemalen en zuiveren het afvalwater.

Bij het waterschap werken technici, ecologen, juristen en administratief medewerkers. We bieden stages en meeloopdagen voor het mbo en hbo, en projectopdrachten voor havo en vwo."""),
    dict(slug="servicecentrum-drie-gemeenten", naam="Servicecentrum Drie Gemeenten", type="overheid",
         plaats="hoogeveen", straat="Raadhuisplein 24", pc="AB", domain="servicecentrum3g",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Carla Boonstra", "Teamleider publiekszaken", True),
                    ("Yusuf Demir", "Medewerker HR", False)],
         text="""Het Servicecentrum Drie Gemeenten doet de publiekszaken, de klantcontacten en het beheer van de openbare ruimte voor drie gemeenten in de regio. Inwoners komen hier voor een paspoort, een melding over de straat of een vraag over afval.

We bieden stageplekken bij het klantcontactcentrum, de buitendienst en de administratie."""),

    # ----------------------------------------------------------------- sport / cultuur
    dict(slug="zwemcentrum-de-waterlelie", naam="Sport- en Zwemcentrum De Waterlelie", type="stichting",
         plaats="steenwijk", straat="Sportlaan 2", pc="KL", domain="dewaterlelie",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Bram Lindeboom", "Coördinator sport en bewegen", True)],
         text="""Sport- en Zwemcentrum De Waterlelie heeft een binnenbad, een buitenbad en een sporthal. Er zijn zwemlessen, aquarobics, schoolzwemmen en activiteiten voor ouderen.

Studenten van de opleidingen sport en bewegen lopen hier stage als assistent-instructeur. Voor vmbo-leerlingen zijn er snuffelstages en maatschappelijke stages."""),
    dict(slug="fitnesscentrum-energiek", naam="Fitnesscentrum Energiek", type="bedrijf",
         plaats="hoogeveen", straat="Schutstraat 90", pc="CG", domain="energiek",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Romy Seinen", "Manager", True)],
         text="""Fitnesscentrum Energiek is een sportschool met fitness, groepslessen en een programma voor mensen die na een blessure of ziekte weer willen gaan bewegen.

Stagiairs helpen bij de begeleiding van leden op de vloer en bij groepslessen."""),
    dict(slug="sportclub-wolden-sprint", naam="Sportclub Wolden Sprint", type="vereniging",
         plaats="de-wijk", straat="Sportpark 1", pc="GH", domain="woldensprint",
         sbb=False, rollen=["stagebieder"],
         contacten=[("Johan Bouwmeester", "Jeugdcoördinator", True)],
         text="""Sportclub Wolden Sprint is een omnivereniging met voetbal, atletiek en gymnastiek voor alle leeftijden. De club draait helemaal op vrijwilligers.

Leerlingen kunnen bij ons hun maatschappelijke stage lopen als hulptrainer bij de jeugd of bij de organisatie van toernooien."""),
    dict(slug="cultuurhuis-de-lantaarn", naam="Cultuurhuis De Lantaarn", type="stichting",
         plaats="meppel", straat="Hoofdstraat 55", pc="AC", domain="delantaarn",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Sophie Nijboer", "Programmeur", False),
                    ("Rob Geertsma", "Technisch coördinator", True)],
         text="""Cultuurhuis De Lantaarn is het huis voor bibliotheek, muziekschool en kleine theatervoorstellingen in Meppel. Er is een zaal met 250 stoelen, een filmzaal en lokalen voor cursussen.

Stagiairs kunnen meewerken in de theatertechniek, bij de bibliotheek of bij de organisatie van activiteiten."""),
    dict(slug="museum-het-turfschip", naam="Museum Het Turfschip", type="stichting",
         plaats="nieuwlande", straat="Vaart OZ 12", pc="AS", domain="hetturfschip",
         sbb=False, rollen=["stagebieder"],
         contacten=[("Klaas Hoving", "Voorzitter", False),
                    ("Ellen Venema", "Coördinator vrijwilligers", True)],
         text="""Museum Het Turfschip vertelt het verhaal van de turfwinning en de veenkoloniën rond Hoogeveen. Het museum heeft een oude turfschuit, een werkplaats en een klein café.

Het museum wordt gerund door vrijwilligers. Jongeren die een maatschappelijke stage lopen zijn van harte welkom."""),

    # ----------------------------------------------------------------- economie / verzorging
    dict(slug="administratiekantoor-bosch-meijer", naam="Administratiekantoor Bosch & Meijer", type="bedrijf",
         plaats="meppel", straat="Wilhelminapark 8", pc="AT", domain="boschmeijer",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Ellen Bosch", "Partner", False),
                    ("Thijs Meijer", "Praktijkopleider", True)],
         text="""Administratiekantoor Bosch & Meijer verzorgt de boekhouding, de salarisadministratie en de belastingaangiften van ondernemers en particulieren. We werken met twaalf mensen in een monumentaal pand aan het Wilhelminapark.

Stagiairs van de opleidingen financiële administratie en bedrijfsadministratie leren bij ons het echte werk."""),
    dict(slug="verzekeringen-dekker", naam="Dekker Verzekeringen", type="bedrijf",
         plaats="staphorst", straat="Gemeenteweg 120", pc="CA", domain="dekkerverzekeringen",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Marieke Dekker", "Adviseur", True)],
         text="""Dekker Verzekeringen is een onafhankelijk advieskantoor voor verzekeringen en hypotheken. We hebben veel klanten uit de landbouw en het mkb in Staphorst en omgeving.

Stagiairs werken mee in de binnendienst: klanten te woord staan, polissen verwerken en schades afhandelen."""),
    dict(slug="kapsalon-knipmooi", naam="Kapsalon Knipmooi", type="winkel",
         plaats="steenwijk", straat="Onnastraat 11", pc="HE", domain="knipmooi",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Naomi de Haan", "Eigenaar", True)],
         text="""Kapsalon Knipmooi is een gezellige salon voor dames, heren en kinderen in de binnenstad van Steenwijk. We werken met vier kappers en altijd één of twee stagiairs.

Je leert bij ons haren wassen, föhnen en stap voor stap knippen en kleuren."""),
    dict(slug="beautysalon-puur", naam="Beautysalon Puur", type="winkel",
         plaats="hoogeveen", straat="Hoofdstraat 140", pc="BD", domain="beautysalonpuur",
         sbb=True, rollen=["stagebieder"],
         contacten=[("Linda Hofstee", "Schoonheidsspecialist", True)],
         text="""Beautysalon Puur biedt gezichtsbehandelingen, pedicure, manicure en visagie. De salon heeft drie behandelkamers en een kleine winkel met verzorgingsproducten.

We begeleiden studenten van de opleidingen schoonheidsspecialist en allround medewerker uiterlijke verzorging."""),
]
