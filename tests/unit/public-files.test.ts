import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";

/**
 * The icons in public/ are made by scripts/make-icons.mjs and committed; these checks
 * fail when a regeneration (or a hand edit) leaves a broken or mislabelled file behind.
 */
const PUBLIC_DIR = path.resolve(import.meta.dirname, "../../public");
const read = (name: string) => fs.readFileSync(path.join(PUBLIC_DIR, name));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type IcoEntry = { width: number; height: number; bitCount: number; image: Buffer };

/** The images of an ICO file, read from its ICONDIR and ICONDIRENTRY headers. */
function readIco(file: Buffer): IcoEntry[] {
  expect(file.length).toBeGreaterThanOrEqual(6);
  expect(file.readUInt16LE(0), "reserved").toBe(0);
  expect(file.readUInt16LE(2), "type 1 (icon)").toBe(1);
  const count = file.readUInt16LE(4);
  expect(file.length).toBeGreaterThanOrEqual(6 + 16 * count);
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    const size = file.readUInt32LE(at + 8);
    const offset = file.readUInt32LE(at + 12);
    expect(offset, `entry ${i} starts after the headers`).toBeGreaterThanOrEqual(6 + 16 * count);
    expect(offset + size, `entry ${i} ends inside the file`).toBeLessThanOrEqual(file.length);
    entries.push({
      width: file.readUInt8(at) || 256,
      height: file.readUInt8(at + 1) || 256,
      bitCount: file.readUInt16LE(at + 6),
      image: file.subarray(offset, offset + size),
    });
  }
  return entries;
}

/** Share of light pixels: the white "M" on the dark square, 0 when the mark is blank. */
async function lightShare(png: Buffer) {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let light = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 128) light++;
  return light / (info.width * info.height);
}

describe("public/ root files", () => {
  it("favicon.ico holds 16, 32 and 48 px PNG images of the sizes its headers claim", async () => {
    const entries = readIco(read("favicon.ico"));
    expect(entries.map((entry) => entry.width)).toEqual([16, 32, 48]);
    for (const { width, height, bitCount, image } of entries) {
      expect(height).toBe(width);
      expect(bitCount).toBe(32);
      expect(image.subarray(0, 8).equals(PNG_SIGNATURE), `${width} px entry is a PNG`).toBe(true);
      const meta = await sharp(image).metadata();
      expect(meta.format).toBe("png");
      expect([meta.width, meta.height]).toEqual([width, height]);
    }
  });

  it("favicon.svg is the brand mark", async () => {
    const svg = read("favicon.svg");
    const meta = await sharp(svg).metadata();
    expect(meta.format).toBe("svg");
    expect(meta.width).toBe(meta.height);
    expect(svg.toString("utf8")).toContain(">M</text>");
  });

  it("apple-touch-icon.png is 180×180 and opaque", async () => {
    const meta = await sharp(read("apple-touch-icon.png")).metadata();
    expect(meta.format).toBe("png");
    expect([meta.width, meta.height]).toEqual([180, 180]);
    expect(meta.hasAlpha).toBe(false);
  });

  it("site.webmanifest names the site and every icon it lists exists at its stated size", async () => {
    const manifest = JSON.parse(read("site.webmanifest").toString("utf8")) as {
      name: string;
      short_name: string;
      start_url: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe("The Meridian");
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.start_url).toBe("/");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(["192x192", "512x512"]);
    for (const icon of manifest.icons) {
      expect(icon.src, "icons are served from the site root").toMatch(/^\/[^/]/);
      const file = path.join(PUBLIC_DIR, icon.src);
      expect(fs.existsSync(file), `${icon.src} exists in public/`).toBe(true);
      const meta = await sharp(file).metadata();
      expect(`image/${meta.format}`).toBe(icon.type);
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
      expect(await lightShare(fs.readFileSync(file)), `${icon.src} shows the "M"`).toBeGreaterThan(
        0.05,
      );
    }
  });
});
