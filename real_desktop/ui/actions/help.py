"""Help → Keyboard shortcuts: the table is made from the registry, grouped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from real_desktop.ui.actions.catalog import GROUPS
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.actions.spec import key_text


def shortcut_rows(registry: ActionRegistry) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(what, keys)]) in GROUPS order, for the actions the policy allows."""
    out = []
    for group in GROUPS:
        rows = []
        for spec in registry.specs.values():
            if spec.group != group or not registry.allows(spec.id):
                continue
            extra = QCoreApplication.translate("Actions", spec.help_keys) if spec.help_keys else ""
            keys = ", ".join(k for k in (key_text(spec.keys), extra) if k)
            if keys:
                what = QCoreApplication.translate("Actions", spec.help or spec.text)
                rows.append((what.rstrip("…"), keys))
        if rows:
            out.append((QCoreApplication.translate("Actions", group), rows))
    return out


def show_shortcuts(registry: ActionRegistry, parent: QWidget | None) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import (
        QDialog,
        QDialogButtonBox,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
    )

    groups = shortcut_rows(registry)
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
    table = QTableWidget(sum(1 + len(rows) for _g, rows in groups), 2)
    table.setAccessibleName(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Shortcuts", "Action"), QCoreApplication.translate("Shortcuts", "Keys")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to Close, not from cell to cell
    i = 0
    for group, rows in groups:
        head = QTableWidgetItem(group)
        bold = QFont(head.font())
        bold.setBold(True)
        head.setFont(bold)
        table.setItem(i, 0, head)
        table.setItem(i, 1, QTableWidgetItem(""))
        i += 1
        for what, keys in rows:
            table.setItem(i, 0, QTableWidgetItem("    " + what))
            table.setItem(i, 1, QTableWidgetItem(keys))
            i += 1
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(max(560, table.horizontalHeader().length() + 60), 560)
    dialog.exec()
