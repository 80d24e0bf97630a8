"""Make the starter library's demo video: media/demo/real-desktop-tour.mp4 plus captions.

    python3 scripts/make_demo_video.py            # writes into media/demo/
    python3 scripts/make_demo_video.py --out DIR  # somewhere else (e.g. to compare)

Needs (Debian package names): ffmpeg (with libx264, AAC and the drawtext filter), espeak-ng,
fonts-dejavu-core. Standard library only; no Python packages beyond the interpreter.

What it does:
1. Speaks each narration sentence separately with espeak-ng (American English voice, fixed
   speed and pitch), trims the synthesiser's leading/trailing silence, and joins the
   sentences with fixed pauses into one WAV. Because every sentence is a separate clip of a
   known number of samples, each caption cue's start/end is exact, not estimated.
2. Writes the English captions (the narration text) and a Spanish translation of the same
   cues with the same times: .en.vtt and .es.vtt next to the video.
3. Renders calm title cards (one per chapter: the initiative, each of the three programs,
   the app) with ffmpeg's drawtext and DejaVu Sans, fading in and out, and muxes H.264
   (yuv420p, keyframe every 2 s so seeking is precise) + AAC with +faststart, plus one MP4
   chapter per card (libvlc and ffprobe list them).

Re-running gives the same narration, captions and timings; the MP4 bytes may differ only if
the ffmpeg/x264/espeak-ng versions differ. The narration content comes from
/work/shared/REAL-facts.md (the facts the starter library is allowed to state).
"""

from __future__ import annotations

import argparse
import array
import shutil
import subprocess
import sys
import tempfile
import textwrap
import wave
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "media" / "demo"
STEM = "real-desktop-tour"
TITLE = "REAL Desktop: a short tour"

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

WIDTH, HEIGHT, FPS = 854, 480, 25
BACKGROUND = "0x14213D"  # deep navy: calm, high contrast for white text
TITLE_COLOUR = "0xFFFFFF"
BODY_COLOUR = "0xD6DEE8"
FOOTER_COLOUR = "0x8A9AB0"

VOICE = "en-us"
SPEED_WPM = 160
PITCH = 45

# Timing (seconds). Pauses are silence inserted between clips, so cue times stay exact.
SENTENCE_GAP = 0.4
CARD_LEAD = 0.7  # silence after a card appears, before its first sentence
CARD_TAIL = 0.5  # silence after a card's last sentence, before the next card
END_HOLD = 1.6  # final card stays after the last word
FADE = 0.4
CAPTION_WIDTH = 60  # characters per caption line; at most two lines per cue


@dataclass(frozen=True)
class Line:
    en: str  # spoken and captioned
    es: str  # Spanish caption for the same cue


@dataclass
class Card:
    kicker: str  # small label above the title (e.g. "Program 1 of 3")
    title: str
    body: list[str]  # short lines shown under the title
    accent: str  # colour of the kicker and the rule under the title
    chapter: str  # chapter name in the MP4 (players list these and mark them on the seek bar)
    narration: list[Line] = field(default_factory=list)


