"""Word templates: find, check and render them safely.

A template is an ordinary ``.docx`` with docxtpl tags. It may come from
someone else, so it is rendered in a fresh :class:`jinja2.sandbox.SandboxedEnvironment`
per export: ``StrictUndefined`` (a missing variable is an error, not a blank),
autoescape on, and a loader that finds nothing (``{% include %}`` and
``{% import %}`` cannot read files). Before rendering, every part (body,
headers, footers) is parsed and its variables are checked against the
context, so a broken template is rejected with the template's name, the
offending tag and a plain message; errors during rendering are reported the
same way.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import DictLoader, StrictUndefined, TemplateError, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, TemplateNotFound, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment

from app.export.jobs import ExportError
from app.paths import templates_dir

_TAG = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.DOTALL)
_XML_TAG = re.compile(r"<[^>]+>")


def template_path(template: Path | str | None, language: str) -> Path:
    """The template to use: ``template`` if given, else the shipped one for ``language``."""
    path = Path(template) if template is not None else templates_dir() / f"proposal_{language}.docx"
    if not path.is_file():
        raise ExportError(f"template {path}: no such file; give a .docx template or leave "
                          "--template out to use the shipped one")
    if not zipfile.is_zipfile(path):
        raise ExportError(f"template {path.name}: not a Word .docx file (save it as .docx "
                          "in Word or WPS)")
    return path


_PLAIN = (dict, list, tuple, str, int, float, bool, type(None), Decimal, dt.date)
_MAX_SIZE = 100_000


class ProposalEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's sandbox, tightened for documents from strangers.

    On top of :class:`jinja2.sandbox.SandboxedEnvironment` (no underscore
    attributes, no code objects, bounded ``range``) and its immutable variant
    (no ``append``/``pop``/``clear`` on the context): attributes may be read
    only on plain data (dicts, lists, strings, numbers, dates), so a template
    cannot reach into the images it prints or any other Python object; and
    ``*`` / ``**`` cannot build huge strings or numbers.
    """

    intercepted_binops = frozenset({"*", "**"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return isinstance(obj, _PLAIN) and super().is_safe_attribute(obj, attr, value)

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise SecurityError("the exponent is too large for a document")
        if operator == "*":
            for sized, count in ((left, right), (right, left)):
                if (isinstance(sized, str | list | tuple) and isinstance(count, int)
                        and len(sized) * count > _MAX_SIZE):
                    raise SecurityError("the repeated text is too long for a document")
        return super().call_binop(context, operator, left, right)


def new_environment() -> SandboxedEnvironment:
    """A fresh sandboxed Jinja environment for one export."""
    return ProposalEnvironment(undefined=StrictUndefined, autoescape=True,
                               loader=DictLoader({}), keep_trailing_newline=True)


def open_template(path: Path) -> DocxTemplate:
    """Load a template; a damaged file is an :class:`ExportError`."""
    template = DocxTemplate(str(path))
    try:
        template.init_docx()
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise ExportError(f"template {path.name}: cannot be opened as a Word document "
                          f"({type(exc).__name__}: {exc})") from exc
    return template


def _parts(template: DocxTemplate, patched: bool = True) -> list[tuple[str, str]]:
    """(part name, XML) of the body, headers and footers; ``patched`` as docxtpl renders it."""
    template.init_docx(reload=False)
    patch = template.patch_xml if patched else (lambda xml: xml)
    parts = [("document body", patch(template.get_xml()))]
    for uri, what in ((template.HEADER_URI, "header"), (template.FOOTER_URI, "footer")):
        for _key, part in template.get_headers_footers(uri):
            xml = patch(template.get_part_xml(part))
            parts.append((f"{what} ({part.partname.lstrip('/')})", xml))
    return parts


def _source(xml: str) -> str:
    """The Jinja source docxtpl renders for a part (one paragraph per line)."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def template_tags(template: DocxTemplate) -> list[str]:
    """Every tag of the template, in document order, as the user typed it."""
    fresh = DocxTemplate(template.template_file)  # the rendered document has no tags left
    tags: list[str] = []
    for _name, xml in _parts(fresh, patched=False):
        tags.extend(_TAG.findall(_XML_TAG.sub("", xml)))
    return tags


def _normal(tag: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"^\{%-?\s*(p|tr|tc|r)\s", "{% ", tag))


def _as_typed(template: DocxTemplate, tag: str) -> str:
    """The tag as the user typed it ({%p if ...%}) for a tag docxtpl rewrote ({% if ...%})."""
    wanted = _normal(tag)
    return next((typed for typed in template_tags(template) if _normal(typed) == wanted), tag)


def template_variables(template: DocxTemplate, env: SandboxedEnvironment) -> set[str]:
    """Top-level variables the template reads (what the context must provide)."""
    names: set[str] = set()
    for _name, xml in _parts(template):
        names |= meta.find_undeclared_variables(env.parse(_source(xml)))
    return names


def check_template(template: DocxTemplate, env: SandboxedEnvironment, context: dict[str, Any],
                   name: str) -> None:
    """Parse every part and check its variables; a problem is an :class:`ExportError`."""
    for part, xml in _parts(template):
        source = _source(xml)
        try:
            names = meta.find_undeclared_variables(env.parse(source))
        except TemplateSyntaxError as exc:
            line = source.splitlines()[exc.lineno - 1] if exc.lineno else ""
            tag = _first_tag(_XML_TAG.sub("", line)) or _XML_TAG.sub("", line).strip()[:80]
            tag = _as_typed(template, tag)
            raise ExportError(f"template {name}, {part}: bad tag {tag!r}: {exc.message}; "
                              "check the spelling and that every if/for has its end tag") from exc
        unknown = sorted(names - set(context))
        if unknown:
            tag = _tag_using(template_tags(template), unknown[0])
            raise ExportError(f"template {name}, {part}: tag {tag!r} uses {unknown[0]!r}, which "
                              "the proposal does not provide; see the list of template "
                              "variables in the README")


def render(template: DocxTemplate, env: SandboxedEnvironment, context: dict[str, Any],
           name: str) -> None:
    """Render in the sandbox; template errors become an :class:`ExportError` naming the tag."""
    try:
        template.render(context, jinja_env=env, autoescape=True)
    except SecurityError as exc:
        tag = _tag_for_message(template, str(exc))
        raise ExportError(f"template {name}: tag {tag!r} was refused: {exc} (templates may "
                          "only read the proposal's data)") from exc
    except TemplateNotFound as exc:
        tag = _tag_for_message(template, str(exc))
        raise ExportError(f"template {name}: tag {tag!r} was refused: templates cannot include "
                          "or import files") from exc
    except UndefinedError as exc:
        tag = _tag_for_message(template, str(exc))
        raise ExportError(f"template {name}: tag {tag!r}: {exc}; see the list of template "
                          "variables in the README") from exc
    except TemplateError as exc:
        tag = _tag_for_message(template, str(exc))
        raise ExportError(f"template {name}: tag {tag!r}: {type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # anything else a foreign template can trigger: broken XML, recursion
        hint = ("; keep each tag inside one paragraph or table row"
                if type(exc).__module__.startswith("lxml") else "")
        raise ExportError(f"template {name} could not be rendered ({type(exc).__name__}: "
                          f"{exc}){hint}") from exc


def _first_tag(text: str) -> str | None:
    found = _TAG.findall(text)
    if found:
        return found[0]
    partial = re.search(r"\{[{%#].*", text)
    return partial.group(0)[:80] if partial else None


def _tag_using(tags: list[str], name: str) -> str:
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    return next((tag for tag in tags if pattern.search(tag)), name)


def _tag_for_message(template: DocxTemplate, message: str) -> str:
    """The tag an error message points at: the undefined name or attribute it quotes."""
    tags = template_tags(template)
    quoted = re.findall(r"'([^']+)'", message)
    for word in reversed(quoted):
        if word.endswith("object"):
            continue
        for tag in tags:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", tag):
                return tag
    return tags[0] if len(tags) == 1 else (quoted[-1] if quoted else "?")
