"""Every item model passes Qt's model tester, also while the document changes under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.document.deal import Need, Stakeholder
from app.document.diff import diff_deals
from app.document.storage import RevisionInfo
from app.ui.models.deal_diff_model import DealDiffModel
from app.ui.models.needs_filter_model import NeedsFilterModel
from app.ui.models.needs_model import NeedsModel
from app.ui.models.problems_model import ProblemsModel
from app.ui.models.revisions_model import RevisionsModel
from app.ui.models.roles import CHOICES_ROLE, PATH_ROLE
from app.ui.models.stakeholders_model import StakeholdersModel


@pytest.mark.parametrize("model_class", [NeedsModel, StakeholdersModel])
def test_list_models_pass_the_model_tester_through_edits(qtmodeltester, document, model_class):
    model = model_class()
    model.set_document(document)
    qtmodeltester.check(model, force_py=True)
    document.insert_item("needs", 2, Need(id="N09", text="新需求"))
    document.insert_item("stakeholders", 0, Stakeholder(id="SH9", name="李静"))
    document.move_item("needs", 0, 3)
    document.move_item("stakeholders", 2, 0)
    document.set_field("stakeholders[SH1].name", "周总")
    document.remove_item("needs", 1)
    document.undo_stack().undo()
    document.recompute_now()  # the tester stays connected and checks every change above
    document.undo_stack().setIndex(0)
    assert model.rowCount() == (4 if model_class is NeedsModel else 3)
    model.set_document(None)
    assert model.rowCount() == 0


def test_filter_model_passes_the_model_tester(qtmodeltester, document):
    source = NeedsModel()
    source.set_document(document)
    proxy = NeedsFilterModel()
    proxy.setSourceModel(source)
    proxy.set_priorities({"P0", "P2"})
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 2
    proxy.set_function("executive")
    assert proxy.rowCount() == 0
    proxy.set_priorities({"P3"})
    assert proxy.rowCount() == 1 and proxy.is_filtering()
    proxy.clear_filters()
    assert proxy.rowCount() == 4 and not proxy.is_filtering()
    document.insert_item("needs", 0, Need(id="N09", text="新需求", priority="P3"))
    document.move_item("needs", 0, 4)
    assert proxy.rowCount() == 5


def test_problems_model(qtmodeltester, document):
    model = ProblemsModel()
    model.set_problems(document.results().problems)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(document.results().problems) > 0
    first = document.results().problems[0]
    assert model.index(0, 1).data() == first.message
    assert model.index(0, 0).data(PATH_ROLE) == first.path


def test_revisions_model(qtmodeltester):
    model = RevisionsModel()
    model.set_revisions(
        [
            RevisionInfo(1, "第一版", "superseded", "2026-12-01T08:00:00+00:00", "a" * 64, None),
            RevisionInfo(2, "发给客户", "sent", "2026-12-02T08:00:00+00:00", "b" * 64, "c" * 64),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data() for r in range(2)] == ["2", "1"]
    assert model.index(0, 2).data() == "Sent" and model.index(1, 2).data() == "Superseded"


def test_diff_model_reads_like_a_sentence(qtmodeltester, zh_deal):
    old = zh_deal.model_copy(deep=True)
    zh_deal.needs[1].priority = "P0"
    zh_deal.stakeholders[1].concerns = "关注现金流"
    zh_deal.meta.client.name = "恒驰集团"
    zh_deal.needs = zh_deal.needs[:3]
    model = DealDiffModel()
    model.set_changes(diff_deals(old, zh_deal))
    qtmodeltester.check(model, force_py=True)
    rows = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert ("Changed", "client name", "江苏恒驰汽车零部件有限公司", "恒驰集团") in rows
    assert (
        "Changed",
        "Stakeholder 刘敏 › concerns",
        "预算上限 500 万元（含税）；关注投资回收期。",
        "关注现金流",
    ) in rows
    assert ("Changed", "Need N02 › priority", "P1", "P0") in rows
    assert ("Removed", "Need N04", "质量大数据关联分析（潜在需求）。", "—") in rows


def test_needs_model_edits_go_through_the_document(document):
    model = NeedsModel()
    model.set_document(document)
    index = model.index(1, NeedsModel.PRIORITY_COLUMN)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert [v for v, _ in index.data(CHOICES_ROLE)] == ["P0", "P1", "P2", "P3"]
    assert model.setData(index, "P0")
    assert document.deal().needs[1].priority == "P0"
    assert document.undo_stack().text(0) == "Change priority of need N02"
    caps = model.index(2, NeedsModel.CAPABILITIES_COLUMN)
    assert model.setData(caps, "maintenance, 移动点检，spare-parts")
    assert document.deal().needs[2].capabilities == ["maintenance", "移动点检", "spare-parts"]
    rejected = []
    model.edit_rejected.connect(rejected.append)
    assert not model.setData(model.index(0, NeedsModel.TEXT_COLUMN), "  ")
    assert rejected == ["This field cannot be empty."]
    assert not model.flags(model.index(0, NeedsModel.ID_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, NeedsModel.COVERAGE_COLUMN)) & Qt.ItemFlag.ItemIsEditable


def test_choosing_a_stakeholder_sets_the_role_in_one_step(document):
    model = NeedsModel()
    model.set_document(document)
    index = model.index(2, NeedsModel.STAKEHOLDER_COLUMN)
    choices = index.data(CHOICES_ROLE)
    assert choices[0] == (None, "(nobody)") and ("SH2", "刘敏") in choices
    assert model.setData(index, "SH2")
    need = document.deal().needs[2]
    assert (need.stakeholder_id, need.function) == ("SH2", "finance")
    assert document.undo_stack().count() == 1
    assert document.undo_stack().text(0) == "Assign need N03 to 刘敏"
    assert index.data() == "刘敏"
    document.undo_stack().undo()
    assert (need.stakeholder_id, need.function) == (
        None,
        "user_department",
    ) or document.deal().needs[2].stakeholder_id is None
    assert model.setData(model.index(1, NeedsModel.STAKEHOLDER_COLUMN), None)
    assert document.deal().needs[1].stakeholder_id is None


def test_coverage_column_comes_from_the_results(document, qtbot):
    from decimal import Decimal

    from app.document.quote_model import QuoteLine, Section

    model = NeedsModel()
    model.set_document(document)
    assert model.index(0, NeedsModel.COVERAGE_COLUMN).data() == "not covered"
    changed = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.column(), b.column())))
    line = QuoteLine(
        id="L01",
        name="MES 核心平台",
        quantity=Decimal(1),
        list_price=Decimal(100),
        capabilities=["production-tracking"],
    )
    document.insert_item("quote.sections", 0, Section(id="S1", title="软件", lines=[line]))
    qtbot.waitUntil(document.results_are_current)
    assert model.index(0, NeedsModel.COVERAGE_COLUMN).data() == "MES 核心平台"
    assert (NeedsModel.COVERAGE_COLUMN, NeedsModel.COVERAGE_COLUMN) in changed
    assert "Covered" in model.index(0, NeedsModel.COVERAGE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)


def test_read_only_documents_make_cells_read_only(qapp, zh_deal):
    from app.ui.deal_document import DealDocument

    model = StakeholdersModel()
    model.set_document(DealDocument(zh_deal, read_only=True))
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
