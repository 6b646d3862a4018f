/**
 * Phrases the analyser looks for, as patterns over folded text (lower case, å/ä → a, ö → o;
 * see normalise-text.ts). Each is tested only on a sentence that holds one of its cue words
 * (lexicon.ts), so that most sentences are never scanned by most patterns. None is global.
 */

/** Context in which a folded "man"/"mn" (OCR-damaged "män") means men. */
export const MEN_IN_CONTEXT =
  /\b(?:kvinn\w*|flick\w*)\s?(?:,|och|eller|respektive|resp\.?|samt|\/|an|mot|som)\s?ma?n\b|\bma?n\s?(?:,|och|eller|respektive|resp\.?|samt|\/)\s?(?:kvinn|flick)|\bma?n,|(?:\d\s?%|\b\d+|\bprocent|\bbland|\bhos|\bfor|\bav|\bmellan|\balla|\bfler|\bfarre|\bunga|\baldre|\byngre|\bvuxna|\bmanga)\s(?:av\s)?ma?n\b/;
/**
 * Around the pronoun "man" ("om man kan", "man ska"): in text that lost its å/ä/ö, a "man"
 * without these neighbours is read as "män".
 */
export const PRONOUN_MAN_BEFORE =
  /\b(?:att|om|nar|da|sa|kan|ska|skall|bor|har|maste|vill|behover|far|ocksa|inte|nu|dar|hur|vad|vilket|innan|eftersom|medan|ju|vet|tror|ser|gor|ar)\s$/;
export const PRONOUN_MAN_AFTER =
  /^\s(?:kan|ska|skall|far|har|behover|maste|vill|bor|vet|ser|tar|kommer|ar|blir|gor|inte|alltid|ofta|sedan|dock|ocksa|anser|tycker|kunde|skulle|hade|fick|valjer|brukar|vanligen|ibland)\b/;

/** Sex-disaggregation in words ("per kön", "uppdelat på kön", "kvinnor respektive män"). */
export const BY_SEX =
  /\b(?:per kon|efter kon|uppdela\w* (?:pa|efter) kon|fordela\w* (?:pa|efter) kon|kvinnor respektive ma?n)\b/;
/** A figure: a percentage, a count of people or things, a fraction in words. Years alone are not figures. */
export const FIGURE =
  /\d\s?%|\b\d+(?:[,.]\d+)?\s?procent|\b\d{1,3}(?:[ .]\d{3})*(?:,\d+)?\s(?:av\s(?:\d+\s)?)?(?:kvinn\w*|man|mannen|flick\w*|pojk\w*|personer\w*|patient\w*|besok\w*|individer\w*|invanare\w*|anstallda|medarbetare\w*|elever\w*|barn|kronor|kr|tkr|mnkr|miljoner|timmar|dagar|veckor|resor|samtal\w*|fall|ansokningar)\b|\b(?:halften|en tredjedel|tva tredjedelar|en fjardedel|tre fjardedelar|dubbelt sa)\b|\bvar (?:annan|tredje|fjarde|femte|tionde) (?:kvinna|man|flicka|pojke)\b/;
/** Where figures come from, in more than one word. */
export const SOURCE =
  /\b(?:statistik\w* (?:fran|ur)|uppgifter\w* (?:fran|ur)|data (?:fran|ur)|halsa pa lika villkor|liv och halsa)\b/;
/** Data acknowledged as missing, beyond "saknas", "saknar" and "brist" (lexicon.ts: missingWord). */
export const MISSING_DATA = /\b(?:finns (?:inte|ej)|(?:inte|ej) (?:tillganglig\w*|konsuppdelad\w*))\b/;
/** A plan to obtain data. */
export const DATA_PLAN =
  /\b(?:kommer (?:att|vi att|regionen att)?|ska (?:vi |regionen |verksamheten )?)\s?\w*\s?(?:ta fram|tas fram|samla in|samlas in|inhamta\w*|fora|registrer\w*|komplettera\w*|bestalla|mata|kartlagg\w*|folja upp)|\b(?:tas fram|samlas in|inhamtas|registreras)\b/;
