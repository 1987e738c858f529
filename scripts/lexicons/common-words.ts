/**
 * Everyday English words that also occur as drug synonyms, brand names, disease acronyms or person names in the source
 * vocabularies ("Focus", "Advance", "ALL", "Will"). A name that is one of these words is only kept when a curated list
 * asks for it. Written here; extend when a false positive shows up.
 */
export const COMMON_WORDS = new Set(`a about above across act action active activity add after again against age ago aid aim air
all allow alone along already also always am among an and angel another answer any anyone anything apart appear apple apply
april are area arm around art as ask at august aura autumn available avoid away baby back bad balance ball band bank bar base
basic be bear beat beauty because become bed bee been before begin behind being believe bell below best better between big
bill bird birth bit black blue board body bold bond bone book born both box boy brain brave bread break bright bring brother
brown build burn busy but buy by call calm came can cap car care carry case cat catch cause center chance change charm check
child choice christian city claim class clean clear close cloud coach cold come common control cool copy core cost could
count country course cover crown cure cut daily dark data date dawn day dead deal dear death deep degree desire did die diet
different direct do doctor does dog done door double down dr dream drink drive drop dry due during each early earth ease
east easy eat edge effect eight either else end energy enough equal even evening ever every eye face fact fair faith fall
family far fast father fear feel few field fight fill final find fine fire first fit five flat flow fly focus follow food
for force form forward four free fresh friday friend from front full fun gain game gave general get gift girl give glad glow
go gold good got grace grand grant great green ground group grow guard guide had half hand happy hard has have he head health
hear heart heat help her here high him his hit hold home honey hope hot hour house how human hunter i ice idea if ill in
inch iron is it its jack job join joy judge july june just keep key kid kind king knew know lady land large last late law
lead learn least leave left less let level life light like line link list little live long look lord lose lost lot love low
luck made main major make man many march mark mass matter may me mean measure meet member men might mind miss model moment
monday money month moon more morning most mother move much must my name near need never new news next nice night nine no
noble none noon nor north not note nothing now number of off offer office often oil ok old on once one only open or order
other our out over own page pain pair paper park part party pass past path pay peace people perfect period person pick piece
place plain plan plant play please plus point poor power press pretty price prime print pro produce progress promise proof
pure push put queen question quick quiet rain ran range rapid rate reach read ready real reason red relief remain rest result
return rich ride right ring rise river road rock room rose round rule run safe said sail same save saw say school sea season
second see seem self sell send sense serve set seven several shall shape share she shine short should show side sign silver
simple since sing single sir sister sit six size sky sleep slow small smart smile snow so soft some son song soon sound south
space speak special spring square stand star start state stay step still stone stop storm story strong study such summer sun
sunday super sure sweet table take talk tall teach team tell ten test than thank that the their them then there these they
thing think this those though three through time to today together told tomorrow too took top total touch toward town track
trade tree true trust try turn two under unit until up upon us use valley value very view visit voice wait walk wall want war
warm was watch water wave way we wear week well went were west what when where which while white who whole why wide will
win wind winter wise wish with within without woman wonder wood word work world would write year yes yet you young your
zero zone`.split(/\s+/));
