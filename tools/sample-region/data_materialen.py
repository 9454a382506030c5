"""Shared materials and the text of their attachments.

Attachment documents (DOCS) use a tiny line markup that generate.py turns
into ODT and PDF:

    # Title             (once, first line)
    ## Heading
    - bullet
    [ ] checkbox item
    _ Label             (a field to fill in: "Label: ______")
    other lines         paragraph text; a blank line ends a paragraph
"""

DOCS = {}

DOCS["stageovereenkomst-vmbo"] = """# Stageovereenkomst vmbo
Deze overeenkomst hoort bij de beroepsgerichte stage of snuffelstage van een leerling in het vmbo. De school, het stagebedrijf, de leerling en (als de leerling jonger is dan 18) een ouder of verzorger ondertekenen de overeenkomst voordat de stage begint.

## 1. Gegevens van de partijen
_ Naam school
_ Stagecoördinator school en telefoonnummer
_ Naam stagebedrijf
_ Adres stagebedrijf
_ Naam werkbegeleider en telefoonnummer
_ Naam leerling, geboortedatum en klas
_ Naam ouder of verzorger en telefoonnummer

## 2. Periode en werktijden
_ Eerste stagedag
_ Laatste stagedag
_ Stagedagen en werktijden
De werktijden houden rekening met de Arbeidstijdenwet. Voor leerlingen van 14 en 15 jaar is dat maximaal 7 uur per dag en 35 uur per week, niet op zondag en niet tussen 19.00 en 7.00 uur. Voor leerlingen van 16 en 17 jaar is dat maximaal 9 uur per dienst en 45 uur per week, niet tussen 23.00 en 6.00 uur. Bij meer dan 4,5 uur werken heeft de leerling recht op een pauze van minstens 30 minuten.

## 3. Inhoud van de stage
De leerling voert werkzaamheden uit die passen bij het profiel en de leerdoelen uit het stageboek van school. De leerling werkt altijd onder toezicht van de werkbegeleider of een andere ervaren medewerker. De leerling doet geen werk dat gevaarlijk is of schadelijk voor de gezondheid.

## 4. Afspraken
- Het stagebedrijf zorgt voor een veilige werkplek, uitleg over de veiligheidsregels en de nodige beschermingsmiddelen.
- De leerling houdt zich aan de regels van het bedrijf en behandelt wat hij of zij over klanten en het bedrijf hoort als vertrouwelijk.
- Bij ziekte meldt de leerling zich voor de begintijd af bij de werkbegeleider en bij school.
- De school bezoekt of belt de leerling en de werkbegeleider minstens één keer tijdens de stage.
- Aan het einde van de stage vult de werkbegeleider het beoordelingsformulier van school in.

## 5. Verzekering en aansprakelijkheid
De leerling is tijdens de stage verzekerd via de collectieve ongevallen- en aansprakelijkheidsverzekering van de school. Schade die de leerling opzettelijk of door grove nalatigheid veroorzaakt, valt daar niet onder. Ongevallen worden dezelfde dag gemeld bij de school.

## 6. Vergoeding
De leerling ontvangt geen loon. Een eventuele vergoeding van het stagebedrijf wordt hieronder vermeld.
_ Vergoeding (indien van toepassing)

## 7. Beëindigen
School en stagebedrijf kunnen de stage in onderling overleg eerder beëindigen, bijvoorbeeld als de leerling zich niet aan de afspraken houdt of als de stage niet bijdraagt aan de leerdoelen. Dit gebeurt altijd na een gesprek met de leerling.

## 8. Ondertekening
_ Plaats en datum
_ Handtekening school
_ Handtekening stagebedrijf
_ Handtekening leerling
_ Handtekening ouder of verzorger
"""

DOCS["overeenkomst-mas"] = """# Overeenkomst maatschappelijke stage
Met deze overeenkomst leggen de leerling, de school en de organisatie vast wat er is afgesproken over de maatschappelijke stage.

## Gegevens
_ Naam leerling en klas
_ Naam school en begeleider
_ Naam organisatie
_ Contactpersoon organisatie en telefoonnummer

## De stage
_ Wat gaat de leerling doen?
_ Periode
_ Dagen en tijden
_ Totaal aantal uren (meestal 30)

## Afspraken
- De leerling doet vrijwilligerswerk zonder betaling, onder begeleiding van de contactpersoon.
- De organisatie geeft de leerling alleen licht werk dat past bij de leeftijd. Voor leerlingen jonger dan 16 jaar gelden extra regels voor werktijden en soort werk.
- De leerling komt op tijd, meldt zich af als hij of zij niet kan komen en houdt zich aan de regels van de organisatie.
- De organisatie tekent na elke keer de urenkaart van de leerling af.
- Na afloop vult de contactpersoon het evaluatieformulier in.

## Verzekering
De leerling is verzekerd via de school. Veel gemeenten hebben daarnaast een vrijwilligersverzekering die ook voor maatschappelijke stagiairs geldt.

## Ondertekening
_ Datum
_ Handtekening leerling
_ Handtekening ouder of verzorger
_ Handtekening organisatie
_ Handtekening school
"""

