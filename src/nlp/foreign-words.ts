/**
 * Frequent words of the other languages our posts are written in, for the PHI name rules: in a post written in
 * Italian, "Mio", "anni" and "Mia" are words, not the given names the name lexicon also lists; in Portuguese "uma" and
 * "ela"; in German "Zimmer" and "Frau". Written here from general knowledge of each language (articles, pronouns,
 * prepositions, auxiliaries, and the everyday nouns of hospital posts). Some are English words too ("in", "me",
 * "bed"): the caller leaves the English words out of the vote (foreignLanguageOf's `skip`).
 */
import { normalizeWord } from './tokenize.js';

const WORDS: Record<string, string> = {
  es: `el la los las un una unos unas y o pero que de del al en con por para sin sobre entre hasta desde como cuando donde
    mi mis tu tus su sus nuestro nuestra yo tú él ella ellos ellas nosotros usted ustedes le les lo se me te nos es son era fue
    ha han había hay está están estaba estamos estoy tengo tiene tienen hace muy más menos ya también todavía hoy ayer mañana
    siempre nunca porque aquí allí alguien nadie todo todos toda todas cada otro otra mismo misma esta este esto ese esa eso
    abuela abuelo mamá papá madre padre hijo hija hermano hermana tía tío esposo esposa vecino vecina días semana semanas año
    años mes meses hora horas gracias favor alguna alguno ningún ninguna cirugía hospital habitación cama enfermera enfermero
    médico médica doctora citas cita consulta haya sido estado vamos ciudad casa cumplió operan llevó vela`,
  pt: `o a os as um uma uns umas e ou mas que de do da dos das ao aos à às em no na nos nas com por pelo pela para sem sobre
    entre até desde como quando onde meu minha meus minhas seu sua seus suas nosso nossa eu você ele ela eles elas nós lhe
    se me te é são era foi está estão estava estou tenho tem têm há muito mais menos já também ainda hoje ontem amanhã
    sempre nunca porque aqui ali alguém ninguém todo todos toda todas cada outro outra mesmo mesma esta este isto essa esse
    isso avó avô mãe pai filho filha irmão irmã tia tio marido esposa vizinho vizinha dias semana semanas ano anos mês meses
    hora horas obrigado obrigada favor vaga regra diferente enormes reza ele quarto leito enfermeira médico gente quem puder
    liguem ligue`,
  fr: `le la les un une des et ou mais que qui de du au aux en dans sur sous avec pour par sans chez entre depuis pendant
    comme quand où mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle nous vous ils elles on lui
    leur se me te est sont était été avait avons ai as a ont fait très plus moins déjà aussi encore aujourd hier demain
    toujours jamais parce ici là quelqu personne tout tous toute toutes chaque autre même cette ce cet ces ça cela
    mamie papi mère père fils fille frère sœur tante oncle mari femme voisin voisine jours semaine semaines an ans mois
    heure heures merci chambre lit infirmière médecin service santé urgence urgences avait`,
  it: `il lo la i gli le un uno una e o ma che di del della dei delle al alla ai alle in nel nella nei nelle con per tra fra
    su da dal dalla sul sulla senza come quando dove mio mia miei mie tuo tua suo sua nostro nostra io tu lui lei noi voi
    loro mi ti si ci vi è sono era stato stata ha hanno avevo abbiamo ho fatto molto più meno già anche ancora oggi ieri
    domani sempre mai perché qui lì qualcuno nessuno tutto tutti tutta tutte ogni altro altra stesso stessa questo questa
    quel quella nonna nonno mamma papà madre padre figlio figlia fratello sorella zia zio marito moglie suocera suocero
    vicino vicina giorni settimana settimane anno anni mese mesi ora ore grazie stanza letto infermiera medico reparto
    soccorso pronto stanotte sembrava girone festeggiato stazione tre quattro cinque`,
  de: `der die das den dem des ein eine einen einem einer und oder aber dass von vom zu zum zur in im an am auf aus bei mit
    nach seit für über unter vor zwischen ohne wie wenn wo mein meine meinen meinem dein deine sein seine ihr ihre unser
    unsere ich du er sie es wir ihr man mich mir dich dir sich ist sind war waren hat haben hatte bin wird werden wurde
    sehr mehr weniger schon auch noch heute gestern morgen immer nie weil hier dort jemand niemand alles alle jede jeder
    andere diese dieser dieses oma opa mutter vater sohn tochter bruder schwester tante onkel mann frau nachbar tage woche
    wochen jahr jahre monat monate stunde stunden danke bitte zimmer bett station schwester pfleger arzt ärztin dame herr
    zettel nummer telefon handynummer stationstelefon sturz besuchszeit`,
  nl: `de het een en of maar dat die van in op aan met voor bij naar uit over onder tot zonder als wanneer waar mijn mijn
    jouw zijn haar ons onze ik jij hij zij wij jullie ze me mij je zich is zijn was waren heeft hebben had ben wordt werd
    heel meer minder al ook nog vandaag gisteren morgen altijd nooit omdat hier daar iemand niemand alles alle elke andere
    deze dit oma opa moeder vader zoon dochter broer zus tante oom man vrouw buurman buurvrouw dagen week weken jaar jaren
    maand maanden uur uren dank bedankt kamer bed verpleegkundige arts bel`,
  pl: `i w na z do nie się to że jest są był była było jak ale od po za przez dla bez pod nad przy o u mój moja moje mojego
    twój jego jej nasz nasza ja ty on ona my wy oni one mnie mi go jej ich ma mam mają miał miała bardzo więcej już też
    jeszcze dziś dzisiaj wczoraj jutro zawsze nigdy bo tu tam ktoś nikt wszystko wszyscy każdy inny ten ta te babcia
    dziadek mama tata matka ojciec syn córka brat siostra ciocia wujek mąż żona dni tydzień tygodnie rok lata lat miesiąc
    godzina dziękuję proszę pani pan sala łóżko pielęgniarka lekarz`,
  tl: `ang ng sa si ni mga na ay at o pero kung kapag dahil para kay kina ako ikaw siya kami tayo kayo sila ko mo niya
    namin natin ninyo nila ito iyan iyon dito diyan doon may mayroon wala hindi oo po opo lang din rin pa na ba naman
    kasi talaga sobra grabe sana kaya ngayon kahapon bukas lola lolo nanay tatay anak kapatid tita tito asawa araw linggo
    buwan taon salamat pila kanina palang daan dumami`,
};

/** Lower-case word → the languages it is a frequent word of. */
export const FOREIGN_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(WORDS)) {
    for (const w of list.split(/\s+/)) {
      if (!w) continue;
      const key = normalizeWord(w);
      const langs = map.get(key) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      map.set(key, langs);
    }
  }
  return map;
})();

/**
 * The language a post is written in when its frequent words say so clearly: at least `min` tokens of one language
 * (not counting the words `skip` rejects) and more of it than of any other, else undefined. Norms are the tokenizer's (lower case, accents folded).
 */
export function foreignLanguageOf(norms: Iterable<string>, skip: (norm: string) => boolean, min = 3): string | undefined {
  const counts = new Map<string, number>();
  for (const n of norms) {
    const langs = FOREIGN_WORDS.get(n);
    if (langs && !skip(n)) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  let second = 0;
  for (const [l, c] of counts) {
    if (c > bestCount) { second = bestCount; bestCount = c; best = l; } else if (c > second) second = c;
  }
  return bestCount >= min && bestCount > second ? best : undefined;
}
