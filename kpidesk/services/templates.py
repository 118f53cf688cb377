"""Ready-made plans to start from: definition files under resources/templates/ (Japanese) and
resources/templates/en/ (the same plans with English names)."""

from __future__ import annotations

from pathlib import Path

from kpidesk.domain.model import Plan
from kpidesk.resources import resources_dir

TEMPLATES: tuple[str, ...] = ("field_sales", "inside_sales", "retail_store", "subscription")
"""Template keys, in the order they are offered."""
LANGUAGES: tuple[str, ...] = ("ja", "en")  # the templates' names come in these languages


def template_path(key: str, language: str = "ja") -> Path:
    """The definition file of the template `key` (one of TEMPLATES) with its names in
    `language` (Japanese for any language but English)."""
    if key not in TEMPLATES:
        raise KeyError(key)
    folder = resources_dir() / "templates"
    return (folder / "en" if language == "en" else folder) / f"{key}.yaml"


def load_template(key: str, language: str = "ja") -> Plan:
    """The plan of the template `key`, named in `language`."""
    from kpidesk.services.definition_files import read_definition  # YAML: 30-70 ms to import

    return read_definition(template_path(key, language))
