/**
 * spc-charts/interactive: tooltips, keyboard navigation and point events for a chart that
 * `renderSvg()` drew into a web page. No framework and no dependency beyond spc-charts itself;
 * see docs/interactive.md for plain HTML, React and Vue.
 *
 * @packageDocumentation
 */
export { attach, POINT_EVENTS, type AttachOptions, type Detach, type PointEventDetail } from "./attach.js";
export { describePoint, type DescribePointOptions, type PointText } from "./describe-point.js";
