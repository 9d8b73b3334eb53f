/** A short description of a stored file for the newsroom: "MP3 audio, 12.4 MB". */
export function describeFile(type: string, size?: number): string {
  const kind =
    type === "audio/mpeg"
      ? "MP3 audio"
      : type === "audio/mp4"
        ? "M4A audio"
        : type === "application/pdf"
          ? "PDF"
          : "File";
  if (size === undefined) return kind;
  const mb = size / (1024 * 1024);
  return `${kind}, ${mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(size / 1024))} kB`}`;
}
