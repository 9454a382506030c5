"""Tips for pupils and plain pages."""

# slug, titel, samenvatting, body
TIPS = [
    ("zo-bel-je-een-bedrijf", "Zo bel je een bedrijf",
     "Met een goede voorbereiding is bellen helemaal niet eng.",
     """Veel leerlingen vinden bellen spannend. Toch is het vaak de snelste manier om een stageplek te krijgen. Met deze stappen gaat het prima.

## Voor je belt

- Zoek een rustige plek zonder lawaai.
- Leg pen en papier klaar, en je agenda.
- Schrijf op wat je wilt zeggen. Bijvoorbeeld: "Goedemorgen, u spreekt met Sanne de Jong. Ik zit in de derde klas van het Reest College. Ik zag op de site van het stagebureau dat u een stageplek hebt voor een assistent kapper. Mag ik daar iets over vragen?"
- Bel tussen 9.00 en 12.00 uur of tussen 13.30 en 16.00 uur. Bel niet tijdens de lunch of net voor sluitingstijd.

## Tijdens het gesprek

- Zeg duidelijk je naam en je school.
- Vraag naar de persoon die bij de vacature staat. Is die er niet? Vraag wanneer je terug kunt bellen.
- Praat rustig en niet te zacht.
- Schrijf de naam op van degene die je spreekt, en wat jullie afspreken.
- Herhaal aan het eind de afspraak: "Dus ik kom donderdag om 15.00 uur langs voor een kennismaking?"
- Bedank voor het gesprek.

## Krijg je de voicemail?

Spreek een kort bericht in: je naam, je school, waarvoor je belt en je telefoonnummer. Spreek je nummer langzaam uit. Bel na een dag of twee opnieuw als je niets hoort.

## Na het gesprek

Schrijf de afspraak meteen in je agenda. Vertel je mentor of stagecoördinator hoe het ging. En is het niet gelukt? Dan heb je in elk geval geoefend. Het volgende gesprek gaat vast beter."""),
    ("sollicitatiegesprek-voorbereiden", "Zo bereid je een sollicitatiegesprek voor",
     "Wat vraagt een bedrijf, en wat zeg jij?",
     """Je bent uitgenodigd voor een kennismakingsgesprek. Dat betekent dat het bedrijf jou wil leren kennen. Met een goede voorbereiding laat je zien dat je gemotiveerd bent.

## Zoek informatie op

Kijk op de website van het bedrijf en lees de vacature nog een keer. Wat doet het bedrijf? Hoeveel mensen werken er? Wat ga jij er doen? Schrijf een paar dingen op die je opvallen.

## Oefen met veelgestelde vragen

Deze vragen komen vaak voor. Bedenk vooraf wat je zou antwoorden:

1. Vertel eens iets over jezelf.
2. Waarom wil je bij ons stage lopen?
3. Wat kun je al, en wat wil je leren?
4. Wat vind je moeilijk?
5. Wat doe je in je vrije tijd?

Oefen hardop met een ouder, een vriend of je mentor. Je hoeft geen perfecte antwoorden te geven. Wees eerlijk en geef een voorbeeld. Zeg bijvoorbeeld niet alleen "Ik ben behulpzaam", maar vertel dat je elke zaterdag je oma helpt met boodschappen.

## Bedenk zelf vragen

Aan het eind mag je vaak zelf iets vragen. Dat laat zien dat je interesse hebt. Bijvoorbeeld:

- Hoe ziet een gewone werkdag eruit?
- Wie wordt mijn begeleider?
- Welke kleding moet ik dragen?

## Op de dag zelf

- Trek schone, nette kleren aan die passen bij het werk.
- Zorg dat je vijf minuten te vroeg bent.
- Zet je telefoon op stil en stop hem weg.
- Geef een hand als dat past en kijk de ander aan.
- Ga rechtop zitten en luister goed.

Ben je zenuwachtig? Dat is normaal, en de ander weet dat ook. Haal rustig adem en zeg gerust: "Ik vind het een beetje spannend." Dat maakt het vaak al makkelijker."""),
    ("wat-mag-je-als-stagiair", "Wat mag je als stagiair onder de 18?",
     "Werktijden, pauzes en veilig werk voor minderjarigen.",
     """Ben je jonger dan 18? Dan gelden op je stage speciale regels. Die staan in de Arbeidstijdenwet. Ze zijn er om je te beschermen: je moet genoeg rust hebben en veilig kunnen werken.

## Hoe lang mag je werken?

**Ben je 14 of 15 en loop je een beroepsstage?**

- Je werkt maximaal 7 uur per dag en 35 uur per week.
- Je werkt niet tussen 19.00 uur 's avonds en 7.00 uur 's ochtends.
- Je werkt niet op zondag.
- Je hebt elke dag minstens 14 uur achter elkaar vrij.

**Ben je 16 of 17?**

- Je werkt maximaal 9 uur per dienst en 45 uur per week.
- Gemiddeld werk je niet meer dan 40 uur per week over een periode van vier weken.
- Je werkt niet tussen 23.00 uur en 6.00 uur.
- Je hebt elke dag minstens 12 uur achter elkaar rust.

Let op: tijd op school telt ook mee. Heb je 's ochtends zes uur les gehad, dan mag je die dag nog maar een paar uur stage lopen.

## Pauze

Werk je meer dan 4,5 uur? Dan heb je recht op minstens een halfuur pauze. Voor 16- en 17-jarigen mag dat ook twee keer een kwartier zijn.

## Wat voor werk mag je doen?

Onder de 18 mag je geen gevaarlijk werk doen. Je werkt niet met giftige of gevaarlijke stoffen. Met machines werk je alleen als het bij je opleiding hoort en altijd onder toezicht. Ben je 14 of 15, dan mag je alleen licht werk doen. Zwaar tillen hoort daar niet bij.

## Wat als het niet klopt?

Moet je veel langer werken dan is afgesproken? Of krijg je werk dat je eng of gevaarlijk vindt? Zeg het tegen je werkbegeleider en bel je school. Je hoeft geen werk te doen dat niet veilig is. Twijfel je? Vraag het gewoon. Je school weet precies wat wel en niet mag."""),
    ("je-eerste-stagedag", "Je eerste stagedag",
     "Zo begin je goed aan je stage.",
     """De eerste dag op je stage is spannend. Alles is nieuw: de mensen, het gebouw en het werk. Met deze tips begin je goed.

## De dag ervoor

- Zoek nog een keer op hoe je reist en hoe lang je onderweg bent. Fiets de route eventueel een keer van tevoren.
- Leg je kleren klaar. Weet je niet wat je aan moet? Kies iets eenvoudigs en netjes, en vraag het de volgende keer.
- Pak je tas in: een lunch, iets te drinken, je telefoon, een pen en een notitieboekje, en je opdrachten van school.
- Zet het telefoonnummer van je werkbegeleider in je telefoon.
- Ga op tijd naar bed.

## Op de dag zelf

Zorg dat je tien minuten te vroeg bent. Meld je bij de persoon met wie je dat hebt afgesproken. Stel je voor aan de mensen die je tegenkomt: "Hoi, ik ben Daan, ik ben de nieuwe stagiair."

Je krijgt die dag veel nieuwe informatie. Schrijf belangrijke dingen op, zoals namen, werktijden en regels. Niemand verwacht dat je alles in één keer onthoudt.

## Vragen die je kunt stellen

- Hoe laat is de pauze, en waar kan ik mijn lunch eten?
- Bij wie meld ik me als ik ziek ben?
- Mag ik mijn telefoon gebruiken?
- Wat doe ik als ik klaar ben met een taak?

## Aan het eind van de dag

Bedank je begeleider en vraag hoe laat je morgen wordt verwacht. Schrijf thuis kort op wat je hebt gedaan en hoe je het vond. Dat is handig voor je logboek of verslag.

Ben je na de eerste dag moe? Dat is heel normaal. Een stagedag is anders dan een schooldag. Na een paar dagen ben je eraan gewend."""),
    ("reiskosten-en-vervoer", "Reiskosten en vervoer",
     "Wie betaalt de reis naar je stage?",
     """Je stageplek ligt niet altijd om de hoek. Zeker in onze regio, met veel kleine dorpen, kan de reis een flink stuk zijn. Wie betaalt de kosten, en hoe kom je er?

## Vmbo, praktijkonderwijs en vso

Veel scholen hebben een regeling voor reiskosten naar een stageplek die verder weg ligt. Meestal krijg je een vergoeding voor de bus of per kilometer voor de fiets of scooter. Vraag aan je stagecoördinator hoe dat op jouw school is geregeld. Bewaar je vervoersbewijzen of houd bij hoeveel kilometer je rijdt.

Leerlingen in het vso reizen soms met leerlingenvervoer van de gemeente. Dat moet je dan ook voor je stage regelen, en dat duurt even. Vraag het dus op tijd aan.

## Mbo en hbo

Studenten in het mbo en hbo hebben vaak recht op een studentenreisproduct. Daarmee reis je gratis of met korting met het ov. Kijk bij je studiefinanciering welk reisproduct je hebt en wanneer je gratis reist. Sommige leerbedrijven geven daarnaast een reiskostenvergoeding. Dat staat dan in je stageovereenkomst of in je arbeidsovereenkomst als je in de bbl zit.

## Met de fiets

In Zuidwest-Drenthe fietsen veel leerlingen naar hun stage. Zorg dat je fiets in orde is, met goede verlichting, zeker in de winter. Reken bij regen en wind op extra tijd.

## Tips

- Kies bij voorkeur een stage die je zelf kunt bereiken, zonder dat je ouders je elke dag moeten brengen.
- Kijk bij de vacature of er staat dat de plek goed bereikbaar is met het ov.
- Rijden er maar weinig bussen? Vraag dan of je begintijd iets kan schuiven. Veel bedrijven denken mee.
- Reis je samen met een andere stagiair? Spreek af om samen te fietsen. Dat is gezelliger en veiliger."""),
    ("een-goed-stageverslag", "Een goed stageverslag schrijven",
     "Zo maak je een verslag dat laat zien wat je hebt geleerd.",
     """Op veel scholen schrijf je na je stage een verslag. Daarin laat je zien wat je hebt gedaan en geleerd. Begin niet pas op de laatste dag: met een logboek wordt het veel makkelijker.

## Houd een logboek bij

Schrijf elke stagedag een paar zinnen op:

- Wat heb ik vandaag gedaan?
- Wat ging goed?
- Wat vond ik moeilijk, en wat heb ik ervan geleerd?

Vijf minuten per dag is genoeg. Aan het eind heb je dan alle informatie die je nodig hebt.

## Een handige indeling

Gebruik het sjabloon van je school als je dat hebt. Anders kun je deze indeling gebruiken:

1. **Inleiding.** Waar heb je stage gelopen, hoe lang, en waarom koos je deze plek?
2. **Het bedrijf.** Wat doet het bedrijf, hoeveel mensen werken er, wie zijn de klanten?
3. **Mijn werk.** Wat deed je op een gewone dag? Geef een paar voorbeelden.
4. **Wat ik heb geleerd.** Over het vak, maar ook over jezelf. Wat kun je nu wat je eerst niet kon?
5. **Terugblik.** Wat ging goed, wat zou je anders doen? Past dit beroep bij je?
6. **Bijlagen.** Bijvoorbeeld je logboek en de beoordeling van je werkbegeleider.

## Tips voor het schrijven

- Schrijf in je eigen woorden. Kopieer geen teksten van de website van het bedrijf.
- Gebruik korte zinnen.
- Laat iemand je verslag nalezen op taalfouten.
- Noem geen namen van klanten, cliënten of patiënten. Dat is privé.
- Wil je foto's gebruiken? Vraag eerst toestemming aan je werkbegeleider, en zet geen mensen herkenbaar op de foto zonder dat ze dat goed vinden.

Een goed verslag is eerlijk. Het is niet erg als niet alles leuk was. Juist als je laat zien wat je daarvan hebt geleerd, wordt je verslag sterk."""),
    ("ziekmelden-op-stage", "Ziek? Zo meld je je af",
     "Ziekmelden doe je op tijd, bij de juiste persoon.",
     """Iedereen is weleens ziek. Dan kun je niet naar je stage. Belangrijk is dat je je op de goede manier afmeldt. Zo weet het bedrijf waar het aan toe is.

## Voor de begintijd

Meld je af voordat je stagedag begint. Je collega's rekenen op je en hebben misschien werk voor je klaargezet. Als je te laat belt, moeten ze dat op het laatste moment regelen.

## Bellen, geen appje

Meestal moet je bellen, niet appen of mailen. Vraag op je eerste dag hoe het bij jouw stageplek gaat en bij wie je je ziek meldt. Schrijf dat nummer op. Zeg bij het bellen:

- wie je bent;
- dat je ziek bent en vandaag niet komt;
- of je denkt dat je morgen weer kunt komen;
- of er iets is wat een collega van je moet overnemen.

Je hoeft niet precies te vertellen wat je hebt. "Ik heb koorts" of "Ik voel me niet goed" is genoeg.

## Meld het ook op school

Meld je ziekte ook bij school, zoals je dat normaal doet. Ben je jonger dan 18? Dan belt vaak een ouder of verzorger naar school. Spreek thuis af wie wat doet.

## Beter melden

Ben je weer beter? Laat het dan ook even weten, zodat ze je terug verwachten. Ben je langer dan een paar dagen ziek? Overleg met je stagebegeleider van school of je de uren moet inhalen.

## Andere redenen

Moet je naar de tandarts of is er iets thuis? Plan afspraken zoveel mogelijk buiten je stagetijd. Lukt dat niet, vraag dan ruim van tevoren vrij. Dat wordt meestal goed gevonden. Gewoon niet komen zonder iets te zeggen is nooit een goed idee."""),
    ("krijg-je-geld-voor-je-stage", "Krijg je geld voor je stage?",
     "Over stagevergoeding, salaris in de bbl en bijbanen.",
     """Een vraag die veel leerlingen stellen: krijg ik betaald voor mijn stage? Het antwoord hangt af van het soort stage.

## Vmbo, havo, vwo, praktijkonderwijs en vso

Bij een stage in het voortgezet onderwijs krijg je meestal geen geld. Een stage is een deel van je opleiding: je bent er om te leren. Sommige bedrijven geven wel een kleine vergoeding of een cadeaubon aan het einde. Dat is een bedankje, geen recht.

## Maatschappelijke stage

Een maatschappelijke stage is vrijwilligerswerk. Daar krijg je geen geld voor. Wel krijg je er iets anders voor terug: ervaring, nieuwe mensen en misschien een goede referentie.

## Mbo-bol

In de bol is een stagevergoeding niet verplicht, maar veel leerbedrijven geven wel iets. Vraag er gerust naar in je kennismakingsgesprek. Zeg bijvoorbeeld: "Is er een stagevergoeding?" Dat is een normale vraag. Staat er een vergoeding in de stageovereenkomst? Dan heb je er recht op.

## Mbo-bbl

In de bbl heb je een arbeidsovereenkomst. Je bent dus gewoon werknemer en krijgt salaris. Hoeveel, hangt af van je leeftijd, de cao en je opleiding. Let op: je hebt dan ook de rechten en plichten van een werknemer, zoals vakantiedagen en een loonstrook.

## Hbo

Ook in het hbo is een stagevergoeding niet verplicht, maar heel gebruikelijk. Vraag ernaar voordat je tekent.

## Geld en toeslagen

Krijg je een vergoeding? Houd dan in de gaten of het invloed heeft op toeslagen of uitkeringen van je ouders, zeker als het om een hoger bedrag gaat. Vraag het bij twijfel na."""),
    ("wat-trek-je-aan", "Wat trek je aan op je stage?",
     "Kleding, veiligheid en een verzorgd uiterlijk.",
     """Wat je aantrekt op je stage, hangt af van het werk. In een kantoor zie je andere kleren dan in een koeienstal. Hoe weet je wat goed is?

## Vraag het

De makkelijkste manier: vraag het in je kennismakingsgesprek of bij het eerste telefoontje. "Wat is handig om aan te trekken?" is een slimme vraag. Het laat zien dat je nadenkt.

## Werkkleding en veiligheid

In veel beroepen draag je werkkleding of beschermende kleding:

- **Bouw, techniek en logistiek:** veiligheidsschoenen, soms een helm, handschoenen of gehoorbescherming. Die krijg je meestal van het bedrijf.
- **Zorg en kinderopvang:** vaak eigen kleding, maar geen sieraden aan je handen en armen en je nagels kort. Soms krijg je een uniform.
- **Horeca en bakkerij:** schone kleding, je haar vast of onder een muts, geen nagellak.
- **Buitenwerk en dieren:** kleding die vies mag worden, een regenjas en laarzen of stevige schoenen.
- **Winkel en kantoor:** verzorgde, nette kleren, bijvoorbeeld een schone broek en een shirt of blouse zonder teksten.

Draag beschermende kleding altijd als dat de regel is, ook als het warm is of als je het niet mooi vindt. Het is er voor jouw veiligheid.

## Verzorgd uiterlijk

Waar je ook stage loopt: kom fris en verzorgd. Een schone broek, schone schoenen, een gewassen shirt. Je hoeft geen dure kleren te hebben. Netjes is genoeg.

## Heb je iets niet?

Moet je speciale schoenen of kleding hebben en kun je die niet betalen? Vertel het aan je stagecoördinator. Vaak kan school of het bedrijf helpen. Dat is niets om je voor te schamen."""),
    ("om-feedback-vragen", "Zo vraag je om feedback",
     "Leer meer van je stage door zelf om tips te vragen.",
     """Feedback betekent dat iemand je vertelt wat je goed doet en wat beter kan. Op je stage leer je er veel van. Wacht niet tot je begeleider het zelf zegt: vraag erom.

## Waarom vragen?

Je werkbegeleider heeft het druk. Soms vergeet hij of zij te zeggen hoe het gaat. Door zelf te vragen laat je zien dat je wilt leren. Dat maakt een goede indruk. En je weet sneller waar je aan toe bent.

## Wanneer?

- Na een nieuwe taak: "Ging dit zo goed?"
- Aan het eind van de dag of de week: "Wat ging er goed deze week, en wat kan ik beter doen?"
- Voor een tussenevaluatie: "Waar moet ik de komende weken op letten?"

## Stel concrete vragen

Een vraag als "Doe ik het goed?" levert vaak alleen "Ja hoor" op. Vraag liever iets concreets:

- "Wat kan ik volgende keer anders doen bij het opruimen van de werkplaats?"
- "Was mijn uitleg aan die klant duidelijk genoeg?"
- "Werk ik snel genoeg, of mag het sneller?"

## Hoe reageer je?

Feedback is niet altijd leuk om te horen. Toch is het goed bedoeld. Luister rustig en laat de ander uitpraten. Vraag om een voorbeeld als je het niet begrijpt. Ga niet meteen in discussie, maar denk er eerst over na. Bedank de ander voor de tip.

## Doe er iets mee

Schrijf de feedback op in je logboek. Probeer het de volgende keer anders te doen. Laat daarna weten dat je het hebt geprobeerd: "Ik heb gisteren jouw tip gebruikt, en het ging beter." Zo zie je zelf ook dat je vooruitgaat."""),
    ("een-cv-maken", "Je eerste cv maken",
     "Ook zonder werkervaring maak je een sterk cv.",
     """Een cv is een overzicht van jezelf op één pagina. Sommige stagebedrijven vragen erom. Heb je nog geen werkervaring? Geen probleem. Er is meer dat je kunt laten zien.

## Wat zet je erin?

1. **Je gegevens:** naam, adres, telefoonnummer, e-mailadres en geboortedatum. Gebruik een nette e-mail, bijvoorbeeld voornaam.achternaam@...
2. **Opleiding:** je school, je leerweg of niveau, je profiel en vanaf welk jaar.
3. **Werkervaring:** een bijbaan, oppassen, een krantenwijk of werk in de zomer. Schrijf erbij wat je deed.
4. **Vrijwilligerswerk:** bijvoorbeeld je maatschappelijke stage, helpen bij de sportclub of in de kerk.
5. **Vaardigheden:** talen die je spreekt, computerprogramma's, een zwemdiploma of een EHBO-diploma.
6. **Hobby's:** kort. Ze laten zien wie je bent.

## Tips voor de vorm

- Houd het bij één pagina.
- Zet het nieuwste bovenaan.
- Gebruik een duidelijk lettertype en genoeg witruimte.
- Een foto is niet verplicht. Doe je het wel, kies dan een vriendelijke, nette foto.
- Laat iemand je cv controleren op taalfouten.
- Sla je cv op als pdf, met je naam in de bestandsnaam.

## Maak het persoonlijk

Pas je cv een beetje aan voor elke stage. Solliciteer je bij een kinderopvang? Zet dan bovenaan dat je vaak oppast op je nichtjes. Solliciteer je bij een garage? Vertel dat je met je opa aan brommers sleutelt.

Bij de materialen op deze site vind je een sjabloon voor een sollicitatiebrief. Je mentor kan je ook helpen."""),
    ("privacy-en-social-media", "Social media en geheimhouding op je stage",
     "Wat mag je wel en niet delen over je stage?",
     """Je hebt een leuke dag gehad op je stage en wilt een foto delen. Mag dat? Soms wel, maar vaak niet zomaar. Op je stage zie en hoor je dingen die niet voor iedereen bedoeld zijn.

## Geheimhouding

In je stageovereenkomst staat vaak dat je geheimhoudingsplicht hebt. Dat betekent dat je niets doorvertelt over klanten, cliënten, patiënten of bedrijfsgegevens. In de zorg, de kinderopvang en het onderwijs is dat extra belangrijk. Vertel thuis gerust wat je hebt gedaan, maar noem geen namen en geen dingen waardoor iemand herkenbaar is.

## Foto's en filmpjes

- Maak nooit foto's of filmpjes van mensen zonder hun toestemming. Bij kinderen moeten de ouders toestemming geven.
- In de zorg maak je geen foto's van cliënten, ook niet als ze het goedvinden. Vraag het altijd eerst aan je begeleider.
- Maak ook geen foto's van computerschermen, tekeningen of producten zonder toestemming.

## Je telefoon

Spreek op je eerste dag af wanneer je je telefoon mag gebruiken. Op veel plekken mag dat alleen in de pauze. Houd je eraan, ook als collega's zelf wel op hun telefoon kijken.

## Over je stage posten

Wil je iets posten over je stage? Vraag het eerst aan je werkbegeleider. Schrijf nooit iets negatiefs over het bedrijf of je collega's, ook niet als grapje. Berichten blijven online staan en kunnen later tegen je werken, bijvoorbeeld bij een sollicitatie.

Heb je per ongeluk iets gedeeld wat niet mocht? Haal het meteen weg en zeg het eerlijk tegen je begeleider. Dat is veel beter dan het verzwijgen."""),
]

