import { hashString } from "../../lib/text/hash-string";
import type { ArtKey } from "./content/types";

/**
 * Draws the demo illustrations as SVG, so the seed needs no downloads. Each scene is a
 * flat, poster-like composition; a seeded random source varies details between uses.
 */

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 10000) / 10000;
  };
}

export { hashString };

type Palette = { sky: [string, string]; far: string; mid: string; near: string; accent: string };

const PALETTES: Record<ArtKey, Palette> = {
  "city-skyline": {
    sky: ["#f6d5a8", "#e8a87c"],
    far: "#9a8c98",
    mid: "#4a4e69",
    near: "#22223b",
    accent: "#ffd166",
  },
  harbor: {
    sky: ["#bde0fe", "#a2d2ff"],
    far: "#8d99ae",
    mid: "#2b2d42",
    near: "#1d3557",
    accent: "#e63946",
  },
  mountains: {
    sky: ["#e0fbfc", "#c2dfe3"],
    far: "#9db4c0",
    mid: "#5c6b73",
    near: "#253237",
    accent: "#ffffff",
  },
  forest: {
    sky: ["#e9f5db", "#cfe1b9"],
    far: "#97a97c",
    mid: "#718355",
    near: "#344e41",
    accent: "#f4a261",
  },
  desert: {
    sky: ["#ffe8d6", "#ffcad4"],
    far: "#ddbea9",
    mid: "#cb997e",
    near: "#6b705c",
    accent: "#f28482",
  },
  river: {
    sky: ["#caf0f8", "#90e0ef"],
    far: "#76a99a",
    mid: "#52796f",
    near: "#0077b6",
    accent: "#ade8f4",
  },
  parliament: {
    sky: ["#f1faee", "#d8e2dc"],
    far: "#a8a29e",
    mid: "#6d6875",
    near: "#3d405b",
    accent: "#e07a5f",
  },
  "market-chart": {
    sky: ["#0b132b", "#1c2541"],
    far: "#3a506b",
    mid: "#5bc0be",
    near: "#6fffe9",
    accent: "#f4d35e",
  },
  circuit: {
    sky: ["#10002b", "#240046"],
    far: "#3c096c",
    mid: "#7b2cbf",
    near: "#c77dff",
    accent: "#80ffdb",
  },
  theater: {
    sky: ["#370617", "#6a040f"],
    far: "#9d0208",
    mid: "#d00000",
    near: "#1b0d0d",
    accent: "#ffba08",
  },
  library: {
    sky: ["#fefae0", "#faedcd"],
    far: "#d4a373",
    mid: "#bc6c25",
    near: "#606c38",
    accent: "#283618",
  },
  fields: {
    sky: ["#fff3b0", "#ffd6a5"],
    far: "#b5c99a",
    mid: "#87986a",
    near: "#718355",
    accent: "#e09f3e",
  },
  coast: {
    sky: ["#ffddd2", "#e29578"],
    far: "#83c5be",
    mid: "#006d77",
    near: "#edf6f9",
    accent: "#ffddd2",
  },
  factory: {
    sky: ["#d6ccc2", "#adb5bd"],
    far: "#8d99ae",
    mid: "#6c757d",
    near: "#343a40",
    accent: "#e76f51",
  },
  "night-city": {
    sky: ["#03045e", "#023e8a"],
    far: "#0077b6",
    mid: "#14213d",
    near: "#000814",
    accent: "#ffc300",
  },
  storm: {
    sky: ["#6c757d", "#495057"],
    far: "#5c677d",
    mid: "#33415c",
    near: "#001233",
    accent: "#e9ecef",
  },
};

function ridge(
  rand: () => number,
  width: number,
  base: number,
  amplitude: number,
  steps: number,
): string {
  const points: string[] = [`0,${base}`];
  for (let i = 0; i <= steps; i += 1) {
    const x = (i / steps) * width;
    const y = base - amplitude * (0.3 + rand() * 0.7);
    points.push(`${x.toFixed(0)},${y.toFixed(0)}`);
  }
  return `M${points.join(" L")} L${width},${base + 2000} L0,${base + 2000} Z`;
}

