"""The Help menu: a short guide, every keyboard shortcut, and the versions in use."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.domain import times
from planner.gui.translation import tr

GUIDE = """
<h3>Planning a summit</h3>
<ol>
<li><b>Event</b>: name, city, time zone, dates, the working day and the slot.</li>
<li><b>Venues</b>, <b>Delegations</b> and <b>People</b>: who comes, where they meet.
Delegations list in the order of precedence.</li>
<li><b>Sessions</b> and bilateral <b>Requests</b>: what has to happen.</li>
<li><b>Plan ▸ Build Schedule…</b> (Ctrl+B) places every session and as many bilaterals as
fit. Its summary lists what it placed, moved and could not place, with the reason a session
could not be placed; <b>Apply</b> puts the schedule in the plan. What is not placed stays in
the <b>Unplaced</b> list: drag an entry onto the timetable, or select it and press Enter to
place it at the timetable's focused cell.</li>
<li>Adjust on the <b>Timetable</b>: drag a block, or select it and press Ctrl+arrows
(a slot earlier or later, the venue to the left or right). Press L to lock a block where
it is; <b>Re-plan…</b> keeps locked blocks. A red edge marks a broken rule; the
<b>Conflicts</b> panel (F8) lists them all.</li>
<li>Hand out: <b>File ▸ Print…</b> rosters, programmes and door sheets, <b>Export
iCalendar…</b> for one delegation, person or venue, and <b>Write Invitations…</b> to get
files to send, one per meeting.</li>
</ol>
<p>Every change is saved at once; Undo (Ctrl+Z) takes back any of them.</p>
"""

TIMETABLE_KEYS: tuple[tuple[str, str], ...] = (
    ("Up / Down", "The previous or next block in time (venue by venue at the same time)"),
    ("Left / Right", "The nearest block in the venue to the left or right"),
    ("Ctrl+Up / Ctrl+Down", "Move the selected block a slot earlier or later"),
    ("Ctrl+Left / Ctrl+Right", "Move the selected block to the venue to the left or right"),
    ("Enter", "Edit the selected block (in the Unplaced list: place it at the timetable's cell)"),
    ("L", "Lock or unlock the selected block"),
    ("Delete", "Take the selected block off the schedule"),
    ("Ctrl+Page Up / Ctrl+Page Down", "The previous or next day"),
    ("Esc", "Clear the selection"),
)


def _menu_rows(menu: QMenu, path: str) -> Iterable[tuple[str, str]]:
    for action in menu.actions():
        sub = action.menu()
        name = action.text().replace("&", "")
        if isinstance(sub, QMenu):
            yield from _menu_rows(sub, f"{path} ▸ {name}")
            continue
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText)
            for key in action.shortcuts()
            if not key.isEmpty()
        )
        if keys and not action.isSeparator():
            yield keys, f"{path} ▸ {name}"


def shortcut_rows(menus: Sequence[QMenu]) -> list[tuple[str, str]]:
    """Every (keys, what) a menu offers, then the timetable's own keys."""
    rows: list[tuple[str, str]] = []
    for menu in menus:
        rows.extend(_menu_rows(menu, menu.title().replace("&", "")))
    rows.extend((keys, tr(what)) for keys, what in TIMETABLE_KEYS)
    return rows


def installed_version(package: str) -> str | None:
    """The version of an installed package, or None when it is not installed."""
    # Reading package metadata costs the window's start-up; the About box asks rarely.
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def versions() -> list[tuple[str, str]]:
    """The application and the libraries whose versions matter to a support call."""
    return [
        (tr("Summit Planner"), __version__),
        (tr("Qt"), f"{qVersion()} (PySide6 {pyside_version})"),
        (tr("OR-Tools"), installed_version("ortools") or tr("not installed")),
        (tr("Time-zone data"), tz_data_version()),
    ]


def tz_data_version() -> str:
    """The IANA release of the zone data the planner reads: the tzdata package's alone
    (planner.domain.times), whatever copy the system has."""
    return tr("{release} (tzdata package)").format(release=times.tz_database_version())


def _text_dialog(parent: QWidget | None, title: str, body: str, name: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    browser = QTextBrowser(dialog)
    browser.setOpenExternalLinks(False)
    browser.setHtml(body)
    browser.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(620, 520)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def show_guide(parent: QWidget | None) -> QDialog:
    dialog = _text_dialog(parent, tr("Quick guide"), tr(GUIDE), "guide_dialog")
    dialog.show()
    return dialog


def show_shortcuts(parent: QWidget | None, menus: Sequence[QMenu]) -> QDialog:
    rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{html.escape(keys)}</b></td>"
        f"<td>{html.escape(what)}</td></tr>"
        for keys, what in shortcut_rows(menus)
    )
    body = f"<table cellspacing='2'>{rows}</table>"
    dialog = _text_dialog(parent, tr("Keyboard shortcuts"), body, "shortcuts_dialog")
    dialog.show()
    return dialog


def about_text() -> str:
    rows = "".join(
        f"<tr><td style='padding-right:12px'>{html.escape(name)}</td>"
        f"<td>{html.escape(version)}</td></tr>"
        for name, version in versions()
    )
    return (
        "<p><b>"
        + html.escape(tr("Summit Planner"))
        + "</b><br>"
        + html.escape(tr("Plans, schedules and prints summits and ministerial meetings."))
        + f"</p><table>{rows}</table>"
    )


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(tr("About Summit Planner"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


__all__ = ["about_text", "shortcut_rows", "show_about", "show_guide", "show_shortcuts"]
