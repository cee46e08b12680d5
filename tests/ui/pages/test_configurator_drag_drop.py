"""Drag and drop on the configurator: catalog products into a section, lines between sections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.ui.models.catalog_model import PRODUCT_MIME_TYPE
from app.ui.models.quote_tree_drop import LINES_MIME_TYPE

S2_1 = "quote.sections[S2].sections[S2-1]"
S3 = "quote.sections[S3]"



def _ids(document, section_path):
    return [line.id for line in document.value(f"{section_path}.lines")]


def _catalog_drag(page, text):
    catalog = page.catalog()
    catalog.search_field().setText(text)
    catalog.search_now()
    model = catalog.model()
    assert model.rowCount() >= 1
    data = model.mimeData([model.index(0, 0), model.index(0, 2)])
    assert data.hasFormat(PRODUCT_MIME_TYPE)
    return model.record(0), data


def test_catalog_product_dropped_on_a_section_appends_there(qtbot, configurator_page, qtmodeltester,
                                                            mes_document, deal_json, settle, engine_results):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    old_total = engine_results(mes_document).quote.totals.incl_vat
    record, data = _catalog_drag(page, "扫码")
    section = model.index_of_path(S2_1)
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, section)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, section)
    lines = mes_document.value(f"{S2_1}.lines")
    assert len(lines) == 5 and lines[-1].sku == record.sku and lines[-1].list_price == record.list_price
    qtmodeltester.check(model)
    assert page.tree_view().currentIndex() == model.index_of_line(lines[-1].id)
    settle(mes_document)
    assert engine_results(mes_document).quote.totals.incl_vat > old_total
    assert mes_document.undo_stack().undoText().startswith("添加") \
        or mes_document.undo_stack().undoText().startswith("Add")
    mes_document.undo_stack().undo()  # one step
    assert deal_json(mes_document) == before


def test_catalog_product_dropped_between_lines_and_on_a_line(qtbot, configurator_page, qtmodeltester,
                                                             mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    record, data = _catalog_drag(page, "扫码")
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 1, 0, model.index_of_path(S2_1))
    ids = _ids(mes_document, S2_1)
    assert ids[0] == "L10" and ids[2] == "L11"
    assert mes_document.value(f"{S2_1}.lines")[1].sku == record.sku
    qtmodeltester.check(model)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, model.index_of_line("L12"))
    ids = _ids(mes_document, S2_1)
    assert ids.index("L12") + 1 == len(ids) - 2  # right after L12, before L13
    qtmodeltester.check(model)
    mes_document.undo_stack().undo()
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


def test_drops_that_are_refused(qtbot, configurator_page, mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    _record, data = _catalog_drag(page, "扫码")
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())  # top level
    wrong = data.data(PRODUCT_MIME_TYPE).data().replace(b'"CNY"', b'"USD"')
    data.setData(PRODUCT_MIME_TYPE, wrong)
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, model.index_of_path(S3))
    assert "USD" in page.message()
    assert deal_json(mes_document) == before


def test_line_dragged_to_another_section_and_undo(qtbot, configurator_page, qtmodeltester, mes_document,
                                                  deal_json, settle, engine_results):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    total = engine_results(mes_document).quote.totals.incl_vat
    data = model.mimeData([model.index_of_line("L11"), model.index_of_line("L11", 3)])
    assert data.hasFormat(LINES_MIME_TYPE)
    assert model.flags(model.index_of_line("L11")) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index_of_path(S3))
    assert "L11" not in _ids(mes_document, S2_1)
    assert _ids(mes_document, S3)[:3] == ["L17", "L11", "L18"]
    qtmodeltester.check(model)
    settle(mes_document)
    assert engine_results(mes_document).quote.totals.incl_vat == total  # moved, not changed
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
    qtmodeltester.check(model)


def test_line_dragged_within_its_section_reorders(qtbot, configurator_page, mes_document, deal_json):
    page = configurator_page(mes_document)
    model = page.model()
    before = deal_json(mes_document)
    data = model.mimeData([model.index_of_line("L10")])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index_of_path(S2_1))
    assert _ids(mes_document, S2_1) == ["L11", "L12", "L10", "L13"]
    assert not model.dropMimeData(model.mimeData([model.index_of_line("L10")]), Qt.DropAction.MoveAction,
                                  -1, 0, model.index_of_line("L12"))  # already right after L12
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PySide6 flags the QPoint event constructors
def test_drop_event_on_the_tree_view_adds_the_product(qtbot, configurator_page, qtmodeltester, mes_document,
                                                      deal_json):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    page = configurator_page(mes_document)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    before = deal_json(mes_document)
    record, data = _catalog_drag(page, "扫码")
    tree = page.tree_view()
    rect = tree.visualRect(page.model().index_of_path(S3))
    point = QPointF(rect.center())
    viewport = tree.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    assert mes_document.value(f"{S3}.lines")[-1].sku == record.sku
    qtmodeltester.check(page.model())
    mes_document.undo_stack().undo()
    assert deal_json(mes_document) == before
