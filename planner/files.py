"""Reading inputs and writing outputs without ever leaving half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from planner.errors import ExportError, PlannerError


def read_input(path: str | os.PathLike[str], what: str = "file") -> bytes:
    """The bytes of an input file, or a PlannerError naming the file and the problem."""
    file = Path(path)
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise PlannerError(f"{file}: no such {what}") from None
    except IsADirectoryError:
        raise PlannerError(f"{file}: is a folder, not a {what}") from None
    except PermissionError:
        raise PlannerError(f"{file}: permission denied") from None
    except OSError as error:
        raise PlannerError(f"{file}: cannot be read ({error.strerror})") from None


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A reader sees the old file or the new one, never a part; a failure leaves
    the old file as it was.

    Raises:
        ExportError: the folder is missing or not writable, or the disk is full.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as error:
        raise ExportError(f"{target}: cannot be written ({error.strerror})") from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot be written ({error.strerror})") from None
