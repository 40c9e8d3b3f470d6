import sys

from ceremony.launcher import main

sys.exit(main())
