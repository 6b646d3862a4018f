/**
 * The gender impact analyser's texts (src/core/analysis), also shown on the public rules page.
 * Swedish is the source catalogue. The weights and thresholds in `scoring` must match
 * src/core/analysis/scoring.ts (a test checks them).
 */
export const analysis = {
  title: "Så bedömer Jämt jämställdhetsanalysen",
  intro:
    "Varje ärende som går till nämnden eller styrelsen ska ha en analys av hur förslaget påverkar kvinnor och män, flickor och pojkar. Jämt läser avsnittet ”Beslutsförslagets påverkan avseende jämställdhet” och visar vad som finns och vad som saknas. Kriterierna bygger på SKR:s checklista för jämställda beslut, 4R-metoden och EIGE:s metod för jämställdhetskonsekvensanalys.",
  criteria: {
    relevance: {
      name: "Relevans",
      question:
        "Har ni tagit ställning till om förslaget påverkar kvinnor och män, flickor och pojkar – och skrivit varför?",
      meaning:
        "Analysen ska säga uttryckligen om förslaget är relevant för jämställdheten. Att det inte är relevant är en godtagbar bedömning, men bara med ett skäl som någon annan kan pröva.",
      example:
        "Förslaget är relevant för jämställdheten eftersom kvinnor och män använder hälsocentralens kvällsmottagning i olika utsträckning.",
      adviceMissing:
        "Skriv uttryckligen om förslaget påverkar kvinnor och män, flickor och pojkar. Om du bedömer att det inte gör det, skriv varför.",
      advicePartly:
        "Du skriver att förslaget inte påverkar jämställdheten, men inte varför. Lägg till skälet: vilka som berörs och varför förslaget inte blir olika för kvinnor och män.",
      adviceMet: "Relevansen är bedömd. Se till att resten av analysen stöder bedömningen.",
    },
    affectedGroups: {
      name: "Berörda kvinnor och män",
      question: "Vilka kvinnor och män, flickor och pojkar berörs av förslaget, och vad är syftet?",
      meaning:
        "Skriv ut kvinnor och män, flickor och pojkar i stället för könsneutrala ord som ”alla”, ”invånare”, ”patienter” eller ”medarbetare”. De neutrala orden döljer om förslaget träffar kvinnor och män olika.",
      example:
        "Förslaget berör de kvinnor och män i Kvarnbackens upptagningsområde som söker vård på vardagskvällar, och syftet är att de ska få vård nära hemmet.",
      adviceMissing:
        "Skriv vilka kvinnor och män, flickor och pojkar som berörs. Byt ut ord som ”alla”, ”invånare” och ”patienter” mot kvinnor och män – de är markerade i texten.",
      advicePartly: "Bara det ena könet nämns. Skriv också hur förslaget berör det andra.",
      adviceMet: "Både kvinnor och män nämns. Titta på de markerade neutrala orden: kan de bytas mot kvinnor och män?",
    },
    statistics: {
      name: "Könsuppdelad statistik",
      question: "Vad säger könsuppdelad statistik om dem som berörs? Om den saknas: varför, och hur ska den tas fram?",
      meaning:
        "Analysen ska bygga på siffror för kvinnor och män, med källa eller år, så att den går att kontrollera. Finns det ingen statistik räcker det att skriva det, om ni också skriver hur den ska tas fram.",
      example:
        "Enligt hälsocentralens besöksstatistik för 2023 gjordes 61 procent av kvällsbesöken av kvinnor och 39 procent av män.",
      adviceMissing:
        "Ange statistik uppdelad på kvinnor och män, med källa eller år – till exempel från verksamhetens system, Kolada eller SCB. Saknas statistik: skriv det, och hur den ska tas fram.",
      advicePartly:
        "Något fattas: siffror för kvinnor och män, en källa eller ett år, eller hur statistik som saknas ska tas fram.",
      adviceMet: "Statistiken är uppdelad på kön och har källa. Skriv gärna vad siffrorna betyder för förslaget.",
    },
    consequences: {
      name: "Konsekvenser för kvinnor och män",
      question: "Vad händer för kvinnor och för män om förslaget genomförs – och om det inte genomförs?",
      meaning:
        "Beskriv hur förslaget påverkar kvinnor och hur det påverkar män: positivt, negativt eller inte alls. Beskriv också nollalternativet, alltså vad som händer utan beslut. Nollalternativet behövs inte när slutsatsen är att ingenting förändras.",
      example:
        "Kvinnor, som gör de flesta kvällsbesöken, får kortare väntetid. Män, som oftare avstår från att söka vård, får bättre möjlighet att komma efter arbetstid. Utan beslut fortsätter kvinnor att ta ledigt från arbetet för att hinna till hälsocentralen.",
      adviceMissing:
        "Beskriv konsekvenserna för kvinnor och för män var för sig, och vad som händer om förslaget inte genomförs (nollalternativet).",
      advicePartly:
        "Konsekvenserna är beskrivna bara för det ena könet, eller så saknas nollalternativet. Komplettera så att kvinnor, män och läget utan beslut finns med.",
      adviceMet: "Konsekvenserna för kvinnor och män är beskrivna. Skriv gärna hur stora de är.",
    },
    resources: {
      name: "Resurser",
      question: "Hur fördelas pengar, tid, utrymme och service mellan kvinnor och män?",
      meaning:
        "Den andra frågan i 4R-metoden. Beskriv hur förslagets resurser – pengar, personalens tid, lokaler, platser, vård och service – fördelas mellan kvinnor och män.",
      example:
        "Kvällsmottagningen kostar 1,2 miljoner kronor per år, och med dagens besöksmönster går ungefär 60 procent av läkartiden till kvinnor.",
      adviceMissing:
        "Beskriv hur förslagets resurser – pengar, tid, lokaler, service – fördelas mellan kvinnor och män.",
      advicePartly: "Resurser och kön nämns, men inte hur resurserna fördelas. Skriv vem som får vad, gärna i siffror.",
      adviceMet: "Fördelningen av resurser mellan kvinnor och män är beskriven.",
    },
    representation: {
      name: "Representation och inflytande",
      question:
        "Vilka kvinnor och män deltar, påverkar och beslutar – i arbetet med förslaget och i verksamheten det gäller?",
      meaning:
        "Den första frågan i 4R-metoden. Beskriv hur kvinnor och män är fördelade bland dem som tar fram, beslutar om eller får påverka förslaget, till exempel i arbetsgrupper, patientråd och dialoger.",
      example:
        "Arbetsgruppen bestod av fyra kvinnor och tre män, och i patientrådets dialogmöte deltog lika många kvinnor som män.",
      adviceMissing:
        "Beskriv hur kvinnor och män är representerade och har inflytande, till exempel i arbetsgruppen eller i dialogen med dem som berörs.",
      advicePartly: "Representation nämns. Skriv också hur den är fördelad mellan kvinnor och män.",
      adviceMet: "Representation och inflytande är beskrivna.",
    },
    norms: {
      name: "Normer och motiverade skillnader",
      question:
        "Vilka normer och strukturer förklarar skillnaderna mellan kvinnor och män, och är skillnaderna motiverade?",
      meaning:
        "Den tredje frågan i 4R-metoden, realia: varför ser det ut som det gör? Beskriv vilka normer och förväntningar som påverkar kvinnors och mäns behov och val, och bedöm om en skillnad är motiverad (till exempel medicinskt) eller omotiverad.",
      example:
        "Normer om att män ska klara sig själva gör att män söker vård senare än kvinnor. Skillnaden i antalet besök är därför inte medicinskt motiverad.",
      adviceMissing:
        "Beskriv vilka normer och strukturer som förklarar skillnaderna, och om skillnaderna är motiverade eller omotiverade.",
      advicePartly: "Skriv både vad som förklarar skillnaderna (normer, strukturer) och om skillnaderna är motiverade.",
      adviceMet: "Normer och skillnader är analyserade.",
    },
    intersectionality: {
      name: "Andra faktorer än kön",
      question:
        "Hur samverkar kön med ålder, geografi, ekonomi, funktionsnedsättning och födelseland – och hur påverkas flickor och pojkar?",
      meaning:
        "Kvinnor och män är inga enhetliga grupper. Beskriv hur andra faktorer samverkar med kön, till exempel ålder, om man bor i inlandet eller vid kusten, inkomst eller funktionsnedsättning. Berörs barn ska barnperspektivet finnas med.",
      example: "Äldre kvinnor i inlandsbyarna, som oftare saknar bil, får längst resväg till kvällsmottagningen.",
      adviceMissing:
        "Beskriv hur kön samverkar med andra faktorer, som ålder, geografi och ekonomi. Berörs barn: skriv hur flickor och pojkar påverkas.",
      advicePartly:
        "Andra faktorer nämns. Koppla dem till kön: hur skiljer det sig för kvinnor och män, flickor och pojkar?",
      adviceMet: "Andra faktorer är analyserade tillsammans med kön.",
    },
    goals: {
      name: "Mål",
      question:
        "Vilka av organisationens mål och vilka av de nationella jämställdhetspolitiska delmålen berör förslaget?",
      meaning:
        "Koppla förslaget till organisationens mål eller till något av de sex jämställdhetspolitiska delmålen: makt och inflytande, ekonomisk jämställdhet, jämställd utbildning, det obetalda hem- och omsorgsarbetet, jämställd hälsa och att mäns våld mot kvinnor ska upphöra.",
      example:
        "Förslaget bidrar till delmål 5, jämställd hälsa, och till regionens mål om en jämlik och jämställd vård.",
      adviceMissing:
        "Skriv vilka mål förslaget berör: organisationens egna mål och de nationella jämställdhetspolitiska delmålen 1–6.",
      advicePartly: "Mål nämns, men inte hur förslaget hänger ihop med dem. Skriv hur förslaget bidrar till målen.",
      adviceMet: "Kopplingen till mål är gjord.",
    },
    conclusion: {
      name: "Slutsats",
      question: "Blir påverkan på jämställdheten positiv, negativ, neutral eller blandad – och varför?",
      meaning:
        "Avsluta med en samlad bedömning och skälen för den. ”Ingen påverkan” är en godtagbar slutsats när ni skriver vilka som berörs och varför förslaget inte blir olika för kvinnor och män.",
      example:
        "Sammantaget bedöms förslaget ha en positiv påverkan på jämställdheten eftersom det minskar skillnaden i tillgång till vård mellan kvinnor och män.",
      adviceMissing:
        "Skriv en samlad slutsats: är påverkan positiv, negativ, neutral eller blandad? Skriv också varför.",
      advicePartly:
        "Det finns en slutsats men inga skäl för den. Skriv varför ni bedömer som ni gör, gärna med stöd i fakta.",
      adviceMet: "Slutsatsen är tydlig och motiverad.",
    },
    measures: {
      name: "Åtgärder och alternativ",
      question: "Vilka åtgärder behövs för omotiverade skillnader, och finns det alternativ där effekten blir negativ?",
      meaning:
        "Den fjärde frågan i 4R-metoden, realisera: vad behöver förändras? Föreslå åtgärder som minskar omotiverade skillnader mellan kvinnor och män, och alternativ om förslaget får negativa följder för någon grupp.",
      example:
        "För att nå fler män kommer hälsocentralen att erbjuda drop-in på kvällstid och informera på arbetsplatser med många manliga anställda.",
      adviceMissing:
        "Föreslå åtgärder för omotiverade skillnader, och alternativ där förslaget får negativa effekter för kvinnor eller män.",
      advicePartly: "Åtgärder nämns, men inte vilka skillnader de ska minska. Koppla dem till kvinnor och män.",
      adviceMet: "Åtgärder är föreslagna.",
    },
    followUp: {
      name: "Uppföljning",
      question: "Hur och när följs effekterna upp för kvinnor och män, och till vem rapporteras resultatet?",
      meaning:
        "Bestäm hur resultatet ska följas upp: vilka mått (indikatorer) uppdelade på kön, när, och till vilken nämnd eller styrelse det rapporteras.",
      example:
        "Antalet kvällsbesök följs upp uppdelat på kön efter ett år och återrapporteras till hälso- och sjukvårdsnämnden i delårsrapporten.",
      adviceMissing: "Planera uppföljningen: vilka mått uppdelade på kön, när, och till vem resultatet rapporteras.",
      advicePartly:
        "Uppföljning nämns. Skriv också att den görs för kvinnor och män, och när eller till vem den rapporteras.",
      adviceMet: "Uppföljningen är planerad.",
    },
  },
  verdicts: {
    missing: "Saknas",
    insufficient: "Otillräcklig",
    adequate: "Godtagbar",
    good: "God",
  },
  verdictMeanings: {
    missing: "Ärendet har inget avsnitt om påverkan avseende jämställdhet, eller så är avsnittet tomt.",
    insufficient:
      "Avsnittet finns men svarar inte på grundfrågorna: relevans, vilka kvinnor och män som berörs, konsekvenserna och slutsatsen.",
    adequate:
      "Grundfrågorna är besvarade. Analysen kan bli starkare med statistik, 4R-frågorna, mål, åtgärder och uppföljning.",
    good: "En fullständig analys: grundfrågorna, könsuppdelad statistik och de flesta andra kriterier finns med.",
  },
  conclusions: {
    positive: "Positiv påverkan",
    negative: "Negativ påverkan",
    neutral: "Ingen påverkan",
    mixed: "Blandad påverkan",
  },
  subgoals: {
    subgoal1: "Delmål 1: En jämn fördelning av makt och inflytande",
    subgoal2: "Delmål 2: Ekonomisk jämställdhet",
    subgoal3: "Delmål 3: Jämställd utbildning",
    subgoal4: "Delmål 4: Jämn fördelning av det obetalda hem- och omsorgsarbetet",
    subgoal5: "Delmål 5: Jämställd hälsa",
    subgoal6: "Delmål 6: Mäns våld mot kvinnor ska upphöra",
  },
  scoring:
    "Jämt läser bara texten under rubriken ”Beslutsförslagets påverkan avseende jämställdhet” eller en likvärdig rubrik, som ”Jämställdhetsanalys”. Text i andra delar av ärendet räknas inte, hur mycket den än handlar om jämställdhet. Texten delas upp i meningar, och för varje kriterium letar Jämt efter meningar med ett visst innehåll – till exempel en siffra tillsammans med kvinnor eller män, inte bara ett enskilt ord. De meningarna visas som belägg. Varje uppfyllt kriterium ger poäng, sammanlagt högst 100: relevans 8, berörda kvinnor och män 12, könsuppdelad statistik 12, konsekvenser för kvinnor och män 14, resurser 6, representation och inflytande 6, normer och motiverade skillnader 6, andra faktorer än kön 6, mål 6, slutsats 10, åtgärder och alternativ 7 och uppföljning 7. Ett kriterium som bara delvis är uppfyllt ger inga poäng, men ett eget råd. Bedömningen blir ”saknas” om avsnittet inte finns eller är tomt, och ”otillräcklig” om något av de fyra grundkriterierna inte är uppfyllt: relevans, berörda kvinnor och män, konsekvenser för kvinnor och män och slutsats. Den blir ”god” om grundkriterierna och den könsuppdelade statistiken är uppfyllda och poängen är minst 75, annars ”godtagbar”. Bedömningen är ett stöd och inget facit: den bygger på vad texten innehåller, inte på om innehållet stämmer, och ersätter inte granskarens bedömning.",
  guidingQuestions: {
    title: "Frågor att utgå från",
    problem: "Vad är problemet?",
    goalsAndMethods: "Vad kan mål och metoder vara?",
    who: "Vem berörs? Vilka kvinnor och män, flickor och pojkar?",
    statistics: "Vad säger statistik uppdelad på kön? Om den saknas: varför, och hur tas den fram?",
    representation: "Representation: Hur många kvinnor och män deltar, påverkar och beslutar?",
    resources: "Resurser: Hur fördelas pengar, tid, utrymme och service mellan kvinnor och män?",
    realia: "Realia: Varför ser det ut så? Vilka normer och värderingar styr?",
    realisera:
      "Realisera: Vad behöver förändras, och vilka mål och åtgärder gör att kvinnors och mäns behov tillgodoses lika?",
    subgoals: "Vilka av de sex jämställdhetspolitiska delmålen berörs?",
    conclusion: "Vad blir slutsatsen – positiv, negativ, neutral eller blandad påverkan – och varför?",
    followUp: "Hur följs effekterna upp för kvinnor och män, när och till vem?",
  },
};
