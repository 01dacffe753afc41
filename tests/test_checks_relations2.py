"""More relations the text asserts across sentences, from structure and cue words (issue #3).

Each text is written for this test. Every case has the version where the relation holds (it
must be verified), a version with one digit changed the way a typo would change it (it must be
reported, with its arithmetic), and a near miss: a text that looks alike but does not assert the
relation, which must stay silent.
"""

from __future__ import annotations

import pytest

from kikfacts.engine import Config, check

from .test_checks_relations import _findings, _verified, assert_holds_and_mutant_reported


CASES = [
    # "Det er N flere end ..., svarende til en stigning på P": the old level is never written,
    # but the new level and the difference give it (540 − 60 = 480; 60 / 480 = 12,5 %)
    ("percent-change",
     ("I år har skolen 540 elever i indskolingen. Det er 60 flere end i 2019, da skolen åbnede, "
      "svarende til en stigning på 12,5 procent."),
     "60 flere", "90 flere"),
    # "I alt N. Heraf A ... De resterende B ...": one part with "heraf", the rest after it
    ("sum-of-parts",
     ("Der blev i alt registreret 386 indbrud i kvartalet. Heraf skete 214 indbrud i "
      "parcelhuse. De resterende 172 indbrud skete i lejligheder."),
     "172 indbrud", "182 indbrud"),
    # the level in the same sentence, "N færre end", a fall
    ("percent-change",
     "Klubben har nu 720 medlemmer, 80 færre end for fem år siden, svarende til et fald på 10 procent.",
     "720 medlemmer", "420 medlemmer"),
    # "svarer dermed til P procent af ...": a share of two figures said in the sentences before
    ("share-of-base",
     ("Vindmøllerne får tilsammen en effekt på 42,0 MW. Til sammenligning har kommunens øvrige "
      "anlæg en samlet effekt på 168,0 MW. De nye møller svarer dermed til 25 procent af den "
      "samlede effekt i kommunen."),
     "42,0 MW", "72,0 MW"),
    # "en tredjedel af stigningen": a share of the two rises the text just gave
    ("share-of-base",
     ("Skolernes varmeforbrug steg med 2,0 GWh fra 2022 til 2023. Kommunens samlede varmeforbrug "
      "steg med 6,0 GWh, så en tredjedel af stigningen skyldes skolerne."),
     "6,0 GWh", "9,0 GWh"),
    # the base is the figure said to be the whole ("samlede"), even when a slip makes the part larger
    ("share-of-base",
     ("Skolernes varmeforbrug steg med 2,0 GWh fra 2022 til 2023. Kommunens samlede varmeforbrug "
      "steg med 6,0 GWh, så en tredjedel af stigningen skyldes skolerne."),
     "2,0 GWh", "20 GWh"),
    # "Projektet omfatter A og B" after the one figure of their kind: the parts of that figure
    ("sum-of-parts",
     ("Den nye cykelrute på cirka otte km skal stå færdig i 2026.\n\n"
      "Projektet omfatter 5,5 km ny cykelsti og udbedring af 2,5 km eksisterende sti."),
     "5,5 km", "8,5 km"),
    # "A ..., mens de N øvrige tilsammen får B" after a total; "Til sammenligning" brings in
    # another figure, not the total
    ("sum-of-parts",
     ("Parkerne får tilsammen en effekt på 48,5 MW.\n\nTil sammenligning var den samlede effekt i "
      "regionen 310,0 MW.\n\nDe to vestlige parker får 30,5 MW, mens de tre øvrige tilsammen får 18,0 MW."),
     "30,5 MW", "60,5 MW"),
    # "N flere end ved udgangen af 2022" with the earlier level only in a table of years
    ("sum-of-parts",
     ("Ved årets udgang havde selskabet 2.310 ansatte, 140 flere end ved udgangen af 2022.\n\n"
      "Nøgletal          2023       2022\n"
      "Ansatte           2.310      2.170\n"),
     "140 flere", "170 flere"),
    # "Samlet går der N elever ... Det er M flere end sidste år" and the table's "I alt" row
    ("sum-of-parts",
     ("Samlet går der 1.954 elever på kommunens skoler. Det er 36 flere end sidste år.\n\n"
      "Skole          Elever 2022   Elever 2023\n"
      "Nordskolen     1.010         1.030\n"
      "Sydskolen      908           924\n"
      "I alt          1.918         1.954\n"),
     "36 flere", "66 flere"),
    # a figure of the text and its cell in a table of years: the row its words name
    ("repeated-figure",
     ("I 2023 var omsætningen 812,4 mio. kr., og overskuddet blev det højeste nogensinde.\n\n"
      "Hovedtal          2024             2023\n"
      "Omsætning         901,2 mio. kr.   812,4 mio. kr.\n"),
     "812,4 mio. kr., og", "842,4 mio. kr., og"),
    # the two levels of a pair and the two columns
    ("repeated-figure",
     ("Kunderne foretog 14,6 millioner rejser mod 13,9 millioner rejser året før.\n\n"
      "Nøgletal      1. kvt. 2024    1. kvt. 2023\n"
      "Rejser        14,6 mio.       13,9 mio.\n"),
     "13,9 mio.", "18,9 mio."),
    # a figure for a period to date ("dermed") is the earlier periods' figure ("idet ...") plus
    # the last period's
    ("sum-of-parts",
     ("Overskuddet blev 14 mio. kr. i 2. kvartal. For de første to kvartaler lander overskuddet "
      "dermed på 31 mio. kr., idet foreningen i første kvartal tjente 17 mio. kr."),
     "31 mio. kr.", "34 mio. kr."),
    # "knap en fjerdedel under normalen på Y": a change against a level named right after it
    ("percent-change",
     ("Fiskerne landede 6,2 mio. tons i 2023. Det er 10 pct. mindre end i 2022, hvor fangsten var "
      "6,9 mio. tons, og knap en fjerdedel under gennemsnittet på 8,1 mio. tons."),
     "8,1 mio. tons", "3,1 mio. tons"),
    # a table's "Fald" row under the two levels it is the change between
    ("sum-of-parts",
     ("Sådan har ventelisten udviklet sig\n\n"
      "Måned            Personer på venteliste\n"
      "Marts 2021       8.420\n"
      "Marts 2023       6.170\n"
      "Fald             2.250\n"),
     "2.250", "2.550"),
    # a part's share of its total, in brackets right after it
    ("share-of-base",
     ("Ledigheden faldt med 4.800 personer. Unge under 30 år står for 2.880 af faldet (60 %), "
      "mens de øvrige 1.920 er over 30 år."),
     "(60 %)", "(90 %)"),
    # today's level ("i dag") in the sentence before, a coming year's in the change's sentence
    ("percent-change",
     ("Borgerne betaler i dag 2.000 kr. om året for affald. I 2026 bliver gebyret 2.150 kr., "
      "hvilket er en stigning på 7,5 procent."),
     "7,5 procent", "4,5 procent"),
    # a list announced by "Ansøgningerne ...:" splits the earlier figure whose noun ends in
    # that word ("byggeansøgninger")
    ("sum-of-parts",
     ("Kommunen modtog i fjor 612 byggeansøgninger. Det er flere end nogensinde.\n\n"
      "Ansøgningerne fordeler sig over hele kommunen:\n\n"
      "- 301 sager i Nordbyen\n- 188 sager i Sydbyen\n- 123 sager i landdistrikterne\n"),
     "188 sager", "488 sager"),
    # "mere, end den første vurdering lød på": the figure the text says came first
    ("sum-of-parts",
     ("Ombygningen af rådhuset ender med at koste 18.400.000 kr. Det er 3 mio. kr. mere, end den "
      "første vurdering lød på.\n\nI første omgang blev ombygningen anslået til ca. 15.400.000 kr."),
     "3 mio. kr.", "6 mio. kr."),
    # a slipped decimal comma a hundredfold off is still the same figure written wrong
    ("repeated-figure",
     ("Hallen er bygget inden for et budget på 2,35 mia. kr.\n\nFakta\n\n- Budget: 2,35 mia. kr.\n"),
     "Budget: 2,35", "Budget: 235"),
    # and a table cell with the comma slipped ("14,6 millioner" / "146 mio.")
    ("repeated-figure",
     ("I 1. kvartal 2024 foretog kunderne 14,6 millioner rejser.\n\n"
      "Nøgletal      1. kvt. 2024    1. kvt. 2023\n"
      "Rejser        14,6 mio.       13,9 mio.\n"),
     "Rejser        14,6", "Rejser        146"),
    # "forhøjer rammen for 2024 med D, så rammen når op på T" with the year's level in a table
    ("sum-of-parts",
     ("Aftalen forhøjer kommunens anlægsramme for 2024 med 85 mio. kr., så rammen for i år når op "
      "på 410 mio. kr.\n\nÅr      Anlægsramme, mio. kr.\n2023    340\n2024    325\n"),
     "410 mio. kr.", "440 mio. kr."),
    # a stock and its flows where the outflow is "Alle N" in the sentence after the end
    ("stock-flow",
     ("Da året begyndte, stod 42 familier på ventelisten til en kolonihave. Siden er yderligere 12 "
      "familier skrevet op, og i dag står der 6 familier på listen. Alle 48 har fået en have."),
     "Alle 48", "Alle 78"),
    # "Så vil den samlede X komme op på T": the amount in the sentence before plus the earlier
    # figure said of the same thing ("anlægsbudgettet" for "anlægssum")
    ("sum-of-parts",
     ("Byrådet har afsat 60 millioner kroner i anlægsbudgettet til den nye hal.\n\n"
      "Et forslag er at tilføre 4,5 millioner kroner. Så vil den samlede anlægssum komme op på "
      "64,5 millioner kroner, og der vil stadig mangle 3 millioner kroner."),
     "tilføre 4,5", "tilføre 7,5"),
    # "... og der vil stadig mangle D": the new level and the shortfall make the price
    ("sum-of-parts",
     ("Licitationen er afsluttet, og prisen lyder på 67,5 millioner kroner. Byrådet har afsat 60 "
      "millioner kroner i anlægsbudgettet.\n\n"
      "Et forslag er at tilføre 4,5 millioner kroner. Så vil den samlede anlægssum komme op på "
      "64,5 millioner kroner, og der vil stadig mangle 3 millioner kroner."),
     "mangle 3 millioner", "mangle 5 millioner"),
    # "steg med P til L" with the year before only in a table of years
    ("percent-change",
     ("Selskabets resultat før skat steg i første halvår med 25 % til 150 mio. kr.\n\n"
      "Hovedtal (mio. kr.)     1. halvår 2024   1. halvår 2023\n"
      "Omsætning               900              850\n"
      "Resultat før skat       150              120\n"),
     "med 25 %", "med 55 %"),
    # "stod for" in two sentences, after the one total of their kind
    ("sum-of-parts",
     ("Museet havde 84.000 gæster i 2023.\n\nSkoleklasserne stod for 31.000 besøg. "
      "Turisterne stod for 53.000 besøg."),
     "53.000 besøg", "83.000 besøg"),
    # parts said one by one as the levels the routes came to, with no word that splits the total:
    # figures written to the last digit that add up to the total are its parts
    ("sum-of-parts",
     ("I alt passerede 812.460 passagerer havnen sidste år. Udenrigsruterne steg med 4,1 procent "
      "til 301.220 passagerer. Indenrigsruterne gik tilbage med 1,2 procent til 402.342 "
      "passagerer, mens charterruterne gik frem med 2,0 procent til 108.898 passagerer."),
     "402.342", "402.315"),
    # the same, with each route's level of the year before after "mod" between them
    ("sum-of-parts",
     ("Banen havde i alt 1.204.518 rejsende i 2023.\n\nFjerntogene kørte 468.212 rejsende mod 501.006 "
      "året før. Regionaltogene kørte 606.977 rejsende mod 611.240 året før.\n\nNattogene havde "
      "129.329 rejsende mod 121.004 året før."),
     "468.212", "468.221"),
    # "Til sammenligning lå ... i 2005 på N": the earlier level of the figure before, and a change
    # "siden 2005" in the next sentence is its change (61 % is what is left, not the fall)
    ("percent-change",
     ("En svømmer bruger i gennemsnit 41,2 liter vand pr. besøg. Til sammenligning lå forbruget i "
      "2005 på 68 liter pr. besøg. Vandforbruget pr. besøg er siden 2005 faldet med 39 %."),
     "39 %", "61 %"),
    # "N pr. besøg mod M i 2005" (a dot inside the clause) and the change since that year
    ("percent-change",
     ("En bruser bruger i dag 9,5 liter vand pr. minut mod 15 liter i 2008. Forbruget er siden "
      "2008 faldet med 37 procent."),
     "37 procent", "63 procent"),
    # "P % af beløbet - omsat til kroner svarer det til X": the amount the share comes to
    ("share-of-base",
     ("I 2022 uddelte legaterne tilsammen 20,0 mia. kroner. De 30 største legater stod for 80 % af "
      "beløbet – omsat til kroner svarer det til 16,0 mia."),
     "16,0 mia.", "10,0 mia."),
    # "A og B, i alt T": a list closed by its total in the same sentence
    ("sum-of-parts",
     ("Aftalen giver et løft på 2,35 mia. kr. for 2026 og et løft af servicerammen på 0,8 mia. kr. "
      "for 2025, i alt 3,15 mia. kr."),
     "i alt 3,15", "i alt 2,6"),
    # "steget fra A til B, hvilket svarer til P pct.": a change restated without a change noun
    ("percent-change",
     ("Afgiften for en lejlighed er i gennemsnit steget fra 1.520 kr. til 2.140 kr., hvilket svarer "
      "til 41 pct. i perioden."),
     "41 pct.", "52 pct."),
    # "Heraf var N eller P pct.": the part opens its sentence, its share right after it, the
    # whole is the one count of the sentence before (250 / 640 = 39 %)
    ("share-of-base",
     ("I alt blev 640 foreninger lukket i marts. Heraf var 250 eller 39 pct. aktive foreninger "
      "med medlemmer."),
     "39 pct.", "55 pct."),
    ("share-of-base",
     "Skolen har 1.480 elever. Heraf går 370 (25 procent) i indskolingen.",
     "25 procent", "35 procent"),
    # Statistics Denmark's aside between the two levels ("..., når der er korrigeret for
    # sæsonudsving, mod ..."): 2.640 / 2.400 = +10 %
    ("percent-change",
     ("Der blev anmeldt 2.640 indbrud i fjerde kvartal, når der er korrigeret for sæsonudsving, mod "
      "2.400 i tredje kvartal, hvilket svarer til en stigning på 10 pct."),
     "10 pct.", "16 pct."),
    # a heading that says the level again right above the paragraph: 74 / (262 + 74) = 22 %
    ("percent-change",
     ("Ulykker 2023\n\n262 dræbte\nOpgørelsen viser, at 262 trafikanter omkom i 2023. Det er 74 "
      "trafikdrab færre end i 2022, et fald på 22 pct."),
     "22 pct.", "12 pct."),
    # parts in brackets closed by "i alt" and a verb before the total (blind round 60)
    ("sum-of-parts",
     ("Dermed er budgettet til dagplejen (4 mio. kr.), skoleområdet (8,2 mio. kr.) og ældreområdet "
      "(6,1 mio. kr.) i alt tilført 18,3 mio. kr. i forhold til sidste år."),
     "(6,1 mio. kr.)", "(7,1 mio. kr.)"),
]


