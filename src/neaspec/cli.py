"""The `neaspec` console command: Django's management commands with our settings.

`neaspec seed`, `neaspec serve`, `neaspec ensure_secretariat` and every Django command
(`neaspec migrate`, `neaspec db_worker` ...) run through here.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "neaspec.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
