"""Ready-made plans to start from: definition files under resources/templates/."""

from __future__ import annotations

from pathlib import Path

from kpidesk.domain.model import Plan
from kpidesk.resources import resources_dir
from kpidesk.services.definition_files import read_definition

TEMPLATES: tuple[str, ...] = ("field_sales", "inside_sales", "retail_store", "subscription")
"""Template keys, in the order they are offered."""


def template_path(key: str) -> Path:
    """The definition file of the template `key` (one of TEMPLATES)."""
    if key not in TEMPLATES:
        raise KeyError(key)
    return resources_dir() / "templates" / f"{key}.yaml"


def load_template(key: str) -> Plan:
    """The plan of the template `key`."""
    return read_definition(template_path(key))
