#!/usr/bin/env python
from neaspec.cli import main

if __name__ == "__main__":
    main()
