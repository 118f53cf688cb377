"""Code compiled once and kept: the same classes and modules, no compiling next time."""

import builtins
import dataclasses
import os
import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from kpidesk.kept_code import MAGIC, KeptCode, default_store
from tests.cli.helpers import KPIDESK
from tests.report.conftest import AS_OF, page_texts, plan_file

COMPILE = builtins.compile


def money_class(store, module_source=None):
    """A frozen dataclass with a default and a factory, made while `store` stands in for exec
    (after compiling `module_source` as the import system compiles a module, if given);
    returns the class and the store's count of texts it compiled."""
    code = KeptCode(store)
    code.install()
    try:
        if module_source is not None:
            compile(module_source, "/site-packages/first_run_only.py", "exec")

        @dataclass(frozen=True)
        class Money:
            amount: int
            unit: str = "¥"
            tags: list = field(default_factory=list, compare=False)

    finally:
        code.uninstall()
    code.save()
    return Money, code.compiled


def test_a_class_made_again_compiles_nothing_and_behaves_the_same(tmp_path):
    store = tmp_path / "cache" / "code.bin"
    _first, compiled = money_class(store)
    kept = store.read_bytes()
    money, compiled_again = money_class(store)
    assert (compiled, compiled_again) == (6, 0)  # init, repr, eq, hash, setattr, delattr
    assert store.read_bytes() == kept  # nothing new: not written again
    assert "exec" not in vars(dataclasses) and builtins.compile is COMPILE
    five = money(5)
    assert repr(five) == "money_class.<locals>.Money(amount=5, unit='¥', tags=[])"
    assert five == money(5, tags=["a"]) and five != money(5, "$")
    assert hash(five) == hash(money(5))
    assert five.tags is not money(5).tags
    with pytest.raises(dataclasses.FrozenInstanceError):
        five.amount = 6
    annotations = {"amount": int, "unit": str, "tags": list, "return": None}
    assert money.__init__.__annotations__ == annotations  # objects, as exec makes them


def test_code_a_run_no_longer_uses_leaves_the_store(tmp_path):
    """A first run compiles what later runs take elsewhere (a module's source, before its
    .pyc is written): the next run keeps only what it used, so later runs read a small file."""
    store = tmp_path / "code.bin"
    assert money_class(store, module_source="x = 1\n")[1] == 7  # the first run
    _money, compiled = money_class(store)  # a later run: the class only, nothing compiled
    assert compiled == 0
    kept = KeptCode(store)
    assert kept.compile("x = 1\n", "/site-packages/first_run_only.py", "exec") is not None
    assert kept.compiled == 1  # gone from the store: compiled afresh
    settled = store.read_bytes()
    money_class(store)  # the same run again: nothing to add, nothing to drop
    assert store.read_bytes() == settled


def test_a_damaged_or_foreign_store_is_ignored_and_written_afresh(tmp_path):
    store = tmp_path / "code.bin"
    for content in (b"garbage", b"\x00\x01\x02\x03" + MAGIC[4:] + b"\xff", MAGIC + b"\xff\xfe"):
        store.write_bytes(content)
        money, compiled = money_class(store)
        assert compiled == 6
        assert repr(money(1)) == "money_class.<locals>.Money(amount=1, unit='¥', tags=[])"
        assert store.read_bytes().startswith(MAGIC)


def test_a_store_that_cannot_be_written_leaves_the_class_as_it_is(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    money, compiled = money_class(blocked / "code.bin")
    assert compiled == 6
    assert money(2) == money(2)


def test_a_module_compiled_again_is_the_kept_code_with_its_caller_s_future_flags(tmp_path):
    source = "def f(x: undefined_name) -> int:\n    return x + 1\n"
    store = tmp_path / "code.bin"
    runs = []
    for _run in (1, 2):
        code = KeptCode(store)
        code.install()
        try:  # this test module has no `from __future__ import annotations`: evaluated
            lazy = compile("from __future__ import annotations\n" + source, "lazy.py", "exec")
            plain = compile(source.encode(), "plain.py", "exec")  # bytes, as shiboken's
            tree = compile(source, "tree.py", "exec", flags=0x400)  # ast.PyCF_ONLY_AST
        finally:
            code.uninstall()
        code.save()
        runs.append(code.compiled)
    assert runs == [2, 0] and builtins.compile is COMPILE
    namespace = {}
    exec(lazy, namespace)
    assert namespace["f"](1) == 2 and namespace["f"].__annotations__ == {
        "x": "undefined_name",
        "return": "int",
    }
    with pytest.raises(NameError):
        exec(plain, {})
    assert type(tree).__name__ == "Module"


def test_the_second_export_compiles_nothing(tmp_path, qapp):
    plan = plan_file(tmp_path, "en")
    environment = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    store = tmp_path / "cache" / "KPI Desk" / "KPI Desk"
    store /= f"compiled-code-{sys.implementation.cache_tag}.bin"
    texts = []
    for run in (1, 2):
        out = tmp_path / f"report-{run}.pdf"
        argv = ["export", str(plan), "--pdf", str(out), "--as-of", AS_OF.isoformat()]
        result = subprocess.run(
            [str(KPIDESK), *argv, "--lang", "en"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert (result.returncode, result.stdout) == (0, f"Wrote 4 pages to {out}\n")
        texts.append(page_texts(out))
        if run == 1:
            written = store.stat().st_mtime_ns, store.read_bytes()
    # the store is written only when something was compiled: the second run took it all
    assert (store.stat().st_mtime_ns, store.read_bytes()) == written
    assert texts[0] == texts[1]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG folders are Linux's")
def test_the_store_is_in_the_cache_folder_and_never_relative(tmp_path, monkeypatch):
    name = f"compiled-code-{sys.implementation.cache_tag}.bin"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_store() == tmp_path / "KPI Desk" / "KPI Desk" / name
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # not absolute: ignored, as XDG says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_store() == tmp_path / "home" / ".cache" / "KPI Desk" / "KPI Desk" / name
    monkeypatch.setenv("HOME", "relative-home")
    assert default_store() is None
    money, compiled = money_class(None)  # no store: compiled as usual, nothing written
    assert compiled == 6 and money(3) == money(3)


def test_the_window_keeps_its_start_then_gives_exec_and_compile_back(tmp_path):
    """Only the window's start goes through the kept code: a dialog imported later compiles
    as Python does."""
    store = tmp_path / "window-code.bin"
    code = KeptCode(store)
    code.install()
    assert eval(compile("6 * 7", "<start>", "eval")) == 42 and builtins.compile is not COMPILE
    code.save_and_uninstall()
    assert "exec" not in vars(dataclasses) and builtins.compile is COMPILE
    assert KeptCode(store).compile("6 * 7", "<start>", "eval") is not None
    assert store.read_bytes().startswith(MAGIC)
