import { createAnalyzer } from './src/nlp/analyze.js';
let t0 = performance.now();
const a = createAnalyzer();
console.log('create', (performance.now() - t0).toFixed(0), 'ms', a.version);
for (const s of ["Started Ozempic 3 weeks ago and I can't stop the nausea, ended up in the ER. Is this normal??",
  "My 92yo dad in room 4B at St. Mary's on 3/14 🎂, call me at 555-123-4567 or jane.doe@gmail.com. MRN 12345678",
  "#ad Loving my results with Wegovy! use code GLOW20 #sponsored", "Loving my results with Wegovy 🙌 use code GLOW20 for a discount on your first consult",
  "Vaccines cause autism, the data has been hidden for years. Do your own research!", "Tested positive for covid again 😩", "No more pain since starting Humira, feeling great!",
  "Practice-changing data at #ASCO24: pembrolizumab (Keytruda) in lung cancer showed improved overall survival."]) {
  const r = a.analyze(s, { author: '@x' });
  console.log('\n' + s);
  console.log(' lang', r.lang, 'sent', r.sentiment.label, r.sentiment.score, 'areas', r.areas.map((x) => x.id).join(','), 'purpose', r.purpose.map((p) => p.id).join(','));
  console.log(' ents', r.entities.map((e) => `${e.type}:${e.text}:${e.id}:${e.assertion}:${e.experiencer}`).join(' | '));
  console.log(' ae', r.ae.present, r.ae.confidence, JSON.stringify(r.ae.pairs.map((p) => [p.drug, p.reaction, p.serious])), 'valid', r.ae.criteria.valid);
  console.log(' phi', r.phi.map((p) => `${p.type}:${p.text}`).join(' | '), r.phiQuasiIdentifiers.length ? 'QUASI' : '');
  console.log(' endorse', r.endorsement.signals.map((x) => x.kind).join(','), r.endorsement.disclosure.placement, ' misinfo', r.misinformation.present, r.misinformation.claims.map((c) => c.claimId));
  console.log(' redacted', a.redact(s).text);
}
const texts = Array.from({ length: 5000 }, (_, i) => `Week ${i % 9} on Ozempic: the nausea is brutal and my 93yo mom in room ${i % 50}B at St. Mary's. #diabetes https://t.co/abc${i}`);
t0 = performance.now();
for (const t of texts) a.analyze(t);
console.log('\nper post', ((performance.now() - t0) / texts.length * 1000).toFixed(1), 'us');
