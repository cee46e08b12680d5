"""``python -m app`` and the ``presales-studio`` entry point."""

from __future__ import annotations

import sys

from app.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    """Run the command line; with no subcommand, open the GUI."""
    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