DOCS["brief-bedrijven"] = """# Voorbeeldbrief: stageplekken gezocht
[Naam en adres van het bedrijf]

[Plaats], [datum]

Onderwerp: stageplekken voor leerlingen uit uw regio

Geachte heer, mevrouw,

Elk jaar lopen honderden leerlingen uit Meppel, Hoogeveen, Westerveld, De Wolden, Staphorst en Steenwijkerland stage. Voor veel van hen is dat de eerste kennismaking met een beroep. Een goede stage kan het verschil maken bij hun keuze voor een opleiding en later voor een baan.

Wij zoeken bedrijven en instellingen die een stageplek willen aanbieden. Dat kan een snuffelstage van een paar dagen zijn, een beroepsgerichte stage van enkele weken, een vaste dag per week voor een leerling uit het praktijkonderwijs, of een stage voor een mbo-student.

## Wat vragen we van u?
- Een plek waar een leerling veilig kan meewerken.
- Een vaste medewerker die de leerling begeleidt.
- Een beoordeling aan het einde van de stage.

## Wat bieden wij?
- Een stagemakelaar die met u meedenkt en uw vacature op onze site plaatst.
- Een begeleider van school die contact houdt met u en de leerling.
- Gratis trainingen voor werkbegeleiders en een modelovereenkomst.

Wij nemen graag contact met u op voor een kennismaking. U kunt ons ook zelf bellen of mailen.

Met vriendelijke groet,

[Naam]
Stagemakelaar, Stagebureau Zuidwest-Drenthe
Telefoon 0522 123 456, info@stagebureau-zwd.example.nl
"""

DOCS["brief-lintstage"] = """# Brief aan stagebieders: lintstage praktijkonderwijs
Geachte heer, mevrouw,

Praktijkschool De Vaart leidt jongeren op voor een baan, een vervolgopleiding of een combinatie daarvan. Onze leerlingen leren het beste door te doen. Daarom lopen ze vanaf het derde leerjaar een lintstage: een of twee vaste dagen per week, gedurende een half jaar of langer.

## Waarom een lintstage?
Door elke week op dezelfde dag te komen, raakt een leerling vertrouwd met de werkplek, de collega's en de taken. Hij of zij kan langzaam meer verantwoordelijkheid krijgen. Veel van onze leerlingen vinden na een lintstage een baan bij hetzelfde bedrijf.

## Wat kunt u verwachten?
- Een leerling van 15 tot 18 jaar die gemotiveerd is om te leren.
- Een kennismakingsgesprek samen met de stagebegeleider van school.
- Een stagebegeleider die in de eerste weken vaak langskomt en altijd bereikbaar is.
- Een eenvoudig stageplan met twee of drie leerdoelen.

## Wat vragen we?
- Een vaste begeleider op de werkvloer.
- Eenvoudige, afwisselende taken die passen bij de leerling.
- Korte feedback aan het eind van elke stagedag, mondeling of in het stageboekje.

Heeft u interesse, of wilt u eerst meer weten? Neem contact op met onze stagebegeleiders via het stagebureau. Wij komen graag bij u langs.

Met vriendelijke groet,

Ingrid Zwiers
Stagebegeleider, Praktijkschool De Vaart
"""

DOCS["brief-ouders"] = """# Brief aan ouders en verzorgers: de stageperiode
Beste ouders en verzorgers,

Over een paar weken begint de stageperiode voor de leerlingen van leerjaar 4. Uw kind loopt drie weken stage bij een bedrijf of instelling die past bij zijn of haar profiel. In deze brief leest u wat er gaat gebeuren en hoe u kunt helpen.

## De stageplek
De meeste leerlingen hebben inmiddels een stageplek gevonden. Heeft uw kind nog geen plek? Neem dan zo snel mogelijk contact op met de mentor. Samen met het stagebureau zoeken we een passende plek.

## De stageovereenkomst
Voor elke stage maken we een stageovereenkomst. Omdat uw kind minderjarig is, vragen we u deze te ondertekenen. Uw kind neemt de overeenkomst mee naar huis. Wilt u hem binnen een week ondertekend terug laten brengen?

## Hoe kunt u helpen?
- Praat met uw kind over de stage: waar kijkt hij of zij naar uit, wat is spannend?
- Help bij het plannen van de reis en het klaarleggen van kleding.
- Zorg dat uw kind zich bij ziekte op tijd afmeldt bij het bedrijf en bij school.
- Vraag na een stagedag hoe het ging.

## Contact
Tijdens de stage bezoekt de stagebegeleider van school uw kind minstens één keer. Heeft u vragen of zorgen? Neem dan contact op met de mentor of met de stagecoördinator, Annemarie Post.

Met vriendelijke groet,

Het stageteam van Vakcollege Steenwijk
"""

DOCS["checklist-eerste-dag"] = """# Checklist: de eerste stagedag
Voor werkbegeleiders. Gebruik deze lijst om de eerste dag van een stagiair goed voor te bereiden.

## Een week van tevoren
[ ] De stagiair heeft een bericht gekregen met begintijd, adres en meldplek.
[ ] De stagiair weet wat hij of zij aan moet trekken en wat mee moet nemen.
[ ] Collega's weten dat er een stagiair komt en wie de werkbegeleider is.
[ ] Werkkleding en beschermingsmiddelen liggen klaar.
[ ] Een inlogaccount of pasje is aangevraagd, als dat nodig is.
[ ] De stageovereenkomst is door alle partijen ondertekend.

## Op de eerste dag
[ ] Ontvangst met koffie of thee en een kennismakingsgesprek.
[ ] Rondleiding: werkplek, kantine, toiletten, nooduitgangen.
[ ] Voorstellen aan directe collega's.
[ ] Afspraken over werktijden, pauzes en ziekmelden besproken.
[ ] Veiligheidsregels en hygiëneregels uitgelegd.
[ ] Regels over telefoongebruik, social media en geheimhouding besproken.
[ ] Een eerste eenvoudige taak gegeven die lukt.
[ ] Kort gesprek aan het einde van de dag: hoe ging het?

## In de eerste week
[ ] Schoolopdrachten samen doorgenomen en ingepland.
[ ] Vast moment afgesproken voor een wekelijks gesprek.
[ ] Contactgegevens van de begeleider van school genoteerd.
[ ] Werktijden gecontroleerd op de regels voor jongeren onder de 18.

Tip: vraag de stagiair aan het eind van de week wat hij of zij nog mist. Jonge stagiairs zeggen dat niet altijd uit zichzelf.
"""

