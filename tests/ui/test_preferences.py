"""Preferences: stored settings, the dialog's checks, language and theme switched at runtime."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.dialogs.preferences_dialog import PreferencesDialog
from app.ui.settings import AppSettings, CompanyProfile, PaymentStep, settings_file


def test_settings_round_trip_in_the_user_data_folder(qapp, _private_user_data):
    settings = AppSettings()
    assert settings_file().parent == _private_user_data
    assert (settings.ui_language(), settings.theme(), settings.autosave_seconds()) == (
        "system",
        "system",
        60,
    )
    assert sum(s.percent for s in settings.company().payment_plan) == 1  # 3-6-1 by default
    settings.set_ui_language("zh_CN")
    settings.set_autosave_seconds(5)  # clamped
    settings.set_company(
        CompanyProfile(
            name="启衡",
            currency="USD",
            discount_rate=0.12,
            vat_rates=(Decimal("0.13"), Decimal("0.06")),
            payment_plan=(PaymentStep("全款", Decimal(1)),),
        )
    )
    settings.set_template_folder("/templates")
    settings.sync()
    again = AppSettings()
    company = again.company()
    assert again.ui_language() == "zh_CN" and again.autosave_seconds() == 10
    assert (company.name, company.currency, company.discount_rate) == ("启衡", "USD", 0.12)
    assert company.vat_rates == (Decimal("0.13"), Decimal("0.06"))
    assert company.payment_plan == (PaymentStep("全款", Decimal(1)),)
    assert again.template_folder() == "/templates"


def test_recent_files_are_capped_and_deduplicated(qapp, tmp_path):
    settings = AppSettings()
    for number in range(12):
        settings.add_recent_file(tmp_path / f"{number}.deal")
    settings.add_recent_file(tmp_path / "5.deal")
    files = settings.recent_files()
    assert len(files) == 10 and files[0].endswith("5.deal") and files.count(files[0]) == 1


def test_dialog_refuses_bad_values(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog._vat.setText("13, abc")
    dialog.accept()
    assert "VAT rates" in dialog.message() and dialog.result() != QDialog.DialogCode.Accepted
    dialog._vat.setText("13, 9, 6")
    dialog._plan.add_step(PaymentStep("尾款", Decimal("0.1")))
    dialog.accept()
    assert "add up to 100%" in dialog.message()


def test_dialog_saves_the_company_profile(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog._company.setText("上海启衡工业软件有限公司")
    dialog._discount.setValue(8)
    dialog._autosave.setValue(120)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.company().name == "上海启衡工业软件有限公司"
    assert settings.company().discount_rate == 0.08
    assert settings.autosave_seconds() == 120


def test_language_switch_rebuilds_the_window_in_chinese(window, monkeypatch, qapp):
    window.document().set_field("needs[N02].priority", "P0")  # undo history must survive
    document = window.document()

    def choose_chinese(dialog):
        dialog.set_language("zh_CN")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_chinese)
    window.show_page("needs")
    window.findChild(QAction, "action_preferences").trigger()
    from app.ui import main_window

    new = next(w for w in main_window._OPEN_WINDOWS if w is not window)
    assert new.document() is document and document.undo_stack().count() == 1
    nav = new.navigation()
    assert [nav.item(r).text() for r in range(nav.count())][:3] == ["项目", "需求", "方案配置"]
    assert [a.text() for a in new.menuBar().actions()] == [
        "文件(&F)",
        "编辑(&E)",
        "视图(&V)",
        "帮助(&H)",
    ]
    assert new.current_page() == "needs"
    assert new.needs_page().needs_model().headerData(1, Qt.Orientation.Horizontal) == "优先级"
    # the step keeps the text it was given; the action's own words follow the language
    assert new.findChild(QAction, "action_undo").text() == "撤销(&U) Change priority of need N02"
    assert not window.isVisible() and window.document() is None
    assert new.settings().ui_language() == "zh_CN"


def test_chinese_labels_are_complete_on_the_pages(qapp, make_window, deal_file):
    from app.ui.translations import install_translations

    install_translations(qapp, "zh_CN")
    main = make_window()
    main.open_deal(deal_file)
    model = main.needs_page().needs_model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "编号",
        "优先级",
        "需求",
        "角色",
        "干系人",
        "状态",
        "能力标签",
        "覆盖模块",
        "备注",
    ]
    assert model.index(0, 5).data() == "已签认"
    assert main.deal_page().field_text("language") == "简体中文"
    assert main.findChild(QAction, "action_export").text() == "导出(&E)…"


def test_dark_theme_is_applied(window, monkeypatch, qapp):
    def choose_dark(dialog):
        dialog.set_theme("dark")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_dark)
    window.findChild(QAction, "action_preferences").trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 100
    from app.ui.theme import apply_theme

    assert apply_theme(qapp, "light") == "light"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
