"""A command starts without what it does not use: YAML (50-60 ms of CPU to import) loads with
a plan definition or template, the readers of CRM exports with import, the team's services with
the team commands."""

import re
from functools import cache
from pathlib import Path

import kpidesk

PACKAGE = Path(kpidesk.__file__).parent
# an import at the start of a line runs when the module loads (ast took 0.4 s for the same)
IMPORT = re.compile(r"^import ([\w.]+)|^from ([\w.]+) import (\([^)]*\)|.*)", re.MULTILINE)


def _file_of(module: str) -> Path | None:
    if module != "kpidesk" and not module.startswith("kpidesk."):
        return None
    base = PACKAGE.parent / module.replace(".", "/")
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


@cache
def _imported_at_load(module: str) -> frozenset[str]:
    """The modules `module` imports when it is loaded (not those a function imports when it
    runs), its packages included."""
    path = _file_of(module)
    if path is None:
        return frozenset()
    names = {module.rsplit(".", 1)[0]} if "." in module else set()
    for plain, source, what in IMPORT.findall(path.read_text(encoding="utf-8")):
        names.add(plain or source)
        if source:
            names.update(f"{source}.{name}" for name in re.findall(r"\w+", what))
    return frozenset(name for name in names if name == "yaml" or _file_of(name) is not None)


def _loaded_with(module: str) -> set[str]:
    loaded, waiting = set(), [module]
    while waiting:
        name = waiting.pop()
        if name not in loaded:
            loaded.add(name)
            waiting.extend(_imported_at_load(name))
    return loaded


def test_the_commands_start_without_yaml_and_a_definition_command_loads_it():
    assert "yaml" not in _loaded_with("kpidesk.cli")
    assert "yaml" not in _loaded_with("kpidesk.app")
    assert "yaml" in _loaded_with("kpidesk.services.definition_files")  # the check sees it


def test_the_commands_start_without_the_file_readers_and_the_team_services():
    at_start = _loaded_with("kpidesk.cli")
    assert "kpidesk.cli_team" in at_start  # the check sees the commands' own modules
    for module in (
        "kpidesk.services.actuals_file",  # import, export-actuals
        "kpidesk.services.yomi_file",  # import-yomi, export-yomi
        "kpidesk.services.team_packages",  # package
        "kpidesk.services.rep_collect",  # collect
        "kpidesk.services.rep_notes",  # notes
    ):
        assert module not in at_start, module