@pytest.mark.parametrize("rule,text,old,new", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_relation_holds_and_its_mutant_is_reported(rule, text, old, new):
    assert_holds_and_mutant_reported(rule, text, old, new)


NEAR_MISSES = [
    # no "Det er" pointing back: the count in the sentence before is not the level
    ("percent-change",
     ("I år har skolen 540 elever i indskolingen. Udskolingen har 60 flere end i 2019, "
      "svarende til en stigning på 30 procent.")),
    # "svarer til" without "dermed", and a third figure of the kind nearby: which two are meant?
    ("share-of-base",
     ("Kommunen har 900 MW vind og 300 MW sol. Havvind giver yderligere 400 MW. "
      "Solen svarer dermed til 10 procent af den samlede kapacitet.")),
    # "over 2.000" is a bound, not a part to divide
    ("share-of-base",
     ("Der blev født 60.000 børn i 2017.\n\nOver 2.000 børn blev født hjemme. "
      "Det svarer dermed til 9 procent af alle fødsler.")),
    # two rises, but the share is of something else ("af forbruget")
    ("share-of-base",
     ("Skolernes varmeforbrug steg med 2,0 GWh. Kommunens samlede varmeforbrug steg med 6,0 GWh, "
      "så halvdelen af forbruget går til skolerne.")),
    # two figures of the kind before the parts: which one do they split?
    ("sum-of-parts",
     ("Ruten er cirka otte km, og den gamle rute var 12 km.\n\n"
      "Projektet omfatter 5,5 km ny cykelsti og udbedring af 9,5 km eksisterende sti.")),
    # "stod for" parts that are smaller than the figure before: parts need not cover it
    ("sum-of-parts",
     ("Museet havde 84.000 gæster i 2023.\n\nSkoleklasserne stod for 21.000 besøg. "
      "Turisterne stod for 33.000 besøg.")),
    # "Til sammenligning" is the only figure before the parts: no total to compare with
    ("sum-of-parts",
     ("Til sammenligning var den samlede effekt i regionen 31,0 MW.\n\n"
      "De to vestlige parker får 30,5 MW, mens de tre øvrige tilsammen får 18,0 MW.")),
    # the difference names another year than the table's earlier column
    ("sum-of-parts",
     ("Ved årets udgang havde selskabet 2.310 ansatte, 400 flere end i 2019.\n\n"
      "Nøgletal          2023       2022\n"
      "Ansatte           2.310      2.170\n")),
    # two rows fit the words ("Basisresultat"): a cell that differs cannot tell which
    ("repeated-figure",
     ("Basisresultatet blev 217 mio. kr. mod 171 mio. kr. året før.\n\n"
      "Hovedtal (mio. kr.)                2024        2023\n"
      "Basisresultat før nedskrivninger   191         176\n"
      "Basisresultat                      217         171\n")),
    # another measure of the same row in another period: a change, not the cell
    ("repeated-figure",
     ("Omsætningen i 2023 steg med 81,4 mio. kr.\n\n"
      "Hovedtal          2024             2023\n"
      "Omsætning         901,2 mio. kr.   81,2 mio. kr.\n")),
    # "dermed ..., idet" without periods that add up: not a sum of periods
    ("sum-of-parts",
     ("Omsætningen steg til 900 mio. kr. Overskuddet blev dermed 427 mio. kr., idet udgifterne "
      "faldt med 20 mio. kr.")),
    # "under ... på Y" with two figures of the kind before it: which is the level?
    ("percent-change",
     ("Fiskerne landede 6,2 mio. tons torsk og 2,0 mio. tons sild, knap en fjerdedel under "
      "gennemsnittet på 8,1 mio. tons.")),
    # a "Fald" row that is not under two levels of its kind
    ("sum-of-parts",
     ("Måned            Personer på venteliste\n"
      "Marts 2023       6.170\n"
      "Fald             2.250\n")),
    # a bracketed percent after a figure that is no part of a total
    ("share-of-base",
     "Unge under 30 år står for 2.880 af de nye job (60 %) i kommunen."),
    # no "i dag" against a coming year: two prices of two things, not a change
    ("percent-change",
     ("Et klippekort koster 400 kr. Et månedskort koster 650 kr., hvilket er en stigning på 4 procent.")),
    # the list's noun names no earlier figure ("Borgerne" is not "byggeansøgninger")
    ("sum-of-parts",
     ("Kommunen modtog i fjor 612 byggeansøgninger.\n\n"
      "Borgerne bor over hele kommunen:\n\n"
      "- 501 i Nordbyen\n- 388 i Sydbyen\n")),
    # two sentences say what came first: which estimate is meant?
    ("sum-of-parts",
     ("Ombygningen ender med at koste 18.400.000 kr. Det er 3 mio. kr. mere, end den første "
      "vurdering lød på.\n\nI første omgang blev ombygningen anslået til ca. 12.400.000 kr. "
      "Først blev taget vurderet til 2.000.000 kr.")),
    # the same digits a hundredfold apart, but for two different things
    ("repeated-figure",
     ("Hallen er bygget for 2,35 mia. kr.\n\nFakta\n\n- Antal besøgende om året: 235.000\n")),
    # the table lists something else than the raised frame: no old level to add to
    ("sum-of-parts",
     ("Aftalen forhøjer kommunens anlægsramme for 2024 med 85 mio. kr., så rammen for i år når op "
      "på 410 mio. kr.\n\nÅr      Driftsudgifter, mio. kr.\n2023    340\n2024    300\n")),
    # "Alle N" two sentences after the end is about something else
    ("stock-flow",
     ("Da året begyndte, stod 42 familier på ventelisten til en kolonihave. Siden er yderligere 12 "
      "familier skrevet op, og i dag står der 6 familier på listen. Foreningen har fået nye borde. "
      "Alle 30 haver er nu malet.")),
    # two earlier figures said of the same thing: which one is the base?
    ("sum-of-parts",
     ("Byrådet har afsat 60 millioner kroner i anlægsbudgettet. Anlægsudgifterne til p-pladsen er "
      "12 millioner kroner.\n\n"
      "Et forslag er at tilføre 4,5 millioner kroner. Så vil den samlede anlægssum komme op på "
      "84,5 millioner kroner.")),
    # the table's row for the words holds another level than the text's: not the same measure
    ("percent-change",
     ("Selskabets resultat før skat steg i første halvår med 55 % til 150 mio. kr.\n\n"
      "Hovedtal (mio. kr.)     1. halvår 2024   1. halvår 2023\n"
      "Resultat før skat       140              120\n")),
    # the figure before is the earlier level of a pair, not a total
    ("sum-of-parts",
     ("Museet havde 90.000 gæster i 2023 mod 60.000 gæster i 2022.\n\n"
      "Skoleklasserne stod for 31.000 gæster. Turisterne stod for 53.000 gæster.")),
    # a total said to count more than the list ("hvis man regner ... med")
    ("sum-of-parts",
     ("Sidste år gik 53.069 elever i folkeskolen og 13.958 på friskolerne – i alt 68.968 elever, hvis "
      "man regner ungdomsskolerne med.")),
    # two amounts in the sentence before: which one is "beløbet"?
    ("share-of-base",
     ("I 2022 uddelte legaterne 20,0 mia. kroner og fondene 8,0 mia. kroner. De 30 største legater "
      "stod for 80 % af beløbet – omsat til kroner svarer det til 10,0 mia.")),
    # a comparison with another place, not another year: no earlier level
    ("percent-change",
     ("En svømmer i Aalborg bruger 41,2 liter vand pr. besøg. Til sammenligning bruger en svømmer "
      "i Aarhus 68 liter pr. besøg. Vandforbruget pr. besøg er siden 2005 faldet med 61 %.")),
    # a change since another year than the earlier level's
    ("percent-change",
     ("En bruser bruger i dag 9,5 liter vand pr. minut mod 15 liter i 2008. Forbruget er siden "
      "1998 faldet med 63 procent.")),
    # exact figures that miss a figure by a slip's shape, but nothing says it is a total
    ("sum-of-parts",
     ("Præcis 812.460 passagerer passerede havnen sidste år. Udenrigsruterne steg til 301.220 "
      "passagerer. Indenrigsruterne faldt til 402.315 passagerer, mens charterruterne steg til "
      "108.898 passagerer.")),
    # a total and a rounded part ("300.000"): the parts are not written to the last digit
    ("sum-of-parts",
     ("I alt passerede 812.460 passagerer havnen sidste år. Udenrigsruterne nåede 300.000 "
      "passagerer. Indenrigsruterne nåede 402.315 passagerer, og charterruterne 110.118.")),
    # a near miss by chance in a text dense with figures (7.749 + 367 = 8.116): the run that
    # nearly makes the total does not start right after it
    ("sum-of-parts",
     ("Region Nord voksede i alt med 8.111 indbyggere i 2024. Region Syd voksede med 5.213.\n\n"
      "Storbyen voksede med 7.749 indbyggere, mens forstæderne voksede med 367 indbyggere "
      "i den nordlige region.")),
    # a share after "Heraf N ..." that is not said of N: of another group, or of the part itself
    ("share-of-base", "Skolen har 1.480 elever. Heraf går 370 i indskolingen, og 55 pct. af dem er piger."),
    ("share-of-base", "Skolen har 1.480 elever. Heraf går 370 i indskolingen mod 14 pct. på landsplan."),
    ("share-of-base", "Skolen har 1.480 elever. Heraf er 370 i indskolingen, hvor 80 pct. går i SFO."),
]


@pytest.mark.parametrize("rule,text", NEAR_MISSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEAR_MISSES)])
def test_near_miss_stays_silent(rule, text):
    found, _ = _findings(text, rule)
    assert found == [], [f.message for f in found]


