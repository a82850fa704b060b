"""Entry script of the frozen program (``build.spec``): the same as the ``coworking`` command."""

from coworking.cli import main

raise SystemExit(main())
