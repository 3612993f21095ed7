/**
 * A DrawingML bar chart (one series, horizontal bars, first category on top) and the drawing
 * that anchors it on a sheet: the summary's average score per unit, drawn by Excel and
 * LibreOffice from the sheet's own cells (the caches let them show it before recalculating).
 */
import { escapeXml } from './xml';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

export function chartXml(c: { title: string; sheet: string; catRef: string; valRef: string; cats: string[]; vals: (number | null)[]; font: string }): string {
  const strCache = `<c:strCache><c:ptCount val="${c.cats.length}"/>${c.cats.map((x, i) => `<c:pt idx="${i}"><c:v>${escapeXml(x)}</c:v></c:pt>`).join('')}</c:strCache>`;
  // Only finite numbers are points: "NaN" in a cache makes Excel refuse the whole chart.
  const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
  const numCache = `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${c.vals.length}"/>${c.vals.map((v, i) => (finite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('')}</c:numCache>`;
  // The axis starts at 0, or below the lowest average when one is negative (totals below zero are
  // legal: a deduction alone), which a fixed 0 would cut off the chart. Given, not left to the
  // application: LibreOffice's automatic scale started at 0 all the same.
  const lowest = Math.min(0, ...c.vals.filter(finite));
  // Room to the left of the lowest bar for its value label; the unit names sit at the left edge.
  const axisMin = `<c:min val="${lowest < 0 ? niceFloor(lowest * 1.2) : 0}"/>`;
  const font = `<a:latin typeface="${escapeXml(c.font)}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">${font}</a:defRPr></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1">${font}</a:rPr><a:t>${escapeXml(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    '<c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${escapeXml(c.catRef)}</c:f>${strCache}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(c.valRef)}</c:f>${numCache}</c:numRef></c:val>` +
    '</c:ser>' +
    '<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${font}</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/>${axisMin}</c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${font}</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr><c:crossAx val="500000001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

/** A round number at or below a negative x (−5 → −5, −7,3 → −10, −42 → −50), for an axis to start at. */
function niceFloor(x: number): number {
  const step = 10 ** Math.floor(Math.log10(-x));
  const m = -x / step;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
  return -nice * step;
}

export function drawingXml(at: { fromCol: number; fromRow: number; toCol: number; toRow: number }): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    `<xdr:from><xdr:col>${at.fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${at.toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
