"""The module maps stay whole: README's architecture names every pipeline module, docs/sites.md every site
reader — the next person finds a module's job there before opening it."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def named(doc: str) -> set[str]:
    return set(re.findall(r"^ *(\w+\.py)\s", (ROOT / doc).read_text(encoding="utf-8"), re.M))


@pytest.mark.parametrize("folder, doc", [("indexer", "README.md"), ("search_app", "README.md"),
                                          ("indexer/sites", "docs/sites.md")])
def test_every_module_is_in_its_map(folder, doc):
    modules = {p.name for p in (ROOT / folder).glob("*.py") if not p.name.startswith("__")}
    assert modules - named(doc) == set()


def test_site_readers_are_not_listed_as_pipeline_stages():
    sites = {p.name for p in (ROOT / "indexer/sites").glob("*.py")} - {"__init__.py"}
    assert sites & named("README.md") == set()
