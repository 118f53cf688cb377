"""The Japanese catalog covers every string the code shows, and compiles."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from kpidesk.i18n.catalog import compiled_catalog, translations_dir, update_catalog


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_string_in_the_code_has_a_japanese_translation(tmp_path):
    fresh = tmp_path / "kpidesk_ja.ts"
    shutil.copy(translations_dir() / "kpidesk_ja.ts", fresh)
    update_catalog(fresh)
    found = messages(fresh)
    missing = [
        key
        for key, translation in found.items()
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert not missing, f"untranslated: {missing}"
    assert set(found) == set(messages(translations_dir() / "kpidesk_ja.ts")), (
        "resources/translations/kpidesk_ja.ts is out of date: run packaging/update_translations.py"
    )


def test_the_catalog_compiles_to_qm(tmp_path):
    shutil.copy(translations_dir() / "kpidesk_ja.ts", tmp_path / "kpidesk_ja.ts")
    qm = compiled_catalog("ja", tmp_path)
    assert qm.exists() and qm.stat().st_size > 1000
