"""Entry script of the frozen bundle: the same as the `peerdesk` console script."""

import sys

from peerdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