DOCS["checklist-veilig-werken"] = """# Checklist: veilig werken met stagiairs onder de 18
Jongeren zijn nieuw op de werkvloer en kennen de risico's nog niet. Voor hen gelden extra regels uit de Arbeidstijdenwet en de Arbowet. Controleer met deze lijst of u alles heeft geregeld.

## Werk en taken
[ ] De taken van de stagiair passen bij de leeftijd en de opleiding.
[ ] De stagiair werkt niet met gevaarlijke stoffen (bijvoorbeeld bestrijdingsmiddelen of oplosmiddelen).
[ ] De stagiair werkt alleen met machines als dat bij de opleiding hoort, en altijd onder toezicht.
[ ] Stagiairs van 14 en 15 jaar doen alleen licht werk en tillen geen zware lasten.
[ ] De stagiair werkt nooit alleen op een plek waar iets mis kan gaan.

## Werktijden
[ ] 14 en 15 jaar: maximaal 7 uur per dag en 35 uur per week, niet op zondag, niet tussen 19.00 en 7.00 uur.
[ ] 16 en 17 jaar: maximaal 9 uur per dienst en 45 uur per week, gemiddeld 40 uur per week over vier weken, niet tussen 23.00 en 6.00 uur.
[ ] Bij meer dan 4,5 uur werken is er minstens een halfuur pauze.
[ ] Schooltijd is meegeteld bij de arbeidstijd.

## Voorlichting en toezicht
[ ] De risico-inventarisatie en -evaluatie (RI&E) gaat ook over jongeren en stagiairs.
[ ] De stagiair heeft uitleg gekregen over de risico's en de veiligheidsregels.
[ ] De stagiair weet wat te doen bij brand of een ongeval, en waar de EHBO-doos is.
[ ] Persoonlijke beschermingsmiddelen zijn aanwezig, passen goed en worden gedragen.
[ ] Er is altijd een ervaren medewerker in de buurt.

## Als er iets gebeurt
[ ] Een ongeval wordt direct gemeld bij de werkbegeleider en dezelfde dag bij de school.
[ ] Ernstige ongevallen worden gemeld bij de Nederlandse Arbeidsinspectie.

Twijfelt u over een taak? Neem contact op met de school of de stagemakelaar.
"""

DOCS["checklist-leerling"] = """# Checklist: ben je klaar voor je stage?
Loop deze lijst na voordat je op stage gaat. Zet een vinkje als het geregeld is.

## Voor je begint
[ ] Ik heb een stageplek en weet hoe mijn werkbegeleider heet.
[ ] De stageovereenkomst is ingevuld en door iedereen getekend.
[ ] Ik weet wanneer mijn stage begint en eindigt.
[ ] Ik weet mijn werktijden en hoe laat ik de eerste dag moet komen.
[ ] Ik weet hoe ik er kom en hoe lang de reis duurt.
[ ] Ik weet wat ik aan moet trekken.
[ ] Ik heb het telefoonnummer van mijn werkbegeleider in mijn telefoon gezet.
[ ] Ik weet bij wie ik me ziek moet melden, op stage en op school.
[ ] Ik heb mijn opdrachten van school bij me.

## In je tas
[ ] Lunch en iets te drinken
[ ] Pen en notitieboekje
[ ] Telefoon (opgeladen)
[ ] Eventueel werkkleding of veiligheidsschoenen
[ ] Je ov-kaart of fietssleutel

## Na de eerste week
[ ] Ik heb mijn opdrachten van school besproken met mijn werkbegeleider.
[ ] Ik schrijf elke dag iets in mijn logboek.
[ ] Ik weet wanneer mijn begeleider van school langskomt.
"""

DOCS["sjabloon-stageverslag"] = """# Sjabloon stageverslag
Vul dit sjabloon in tijdens en na je stage. De tekst tussen haken mag je vervangen door je eigen tekst. Een verslag is ongeveer 4 tot 8 bladzijden.

## Voorblad
_ Je naam en klas
_ Naam stagebedrijf
_ Periode van de stage
_ Naam werkbegeleider
_ Naam begeleider van school

## 1. Inleiding
[Waar heb je stage gelopen? Hoe heb je deze plek gevonden? Waarom koos je voor deze stage?]

## 2. Het bedrijf
[Wat doet het bedrijf? Hoeveel mensen werken er? Wie zijn de klanten of cliënten? Welke beroepen zijn er?]

## 3. Mijn werkzaamheden
[Beschrijf een gewone stagedag. Noem minstens drie taken die je hebt gedaan en leg uit hoe je ze deed.]

## 4. Wat heb ik geleerd?
[Wat heb je geleerd over het vak? En wat heb je geleerd over jezelf? Geef voorbeelden.]

## 5. Mijn leerdoelen
[Schrijf je leerdoelen op. Heb je ze gehaald? Hoe weet je dat?]

## 6. Terugblik
[Wat ging goed? Wat was moeilijk? Wat zou je de volgende keer anders doen? Past dit beroep bij jou?]

## Bijlagen
- Je logboek
- De beoordeling van je werkbegeleider
- Foto's (alleen met toestemming van het bedrijf)
"""

DOCS["urenregistratie"] = """# Urenregistratie stage
Vul elke stagedag je uren in en laat je werkbegeleider aan het eind van de week tekenen.

_ Naam student
_ Opleiding en niveau
_ Leerbedrijf
_ Praktijkopleider

## Week
_ Maandag: begintijd, eindtijd, pauze, uren
_ Dinsdag: begintijd, eindtijd, pauze, uren
_ Woensdag: begintijd, eindtijd, pauze, uren
_ Donderdag: begintijd, eindtijd, pauze, uren
_ Vrijdag: begintijd, eindtijd, pauze, uren
_ Totaal uren deze week
_ Handtekening praktijkopleider

Het bestand urenregistratie.csv kun je openen in een spreadsheetprogramma. Elke regel is één stagedag.
"""