def test_english_message_for_a_share_of_stated_figures():
    text = ("Skolernes varmeforbrug steg med 2,0 GWh fra 2022 til 2023. Kommunens samlede varmeforbrug "
            "steg med 9,0 GWh, så en tredjedel af stigningen skyldes skolerne.")
    found = [f for f in check(text, Config(lang="en")).findings if f.rule == "share-of-base"]
    assert found
    assert "of" in found[0].message and "af" not in found[0].message.split()


def test_percent_change_from_an_implied_level_shows_its_arithmetic():
    text = ("I år har skolen 540 elever i indskolingen. Det er 60 flere end i 2019, da skolen åbnede, "
            "svarende til en stigning på 20 procent.")
    found, _ = _findings(text, "percent-change")
    (f,) = found
    assert f.arithmetic.startswith("60 / (540 − 60) = 12 %")
    assert "480" in f.message  # the level the text implies


def test_a_count_restated_as_a_percent_of_a_written_base():
    text = ("Varmepumper i hver ottende bolig\n\nI alt 810 boliger har nu varmepumpe, hvilket svarer til "
            "18 procent af de 6.400 boliger i kommunen.\n")
    found, _ = _findings(text, "share-of-base")
    (f,) = found
    assert f.arithmetic.startswith("810 / 6.400 = 13 %")
    holds = text.replace("810 boliger", "1.150 boliger")
    found, report = _findings(holds, "share-of-base")
    assert found == []
    assert any("1.150 / 6.400 = 18 %" in v.arithmetic for v in _verified(report, "share-of-base"))
    # a count of something else before the cue is not the part
    other = text.replace("810 boliger har nu varmepumpe", "810 elever har fået nye computere")
    assert _findings(other, "share-of-base")[0] == []


