"""Reading inputs and writing outputs without ever leaving half a file (no Qt).

Every output of the planner — JSON, calendars, spreadsheets, PDFs — goes
through :func:`replaced_atomically`: it is written under a temporary name
beside its target and renamed over it only when complete.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.errors import ExportError, PlannerError

PLAN_FILE_MARK = b"SUMT"
"""The application id in a plan file's SQLite header (bytes 68–71)."""
SQLITE_MAGIC = b"SQLite format 3\x00"
"""How every SQLite database file begins."""
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
"""What SQLite appends to a database's name for the journals that belong to it."""
# Paths that stand for an open stream (a pipe, the terminal) rather than a file in a folder.
_STREAM_FOLDERS = ("/dev/", "/proc/")


def _held_descriptors(path: Path) -> list[int]:
    """The descriptors through which this process already has ``path`` open.

    Such a file must not be opened a second time to read it: closing that
    second descriptor drops every POSIX lock the process holds on the file
    (the rule of fcntl locks), and an open plan's locks tell other programs
    that its journal is in use. Where the open descriptors cannot be listed
    (no ``/proc``), none are found.
    """
    try:
        wanted = path.stat()
        names = os.listdir("/proc/self/fd")
    except OSError:
        return []
    found = []
    for name in names:
        try:
            held = os.stat(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if stat.S_ISREG(held.st_mode) and (held.st_dev, held.st_ino) == (
            wanted.st_dev,
            wanted.st_ino,
        ):
            found.append(int(name))
    return found


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file, never through a second descriptor.

    A file this process holds open (an open plan) is read through the
    descriptor it has; one held for writing only reads as empty.
    """
    held = _held_descriptors(path)
    if not held:
        with path.open("rb") as stream:
            return stream.read(size)
    for descriptor in held:
        try:
            return os.pread(descriptor, size, 0)
        except OSError:
            continue
    return b""


def held_here(path: Path) -> bool:
    """Whether this process already has ``path`` open (see :func:`read_head`)."""
    return bool(_held_descriptors(path))


def is_plan_file(path: Path) -> bool:
    """Whether ``path`` is a Summit Planner plan file (by its header)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False  # reading a pipe would wait for a writer
        header = read_head(path, 72)
    except OSError:
        return False
    return header.startswith(SQLITE_MAGIC) and header[68:72] == PLAN_FILE_MARK


def is_same_file(path: Path, other: Path | None) -> bool:
    """Whether ``path`` is the existing file ``other`` (the open plan, say), by any name."""
    return other is not None and path.exists() and path.resolve() == other.resolve()


def journal_name_problem(path: Path) -> str | None:
    """Why ``path`` must not be written: its name is one SQLite keeps for a journal."""
    for suffix in JOURNAL_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return (
                f"{path}: a name ending in {suffix} belongs to the journal of the database "
                f"{path.name[: -len(suffix)]}; choose another name"
            )
    return None


def _is_stream(path: Path) -> bool:
    """Whether ``path`` is a pipe, a terminal or an open descriptor, to be written in place."""
    if str(path.absolute()).startswith(_STREAM_FOLDERS):
        return True
    try:
        return path.exists() and not stat.S_ISREG(path.stat().st_mode) and not path.is_dir()
    except OSError:
        return False


def _write_stream(source: Path, target: Path) -> None:
    """Copy ``source`` into the stream ``target``; a pipe that no program reads is an error."""
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_NONBLOCK | os.O_TRUNC)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise ExportError(f"{target}: no program is reading from this pipe") from None
        raise
    try:
        os.set_blocking(descriptor, True)
        with source.open("rb") as reading, os.fdopen(descriptor, "wb", closefd=False) as writing:
            shutil.copyfileobj(reading, writing)
    finally:
        os.close(descriptor)


def read_input(path: str | os.PathLike[str], what: str = "file") -> bytes:
    """The bytes of an input file, or a PlannerError naming the file and the problem."""
    file = Path(path)
    if held_here(file) and is_plan_file(file):
        raise PlannerError(f"{file}: is the plan that is open, not a {what}")
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
    stream = _is_stream(target)
    if target.is_symlink() and not stream:
        # Write where the link points, and keep the link.
        target = target.resolve()
    folder = target.parent if str(target.parent) else Path(".")
    for candidate in (target, target.resolve()):
        problem = journal_name_problem(candidate)
        if problem is not None:
            raise ExportError(problem)
        if is_plan_file(candidate):
            raise ExportError(f"{target}: is a plan file; choose another name for the output")
    if not stream and not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder")
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=None if stream else folder
        )
    except OSError as error:
        raise ExportError(f"{target}: cannot be written ({error.strerror})") from None
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        if stream:
            _write_stream(temporary, target)
            temporary.unlink()
            return
        with temporary.open("rb+") as output:
            os.fsync(output.fileno())
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