DOCS["sjabloon-sollicitatiebrief"] = """# Sjabloon sollicitatiebrief voor een stage
[Je naam]
[Je adres]
[Je postcode en woonplaats]
[Je telefoonnummer]
[Je e-mailadres]

[Naam bedrijf]
t.a.v. [naam contactpersoon]
[Adres bedrijf]
[Postcode en plaats]

[Plaats], [datum]

Onderwerp: stage als [functie]

Beste [meneer/mevrouw achternaam],

Ik ben [naam] en ik zit in klas [klas] van [school], in het profiel [profiel]. Van [datum] tot [datum] loop ik stage. Op de site van het stagebureau zag ik dat u een stageplek hebt als [functie]. Daar wil ik graag op reageren.

Ik wil graag bij [bedrijf] stage lopen, omdat [waarom juist dit bedrijf: wat spreekt je aan?].

Ik ben [twee of drie eigenschappen, met een voorbeeld]. Ik heb al ervaring met [bijbaan, vrijwilligerswerk, hobby]. Tijdens mijn stage wil ik graag leren [wat wil je leren?].

Ik kom graag langs om kennis te maken. U kunt mij bereiken op [telefoonnummer] of [e-mailadres].

Met vriendelijke groet,

[Je naam]
"""

DOCS["handleiding-vacature"] = """# Handleiding: een stageplek aanleveren
Met deze handleiding levert u een of meer stageplekken aan bij het stagebureau. Wij controleren de gegevens en zetten de vacature binnen vijf werkdagen op de site.

## Welke gegevens hebben we nodig?
- Een titel die zegt wat de stagiair doet, bijvoorbeeld "Dierenverzorger op de kinderboerderij".
- De plaats waar de stage is, en het adres als dat anders is dan uw vestigingsadres.
- De sector en de niveaus waarvoor de plek geschikt is, bijvoorbeeld vmbo-bb en vmbo-kb.
- Het soort stage: snuffelstage, beroepsgerichte stage, lintstage, bol-stage, bbl-leerwerkplek en zo verder.
- De periode, de dagen en het aantal uren per week.
- Het aantal plaatsen.
- Een beschrijving: wat gaat de stagiair doen, wat leert hij of zij, wat vraagt u?
- Hoe leerlingen reageren: via het stagebureau, via hun school of direct bij u.
- De naam van de werkbegeleider.

## Eén vacature
Stuur de gegevens per e-mail aan uw stagemakelaar. U mag ook bellen; dan vullen we het samen in.

## Meer vacatures tegelijk
Gebruik het spreadsheetsjabloon vacatures-aanleveren.csv. Elke regel is een vacature. Niveaus en sectoren scheidt u met een puntkomma. De beschrijving kunt u in een apart document meesturen; noem in de kolom beschrijving dan de bestandsnaam.

## Schrijftips
- Schrijf voor jongeren: korte zinnen, geen vakjargon.
- Wees concreet: "je voert de kalveren" is beter dan "je helpt bij diverse werkzaamheden".
- Vermeld wat de stagiair nodig heeft, zoals een VOG of veiligheidsschoenen, en wie dat regelt.
- Vermeld of de plek geschikt is voor leerlingen die extra begeleiding nodig hebben.

## Na publicatie
Is de plek vol? Laat het ons weten. Twee keer per jaar vragen wij u om uw vacatures te controleren. Vacatures die niet zijn gecontroleerd, zetten we na een jaar op verlopen.
"""

DOCS["handleiding-extra-ondersteuning"] = """# Handleiding: begeleiden van stagiairs met extra ondersteuning
Deze handleiding is geschreven door de stagecoördinatoren van VSO De Linde. Hij is bedoeld voor werkbegeleiders die een leerling uit het voortgezet speciaal onderwijs of het praktijkonderwijs begeleiden.

## Voor de stage
- Maak kennis met de leerling en de stagebegeleider van school, het liefst op de werkplek.
- Vraag wat de leerling goed kan en wat lastig is. Vraag ook wat helpt als het even niet gaat.
- Spreek vaste dagen, tijden en een vaste begeleider af.
- Laat de leerling de werkplek zien en vertel wie er werken.

## Tijdens de stage
- Begin elke dag op dezelfde manier, bijvoorbeeld met een kort praatje en het doornemen van de taken.
- Geef één taak tegelijk. Leg uit, doe voor, doe samen en laat dan pas alleen doen.
- Gebruik een stappenkaart met tekst of foto's voor taken die vaak terugkomen.
- Praat in korte, duidelijke zinnen. Vermijd beeldspraak en ironie.
- Kondig veranderingen vooraf aan, bijvoorbeeld een andere begeleider of een drukke dag.
- Zorg voor een rustige plek waar de leerling even kan bijkomen.
- Geef vaak en concreet feedback, en benoem vooral wat goed gaat.

## Als het niet goed gaat
Raakt de leerling overstuur of gaat er iets mis? Blijf rustig, geef ruimte en bel de stagebegeleider van school. Die kent de leerling goed en weet wat helpt. Bespreek achteraf samen wat er gebeurde en hoe het de volgende keer anders kan.

## Samenwerking met school
De stagebegeleider komt in het begin elke week langs, later minder vaak. Samen met de leerling bespreekt u de leerdoelen en de voortgang. Aan het einde vult u een eenvoudige beoordeling in.
"""

