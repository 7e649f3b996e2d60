/**
 * The .deb's Maintainer field: the package manager shows it as whom to write to. Until the
 * project names its publisher, electron-builder.yml holds a placeholder at example.org, a
 * domain that reaches nobody; a release names the real one as
 * NIANBAO_MAINTAINER="名称 <address>". A .deb is never packed with the placeholder.
 */
export const PLACEHOLDER_DOMAIN = 'example.org';

/** "Name <address>", as Debian's policy writes the field. */
const NAME_AND_ADDRESS = /^[^<>]+ <[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>$/;

export function debMaintainer(configured: string, given: string | undefined): string {
  const chosen = given?.trim() || configured;
  if (!NAME_AND_ADDRESS.test(chosen))
    throw new Error(`NIANBAO_MAINTAINER must read "Name <address>"; it is "${chosen}".`);
  if (chosen.endsWith(`@${PLACEHOLDER_DOMAIN}>`))
    throw new Error(
      `The .deb would name ${chosen}, a placeholder that reaches nobody. ` +
        'Set NIANBAO_MAINTAINER="名称 <address>" to the publisher (.deb 需要真实的维护者联系方式).',
    );
  return chosen;
}
