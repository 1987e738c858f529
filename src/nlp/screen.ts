/**
 * Pre-publication screening of a draft post: every finding with its span, severity, rule, source and a concrete fix,
 * and a verdict (pass | review | block).
 *
 *   PHI (Safe Harbor identifiers)                          → block; fix = the redacted draft
 *   quasi-identifier combinations                          → review
 *   endorsement without a clear, prominent disclosure      → block when absent or only in the bio, else review (R3.1)
 *   benefit claim without a risk statement / risk link     → review; fix = the label's most serious risks + link (R3.2)
 *   brand name without its established name                → review; fix = "Brand (generic)" (R3.2)
 *   drug + condition not in the loaded labeling            → review, routed to medical review, never blocked (R3.3)
 *   a debunked health claim                                → block; fix = the refuting source
 *   misinformation risk wording                            → review
 *   an adverse event described in the draft                → review (pharmacovigilance must see it)
 */
import type { Analysis, Analyzer, AnalyzeOptions } from './analyze.js';
import { CueMatcher } from './cue-matcher.js';
import type { LabelEntry } from './lexicon/load-lexicons.js';
import { matchableTokens, tokenize } from './tokenize.js';

export type Verdict = 'pass' | 'review' | 'block';
export type Severity = 'block' | 'review' | 'info';

export interface ScreenFinding {
  kind: 'phi' | 'quasi-identifier' | 'endorsement' | 'fair-balance' | 'established-name' | 'off-label' | 'misinformation' | 'adverse-event';
  ruleId: string;
  severity: Severity;
  message: string;
  span?: { start: number; end: number; text: string };
  fix: string;
  /** Where the rule or the fact behind the fix comes from. */
  source?: string;
  confidence: number;
}

export interface ScreenResult { verdict: Verdict; exitCode: 0 | 1 | 2; findings: ScreenFinding[]; redacted: string; analysis: Analysis }

const BENEFIT = new CueMatcher({ benefit: ['works', 'worked', 'effective', 'game changer', 'life changing', 'life-changing', 'cured', 'cures', 'improved',
  'improves', 'reduces', 'reduced', 'lowers', 'lowered', 'best', 'amazing results', 'my results', 'results', 'helped', 'helps', 'miracle', 'lost', 'down',
  'weight loss', 'clear skin', 'symptom free', 'pain free', 'no more', 'feel great', 'feeling great', 'loving', 'love', 'approved for', 'indicated for',
  'proven', 'safe', 'fewer', 'better', 'survival', 'remission', 'relief', 'recommend', 'did great', 'doing great', 'great results'] });
const RISK = new CueMatcher({ risk: ['side effect', 'side effects', 'risk', 'risks', 'warning', 'warnings', 'boxed warning', 'may cause', 'can cause',
  'important safety information', 'isi', 'safety information', 'prescribing information', 'contraindicated', 'adverse', 'not for everyone',
  'serious', 'talk to your doctor about risks'] });
const SEVERITY_RANK: Record<Severity, number> = { info: 0, review: 1, block: 2 };

export interface ScreenOptions extends AnalyzeOptions {}

