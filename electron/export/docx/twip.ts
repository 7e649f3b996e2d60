/** Word's unit: a twentieth of a point, 1440 to the inch. */
export const twip = {
  fromMm: (mm: number) => Math.round((mm / 25.4) * 1440),
  fromPt: (pt: number) => Math.round(pt * 20),
};
