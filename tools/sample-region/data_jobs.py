"""Building blocks for vacancy descriptions.

JOBS_TEXT holds one block per kind of work:

    == key | sector, sector | interest, interest
    I: intro sentence ({org}, {plaats} are filled in)
    T: task (an infinitive phrase: "de dieren voeren")
    L: what you learn (a sentence)
    V: what we ask (a sentence)

A line tag with "+" is only used for mbo-2 and up and hbo, with "-" only for
the other levels. generate.py combines these blocks with the sentences about
the kind of stage and the level below, so that no two descriptions are alike.
"""

JOBS_TEXT = """
== zorg-ouderen | zorg-en-welzijn | mensen helpen, ouderen
I: In {org} wonen ouderen die niet meer zelfstandig thuis kunnen wonen. Jij helpt mee om hun dag zo prettig mogelijk te maken.
I: Werken in de ouderenzorg is werken met je hart én je handen. Bij {org} in {plaats} merk je elke dag dat je echt iets betekent voor de bewoners.
T: bewoners helpen bij het eten en drinken
T: koffie en thee rondbrengen en een praatje maken
T: helpen bij het opmaken van bedden en het opruimen van de kamers
T: met bewoners wandelen in de tuin of naar de winkel
T-: meehelpen bij spelletjes, zingen of een creatieve middag
T+: bewoners helpen bij het wassen en aankleden
T+: de zorg rapporteren in het elektronisch dossier
T+: bloeddruk, pols en gewicht meten en de uitkomsten noteren
L: Je leert hoe je rustig en duidelijk praat met mensen die slecht horen of vergeetachtig zijn.
L: Je leert wat er allemaal komt kijken bij goede zorg en hygiëne.
L-: Je ontdekt of werken in de zorg bij je past.
L+: Je leert werken volgens het zorgplan van een bewoner en je oefent met voorbehouden handelingen onder toezicht.
L+: Je leert samenwerken in een team met verzorgenden, verpleegkundigen en een fysiotherapeut.
V: Je bent vriendelijk en geduldig en je vindt het leuk om met ouderen om te gaan.
V: Je kunt goed luisteren.
V: Je gaat zorgvuldig om met privacy: wat je hoort over bewoners, blijft binnen.
V+: Je hebt een VOG (verklaring omtrent het gedrag) of vraagt die aan voordat je begint; wij betalen de kosten.

== activiteiten | zorg-en-welzijn | mensen helpen, creatief
I: {org} organiseert elke dag activiteiten: van bakken en bloemschikken tot muziek en bewegen. Jij helpt de activiteitenbegeleiders.
I: Een zinvolle dag maakt een groot verschil. Bij {org} help je mee bij de dagbesteding en de activiteiten voor de deelnemers.
T: een activiteit voorbereiden en na afloop opruimen
T: meedoen met spelletjes, knutselen en muziek
T: deelnemers ophalen en wegbrengen binnen het gebouw
T: helpen bij het bakken van koekjes of het maken van een lunch
T+: zelf een activiteit bedenken, uitvoeren en evalueren
T+: observeren hoe deelnemers reageren en dat bespreken in het team
L: Je leert hoe je een activiteit zo maakt dat iedereen kan meedoen.
L: Je leert omgaan met mensen die iets anders nodig hebben dan jij.
L+: Je leert doelen uit een ondersteuningsplan vertalen naar een activiteit.
V: Je bent creatief en neemt zelf initiatief.
V: Je bent geduldig en niet snel uit het veld geslagen.
V: Je vindt het leuk om dingen te organiseren.

== mas-ouderen | zorg-en-welzijn | mensen helpen, ouderen, vrijwilligerswerk
I: Veel bewoners van {org} krijgen weinig bezoek. Met jouw maatschappelijke stage maak je hun week een stuk gezelliger.
I: Tijd hebben voor een ander: dat is het belangrijkste bij deze stage in {org}.
T: een spelletje doen met een bewoner, bijvoorbeeld sjoelen of rummikub
T: met een bewoner in een rolstoel een wandeling maken
T: helpen bij de koffieochtend of de bingo
T: voorlezen uit de krant of een boek
T: samen foto's bekijken en verhalen van vroeger horen
L: Je leert hoe je een gesprek begint met iemand die je nog niet kent.
L: Je merkt hoe waardevol een beetje aandacht kan zijn.
L: Je leert hoe je veilig een rolstoel duwt.
V: Je bent minimaal 13 jaar.
V: Je komt je afspraken na, ook als het een keer minder zin heeft.
V: Je bent vriendelijk en niet verlegen om een praatje te maken.

== thuiszorg | zorg-en-welzijn | mensen helpen, zelfstandig werken
I: Bij {org} bezoek je cliënten in {plaats} en de dorpen eromheen. Je rijdt mee met een ervaren collega.
I: In de thuiszorg ben je te gast bij de cliënt. {org} zoekt een stagiair die dat respect begrijpt.
T: cliënten helpen bij het wassen, aankleden en steunkousen aantrekken
T: medicijnen aanreiken en controleren of ze zijn ingenomen
T: een boterham smeren en kijken of iemand genoeg drinkt
T: signaleren of het goed gaat met de cliënt en dat doorgeven
T: rapporteren in de app van het wijkteam
L: Je leert zelfstandig beslissingen nemen, maar ook wanneer je hulp moet vragen.
L: Je leert hoe je je werk plant als je bij tien cliënten op een ochtend komt.
L: Je leert werken met hulpmiddelen zoals een tillift en een douchestoel.
V: Je hebt een fiets of scooter, want je gaat soms zelf naar een cliënt.
V: Je bent op tijd en betrouwbaar.
V: Je hebt een VOG of vraagt die aan voor je begint.

== gehandicaptenzorg | zorg-en-welzijn | mensen helpen, begeleiden
I: {org} biedt wonen en dagbesteding aan mensen met een verstandelijke beperking. Jij helpt hen om zo zelfstandig mogelijk te leven.
I: Bij {org} gaat het om meedoen. Je ondersteunt bewoners en deelnemers bij hun werk en hun dagelijkse leven.
T: bewoners helpen bij koken, boodschappen doen en schoonmaken
T: meewerken in de houtwerkplaats of de kringloopwinkel
T: samen met deelnemers naar een activiteit of sport gaan
T+: meewerken aan het ondersteuningsplan van een bewoner
T+: een gesprek voeren met een bewoner over zijn doelen
T: een dagprogramma met pictogrammen klaarzetten
L: Je leert hoe je iemand helpt zonder het werk van hem over te nemen.
L: Je leert duidelijke, korte taal gebruiken.
L+: Je leert methodisch werken: observeren, plannen, uitvoeren en evalueren.
V: Je bent rustig en duidelijk.
V: Je kunt goed samenwerken in een team.
V: Je vindt het niet erg om onregelmatig te werken, bijvoorbeeld ook een keer in het weekend.

== zorgboerderij | zorg-en-welzijn, dieren-en-natuur | dieren, mensen helpen, buiten werken
I: Op {org} werken mensen met een beperking mee op de boerderij. Jij werkt met hen samen en helpt ze waar nodig.
I: Zorg en boerenwerk samen: dat is {org}. Je bent veel buiten en werkt met dieren en mensen.
T: met deelnemers de geiten, schapen en kippen verzorgen
T: eieren rapen en klaarmaken voor de boerderijwinkel
T: werken in de moestuin: zaaien, wieden en oogsten
T: samen de lunch klaarmaken
T+: een werkplek zo inrichten dat een deelnemer zelfstandig kan werken
T+: bijhouden hoe het met deelnemers gaat en dat bespreken
L: Je leert hoe je werk verdeelt in kleine, duidelijke stappen.
L: Je leert hoe je mensen motiveert zonder te duwen.
L: Je leert veel over dieren en over de seizoenen in de moestuin.
V: Je houdt van buiten zijn, ook als het regent.
V: Je bent geduldig en rustig.
V: Je hebt stevige schoenen of laarzen en kleren die vies mogen worden.

== apotheek | zorg-en-welzijn, handel-en-retail | zorg, klantcontact
I: In {org} help je klanten met hun medicijnen en geef je uitleg aan de balie.
I: Een apotheek is meer dan een winkel met medicijnen. Bij {org} leer je het hele vak van apothekersassistent.
T: recepten invoeren en controleren
T: medicijnen klaarmaken en etiketteren
T: klanten aan de balie uitleg geven over het gebruik van hun medicijnen
T: de voorraad bijhouden en bestellingen verwerken
T: telefonische vragen van huisartsen en klanten beantwoorden
L: Je leert hoe je medicijnen veilig uitgeeft en wat je moet controleren.
L: Je leert werken met het apotheeksysteem.
L: Je leert moeilijke informatie in eenvoudige woorden uitleggen.
V: Je werkt nauwkeurig.
V: Je bent klantvriendelijk en kunt goed uitleggen.
V: Je kunt omgaan met vertrouwelijke informatie.

== verpleegkunde-project | zorg-en-welzijn | onderzoek, zorg
I: {org} wil weten hoe de zorg beter kan. Voor deze opdracht zoeken we een student die onderzoek doet in de praktijk.
I: Bij {org} werk je aan een echte vraag uit de praktijk van de zorg.
T: interviews houden met cliënten, familie en zorgmedewerkers
T: literatuur zoeken over het onderwerp
T: een kleine verbetering bedenken en uitproberen
T: je resultaten presenteren aan het team
L: Je leert hoe je een praktijkonderzoek opzet en uitvoert.
L: Je leert hoe je collega's meekrijgt in een verandering.
V: Je werkt zelfstandig en neemt initiatief.
V: Je schrijft helder en kunt je resultaten goed presenteren.

== kinderopvang | kinderopvang | kinderen, spelen
I: Bij {org} spelen en leren kinderen de hele dag. Jij werkt mee op een vaste groep.
I: Kinderen een fijne dag geven: daar draait alles om bij {org} in {plaats}.
T: spelletjes doen, voorlezen en knutselen met de kinderen
T: helpen bij het eten en drinken en bij het naar bed brengen
T: de groep opruimen en schoonmaken
T: buiten spelen en opletten dat het veilig is
T+: zelf activiteiten voorbereiden die passen bij de leeftijd van de kinderen
T+: kinderen observeren en met ouders praten bij het ophalen
L: Je leert hoe kinderen van verschillende leeftijden zich ontwikkelen.
L: Je leert hoe je duidelijke grenzen stelt op een vriendelijke manier.
L+: Je leert werken met het pedagogisch beleidsplan en de regels voor veiligheid en gezondheid.
V: Je vindt het leuk om met jonge kinderen te werken.
V: Je bent geduldig en kunt tegen een beetje drukte.
V: Je hebt een VOG; wij vragen die voor je aan.

== bso-helper | kinderopvang | kinderen, spelen, buiten werken
I: Na schooltijd komen de kinderen naar {org}. Jij helpt de pedagogisch medewerkers om er een leuke middag van te maken.
I: Bij {org} is het na drie uur gezellig druk. Jij speelt mee en helpt waar nodig.
T: fruit snijden en drinken klaarzetten
T: buiten spelen: voetballen, tikkertje of hutten bouwen
T: helpen bij knutselen of koken met de kinderen
T: opruimen na het spelen
L: Je leert hoe je kinderen aanspreekt en betrekt bij een spel.
L: Je ontdekt of werken met kinderen iets voor jou is.
V: Je bent sportief en speels.
V: Je bent op tijd en komt je afspraken na.
V: Je vindt het leuk om met kinderen van 4 tot 12 jaar om te gaan.

== onderwijsassistent | onderwijs | kinderen, onderwijs
I: Bij {org} help je de leerkracht in de klas. Je werkt met groepjes kinderen en soms met één kind apart.
I: Heb je plezier in uitleggen? Bij {org} werk je als onderwijsassistent mee in een van de groepen.
T: kinderen helpen met lezen, rekenen of schrijven
T: een klein groepje extra uitleg geven
T: lesmateriaal klaarzetten en kopiëren
T: meehelpen bij gym, excursies en feesten
T+: zelf een korte les voorbereiden en geven
T+: bijhouden hoe kinderen vooruitgaan en dat bespreken met de leerkracht
L: Je leert hoe je iets uitlegt op het niveau van een kind.
L: Je leert hoe een schooldag is opgebouwd en wat er achter de schermen gebeurt.
L+: Je leert omgaan met verschillen in de klas: snelle en langzame leerders, rustige en drukke kinderen.
V: Je bent geduldig en kunt goed uitleggen.
V: Je bent een voorbeeld voor de kinderen, ook in je taalgebruik.
V: Je hebt een VOG.

== meeloop-leerkracht | onderwijs | onderwijs, kinderen
I: Twijfel je of de pabo of een andere opleiding in het onderwijs iets voor je is? Loop een dag mee bij {org}.
I: Een dag voor de klas staan is de beste manier om te ontdekken of het onderwijs bij je past. {org} laat het je zien.
T: de hele dag meelopen met een leerkracht
T: een groepje kinderen helpen bij een opdracht
T: een boek voorlezen of een spel begeleiden
T: in de pauze meedoen met het pleinwacht lopen
L: Je ziet hoe een leerkracht een les voorbereidt en geeft.
L: Je krijgt een eerlijk beeld van het werk, ook van de minder leuke kanten.
V: Je stelt vragen en bent nieuwsgierig.
V: Je bereidt je voor: bedenk vooraf wat je wilt weten.

== voorleeshulp | onderwijs, kunst-en-cultuur | kinderen, lezen, vrijwilligerswerk
I: Kinderen die veel lezen, leren beter. Bij {org} help je kinderen om plezier te krijgen in lezen.
I: Ben je een boekenliefhebber? Bij {org} lees je voor aan jonge kinderen en help je ze met lezen.
T: voorlezen aan een groepje kleuters
T: samen met een kind lezen en helpen bij moeilijke woorden
T: boeken uitzoeken die passen bij het niveau
T: helpen bij een leesactiviteit of boekenmarkt
L: Je leert hoe je spannend voorleest.
L: Je leert hoe je een kind helpt zonder voor te zeggen.
V: Je leest zelf graag.
V: Je kunt duidelijk en rustig praten.
V: Je bent minimaal 13 jaar.

== pabo-project | onderwijs | onderwijs, onderzoek
I: {org} wil het onderwijs voor de kinderen steeds beter maken. Voor dit project zoeken we een student van de pabo of een andere lerarenopleiding.
T: meedraaien in een groep en lessen geven
T: onderzoek doen naar een vraag van het team, bijvoorbeeld over buiten leren
T: lesmateriaal ontwikkelen en uitproberen
T: je resultaten presenteren op een teamvergadering
L: Je leert hoe je onderwijs verbetert met een klein onderzoek.
L: Je leert samenwerken met een team van leerkrachten.
V: Je zit in je tweede, derde of vierde jaar.
V: Je bent zelfstandig en hebt goede ideeën.

== fietsenmaker | techniek | techniek, sleutelen, fietsen
I: In de werkplaats van {org} staan elke dag tientallen fietsen die gerepareerd moeten worden. Jij helpt mee.
I: Ben je handig en sleutel je graag? Bij {org} leer je alles over fietsen en e-bikes.
T: banden en binnenbanden vervangen
T: remmen en versnellingen afstellen
T: nieuwe fietsen in elkaar zetten en rijklaar maken
T: een onderhoudsbeurt uitvoeren met een checklist
T+: storingen aan e-bikes opzoeken met de diagnosecomputer
T+: klanten uitleggen wat er aan de fiets is gedaan
L: Je leert veilig werken met gereedschap.
L: Je leert hoe een fiets in elkaar zit en waarom hij soms kapotgaat.
L+: Je leert werken met de elektronica van e-bikes.
V: Je bent handig en vindt het niet erg om vieze handen te krijgen.
V: Je werkt netjes en ruimt je werkplek op.
V: Je vraagt om hulp als je iets niet weet.

== autotechniek | techniek | techniek, sleutelen, auto's
I: In de werkplaats van {org} onderhouden en repareren we auto's van alle merken. Jij werkt mee met onze monteurs.
I: Wil je monteur worden? Bij {org} kun je aan de slag in een moderne werkplaats.
T: olie verversen en filters vervangen
T: banden wisselen en de bandenspanning controleren
T: meehelpen bij een apk-keuring
T: de werkplaats schoonhouden en gereedschap opruimen
T+: storingen uitlezen met de diagnosecomputer
T+: werken aan hybride en elektrische auto's, onder begeleiding
L: Je leert hoe een auto werkt en hoe je hem veilig onderhoudt.
L: Je leert werken met de hefbrug en met professioneel gereedschap.
L+: Je leert veilig werken aan hoogvoltsystemen van elektrische auto's.
V: Je hebt interesse in auto's en techniek.
V: Je werkt veilig en volgt de regels in de werkplaats.
V: Je bent leergierig en stelt vragen.

== metaal | techniek | techniek, lassen, machines
I: Bij {org} maken we onderdelen van staal, rvs en aluminium. Je werkt mee in de werkplaats.
I: Van een plaat metaal naar een onderdeel voor een machine: bij {org} zie je hoe dat gaat.
T: materialen meten, aftekenen en zagen
T: boren, tappen en ontbramen
T: onderdelen in elkaar zetten met bouten of klinknagels
T: onder begeleiding oefenen met lassen
T+: een kantbank instellen en bedienen
T+: tekeningen lezen en je werk controleren met meetgereedschap
L: Je leert veilig werken in een productiehal, met de juiste beschermingsmiddelen.
L: Je leert nauwkeurig meten en werken volgens een tekening.
L-: Je ontdekt welke kant van de metaaltechniek je het leukst vindt.
V: Je bent handig en werkt nauwkeurig.
V: Je houdt je aan de veiligheidsregels en draagt veiligheidsschoenen; die krijg je van ons.
V: Je kunt goed samenwerken.

== elektro | techniek, bouw | techniek, duurzaamheid
I: {org} legt elektra, warmtepompen en zonnepanelen aan. Je gaat mee naar klanten en werkt mee met een monteur.
I: Wil je meewerken aan de energietransitie? Bij {org} leer je hoe je huizen duurzaam maakt.
T: leidingen en kabels leggen in nieuwbouwwoningen
T: wandcontactdozen en schakelaars monteren
T: meehelpen bij het plaatsen van zonnepanelen en omvormers
T: materiaal klaarzetten en de bus inladen
T+: een groepenkast aansluiten en doormeten
T+: een warmtepomp installeren en inregelen, onder begeleiding
L: Je leert veilig werken met elektriciteit.
L: Je leert werken volgens tekeningen en schema's.
L+: Je leert meten en storingen zoeken in een installatie.
V: Je bent technisch en werkt netjes.
V: Je bent niet bang voor hoogte.
V: Je bent 's ochtends op tijd, want we vertrekken om half acht.

== drukkerij | techniek, kunst-en-cultuur | techniek, vormgeving, machines
I: Bij {org} worden elke dag duizenden folders, boeken en verpakkingen gemaakt. Jij helpt mee in de productie.
I: Van ontwerp tot drukwerk: bij {org} zie je het hele proces.
T: papier klaarzetten en de machines vullen
T: drukwerk controleren op kleur en fouten
T: snijden, vouwen en inpakken
T: orders klaarmaken voor verzending
T+: een digitale drukpers instellen en bedienen
T+: meedenken over hoe een opdracht sneller of beter kan
L: Je leert hoe een drukkerij werkt en hoe je kwaliteit controleert.
L: Je leert veilig werken met snijmachines en vouwmachines.
V: Je hebt oog voor detail.
V: Je werkt graag met machines.
V: Je kunt goed samenwerken en houdt je aan afspraken.

== bootmonteur | techniek | techniek, water, boten
I: {org} heeft een vloot van elektrische sloepen. Jij helpt de technische dienst om alle boten in topconditie te houden.
I: Sleutelen aan boten in Giethoorn: bij {org} kan het.
T: accu's en elektromotoren controleren
T: boten schoonmaken en kleine reparaties doen
T: meehelpen bij het onderhoud in de winterstalling
T: boten te water laten en aanmeren
L: Je leert hoe elektrische aandrijving werkt.
L: Je leert veilig werken op en bij het water.
V: Je kunt zwemmen.
V: Je bent handig en technisch.
V: Je vindt buiten werken leuk.

== techniek-project | techniek | techniek, onderzoek, duurzaamheid
I: {org} heeft een technische vraag uit de praktijk. Je werkt er als projectstagiair aan mee.
I: Wil je weten hoe technici echte problemen oplossen? Bij {org} werk je mee aan een project.
T: de vraag onderzoeken en metingen doen
T: gesprekken voeren met medewerkers uit de praktijk
T: oplossingen bedenken en vergelijken
T: een advies schrijven en presenteren
L: Je leert hoe een technisch project verloopt, van vraag tot advies.
L: Je leert samenwerken met mensen uit verschillende vakgebieden.
V: Je bent nieuwsgierig en werkt zelfstandig.
V: Je kunt goed schrijven en presenteren.

== timmerman | bouw | bouwen, hout, buiten werken
I: {org} bouwt en verbouwt huizen in de regio. Je werkt mee op de bouwplaats en in de timmerwerkplaats.
I: Zie je jezelf wel op een bouwplaats staan? Bij {org} leer je het timmervak.
T: balken en planken op maat zagen
T: meehelpen bij het plaatsen van kozijnen en deuren
T: een vloer of wand afwerken
T: de bouwplaats netjes en veilig houden
T+: zelfstandig een trap of dakkapel afmonteren
T+: tekeningen lezen en materiaal uitrekenen
L: Je leert werken met handgereedschap en elektrisch gereedschap.
L: Je leert hoe een huis wordt opgebouwd.
L: Je leert veilig werken op hoogte en met een steiger.
V: Je bent handig en werkt graag buiten.
V: Je bent fit: je staat de hele dag en tilt soms zware dingen.
V: Je draagt veiligheidsschoenen en een helm; die krijg je van ons.

== schilder | bouw | schilderen, buiten werken
I: Bij {org} verven we huizen, kantoren en monumenten. Jij werkt mee met een ervaren schilder.
I: Een strak geverfd kozijn, dat geeft voldoening. Bij {org} leer je hoe je dat doet.
T: afplakken en afdekken
T: schuren, plamuren en gaten vullen
T: grondverf en lak aanbrengen met kwast en roller
T: kitten en glas zetten, onder begeleiding
T: kwasten en rollers schoonmaken
L: Je leert hoe je een ondergrond goed voorbereidt.
L: Je leert welke verf je waarvoor gebruikt.
L: Je leert netjes en geduldig werken.
V: Je bent precies en hebt geduld.
V: Je werkt zowel binnen als buiten.
V: Je kunt goed tegen de geur van verf.

== werkvoorbereider | bouw | bouwen, plannen, techniek
I: {org} zoekt een stagiair die wil weten wat er allemaal gebeurt voordat er gebouwd wordt.
I: Op kantoor en op de bouwplaats: bij {org} loop je mee met de werkvoorbereider.
T: tekeningen en bestekken doornemen
T: materiaallijsten maken en bestellingen voorbereiden
T: een planning maken voor een verbouwing
T: meegaan naar bouwvergaderingen en de bouwplaats
L: Je leert hoe je een bouwproject plant en voorbereidt.
L: Je leert werken met tekenprogramma's en planningssoftware.
V: Je kunt goed plannen en organiseren.
V: Je hebt gevoel voor techniek en rekenen.

== servicedesk | ict | computers, mensen helpen
I: Bij de servicedesk van {org} komen elke dag vragen binnen over computers, printers en wachtwoorden. Jij helpt ze oplossen.
I: Los jij graag computerproblemen op? Bij {org} werk je mee op de servicedesk.
T: meldingen aannemen via telefoon en mail
T: laptops installeren en klaarmaken voor nieuwe medewerkers
T: wachtwoorden resetten en accounts aanmaken
T: storingen opzoeken en oplossen of doorzetten
T+: werken aan netwerkbeheer en beveiliging
T+: handleidingen schrijven voor gebruikers
L: Je leert werken met een ticketsysteem.
L: Je leert technische dingen uitleggen aan mensen die er weinig van weten.
L+: Je leert hoe een bedrijfsnetwerk is opgebouwd en beveiligd.
V: Je hebt kennis van Windows en je bent nieuwsgierig naar nieuwe techniek.
V: Je bent klantvriendelijk en blijft rustig als iemand boos is.
V: Je werkt nauwkeurig en houdt bij wat je doet.

== developer | ict | programmeren, computers
I: Het ontwikkelteam van {org} bouwt webapplicaties voor klanten in de regio. Je werkt mee in het team.
I: Wil je programmeren in een echt team? Bij {org} bouw je mee aan software die klanten elke dag gebruiken.
T: meebouwen aan nieuwe functies in een webapplicatie
T: code testen en fouten oplossen
T: meedoen aan de dagelijkse stand-up van het team
T: je code laten beoordelen door een collega
L: Je leert werken met versiebeheer en code reviews.
L: Je leert hoe een team software plant en oplevert.
V: Je hebt basiskennis van HTML, CSS en een programmeertaal.
V: Je durft vragen te stellen.
V: Je werkt graag samen.

== computerreparatie | ict, handel-en-retail | computers, repareren
I: Bij {org} repareren we laptops, tablets en telefoons. Jij helpt in de werkplaats en in de winkel.
I: Kapotte laptop? Bij {org} maken we hem weer heel, en jij helpt mee.
T: laptops schoonmaken en onderdelen vervangen
T: software en updates installeren
T: klanten helpen in de winkel
T: meegaan op huisbezoek bij een klant
L: Je leert hoe een computer in elkaar zit.
L: Je leert klanten uitleg geven in gewone taal.
V: Je bent handig met computers.
V: Je bent vriendelijk en geduldig.

== website-socialmedia | ict, kunst-en-cultuur | media, vormgeving
I: {org} wil meer jongeren bereiken. Help jij ons met onze website en social media?
I: Bij {org} werk je aan een echte opdracht: een betere website en leuke berichten op social media.
T: onderzoeken wat de doelgroep wil zien
T: foto's en korte video's maken
T: teksten schrijven voor de website
T: een planning maken voor berichten op social media
L: Je leert hoe je communiceert voor een echte opdrachtgever.
L: Je leert plannen en presenteren.
V: Je bent creatief en kunt goed schrijven.
V: Je werkt zelfstandig en houdt je aan deadlines.

== supermarkt | handel-en-retail | winkel, klantcontact
I: In {org} werken elke dag tientallen collega's. Jij helpt mee op de winkelvloer.
I: Wil je weten hoe een supermarkt draait? Bij {org} zie je alles, van de vrachtwagen tot de kassa.
T: vakken vullen en producten netjes neerzetten
T: houdbaarheidsdata controleren
T: klanten de weg wijzen in de winkel
T: helpen op de versafdeling
T+: bestellingen doen en de voorraad bijhouden
T+: nieuwe collega's en stagiairs uitleg geven
L: Je leert hoe een winkel wordt ingericht en waarom.
L: Je leert klanten vriendelijk te woord staan.
L: Je leert werken met een handscanner.
V: Je bent vriendelijk en behulpzaam.
V: Je werkt netjes en vlot.
V: Je bent op tijd.

== tuincentrum | handel-en-retail, dieren-en-natuur | planten, winkel, dieren
I: In {org} verkopen we planten, tuinspullen en dierbenodigdheden. Jij werkt mee op de winkelvloer.
I: Houd je van planten en groen? Bij {org} help je klanten aan de mooiste tuin.
T: planten water geven en verzorgen
T: nieuwe planten uitpakken en prijzen
T: de dierenafdeling bijhouden en de vissen voeren
T: klanten helpen en advies geven
T: afrekenen aan de kassa
L: Je leert hoe je planten gezond houdt.
L: Je leert hoe je een klant advies geeft.
V: Je vindt het leuk om met planten te werken.
V: Je bent klantvriendelijk.
V: Je kunt tegen een beetje kou en nattigheid.

== winkel-verkoop | handel-en-retail | winkel, klantcontact
I: In de winkel van {org} ben jij het eerste gezicht dat klanten zien. Je helpt ze vriendelijk en vakkundig.
I: Verkopen is meer dan afrekenen. Bij {org} leer je hoe je klanten écht helpt.
T: klanten begroeten en helpen zoeken
T: de winkel netjes houden en schappen aanvullen
T: afrekenen aan de kassa
T: nieuwe producten uitpakken en prijzen
T+: klanten advies geven en een verkoopgesprek voeren
L: Je leert hoe je een verkoopgesprek voert.
L: Je leert omgaan met geld en met de kassa.
V: Je bent vriendelijk en hebt een open houding.
V: Je ziet er verzorgd uit.

== bakker | horeca, handel-en-retail | bakken, eten
I: Bij {org} bakken we elke dag vers brood en banket. Jij helpt mee in de bakkerij of in de winkel.
I: Ruik jij graag vers brood? Bij {org} leer je het bakkersvak.
T: deeg afwegen en kneden
T: broodjes en koeken vormen
T: banket afwerken en versieren
T: de winkel bevoorraden en klanten helpen
T: afwassen en de bakkerij schoonmaken
L: Je leert hoe brood en banket worden gemaakt.
L: Je leert werken volgens de regels voor hygiëne.
V: Je kunt vroeg beginnen (als je 16 bent of ouder).
V: Je werkt schoon en netjes.
V: Je vindt het leuk om met je handen te werken.

== keuken | horeca | koken, eten
I: In de keuken van {org} koken we met verse producten uit de buurt. Jij werkt mee met de koks.
I: Wil je kok worden? In de keuken van {org} leer je het vak van de grond af.
T: groenten snijden en andere voorbereidingen doen
T: salades en desserts maken
T: meehelpen bij het opmaken van borden
T: afwassen en de keuken schoonmaken
T+: zelfstandig een onderdeel van de kaart bereiden
T+: de voorraad controleren en bestellingen voorbereiden
L: Je leert snijtechnieken en basisbereidingen.
L: Je leert werken volgens de HACCP-regels voor hygiëne.
L+: Je leert werken in een drukke keuken met een team.
V: Je hebt zin om te koken en kunt tegen drukte.
V: Je werkt schoon en netjes.
V: Je kunt ook op een avond of in het weekend werken (als je 16 bent of ouder).

== bediening | horeca | gastvrijheid, eten
I: Gasten een mooie middag of avond bezorgen: dat doe je in de bediening bij {org}.
I: Bij {org} ben jij de gastheer of gastvrouw. Je zorgt dat gasten zich welkom voelen.
T: tafels dekken en afruimen
T: gasten ontvangen en naar hun tafel brengen
T: bestellingen opnemen en uitserveren
T: koffie en thee zetten
T+: gasten adviseren over de kaart
T+: afrekenen en de kassa opmaken
L: Je leert hoe je gasten gastvrij ontvangt.
L: Je leert serveren met meerdere borden.
V: Je bent vriendelijk en hebt een open houding.
V: Je kunt tegen drukte.
V: Je ziet er verzorgd uit.

== receptie-hotel | horeca, economie-en-administratie | gastvrijheid, klantcontact
I: Aan de receptie van {org} heet je gasten welkom en help je ze met al hun vragen.
I: Bij {org} ben je het eerste aanspreekpunt voor gasten.
T: gasten inchecken en uitchecken
T: reserveringen verwerken in het systeem
T: vragen beantwoorden over wandel- en fietsroutes
T: telefoon en mail beantwoorden
T+: klachten van gasten afhandelen
L: Je leert werken met een reserveringssysteem.
L: Je leert gastvrij en professioneel communiceren.
V: Je spreekt een beetje Engels of Duits.
V: Je bent representatief en klantvriendelijk.

== recreatie | horeca, sport | gastvrijheid, kinderen, buiten werken
I: In de zomer is {org} vol met gezinnen. Jij helpt het recreatieteam om er een leuke vakantie van te maken.
I: Bij {org} bedenk en begeleid je activiteiten voor kinderen en volwassenen.
T: een speurtocht of spel voor kinderen begeleiden
T: meehelpen bij het kinderclubje
T: sportactiviteiten organiseren op de speelweide
T: posters maken voor de activiteiten
L: Je leert activiteiten voorbereiden en begeleiden.
L: Je leert hoe je een groep enthousiast maakt.
V: Je bent enthousiast en niet verlegen.
V: Je kunt ook in het weekend werken.

== verhuurbalie | horeca, handel-en-retail | gastvrijheid, water, toerisme
I: Bij {org} komen elke dag toeristen uit de hele wereld. Jij helpt ze aan de verhuurbalie.
T: klanten ontvangen en uitleg geven over de boot
T: reserveringen verwerken
T: routes over het water uitleggen
T: de steiger opruimen en boten klaarleggen
L: Je leert klanten helpen in het Nederlands, Engels en Duits.
L: Je leert hoe een toeristisch bedrijf werkt.
V: Je spreekt een beetje Engels.
V: Je kunt zwemmen.

== kinderboerderij | dieren-en-natuur | dieren, buiten werken
I: Op {org} zorg je samen met de beheerder en de vrijwilligers voor de dieren.
I: Geiten, schapen, kippen en konijnen: bij {org} krijgen ze elke dag verzorging, en jij helpt mee.
T: de dieren voeren en vers water geven
T: hokken en stallen uitmesten
T: eieren rapen
T: het erf vegen en opruimen
T: bezoekers uitleg geven over de dieren
T+: bijhouden of dieren ziek zijn en dat melden
L: Je leert hoe je dieren verzorgt en wat ze nodig hebben.
L: Je leert veilig omgaan met grote en kleine dieren.
L: Je leert zelfstandig een vaste taak uitvoeren.
V: Je houdt van dieren en vindt vies werk niet erg.
V: Je vindt het leuk om buiten te zijn.
V: Je bent niet allergisch voor dieren of hooi.

== dierenartsassistent | dieren-en-natuur, zorg-en-welzijn | dieren, zorg
I: {org} behandelt honden, katten, konijnen en paarden. Jij assisteert de dierenartsen.
I: Wil je dierenartsassistent worden? Bij {org} leer je het vak in een drukke praktijk.
T: dieren vasthouden tijdens een onderzoek
T: de behandelkamer en instrumenten schoonmaken
T: opgenomen dieren verzorgen
T: klanten ontvangen en afspraken maken
T+: assisteren bij operaties en narcose bewaken
T+: laboratoriumonderzoek doen, bijvoorbeeld bloed of urine
L: Je leert hoe je dieren rustig en veilig hanteert.
L: Je leert werken volgens de regels voor hygiëne en steriliteit.
V: Je houdt van dieren en kunt tegen bloed.
V: Je bent rustig en zorgvuldig.
V: Je kunt goed met eigenaren van dieren omgaan.

== melkvee | dieren-en-natuur | dieren, buiten werken, trekkers
I: Op {org} melken we 140 koeien met robots. Je werkt mee op het boerenbedrijf.
I: Boer worden? Bij {org} leer je hoe een modern melkveebedrijf werkt.
T: kalveren voeren en verzorgen
T: de stallen schoonhouden en instrooien
T: koeien ophalen die niet zelf naar de melkrobot gaan
T: meehelpen bij het voeren met de voermengwagen
T+: werken met het managementprogramma van de melkrobots
T+: helpen bij het land- en graswerk
L: Je leert hoe je koeien verzorgt en let op hun gezondheid.
L: Je leert veilig werken op een boerderij met grote dieren en machines.
V: Je houdt van dieren en buiten werken.
V: Je bent niet bang voor grote dieren.
V: Je kunt vroeg beginnen.

== hovenier | dieren-en-natuur, bouw | groen, buiten werken
I: {org} legt tuinen aan en onderhoudt ze. Jij werkt mee in een vaste ploeg.
I: Bij {org} ben je de hele dag buiten bezig met groen.
T: heggen snoeien en gras maaien
T: onkruid wieden en plantvakken bijhouden
T: tegels en klinkers leggen
T: bomen en struiken planten
T+: werken met een minigraver of shovel
T+: een beplantingsplan uitvoeren
L: Je leert planten herkennen en verzorgen.
L: Je leert veilig werken met tuinmachines.
L: Je leert bestraten.
V: Je vindt buiten werken leuk, ook als het regent.
V: Je bent fit en kunt aanpakken.

== natuurbeheer | dieren-en-natuur | natuur, buiten werken
I: {org} beschermt de natuur en vertelt bezoekers erover. Jij helpt mee in het veld en bij educatie.
I: Hou je van de natuur en wil je weten hoe je die beschermt? Kom dan naar {org}.
T: jonge berken en dennen uit de heide trekken
T: vogels en planten tellen
T: helpen bij excursies voor kinderen
T: paden en bankjes onderhouden
T+: meewerken aan een monitoringsonderzoek
L: Je leert hoe heide, veen en bos worden beheerd.
L: Je leert planten en dieren herkennen.
V: Je vindt het leuk om buiten te zijn.
V: Je bent nieuwsgierig naar de natuur.

== magazijn | logistiek | magazijn, aanpakken
I: Bij {org} worden elke dag duizenden producten opgeslagen en verstuurd. Jij werkt mee in het magazijn.
I: Wil je weten hoe een pakketje bij de klant komt? Bij {org} zie je het van begin tot eind.
T: orders verzamelen met een handscanner
T: pakketten inpakken en labelen
T: binnengekomen goederen controleren en wegzetten
T: het magazijn netjes en veilig houden
T+: werken met het magazijnbeheersysteem
T+: een heftruck of reachtruck besturen (als je een certificaat haalt)
L: Je leert hoe een magazijn is ingedeeld.
L: Je leert veilig tillen en werken met karren en pompwagens.
V: Je bent fit en werkt graag door.
V: Je bent nauwkeurig.
V: Je draagt veiligheidsschoenen; die krijg je van ons.

== planner | logistiek, economie-en-administratie | plannen, computers
I: Op de planningsafdeling van {org} wordt elke dag gepuzzeld: welke vrachtwagen rijdt waarheen?
I: Bij {org} leer je hoe je ritten plant voor 45 vrachtwagens.
T: ritten plannen met de planningssoftware
T: contact houden met chauffeurs en klanten
T: vrachtpapieren controleren
T: problemen onderweg oplossen
L: Je leert hoe transportplanning werkt.
L: Je leert snel beslissingen nemen.
V: Je bent goed met computers en cijfers.
V: Je blijft rustig als het druk is.

== bijrijder | logistiek | vrachtwagens, onderweg
I: Een dag op de weg: bij {org} rijd je mee met een ervaren chauffeur.
T: meehelpen bij laden en lossen
T: vrachtpapieren controleren
T: zien hoe de chauffeur de rit plant
T: leren over de rij- en rusttijden
L: Je ontdekt of het beroep van chauffeur iets voor je is.
L: Je leert hoe belangrijk veiligheid is op de weg en bij het laden.
V: Je bent minimaal 16 jaar.
V: Je kunt vroeg beginnen.

== klantcontact-gemeente | overheid, economie-en-administratie | klantcontact, mensen helpen
I: Bij het klantcontactcentrum van {org} komen elke dag vragen binnen van inwoners. Jij helpt ze op weg.
I: Inwoners helpen met hun vragen: dat is het werk van het klantcontactcentrum van {org}.
T: telefoon en e-mail beantwoorden
T: inwoners ontvangen aan de balie
T: meldingen over de openbare ruimte invoeren
T: afspraken maken voor paspoorten en rijbewijzen
T+: vragen uitzoeken en terugbellen
L: Je leert hoe een gemeente werkt.
L: Je leert vriendelijk en duidelijk communiceren, ook als iemand boos is.
V: Je bent klantvriendelijk.
V: Je spreekt en schrijft goed Nederlands.
V: Je kunt goed met de computer werken.

== buitendienst | overheid, dieren-en-natuur | buiten werken, aanpakken
I: De buitendienst van {org} houdt de straten, parken en speelplaatsen schoon en veilig. Jij werkt mee in een ploeg.
I: Bij de buitendienst van {org} ben je de hele dag buiten in de dorpen en wijken.
T: zwerfafval opruimen en prullenbakken legen
T: groen onderhouden in parken en bermen
T: speeltoestellen controleren
T: meehelpen bij het strooien in de winter
L: Je leert veilig werken langs de weg.
L: Je leert werken met machines voor groenonderhoud.
V: Je werkt graag buiten.
V: Je kunt aanpakken en werkt graag in een team.

== waterschap | overheid, techniek | water, techniek, buiten werken
I: {org} zorgt voor droge voeten en schoon water. Jij kijkt mee hoe dat werkt.
I: Bij {org} werk je aan water: dijken, sloten, gemalen en zuiveringen.
T: meegaan met een medewerker naar een gemaal of waterzuivering
T: watermonsters nemen en meten
T: meehelpen bij de inspectie van dijken en sloten
T: gegevens verwerken in een kaartprogramma
T+: meewerken aan een onderzoek naar waterkwaliteit
L: Je leert hoe het waterbeheer in Nederland werkt.
L: Je leert hoe je metingen doet en verwerkt.
V: Je bent nieuwsgierig en technisch.
V: Je vindt buiten werken leuk.

== beleid | overheid | onderzoek, samenleving
I: {org} zoekt een student die wil meewerken aan beleid dat echt verschil maakt voor inwoners.
T: onderzoek doen naar een vraag van het team
T: gesprekken voeren met inwoners en organisaties
T: een advies of notitie schrijven
T: meegaan naar overleggen
L: Je leert hoe beleid wordt gemaakt.
L: Je leert schrijven voor bestuurders.
V: Je kunt goed schrijven en analyseren.
V: Je werkt zelfstandig.

== sportinstructeur | sport | sport, bewegen
I: Bij {org} bewegen elke dag honderden mensen. Jij helpt als assistent-instructeur.
I: Sport en bewegen voor iedereen: dat is het doel van {org}. Jij helpt mee.
T: lessen voorbereiden en materiaal klaarzetten
T: meehelpen bij groepslessen en trainingen
T: deelnemers aanmoedigen en helpen
T+: zelf een les of training geven
T+: een beweegprogramma voor ouderen of kinderen opzetten
L: Je leert hoe je een groep enthousiast maakt en houdt.
L: Je leert hoe je oefeningen aanpast voor verschillende mensen.
V: Je bent sportief en enthousiast.
V: Je kunt goed uitleggen.
V: Je bent een voorbeeld voor de deelnemers.

== zwembad | sport | sport, zwemmen, kinderen
I: In het zwembad van {org} leren kinderen zwemmen. Jij helpt de badmeesters en instructeurs.
T: materiaal klaarleggen voor de zwemles
T: kinderen helpen bij het omkleden
T: meedoen in het water bij een zwemles, onder toezicht
T: helpen bij een spelletjesmiddag
L: Je leert hoe een zwemles is opgebouwd.
L: Je leert hoe belangrijk veiligheid is in een zwembad.
V: Je hebt zelf zwemdiploma A, B en C.
V: Je vindt het leuk om met kinderen te werken.

== hulptrainer | sport | sport, kinderen, vrijwilligerswerk
I: Bij {org} sporten veel kinderen. De trainers kunnen wel wat hulp gebruiken!
I: Help je graag bij de training van jonge kinderen? Bij {org} is plek voor jou.
T: meehelpen bij de training van een jeugdteam
T: oefeningen klaarzetten
T: meehelpen bij een toernooi of sportdag
T: de kantine of de materialen opruimen
L: Je leert hoe je een groep kinderen begeleidt.
L: Je leert hoe een vereniging werkt.
V: Je bent sportief.
V-: Je bent minimaal 13 jaar.
V+: Je kunt goed plannen en organiseren.

== theatertechniek | kunst-en-cultuur, techniek | theater, techniek, muziek
I: In {org} zijn elke week voorstellingen, concerten en films. Jij helpt de technici achter de schermen.
I: Licht, geluid en decor: bij {org} ontdek je de wereld achter het toneel.
T: licht en geluid klaarzetten voor een voorstelling
T: decor opbouwen en afbreken
T: meekijken bij de bediening van de licht- en geluidstafel
T: kabels en apparatuur controleren en opruimen
L: Je leert hoe een voorstelling technisch wordt voorbereid.
L: Je leert veilig werken met apparatuur en op hoogte.
V: Je kunt ook 's avonds werken.
V: Je bent technisch en muzikaal of theatraal geïnteresseerd.

== museum | kunst-en-cultuur | geschiedenis, vrijwilligerswerk
I: {org} draait op vrijwilligers. Jij helpt om bezoekers een mooie middag te geven.
I: Geschiedenis tot leven brengen: dat doe je bij {org}.
T: bezoekers ontvangen en kaartjes verkopen
T: kinderen helpen bij de speurtocht door het museum
T: meehelpen in het café
T: helpen bij het opbouwen van een tentoonstelling
L: Je leert hoe een museum werkt.
L: Je leert bezoekers vriendelijk ontvangen.
V: Je bent vriendelijk en behulpzaam.
V: Je kunt op zaterdag of zondag.

== bibliotheek | kunst-en-cultuur | lezen, kinderen, klantcontact
I: De bibliotheek in {org} is meer dan boeken uitlenen. Je helpt bij activiteiten en aan de balie.
T: boeken terugzetten in de kasten
T: bezoekers helpen zoeken
T: helpen bij een voorleesmiddag of computercursus voor ouderen
T: nieuwe boeken klaarmaken voor de uitleen
L: Je leert hoe een bibliotheek is ingedeeld.
L: Je leert mensen helpen met hun vragen.
V: Je leest graag.
V: Je bent behulpzaam.

== fotografie-vormgeving | kunst-en-cultuur, ict | fotografie, vormgeving, creatief
I: {org} maakt foto's, video's en ontwerpen voor klanten in de regio. Jij werkt mee aan echte opdrachten.
I: Ben je creatief en wil je leren hoe dat in een bedrijf werkt? Kom bij {org}.
T: assisteren bij fotoshoots op locatie
T: foto's bewerken en selecteren
T: meewerken aan ontwerpen voor flyers en websites
T: korte video's monteren
L: Je leert werken met professionele camera's en software.
L: Je leert hoe je een opdracht van een klant uitvoert.
V: Je hebt een portfolio of voorbeelden van je werk.
V: Je bent creatief en kunt kritiek hebben.

== administratie | economie-en-administratie | cijfers, computers
I: Bij {org} verwerken we de administratie van ondernemers. Jij werkt mee in het team.
I: Houd je van cijfers en structuur? Bij {org} leer je hoe een administratie werkt.
T: facturen en bonnetjes invoeren
T: bankafschriften verwerken
T: post en e-mail sorteren en archiveren
T+: een btw-aangifte voorbereiden
T+: de salarisadministratie controleren
L: Je leert werken met een boekhoudprogramma.
L: Je leert nauwkeurig werken met vertrouwelijke gegevens.
V: Je werkt nauwkeurig.
V: Je bent goed met cijfers en met de computer.
V: Je kunt geheimhouden wat je ziet.

== verzekeringen | economie-en-administratie | klantcontact, cijfers
I: {org} helpt klanten met hun verzekeringen. Jij werkt mee in de binnendienst.
T: telefoon en e-mail beantwoorden
T: schademeldingen verwerken
T: polissen aanpassen in het systeem
T: afspraken plannen voor de adviseurs
L: Je leert hoe verzekeringen werken.
L: Je leert klanten helpen bij vervelende gebeurtenissen.
V: Je bent klantvriendelijk en nauwkeurig.
V: Je schrijft goed Nederlands.

== receptie-kantoor | economie-en-administratie | klantcontact, organiseren
I: Bij de receptie van {org} ontvang je bezoekers en beantwoord je de telefoon.
I: Als receptionist ben je het visitekaartje van {org}.
T: bezoekers ontvangen en de weg wijzen
T: telefoon aannemen en doorverbinden
T: post verwerken
T: vergaderruimtes klaarzetten
L: Je leert professioneel telefoneren.
L: Je leert plannen en organiseren.
V: Je bent vriendelijk en representatief.
V: Je kunt meerdere dingen tegelijk doen.

== kapper | uiterlijke-verzorging | haar, mensen, creatief
I: In {org} knippen en kleuren we elke dag voor dames, heren en kinderen. Jij helpt mee in de salon.
I: Wil je kapper worden? Bij {org} leer je het vak van ervaren kappers.
T: klanten ontvangen en koffie aanbieden
T: haren wassen en een hoofdmassage geven
T: de salon schoonhouden en handdoeken wassen
T: meekijken en oefenen op een oefenhoofd
T+: zelf föhnen en eenvoudige kapsels knippen
T+: een kleurbehandeling uitvoeren, onder begeleiding
L: Je leert hoe je een klant adviseert.
L: Je leert werken met professionele producten en apparaten.
V: Je bent creatief en klantvriendelijk.
V: Je ziet er verzorgd uit.
V: Je kunt lang staan.

== schoonheid | uiterlijke-verzorging | verzorging, mensen
I: In {org} geven we gezichtsbehandelingen, manicure en pedicure. Jij werkt mee met onze specialisten.
T: de behandelkamer klaarmaken en schoonmaken
T: klanten ontvangen
T: meekijken en helpen bij behandelingen
T+: zelf een gezichtsbehandeling of manicure uitvoeren
T+: klanten adviseren over producten
L: Je leert hoe je werkt volgens de hygiëneregels.
L: Je leert klanten op hun gemak stellen.
V: Je bent verzorgd en netjes.
V: Je hebt aandacht voor mensen.

== digihulp | ict, zorg-en-welzijn | computers, mensen helpen, vrijwilligerswerk
I: Veel ouderen vinden hun telefoon of tablet lastig. Bij {org} help jij ze op weg tijdens een wekelijks spreekuur.
I: Digitaal meedoen is niet voor iedereen vanzelfsprekend. Bij {org} in {plaats} leer jij ouderen hoe hun tablet werkt.
T: uitleggen hoe je een foto verstuurt of een app installeert
T: helpen bij videobellen met de kleinkinderen
T: samen bedenken hoe je een wachtwoord veilig bewaart
T: het spreekuur voorbereiden en koffie zetten
L: Je leert rustig en stap voor stap uitleggen.
L: Je merkt hoeveel je al weet, en hoe fijn het is om dat te delen.
V: Je kunt goed met een telefoon en tablet omgaan.
V: Je hebt geduld, ook als je iets drie keer moet uitleggen.

== facilitair | horeca, economie-en-administratie | eten, organiseren
I: In het studentenrestaurant en de facilitaire dienst van {org} zorgen we dat alles klaarstaat voor studenten en docenten.
T: broodjes en salades klaarmaken
T: afrekenen aan de kassa
T: lokalen klaarzetten voor een examen of bijeenkomst
T: afwassen en schoonmaken
L: Je leert werken in een grootkeuken.
L: Je leert hoe je een dag goed plant.
V: Je bent zelfstandig en netjes.
V: Je kunt goed samenwerken.
"""

