"""Compile the UI translations (.po → .mo) without GNU gettext: `make messages`.

The .mo files are committed so a fresh clone runs translated without gettext installed; the
test suite checks they match their .po sources.
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def catalogs() -> list[Path]:
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))


def main() -> None:
    for po_path in catalogs():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"compiled {po_path.relative_to(LOCALE_DIR)}")


if __name__ == "__main__":
    main()
