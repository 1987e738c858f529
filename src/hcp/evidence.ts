/**
 * Evidence: why a profile got a probability, a type, a specialty, a country or a kind, and why two accounts look like
 * one person or an account looks like a registry record. The product shows these lists as "why".
 */

/** Where in the input the evidence was found. */
export type EvidenceField =
  | 'name' | 'bio' | 'location' | 'url' | 'handle' | 'posts' | 'registry' | 'platform' | 'graph' | 'model';

export interface Evidence {
  /** Stable rule id: "credential:MD", "title:dr", "specialty-word:cardiology", "gazetteer:us-state"… */
  rule: string;
  /** What it argues for: "hcp", "not-hcp", "type:nurse", "specialty:oncology", "country:US", "kind:patient"… */
  supports: string;
  field: EvidenceField;
  /** The text that matched, as written. */
  text?: string;
  /** [start, end) of `text` in the field (UTF-16 offsets), so a UI can highlight it. */
  span?: [number, number];
  /** Contribution: log-odds for the HCP probability, a score weight elsewhere. */
  weight?: number;
  note?: string;
}

export function evidence(rule: string, supports: string, field: EvidenceField, extra: Partial<Evidence> = {}): Evidence {
  return { rule, supports, field, ...extra };
}
