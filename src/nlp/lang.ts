/**
 * Language identification. tinyld (STACK-NOTES: right on en/fr/de/es) costs 90–250 µs per post, which was a third of
 * analyze() on the demo corpus (bench/nlp.ts, profile). Most posts are decided earlier by a vote of function words in
 * the eight languages we meet most; tinyld is asked only when that vote is weak or split.
 */
import { detect } from 'tinyld';
import type { Token } from './tokenize.js';

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and i to of a is in it my for on with this that was me you have be are not but so just at from has had get got after about can cant im its been since we our your they what how anyone else will would should no out up new today week weeks ago started into than more all any if or an by do does did here there still again over says said say new data people patients who were when which their them then these those because could very much about my were where why been being off too back only also make first like one two see well way day time year years good great thanks thank please help know think really need want going feel today tonight report reports maker faces questions analysts news study'
    // More of the most frequent English words (written here): short posts without "the" or "and" still get an English vote.
    + ' buy free online need needed win follow via now new get go going went see look make made take took give gave find found tell told ask'
    + ' asked use used try tried work works call keep let put seem show hear play run move live believe happen write sit stand lose pay meet'
    + ' include continue set learn change lead understand watch follow stop create speak read spend grow open walk offer remember love consider'
    + ' appear buy wait serve send expect build stay fall cut reach kill remain suggest raise pass sell require decide pull everyone someone'
    + ' something nothing everything anything never always often sometimes usually maybe probably really actually literally finally already yet'
    + ' ever soon later early late best better worse worst most least many few lot lots much little big small old young long short high low right'
    + ' wrong sure true real hard easy last next same other another each every such own both either neither whether while until though although',
  de: 'und der die das ist ich nicht mit mir ein eine zu den von sich auf für es im dem wie auch bei seit wochen heute hat sind wird noch nach hatte sehr aber oder neue daten bei bleibt häufigste nebenwirkung nebenwirkungen viele fragen sprechstunde erfahrung jemand hat ständig übel mich mein meine',
  fr: 'le la les et est je pas un une des du en que qui pour dans sur avec au mais ce il elle nous vous sont depuis semaines tous jours très plus ou cette aux sur beaucoup quelquun essayé avec aussi bien encore fait être avoir comme tout rien merci nouvelles données questions consultation prudence effets indésirables sous nausées',
  es: 'el la los las y es que no un una de en por con para del lo se al como pero más mi me muy hoy semanas llevo tengo todos días alguien ha sido nuevos nuevas datos sobre muchas preguntas consulta vigilar efectos adversos probado náuseas',
  it: 'il lo la gli le di che non un una per con sono del della è mi ma come anche più nel alla questo oggi settimane',
  pt: 'o a os as e de que não um uma para com do da em no na por mais mas como eu meu minha você está hoje semanas',
  nl: 'de het een en van is dat niet ik op te in met voor zijn maar ook er aan nog wel bij mijn vandaag weken',
};
const VOTES = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words.split(' ')) VOTES.set(w, [...(VOTES.get(w) ?? []), lang]);
}

export interface LanguageResult { lang: string; ruleId: string }

export function detectLanguage(text: string, words: readonly Token[]): LanguageResult {
  if (words.length === 0) return { lang: 'und', ruleId: 'lang.empty' };
  const score = new Map<string, number>();
  let voted = 0;
  for (const w of words) {
    const langs = VOTES.get(w.norm);
    if (!langs) continue;
    voted++;
    // A word shared by several languages ("de", "la", "en") counts a fraction for each.
    for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1 / langs.length);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= 2 && best[1] >= 2 * (second?.[1] ?? 0) && voted / words.length >= 0.15) {
    return { lang: best[0], ruleId: 'lang.function-words' };
  }
  const lang = detect(text);
  if (lang) return { lang, ruleId: 'lang.tinyld' };
  return { lang: best ? best[0] : 'und', ruleId: best ? 'lang.function-words-weak' : 'lang.undetermined' };
}
