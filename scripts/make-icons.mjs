// Regenerates the site's root icons in public/ from the brand mark, public/favicon.svg:
//   node scripts/make-icons.mjs
// Writes favicon.ico (16, 32 and 48 px, PNG entries), apple-touch-icon.png (180 px,
// opaque) and icon-192.png / icon-512.png (listed in public/site.webmanifest). Commit
// what it writes; tests/unit/public-files.test.ts checks the files.
//
// The "M" in the mark is SVG text (Georgia, else the machine's serif), so the PNGs take
// the glyph from the fonts installed where this runs (DejaVu Serif Bold on Debian).
// The script stops if the glyph did not render at all.
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const PUBLIC_DIR = path.resolve(import.meta.dirname, "../public");
// stone-900, the mark's square: what transparent pixels (none today) would become.
const BACKGROUND = "#1c1917";
const ICO_SIZES = [16, 32, 48];

const svg = await fs.readFile(path.join(PUBLIC_DIR, "favicon.svg"));
const { width: svgWidth } = await sharp(svg).metadata();

/** The mark rasterised at `size` px (not scaled from another size), opaque RGB PNG. */
async function render(size) {
  // librsvg draws the SVG at 72 dpi by default: this density makes it `size` px wide.
  return sharp(svg, { density: (72 * size) / svgWidth })
    .resize(size, size)
    .flatten({ background: BACKGROUND })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Share of light pixels: the white "M" on the dark square, 0 if the text did not render. */
async function lightShare(png) {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let light = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i] > 128) light++;
  return light / (info.width * info.height);
}

/**
 * An ICO file holding PNG images: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per
 * image, then the PNGs themselves. All numbers little-endian; a width or height of 256
 * is written as 0.
 */
function packIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // width
    header.writeUInt8(size % 256, entry + 1); // height
    header.writeUInt8(0, entry + 2); // colours in palette: none
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8); // bytes of image data
    header.writeUInt32LE(offset, entry + 12); // where the image data starts
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

const icoImages = [];
for (const size of ICO_SIZES) {
  // ICO readers expect 32-bit entries; the PNGs carry an (opaque) alpha channel.
  const png = await sharp(await render(size))
    .ensureAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer();
  icoImages.push({ size, png });
}

const outputs = {
  "favicon.ico": packIco(icoImages),
  "apple-touch-icon.png": await render(180),
  "icon-192.png": await render(192),
  "icon-512.png": await render(512),
};

const share = await lightShare(outputs["icon-192.png"]);
if (share < 0.05) {
  throw new Error(
    `The "M" did not render (${(share * 100).toFixed(1)}% light pixels): is a serif font installed?`,
  );
}

for (const [name, data] of Object.entries(outputs)) {
  await fs.writeFile(path.join(PUBLIC_DIR, name), data);
  console.log(`public/${name}: ${data.length} bytes`);
}