function skyline(
  rand: () => number,
  width: number,
  base: number,
  maxHeight: number,
  color: string,
  windows?: string,
): string {
  let x = 0;
  let shapes = "";
  while (x < width) {
    const w = 40 + rand() * 90;
    const h = maxHeight * (0.3 + rand() * 0.7);
    shapes += `<rect x="${x.toFixed(0)}" y="${(base - h).toFixed(0)}" width="${w.toFixed(0)}" height="${(h + 400).toFixed(0)}" fill="${color}"/>`;
    if (windows) {
      for (let wy = base - h + 16; wy < base - 10; wy += 28) {
        for (let wx = x + 10; wx < x + w - 14; wx += 20) {
          if (rand() > 0.55)
            shapes += `<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="8" height="12" fill="${windows}" opacity="0.85"/>`;
        }
      }
    }
    x += w + 4;
  }
  return shapes;
}

export function drawScene(art: ArtKey, seed: number, width = 1600, height = 1000): string {
  const p = PALETTES[art];
  const rand = random(seed);
  const horizon = height * (0.55 + rand() * 0.1);
  let body = "";
  const sun = `<circle cx="${(width * (0.2 + rand() * 0.6)).toFixed(0)}" cy="${(height * (0.18 + rand() * 0.15)).toFixed(0)}" r="${(60 + rand() * 60).toFixed(0)}" fill="${p.accent}" opacity="0.9"/>`;
  switch (art) {
    case "city-skyline":
    case "night-city":
      body =
        sun +
        skyline(rand, width, horizon, height * 0.35, p.far) +
        skyline(
          rand,
          width,
          horizon + 120,
          height * 0.45,
          p.mid,
          art === "night-city" ? p.accent : undefined,
        ) +
        `<rect y="${horizon + 120}" width="${width}" height="${height}" fill="${p.near}"/>`;
      break;
    case "harbor":
    case "coast":
      body =
        sun +
        `<path d="${ridge(rand, width, horizon, 120, 7)}" fill="${p.far}"/>` +
        `<rect y="${horizon}" width="${width}" height="${height}" fill="${p.mid}"/>`;
      for (let i = 0; i < 14; i += 1)
        body += `<rect x="${(rand() * width).toFixed(0)}" y="${(horizon + 30 + rand() * (height - horizon)).toFixed(0)}" width="${(80 + rand() * 200).toFixed(0)}" height="3" fill="${p.near}" opacity="0.5"/>`;
      if (art === "harbor") {
        for (let i = 0; i < 3; i += 1) {
          const cx = width * (0.15 + i * 0.3 + rand() * 0.1);
          body += `<path d="M${cx},${horizon} l0,-260 l220,0 l0,16 l-200,0 l0,244 Z" fill="${p.near}"/><rect x="${cx - 60}" y="${horizon - 40}" width="${180 + rand() * 80}" height="40" fill="${p.accent}"/>`;
        }
      }
      break;
    case "parliament":
      body = sun + `<rect y="${horizon}" width="${width}" height="${height}" fill="${p.far}"/>`;
      body += `<path d="M${width * 0.3},${horizon} L${width * 0.3},${horizon - 200} L${width * 0.7},${horizon - 200} L${width * 0.7},${horizon} Z" fill="${p.mid}"/>`;
      body += `<path d="M${width * 0.4},${horizon - 200} A${width * 0.1},${width * 0.1} 0 0 1 ${width * 0.6},${horizon - 200} Z" fill="${p.near}"/>`;
      for (let i = 0; i < 9; i += 1)
        body += `<rect x="${width * 0.32 + i * width * 0.045}" y="${horizon - 180}" width="18" height="170" fill="${p.sky[0]}" opacity="0.7"/>`;
      body += `<path d="M${width * 0.27},${horizon - 200} L${width * 0.5},${horizon - 300} L${width * 0.73},${horizon - 200} Z" fill="${p.accent}" opacity="0.0"/>`;
      break;
    case "market-chart": {
      let d = `M0,${horizon}`;
      let y = horizon;
      for (let x = 0; x <= width; x += 40) {
        y = Math.min(height - 80, Math.max(120, y + (rand() - 0.48) * 90));
        d += ` L${x},${y.toFixed(0)}`;
      }
      for (let gx = 0; gx < width; gx += 100)
        body += `<rect x="${gx}" y="0" width="1" height="${height}" fill="${p.far}"/>`;
      for (let gy = 0; gy < height; gy += 100)
        body += `<rect x="0" y="${gy}" width="${width}" height="1" fill="${p.far}"/>`;
      for (let x = 20; x < width; x += 40) {
        const h = 40 + rand() * 160;
        body += `<rect x="${x}" y="${height - h}" width="22" height="${h}" fill="${p.mid}" opacity="0.5"/>`;
      }
      body += `<path d="${d}" fill="none" stroke="${p.near}" stroke-width="8" stroke-linejoin="round"/>`;
      body += `<path d="${d} L${width},${height} L0,${height} Z" fill="${p.accent}" opacity="0.15"/>`;
      break;
    }
    case "circuit":
      for (let i = 0; i < 40; i += 1) {
        const x = rand() * width;
        const y1 = rand() * height;
        const x2 = x + (rand() - 0.5) * 500;
        const y2 = y1 + (rand() - 0.5) * 300;
        body += `<path d="M${x.toFixed(0)},${y1.toFixed(0)} L${x2.toFixed(0)},${y1.toFixed(0)} L${x2.toFixed(0)},${y2.toFixed(0)}" stroke="${i % 3 ? p.mid : p.near}" stroke-width="6" fill="none"/><circle cx="${x2.toFixed(0)}" cy="${y2.toFixed(0)}" r="12" fill="${p.accent}"/>`;
      }
      body += `<rect x="${width * 0.38}" y="${height * 0.3}" width="${width * 0.24}" height="${height * 0.4}" rx="24" fill="${p.far}" stroke="${p.near}" stroke-width="8"/>`;
      break;
    case "theater":
      body = `<rect y="${height * 0.78}" width="${width}" height="${height}" fill="${p.near}"/>`;
      body += `<ellipse cx="${width / 2}" cy="${height * 0.78}" rx="${width * 0.28}" ry="60" fill="${p.accent}" opacity="0.35"/>`;
      for (let i = 0; i < 8; i += 1) {
        body += `<path d="M${i * 40},0 Q${i * 40 + 60},${height * 0.4} ${i * 36},${height}" stroke="${p.mid}" stroke-width="34" fill="none"/>`;
        body += `<path d="M${width - i * 40},0 Q${width - i * 40 - 60},${height * 0.4} ${width - i * 36},${height}" stroke="${p.mid}" stroke-width="34" fill="none"/>`;
      }
      body += `<rect width="${width}" height="90" fill="${p.far}"/>`;
      break;
    case "library":
      for (let shelf = 0; shelf < 5; shelf += 1) {
        const y = 80 + shelf * (height / 5.4);
        let x = 40;
        while (x < width - 60) {
          const w = 24 + rand() * 40;
          const h = 110 + rand() * 60;
          const colors = [p.far, p.mid, p.near, p.accent];
          body += `<rect x="${x.toFixed(0)}" y="${(y + 170 - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="${colors[Math.floor(rand() * 4)]}"/>`;
          x += w + 3;
        }
        body += `<rect x="0" y="${y + 170}" width="${width}" height="16" fill="${p.near}"/>`;
      }
      break;
    case "factory":
      body = sun + skyline(rand, width, horizon, height * 0.2, p.far);
      for (let i = 0; i < 4; i += 1) {
        const x = width * (0.1 + i * 0.22);
        body += `<rect x="${x}" y="${horizon - 330}" width="50" height="330" fill="${p.mid}"/><circle cx="${x + 25 + 60}" cy="${horizon - 390}" r="${50 + rand() * 30}" fill="${p.sky[1]}" opacity="0.9"/>`;
      }
      body += `<path d="M0,${horizon} l200,-100 l0,100 l200,-100 l0,100 l200,-100 l0,100 l200,-100 l0,100 l200,-100 l0,100 l200,-100 l0,100 l200,-100 l0,100 l200,-100 l0,100 Z" fill="${p.near}"/><rect y="${horizon}" width="${width}" height="${height}" fill="${p.near}"/>`;
      break;
    case "storm":
      for (let i = 0; i < 6; i += 1)
        body += `<ellipse cx="${(rand() * width).toFixed(0)}" cy="${(rand() * height * 0.35).toFixed(0)}" rx="${260 + rand() * 200}" ry="${70 + rand() * 50}" fill="${p.far}" opacity="0.8"/>`;
      body += `<path d="M${width * 0.55},${height * 0.25} l-60,160 l50,0 l-70,180 l150,-220 l-55,0 l45,-120 Z" fill="${p.accent}"/>`;
      body += `<path d="${ridge(rand, width, horizon + 80, 100, 9)}" fill="${p.mid}"/><path d="${ridge(rand, width, horizon + 200, 80, 6)}" fill="${p.near}"/>`;
      break;
    default:
      // mountains, forest, desert, river, fields: layered ridges.
      body =
        sun +
        `<path d="${ridge(rand, width, horizon - 60, 260, 6)}" fill="${p.far}"/>` +
        `<path d="${ridge(rand, width, horizon + 60, 200, 9)}" fill="${p.mid}"/>`;
      if (art === "river")
        body += `<path d="M${width * 0.45},${horizon + 40} C${width * 0.3},${height * 0.8} ${width * 0.7},${height * 0.85} ${width * 0.35},${height} L${width * 0.65},${height} C${width * 0.9},${height * 0.85} ${width * 0.45},${height * 0.75} ${width * 0.52},${horizon + 40} Z" fill="${p.near}"/>`;
      else if (art === "forest")
        for (let i = 0; i < 40; i += 1) {
          const x = rand() * width;
          const y = horizon + 60 + rand() * (height - horizon);
          body += `<path d="M${x.toFixed(0)},${(y - 160).toFixed(0)} l55,160 l-110,0 Z" fill="${p.near}"/>`;
        }
      else if (art === "fields")
        for (let i = 0; i < 12; i += 1)
          body += `<path d="M0,${horizon + 100 + i * 40} Q${width / 2},${horizon + 60 + i * 44} ${width},${horizon + 100 + i * 40}" stroke="${i % 2 ? p.near : p.accent}" stroke-width="10" fill="none" opacity="0.7"/>`;
      else body += `<path d="${ridge(rand, width, horizon + 180, 120, 5)}" fill="${p.near}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#sky)"/>${body}</svg>`;
}

/** A head-and-shoulders silhouette portrait in the author's colours. */
export function drawPortrait(palette: [string, string], seed: number, size = 600): string {
  const rand = random(seed);
  const skin = ["#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac"][Math.floor(rand() * 5)];
  const hair = ["#2b1d0e", "#4b3621", "#a0522d", "#111111", "#d4b483", "#7f7f7f"][
    Math.floor(rand() * 6)
  ];
  const c = size / 2;
  const long = rand() > 0.5;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" fill="${palette[0]}"/>
${long ? `<rect x="${c - 125}" y="${c - 150}" width="250" height="300" rx="110" fill="${hair}"/>` : ""}
<path d="M${c - 230},${size} C${c - 220},${c + 110} ${c + 220},${c + 110} ${c + 230},${size} Z" fill="${palette[1]}"/>
<rect x="${c - 40}" y="${c + 40}" width="80" height="80" fill="${skin}"/>
<ellipse cx="${c}" cy="${c - 30}" rx="105" ry="130" fill="${skin}"/>
<path d="M${c - 110},${c - 40} C${c - 120},${c - 190} ${c + 120},${c - 190} ${c + 110},${c - 40} C${c + 80},${c - 110} ${c - 60},${c - 120} ${c - 110},${c - 40} Z" fill="${hair}"/>
</svg>`;
}
