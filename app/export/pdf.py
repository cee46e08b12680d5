"""The proposal as PDF: the Word document converted by LibreOffice, with our fonts embedded.

``export_pdf`` renders the ``.docx`` (:func:`app.export.docx.render_docx`) into a
temporary folder and converts it with LibreOffice, headless, in a throw-away
profile (``-env:UserInstallation=file:///...``) that

* holds the bundled font files in its ``user/fonts`` folder (LibreOffice adds
  them on every platform), so the PDF embeds "Noto Sans SC" even on a machine
  without Chinese fonts; on Linux ``FONTCONFIG_FILE`` also points at a
  generated ``fonts.conf`` that adds the fonts folder to the system's;
* runs a small Basic macro that opens the document, updates its table of
  contents (so the PDF shows real page numbers) and exports with lossless
  image compression and no image downsampling.

If the macro cannot run, the plain ``--convert-to pdf`` filter (same options,
table of contents as cached) is the fallback. Without LibreOffice the export
raises :class:`app.export.jobs.ExportError` saying how to get a PDF.
:func:`convert_to_pdf` converts several documents in one LibreOffice start
(tests and batch exports use it).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from app.document.deal import Deal
from app.engine import Results
from app.export.docx import render_docx, write_atomically
from app.export.jobs import ExportError
from app.fonts import bundled_font_files, fonts_dir

__all__ = ["INSTALL_HINT", "convert_to_pdf", "export_pdf", "find_soffice"]

INSTALL_HINT = ("install LibreOffice (Debian: apt-get install libreoffice-writer) or open the "
                ".docx in Word/WPS and save as PDF")
TIMEOUT_SECONDS = 240

_CANDIDATES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)

_MACRO = """Sub ConvertAll(sJobs As String)
  Dim aJobs() As String
  aJobs = Split(sJobs, "|")
  For i = 0 To UBound(aJobs) - 1 Step 2
    ConvertOne(aJobs(i), aJobs(i + 1))
  Next i
End Sub

