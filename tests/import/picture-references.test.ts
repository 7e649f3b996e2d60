import { describe, expect, it } from 'vitest';
import { referencedPictures } from '../../core/import/picture-references';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const IMAGE = `${RELATIONSHIPS}/image`;
const rels = `<Relationships>
  <Relationship Id="rId4" Type="${IMAGE}" Target="media/image1.jpeg"/>
  <Relationship Id="rId5" Type="${IMAGE}" Target="../word/media/image2.png"/>
  <Relationship Id="rId6" Type="${IMAGE}" Target="/word/media/image3.png"/>
  <Relationship Id="rId7" Type="${IMAGE}" Target="file:///C:/photos/a.jpg" TargetMode="External"/>
  <Relationship Id="rId8" Type="${RELATIONSHIPS}/hyperlink" Target="https://example.com" TargetMode="External"/>
  <Relationship Id="rId9" Type="${IMAGE}" Target="media/unused.png"/>
</Relationships>`;

describe('the pictures a document refers to', () => {
  it('are the image relationships its XML uses, as zip paths; linked pictures, links and unused ones aside', () => {
    const xml =
      '<a:blip r:embed="rId4"/><v:imagedata r:id="rId5"/><v:fill r:id="rId6"/>' +
      '<a:blip r:link="rId7"/><w:hyperlink r:id="rId8"/><a:blip r:embed="rId4"/>';
    expect([...referencedPictures(rels, xml)].sort()).toEqual([
      'word/media/image1.jpeg',
      'word/media/image2.png',
      'word/media/image3.png',
    ]);
  });
});
