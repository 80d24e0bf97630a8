"""The status bar's library counts: "12 documents · 3 videos · 1 missing media"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from real_desktop.ui.library.sidebar import SidebarCounts



def counts_text(c: SidebarCounts) -> str:
    docs, videos = c.by_kind.get("document", 0), c.by_kind.get("video", 0)
    text = " · ".join(
        (
            QCoreApplication.translate("MainWindow", "1 document") if docs == 1 else QCoreApplication.translate("MainWindow", "{0} documents").format(docs),
            QCoreApplication.translate("MainWindow", "1 video") if videos == 1 else QCoreApplication.translate("MainWindow", "{0} videos").format(videos),
        )
    )
    if c.by_kind.get("audio"):
        text += QCoreApplication.translate("MainWindow", " · {0} audio").format(c.by_kind["audio"])
    if c.missing:
        text += QCoreApplication.translate("MainWindow", " · {0} missing media").format(c.missing)
    if c.failed:  # not documents or videos: files that are recorded only as failures
        text += QCoreApplication.translate("MainWindow", " · {0} could not be read").format(c.failed)
    return text
