"""Fixtures of the editing-page tests: the sample deals as documents, a library with their price books."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.document.storage import load_deal
from app.library.store import Library
from app.paths import resources_dir


@pytest.fixture(scope="session")
def _library_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("library") / "library.sqlite"
    with Library.open(path) as library:
        for book in ("mes_pricebook_zh.xlsx", "wms_pricebook_en.xlsx"):
            library.apply(library.plan_import(resources_dir() / "pricebooks" / book))
    return path


@pytest.fixture
def library(_library_file):
    opened = Library.open(_library_file)
    yield opened
    opened.close()


def _document(name: str):
    from app.ui.deal_document import DealDocument

    doc = DealDocument(load_deal(resources_dir() / "samples" / name))
    doc.start_computing()
    return doc


@pytest.fixture
def mes_document(qapp, ui_fonts):
    doc = _document("mes_rollout_zh.json")
    yield doc
    doc.deleteLater()


@pytest.fixture
def wms_document(qapp, ui_fonts):
    doc = _document("wms_rollout_en.json")
    yield doc
    doc.deleteLater()


@pytest.fixture
def deal_json():
    """``deal_json(document)``: the deal as canonical JSON (compare states before and after undo)."""
    import json

    return lambda document: json.dumps(document.deal().model_dump(mode="json"), sort_keys=True,
                                       ensure_ascii=False)


@pytest.fixture
def engine_results():
    """``engine_results(document)``: the engine's results for a copy of the deal (not the widgets')."""
    from app.engine import compute

    return lambda document: compute(document.deal().model_copy(deep=True))


@pytest.fixture
def settle(qtbot):
    """``settle(document)``: wait until the results follow the latest edit."""
    return lambda document: qtbot.waitUntil(document.results_are_current, timeout=3000)


@pytest.fixture
def configurator_page(qtbot, library):
    """``configurator_page(document)``: a ConfiguratorPage over ``document`` with the test library."""
    from app.ui.views.configurator_page import ConfiguratorPage

    def make(document):
        page = ConfiguratorPage(document, library=library)
        qtbot.addWidget(page)
        return page

    return make