export function screenDraft(analyzer: Analyzer, text: string, options: ScreenOptions = {}): ScreenResult {
  const analysis = analyzer.analyze(text, options);
  const findings: ScreenFinding[] = [];
  const redacted = analyzer.redact(text);
  const PHI_RULE = 'HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)';
  for (const [i, f] of analysis.phi.entries()) {
    const rep = redacted.replacements.find((r) => r.start === f.start);
    // A public @handle of the author's own audience is not patient PHI in a draft: flag it, do not block on it.
    const severity: Severity = f.type === 'handle' || f.type === 'url' ? 'info' : 'block';
    findings.push({ kind: 'phi', ruleId: f.ruleId, severity, message: `Possible ${f.type.replace(/_/g, ' ')} (${i + 1} of ${analysis.phi.length} identifiers).`,
      span: { start: f.start, end: f.end, text: f.text }, fix: rep ? `Replace "${rep.original}" with "${rep.replacement}". Redacted draft: ${redacted.text}` : redacted.text,
      source: PHI_RULE, confidence: f.confidence });
  }
  for (const q of analysis.phiQuasiIdentifiers) {
    const first = q.elements[0]!;
    const last = q.elements[q.elements.length - 1]!;
    findings.push({ kind: 'quasi-identifier', ruleId: q.ruleId, severity: 'review',
      message: `Details that together could identify someone: ${q.elements.map((e) => `${e.kind} "${e.text}"`).join(', ')}.`,
      span: { start: first.start, end: last.end, text: text.slice(first.start, last.end) },
      fix: 'Remove or generalise all but one of these details (e.g. "an elderly relative in hospital").', source: 'HIPAA 164.514(b)(2)(ii): no actual knowledge that the rest identifies someone', confidence: q.confidence });
  }
  for (const f of analysis.endorsement.findings) {
    const brand = analysis.entities.find((e) => e.type === 'drug' && e.ruleId.endsWith('.brand'))?.text ?? '<brand>';
    const severity: Severity = f.ruleId.endsWith('.absent') || f.ruleId.endsWith('.bio-only') ? 'block' : 'review';
    findings.push({ kind: 'endorsement', ruleId: f.ruleId, severity, message: f.message, ...(f.evidence ? { span: f.evidence } : {}),
      fix: `Add at the start of the post: "#ad — paid partnership with ${brand}" (or "Gifted by ${brand}").`,
      source: 'FTC Endorsement Guides, 16 CFR 255.0(f) and 255.5; FTC "Disclosures 101 for Social Media Influencers"', confidence: 0.8 });
  }
  const words = matchableTokens(tokenize(text));
  const labels = analyzer.lexicons.labeling.labels;
  const labelFor = (drugId: string): LabelEntry | undefined => labels.find((l) => `drugbank:${l.id}` === drugId);
  const drugs = analysis.entities.filter((e) => e.type === 'drug' && e.assertion !== 'negated');
  const benefits = BENEFIT.find(words, text);
  const risks = RISK.find(words, text);
  const hasLink = tokenize(text).some((t) => t.kind === 'url');
  if (drugs.length > 0 && benefits.length > 0) {
    const drug = drugs[0]!;
    const label = labelFor(drug.id);
    const riskText = label?.seriousRisks ? `Most serious risks (from the label): ${label.seriousRisks}` : 'State the most serious risks from the approved labeling';
    const link = label?.source ?? 'https://dailymed.nlm.nih.gov/dailymed/';
    if (risks.length === 0) {
      findings.push({ kind: 'fair-balance', ruleId: 'fair-balance.benefit-without-risk', severity: 'review',
        message: `A benefit claim about ${drug.text} with no risk statement in the same message.`,
        span: { start: benefits[0]!.start, end: benefits[0]!.end, text: benefits[0]!.text },
        fix: `${riskText} Add a link to the full risk information: ${link}`, source: '21 CFR 202.1(e)(5)(ii); FDA draft guidance on character-limited platforms (June 2014)', confidence: 0.7 });
    }
    if (!hasLink) {
      findings.push({ kind: 'fair-balance', ruleId: 'fair-balance.benefit-without-risk-link', severity: 'review',
        message: `A benefit claim about ${drug.text} with no link to the complete risk information.`,
        span: { start: benefits[0]!.start, end: benefits[0]!.end, text: benefits[0]!.text }, fix: `Add: "Full risk information: ${link}"`,
        source: 'FDA draft guidance "Internet/Social Media Platforms with Character Space Limitations" (June 2014)', confidence: 0.7 });
    }
  }
  for (const drug of drugs.filter((d) => d.ruleId.endsWith('.brand'))) {
    const sameIngredient = drugs.some((d) => d.id === drug.id && !d.ruleId.endsWith('.brand') && d.ruleId !== 'lexicon.drug.variant');
    if (sameIngredient) continue;
    const label = labelFor(drug.id);
    const established = label?.generic ?? drug.name;
    findings.push({ kind: 'established-name', ruleId: 'labeling.brand-without-established-name', severity: 'review',
      message: `Brand name "${drug.text}" without its established name.`, span: { start: drug.start, end: drug.end, text: drug.text },
      fix: `Write "${drug.text} (${established})".`, source: label ? `Approved labeling (openFDA), ${label.source}` : 'Drug lexicon (DrugBank open vocabulary / Drugs@FDA)', confidence: 0.85 });
  }
  const conditions = analysis.entities.filter((e) => e.type === 'condition' && e.assertion !== 'negated');
  for (const drug of drugs) {
    const label = labelFor(drug.id);
    if (!label) continue;
    for (const c of conditions) {
      if (Math.abs(c.start - drug.start) > 160) continue;
      const onLabel = label.indicationIds.includes(c.id) || label.indicationText.toLowerCase().includes(c.name.toLowerCase())
        || label.indicationText.toLowerCase().includes(c.text.toLowerCase());
      if (onLabel) continue;
      findings.push({ kind: 'off-label', ruleId: 'off-label.possible', severity: 'review',
        message: `${drug.text} with ${c.text}: this indication is not in the loaded labeling for ${label.brand} (${label.generic}). Routed to medical review.`,
        span: { start: Math.min(drug.start, c.start), end: Math.max(drug.end, c.end), text: text.slice(Math.min(drug.start, c.start), Math.max(drug.end, c.end)) },
        fix: `Medical review: confirm the indication against the label (${label.source}) or remove the use from the post.`,
        source: `Approved labeling, indications and usage (openFDA, effective ${label.effectiveTime})`, confidence: 0.6 });
    }
  }
  for (const c of analysis.misinformation.claims.filter((x) => !x.debunked)) {
    const e = c.evidence[0]!;
    const last = c.evidence[c.evidence.length - 1]!;
    findings.push({ kind: 'misinformation', ruleId: c.ruleId, severity: 'block', message: `Matches a debunked claim: "${c.claim}"`,
      span: { start: e.start, end: last.end, text: text.slice(e.start, last.end) },
      fix: `Remove the claim, or correct it citing ${c.source.org}: "${c.source.title}" ${c.source.url}`, source: `${c.source.org}: ${c.source.url}`, confidence: c.confidence });
  }
  for (const cue of analysis.misinformation.riskCues) {
    findings.push({ kind: 'misinformation', ruleId: cue.ruleId, severity: 'review', message: `Misinformation risk wording (${cue.kind}).`,
      span: { start: cue.start, end: cue.end, text: cue.text }, fix: 'Rephrase without this wording and link to an evidence source (WHO, CDC, NIH, Cochrane).', confidence: 0.5 });
  }
  if (analysis.ae.present) {
    const p = analysis.ae.pairs[0]!;
    findings.push({ kind: 'adverse-event', ruleId: analysis.ae.ruleId, severity: 'review', message: `Describes a possible adverse event: ${p.drug} → ${p.reaction}${p.serious ? ' (serious)' : ''}.`,
      span: { start: Math.min(p.drugSpan.start, p.reactionSpan.start), end: Math.max(p.drugSpan.end, p.reactionSpan.end), text: text.slice(Math.min(p.drugSpan.start, p.reactionSpan.start), Math.max(p.drugSpan.end, p.reactionSpan.end)) },
      fix: 'Report it to pharmacovigilance (or the manufacturer / FDA MedWatch) before posting; avoid product claims in the post.', source: 'EMA GVP Module VI; 21 CFR 314.80', confidence: analysis.ae.confidence });
  }
  findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.span?.start ?? 0) - (b.span?.start ?? 0));
  const worst = findings.reduce((m, f) => Math.max(m, SEVERITY_RANK[f.severity]), 0);
  const verdict: Verdict = worst === 2 ? 'block' : worst === 1 ? 'review' : 'pass';
  return { verdict, exitCode: verdict === 'pass' ? 0 : verdict === 'review' ? 1 : 2, findings, redacted: redacted.text, analysis };
}
