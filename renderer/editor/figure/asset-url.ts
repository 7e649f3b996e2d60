/** Where the renderer finds a stored photo: relative, so app:// and the harness both serve it. */
export function assetUrl(sha256: string, thumb: boolean): string {
  return `report-assets/${sha256}${thumb ? '?thumb=1' : ''}`;
}
