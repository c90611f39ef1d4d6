"""The stored files (uploads), read and written through Django's storage API, whichever
storage holds them: this machine's disk or an S3 bucket."""

import shutil
from collections.abc import Iterator
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage


def stored_names(folder: str = "") -> Iterator[str]:
    """Every file's name in the storage, folder by folder."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:  # nothing was ever stored on this disk
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from stored_names(f"{folder}/{sub}" if folder else sub)


def copy_out(target: Path) -> int:
    """Copy every stored file under `target`, keeping its name; the number copied."""
    count = 0
    for name in stored_names():
        out = target / name
        out.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as stored, out.open("wb") as copy:
            shutil.copyfileobj(stored, copy)
        count += 1
    return count


def copy_in(source: Path) -> int:
    """Store every file under `source` by its name there (replacing a file of that name)."""
    count = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        name = path.relative_to(source).as_posix()
        if default_storage.exists(name):
            default_storage.delete(name)
        with path.open("rb") as handle:
            stored = default_storage.save(name, File(handle, name=name))
        if stored != name:
            raise RuntimeError(f"{name} was stored as {stored}")
        count += 1
    return count
