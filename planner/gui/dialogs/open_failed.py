"""What to do when a plan file cannot be opened: pick another, use the sample, or quit."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import PlannerError
from planner.gui.errors import user_message
from planner.gui.translation import tr


class OpenChoice(Enum):
    OPEN_ANOTHER = "open"
    SAMPLE = "sample"
    QUIT = "quit"


class OpenFailedDialog:
    """Shown at start-up when the plan to open is damaged, missing or too new."""

    @classmethod
    def ask(cls, parent: QWidget | None, error: PlannerError) -> OpenChoice:
        headline, details = user_message(error)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Summit Planner — cannot open the plan"))
        box.setText(tr("The plan could not be opened.") + "\n\n" + headline)
        box.setInformativeText(
            (details + "\n\n" if details else "")
            + tr("The file was not changed. Open another plan, or start from the sample plan?")
        )
        another = box.addButton(tr("&Open another…"), QMessageBox.ButtonRole.AcceptRole)
        sample = box.addButton(tr("Use the &sample plan"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(another)
        box.setEscapeButton(quit_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is another:
            return OpenChoice.OPEN_ANOTHER
        if clicked is sample:
            return OpenChoice.SAMPLE
        return OpenChoice.QUIT