def test_a_table_row_labelled_ialt_in_one_word_is_the_total_shown_with_its_decimals():
    # "Ialt" (one word, as some price tables write it) is "I alt"; the figures in the
    # arithmetic keep the decimals they are written with
    text = ("Vandprisen for 2025\n\nPris pr. m³  Kr. inkl. moms\nForbrug  11,46\nAfgift til staten  "
            "8,22\nGrundvandsbeskyttelse  0,40\nIalt  20,08\n")
    findings, report = _findings(text, "sum-of-parts")
    assert findings == []
    assert [v.arithmetic for v in _verified(report, "sum-of-parts")] == ["11,46 + 8,22 + 0,40 = 20,08 kr. ✓"]
    findings, _ = _findings(text.replace("20,08", "20,68"), "sum-of-parts")
    assert [f.rule for f in findings] == ["sum-of-parts"]


def test_a_change_restated_as_a_percent_after_a_comparison_is_checked_against_the_level_before():
    from kikfacts.engine import check

    text = ("Flere på højskole\n\nI alt har 25.400 kursister valgt at starte på en højskole i år. Det er en "
            "fremgang på 560 kursister i forhold til sidste år, svarende til en stigning i kursisttallet "
            "på 2,33 %.\n")
    report = check(text)
    (f,) = [f for f in report.findings if f.rule == "percent-change"]
    assert "560 / (25.400 − 560) = 2,25 %" in f.arithmetic
    right = text.replace("2,33 %", "2,25 %")
    report = check(right)
    assert not [f for f in report.findings if f.rule == "percent-change"]
    assert any(v.rule == "percent-change" for v in report.verified)


