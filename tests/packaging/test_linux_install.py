"""The per-user Linux install puts the app, its menu entry, file type and icons under ~/.local."""

import importlib.util
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.kpidesk.KPIDesk"


def stand_in_bundle(tmp_path, qapp) -> Path:
    """A bundle folder as build.py lays it out, with a tiny script in place of the program."""
    spec = importlib.util.spec_from_file_location("kpidesk_build", ROOT / "packaging" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    staged = tmp_path / "staged"
    (staged / "icons").mkdir(parents=True)
    (staged / "icons" / "kpidesk.svg").write_bytes(
        (ROOT / "resources/icons/kpidesk.svg").read_bytes()
    )
    build.render_icons(staged / "icons")
    bundle = tmp_path / "bundle" / "kpidesk"
    bundle.mkdir(parents=True)
    program = bundle / "kpidesk"
    program.write_text('#!/bin/sh\necho "KPI Desk $*"\n')
    program.chmod(0o755)
    build.add_linux_desktop_files(bundle, staged)
    return bundle


def test_install_then_uninstall_for_one_user(tmp_path, qapp):
    bundle = stand_in_bundle(tmp_path, qapp)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    lib = home / ".local" / "lib" / "kpidesk"
    share = home / ".local" / "share"
    launched = subprocess.run(
        [str(home / ".local/bin/kpidesk"), "x.kpidesk"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert launched.stdout == "KPI Desk x.kpidesk\n"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{lib}/kpidesk" %f' in entry
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    for size in ("16x16", "48x48", "256x256"):
        assert (share / "icons/hicolor" / size / "apps" / f"{APP_ID}.png").exists()
        assert (
            share / "icons/hicolor" / size / "mimetypes" / "application-x-kpidesk-plan.png"
        ).exists()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").exists()

    plan = home / "Documents" / "team.kpidesk"
    plan.parent.mkdir()
    plan.write_bytes(b"a plan")
    subprocess.run(["sh", str(lib / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not lib.exists() and not (home / ".local/bin/kpidesk").exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert plan.read_bytes() == b"a plan"  # the user's plans stay
