/** Where the renderer finds a stored photo: relative, so app:// and the harness both serve it. */
export function assetUrl(assetKey: string, thumb: boolean): string {
  return `report-assets/${assetKey}${thumb ? '?thumb=1' : ''}`;
}
