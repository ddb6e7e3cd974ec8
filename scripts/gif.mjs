// An animated GIF from screenshots, in plain JavaScript: pngjs decodes the PNG frames and
// gifenc quantizes and encodes them (both pure JS from the npm registry, no native build).
// Screenshots of an editor change little from one frame to the next, so every frame after the
// first draws only the pixels that changed: the rest are transparent over the frame before
// (disposal 1, "leave in place"), which LZW packs into almost nothing.
import { PNG } from 'pngjs';
import gifenc from 'gifenc';

const { GIFEncoder, quantize, applyPalette } = gifenc;

/** The RGBA pixels of a PNG. */
export function decodePng(buffer) {
  const { width, height, data } = PNG.sync.read(buffer);
  return { width, height, rgba: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

function samePixels(a, b) {
  return a.width === b.width && a.height === b.height && Buffer.compare(a.rgba, b.rgba) === 0;
}

/**
 * Encodes `frames` ({ width, height, rgba, delay } in ms, all of one size) as a looping GIF.
 * A frame identical to the one before only lengthens its delay.
 */
export function encodeGif(frames) {
  const shown = [];
  for (const frame of frames) {
    const last = shown[shown.length - 1];
    if (last && samePixels(last, frame)) last.delay += frame.delay;
    else shown.push({ ...frame });
  }
  const { width, height } = shown[0];
  if (shown.some((f) => f.width !== width || f.height !== height)) throw new Error('every frame must have the size of the first');
  // One palette for every frame, so unchanged pixels keep their index; the last index is the
  // transparent one.
  const all = new Uint8Array(shown.length * width * height * 4);
  shown.forEach((f, i) => all.set(f.rgba, i * width * height * 4));
  const palette = quantize(all, 255, { format: 'rgb565' });
  const transparentIndex = palette.length;
  palette.push([255, 0, 255]);
  const gif = GIFEncoder();
  let previous;
  for (const frame of shown) {
    const index = applyPalette(frame.rgba, palette.slice(0, transparentIndex), 'rgb565');
    const drawn = index.slice();
    if (previous) {
      for (let i = 0; i < index.length; i++) if (index[i] === previous[i]) drawn[i] = transparentIndex;
    }
    gif.writeFrame(drawn, width, height, { palette, delay: frame.delay, transparent: previous !== undefined, transparentIndex, dispose: 1 });
    previous = index;
  }
  gif.finish();
  return { bytes: gif.bytes(), frames: shown.length, width, height };
}