CARDS: list[Card] = [
    Card(
        kicker="A short tour",
        title="REAL Desktop",
        body=["Race, Equity, And Leadership", "an offline library for city leaders"],
        accent="0xF2B134",
        chapter="Welcome",
        narration=[
            Line(
                "Welcome to REAL Desktop, an offline library for the REAL initiative.",
                "Le damos la bienvenida a REAL Desktop, una biblioteca sin conexión de la iniciativa REAL.",
            ),
            Line(
                "REAL, for Race, Equity, And Leadership, is an initiative of the National League of Cities.",
                "REAL (Raza, Equidad y Liderazgo) es una iniciativa de la Liga Nacional de Ciudades.",
            ),
        ],
    ),
    Card(
        kicker="The initiative",
        title="What REAL works toward",
        body=[
            "Eliminate racial disparities",
            "Heal racial divisions",
            "Build more equitable communities",
        ],
        accent="0xF2B134",
        chapter="The REAL initiative",
        narration=[
            Line(
                "REAL builds the knowledge and capacity of local leaders to do three things:",
                "REAL fortalece el conocimiento y la capacidad de los líderes locales para tres cosas:",
            ),
            Line(
                "eliminate racial disparities, heal racial divisions, and build more equitable communities.",
                "eliminar las disparidades raciales, sanar las divisiones raciales y construir comunidades más equitativas.",
            ),
        ],
    ),
    Card(
        kicker="Program 1 of 3",
        title="Leadership for Racial Equity",
        body=["A racial equity lens for", "policies, practices and budget decisions"],
        accent="0x4FB3BF",
        chapter="Leadership for Racial Equity",
        narration=[
            Line(
                "Leadership for Racial Equity trains city leaders to apply a racial equity lens.",
                "Liderazgo para la Equidad Racial capacita a líderes municipales para aplicar un lente de equidad racial.",
            ),
            Line(
                "Its premise: racial equity in local government raises prosperity, health and safety for all.",
                "Su premisa: la equidad racial en el gobierno local aumenta la prosperidad, la salud y la seguridad de todos.",
            ),
        ],
    ),
    Card(
        kicker="Program 2 of 3",
        title="Boys and Men of Color",
        body=["Training, technical assistance and networks", "Health, education and employment"],
        accent="0x8FC97A",
        chapter="Boys and Men of Color",
        narration=[
            Line(
                "The second program is Boys and Men of Color.",
                "El segundo programa es Boys and Men of Color (Niños y Hombres de Color).",
            ),
            Line(
                "Leaders change policies and systems to improve outcomes for boys and men of color.",
                "Los líderes cambian políticas y sistemas para mejorar los resultados de los niños y hombres de color.",
            ),
            Line(
                "Training, technical assistance and leader networks align local efforts on health, education and employment.",
                "Capacitación, asistencia técnica y redes de líderes alinean los esfuerzos locales en salud, educación y empleo.",
            ),
        ],
    ),
    Card(
        kicker="Program 3 of 3",
        title="Community Conversations on Race",
        body=["Heal racial divides and build trust", "Kick off, prepare for, and facilitate"],
        accent="0xE07A5F",
        chapter="Community Conversations on Race",
        narration=[
            Line(
                "Community Conversations on Race brings diverse stakeholders together.",
                "Conversaciones Comunitarias sobre Raza reúne a actores diversos.",
            ),
            Line(
                "These conversations help heal racial divides and build trust.",
                "Estas conversaciones ayudan a sanar las divisiones raciales y a generar confianza.",
            ),
            Line(
                "Trust among racial and ethnic groups, law enforcement, and local elected officials.",
                "Confianza entre grupos raciales y étnicos, las fuerzas del orden y los funcionarios electos locales.",
            ),
        ],
    ),
    Card(
        kicker="Using this library",
        title="Search, open, take notes",
        body=[
            "One search across guides and captions",
            "Open a result at its page or moment",
            "Notes, and files imported from a USB stick",
        ],
        accent="0xB39DDB",
        chapter="Using REAL Desktop",
        narration=[
            Line(
                "In this app, search the guides and the video captions at once.",
                "En esta aplicación, busque en las guías y en los subtítulos de los videos a la vez.",
            ),
            Line(
                "Open a result at its page or moment, add your own notes, and import files from a USB stick.",
                "Abra un resultado en su página o momento, agregue sus propias notas e importe archivos de una memoria USB.",
            ),
        ],
    ),
    Card(
        kicker="REAL Desktop",
        title="Race, Equity, And Leadership",
        body=["National League of Cities"],
        accent="0xF2B134",
        chapter="Thank you",
        narration=[Line("Thank you for watching.", "Gracias por ver este video.")],
    ),
]


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    line: Line


def run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")