Sub ConvertOne(sIn As String, sOut As String)
  On Error GoTo Failed
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = "Hidden"
  aLoad(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(sIn, "_blank", 0, aLoad())
  oIndexes = oDoc.getDocumentIndexes()
  For j = 0 To oIndexes.getCount() - 1
    oIndexes.getByIndex(j).update()
  Next j
  Dim aFilter(2) As New com.sun.star.beans.PropertyValue
  aFilter(0).Name = "UseLosslessCompression"
  aFilter(0).Value = True
  aFilter(1).Name = "ReduceImageResolution"
  aFilter(1).Value = False
  aFilter(2).Name = "ExportBookmarks"
  aFilter(2).Value = True
  Dim aStore(1) As New com.sun.star.beans.PropertyValue
  aStore(0).Name = "FilterName"
  aStore(0).Value = "writer_pdf_Export"
  aStore(1).Name = "FilterData"
  aStore(1).Value = aFilter()
  oDoc.storeToURL(sOut, aStore())
  oDoc.close(True)
  Exit Sub
Failed:
  On Error Resume Next
  oDoc.close(True)
End Sub
"""

_FILTER = ('pdf:writer_pdf_Export:{"UseLosslessCompression":{"type":"boolean","value":"true"},'
           '"ReduceImageResolution":{"type":"boolean","value":"false"},'
           '"ExportBookmarks":{"type":"boolean","value":"true"}}')


def find_soffice() -> str | None:
    """The LibreOffice executable (``soffice`` / ``libreoffice`` on the PATH or a usual place)."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in _CANDIDATES if Path(path).is_file()), None)


def export_pdf(deal: Deal, results: Results, path: Path | str, *, audience: str = "full",
               language: str | None = None, template: Path | str | None = None,
               revision: int | None = None, today: dt.date | None = None,
               attachments: Mapping[str, bytes] | None = None,
               sections: Iterable[str] | None = None) -> None:
    """Write the proposal as PDF (see :func:`app.export.docx.export_docx` for the arguments)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such folder")
    if find_soffice() is None:
        raise ExportError(f"no PDF without LibreOffice: {INSTALL_HINT}")
    data = render_docx(deal, results, audience=audience, language=language, template=template,
                       revision=revision, today=today, attachments=attachments,
                       sections=sections)
    with tempfile.TemporaryDirectory(prefix="presales-pdf-") as folder:
        source = Path(folder) / "proposal.docx"
        source.write_bytes(data)
        [pdf] = convert_to_pdf([source], Path(folder))
        write_atomically(target, pdf.read_bytes())


def convert_to_pdf(documents: Sequence[Path], out_dir: Path) -> list[Path]:
    """Convert ``.docx`` files to PDFs in ``out_dir`` (same stem) with one LibreOffice start."""
    soffice = find_soffice()
    if soffice is None:
        raise ExportError(f"no PDF without LibreOffice: {INSTALL_HINT}")
    targets = [out_dir / f"{Path(doc).stem}.pdf" for doc in documents]
    with tempfile.TemporaryDirectory(prefix="presales-lo-") as work:
        work_dir = Path(work)
        inputs = []
        for index, document in enumerate(documents):  # ASCII names: safe in the macro URL
            copy = work_dir / f"in{index}.docx"
            shutil.copyfile(document, copy)
            inputs.append(copy)
        outputs = [work_dir / f"in{index}.pdf" for index in range(len(inputs))]
        profile = _profile(soffice, work_dir)
        env = _environment(work_dir)
        jobs = "|".join(f"{src.as_uri()}|{dst.as_uri()}" for src, dst in zip(inputs, outputs)) + "|"
        log = _run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--invisible", "--norestore", "--nologo",
                    f'macro:///Standard.Presales.ConvertAll("{jobs}")'], env)
        missing = [src for src, dst in zip(inputs, outputs) if not _is_pdf(dst)]
        if missing:  # the macro could not run: plain conversion, table of contents as cached
            log = _run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--norestore", "--convert-to", _FILTER, "--outdir", str(work_dir),
                        *map(str, missing)], env)
        for output, target in zip(outputs, targets):
            if not _is_pdf(output):
                detail = f" ({log})" if log else ""
                raise ExportError(f"LibreOffice did not convert {target.stem}.docx to PDF{detail}; "
                                  f"try opening it in LibreOffice, or {INSTALL_HINT}")
            shutil.move(str(output), target)
    return targets


def _is_pdf(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0 and path.read_bytes()[:5] == b"%PDF-"


def _profile(soffice: str, work_dir: Path) -> Path:
    """A throw-away LibreOffice profile with our fonts and the conversion macro."""
    profile = work_dir / "profile"
    _run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
          "--terminate_after_init"], _environment(work_dir))
    fonts = profile / "user" / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for font in bundled_font_files():
        shutil.copyfile(font, fonts / font.name)
    basic = profile / "user" / "basic" / "Standard"
    basic.mkdir(parents=True, exist_ok=True)
    (basic / "Presales.xba").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
        '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Presales" '
        f'script:language="StarBasic">{escape(_MACRO, {chr(34): "&quot;"})}</script:module>\n',
        encoding="utf-8")
    library = basic / "script.xlb"
    text = library.read_text(encoding="utf-8") if library.is_file() else (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:library PUBLIC '
        '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n<library:library '
        'xmlns:library="http://openoffice.org/2000/library" library:name="Standard" '
        'library:readonly="false" library:passwordprotected="false">\n</library:library>\n')
    if 'library:name="Presales"' not in text:
        text = text.replace("</library:library>",
                            ' <library:element library:name="Presales"/>\n</library:library>')
        library.write_text(text, encoding="utf-8")
    return profile


def _environment(work_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    if sys.platform.startswith("linux"):
        config = work_dir / "fonts.conf"
        if not config.exists():
            system = Path("/etc/fonts/fonts.conf")
            include = f'<include ignore_missing="yes">{system}</include>' if system.exists() else ""
            config.write_text(
                '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                f"  {include}\n  <dir>{escape(str(fonts_dir()))}</dir>\n"
                f"  <cachedir>{escape(str(work_dir / 'fontconfig-cache'))}</cachedir>\n"
                "</fontconfig>\n", encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(config)
    return env


def _run(command: list[str], env: dict[str, str]) -> str:
    """Run LibreOffice; returns the last line it printed to stderr (for error messages).

    A hang is ended after :data:`TIMEOUT_SECONDS` (its whole process group).
    """
    kwargs: dict[str, object] = {"env": env, "stdout": subprocess.DEVNULL,
                                 "stderr": subprocess.PIPE}
    if os.name == "posix":
        kwargs["start_new_session"] = True
    process = subprocess.Popen(command, **kwargs)
    try:
        _out, err = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.communicate()
        raise ExportError(f"LibreOffice did not finish within {TIMEOUT_SECONDS} s; close other "
                          "LibreOffice windows and try again, or open the .docx in Word/WPS and "
                          "save as PDF") from None
    # LibreOffice prints harmless warnings (javaldx ...); a failed conversion shows as a
    # missing output file, which the caller checks.
    lines = [line for line in err.decode("utf-8", "replace").splitlines()
             if line.strip() and "javaldx" not in line]
    return lines[-1].strip() if lines else ""