def test_a_change_since_a_named_year_is_the_difference_of_that_years_level_and_todays():
    from kikfacts.engine import check

    text = ("Færre brevstemmer\n\nDer er i alt 298.612 brevstemmer, der tæller med. Ved valget i 2015 talte "
            "308.883 brevstemmer med. Antallet af brevstemmer er faldet med 10.721 siden valget i 2015.\n")
    (f,) = [f for f in check(text).findings if f.rule == "sum-of-parts"]
    assert f.arithmetic == "308.883 − 298.612 = 10.271 ≠ 10.721"
    right = check(text.replace("10.721", "10.271"))
    assert not right.findings and [v.arithmetic for v in right.verified] == ["308.883 − 298.612 = 10.271 ✓"]
    # a change of another thing than the two levels: nothing
    other = check(text.replace("Antallet af brevstemmer er faldet", "Antallet af vælgere er faldet"))
    assert not [f for f in other.findings if f.rule == "sum-of-parts"]


def test_a_change_by_a_percent_to_a_level_with_its_amount_after_gives_the_old_level():
    from kikfacts.engine import check

    text = "Halvåret\n\nEBITDA steg med 10 procent til 544,8 mio. kr., hvilket er 43,5 mio. kr. større end sidste år.\n"
    (f,) = [f for f in check(text).findings if f.rule == "percent-change"]
    assert f.arithmetic == "43,5 mio. kr. / (544,8 mio. kr. − 43,5 mio. kr.) = 8,7 %, ikke 10 procent"
    right = check(text.replace("10 procent", "8,7 procent"))
    assert not right.findings and [v.rule for v in right.verified] == ["percent-change"]
