"""The two handbooks: index text and chapters (slug, titel, body)."""

HANDBOEKEN = [
    dict(
        boek="leerlingen",
        titel="Handboek voor leerlingen",
        doelgroep=["leerlingen", "ouders"],
        volgorde=1,
        intro="""Ga je binnenkort op stage? In dit handboek lees je alles wat je moet weten: van het zoeken van een stageplek tot de laatste dag.

Je hoeft het niet in één keer te lezen. Kijk in de hoofdstukken wat je op dit moment nodig hebt. Heb je een vraag die hier niet staat? Vraag het aan je mentor of stagecoördinator, of neem contact op met het stagebureau.

Ouders en verzorgers kunnen dit handboek ook lezen. Zo weet u wat uw kind te wachten staat en hoe u kunt helpen.""",
        hoofdstukken=[
            ("voor-je-begint", "Voor je begint", """Een stage is een periode waarin je leert in een echt bedrijf of een echte organisatie. Je ziet hoe het werk gaat, je doet zelf mee en je ontdekt wat je goed kunt en wat je leuk vindt. Stage hoort bij je opleiding: je school spreekt met het bedrijf af wat je gaat leren.

## Welke soorten stages zijn er?

Er zijn veel soorten stages. Welke je loopt, hangt af van je school en je leerjaar.

- **Maatschappelijke stage.** Je doet vrijwilligerswerk, bijvoorbeeld bij een sportclub, in een zorgcentrum of bij de kinderboerderij. Vaak is dat 30 uur in de onderbouw.
- **Snuffelstage of meeloopdag.** Je kijkt een of een paar dagen mee om een beroep te leren kennen.
- **Beroepsgerichte stage.** In de bovenbouw van het vmbo loop je een paar weken stage die past bij je profiel.
- **Lintstage.** Je gaat een vaste dag per week naar je stageplek, een half jaar of langer. Dat komt veel voor in het praktijkonderwijs.
- **Bol-stage en bbl.** In het mbo heet stage beroepspraktijkvorming (bpv). In de bol loop je stage naast school, in de bbl werk je en ga je één dag per week naar school.
- **Projectstage.** Je werkt aan een echte opdracht, bijvoorbeeld voor je profielwerkstuk of je hbo-opleiding.

## Wat wil jij?

Denk voordat je gaat zoeken goed na over jezelf. Wat vind je leuk? Werk je liever met mensen, met dieren, met je handen of met een computer? Ben je graag buiten of juist binnen? Wil je in een groot bedrijf werken of in een klein team?

Schrijf drie dingen op die je leuk vindt en drie dingen die je goed kunt. Bespreek ze met je mentor of met je ouders. Zo weet je beter waar je naar zoekt. En weet je het nog niet precies? Dan is een snuffelstage of meeloopdag een goed begin.

## Wie helpt je?

Op school heb je een mentor en meestal een stagecoördinator. Zij helpen je bij het zoeken en houden contact met je stageplek. Op je stageplek krijg je een werkbegeleider: de persoon die je de weg wijst en bij wie je met vragen terechtkunt. Het stagebureau helpt scholen en bedrijven om elkaar te vinden."""),
            ("een-stage-zoeken", "Een stageplek zoeken", """Op deze site vind je alle stageplekken in de regio. Je kunt zoeken op sector, op niveau, op soort stage en op plaats. Zo zie je snel welke plekken bij jou passen.

## Zo zoek je slim

1. **Begin op tijd.** Populaire plekken zijn snel vol. Begin minstens twee maanden voor je stage met zoeken, voor het mbo liever nog eerder.
2. **Kijk naar je niveau.** Bij elke vacature staat voor welke niveaus hij geschikt is. Staat jouw niveau er niet bij, maar lijkt het je toch leuk? Vraag het dan gewoon.
3. **Kijk naar de reistijd.** Zoek een plek die je met de fiets of het ov goed kunt bereiken. Reken uit hoe lang je onderweg bent, ook bij slecht weer.
4. **Lees de hele vacature.** Daarin staat wat je gaat doen, wat je leert en wat het bedrijf van je vraagt.
5. **Kies er een paar.** Maak een lijstje van drie of vier plekken die je leuk vindt. Dan heb je een reserve als je eerste keuze niet lukt.

## Hoe reageer je?

Bij elke vacature staat hoe je reageert. Er zijn drie manieren:

- **Via het stagebureau.** Je stuurt een mail of belt de stagemakelaar die bij de vacature staat. Zij leggen het contact met het bedrijf.
- **Via je school.** Je meldt je bij je stagecoördinator. Die neemt contact op met het bedrijf.
- **Direct.** Je neemt zelf contact op met het bedrijf, meestal door te bellen. In het hoofdstuk over solliciteren lees je hoe je dat aanpakt.

## Zelf een plek gevonden?

Ken je zelf een bedrijf waar je graag stage wilt lopen, maar staat het niet op deze site? Dat kan ook. Overleg wel eerst met je school. Die moet controleren of de plek past bij je opleiding en of er goede begeleiding is. Voor het mbo moet het bedrijf meestal erkend zijn als leerbedrijf door SBB.

## Lukt het niet?

Heb je al een paar keer een nee gekregen? Dat is vervelend, maar het overkomt veel leerlingen. Vraag waarom het niet lukte, zodat je er iets van leert. Ga daarna samen met je mentor of het stagebureau opnieuw zoeken. Geef niet op: er is echt een plek voor je."""),
            ("solliciteren", "Solliciteren", """Solliciteren betekent dat je laat zien wie je bent en waarom je graag op een bepaalde plek stage wilt lopen. Voor een stage hoeft dat niet ingewikkeld te zijn. Een bedrijf verwacht niet dat je alles al kunt. Het wil vooral zien dat je gemotiveerd bent.

## Bellen of mailen

Vaak is het eerste contact een telefoontje of een mail. Bereid je goed voor:

- Schrijf op wat je wilt zeggen: wie je bent, van welke school, welke stage en wanneer.
- Zorg dat je een rustige plek hebt en je agenda bij de hand.
- Schrijf de naam op van degene die je spreekt.

Een mail begin je met "Beste meneer ..." of "Beste mevrouw ...". Houd de mail kort en controleer hem op taalfouten. Vergeet je naam, je school en je telefoonnummer niet.

## Je brief en cv

Sommige bedrijven vragen om een korte brief en een cv. In de brief schrijf je:

1. welke stage je zoekt en wanneer;
2. waarom je juist bij dit bedrijf wilt werken;
3. wat je al kunt of wat je graag wilt leren.

Op je cv zet je je gegevens, je school, je bijbaantjes of vrijwilligerswerk en je hobby's. Een foto is niet verplicht. Op deze site vind je bij de materialen een voorbeeldbrief en een sjabloon.

## Het kennismakingsgesprek

Word je uitgenodigd voor een gesprek? Gefeliciteerd! Zo bereid je je voor:

- Zoek op wat het bedrijf doet. Kijk op de website en lees de vacature nog eens.
- Bedenk twee of drie vragen die je wilt stellen, bijvoorbeeld: "Wat doe ik op een gewone dag?"
- Zoek uit hoe je er komt en vertrek op tijd.
- Trek schone, nette kleren aan die passen bij het werk.

Tijdens het gesprek geef je een hand (als dat past), kijk je de ander aan en vertel je eerlijk wie je bent. Weet je iets niet? Zeg dat dan gewoon. Aan het eind bedank je voor het gesprek en vraag je wanneer je iets hoort.

## Na het gesprek

Hoor je na een week nog niets? Dan mag je zelf even bellen of mailen. Krijg je de plek, laat dan je school zo snel mogelijk weten dat het gelukt is. Dan kan de stageovereenkomst worden gemaakt."""),
            ("op-stage", "Op stage", """Je hebt een stageplek. Nu begint het echte werk. In dit hoofdstuk lees je wat je kunt verwachten en wat er van je verwacht wordt.

## De stageovereenkomst

Voordat je begint, tekenen jij, je school en het bedrijf een stageovereenkomst. Ben je jonger dan 18, dan tekenen je ouders of verzorgers ook. In de overeenkomst staat wanneer je stage loopt, hoeveel uur, wie je begeleider is en wat je gaat leren. Ook staat erin hoe het zit met verzekeringen. Lees hem goed door en bewaar een kopie.

## Afspraken op je stageplek

Elk bedrijf heeft eigen regels. Vraag op je eerste dag naar:

- de werktijden en pauzes;
- wat je aantrekt en of je beschermende kleding nodig hebt;
- hoe je je ziekmeldt en bij wie;
- of je je telefoon mag gebruiken tijdens het werk;
- wat je wel en niet mag vertellen over klanten, cliënten of patiënten.

## Hoe gedraag je je?

Een stageplek is geen school. Je bent een collega, ook al ben je er maar kort. Dat betekent:

- Je bent op tijd. Ben je toch te laat, dan bel je vooraf.
- Je groet collega's en klanten.
- Je vraagt wat je moet doen als je klaar bent, in plaats van te wachten.
- Je vraagt om uitleg als je iets niet begrijpt.
- Je gaat zorgvuldig om met spullen van het bedrijf.

## Veiligheid

Je werkgever moet zorgen dat je veilig kunt werken. Voor jongeren onder de 18 gelden extra regels. Je mag bijvoorbeeld niet met gevaarlijke stoffen werken en niet alleen met gevaarlijke machines. Ook zijn er regels voor hoe lang je per dag en per week mag werken. Bij de tips op deze site staat er meer over. Voel je je niet veilig? Stop dan en meld het direct bij je begeleider.

## Opdrachten van school

Vaak krijg je opdrachten mee van school. Bespreek die in de eerste week met je werkbegeleider, zodat jullie samen kunnen plannen wanneer je eraan werkt. Houd een logboek bij: schrijf elke dag kort op wat je hebt gedaan en geleerd. Dat helpt bij je verslag en bij je beoordeling."""),
            ("als-er-iets-misgaat", "Als er iets misgaat", """Meestal gaat een stage goed. Maar soms loopt het anders dan je hoopte. Misschien vind je het werk saai, heb je ruzie met een collega, of gebeurt er iets waar je je niet prettig bij voelt. Wat doe je dan?

## Praat erover

Het belangrijkste is: houd het niet voor jezelf. Kleine problemen worden groot als je er niets mee doet. Begin bij je werkbegeleider. Zeg eerlijk wat er is, bijvoorbeeld: "Ik heb al een paar dagen niets te doen. Kan ik iets anders leren?" Vaak is het dan snel opgelost.

Lukt dat niet, of gaat het over je werkbegeleider zelf? Neem dan contact op met je stagebegeleider of mentor op school. Die kan met het bedrijf praten en samen met jou naar een oplossing zoeken.

## Als het echt niet goed gaat

Er zijn situaties waarin je direct hulp moet vragen:

- Iemand doet of zegt dingen die je niet fijn vindt, bijvoorbeeld grappen over je uiterlijk, je afkomst of je geloof, of iemand raakt je aan terwijl je dat niet wilt.
- Je moet werk doen dat gevaarlijk is of waarvoor je niet bent opgeleid.
- Je moet veel meer uren maken dan is afgesproken.
- Je wordt gepest of buitengesloten.

Bel of mail dan dezelfde dag je school. Je mag ook met je ouders praten of met de vertrouwenspersoon van je school. Je krijgt geen problemen omdat je iets meldt. Het is juist goed dat je het zegt.

## Een ongeluk

Gebeurt er een ongeluk, ook als het klein lijkt? Vertel het direct aan je werkbegeleider en laat het opschrijven. Meld het ook bij school. School en bedrijf hebben verzekeringen voor stagiairs. Daarvoor is het belangrijk dat het ongeluk op tijd is gemeld.

## Stoppen met je stage

Soms past een stageplek echt niet. Stop dan niet zomaar: bespreek het eerst met school. Samen beslissen jullie of je stopt en wat er daarna gebeurt. Vaak kun je op een andere plek verder. Een stage die niet goed ging, is geen mislukking. Je hebt geleerd wat je niet wilt, en ook dat is waardevol."""),
            ("afronden", "Je stage afronden", """Je stage zit erop, of bijna. Een goede afsluiting is belangrijk: voor je beoordeling, maar ook voor later. Misschien wil je hier ooit nog werken, of heb je een referentie nodig.

## De beoordeling

Aan het eind van je stage vult je werkbegeleider een beoordelingsformulier in. Daarin staat hoe het ging met je werk, je houding en je samenwerking. Vaak is er ook een eindgesprek, soms samen met je begeleider van school. Bereid je daarop voor:

- Lees je logboek terug. Wat heb je allemaal gedaan?
- Bedenk wat goed ging en wat je moeilijk vond.
- Bedenk wat je de volgende keer anders zou doen.

Luister goed naar de feedback die je krijgt. Ben je het ergens niet mee eens? Zeg dat dan rustig en leg uit waarom.

## Je verslag of presentatie

Op veel scholen maak je een stageverslag of geef je een presentatie. Daarin vertel je over het bedrijf, over je werk en over wat je hebt geleerd. Gebruik foto's alleen als het bedrijf daar toestemming voor geeft, en zet geen klanten of cliënten herkenbaar in beeld. Bij de tips op deze site staat hoe je een goed verslag schrijft.

## Bedanken

Vergeet niet je collega's en je werkbegeleider te bedanken. Een kaartje, een zelfgebakken taart of een paar vriendelijke woorden worden altijd gewaardeerd. Vraag of je mag laten weten hoe het verder met je gaat.

## Terugkijken en vooruitkijken

Elke stage leert je iets over jezelf. Misschien weet je nu zeker welk beroep je wilt. Of misschien juist niet, en ga je verder zoeken. Beide zijn goed. Bespreek met je mentor wat je hebt ontdekt en wat dat betekent voor je keuzes, bijvoorbeeld voor je profiel of je vervolgopleiding.

Bewaar je beoordeling en eventuele certificaten goed. Je kunt ze later gebruiken bij een sollicitatie voor een bijbaan of een vervolgopleiding."""),
        ],
    ),
    dict(
        boek="stagebieders",
        titel="Handboek voor stagebieders",
        doelgroep=["stagebieders", "makelaars"],
        volgorde=2,
        intro="""Dit handboek is voor bedrijven, instellingen en verenigingen die stagiairs ontvangen of dat willen gaan doen. U leest waarom een stagiair waardevol is, hoe u een stageplek aanbiedt en hoe u een leerling goed begeleidt.

Het stagebureau helpt u graag verder. Neem contact op met een van de stagemakelaars als u vragen hebt of een kennismaking wilt plannen.""",
        hoofdstukken=[
            ("waarom-een-stagiair", "Waarom een stagiair?", """Een stagiair begeleiden kost tijd. Toch kiezen steeds meer organisaties in onze regio ervoor. Dat heeft goede redenen.

## Nieuwe collega's van morgen

In veel sectoren is het lastig om personeel te vinden: in de zorg, de techniek, de bouw, de kinderopvang en het onderwijs. Jongeren kiezen een beroep op basis van wat ze zien en meemaken. Een goede stage is vaak het moment waarop een leerling besluit: dit wil ik worden. Veel stagiairs komen later terug voor een bijbaan, een bbl-plek of een vaste baan.

## Een frisse blik

Een stagiair stelt vragen die u zelf niet meer stelt. Waarom doen we dit zo? Kan dat niet handiger? Jongeren zijn vaak handig met digitale middelen en social media. Een projectstagiair van de havo, het vwo of het hbo kan bovendien een vraagstuk onderzoeken waar u zelf niet aan toekomt.

## Goed voor uw team

Medewerkers die een stagiair begeleiden, kijken opnieuw naar hun eigen werk. Ze leren uitleggen, feedback geven en coachen. Dat zijn vaardigheden die ook in het eigen team van pas komen. Veel werkbegeleiders vinden het bovendien gewoon leuk om hun vak door te geven.

## Maatschappelijke betrokkenheid

Met een stageplek draagt u bij aan de toekomst van jongeren in de regio. Dat geldt zeker voor leerlingen die wat extra steun nodig hebben, zoals leerlingen uit het praktijkonderwijs of het voortgezet speciaal onderwijs. Voor hen kan een stage het begin zijn van een baan en een zelfstandig leven.

## Wat kost het?

De belangrijkste investering is tijd. Reken in de eerste week op een paar uur per dag voor uitleg en begeleiding. Daarna wordt dat minder. Een stagevergoeding is niet verplicht, maar wordt wel gewaardeerd, zeker in het mbo. Voor bbl-leerlingen geldt dat zij een arbeidsovereenkomst en salaris krijgen. Voor erkende leerbedrijven bestaan soms subsidieregelingen; de stagemakelaar kan u daarover informeren."""),
            ("een-stageplek-aanbieden", "Een stageplek aanbieden", """Wilt u een stageplek aanbieden? Dat kan op verschillende manieren. De makkelijkste weg loopt via het stagebureau.

## Stap 1: kennismaken

Neem contact op met een van de stagemakelaars. We komen graag langs om kennis te maken. We vragen wat uw organisatie doet, welke taken een stagiair kan uitvoeren en wie de begeleiding op zich neemt. Ook kijken we samen welke leerlingen het beste bij u passen: vmbo, praktijkonderwijs, mbo, havo, vwo of hbo.

## Stap 2: de stageplek beschrijven

Daarna beschrijven we samen de stageplek. Een goede beschrijving bevat:

- wat de stagiair gaat doen, zo concreet mogelijk;
- wat de stagiair leert;
- wat u van de stagiair vraagt, bijvoorbeeld een minimumleeftijd, een VOG of goed kunnen tillen;
- de periode, de werkdagen en het aantal uren;
- wie de werkbegeleider is;
- of de plek geschikt is voor leerlingen die extra begeleiding nodig hebben, en of de werkplek toegankelijk is voor een rolstoel.

Schrijf in eenvoudige taal. De lezers zijn jongeren van 12 tot 25 jaar. Vermijd vakjargon en afkortingen, of leg ze uit.

## Stap 3: publiceren

Het stagebureau zet de vacature op deze site. U bepaalt zelf hoe leerlingen reageren: via het stagebureau, via hun school of direct bij u. Kiest u voor direct contact, dan publiceren we een telefoonnummer en een e-mailadres. Persoonlijke gegevens van uw medewerkers publiceren we alleen als u daar toestemming voor geeft.

## Stap 4: bijhouden

Is de plek vol? Laat het ons weten, dan zetten we de vacature op vol. De pagina blijft bestaan, zodat links blijven werken, maar leerlingen zien dat ze niet meer kunnen reageren. Zo krijgt u geen reacties meer op een plek die al bezet is. Twee keer per jaar vragen we u te controleren of uw vacatures nog kloppen.

## Voor het mbo: SBB-erkenning

Wilt u stagiairs uit het mbo ontvangen, in de bol of de bbl? Dan moet uw organisatie erkend zijn als leerbedrijf door SBB. Hoe u dat regelt, leest u in een volgend hoofdstuk."""),
            ("de-eerste-dag", "De eerste dag en het inwerken", """De eerste dag maakt veel uit. Een stagiair die zich welkom voelt, durft vragen te stellen en leert sneller. Met een goede voorbereiding voorkomt u veel problemen.

## Voor de eerste dag

- Stuur de stagiair een week van tevoren een berichtje of mail met de begintijd, het adres, waar hij of zij zich moet melden en wat hij of zij aan moet trekken.
- Vertel uw collega's dat er een stagiair komt, hoe hij of zij heet en wie de werkbegeleider is.
- Zorg voor een plek om spullen op te bergen en, als dat nodig is, werkkleding en persoonlijke beschermingsmiddelen.
- Regel zo nodig een inlogaccount of een pasje.

## De eerste dag

Begin met een rustige ontvangst. Neem de tijd voor een kop koffie of thee en een rondleiding. Stel de stagiair voor aan de collega's met wie hij of zij het meest gaat werken.

Bespreek daarna de belangrijkste afspraken:

1. de werktijden en pauzes;
2. hoe de stagiair zich ziekmeldt en bij wie;
3. de regels voor veiligheid en hygiëne;
4. de regels voor telefoongebruik en social media;
5. geheimhouding over klanten, cliënten of patiënten.

Geef de stagiair op de eerste dag al een eenvoudige taak die lukt. Dat geeft vertrouwen. Sluit de dag af met een kort gesprek: hoe was het, wat vond je lastig, wat gaan we morgen doen?

## De eerste weken

Plan in de eerste week samen met de stagiair wanneer hij of zij aan de schoolopdrachten werkt. Spreek een vast moment per week af voor een kort gesprek. Jonge stagiairs zeggen niet altijd uit zichzelf dat iets niet lukt. Vraag daarom actief hoe het gaat.

Bouw de taken stap voor stap op. Laat eerst zien hoe iets moet, doe het daarna samen en laat de stagiair het pas dan alleen doen. Controleer het resultaat en geef feedback. Een checklist voor de eerste dag vindt u bij de materialen op deze site."""),
            ("begeleiden-en-beoordelen", "Begeleiden en beoordelen", """Als werkbegeleider bent u de belangrijkste persoon voor de stagiair. U laat het vak zien, geeft opdrachten en feedback, en beoordeelt aan het einde hoe het is gegaan. U hoeft dat niet alleen te doen: de school blijft verantwoordelijk voor het onderwijs.

## Wat doet de school?

Elke stagiair heeft een begeleider van school. Die komt minstens één keer langs of neemt contact op. Samen bespreekt u hoe het gaat en of de leerdoelen gehaald worden. Maakt u zich zorgen over een stagiair? Wacht dan niet tot het bezoek, maar neem direct contact op met de school. Het telefoonnummer staat in de stageovereenkomst.

## Feedback geven

Jongeren leren het meest van concrete feedback. Een paar tips:

- Geef feedback op gedrag, niet op de persoon: "Je kwam vanochtend een kwartier te laat" in plaats van "Je bent niet betrouwbaar".
- Noem ook wat goed gaat, en wees daar concreet in.
- Geef feedback zo snel mogelijk, en liefst niet waar anderen bij zijn.
- Vraag de stagiair wat hij of zij zelf vindt. Zo leert een stagiair zichzelf te beoordelen.

## Leerlingen die extra steun nodig hebben

Sommige stagiairs hebben extra ondersteuning nodig, bijvoorbeeld door autisme, ADHD, een lichamelijke beperking of omdat Nederlands niet hun eerste taal is. De school vertelt u vooraf wat een leerling nodig heeft, als de leerling en de ouders daar toestemming voor geven. Vaak helpt het al om duidelijke afspraken te maken, één taak tegelijk te geven en een rustige werkplek te bieden. Leerlingen uit het praktijkonderwijs en het vso hebben vaak een jobcoach of stagebegeleider die regelmatig meekijkt.

## De beoordeling

Aan het einde van de stage vult u een beoordelingsformulier in van de school. Beoordeel eerlijk. Een te mooie beoordeling helpt de stagiair niet. Bespreek de beoordeling altijd met de stagiair zelf, liefst in een eindgesprek. Begin met wat goed ging en eindig met een tip voor de toekomst.

Voor het mbo bepaalt de school uiteindelijk het oordeel, maar uw advies weegt zwaar. Twijfelt u? Bespreek het dan met de begeleider van school voordat u het formulier invult."""),
            ("regels-en-verzekering", "Regels, verzekering en veiligheid", """Voor stagiairs gelden regels uit de Arbeidstijdenwet en de Arbowet, net als voor uw andere medewerkers. Voor jongeren onder de 18 gelden extra regels. In dit hoofdstuk zetten we de belangrijkste op een rij. Twijfelt u, neem dan contact op met de school of kijk op de website van de Nederlandse Arbeidsinspectie.

## De stageovereenkomst

Voor elke stage wordt een stageovereenkomst gesloten tussen de school, de stagiair en uw organisatie. Bij minderjarigen tekenen ook de ouders. In de overeenkomst staan de periode, de werktijden, de begeleiding, de leerdoelen en afspraken over verzekeringen. Een modelovereenkomst vindt u bij de materialen.

## Werktijden voor jongeren

- **13 en 14 jaar:** alleen lichte, niet-industriële werkzaamheden. Voor een maatschappelijke stage gelden aparte, ruimere regels, maar ook dan alleen licht werk.
- **14 en 15 jaar op beroepsstage:** maximaal 7 uur per dag en 35 uur per week. Geen werk op zondag en niet tussen 19.00 en 7.00 uur. Lichte werkzaamheden in een industriële omgeving mogen, alleen onder begeleiding.
- **16 en 17 jaar:** maximaal 9 uur per dienst en 45 uur per week, gemiddeld 40 uur over vier weken. Niet werken tussen 23.00 en 6.00 uur. Bij een dienst van meer dan 4,5 uur is een halfuur pauze verplicht.

Let op: schooltijd telt mee als arbeidstijd.

## Veilig werken

Jongeren onder de 18 mogen niet werken met gevaarlijke stoffen en niet zelfstandig met gevaarlijke machines. Zorg dat de risico-inventarisatie en -evaluatie (RI&E) van uw bedrijf ook gaat over jongeren en stagiairs. Geef de juiste persoonlijke beschermingsmiddelen en leg uit hoe ze gebruikt worden. Een stagiair werkt altijd onder toezicht van een ervaren medewerker.

## Verzekering

De stagiair is tijdens de stage meestal verzekerd via de school, bijvoorbeeld voor ongevallen en wettelijke aansprakelijkheid. Controleer ook uw eigen bedrijfsaansprakelijkheidsverzekering: staat daarin dat stagiairs zijn meeverzekerd? Laat bij twijfel uw verzekeraar meekijken.

## VOG en privacy

In de zorg, de kinderopvang en het onderwijs is een verklaring omtrent het gedrag (VOG) vaak verplicht. Vraag die tijdig aan; dat duurt een paar weken. Gebruik gegevens van de stagiair alleen voor de stage en bewaar ze niet langer dan nodig."""),
            ("erkend-leerbedrijf", "Erkend leerbedrijf worden", """Wilt u stagiairs uit het mbo begeleiden, in de bol of de bbl? Dan moet uw organisatie erkend zijn als leerbedrijf. Die erkenning geeft SBB, de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven. Voor stages uit het vmbo, praktijkonderwijs, havo, vwo of voor een maatschappelijke stage is een erkenning niet nodig.

## Wat houdt de erkenning in?

Een erkend leerbedrijf laat zien dat een student er goed kan leren. SBB kijkt onder andere naar:

- het werk: kan een student er de taken uit zijn opleiding uitvoeren?
- de begeleiding: is er een praktijkopleider met genoeg kennis en tijd?
- de werkplek: is het er veilig en is er een goede leeromgeving?

De erkenning is gratis. U vraagt hem aan via de website van SBB. Een adviseur van SBB neemt daarna contact met u op en komt meestal langs. De erkenning geldt voor een of meer opleidingen.

## De praktijkopleider

Een erkend leerbedrijf heeft minstens één praktijkopleider. Dat is de medewerker die de student begeleidt. De praktijkopleider kent het vak en weet wat de student moet leren. SBB en de scholen bieden gratis trainingen aan voor praktijkopleiders. Ook het stagebureau organiseert een paar keer per jaar een werkbegeleidersdag; kijk in de agenda op deze site.

## Wat levert het op?

Erkende leerbedrijven staan op de landelijke stagesite van SBB. Studenten kunnen u daar vinden. Ook op deze site ziet een leerling bij uw vacatures dat u een erkend leerbedrijf bent. Erkende leerbedrijven kunnen bovendien in aanmerking komen voor subsidieregelingen voor praktijkleren, als die op dat moment bestaan.

## Uw erkenning houden

SBB vraagt u regelmatig om uw gegevens te controleren. Houd die actueel, zeker als de praktijkopleider vertrekt. Begeleidt u een paar jaar geen studenten, dan kan de erkenning vervallen. U kunt dan altijd opnieuw een aanvraag doen.

Twijfelt u of een erkenning voor u zinvol is? Bespreek het met een van de stagemakelaars. We helpen ook bij de aanvraag."""),
            ("extra-ondersteuning", "Stagiairs met extra ondersteuning", """Een deel van de leerlingen in onze regio heeft wat meer nodig om een stage te laten slagen. Denk aan leerlingen uit het praktijkonderwijs of het voortgezet speciaal onderwijs, leerlingen met autisme of ADHD, of jongeren die nog maar kort in Nederland wonen. Voor hen is een goede stageplek extra waardevol: vaak leidt die rechtstreeks naar werk.

## Wat kunt u verwachten?

Deze leerlingen komen bijna altijd met begeleiding van school. Een stagebegeleider of jobcoach gaat mee naar het kennismakingsgesprek, komt in het begin vaak langs en is telefonisch bereikbaar. U staat er dus niet alleen voor. Vooraf bespreken we wat de leerling goed kan, wat lastig is en wat helpt.

## Wat helpt?

In de praktijk werken een paar eenvoudige dingen heel goed:

- **Vaste structuur.** Dezelfde begintijd, dezelfde begeleider, dezelfde werkplek.
- **Eén taak tegelijk.** Leg een taak uit, laat hem doen en geef dan pas de volgende.
- **Visuele ondersteuning.** Een lijstje met stappen of foto's bij een taak.
- **Duidelijke taal.** Korte zinnen, geen grapjes die verkeerd begrepen kunnen worden, en controleer of de uitleg is overgekomen.
- **Een rustige plek.** Een plek om even tot rust te komen, zeker als het druk is.
- **Veranderingen aankondigen.** Laat het vooraf weten als iets anders gaat dan normaal.

## Groepsstages

Veel scholen beginnen met een groepsstage: een groepje van drie tot zes leerlingen komt samen met een docent een vaste ochtend of middag per week. De docent begeleidt; u zorgt voor het werk en de uitleg. Zo maakt u zonder veel risico kennis met deze doelgroep. Geef bij uw vacature aan hoe groot een groep maximaal mag zijn.

## Ondersteuning en subsidie

Gaat een stage over in een baan, dan zijn er regelingen die werkgevers ondersteunen, bijvoorbeeld via de gemeente of UWV. Welke regeling past, hangt af van de situatie van de jongere. De school of het stagebureau brengt u in contact met de juiste mensen.

Bij de materialen op deze site vindt u een handleiding met praktische tips voor het begeleiden van stagiairs met extra ondersteuning."""),
        ],
    ),
]
