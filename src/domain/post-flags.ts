/** Compliance flags of an enriched post, as bits of one column (flag:ae, flag:phi, flag:misinfo, flag:undisclosed; sentiment:mixed). */
export const FLAG = { ae: 1, phi: 2, misinfo: 4, undisclosed: 8, mixed: 16 } as const;
export type FlagName = keyof typeof FLAG;
