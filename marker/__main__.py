from marker.cli import main

raise SystemExit(main())
