"""The action registry: one declaration per action, the policy asked at one choke point."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from real_desktop.core.policy import DESKTOP, Action, Policy
from real_desktop.ui.actions.catalog import (
    GROUPS,
    SHOWN_TOGETHER,
    SPECS,
    VIEWER_SCOPES,
    YIELD_IN_VIEWERS,
)
from real_desktop.ui.actions.help import shortcut_rows
from real_desktop.ui.actions.registry import ID_PROPERTY, ActionRegistry
from real_desktop.ui.actions.spec import ActionSpec, unique_sequences

NOTHING = Policy("nothing", frozenset(Action))
NO_SETTINGS = Policy("kiosk", frozenset({Action.SETTINGS}))


def test_the_choke_point_refuses_a_denied_action_and_runs_an_allowed_one(qapp) -> None:
    reg = ActionRegistry(NO_SETTINGS)
    ran: list[str] = []
    refused: list[str] = []
    reg.refused.connect(refused.append)
    host = QWidget()
    settings = reg.action("file.settings", host, lambda: ran.append("settings"))
    grid = reg.action("view.grid", host, lambda: ran.append("grid"))
    assert settings.property(ID_PROPERTY) == "file.settings"
    assert not settings.isVisible() and not settings.isEnabled()
    settings.trigger()  # disabled: Qt does not even emit
    settings.triggered.emit()  # emitted anyway (a stray connection): still refused
    assert reg.run("file.settings", lambda: ran.append("direct")) is False
    grid.trigger()
    assert ran == ["grid"] and refused == ["file.settings", "file.settings"]


def test_changing_the_policy_at_run_time_reapplies_visibility(qapp) -> None:
    reg = ActionRegistry(DESKTOP)
    host = QWidget()
    quit_action = reg.action("file.quit", host, lambda: None)
    back = reg.action("go.back", host, lambda: None)
    back.setEnabled(False)  # the window's own state: nothing to go back to
    button = reg.button("details.remove", QPushButton(host), lambda: None)
    button.hide()  # the details pane shows it only for unreadable files
    changes: list[bool] = []
    reg.policyChanged.connect(lambda: changes.append(True))
    reg.set_policy(NOTHING)
    assert not quit_action.isVisible() and not back.isVisible() and not button.isEnabled()
    reg.set_policy(DESKTOP)
    assert quit_action.isVisible() and quit_action.isEnabled()
    assert back.isVisible() and not back.isEnabled()  # the window's choice stays
    assert button.isEnabled() and button.isHidden()
    assert changes == [True, True]


def test_a_platform_standard_key_equal_to_an_explicit_one_is_set_once(qapp) -> None:
    # Quit is Ctrl+Q on Linux: both on one action make Qt call it ambiguous, so neither works.
    seqs = unique_sequences(("std:Quit", "Ctrl+Q"))
    texts = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in seqs]
    assert texts.count("Ctrl+Q") == 1 and len(texts) == len(set(texts))
    reg = ActionRegistry()
    host = QWidget()
    act = reg.action("file.quit", host, lambda: None)
    assert len(act.shortcuts()) == len(seqs)


def test_ids_are_declared_once_and_unknown_ids_refused(qapp) -> None:
    spec = ActionSpec("a.b", "A", (Action.BROWSE,))
    with pytest.raises(ValueError):
        ActionRegistry(specs=(spec, spec))
    with pytest.raises(KeyError):
        ActionRegistry().action("no.such.action", QWidget(), lambda: None)


def test_every_action_needs_a_permission_and_help_groups_exist() -> None:
    for spec in SPECS:
        assert spec.needs, spec.id  # so a deny-all policy stops every action
        assert not spec.group or spec.group in GROUPS, spec.id
    assert set(YIELD_IN_VIEWERS) <= {s.id for s in SPECS}


def test_no_two_actions_live_together_share_a_key(qapp) -> None:
    """Two actions of one scope, or of scopes shown together, must not share a key
    (Qt would call it ambiguous and fire neither); keys the window yields inside viewers
    are the exception for the viewer scopes."""
    keys = {
        s.id: {q.toString(QKeySequence.SequenceFormat.PortableText) for q in unique_sequences(s.keys)}
        for s in SPECS
    }
    scope = {s.id: s.scope for s in SPECS}
    for a, b in itertools.combinations(keys, 2):
        together = scope[a] == scope[b] or any(
            {scope[a], scope[b]} <= group for group in SHOWN_TOGETHER
        )
        yields = {scope[a], scope[b]} & VIEWER_SCOPES and {a, b} & set(YIELD_IN_VIEWERS)
        if together and not yields:
            assert not keys[a] & keys[b], (a, b, keys[a] & keys[b])


def test_inside_a_viewer_the_window_gives_up_only_the_keys_viewers_use(qapp) -> None:
    reg = ActionRegistry()
    kept = [k.toString() for k in reg.keys_outside("go.find", VIEWER_SCOPES)]
    assert kept == ["/"]  # Ctrl+F finds in the document; "/" still goes to the search field
    assert reg.keys_outside("view.bigger", VIEWER_SCOPES) == []


def test_the_help_table_comes_from_the_registry_and_the_policy(qapp) -> None:
    rows = dict(shortcut_rows(ActionRegistry()))
    window = dict(rows["Window"])
    assert window["Quit"] == "Ctrl+Q" and window["Keyboard shortcuts"] == "F1"
    assert dict(rows["Search"])["Search"] == "Ctrl+F, /"
    back = "Back (to the search results, the notes list or the library)"
    assert dict(rows["Going around"])[back] == "Alt+Left, Esc"
    assert dict(rows["Player"])["Play / pause"] == "Space, K"
    assert dict(rows["Documents"])["Find in the document"].startswith("Ctrl+F")
    locked = dict(shortcut_rows(ActionRegistry(NO_SETTINGS)))
    assert "Settings" not in dict(locked["Window"])  # what the policy hides is not offered


def test_every_key_the_player_handles_is_declared_and_in_the_help_table(qapp) -> None:
    from real_desktop.ui.actions.spec import key_text
    from real_desktop.ui.player.keys import PLAYER_KEYS

    specs = {s.id: s for s in SPECS}
    rows = dict(dict(shortcut_rows(ActionRegistry()))["Player"])
    for action_id, key in PLAYER_KEYS:
        spec = specs[action_id]
        assert key in spec.keys and spec.scope == "player" and spec.group == "Player", action_id
        shown = rows[spec.help or spec.text]
        assert key_text((key,)) in shown.split(", "), (action_id, key, shown)
    # ... and the other way round: no player key in the table that the player ignores.
    bound = {(a, k) for a, k in PLAYER_KEYS}
    for spec in SPECS:
        if spec.scope == "player" and spec.keys:
            assert {(spec.id, k) for k in spec.keys} <= bound, spec.id
            assert key_text(spec.keys)
    assert rows["Leave full screen, then the player"] == "Esc"