def check_tools() -> None:
    missing = [t for t in ("ffmpeg", "ffprobe", "espeak-ng") if shutil.which(t) is None]
    missing += [str(f) for f in (FONT, FONT_BOLD) if not f.exists()]
    if missing:
        sys.exit(
            "missing: " + ", ".join(missing) + "\n(install: apt-get install ffmpeg espeak-ng "
            "fonts-dejavu-core)"
        )
    for card in CARDS:
        for line in card.narration:
            for text in (line.en, line.es):
                if len(wrap(text)) > 2:
                    sys.exit(f"caption too long for two lines of {CAPTION_WIDTH}: {text!r}")


def wrap(text: str) -> list[str]:
    return textwrap.wrap(text, CAPTION_WIDTH)


def speak(text: str, path: Path) -> tuple[array.array, int]:
    """Synthesize one sentence; return its 16-bit mono samples (silence trimmed) and rate."""
    run(["espeak-ng", "-v", VOICE, "-s", str(SPEED_WPM), "-p", str(PITCH), "-w", str(path), text])
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            sys.exit(f"unexpected espeak-ng output format in {path}")
        rate = w.getframerate()
        samples = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    # espeak-ng pads clips with silence; trim it (keeping 30 ms) so pauses are ours alone.
    loud = [i for i, s in enumerate(samples) if abs(s) > 300]
    if not loud:
        sys.exit(f"espeak-ng produced silence for {text!r}")
    margin = int(0.03 * rate)
    first = max(0, loud[0] - margin)
    last = min(len(samples), loud[-1] + margin)
    return samples[first:last], rate


