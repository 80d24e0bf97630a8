"""The one way a user action runs: declared once, asked of the policy every time.

Every menu item, toolbar or panel button, context-menu entry and keyboard shortcut is an
`ActionSpec` in `catalog.py`. Widgets make their QActions, QShortcuts and buttons through
an `ActionRegistry`, which tags each with its id (the `registry_id` property), connects it
to `run()` — the choke point that asks the policy before calling the handler — and hides
what the policy denies. `set_policy()` re-applies that to everything made so far, so a
kiosk can lock the window down while it runs.

Key sequences are made from text on demand (`key_sequences`): QKeySequence's enums cost a
few milliseconds the first paint need not wait for, so the main window applies its keys
just after it (`apply_keys`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from real_desktop.core.policy import DESKTOP, Action
from real_desktop.ui.actions.catalog import SPECS
from real_desktop.ui.actions.spec import ActionSpec, unique_sequences

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QAbstractButton, QWidget

ID_PROPERTY = "registry_id"  # every registered QAction, QShortcut and button carries it
_DENIED_PROPERTY = "registry_denied"  # hidden by the policy (not by the widget's own logic)


class PolicyLike(Protocol):
    def allows(self, action: Action | str) -> bool: ...


class _LivePolicy:
    """Whatever policy the registry has at the moment of asking (for helpers that keep a
    policy, e.g. the player's relinker, when the kiosk switches it at run time)."""

    def __init__(self, registry: ActionRegistry) -> None:
        self._registry = registry

    def allows(self, action: Action | str) -> bool:
        return self._registry.policy.allows(action)


class ActionRegistry(QObject):
    """Makes registered QActions/QShortcuts/buttons and runs their handlers if allowed."""

    policyChanged = Signal()
    refused = Signal(str)  # an action id the policy denied when it was triggered anyway

    def __init__(
        self,
        policy: PolicyLike = DESKTOP,
        specs: Iterable[ActionSpec] = SPECS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.specs: dict[str, ActionSpec] = {}
        for spec in specs:
            if spec.id in self.specs:
                raise ValueError(f"action {spec.id!r} declared twice")
            self.specs[spec.id] = spec
        self._policy = policy
        self._made: list[tuple[QObject, str]] = []  # what set_policy re-applies to
        self._prune_at = 64
        self.live_policy: PolicyLike = _LivePolicy(self)

    # -- the policy -------------------------------------------------------------------------
    @property
    def policy(self) -> PolicyLike:
        return self._policy

    def set_policy(self, policy: PolicyLike) -> None:
        """Install another policy (kiosk on/off) and re-apply it to everything made."""
        self._policy = policy
        self._made = [(o, i) for o, i in self._made if shiboken6.isValid(o)]
        for obj, action_id in self._made:
            self._apply(obj, action_id)
        self.policyChanged.emit()

    def spec(self, action_id: str) -> ActionSpec:
        return self.specs[action_id]

    def allows(self, action_id: str) -> bool:
        return all(self._policy.allows(n) for n in self.specs[action_id].needs)

    def run(self, action_id: str, handler: Callable[..., Any], *args: Any) -> bool:
        """The choke point: every registered action's handler is called from here, and
        only if the policy allows it at this moment."""
        if not self.allows(action_id):
            self.refused.emit(action_id)
            return False
        handler(*args)
        return True

    # -- making things ----------------------------------------------------------------------
    def action(
        self,
        action_id: str,
        parent: QObject,
        handler: Callable[[], Any],
        *,
        text: str | None = None,
        checkable: bool = False,
        keys: bool = True,
    ) -> QAction:
        """A QAction for `action_id`. keys=False leaves its shortcuts to `apply_keys`."""
        act = QAction(text if text is not None else self.specs[action_id].translated(), parent)
        act.setCheckable(checkable)
        self.bind(act, action_id, handler)
        if keys:
            self.apply_keys(act)
        return act

    def bind(self, act: QAction, action_id: str, handler: Callable[[], Any]) -> QAction:
        """Register a QAction made elsewhere (e.g. by QMenu.addAction, with its own text)."""
        act.setProperty(ID_PROPERTY, action_id)
        act.triggered.connect(lambda _checked=False: self.run(action_id, handler))
        self._track(act, action_id)
        return act

    def shortcut(
        self,
        action_id: str,
        parent: QWidget,
        handler: Callable[[], Any],
        *,
        context: Any = None,
        only: str | None = None,
    ) -> QShortcut:
        """A QShortcut with the spec's keys (a key that has no menu item or button);
        `only`: just that one of them (one QShortcut per key, e.g. the player's)."""
        from PySide6.QtGui import QShortcut

        if only is not None and only not in self.specs[action_id].keys:
            raise KeyError(f"{only!r} is not a key of {action_id!r}")
        sc = QShortcut(parent)
        sc.setKeys(unique_sequences((only,)) if only else self.key_sequences(action_id))
        if context is not None:
            sc.setContext(context)
        sc.setProperty(ID_PROPERTY, action_id)
        sc.activated.connect(lambda: self.run(action_id, handler))
        self._track(sc, action_id)
        return sc

    def button(
        self,
        action_id: str,
        button: QAbstractButton,
        handler: Callable[[], Any],
        *,
        text: bool = False,
        toggled: bool = False,
    ) -> QAbstractButton:
        """Register a push or tool button: clicks go through the choke point, and the
        policy hides it. text=True also gives it the spec's text; toggled=True runs
        `handler(checked)` on every toggle (also when the code checks it) instead."""
        if text:
            button.setText(self.specs[action_id].translated())
        button.setProperty(ID_PROPERTY, action_id)
        if toggled:
            button.setProperty("registry_toggled", True)
            button.toggled.connect(lambda checked: self.run(action_id, handler, checked))
        else:
            button.clicked.connect(lambda _checked=False: self.run(action_id, handler))
        self._track(button, action_id)
        return button

    def show(self, widget: QWidget, wanted: bool) -> None:
        """For a widget that shows and hides a registered button itself: shown only if
        wanted and allowed."""
        widget.setVisible(wanted and self.allows(str(widget.property(ID_PROPERTY))))

    def _track(self, obj: QObject, action_id: str) -> None:
        if action_id not in self.specs:
            raise KeyError(f"unregistered action {action_id!r}")
        self._made.append((obj, action_id))
        if len(self._made) > self._prune_at:  # menus rebuilt often leave deleted entries
            self._made = self.made()
            self._prune_at = max(64, 2 * len(self._made))
        self._apply(obj, action_id)

    def _apply(self, obj: QObject, action_id: str) -> None:
        """Denied: hidden and disabled. Allowed again: back as the widget had it (a Back
        disabled for want of somewhere to go stays disabled)."""
        allowed = self.allows(action_id)
        before = obj.property(_DENIED_PROPERTY)  # (shown, enabled) before the policy hid it
        if allowed == (before is None):
            return
        if allowed:
            shown, enabled = before
            obj.setProperty(_DENIED_PROPERTY, None)
        else:
            if hasattr(obj, "isHidden"):  # a button
                hidden = obj.isHidden()
            else:  # a QAction; a QShortcut has no visibility
                hidden = hasattr(obj, "isVisible") and not obj.isVisible()  # type: ignore[attr-defined]
            obj.setProperty(_DENIED_PROPERTY, (not hidden, obj.isEnabled()))  # type: ignore[attr-defined]
            shown = enabled = False
        if hasattr(obj, "setVisible"):
            obj.setVisible(shown)  # type: ignore[attr-defined]
        obj.setEnabled(enabled)  # type: ignore[attr-defined]

    # -- keys -------------------------------------------------------------------------------
    def key_sequences(self, action_id: str) -> list[QKeySequence]:
        """The spec's keys, each once: a platform standard key that equals an explicit one
        (Quit is Ctrl+Q on Linux) would make Qt call the shortcut ambiguous and fire
        neither."""
        return unique_sequences(self.specs[action_id].keys)

    def key_text(self, action_id: str) -> str:
        """The action's first key as the user reads it ("Ctrl+Shift+N"); "" if it has none.
        Hints and tooltips name keys through this, never as literals."""
        from PySide6.QtGui import QKeySequence

        keys = self.key_sequences(action_id)
        return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""

    def keys_outside(self, action_id: str, scopes: Iterable[str]) -> list[QKeySequence]:
        """The action's keys that no action of `scopes` uses (what a window action keeps
        while a viewer with its own Ctrl+F, Ctrl+= … is shown)."""
        from PySide6.QtGui import QKeySequence

        portable = QKeySequence.SequenceFormat.PortableText
        scopes = set(scopes)
        taken = {
            k.toString(portable)
            for s in self.specs.values()
            if s.scope in scopes
            for k in unique_sequences(s.keys)
        }
        return [k for k in self.key_sequences(action_id) if k.toString(portable) not in taken]

    def apply_keys(self, act: QAction) -> None:
        act.setShortcuts(self.key_sequences(str(act.property(ID_PROPERTY))))

    def made(self) -> list[tuple[QObject, str]]:
        """Everything registered so far that still exists, with its id."""
        return [(o, i) for o, i in self._made if shiboken6.isValid(o)]
