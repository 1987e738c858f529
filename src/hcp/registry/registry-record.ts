/** A record of a provider registry (NPPES, or any CSV registry through a mapping), as the matcher reads it. */
export interface RegistryRecord {
  /** "nppes" or the mapping's name. */
  source: string;
  /** The registry's id (the NPI for NPPES). */
  id: string;
  entity: 'individual' | 'organization';
  firstName?: string;
  middleName?: string;
  lastName?: string;
  /** Organisations, and registries that give one name column. */
  fullName?: string;
  credential?: string;
  /** NUCC taxonomy codes, primary first when the registry says which. */
  taxonomies: Array<{ code: string; primary: boolean }>;
  /** Free-text specialty, for registries without taxonomy codes. */
  specialty?: string;
  city?: string;
  /** US state or other region code. */
  state?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** 1-based line of the record in its file. */
  line: number;
}

/** A row the reader could not use: reported with file line, and the read goes on. */
export interface RegistryRowError {
  line: number;
  message: string;
}
