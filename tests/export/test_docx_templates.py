"""Templates: the contract with the context, the sandbox, and broken templates."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate

from app.export.context import AUDIENCES, build_context
from app.export.docx import render_docx
from app.export.docx_template import new_environment, template_tags, template_variables
from app.export.jobs import ExportError
from app.paths import templates_dir
from tests.export.test_docx_helpers import TODAY, all_text, deal_and_results

SHIPPED = sorted(templates_dir().glob("proposal_*.docx"))


def make_template(path: Path, *paragraphs: str) -> Path:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def render_with(template: Path) -> bytes:
    deal, results = deal_and_results("wms_rollout_en")
    return render_docx(deal, results, template=template, today=TODAY)


def test_two_templates_are_shipped_and_the_generator_is_committed():
    assert [p.name for p in SHIPPED] == ["proposal_en.docx", "proposal_zh_CN.docx"]
    assert (templates_dir() / "make_templates.py").is_file()
    assert not (templates_dir() / ".keep").exists()


@pytest.mark.parametrize("template", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_variable_the_shipped_templates_use_is_in_the_context(template):
    env = new_environment()
    used = DocxTemplate(str(template)).get_undeclared_template_variables(env)
    assert used == template_variables(DocxTemplate(str(template)), env)
    for sample in ("mes_rollout_zh", "wms_rollout_en"):
        deal, results = deal_and_results(sample)
        for audience in AUDIENCES:
            context = build_context(deal, results, audience=audience, today=TODAY)
            assert used <= set(context), sorted(used - set(context))
    assert {"doc", "show", "price", "case", "charts", "kf"} <= used


@pytest.mark.parametrize("template", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_templates_are_plain_word_documents(template):
    document = Document(str(template))
    names = {style.name for style in document.styles}
    assert {"Heading 1", "Heading 2", "Table Text", "Table Number", "Caption", "KPI Value"} <= names
    assert document.sections[0].page_width.mm == pytest.approx(210, abs=0.5)
    assert document.core_properties.author == ""  # no tool residue
    tags = template_tags(DocxTemplate(str(template)))
    assert "{%p if show.needs %}" in tags and "{%tr for row in price.rows %}" in tags


def test_a_user_template_renders(tmp_path):
    template = make_template(tmp_path / "brand.docx", "Dear {{ doc.client }},",
                             "{%p for f in key_figures %}", "{{ f.label }}: {{ f.text }}",
                             "{%p endfor %}", "{{ charts.cash_flow }}")
    text = all_text(render_with(template))
    assert "Dear Carrow Valley Logistics, LLC," in text
    assert "NPV: $3,254,056.05" in text


def test_an_edited_shipped_template_with_a_typo_names_the_template_and_the_tag(tmp_path):
    document = Document(str(templates_dir() / "proposal_en.docx"))
    document.add_paragraph("Signed for {{ doc.clientt }}")
    document.save(str(tmp_path / "our_brand.docx"))
    with pytest.raises(ExportError) as caught:
        render_with(tmp_path / "our_brand.docx")
    message = str(caught.value)
    assert "our_brand.docx" in message and "{{ doc.clientt }}" in message and "clientt" in message


def test_an_unknown_variable_is_rejected_before_rendering(tmp_path):
    template = make_template(tmp_path / "t.docx", "Total: {{ grand_totl }}")
    with pytest.raises(ExportError, match=r"t\.docx.*\{\{ grand_totl \}\}.*does not provide"):
        render_with(template)


@pytest.mark.parametrize("text, fragment", [
    ("{% if doc.client %}never closed", "{% if doc.client %}"),
    ("{{ doc.client ", "{{ doc.client"),
    ("{%p for x in %}", "{%p for x in %}"),
    ("{{ doc.client | nosuchfilter }}", "nosuchfilter"),
])
def test_a_bad_tag_is_rejected_with_the_tag(tmp_path, text, fragment):
    template = make_template(tmp_path / "bad.docx", "Intro", text, "Outro")
    with pytest.raises(ExportError) as caught:
        render_with(template)
    assert "bad.docx" in str(caught.value) and fragment in str(caught.value)


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ doc.__class__ }}",
    "{{ doc.client.__class__.__base__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.environ }}",
    "{{ (doc|attr('__class__')) }}",
    "{{ charts.cash_flow.tpl.save('/tmp/pwned.docx') }}",
    "{{ charts.cash_flow.data }}",
    "{{ key_figures.append(1) }}",
    "{{ doc.clear() }}",
    "{{ 'x' * 100000000 }}",
    "{{ 10 ** 100000 }}",
    "{% for i in range(10**9) %}{% endfor %}",
    "{% include '/etc/passwd' %}",
    "{% import '/etc/hostname' as h %}",
    "{% extends '/etc/passwd' %}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
])
def test_the_sandbox_refuses_code_and_files(tmp_path, attack):
    template = make_template(tmp_path / "evil.docx", "Hello", attack)
    with pytest.raises(ExportError) as caught:
        render_with(template)
    assert "evil.docx" in str(caught.value)
    assert not Path("/tmp/pwned.docx").exists()


def test_the_sandbox_output_never_contains_file_contents(tmp_path):
    template = make_template(tmp_path / "evil.docx", "{% include 'etc/passwd' ignore missing %}x")
    text = all_text(render_with(template))
    assert "root:" not in text and text.strip() == "x"


def test_user_data_is_escaped_not_executed(tmp_path):
    deal, results = deal_and_results("wms_rollout_en")
    hostile = deal.model_copy(deep=True)
    hostile.meta.client.name = "<w:t>{{ doc.title }}</w:t> & Co {% if 1 %}"
    data = render_docx(hostile, results, audience="executive", today=TODAY)
    document = Document(io.BytesIO(data))
    assert document.sections[0].header.paragraphs[0].text.startswith(
        "<w:t>{{ doc.title }}</w:t> & Co {% if 1 %}")


def test_missing_and_damaged_templates(tmp_path):
    with pytest.raises(ExportError, match="no such file"):
        render_with(tmp_path / "nowhere.docx")
    (tmp_path / "fake.docx").write_text("not a zip")
    with pytest.raises(ExportError, match="not a Word"):
        render_with(tmp_path / "fake.docx")
    import zipfile

    with zipfile.ZipFile(tmp_path / "empty.docx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ExportError, match="cannot be opened"):
        render_with(tmp_path / "empty.docx")


def test_the_generator_reproduces_the_shipped_templates(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_templates",
                                                  templates_dir() / "make_templates.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_templates", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    for language in ("zh_CN", "en"):
        target = tmp_path / f"proposal_{language}.docx"
        module.build(language).save(target)
        shipped = templates_dir() / f"proposal_{language}.docx"
        assert target.read_bytes() == shipped.read_bytes(), (
            f"{shipped.name} is stale: run .venv/bin/python templates/make_templates.py")