export const EFFECT = /\bleder till\b/;
/** What happens without a decision (nollalternativet). */
export const ZERO_ALTERNATIVE =
  /\b(?:utan (?:ett |detta |ett sadant )?beslut|om (?:forslaget|beslutet|atgarden|satsningen|inget|ingenting|forandringen) (?:inte )?(?:genomfors|fattas|antas|bifalls|beslutas|gors|infors)|om (?:regionen|kommunen|namnden|styrelsen|regionstyrelsen|vi) (?:inte|avstar)|utan (?:forandring|atgard\w*|satsning\w*)|vid (?:ett )?avslag|alternativet (?:att|ar att) (?:inte|avsta|behalla)|behall\w* (?:nuvarande|dagens)|dagens (?:situation|lage|ordning) (?:bestar|kvarstar|fortsatter)|fortsatter (?:som idag|som i dag|som tidigare))\b/;
/** Relevance decided and found relevant, in a phrase naming women or men. */
export const RELEVANT =
  /\b(?:(?:beror|paverkar|galler|angar|ror) (?:\w+ ){0,3}(?:kvinn\w*|flick\w*|pojk\w*|ma?n)|(?:kvinn\w*|flick\w*|pojk\w*|man) (?:\w+ ){0,3}(?:berors|paverkas|omfattas)|har (?:en |stor |liten |viss |tydlig )?(?:betydelse|paverkan|inverkan) (?:for|pa))\b/;
/** Relevance decided and found not relevant ("ingen påverkan", "inte relevant"). */
export const NOT_RELEVANT =
  /\b(?:inte|ej|icke)\b(?: \w+){0,3} (?:relevant\w*|paverka\w*|berora|beror|betydelse|inverkan|konsekvens\w*)|\bpaverkar (?:inte|ej)\b|\bberor (?:inte|ej)\b|\bingen (?:\w+ )?(?:paverkan|betydelse|inverkan|konsekvens\w*|effekt\w*|jamstalldhetsaspekt\w*|relevans)|\bsaknar (?:\w+ )?(?:betydelse|relevans)|\binga (?:\w+ )?(?:konsekvenser|effekter)\b/;
/** A stated reason, in more than one word ("på grund av"); "i och med att" is looked for as it is. */
export const REASON =
  /\b(?:pa grund av|med anledning av|mot bakgrund av|genom att|beroende pa|beror pa|bedomningen (?:bygger|grundar sig) pa)\b/;
export const JUSTIFICATION = /\b(?:kan forklaras|forklaras av|medicinskt forklar\w*|biologisk\w* forklar\w*)\b/;
/** Other factors in more than one word, and ages ("över 65 år"). */
export const OTHER_FACTORS =
  /\b(?:utrikes fodda|inrikes fodda|sexuell laggning|nationell\w* minoritet\w*)\b|\b(?:over|under|mellan) \d+ ar\b|\b\d+[-]\d+ ar\b|\b\d+ ar och (?:aldre|yngre)\b/;
export const INTERSECTIONAL = /\b(?:samverkar med kon|andra faktorer|andra diskrimineringsgrunder)\b/;
export const GOAL = /\b(?:budget och plan|agenda 2030)\b/;
export const GOAL_LINK = /\b(?:i linje med|ligger i linje|i enlighet med|knyter an)\b/;
/** A measure in more than one word ("kommer att erbjuda", "för att minska"). */
export const MEASURE =
  /\b(?:(?:kommer|ska|planerar) (?:\w+ ){0,2}(?:infora|inforas|erbjuda|erbjudas|rikta|riktas|anpassa\w*|sakerstalla\w*|utveckla\w*|ta fram|tas fram|informera\w*|genomfora|genomforas|satsa|arbeta|komplettera\w*|justera\w*|forandra\w*|andra\w*|oka\w*|minska\w*)|for att (?:minska|motverka|utjamna|kompensera|na|oka|underlatta|sanka))\b/;
export const FOLLOW_UP = /\b(?:folj\w* upp|foljas upp|foljs upp)\b/;
/** When, in more than one word. */
export const WHEN =
  /\b(?:varje ar|efter (?:ett|tva|tre|sex|tolv|\d+) (?:ar|manader)|i samband med|vid utgangen av|inom (?:ett|tva|\d+))\b/;
/** To whom a follow-up is reported. */
export const TO_WHOM =
  /\b(?:till (?:\w+ )?(?:regionstyrelsen|regionfullmaktige|kommunstyrelsen|kommunfullmaktige|namnden|styrelsen|fullmaktige|utskottet|ledningsgruppen|\w+namnden|\w+styrelsen|\w+utskottet|\w*direktor\w*|\w*chef\w*)|aterrapportera\w*)\b/;
export const CONCLUSION_MARKER = /\btotalt sett\b/;