DOCS["beoordeling-beroepsgericht"] = """# Beoordelingsformulier beroepsgerichte stage
In te vullen door de werkbegeleider aan het einde van de stage. Bespreek de beoordeling met de leerling.

_ Naam leerling en klas
_ Stagebedrijf
_ Naam werkbegeleider
_ Periode

## Beoordeling
Geef per onderdeel een cijfer van 1 tot 5 (1 = onvoldoende, 3 = voldoende, 5 = uitstekend).
_ Op tijd komen en afspraken nakomen
_ Inzet en motivatie
_ Kwaliteit van het werk
_ Zelfstandigheid
_ Samenwerken met collega's
_ Omgang met klanten of cliënten
_ Veilig en netjes werken
_ Vragen stellen en feedback gebruiken

## Toelichting
_ Wat ging goed?
_ Wat kan beter?
_ Tip voor de toekomst

## Aanwezigheid
_ Aantal dagen aanwezig
_ Aantal dagen afwezig (en reden)

## Ondertekening
_ Datum
_ Handtekening werkbegeleider
_ Handtekening leerling
"""

DOCS["evaluatie-mas"] = """# Evaluatieformulier maatschappelijke stage
Dit formulier vul je samen met je contactpersoon in aan het einde van je maatschappelijke stage.

## Deel 1: door de leerling
_ Naam en klas
_ Organisatie
_ Wat heb je gedaan?
_ Wat vond je leuk?
_ Wat vond je moeilijk?
_ Wat heb je geleerd over jezelf?
_ Zou je dit vrijwilligerswerk nog eens doen? Waarom wel of niet?

## Deel 2: door de contactpersoon
_ Aantal uren gemaakt
_ Hoe was de inzet van de leerling?
_ Wat ging goed?
_ Tip voor de leerling
_ Handtekening contactpersoon

Lever het ingevulde formulier in bij je mentor. Je maatschappelijke stage is pas afgerond als het formulier is getekend.
"""

DOCS["beroepenkoffer-voorwaarden"] = """# Beroepenkoffer zorg: uitleenvoorwaarden
De beroepenkoffer zorg is een koffer met materialen waarmee leerlingen in de klas kennismaken met werken in de zorg. Scholen en zorginstellingen in de regio kunnen de koffer gratis lenen.

## Inhoud
In de koffer zitten onder andere een bloeddrukmeter, een oefenarm voor het meten van de pols, een verouderingspak (bril, handschoenen en gewichten), een set hulpmiddelen voor eten en drinken, opdrachtkaarten en een handleiding voor de docent. Een volledige inhoudslijst zit in de koffer en staat bij dit materiaal.

## Reserveren
- Reserveer de koffer per e-mail bij het stagebureau, minstens twee weken van tevoren.
- U kunt de koffer maximaal twee weken lenen.
- Ophalen en terugbrengen op het adres van het stagebureau, Stationsweg 1 in Meppel, op werkdagen tussen 9.00 en 16.00 uur.

## Voorwaarden
- De lener controleert bij ophalen en terugbrengen samen met een medewerker of alles compleet is.
- Materialen worden schoon teruggebracht. Het verouderingspak mag niet gewassen worden; meld vlekken.
- Bij verlies of schade betaalt de lener de kosten van vervanging.
- De koffer wordt alleen gebruikt onder begeleiding van een docent of medewerker.

## Contact
Vragen over de koffer? Mail naar info@stagebureau-zwd.example.nl of bel 0522 123 456.
"""

DOCS["vr-brillen"] = """# VR-brillenset beroepenoriëntatie: uitleenvoorwaarden
Met de VR-brillenset kunnen leerlingen met een virtual-reality-bril een kijkje nemen in beroepen waar ze niet zomaar naar binnen kunnen: een operatiekamer, een melkveestal, een lasrobot of een vrachtwagencabine. De set bevat tien brillen met filmpjes van bedrijven uit de regio.

## Voor wie?
Voor scholen voor voortgezet onderwijs, praktijkonderwijs en vso in de regio. De set is geschikt voor leerlingen vanaf 13 jaar. Let op: sommige mensen worden misselijk van VR. Laat leerlingen niet langer dan 10 minuten achter elkaar kijken.

## Reserveren en lenen
- Reserveer per e-mail bij het stagebureau, minstens drie weken van tevoren.
- De uitleentermijn is maximaal één week.
- De set wordt opgeladen uitgeleend. Breng hem opgeladen terug.
- Ophalen en terugbrengen bij het stagebureau in Meppel.

## Hygiëne en gebruik
- Gebruik de wegwerphoesjes uit de set; elke leerling krijgt een eigen hoesje.
- Maak de brillen na gebruik schoon met de doekjes uit de set.
- Installeer geen andere apps en wijzig de instellingen niet.

## Schade
Meld schade direct bij het stagebureau. Bij schade door onzorgvuldig gebruik betaalt de school de reparatie.
"""

DOCS["lesbrief-voorbereiden"] = """# Lesbrief: voorbereiden op je stage
Deze lesbrief is voor mentoren in het vmbo en de onderbouw van havo en vwo. In twee lessen van 50 minuten bereiden leerlingen zich voor op hun stage.

## Les 1: wat past bij mij?
Doel: leerlingen weten wat ze zoeken in een stage.
- Opening (5 minuten): vraag wie al weet waar hij of zij stage wil lopen.
- Opdracht 1 (15 minuten): leerlingen schrijven drie dingen op die ze leuk vinden en drie dingen die ze goed kunnen. Ze bespreken dit in tweetallen.
- Opdracht 2 (20 minuten): leerlingen zoeken op de site van het stagebureau drie vacatures die passen bij hun lijstje. Ze noteren titel, bedrijf, plaats en hoe je reageert.
- Afsluiting (10 minuten): een paar leerlingen vertellen welke vacature ze kozen en waarom.

## Les 2: contact leggen
Doel: leerlingen kunnen een bedrijf bellen of mailen.
- Opening (5 minuten): bespreek wat leerlingen spannend vinden aan bellen.
- Opdracht 3 (15 minuten): leerlingen schrijven een belscript met behulp van de tip "Zo bel je een bedrijf" op de site.
- Opdracht 4 (25 minuten): rollenspel in drietallen: één belt, één is het bedrijf, één observeert en geeft feedback. Wissel van rol.
- Afsluiting (5 minuten): wat ging goed, wat was lastig?

## Huiswerk
Leerlingen nemen contact op met hun eerste keuze en vertellen de volgende les hoe het ging.
"""

