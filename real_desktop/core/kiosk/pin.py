"""The admin PIN: stored only as a salted scrypt hash (hashlib, the standard library),
compared in constant time, and guarded against guessing.

A hash reads "scrypt$N$r$p$salt$key" (salt and key base64), so the cost can be raised
later without breaking PINs set before. The guard's state is a small JSON file: a restart
of the app does not reset a lockout.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from real_desktop.core.i18n import later

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # ~16 MB and ~50 ms per check: cheap for one admin, dear for a guesser
KEY_BYTES = 32
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 128

FREE_TRIES = 2  # wrong PINs before the next try must wait
MAX_FAILURES = 5  # in a row: then locked out
LOCKOUT_SECONDS = 300.0
MAX_DELAY_SECONDS = 30.0


class PinError(ValueError):
    """A PIN that cannot be set (too short, …) or a stored hash that cannot be read."""


def check_new_pin(pin: str) -> str:
    """The PIN as it will be hashed (surrounding white space dropped), or PinError."""
    pin = pin.strip()
    if len(pin) < MIN_PIN_LENGTH:
        raise PinError(later.tr("the PIN must have at least {n} characters").format(n=MIN_PIN_LENGTH))
    if len(pin) > MAX_PIN_LENGTH:
        raise PinError(later.tr("the PIN must have at most {n} characters").format(n=MAX_PIN_LENGTH))
    return pin


def _key(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=KEY_BYTES
    )


def hash_pin(pin: str) -> str:
    pin = check_new_pin(pin)
    salt = secrets.token_bytes(16)
    key = _key(pin, salt, N, R, P)
    b64 = base64.b64encode
    return f"{SCHEME}${N}${R}${P}${b64(salt).decode()}${b64(key).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True if `pin` is the one `stored` was made from; PinError if `stored` is no hash."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != SCHEME:
            raise ValueError(scheme)
        salt_b, key_b = base64.b64decode(salt, validate=True), base64.b64decode(key, validate=True)
        n_i, r_i, p_i = int(n), int(r), int(p)
    except ValueError as exc:
        raise PinError(later.tr("the stored PIN is not a scrypt hash this version can read")) from exc
    candidate = _key(pin.strip(), salt_b, n_i, r_i, p_i)
    return hmac.compare_digest(candidate, key_b)


@dataclass(frozen=True)
class Attempt:
    """What one try gave: `ok`, or the seconds to wait before the next (`locked`: the
    long lockout after MAX_FAILURES)."""

    ok: bool
    wait: float = 0.0
    locked: bool = False
    failures: int = 0

    def message(self) -> str:
        if self.ok:
            return later.tr("PIN accepted.")
        secs = max(1, round(self.wait))
        if self.locked:
            return later.tr("Too many wrong PINs. Try again in {wait}.").format(wait=_minutes(secs))
        if self.wait > 0:
            return later.tr("Wrong PIN. Wait {seconds} s before the next try.").format(seconds=secs)
        return later.tr("Wrong PIN.")


def _minutes(secs: int) -> str:
    if secs < 90:
        return later.tr("{n} s").format(n=secs)
    return later.tr("%n minute(s)", "", round(secs / 60))


class PinGuard:
    """Checks PINs with a growing delay between wrong ones and a lockout after
    MAX_FAILURES in a row. State (failures, earliest next try) is kept in `state_path`
    with wall-clock times, so closing and reopening the app does not reset it."""

    def __init__(self, stored_hash: str, state_path: Path, clock: Callable[[], float] = time.time):
        self.stored_hash = stored_hash
        self.state_path = Path(state_path)
        self.clock = clock
        self._memory: tuple[int, float] = (0, 0.0)  # the last state, should the file fail

    def _load(self) -> tuple[int, float]:
        try:
            doc = json.loads(self.state_path.read_text(encoding="utf-8"))
            on_disk = int(doc.get("failures", 0)), float(doc.get("not_before", 0.0))
        except (OSError, ValueError, TypeError, AttributeError):
            return self._memory
        # Deleting or rolling back the file must not shorten a wait this guard knows of.
        return max(on_disk, self._memory, key=lambda s: (s[1], s[0]))

    def _save(self, failures: int, not_before: float) -> None:
        self._memory = (failures, not_before)
        try:
            self.state_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.state_path.with_name(self.state_path.name + ".tmp")
            tmp.write_text(json.dumps({"failures": failures, "not_before": not_before}), "utf-8")
            os.replace(tmp, self.state_path)
        except OSError:
            pass  # a read-only data folder: the guard still holds while the app runs

    def waiting(self) -> Attempt | None:
        """Not None while a try would be refused unchecked (how long, and whether locked)."""
        failures, not_before = self._load()
        left = not_before - self.clock()
        if left > 0:
            return Attempt(False, left, locked=failures >= MAX_FAILURES, failures=failures)
        return None

    def attempt(self, pin: str) -> Attempt:
        refused = self.waiting()
        if refused is not None:  # not even hashed: a guesser gains nothing by hurrying
            return refused
        failures, _ = self._load()
        if failures >= MAX_FAILURES:  # a lockout that has run out starts a new round
            failures = 0
        if verify_pin(pin, self.stored_hash):
            self._save(0, 0.0)
            return Attempt(True)
        failures += 1
        if failures >= MAX_FAILURES:
            delay, locked = LOCKOUT_SECONDS, True
        elif failures > FREE_TRIES:
            delay, locked = min(MAX_DELAY_SECONDS, 2.0 ** (failures - FREE_TRIES)), False
        else:
            delay, locked = 0.0, False
        self._save(failures, self.clock() + delay)
        return Attempt(False, delay, locked=locked, failures=failures)
