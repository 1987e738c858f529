/** The minimal documented shape of an analysis (auscult analyze --compact): no evidence, rule ids or confidences. */
import type { Analysis } from './analyze.js';

export function compactAnalysis(a: Analysis) {
  return {
    lang: a.lang,
    sentiment: { label: a.sentiment.label, score: a.sentiment.score },
    entities: a.entities.map((e) => ({ type: e.type, text: e.text, start: e.start, end: e.end, id: e.id })),
    areas: a.areas.map((x) => x.id),
    purpose: a.purpose.map((p) => p.id),
    ae: { present: a.ae.present, confidence: a.ae.confidence, experiencer: a.ae.experiencer, pairs: a.ae.pairs.map((p) => ({ drug: p.drug, reaction: p.reaction, serious: p.serious })),
      criteria: Object.fromEntries(Object.entries(a.ae.criteria).map(([k, v]) => [k, typeof v === 'boolean' ? v : v.state])) },
    phi: a.phi.map((p) => ({ type: p.type, start: p.start, end: p.end, text: p.text })),
    endorsement: { signals: a.endorsement.signals.map((s) => s.kind), disclosure: a.endorsement.disclosure.placement, findings: a.endorsement.findings.map((f) => f.ruleId) },
    misinformation: { present: a.misinformation.present, claims: a.misinformation.claims.filter((c) => !c.debunked).map((c) => c.claimId) },
  };
}
