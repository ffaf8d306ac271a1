"""`python -m peerdesk` is the `peerdesk` program: a command, or the window with none."""

from peerdesk.app import main

raise SystemExit(main())