TEXTS = {}

TEXTS["urenregistratie.csv"] = (
    "datum;begintijd;eindtijd;pauze_minuten;uren;werkzaamheden;paraaf_praktijkopleider\n"
    "2027-02-01;08:30;16:30;30;7,5;Kennismaking en rondleiding;\n"
    "2027-02-02;08:30;16:30;30;7,5;;\n"
    "2027-02-03;08:30;12:30;0;4;;\n"
    ";;;;;;\n"
    ";;;;;;\n"
)

TEXTS["vacatures-aanleveren.csv"] = (
    "titel;plaats;adres;sectoren;niveaus;soort;vorm;groepsgrootte;van;tot;"
    "periode_omschrijving;uren_per_week;plaatsen;reageren_via;contactpersoon;"
    "email;telefoon;beschrijving\n"
    "Dierenverzorger op de kinderboerderij;Hoogeveen;Parkweg 4;dieren-en-natuur;"
    "praktijkonderwijs;lintstage;individueel;;2027-02-01;2027-06-25;Elke dinsdag;"
    "7;2;school;Marjolein Smit;m.smit@dehooiberg.example.nl;;dierenverzorger.odt\n"
    ";;;;;;;;;;;;;;;;;\n"
)

TEXTS["sollicitatiebrief.txt"] = DOCS["sjabloon-sollicitatiebrief"].replace("# ", "", 1)

TEXTS["inhoud-beroepenkoffer.txt"] = """Inhoud beroepenkoffer zorg

 1  bloeddrukmeter (automatisch) met manchet
 1  oefenarm voor polsmeting
 1  verouderingspak: bril, oordopjes, handschoenen, gewichten voor polsen en enkels
 1  set eet- en drinkhulpmiddelen (beker met tuit, verzwaard bestek, antislipmat)
 2  rollen verband en een mitella
 1  doos handschoenen (maat M)
20  opdrachtkaarten (A5, geplastificeerd)
 1  handleiding voor de docent
 1  inhoudslijst (dit blad)

Controleer bij ophalen en terugbrengen of alles compleet is.
Vragen: info@stagebureau-zwd.example.nl, 0522 123 456.
"""

TEXTS["checklist-stage.txt"] = DOCS["checklist-leerling"].replace("# ", "", 1)

