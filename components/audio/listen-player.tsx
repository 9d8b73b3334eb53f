"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

/**
 * "Listen to this article", for subscribers. With a narration it plays the recording
 * through an <audio> element with our own controls; without one (or if the recording
 * cannot load) the browser reads the article's text aloud, paragraph by paragraph,
 * highlighting the one being read. Native buttons, select and range only, so every
 * control works from the keyboard and has a visible name.
 */
export type ListenPlayerProps = {
  /** "/api/articles/<slug>/narration" when the article has a narration, else null. */
  narrationUrl: string | null;
  /** id of the element holding the article's text, read aloud without a narration. */
  bodyId: string;
};

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];
const READABLE = "p, h2, h3, li, blockquote";
// Listed here so Tailwind generates them; added to the paragraph being read.
const HIGHLIGHT = ["listen-current", "bg-amber-100", "outline-4", "outline-amber-100"];

const button =
  "border border-stone-900 px-3 py-1.5 font-semibold hover:bg-stone-100 disabled:opacity-50";

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "0:00";
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function Speed({ value, onChange }: { value: number; onChange: (rate: number) => void }) {
  return (
    <label className="flex items-center gap-2">
      <span className="font-semibold">Speed</span>
      <select
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="border border-stone-400 bg-white px-2 py-1"
      >
        {SPEEDS.map((rate) => (
          <option key={rate} value={rate}>
            {rate}×
          </option>
        ))}
      </select>
    </label>
  );
}

function Recording({ src, onFail }: { src: string; onFail: () => void }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [rate, setRate] = useState(1);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <audio
        ref={audio}
        src={src}
        preload="metadata"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onLoadedMetadata={(e) => setDuration(e.currentTarget.duration)}
        onError={onFail}
      />
      <button
        type="button"
        className={button}
        onClick={() => {
          // A failed play() is reported by the element's error event; nothing to add here.
          if (playing) audio.current?.pause();
          else audio.current?.play().catch(() => undefined);
        }}
      >
        {playing ? "Pause" : "Play"}
      </button>
      <Speed
        value={rate}
        onChange={(value) => {
          setRate(value);
          if (audio.current) audio.current.playbackRate = value;
        }}
      />
      <label className="flex flex-1 items-center gap-2">
        <span className="font-semibold">Position</span>
        <input
          type="range"
          min={0}
          max={Math.floor(duration) || 0}
          step={5}
          value={Math.floor(time)}
          aria-valuetext={`${clock(time)} of ${clock(duration)}`}
          onChange={(e) => {
            if (audio.current) audio.current.currentTime = Number(e.target.value);
          }}
          className="min-w-24 flex-1 accent-red-800"
        />
        <span className="text-xs text-stone-600 tabular-nums" aria-hidden="true">
          {clock(time)} / {clock(duration)}
        </span>
      </label>
    </div>
  );
}

const never = () => () => {};
const hasSpeech = () =>
  "speechSynthesis" in window && typeof SpeechSynthesisUtterance !== "undefined";

