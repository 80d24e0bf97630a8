"""Speech-to-text on real read speech (LibriVox clips laid into a video at known offsets):
the automatic caption track, search hits within 2 s, WebVTT, and a human caption file
replacing the track."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from real_desktop.core.jobs.queue import JobKind, JobQueue, JobState
from real_desktop.core.jobs.runner import JobRunner, items_without_text
from real_desktop.core.library import Library
from real_desktop.core.models import LocationKind
from real_desktop.core.speech.cues import MAX_CUE_SECONDS
from real_desktop.core.speech.store import track_cues

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from speech_fixtures import Clip, make_speech_video, word_error_rate  # noqa: E402


class Transcribed:
    def __init__(self, lib: Library, rid: str, clips: list[Clip], video: Path, events: list) -> None:
        self.lib, self.rid, self.clips, self.video, self.events = lib, rid, clips, video, events


@pytest.fixture(scope="module")
def done(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Transcribed]:
    root = tmp_path_factory.mktemp("speech")
    video = root / "media" / "reading.mp4"
    video.parent.mkdir()
    clips = make_speech_video(video)
    lib = Library.open(root / "home", seed=False)
    summary = lib.import_all([video])
    rid = summary.results[0].resource_id
    assert rid is not None
    assert items_without_text(lib.db, JobKind.TRANSCRIBE) == [rid]
    ids = JobQueue(lib.db).enqueue(JobKind.TRANSCRIBE, [rid], {"engine": "pocketsphinx"})
    events: list = []
    result = JobRunner(lib.db, lib.index, lib.home).run(ids, report=events.append)
    assert result.ok, result
    yield Transcribed(lib, rid, clips, video, events)
    lib.close()


def test_an_automatic_english_track_is_stored_like_captions(done: Transcribed) -> None:
    r = done.lib.get(done.rid)
    assert r is not None
    assert [(c.language, c.label) for c in r.captions] == [("en", "Automatic (English)")]
    vtt = Path(r.captions[0].path)
    assert vtt.is_file() and vtt.read_text().startswith("WEBVTT")
    cues = done.lib.segments(done.rid)
    assert cues and all(s.location.kind is LocationKind.TIME and s.track == "en" for s in cues)
    # Short cues: a hit opens at its cue's start, within 2 s of any word in it.
    assert max(s.location.end - s.location.start for s in cues) <= MAX_CUE_SECONDS + 0.5
    assert items_without_text(done.lib.db, JobKind.TRANSCRIBE) == []


def test_a_word_of_clip_n_is_found_within_two_seconds_of_clip_n(done: Transcribed) -> None:
    """For each clip, its words that occur in no other clip: the ones recognised must be
    found in the video at a time inside that clip (give or take the cue length)."""
    checked = 0
    for n, clip in enumerate(done.clips):
        others = {w for m, c in enumerate(done.clips) if m != n for w in c.words}
        own = [w for w in dict.fromkeys(clip.words) if len(w) >= 4 and w not in others]
        for word in own:
            hits = [
                h for h in done.lib.search(word).hits
                if h.resource_id == done.rid and h.location.kind is LocationKind.TIME
            ]  # fmt: skip
            if not hits:
                continue  # not recognised (the WER test measures those)
            assert hits[0].machine and hits[0].track == "en"
            start = hits[0].location.start
            assert clip.start - 2.0 <= start <= clip.end + 0.5, (word, start, clip)
            checked += 1
    assert checked >= len(done.clips), "too few words recognised to check the timing"


def test_word_error_rate_on_the_librivox_clips(done: Transcribed) -> None:
    cues = track_cues(done.lib.db, done.rid, "en")
    ref = [w for c in done.clips for w in c.words]
    hyp = [w for c in cues for w in c.text.lower().split()]
    wer = word_error_rate(ref, hyp)
    print(f"\npocketsphinx WER on {len(done.clips)} LibriVox clips: {wer:.1%}")
    # pocketsphinx's generic US-English model: ~40–50 % on this read speech. A broken
    # pipeline (wrong sample rate, lost chunks) gives 90 % or more.
    assert wer < 0.7


def test_progress_was_reported_per_item_and_overall(done: Transcribed) -> None:
    fractions = [e.fraction for e in done.events if not e.finished]
    assert fractions[0] == 0.0 and max(fractions) >= 0.9
    assert fractions == sorted(fractions)
    assert done.events[-1].finished and done.events[-1].overall == 1.0
    assert JobQueue(done.lib.db).get(done.events[-1].job.id).state is JobState.DONE


def test_transcribing_again_replaces_the_automatic_track(done: Transcribed) -> None:
    before = len(done.lib.segments(done.rid))
    ids = JobQueue(done.lib.db).enqueue(JobKind.TRANSCRIBE, [done.rid])
    assert JobRunner(done.lib.db, done.lib.index, done.lib.home).run(ids).ok
    r = done.lib.get(done.rid)
    assert r is not None and len(r.captions) == 1
    assert len(done.lib.segments(done.rid)) == before


def test_importing_the_video_again_keeps_it_and_skips_the_file(done: Transcribed) -> None:
    summary = done.lib.import_all([done.video])
    assert summary.results[0].unchanged  # the automatic track is not a caption file
    r = done.lib.get(done.rid)
    assert r is not None and [c.label for c in r.captions] == ["Automatic (English)"]


def test_a_caption_file_in_another_language_keeps_the_automatic_track(done: Transcribed) -> None:
    sidecar = done.video.with_suffix(".es.vtt")
    sidecar.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSubtítulos en español\n")
    try:
        done.lib.import_all([done.video.parent])
        r = done.lib.get(done.rid)
        assert r is not None
        assert sorted((c.language, c.label.startswith("Automatic")) for c in r.captions) == [
            ("en", True), ("es", False),
        ]  # fmt: skip
        en = [h for h in done.lib.search("dashwood").hits if h.resource_id == done.rid] or [
            h for h in done.lib.search("john").hits if h.resource_id == done.rid
        ]
        assert en and en[0].machine and en[0].track == "en"
        es = [h for h in done.lib.search("español").hits if h.resource_id == done.rid]
        assert es and not es[0].machine
    finally:
        sidecar.unlink()
        done.lib.import_all([done.video.parent])
    r = done.lib.get(done.rid)
    assert r is not None and [c.label for c in r.captions] == ["Automatic (English)"]


def test_a_human_caption_file_imported_later_replaces_it(
    done: Transcribed, tmp_path: Path
) -> None:
    sidecar = done.video.with_suffix(".en.vtt")
    sidecar.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nA person typed this caption\n")
    try:
        done.lib.import_all([done.video.parent])
        r = done.lib.get(done.rid)
        assert r is not None
        assert [(Path(c.path).name, c.label) for c in r.captions] == [("reading.en.vtt", r.captions[0].label)]
        assert not r.captions[0].label.startswith("Automatic")
        hits = done.lib.search("typed").hits
        assert hits and not hits[0].machine
        assert done.lib.search("dashwood").hits == [] or all(
            h.resource_id != done.rid for h in done.lib.search("dashwood").hits
        )
        # Asked to transcribe English now, it refuses: a person's captions win.
        ids = JobQueue(done.lib.db).enqueue(JobKind.TRANSCRIBE, [done.rid])
        summary = JobRunner(done.lib.db, done.lib.index, done.lib.home).run(ids)
        assert summary.jobs[0].state is JobState.FAILED
        assert "caption file" in summary.jobs[0].message
        row = done.lib.db.connection().execute(
            "SELECT captions FROM resources WHERE id = ?", (done.rid,)
        ).fetchone()
        assert len(json.loads(row[0])) == 1
    finally:
        sidecar.unlink()