# slug, titel, soort, doelgroep, eigenaar, licentie, body, bestanden[(naam, titel, bron)]
# bron: ("odt"|"pdf", doc key) or ("text", text key)
MATERIALEN = [
    dict(slug="modelstageovereenkomst-vmbo", titel="Modelstageovereenkomst vmbo",
         soort="stageovereenkomst", doelgroep=["scholen", "stagebieders"],
         eigenaar="het-reest-college", licentie="CC BY 4.0",
         bestanden=[("modelstageovereenkomst.odt", "Bewerkbare versie (ODT)", ("odt", "stageovereenkomst-vmbo")),
                    ("modelstageovereenkomst.pdf", "Afdrukversie (PDF)", ("pdf", "stageovereenkomst-vmbo"))],
         body="""Een modelovereenkomst voor beroepsgerichte stages en snuffelstages in het vmbo. De overeenkomst is afgestemd op de regels voor werktijden van minderjarigen en bevat afspraken over begeleiding, verzekering en beëindigen.

Scholen kunnen de bewerkbare versie aanpassen met hun eigen logo en gegevens. Laat de overeenkomst ondertekenen voordat de stage begint."""),
    dict(slug="overeenkomst-maatschappelijke-stage", titel="Overeenkomst maatschappelijke stage",
         soort="stageovereenkomst", doelgroep=["scholen", "stagebieders", "leerlingen"],
         eigenaar="stagebureau-zwd", licentie="CC BY 4.0",
         bestanden=[("overeenkomst-mas.odt", "Bewerkbare versie (ODT)", ("odt", "overeenkomst-mas")),
                    ("overeenkomst-mas.pdf", "Afdrukversie (PDF)", ("pdf", "overeenkomst-mas"))],
         body="""Een korte overeenkomst voor de maatschappelijke stage. Leerling, school en organisatie leggen vast wat de leerling gaat doen, wanneer en hoeveel uur.

Geschikt voor verenigingen, stichtingen en zorginstellingen die vrijwilligerswerk aanbieden aan leerlingen."""),
    dict(slug="voorbeeldbrief-aan-bedrijven", titel="Voorbeeldbrief: stageplekken gezocht",
         soort="brief-aan-bedrijven", doelgroep=["scholen", "makelaars"],
         eigenaar="stagebureau-zwd", licentie="CC BY 4.0",
         bestanden=[("brief-aan-bedrijven.odt", "Brief (ODT)", ("odt", "brief-bedrijven"))],
         body="""Een voorbeeldbrief om bedrijven te vragen of ze een stageplek willen aanbieden. De brief legt kort uit wat een stage inhoudt, wat we van een bedrijf vragen en wat het stagebureau en de school bieden.

Vul de gegevens tussen haken aan en pas de tekst aan voor uw school of sector."""),
    dict(slug="brief-lintstage-praktijkonderwijs", titel="Brief aan stagebieders over de lintstage",
         soort="brief-aan-bedrijven", doelgroep=["stagebieders", "scholen"],
         eigenaar="praktijkschool-de-vaart", licentie="CC BY 4.0",
         bestanden=[("brief-lintstage.odt", "Brief (ODT)", ("odt", "brief-lintstage")),
                    ("brief-lintstage.pdf", "Brief (PDF)", ("pdf", "brief-lintstage"))],
         body="""Praktijkschool De Vaart gebruikt deze brief om nieuwe stagebieders uit te leggen wat een lintstage is en wat ze kunnen verwachten. Andere scholen voor praktijkonderwijs mogen de brief gebruiken en aanpassen."""),
    dict(slug="brief-aan-ouders-stageperiode", titel="Brief aan ouders over de stageperiode",
         soort="brief-aan-ouders", doelgroep=["scholen", "ouders"],
         eigenaar="vakcollege-steenwijk", licentie="CC BY 4.0",
         bestanden=[("brief-aan-ouders.odt", "Brief (ODT)", ("odt", "brief-ouders"))],
         body="""Een brief voor ouders en verzorgers van vmbo-leerlingen die op stage gaan. De brief vertelt over de stageovereenkomst, wat ouders kunnen doen en wie ze kunnen bellen.

Pas de data, het leerjaar en de namen aan voor uw eigen school."""),
    dict(slug="checklist-eerste-stagedag", titel="Checklist eerste stagedag voor werkbegeleiders",
         soort="checklist", doelgroep=["stagebieders"],
         eigenaar="stagebureau-zwd", licentie="CC BY 4.0",
         bestanden=[("checklist-eerste-stagedag.pdf", "Checklist (PDF)", ("pdf", "checklist-eerste-dag"))],
         body="""Een goede start maakt veel verschil. Met deze checklist bereidt u de eerste dag en de eerste week van een stagiair voor: van het welkomstbericht tot het eerste evaluatiegesprek."""),
    dict(slug="checklist-veilig-werken-jongeren", titel="Checklist veilig werken met stagiairs onder de 18",
         soort="checklist", doelgroep=["stagebieders", "scholen"],
         eigenaar="stagebureau-zwd", licentie="CC BY 4.0",
         bestanden=[("checklist-veilig-werken.pdf", "Checklist (PDF)", ("pdf", "checklist-veilig-werken"))],
         body="""Voor stagiairs jonger dan 18 jaar gelden extra regels voor werktijden, pauzes en het soort werk. Met deze checklist controleert u of alles goed is geregeld.

De checklist is een hulpmiddel en geen juridisch advies. Bij twijfel kunt u terecht bij de school of de Nederlandse Arbeidsinspectie."""),
    dict(slug="checklist-klaar-voor-je-stage", titel="Checklist: ben je klaar voor je stage?",
         soort="checklist", doelgroep=["leerlingen", "ouders"],
         eigenaar="het-reest-college", licentie="CC BY 4.0",
         bestanden=[("checklist-stage.pdf", "Checklist om af te drukken (PDF)", ("pdf", "checklist-leerling")),
                    ("checklist-stage.txt", "Tekstversie (TXT)", ("text", "checklist-stage.txt"))],
         body="""Een checklist voor leerlingen: heb je alles geregeld voordat je op stage gaat? Van de stageovereenkomst tot je lunch. Print hem uit en hang hem op je kamer."""),
    dict(slug="sjabloon-stageverslag", titel="Sjabloon stageverslag",
         soort="sjabloon", doelgroep=["leerlingen", "scholen"],
         eigenaar="het-reest-college", licentie="CC BY 4.0",
         bestanden=[("sjabloon-stageverslag.odt", "Sjabloon (ODT)", ("odt", "sjabloon-stageverslag"))],
         body="""Een sjabloon met een duidelijke indeling voor je stageverslag: inleiding, het bedrijf, je werkzaamheden, wat je hebt geleerd en een terugblik. Je vervangt de tekst tussen haken door je eigen tekst.

Open het bestand in LibreOffice, Microsoft Word of Google Documenten."""),
    dict(slug="sjabloon-urenregistratie", titel="Sjabloon urenregistratie bpv",
         soort="sjabloon", doelgroep=["leerlingen", "stagebieders"],
         eigenaar="mbo-college-zuidwest", licentie="CC BY 4.0",
         bestanden=[("urenregistratie.csv", "Spreadsheet (CSV)", ("text", "urenregistratie.csv")),
                    ("urenregistratie.pdf", "Weekformulier (PDF)", ("pdf", "urenregistratie"))],
         body="""Mbo-studenten houden tijdens de bpv hun uren bij. Gebruik het spreadsheetbestand als je digitaal werkt, of print het weekformulier. De praktijkopleider tekent elke week af.

Het CSV-bestand gebruikt een puntkomma als scheidingsteken, zodat het goed opent in Nederlandse spreadsheetprogramma's."""),
    dict(slug="sjabloon-sollicitatiebrief", titel="Sjabloon sollicitatiebrief voor een stage",
         soort="sjabloon", doelgroep=["leerlingen"],
         eigenaar="vakcollege-steenwijk", licentie="CC BY 4.0",
         bestanden=[("sjabloon-sollicitatiebrief.odt", "Sjabloon (ODT)", ("odt", "sjabloon-sollicitatiebrief")),
                    ("sollicitatiebrief.txt", "Tekstversie (TXT)", ("text", "sollicitatiebrief.txt"))],
         body="""Een eenvoudige sollicitatiebrief voor een stage, met uitleg tussen haken. Vul je eigen gegevens in en schrijf in je eigen woorden waarom je bij dit bedrijf stage wilt lopen.

Lees ook de tip over het maken van je eerste cv."""),
    dict(slug="handleiding-stageplek-aanleveren", titel="Handleiding: een stageplek aanleveren",
         soort="handleiding", doelgroep=["stagebieders", "makelaars"],
         eigenaar="stagebureau-zwd", licentie="CC BY 4.0",
         bestanden=[("handleiding-stageplek-aanleveren.pdf", "Handleiding (PDF)", ("pdf", "handleiding-vacature")),
                    ("vacatures-aanleveren.csv", "Sjabloon voor meerdere vacatures (CSV)", ("text", "vacatures-aanleveren.csv"))],
         body="""Hoe levert u een stageplek aan bij het stagebureau? Deze handleiding zegt welke gegevens we nodig hebben en geeft tips voor een goede beschrijving.

Heeft u veel stageplekken? Gebruik dan het CSV-sjabloon om ze in één keer aan te leveren."""),
    dict(slug="handleiding-begeleiden-extra-ondersteuning", titel="Handleiding begeleiden van stagiairs met extra ondersteuning",
         soort="handleiding", doelgroep=["stagebieders"],
         eigenaar="vso-de-linde", licentie="CC BY 4.0",
         bestanden=[("handleiding-extra-ondersteuning.pdf", "Handleiding (PDF)", ("pdf", "handleiding-extra-ondersteuning")),
                    ("handleiding-extra-ondersteuning.odt", "Bewerkbare versie (ODT)", ("odt", "handleiding-extra-ondersteuning"))],
         body="""Praktische tips van de stagecoördinatoren van VSO De Linde voor werkbegeleiders van leerlingen uit het vso en het praktijkonderwijs: over structuur, duidelijke taal, stappenkaarten en wat u doet als het even niet gaat."""),
    dict(slug="beoordelingsformulier-beroepsgerichte-stage", titel="Beoordelingsformulier beroepsgerichte stage",
         soort="formulier", doelgroep=["stagebieders", "scholen"],
         eigenaar="vakcollege-steenwijk", licentie="CC BY 4.0",
         bestanden=[("beoordelingsformulier.odt", "Invulbaar formulier (ODT)", ("odt", "beoordeling-beroepsgericht")),
                    ("beoordelingsformulier.pdf", "Afdrukversie (PDF)", ("pdf", "beoordeling-beroepsgericht"))],
         body="""Met dit formulier beoordeelt de werkbegeleider de leerling aan het einde van een beroepsgerichte stage. Acht onderdelen, van op tijd komen tot veilig werken, met ruimte voor een toelichting en een tip voor de toekomst."""),
    dict(slug="evaluatieformulier-maatschappelijke-stage", titel="Evaluatieformulier maatschappelijke stage",
         soort="formulier", doelgroep=["leerlingen", "stagebieders"],
         eigenaar="het-reest-college", licentie="CC BY 4.0",
         bestanden=[("evaluatie-maatschappelijke-stage.odt", "Formulier (ODT)", ("odt", "evaluatie-mas"))],
         body="""Een evaluatieformulier dat de leerling en de contactpersoon samen invullen aan het einde van de maatschappelijke stage."""),
    dict(slug="uitleen-beroepenkoffer-zorg", titel="Beroepenkoffer zorg (uitleen)",
         soort="uitleen-item", doelgroep=["scholen", "stagebieders"],
         eigenaar="stagebureau-zwd",
         bestanden=[("uitleenvoorwaarden-beroepenkoffer.pdf", "Uitleenvoorwaarden (PDF)", ("pdf", "beroepenkoffer-voorwaarden")),
                    ("inhoud-beroepenkoffer.txt", "Inhoudslijst (TXT)", ("text", "inhoud-beroepenkoffer.txt"))],
         body="""Een koffer vol materialen waarmee leerlingen in de klas ervaren hoe het is om in de zorg te werken: bloeddruk meten, een verouderingspak aantrekken en helpen bij eten en drinken.

De koffer is gratis te leen voor scholen en zorginstellingen in de regio. Reserveer minstens twee weken van tevoren."""),
    dict(slug="uitleen-vr-brillenset", titel="VR-brillenset beroepenoriëntatie (uitleen)",
         soort="uitleen-item", doelgroep=["scholen"],
         eigenaar="stagebureau-zwd",
         bestanden=[("uitleenvoorwaarden-vr-brillen.pdf", "Uitleenvoorwaarden (PDF)", ("pdf", "vr-brillen"))],
         body="""Tien VR-brillen met filmpjes uit bedrijven in de regio. Leerlingen kijken rond in een operatiekamer, een melkveestal, een metaalbedrijf en een vrachtwagencabine, zonder de klas uit te gaan.

Te leen voor scholen voor voortgezet onderwijs, praktijkonderwijs en vso."""),
    dict(slug="lesbrief-voorbereiden-op-je-stage", titel="Lesbrief: voorbereiden op je stage",
         soort="lesmateriaal", doelgroep=["scholen"],
         eigenaar="drentse-poort-lyceum", licentie="CC BY-SA 4.0",
         bestanden=[("lesbrief-voorbereiden-op-stage.odt", "Lesbrief (ODT)", ("odt", "lesbrief-voorbereiden")),
                    ("lesbrief-voorbereiden-op-stage.pdf", "Lesbrief (PDF)", ("pdf", "lesbrief-voorbereiden"))],
         body="""Twee kant-en-klare mentorlessen waarin leerlingen ontdekken wat bij hen past, vacatures zoeken op deze site en oefenen met het bellen van een bedrijf.

Geschikt voor het vmbo en de onderbouw van havo en vwo."""),
]
