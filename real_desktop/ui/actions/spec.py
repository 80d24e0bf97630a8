"""What an action is: its id, text, keys, the permissions it needs and its help entry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from real_desktop.core.policy import Action

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

STANDARD_PREFIX = "std:"  # "std:Quit" = QKeySequence.StandardKey.Quit


@dataclass(frozen=True)
class ActionSpec:
    """One user action. `keys` are portable key texts or "std:<StandardKey>"; `scope`
    says where the keys are live (two specs of one scope, or a scope and "window", must
    not share a key — see `catalog.SHOWN_TOGETHER`). `group`/`help` place it in the Help →
    Keyboard shortcuts table; `help_keys` adds keys a widget handles itself (e.g. Esc)."""

    id: str
    text: str
    needs: tuple[Action, ...]
    keys: tuple[str, ...] = ()
    scope: str = "window"
    group: str = ""
    help: str = ""
    help_keys: str = ""

    def translated(self) -> str:
        return QCoreApplication.translate("Actions", self.text)


def unique_sequences(keys: Sequence[str]) -> list[QKeySequence]:
    from PySide6.QtGui import QKeySequence

    seen: set[str] = set()
    out: list[QKeySequence] = []
    for key in keys:
        if key.startswith(STANDARD_PREFIX):
            standard = getattr(QKeySequence.StandardKey, key[len(STANDARD_PREFIX) :])
            candidates = QKeySequence.keyBindings(standard)
        else:
            candidates = [QKeySequence(key)]
        for seq in candidates:
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                out.append(seq)
    return out


def key_text(keys: Sequence[str]) -> str:
    """How the keys read in the help table, e.g. "Ctrl+F, /"."""
    from PySide6.QtGui import QKeySequence

    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in unique_sequences(keys)
    )
