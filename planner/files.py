"""Reading inputs and writing outputs without ever leaving half a file (no Qt).

Every output of the planner — JSON, calendars, spreadsheets, PDFs — goes
through :func:`replaced_atomically`: it is written under a temporary name
beside its target and renamed over it only when complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.errors import ExportError, PlannerError

PLAN_FILE_MARK = b"SUMT"
"""The application id in a plan file's SQLite header (bytes 68–71)."""
_SQLITE_MAGIC = b"SQLite format 3\x00"


def is_plan_file(path: Path) -> bool:
    """Whether ``path`` is a Summit Planner plan file (by its header)."""
    try:
        with path.open("rb") as stream:
            header = stream.read(72)
    except OSError:
        return False
    return header.startswith(_SQLITE_MAGIC) and header[68:72] == PLAN_FILE_MARK


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


@contextmanager
def replaced_atomically(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed over it when the block succeeds.

    A reader sees the old file or the new one, never a part; a failure inside
    the block, or in the rename, leaves the old file as it was and removes the
    temporary one.

    Raises:
        ExportError: the folder is missing or not writable, or the disk is full;
            an ExportError from the block gets the target's name in front.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder")
    if is_plan_file(target):
        raise ExportError(f"{target}: is a plan file; choose another name for the output")
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(f"{target}: cannot be written ({error.strerror})") from None
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        temporary.chmod(0o644)
        os.replace(temporary, target)
    except ExportError as error:
        temporary.unlink(missing_ok=True)
        if str(error).startswith(str(target)):
            raise
        raise ExportError(f"{target}: {error}") from None
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot be written ({error.strerror})") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`replaced_atomically`."""
    with replaced_atomically(path) as temporary:
        temporary.write_bytes(data)
