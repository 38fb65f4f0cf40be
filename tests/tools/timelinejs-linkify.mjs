// Runs every slide text of a TimelineJS file through TimelineJS's own automatic
// linking (linkify in @knight-lab/timelinejs src/js/core/Util.js, on by default) and
// prints the slides as TimelineJS would show them, as JSON: [{id, html}].
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@knight-lab/timelinejs/package.json'));
const source = readFileSync(join(root, 'src/js/core/Util.js'), 'utf8');
const start = source.indexOf('export function linkify(');
if (start < 0) throw new Error('linkify not found in TimelineJS');
let depth = 0;
let end = source.indexOf('{', start);
for (; end < source.length; ++end) {
  if (source[end] === '{') ++depth;
  if (source[end] === '}' && --depth === 0) break;
}
const linkify = new Function(`${source.slice(start + 'export '.length, end + 1)}; return linkify;`)();

const timeline = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const slides = timeline.events.map((e) => ({ id: e.unique_id, html: linkify(e.text.text) }));
console.log(JSON.stringify(slides));
