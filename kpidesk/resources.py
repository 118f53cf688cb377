"""Where the app's resources (fonts, translations) live: a checkout, or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder: $KPIDESK_RESOURCES, a PyInstaller bundle's, or the checkout's."""
    override = os.environ.get("KPIDESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
