/** Wording that often comes with health misinformation (risk cues), written to lexicons/misinformation.json by scripts/build-lexicons.ts. */
/** Wording that often comes with health misinformation; a cue alone is a risk signal, not a claim. */
export const RISK_CUES = [
  { id: 'miracle-cure', kind: 'miracle-cure', phrases: ['miracle cure', 'miracle drug', 'cures everything', 'cure all', 'cure-all', '100 natural', 'doctors hate',
    'detox', 'one weird trick', 'natural cure', 'secret cure', 'instantly cured', 'heals everything', 'no side effects'] },
  { id: 'suppressed-truth', kind: 'conspiracy', phrases: ['they dont want you to know', 'big pharma', 'the truth they', 'mainstream media', 'msm', 'cover up', 'covered up',
    'what they arent telling', 'wake up', 'sheeple', 'scripted', 'agenda', 'depopulation', 'globalists', 'bioweapon', 'plandemic', 'scamdemic', 'psyop'] },
  { id: 'self-research', kind: 'conspiracy', phrases: ['do your own research', 'do your research', 'research it yourself', 'open your eyes'] },
  { id: 'urgency-share', kind: 'urgency', phrases: ['share before they delete', 'share before its deleted', 'before they take this down', 'spread the word', 'banned video', 'censored'] },
  { id: 'coercion-framing', kind: 'conspiracy', phrases: ['medical tyranny', 'tyranny', 'mandates', 'vaccine mandate', 'vaccine mandates', 'forced vaccination',
    'vaccine passport', 'vaccine passports', 'nuremberg', 'crimes against humanity', 'great reset', 'new world order', 'big tech censorship'] },
  { id: 'harm-framing', kind: 'fear', phrases: ['died suddenly', 'vaccine injured', 'vax injured', 'jab injured', 'clot shot', 'death shot', 'kill shot', 'experimental gene therapy', 'poison',
    'vaccine injury', 'vaccine injuries', 'vaccine deaths', 'vax deaths', 'toxic jab', 'bioweapon', 'genocide', 'mass murder', 'depopulation agenda'] },
  { id: 'anti-vaccine-identity', kind: 'identity', phrases: ['pureblood', 'pure blood', 'purebloods', 'unvaxxed and proud', 'unjabbed', 'never vaxxed', 'antivax', 'sheep', 'sheeple', 'jabbed sheep', 'covidiots', 'plandemic'] },
];