# slug, titel, samenvatting, body
PAGINAS = [
    ("over-ons", "Over het stagebureau",
     "Wie we zijn en wat we doen.",
     """Stagebureau Zuidwest-Drenthe brengt leerlingen, scholen en stagebieders bij elkaar. Op deze site vind je alle stageplekken in de gemeenten Meppel, Hoogeveen, Westerveld en De Wolden. Samen met het Stagepunt Kop van Overijssel laten we ook de plekken in Steenwijkerland en Staphorst zien.

## Wat we doen

- We houden een overzicht bij van alle stageplekken in de regio, van maatschappelijke stage tot hbo-afstudeerstage.
- We helpen leerlingen en hun mentoren bij het vinden van een plek die past.
- We bezoeken bedrijven en instellingen die stageplekken willen aanbieden en helpen hen op weg.
- We organiseren stagemarkten, trainingen voor werkbegeleiders en bijeenkomsten voor scholen.
- We delen handige materialen, zoals modelovereenkomsten en checklists.

## Voor wie

Voor leerlingen van het vmbo, havo, vwo, praktijkonderwijs en voortgezet speciaal onderwijs, voor studenten van het mbo en hbo, voor hun ouders en scholen, en voor alle organisaties die stagiairs ontvangen.

## Hoe we werken

Het stagebureau is een samenwerking van de scholen voor voortgezet onderwijs en mbo in de regio, de gemeenten en het bedrijfsleven. De stagemakelaars kennen de bedrijven persoonlijk. Zij controleren regelmatig of de vacatures op deze site nog kloppen.

Ons werk is gratis voor leerlingen, scholen en stagebieders.

## Open data

Alle stageplekken op deze site zijn ook beschikbaar als open data, zodat scholen en andere sites ze kunnen gebruiken. Persoonsgegevens van contactpersonen delen we alleen als die daar toestemming voor hebben gegeven."""),
    ("contact", "Contact",
     "Zo bereik je het stagebureau.",
     """Heb je een vraag over een stage, of wil je een stageplek aanbieden? Neem gerust contact met ons op.

## Stagebureau Zuidwest-Drenthe

- Adres: Stationsweg 1, 7941 HA Meppel
- Telefoon: 0522 123 456 (maandag tot en met vrijdag van 9.00 tot 16.30 uur)
- E-mail: info@stagebureau-zwd.example.nl

## Stagemakelaars

- **Petra de Vries** — zorg, welzijn, kinderopvang en onderwijs
- **Jeroen Bakker** — techniek, bouw en logistiek
- **Fatma Yilmaz** — handel, horeca, dienstverlening en administratie

Je vindt de e-mailadressen van de stagemakelaars bij de vacatures en op de pagina van het stagebureau.

## Stagepunt Kop van Overijssel

Voor stageplekken in Steenwijkerland en Staphorst:

- Adres: Markt 3, 8331 CB Steenwijk
- Telefoon: 0521 123 401
- E-mail: info@stagepunt-kop.example.nl

## Ben je leerling?

Heb je een vraag over je eigen stage, bijvoorbeeld over je overeenkomst of je beoordeling? Neem dan eerst contact op met je mentor of stagecoördinator op school. Zij kennen jouw situatie het beste.

## Een fout op de site?

Zie je een vacature die niet meer klopt, of werkt er iets niet op de site? Laat het ons weten via info@stagebureau-zwd.example.nl. We passen het zo snel mogelijk aan."""),
    ("privacy", "Privacyverklaring",
     "Hoe we omgaan met persoonsgegevens.",
     """Stagebureau Zuidwest-Drenthe gaat zorgvuldig om met persoonsgegevens. In deze verklaring lees je welke gegevens we gebruiken, waarom en hoe lang.

## Deze website

Deze website is een statische site. Je kunt alle vacatures bekijken zonder account en zonder iets in te vullen. We gebruiken geen cookies die je volgen en geen advertenties. Onze webserver houdt technische logbestanden bij (zoals het IP-adres en de opgevraagde pagina) om storingen en misbruik op te sporen. Die bewaren we maximaal 30 dagen.

## Gegevens van contactpersonen

Bij vacatures en organisaties staan soms namen, e-mailadressen en telefoonnummers van contactpersonen. We publiceren die alleen als de organisatie daar toestemming voor heeft gegeven. Een telefoonnummer tonen we alleen bij vacatures waarop leerlingen direct bij het bedrijf reageren. Gegevens van contactpersonen die niet openbaar zijn, gebruiken we alleen om contact te houden met de organisatie.

## Als je reageert op een vacature

Reageer je via het stagebureau, dan gebruiken we je naam, school, e-mailadres en telefoonnummer om contact met je op te nemen en je door te verwijzen naar het bedrijf. We geven je gegevens alleen door aan het bedrijf en aan je school. Na afloop van het schooljaar verwijderen we je gegevens.

## Je rechten

Je hebt het recht om je gegevens in te zien, te laten verbeteren of te laten verwijderen. Ben je jonger dan 16, dan doen je ouders of verzorgers dat voor je. Stuur een mail naar privacy@stagebureau-zwd.example.nl. We reageren binnen vier weken.

Ben je het niet eens met hoe we met je gegevens omgaan? Laat het ons weten. Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.

## Wijzigingen

We passen deze verklaring aan als dat nodig is. De laatste wijziging was op 1 september 2026."""),
    ("hulp", "Hulp nodig?",
     "Waar kun je terecht met vragen of problemen?",
     """Loop je ergens tegenaan bij het zoeken of lopen van je stage? Je staat er niet alleen voor. Hier lees je wie je kan helpen.

## Ik kan geen stageplek vinden

Bespreek het eerst met je mentor of stagecoördinator. Lukt het samen niet? Neem dan contact op met het stagebureau. We kennen veel bedrijven die niet op de site staan en denken graag met je mee.

Tip: kijk ook eens bij andere sectoren of in een dorp verderop. Soms vind je op een onverwachte plek een heel leuke stage.

## Ik weet niet hoe ik moet reageren

Bij elke vacature staat hoe je reageert. In ons handboek voor leerlingen en bij de tips lees je hoe je een bedrijf belt, een mail schrijft of je voorbereidt op een gesprek.

## Er gaat iets mis op mijn stage

Praat er eerst over met je werkbegeleider. Gaat het niet goed, of durf je dat niet? Bel of mail dan je begeleider op school. Gaat het om iets ernstigs, zoals pesten, intimidatie of onveilig werk? Neem dan dezelfde dag contact op met school of met de vertrouwenspersoon van je school.

## Ik heb extra ondersteuning nodig

Heb je een beperking, of heb je om een andere reden extra hulp nodig? Bij veel vacatures staat of er extra begeleiding mogelijk is, of de plek rolstoeltoegankelijk of prikkelarm is. Je kunt daarop filteren. Vraag ook je school om mee te denken.

## Ik ben ouder of verzorger

In het handboek voor leerlingen leest u wat uw kind te wachten staat. Voor vragen over de stage van uw kind kunt u het beste contact opnemen met de school.

## Ik wil stagiairs ontvangen

Lees het handboek voor stagebieders en neem contact op met een stagemakelaar. We komen graag langs.

## Direct contact

Stagebureau Zuidwest-Drenthe: 0522 123 456 of info@stagebureau-zwd.example.nl."""),
    ("toegankelijkheid", "Toegankelijkheidsverklaring",
     "Hoe toegankelijk is deze website, en hoe meld je een probleem?",
     """Stagebureau Zuidwest-Drenthe wil dat iedereen deze website kan gebruiken, ook mensen met een beperking. Omdat het stagebureau een samenwerking is van gemeenten en scholen, geldt voor ons het Besluit digitale toegankelijkheid overheid.

## Onze ambitie

Deze website moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA. Dat is de norm die in Nederland voor overheidswebsites geldt (via de Europese norm EN 301 549).

Wat we daarvoor doen:

- De site werkt zonder JavaScript en is volledig te gebruiken met alleen een toetsenbord.
- We gebruiken duidelijke koppen, beschrijvende linkteksten en voldoende kleurcontrast.
- Formulieren en filters hebben labels die door schermlezers worden voorgelezen.
- We schrijven zoveel mogelijk in eenvoudige taal (niveau B1).
- Bij elke vacature staat of de werkplek rolstoeltoegankelijk of prikkelarm is, als de stagebieder dat heeft aangegeven.

## Status

Deze verklaring is opgesteld op 1 oktober 2026. We laten de website één keer per jaar onderzoeken door een onafhankelijke partij. Tot het eerste volledige onderzoek is afgerond, beschouwen we de status als: voldoet gedeeltelijk.

## Bekende problemen

- Sommige bijlagen bij de materialen, zoals oudere pdf-bestanden, zijn nog niet volledig toegankelijk. We zorgen dat er altijd een bewerkbare versie (ODT) of een gewone tekstversie naast staat. Lukt het toch niet? Vraag dan een andere versie aan.
- Vacatureteksten worden geschreven door de stagebieders zelf. Niet elke tekst is al op taalniveau B1. De stagemakelaars helpen stagebieders om hun teksten eenvoudiger te maken.

## Een probleem melden

Kom je iets tegen op deze site dat je niet kunt gebruiken? Laat het ons weten:

- e-mail: toegankelijkheid@stagebureau-zwd.example.nl
- telefoon: 0522 123 456

Vertel op welke pagina het probleem zit en wat er misgaat. Je krijgt binnen vijf werkdagen een bevestiging, en binnen drie weken een inhoudelijke reactie. Als we het probleem niet snel kunnen oplossen, helpen we je op een andere manier aan de informatie.

## Niet tevreden?

Ben je niet tevreden met hoe we je melding hebben afgehandeld? Dien dan een klacht in bij het stagebureau. Kom je er met ons niet uit, dan kun je terecht bij de Nationale ombudsman."""),
]
