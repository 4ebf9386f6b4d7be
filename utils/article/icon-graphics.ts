import type { BodyPassContext } from './body-passes';
import { statedSide } from './spacer-images';

/**
 * Inline SVG drawn for a button: a play mark, a share arrow, the "bars" of a video's transcript
 * control. Drawn on a small grid (viewBox="0 0 40 36"), with no size of its own, the reading view
 * stretched each to the column's width: four black bars as tall as the text. A chart or a map is
 * drawn on a larger grid, or sized by the page, and stays.
 */
const MAX_ICON_SIDE = 64;

function gridSides(svg: Element): [number, number] | null {
  const parts = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/u).map(Number);
  const [, , width, height] = parts;
  return parts.length === 4 && width !== undefined && height !== undefined && width > 0 && height > 0 ? [width, height] : null;
}

export function isIconGraphic(svg: Element): boolean {
  const width = statedSide(svg, 'width');
  const height = statedSide(svg, 'height');
  if (width !== null && height !== null) return width <= MAX_ICON_SIDE && height <= MAX_ICON_SIDE;
  const grid = gridSides(svg);
  return grid !== null && grid[0] <= MAX_ICON_SIDE && grid[1] <= MAX_ICON_SIDE;
}

/** Body pass: removes the inline icons of the page's buttons and players (only the outermost svg of a drawing is read). */
export function removeIconGraphics(root: Element, _ctx: BodyPassContext): void {
  for (const svg of Array.from(root.getElementsByTagName('svg'))) if (svg.isConnected && isIconGraphic(svg)) svg.remove();
}