function Speech({ bodyId }: { bodyId: string }) {
  // Known only in the browser; the server renders the controls and the browser may hide them.
  const supported = useSyncExternalStore(never, hasSpeech, () => true);
  const [state, setState] = useState<"idle" | "playing" | "paused">("idle");
  const [index, setIndex] = useState(0);
  const [total, setTotal] = useState(0);
  const [rate, setRate] = useState(1);
  // Read when each paragraph starts, so a change while paused applies from the next one.
  const rateRef = useRef(1);
  const [note, setNote] = useState("");
  const blocks = useRef<HTMLElement[]>([]);
  // Bumped on every new utterance: events from one we cancelled are ignored.
  const turn = useRef(0);

  const mark = (element: HTMLElement | undefined) => {
    for (const el of blocks.current) {
      el.classList.remove(...HIGHLIGHT);
      el.removeAttribute("aria-current");
    }
    if (!element) return;
    element.classList.add(...HIGHLIGHT);
    element.setAttribute("aria-current", "true");
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      element.scrollIntoView({ block: "center", behavior: calm ? "auto" : "smooth" });
    }
  };

  const stop = () => {
    turn.current += 1;
    window.speechSynthesis.cancel();
    mark(undefined);
    setState("idle");
  };

  const speak = (at: number) => {
    const mine = ++turn.current;
    window.speechSynthesis.cancel();
    const element = blocks.current[at];
    if (!element) {
      stop();
      setIndex(0);
      setNote("Finished reading the article.");
      return;
    }
    const utterance = new SpeechSynthesisUtterance(element.innerText);
    utterance.rate = rateRef.current;
    utterance.lang = document.documentElement.lang || "en";
    utterance.onend = () => {
      if (turn.current === mine) speak(at + 1);
    };
    utterance.onerror = (event) => {
      if (turn.current !== mine || event.error === "interrupted" || event.error === "canceled")
        return;
      stop();
      setNote("Your browser stopped reading. Press Play to try again.");
    };
    setIndex(at);
    setState("playing");
    setNote("");
    mark(element);
    window.speechSynthesis.speak(utterance);
  };

  const start = () => {
    const body = document.getElementById(bodyId);
    // The innermost readable elements only, so a list item's paragraph is read once.
    blocks.current = body
      ? [...body.querySelectorAll<HTMLElement>(READABLE)].filter(
          (el) => !el.querySelector(READABLE) && el.innerText.trim() !== "",
        )
      : [];
    setTotal(blocks.current.length);
    if (blocks.current.length === 0) setNote("There is no text to read on this page.");
    else speak(index < blocks.current.length ? index : 0);
  };

  useEffect(() => {
    if (!hasSpeech()) return;
    // Reading must not outlive the page (browsers keep speaking across navigations).
    const quiet = () => window.speechSynthesis.cancel();
    window.addEventListener("pagehide", quiet);
    return () => {
      window.removeEventListener("pagehide", quiet);
      turn.current += 1;
      quiet();
    };
  }, []);

  if (!supported)
    return (
      <p className="mt-2 text-stone-700">
        Your browser cannot read articles aloud. Try another browser, or a device with speech
        enabled.
      </p>
    );

  const toggle = () => {
    if (state === "playing") {
      window.speechSynthesis.pause();
      setState("paused");
    } else if (state === "paused") {
      window.speechSynthesis.resume();
      setState("playing");
    } else start();
  };

  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <button type="button" className={button} onClick={toggle}>
        {state === "playing" ? "Pause" : state === "paused" ? "Resume" : "Play"}
      </button>
      {state !== "idle" && (
        <button type="button" className={button} onClick={stop}>
          Stop
        </button>
      )}
      <Speed
        value={rate}
        onChange={(value) => {
          setRate(value);
          rateRef.current = value;
          // An utterance's rate is fixed once spoken: start the paragraph again at the new speed.
          if (state === "playing") speak(index);
        }}
      />
      {total > 0 && (
        <p className="text-xs text-stone-600">
          Paragraph {Math.min(index + 1, total)} of {total}
        </p>
      )}
      <p role="status" className="basis-full text-stone-700 empty:hidden">
        {note}
      </p>
    </div>
  );
}

export function ListenPlayer({ narrationUrl, bodyId }: ListenPlayerProps) {
  const [recording, setRecording] = useState(narrationUrl !== null);
  const [note, setNote] = useState("");
  return (
    <section
      aria-labelledby="listen-heading"
      className="my-8 border-y border-stone-300 py-4 font-sans text-sm"
    >
      <h2 id="listen-heading" className="text-xs font-bold tracking-widest uppercase">
        Listen to this article
      </h2>
      <p className="mt-1 text-stone-600">
        {recording ? "Narrated recording." : "Read aloud by your browser’s voice."}
      </p>
      {recording && narrationUrl ? (
        <Recording
          src={narrationUrl}
          onFail={() => {
            setRecording(false);
            setNote("The recording could not be loaded, so your browser’s voice will read it.");
          }}
        />
      ) : (
        <Speech bodyId={bodyId} />
      )}
      {note && <p className="mt-2 text-stone-700">{note}</p>}
    </section>
  );
}
