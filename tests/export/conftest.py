"""Fixtures of the Excel-model tests: the session's exported and recalculated workbooks.

LibreOffice recalculates every workbook of the session in one ``soffice`` call.
"""

from __future__ import annotations

import pytest

from app.document.storage import load_deal
from tests.export.test_xlsx_support import (
    EDGE,
    GENERATED,
    SAMPLES,
    Exported,
    edited,
    export,
    generated,
    hostile_deal,
    live_edits,
    minimal,
    recalculate,
    require_tool,
)


@pytest.fixture(scope="session")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    """Both samples (in their language and the other one) and the generated deals, exported."""
    folder = tmp_path_factory.mktemp("xlsx")
    found: dict[str, Exported] = {}
    for path in SAMPLES:
        deal = load_deal(path)
        found[path.stem] = export(deal, folder / f"{path.stem}.xlsx")
        other = "en" if deal.meta.language == "zh_CN" else "zh_CN"
        found[f"{path.stem}-other"] = export(deal, folder / f"{path.stem}-other.xlsx",
                                             language=other)
    for name, options in GENERATED.items():
        found[name] = export(generated(**options), folder / f"{name}.xlsx")
    for name, (language, with_line) in EDGE.items():
        found[name] = export(minimal(language, with_line), folder / f"{name}.xlsx")
    return found


@pytest.fixture(scope="session")
def libreoffice(request: pytest.FixtureRequest, workbooks: dict[str, Exported],
                tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    """Every workbook of the session, edited copies and a hostile one, recalculated in one call."""
    soffice = require_tool(request.config, "soffice")
    folder = tmp_path_factory.mktemp("live")
    found = dict(workbooks)
    for stem in [p.stem for p in SAMPLES] + ["g2-incl-excl-basis"]:
        for kind, edits in live_edits(stem, workbooks[stem].deal).items():
            name = f"{stem}-live-{kind}"
            found[name] = edited(workbooks[stem], edits, folder / f"{name}.xlsx")
    found["hostile"] = export(hostile_deal(), folder / "hostile.xlsx", include_internal=True)
    converted = recalculate(soffice, [item.path for item in found.values()],
                            tmp_path_factory.mktemp("recalculated"))
    for item in found.values():
        item.recalculated = converted[item.path]
    return found