# Sentences about the kind of stage. {n} = group size.
SOORT_ZINNEN = {
    "maatschappelijke-stage": [
        "Dit is een maatschappelijke stage: je doet vrijwilligerswerk en helpt zo anderen.",
        "Met deze maatschappelijke stage zet je je in voor een ander. Je uren tellen mee voor school.",
        "Een maatschappelijke stage is vrijwilligerswerk dat bij je opleiding hoort. Samen met de organisatie spreek je af wanneer je komt.",
    ],
    "snuffelstage": [
        "Tijdens deze snuffelstage kijk je een paar dagen rond en doe je mee. Zo ontdek je of dit werk bij je past.",
        "Dit is een snuffelstage: je proeft een paar dagen aan het beroep, zonder dat je alles al hoeft te kunnen.",
        "Ben je nog aan het kiezen? Een snuffelstage helpt je om te ontdekken wat je leuk vindt.",
    ],
    "meeloopdag": [
        "Dit is een meeloopdag: één dag kijk je mee en stel je al je vragen.",
        "Op deze meeloopdag loop je een dag mee met een medewerker. Zo krijg je een eerlijk beeld van het werk.",
    ],
    "beroepsgerichte-stage": [
        "Dit is een beroepsgerichte stage voor de bovenbouw. Je werkt mee en oefent wat je op school hebt geleerd.",
        "Tijdens deze beroepsgerichte stage werk je een aantal weken mee en maak je de opdrachten van school.",
    ],
    "lintstage": [
        "Dit is een lintstage: je komt een vaste dag per week, een langere periode. Zo word je echt onderdeel van het team.",
        "Bij deze lintstage kom je elke week op dezelfde dag. Je bouwt rustig ervaring op.",
    ],
    "bol-stage": [
        "Deze bol-stage (bpv) past bij je mbo-opleiding. Je werkt aan de opdrachten uit je praktijkboek.",
        "Tijdens deze stage in de bol werk je mee in het team en laat je zien wat je kunt. Je begeleider helpt je bij je bpv-opdrachten.",
    ],
    "bbl-leerwerkplek": [
        "Dit is een bbl-leerwerkplek: je krijgt een arbeidscontract en salaris, en je gaat één dag per week naar school.",
        "Werken en leren tegelijk: in de bbl ben je vier dagen aan het werk en ga je één dag naar school. Je verdient dus meteen geld.",
    ],
    "leerwerktraject": [
        "Deze plek is voor leerlingen in het leerwerktraject. Je loopt twee dagen per week stage en werkt toe naar een diploma.",
        "Zit je in het leerwerktraject van het vmbo? Dan kun je hier twee dagen per week leren in de praktijk.",
    ],
    "projectstage": [
        "Dit is een projectstage: je werkt aan een echte opdracht van de organisatie en levert een eindproduct op.",
        "Bij deze projectstage werk je zelfstandig aan een opdracht. Je kunt het project gebruiken voor je profielwerkstuk of je opleiding.",
    ],
    "projectstage-vervolg": [
        "Dit is een projectstage: je werkt aan een echte vraag van de organisatie en levert een advies of product op.",
        "Bij deze projectstage werk je zelfstandig aan een opdracht die past bij je opleiding. Je sluit af met een presentatie voor het team.",
    ],
    "groepsstage": [
        "Dit is een groepsstage: je komt met een groepje van {n} leerlingen en een begeleider van school.",
        "Je loopt deze stage met een groepje van {n} leerlingen uit je klas. Een begeleider van school is er de hele tijd bij.",
    ],
}

