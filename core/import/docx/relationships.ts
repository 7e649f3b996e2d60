import { zipPath } from '../picture-references';
import { elements, parseXml } from './xml-tree';

/** A part's relationship: a picture in the zip (its path there), or a file or address outside it. */
export interface Relationship {
  type: string;
  /** The zip path of an internal target; the target as written for an external one. */
  target: string;
  external: boolean;
}

/** A part's relationships file (word/_rels/document.xml.rels) by id; targets resolved against `folder`, the part's. */
export function readRelationships(xml: string, folder = 'word/'): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  for (const element of elements(parseXml(xml, 'relationships'))) {
    const { Id: id, Type: type = '', Target: target, TargetMode: mode } = element.attributes;
    if (element.name !== 'rel:Relationship' || !id || target === undefined) continue;
    const external = mode === 'External';
    relationships.set(id, { type, target: external ? target : zipPath(target, folder), external });
  }
  return relationships;
}