def build_narration(work: Path) -> tuple[Path, list[Cue], list[tuple[float, float]], float]:
    """Return (wav path, cues, each card's (start, end) on the timeline, total duration)."""
    audio = array.array("h")
    rate = 0
    cues: list[Cue] = []
    spans: list[tuple[float, float]] = []

    def silence(seconds: float) -> None:
        audio.extend([0] * round(seconds * rate))

    clip_no = 0
    for card in CARDS:
        card_start_samples = len(audio)
        for i, line in enumerate(card.narration):
            clip_no += 1
            samples, clip_rate = speak(line.en, work / f"s{clip_no:02d}.wav")
            if rate == 0:
                rate = clip_rate
                card_start_samples = 0
            elif clip_rate != rate:
                sys.exit("espeak-ng changed sample rate between clips")
            silence(CARD_LEAD if i == 0 else SENTENCE_GAP)
            start = len(audio) / rate
            audio.extend(samples)
            cues.append(Cue(start, len(audio) / rate, line))
        silence(CARD_TAIL if card is not CARDS[-1] else END_HOLD)
        spans.append((card_start_samples / rate, len(audio) / rate))
    total = len(audio) / rate

    # Peak-normalise to -1 dBFS: a plain gain keeps the clips' timing and is deterministic.
    peak = max(abs(s) for s in audio) or 1
    gain = 0.891 * 32767 / peak
    audio = array.array("h", (max(-32768, min(32767, round(s * gain))) for s in audio))

    wav_path = work / "narration.wav"
    if sys.byteorder == "big":
        audio.byteswap()
    with wave.open(str(wav_path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(audio.tobytes())
    return wav_path, cues, spans, total


def vtt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def write_vtt(path: Path, cues: list[Cue], lang: str) -> None:
    parts = ["WEBVTT", ""]
    for n, cue in enumerate(cues, 1):
        text = cue.line.en if lang == "en" else cue.line.es
        parts += [str(n), f"{vtt_time(cue.start)} --> {vtt_time(cue.end)}", *wrap(text), ""]
    path.write_text("\n".join(parts), encoding="utf-8")


def filter_graph(work: Path, spans: list[tuple[float, float]]) -> str:
    """drawtext chain: each card's texts enabled (and faded) only during its span.
    Text goes through textfile= so no escaping of user text inside the graph is needed."""
    filters: list[str] = []
    text_no = 0

    def text(
        value: str, font: Path, size: int, colour: str, y: int, start: float, end: float
    ) -> None:
        nonlocal text_no
        text_no += 1
        tf = work / f"t{text_no:02d}.txt"
        tf.write_text(value, encoding="utf-8")
        alpha = f"clip(min((t-{start:.3f})/{FADE},({end:.3f}-t)/{FADE}),0,1)"
        filters.append(
            f"drawtext=fontfile='{font}':textfile='{tf}':expansion=none:"
            f"fontsize={size}:fontcolor={colour}:x=(w-text_w)/2:y={y}:"
            f"alpha='{alpha}':enable='between(t,{start:.3f},{end:.3f})'"
        )

    for card, (start, end) in zip(CARDS, spans, strict=True):
        text(card.kicker.upper(), FONT_BOLD, 20, card.accent, 140, start, end)
        text(card.title, FONT_BOLD, 38, TITLE_COLOUR, 174, start, end)
        # A short accent rule under the title: heavy box-drawing glyphs rather than drawbox,
        # because drawtext can fade with the card and drawbox cannot.
        text("\u2501" * 8, FONT_BOLD, 24, card.accent, 234, start, end)
        for i, body in enumerate(card.body):
            text(body, FONT, 24, BODY_COLOUR, 272 + i * 38, start, end)
    text(
        "REAL Desktop  \u00b7  a short tour", FONT, 15, FOOTER_COLOUR, HEIGHT - 40, 0, spans[-1][1]
    )
    return "[0:v]" + ",".join(filters) + "[v]"


def chapters(spans: list[tuple[float, float]]) -> str:
    """FFmetadata: the video's title and one chapter per title card (players can show
    chapter marks on the seek bar and jump between programs)."""
    parts = [";FFMETADATA1", f"title={TITLE}", ""]
    for card, (start, end) in zip(CARDS, spans, strict=True):
        parts += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={round(start * 1000)}",
                  f"END={round(end * 1000)}", f"title={card.chapter}", ""]  # fmt: skip
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    args = parser.parse_args()
    check_tools()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="real-demo-") as tmp:
        work = Path(tmp)
        wav, cues, spans, total = build_narration(work)
        write_vtt(out / f"{STEM}.en.vtt", cues, "en")
        write_vtt(out / f"{STEM}.es.vtt", cues, "es")

        graph = work / "graph.txt"
        graph.write_text(filter_graph(work, spans), encoding="utf-8")
        meta = work / "chapters.txt"
        meta.write_text(chapters(spans), encoding="utf-8")
        mp4 = out / f"{STEM}.mp4"
        run(
            [
                "ffmpeg", "-y", "-hide_banner", "-loglevel", "error",
                "-f", "lavfi", "-i", f"color=c={BACKGROUND}:s={WIDTH}x{HEIGHT}:r={FPS}:d={total:.3f}",
                "-i", str(wav),
                "-f", "ffmetadata", "-i", str(meta),
                "-filter_complex_script", str(graph),
                "-map", "[v]", "-map", "1:a",
                "-c:v", "libx264", "-preset", "slow", "-tune", "stillimage", "-crf", "24",
                "-pix_fmt", "yuv420p", "-g", str(2 * FPS), "-threads", "1",
                # espeak-ng speaks at 22.05 kHz; 44.1 kHz AAC plays everywhere
                "-c:a", "aac", "-b:a", "48k", "-ar", "44100", "-ac", "1",
                "-t", f"{total:.3f}",
                "-map_metadata", "2", "-map_chapters", "2",
                "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
                "-movflags", "+faststart",
                str(mp4),
            ]
        )  # fmt: skip
    size = mp4.stat().st_size
    print(
        f"{mp4.relative_to(ROOT) if mp4.is_relative_to(ROOT) else mp4}: "
        f"{total:.1f} s, {size / 1e6:.2f} MB, {len(cues)} cues"
    )


if __name__ == "__main__":
    main()
