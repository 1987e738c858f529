/** The queries every search benchmark times: single terms, booleans with dates, phrases, NEAR, prefixes, a stop word, an author. */
export const QUERIES = [
  'ozempic',
  'ozempic AND nausea from:2024-03-01 to:2024-09-30',
  '(ozempic OR semaglutide) AND (nausea OR vomiting) from:2024-03-01 to:2024-09-30',
  '(ozempic OR semaglutide) AND (nausea OR vomiting) -insurance lang:en from:2024-01-01',
  '"weight loss" NEAR/5 insurance',
  '#asco24 (keytruda OR pembrolizumab)',
  'sem* platform:reddit',
  'the',
  'author:a12',
];
