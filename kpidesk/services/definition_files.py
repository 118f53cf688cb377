"""Plan definitions as YAML files: read one into a plan, write a plan as one (atomically)."""

from __future__ import annotations

from pathlib import Path

import yaml

from kpidesk.domain.definition import (
    DEFINITION_INVALID,
    TOO_DEEP,
    plan_from_definition,
    plan_to_definition,
)
from kpidesk.domain.model import Plan
from kpidesk.domain.problems import ValidationError
from kpidesk.storage.plan_file import PlanFileError, atomic_target

DEFINITION_SYNTAX = "definition_syntax"
DEFINITION_DUPLICATE_KEY = "definition_duplicate_key"


class _NoDuplicateKeys:
    """yaml.safe_load's construction, refusing a key written twice in one mapping instead of
    silently keeping the last value."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key; the base class reports it
                break
            if duplicate:
                line = key_node.start_mark.line + 1
                raise ValidationError(DEFINITION_DUPLICATE_KEY, line=line, key=str(key))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class _Loader(_NoDuplicateKeys, yaml.SafeLoader):
    """The pure-Python reader: it says where and why a text is not YAML."""


# libyaml's reader when PyYAML has it: ten times quicker than pure Python. (Its writer folds
# long texts at other places: files are written as before, by the pure-Python one.)
_LIBYAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _QuickLoader(_NoDuplicateKeys, _LIBYAML_LOADER):
    """libyaml's reader, for a text that is YAML."""


class _TooDeepError(Exception):
    """Nested beyond what libyaml reads (1,000 levels), so far beyond a KPI tree."""


def _load(text: str) -> object:
    try:
        return yaml.load(text, Loader=_QuickLoader)  # safe loaders: no Python objects
    except yaml.YAMLError as error:  # libyaml words its problems its own way: read it again,
        if "maximum nesting depth" in str(getattr(error, "problem", "")):
            raise _TooDeepError from None  # but not down to Python's recursion limit (0.25 s)
        return yaml.load(text, Loader=_Loader)


def parse_definition(text: str) -> Plan:
    """The plan a definition's YAML text describes."""
    try:
        data = _load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise ValidationError(DEFINITION_SYNTAX, line=mark.line + 1 if mark else 1) from None
    except yaml.YAMLError:
        raise ValidationError(DEFINITION_SYNTAX, line=1) from None
    except (RecursionError, _TooDeepError):  # far deeper than a KPI tree: the parser gives up
        raise ValidationError(DEFINITION_INVALID, path="kgi", problem=TOO_DEEP) from None
    if not isinstance(data, dict):
        raise ValidationError(DEFINITION_INVALID, path="", problem="not_a_mapping")
    return plan_from_definition(data)


def read_definition(path: Path | str) -> Plan:
    """The plan the YAML definition file at `path` describes."""
    path = Path(path)
    if not path.exists():
        raise PlanFileError("not_found", path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PlanFileError("unreadable", path, error.strerror or "") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ValidationError(DEFINITION_SYNTAX, line=line) from None
    return parse_definition(text)


def definition_text(plan: Plan) -> str:
    """The plan as YAML definition text."""
    return _dump(plan_to_definition(plan))


def _dump(data: dict, stream=None):
    return yaml.safe_dump(
        data, stream, allow_unicode=True, sort_keys=False, default_flow_style=False
    )


def write_definition(plan: Plan, path: Path | str) -> None:
    """Write the plan's definition to `path`: the file appears complete, or is left as it was."""
    path = Path(path)
    data = plan_to_definition(plan)
    # atomic_target keeps a replaced file's mode (a new one follows the umask) and fsyncs
    with (
        atomic_target(path) as temporary,
        temporary.open("w", encoding="utf-8", newline="\n") as stream,
    ):
        _dump(data, stream)
