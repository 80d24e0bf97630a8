"""The admin PIN: salted scrypt hashes, constant-time checks, slow-down and lockout that
survive a restart (a new guard over the same state file)."""

from __future__ import annotations

import hmac
from pathlib import Path

import pytest

from real_desktop.core.kiosk import pin
from real_desktop.core.kiosk.pin import PinError, PinGuard, hash_pin, verify_pin


def test_hash_is_salted_scrypt_and_verifies() -> None:
    a, b = hash_pin("4711"), hash_pin("4711")
    assert a.startswith("scrypt$16384$8$1$") and "4711" not in a
    assert a != b  # a fresh salt each time
    assert verify_pin("4711", a) and verify_pin("4711", b)
    assert not verify_pin("4712", a) and not verify_pin("", a)


def test_verification_compares_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = hash_pin("2468")
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(x: bytes, y: bytes) -> bool:
        calls.append((x, y))
        return real(x, y)

    monkeypatch.setattr(pin.hmac, "compare_digest", spy)
    assert not verify_pin("1357", stored)
    assert len(calls) == 1 and len(calls[0][0]) == pin.KEY_BYTES


def test_short_pins_and_damaged_hashes_are_refused() -> None:
    with pytest.raises(PinError):
        hash_pin("12")
    with pytest.raises(PinError):
        verify_pin("1234", "md5$abc")
    with pytest.raises(PinError):
        verify_pin("1234", "scrypt$x$8$1$AAAA$AAAA")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_pins_slow_down_then_lock_out_and_a_restart_keeps_it(tmp_path: Path) -> None:
    stored, state, clock = hash_pin("8080"), tmp_path / "unlock.json", Clock()
    guard = PinGuard(stored, state, clock)
    assert guard.attempt("0000").wait == 0 and guard.attempt("8080").ok  # right PIN resets
    waits = []
    for _ in range(pin.MAX_FAILURES - 1):
        a = guard.attempt("0000")
        assert not a.ok and not a.locked
        waits.append(a.wait)
        if a.wait:
            too_soon = guard.attempt("8080")  # refused unchecked, even the right PIN
            assert not too_soon.ok and too_soon.wait > 0
            clock.now += a.wait
    assert waits[: pin.FREE_TRIES] == [0.0] * pin.FREE_TRIES
    assert waits[pin.FREE_TRIES :] == sorted(waits[pin.FREE_TRIES :]) and waits[-1] > 0
    a = guard.attempt("0000")
    assert a.locked and a.wait == pin.LOCKOUT_SECONDS
    restarted = PinGuard(stored, state, clock)  # the app was closed and opened again
    refused = restarted.attempt("8080")
    assert not refused.ok and refused.locked and "Too many" in refused.message()
    clock.now += pin.LOCKOUT_SECONDS - 1
    assert not restarted.attempt("8080").ok
    clock.now += 2
    assert restarted.attempt("8080").ok
    assert restarted.waiting() is None


def test_a_damaged_state_file_does_not_unlock_or_crash(tmp_path: Path) -> None:
    state = tmp_path / "unlock.json"
    state.write_text("{not json", encoding="utf-8")
    guard = PinGuard(hash_pin("1111"), state, Clock())
    assert not guard.attempt("2222").ok
    assert guard.attempt("1111").ok


def test_an_unwritable_or_deleted_state_file_does_not_lift_a_lockout(tmp_path: Path) -> None:
    clock = Clock()
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    guard = PinGuard(hash_pin("1111"), blocked / "unlock.json", clock)  # parent is a file
    for _ in range(pin.MAX_FAILURES):
        a = guard.attempt("2222")
        clock.now += 0 if a.locked else a.wait
    assert a.locked and not guard.attempt("1111").ok  # held in memory
    state = tmp_path / "unlock.json"
    guard = PinGuard(hash_pin("1111"), state, clock)
    for _ in range(pin.MAX_FAILURES):
        a = guard.attempt("2222")
        clock.now += 0 if a.locked else a.wait
    state.unlink()  # deleting the file does not help
    assert guard.attempt("1111").locked