NIVEAU_ZINNEN = {
    "praktijkonderwijs en vso": [
        "We leggen alles rustig uit en je krijgt steeds één taak tegelijk.",
        "Je werkt met vaste taken, zodat je weet wat je kunt verwachten.",
    ],
    "vmbo": [
        "Je hoeft nog niet alles te kunnen: we leren het je.",
        "Je werkt samen met een vaste collega die je alles laat zien.",
    ],
    "havo/vwo": [
        "Je kijkt niet alleen mee, je denkt ook mee.",
        "Het is een goede manier om te kiezen voor een vervolgopleiding.",
    ],
    "mbo": [
        "Je krijgt steeds meer verantwoordelijkheid als het goed gaat.",
        "Je werkt mee als volwaardig lid van het team.",
    ],
    "hbo": [
        "We verwachten dat je zelfstandig werkt en je eigen planning maakt.",
    ],
}

SLOTZINNEN = [
    "Wil je eerst een keer komen kijken? Dat kan altijd.",
    "Heb je vragen? Stel ze gerust als je reageert.",
    "We kijken uit naar je reactie!",
    "Twijfel je of deze stage bij je past? Bespreek het met je mentor.",
    "Je krijgt een vaste begeleider bij wie je altijd terechtkunt.",
    "Na afloop krijg je een beoordeling en een bedankje.",
    "Kom gerust eerst kennismaken, dan zie je waar je terechtkomt.",
]
