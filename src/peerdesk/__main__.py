"""`python -m peerdesk` runs the command line (and, with no subcommand, the window)."""

from peerdesk.cli import main

raise SystemExit(main())
