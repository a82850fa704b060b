from coworking.cli import main

raise SystemExit(main())
