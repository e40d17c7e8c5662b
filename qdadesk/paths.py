"""Where QDA Desk's files are: bundled resources, and the user's data folder.

Works the same from a source checkout, an installed package and a PyInstaller bundle
(where resources sit under ``sys._MEIPASS``). In portable mode (a file ``portable.txt`` or
a folder ``data`` beside the executable) user data stays beside the executable, so the whole
program and its data travel together on a USB stick.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

APP_NAME = "QDA Desk"
SAMPLE_COPY_NAME = f"{APP_NAME} sample.qdadesk"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"
# Set to a folder to keep user data there (tests, scripted installs).
DATA_DIR_ENV = "QDADESK_DATA_DIR"


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_root() -> Path:
    """The folder of the ``qdadesk.resources`` package (the repository's ``resources/``)."""
    if is_frozen():
        # PyInstaller's bootloader sets sys._MEIPASS (checked by is_frozen); the sys stubs
        # cannot declare it, so the attribute is unknown to the type checker.
        return Path(sys._MEIPASS) / "qdadesk" / "resources"  # type: ignore[attr-defined]
    try:
        import qdadesk.resources as package

        return Path(package.__file__).resolve().parent
    except ImportError:  # running from a checkout that was never installed
        return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A bundled resource, e.g. ``resource_path("sample", "sample.qdadesk")``."""
    return resources_root().joinpath(*parts)


def sample_project_path() -> Path:
    """The bundled sample project (read-only: open a copy, see ``copy_sample_to_user_data``)."""
    return resource_path("sample", "sample.qdadesk")


def application_dir() -> Path | None:
    """The folder of the executable when running as a bundle; None from source."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return None


def portable_data_dir() -> Path | None:
    """The data folder beside the executable in portable mode, else None."""
    folder = application_dir()
    if folder is None:
        return None
    if (folder / PORTABLE_MARKER).is_file() or (folder / PORTABLE_DATA).is_dir():
        return folder / PORTABLE_DATA
    return None


def user_data_dir(create: bool = True) -> Path:
    """The folder for the user's QDA Desk files (sample copy, settings, logs).

    ``QDADESK_DATA_DIR`` if set; else the portable data folder; else the platform's usual
    place (``%LOCALAPPDATA%\\QDA Desk``, ``~/Library/Application Support/QDA Desk``,
    ``~/.local/share/QDA Desk``)."""
    configured = os.environ.get(DATA_DIR_ENV)
    folder = Path(configured) if configured else (portable_data_dir() or _platform_data_dir())
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def _platform_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def copy_sample_to_user_data() -> Path:
    """A fresh copy of the sample project in the user data folder; returns its path.

    The copy replaces the previous one, so the sample always opens as shipped. If the old
    copy cannot be replaced (open in another window on Windows), a dated name is used."""
    source = sample_project_path()
    folder = user_data_dir()
    target = folder / SAMPLE_COPY_NAME
    partial = folder / (SAMPLE_COPY_NAME + ".partial")
    shutil.copyfile(source, partial)
    try:
        os.replace(partial, target)
    except OSError:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
        target = folder / f"{APP_NAME} sample {stamp}.qdadesk"
        os.replace(partial, target)
    return target
